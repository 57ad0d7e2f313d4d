/**
 * The reminder log (提醒记录): one row per reminder listed for the owner, per customer
 * email and per daily digest, with its state. It is what makes the daily run idempotent:
 * a second run the same day, an overlapping one, or one after a crash reads it first and
 * sends nothing that is already there. A tab of its own (not Contacts): a reminder is not
 * a contact, and a row in Contacts would restart the customer's follow-up clock.
 *
 * Kinds and states are written in the book's language, like every other option value,
 * and read back in any language (or as the codes earlier versions wrote); times carry the
 * date format of every other tab.
 */
import {Lang, LANGS, Texts} from '../domain/i18n';
import {normaliseKey} from '../domain/keys';
import {guardText} from '../sheets/cells';
import {normaliseLabel} from '../sheets/schema-labels';
import {TabDef} from '../sheets/schema';
import {DATETIME_FORMAT} from '../sheets/setup';
import {trimNewTab} from '../sheets/setup';
import {findSheet, mapColumns} from '../sheets/tabs';
import {readSheetValues} from '../sheets/read-values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const REMINDER_LOG: TabDef = {
  // The shared TabKey lists the five shop tabs; this one is the reminders' own.
  key: 'reminderLog',
  names: tx('提醒记录', '提醒紀錄', 'Reminder log'),
  aliases: ['reminders log', 'reminder ledger'],
  columns: [
    {
      key: 'at',
      names: tx('时间', '時間', 'Time'),
      kind: 'datetime',
      width: 140,
    },
    {key: 'day', names: tx('日期', '日期', 'Day'), kind: 'text', width: 90},
    {
      key: 'customer',
      names: tx('客户', '客戶', 'Customer'),
      kind: 'key',
      width: 110,
    },
    {key: 'name', names: tx('姓名', '姓名', 'Name'), kind: 'text', width: 100},
    {
      key: 'channel',
      names: tx('类别', '類別', 'Kind'),
      kind: 'text',
      width: 70,
    },
    {
      key: 'item',
      names: tx('事项编号', '事項編號', 'Item'),
      kind: 'text',
      width: 200,
    },
    {
      key: 'status',
      names: tx('状态', '狀態', 'Status'),
      kind: 'text',
      width: 70,
    },
    {key: 'note', names: tx('说明', '說明', 'Note'), kind: 'text', width: 260},
  ],
};

export type LogChannel = 'line' | 'email' | 'digest';
/**
 * line: pending (written before the digest goes) → listed (after it went), or →
 * expired (carried over past its occasion, see carriedLineExpired in reminders-items.ts).
 * email: sent; unsure (the run stopped while sending: never sent again); held (quota
 * or time ran out: goes next run); expired (held past its day).
 * digest: sent; unsure.
 */
export type LogStatus =
  'pending' | 'listed' | 'sent' | 'unsure' | 'held' | 'expired';

export interface LogEntry {
  at: Date;
  day: string; // YYYY-MM-DD in the shop's time zone
  customer: string; // normalised key ('' for the digest)
  name: string;
  channel: LogChannel;
  item: string;
  status: LogStatus;
  note: string;
}

export interface LogRow extends LogEntry {
  row: number;
}

const CHANNEL_NAMES: Readonly<Record<LogChannel, Texts>> = {
  line: tx('提醒', '提醒', 'Reminder'),
  email: tx('顾客邮件', '顧客郵件', 'Customer email'),
  digest: tx('店长日报', '店長日報', 'Owner digest'),
};

const STATUS_NAMES: Readonly<Record<LogStatus, Texts>> = {
  pending: tx('待列出', '待列出', 'Pending'),
  listed: tx('已列出', '已列出', 'Listed'),
  sent: tx('已发送', '已寄出', 'Sent'),
  unsure: tx('不确定', '不確定', 'Unsure'),
  held: tx('暂缓', '暫緩', 'Held'),
  expired: tx('已过期', '已過期', 'Expired'),
};

/** A kind or state as written in any language, or as its code; null when neither. */
function parseName<K extends string>(
  names: Readonly<Record<K, Texts>>,
  value: unknown,
): K | null {
  const v = normaliseLabel(value);
  if (!v) return null;
  for (const key of Object.keys(names) as K[]) {
    if (normaliseLabel(key) === v) return key;
    if (LANGS.some(l => normaliseLabel(names[key][l]) === v)) return key;
  }
  return null;
}

const HEADER_KEYS = REMINDER_LOG.columns.map(c => c.key);
/** Rows between two status writes that setStatus bridges with one write. */
const MAX_STATUS_GAP = 500;

/** The log tab: found by name in any language, or made (idempotently) with its header. */
export class ReminderLog {
  private constructor(
    readonly sheet: Sheet,
    private readonly cols: Map<string, number>,
    private width: number,
    readonly rows: LogRow[],
    private lastRow: number,
    private readonly lang: Lang,
  ) {}

  /** The grid's rows, asked for on the first append. */
  private maxRows: number | null = null;

  /** Reads the whole log in one call (none when the tab is new: it holds nothing). */
  static open(ss: Spreadsheet, lang: Lang): ReminderLog {
    let sheet = findSheet(ss, REMINDER_LOG, lang);
    let made = false;
    if (!sheet) {
      sheet = ss.insertSheet(REMINDER_LOG.names[lang]);
      // Google's new tab is 26 columns wide, and empty cells count against the
      // spreadsheet's 10,000,000 as well: the log keeps only its own columns.
      trimNewTab(sheet, REMINDER_LOG.columns.length);
      made = true;
    }
    // What an empty tab reads as (readSheetValues), without reading it.
    let values = made ? [['']] : readSheetValues(sheet);
    let cols = mapColumns(values[0] ?? [], REMINDER_LOG);
    if (cols.size < HEADER_KEYS.length) {
      // New tab, or one whose header an owner broke: write the missing headers after
      // what is there, never over the owner's cells.
      const header = (values[0] ?? []).map(v => String(v));
      while (header.length && header[header.length - 1].trim() === '') {
        header.pop();
      }
      const missing = REMINDER_LOG.columns.filter(c => !cols.has(c.key));
      const names = missing.map(c => guardText(c.names[lang]));
      sheet.getRange(1, header.length + 1, 1, names.length).setValues([names]);
      if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
      const full = [...header, ...missing.map(c => c.names[lang])];
      values = values.length ? values : [full];
      values[0] = full;
      cols = mapColumns(full, REMINDER_LOG);
    }
    const width = Math.max(...[...cols.values()]) + 1;
    const rows: LogRow[] = [];
    const at = (r: unknown[], k: string) => r[cols.get(k) as number];
    for (let i = 1; i < values.length; i++) {
      const r = values[i];
      const channel = parseName(CHANNEL_NAMES, at(r, 'channel'));
      const status = parseName(STATUS_NAMES, at(r, 'status'));
      if (!channel || !status) continue;
      const when = at(r, 'at');
      rows.push({
        row: i + 1,
        at: when instanceof Date ? when : new Date(NaN),
        day: String(at(r, 'day')).replace(/^'/, ''),
        customer: normaliseKey(at(r, 'customer')),
        name: String(at(r, 'name')),
        channel,
        item: String(at(r, 'item')),
        status,
        note: String(at(r, 'note')),
      });
    }
    return new ReminderLog(sheet, cols, width, rows, values.length, lang);
  }

  /** Appends entries in one write; returns them with their row numbers. */
  append(entries: readonly LogEntry[]): LogRow[] {
    if (entries.length === 0) return [];
    const first = this.lastRow + 1;
    this.ensureRows(first + entries.length - 1);
    const grid = entries.map(e => {
      const line: Array<string | Date> = new Array(this.width).fill('');
      const put = (k: string, v: string | Date) => {
        line[this.cols.get(k) as number] =
          typeof v === 'string' ? guardText(v) : v;
      };
      put('at', e.at);
      put('day', e.day);
      put('customer', e.customer);
      put('name', e.name);
      put('channel', CHANNEL_NAMES[e.channel][this.lang]);
      put('item', e.item);
      put('status', STATUS_NAMES[e.status][this.lang]);
      put('note', e.note);
      return line;
    });
    this.sheet.getRange(first, 1, grid.length, this.width).setValues(grid);
    this.sheet
      .getRange(first, (this.cols.get('at') as number) + 1, grid.length, 1)
      .setNumberFormat(DATETIME_FORMAT);
    const out = entries.map((e, i) => ({...e, row: first + i}));
    this.rows.push(...out);
    this.lastRow = first + entries.length - 1;
    return out;
  }

  /**
   * Makes sure row `last` exists: getRange beyond the grid throws (a new tab has 1,000
   * rows), so a full grid grows, with room for the next runs' rows.
   */
  private ensureRows(last: number): void {
    if (this.maxRows === null) this.maxRows = this.sheet.getMaxRows();
    if (last <= this.maxRows) return;
    const add = last - this.maxRows + 500;
    this.sheet.insertRowsAfter(this.maxRows, add);
    this.maxRows += add;
  }

  /**
   * Sets the status of some rows: one write per run of consecutive rows (the lines of
   * one digest were appended together, so usually one write). A short gap of rows this
   * log read or wrote itself is written over with their own status rather than split
   * into another write: lines carried over from earlier days lie scattered in the log.
   */
  setStatus(rows: readonly LogRow[], status: LogStatus): void {
    const target = new Set(rows.map(r => r.row));
    const sorted = [...target].sort((a, b) => a - b);
    const known = new Map(this.rows.map(r => [r.row, r]));
    const bridgeable = (a: number, b: number): boolean => {
      if (b - a > MAX_STATUS_GAP) return false;
      for (let r = a + 1; r < b; r++) if (!known.has(r)) return false;
      return true;
    };
    const col = (this.cols.get('status') as number) + 1;
    let i = 0;
    while (i < sorted.length) {
      let j = i;
      while (j + 1 < sorted.length && bridgeable(sorted[j], sorted[j + 1])) j++;
      const values: string[][] = [];
      for (let r = sorted[i]; r <= sorted[j]; r++) {
        const st = target.has(r) ? status : (known.get(r) as LogRow).status;
        values.push([STATUS_NAMES[st][this.lang]]);
      }
      this.sheet.getRange(sorted[i], col, values.length, 1).setValues(values);
      i = j + 1;
    }
    for (const r of rows) r.status = status;
  }
}
