/**
 * Compact old sales: the Sales tab's rows dated before the cut (default: keep the last 13
 * months in full) become one Sales history row per customer, then leave the Sales tab.
 * The grade formulas (CUSTOMER_FIGURES' `history`) and Refresh grades count a history
 * row as the sales it replaced, so grades, segments and the figures behind them stay the
 * same (test/compaction).
 *
 * Once-only, and safe to kill at any call: the sheet is the authority, in this order.
 *  1. The history rows are appended with Status "in progress". Nothing counts such a
 *     row, so while the old sales are still in the Sales tab nothing is counted twice.
 *  2. The folded sales rows are deleted (bottom to top, one deleteRows per run of rows).
 *  3. Status is cleared in one write: from then on the history counts.
 * A rerun that finds rows in progress finishes that compaction before anything else:
 * the Sales rows still dated before its cut are its own (it checks, customer by
 * customer, that there are no more of them than it folded), so it deletes them and
 * clears Status. Were there more (a sale typed in with an old date meanwhile), it stops
 * and says so, deleting nothing. Between 2 and 3 the folded sales count nowhere: only
 * after a kill, until the rerun (or the next daily run, which finishes it too).
 *
 * The ledgers (points, stored value) are left alone: their Ref names a request id, and a
 * sale's row is only needed to void it, which the counter offers for recent sales only.
 * Archive copy: creating another spreadsheet (SpreadsheetApp.create) needs the
 * `spreadsheets` scope, which would let the add-on open every spreadsheet of the owner;
 * the add-on keeps `spreadsheets.currentonly`, so the history tab is what is kept. An
 * owner who wants the rows themselves copies the Sales tab first (File ▸ Make a copy).
 */
import {
  CompactionPlan,
  cutForMonths,
  daysText,
  itemsText,
  planCompaction,
  SaleCells,
} from '../../domain/compaction/history';
import {
  dateOfDay,
  dayReader,
  dayToIso,
  isoDateIn,
  todayIn,
} from '../../domain/dates';
import {Lang, t, Texts} from '../../domain/i18n';
import {normaliseKey} from '../../domain/keys';
import {SPEND_YEAR_DAYS} from '../../domain/segments';
import {DEFAULT_WINDOW_DAYS, validWindow} from '../../domain/grading';
import {CELL_CAP, cellUsage} from '../../sheets/cell-usage';
import {SALES} from '../../sheets/schema-sales';
import {PENDING, SALES_HISTORY} from '../../sheets/schema-history';
import {loadSettings} from '../../sheets/settings';
import {DATE_FORMAT, trimNewTab} from '../../sheets/setup';
import {findSheet, mapColumns} from '../../sheets/tabs';
import {installGradeFormulas} from '../grades/install';
import {readSheetValues} from '../../sheets/read-values';
import {
  findHistorySheet,
  historyRows,
  HistoryRow,
  readHistoryGrid,
} from './history-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DEFAULT_KEEP_MONTHS = 13;

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const COMPACT_TEXTS = {
  title: tx('压缩旧销售', '壓縮舊銷售', 'Compact old sales'),
  nothing: tx(
    '{date} 以前没有可压缩的销售记录。',
    '{date} 以前沒有可壓縮的銷售紀錄。',
    'No sales before {date} to compact.',
  ),
  done: tx(
    '已把 {date} 以前的 {rows} 行销售合并到“{tab}”表（{customers} 位客户一行一位）；等级、分群和消费数字不变。',
    '已把 {date} 以前的 {rows} 列銷售合併到「{tab}」表（{customers} 位客戶一列一位）；等級、分群和消費數字不變。',
    '{rows} sales {rows|row|rows} before {date} were folded into the "{tab}" tab (one row per customer, {customers} in all); grades, segments and spend are unchanged.',
  ),
  finished: tx(
    '上次未完成的压缩（{date} 以前）已完成。',
    '上次未完成的壓縮（{date} 以前）已完成。',
    'The compaction left unfinished last time (sales before {date}) is now finished.',
  ),
  stuck: tx(
    '上次未完成的压缩（{date} 以前）无法完成：销售表里 {date} 以前的记录比当时多（可能是后来补记的）。请检查“{tab}”表中状态为“进行中”的行。',
    '上次未完成的壓縮（{date} 以前）無法完成：銷售表裡 {date} 以前的紀錄比當時多（可能是後來補記的）。請檢查「{tab}」表中狀態為「進行中」的列。',
    'The compaction left unfinished last time (sales before {date}) cannot be finished: the Sales tab holds more sales before {date} than it folded (typed in later?). Check the rows of "{tab}" whose Status is "in progress".',
  ),
  full: tx(
    '表格已到 1000 万个单元格的上限，连“{tab}”表也放不下。请先删除不用的空白行、列或表，再压缩。',
    '試算表已到 1000 萬個儲存格的上限，連「{tab}」表也放不下。請先刪除不用的空白列、欄或表，再壓縮。',
    'The spreadsheet is at its 10,000,000-cell limit: even the "{tab}" tab does not fit. Delete empty rows, columns or tabs you do not use, then compact.',
  ),
  noTab: tx(
    '找不到“销售”表，请先运行“设置店铺”。',
    '找不到「銷售」表，請先執行「設定店鋪」。',
    'The Sales tab is missing: run "Set up shop" first.',
  ),
} as const;

export interface CompactResult {
  outcome: 'done' | 'nothing' | 'finished' | 'stuck' | 'noTab' | 'full';
  /** Sales rows removed from the Sales tab. */
  folded: number;
  /** History rows written. */
  customers: number;
  /** Sales before this day (ISO) were compacted. */
  before: string;
  message: string;
}

/** The days every figure looks back through: no folded sale may fall inside them. */
export function minKeepDays(windowDays: number): number {
  return Math.max(windowDays, SPEND_YEAR_DAYS);
}

interface SalesRead {
  sheet: Sheet;
  values: unknown[][];
  cells: SaleCells[];
}

function readSales(ss: Spreadsheet, lang: Lang): SalesRead | null {
  const sheet = findSheet(ss, SALES, lang);
  if (!sheet) return null;
  const values = readSheetValues(sheet);
  const cols = mapColumns(values[0] ?? [], SALES);
  const at = (r: unknown[], k: string) => {
    const c = cols.get(k);
    return c === undefined ? '' : r[c];
  };
  const cells = values.slice(1).map(r => ({
    customer: at(r, 'customer'),
    date: at(r, 'date'),
    amount: at(r, 'amount'),
    points: at(r, 'points'),
    items: at(r, 'items'),
    void: at(r, 'void'),
  }));
  return {sheet, values, cells};
}

/** Deletes sales rows (0-based data indexes, ascending), bottom run first. */
function deleteRows(sheet: Sheet, indexes: readonly number[]): void {
  let end = indexes.length - 1;
  while (end >= 0) {
    let start = end;
    while (start > 0 && indexes[start - 1] === indexes[start] - 1) start--;
    sheet.deleteRows(indexes[start] + 2, end - start + 1);
    end = start - 1;
  }
}

/** Cells a new tab takes until it is trimmed: Google's 1,000 × 26 grid. */
const NEW_TAB_CELLS = 26_000;

/**
 * Room for the history under the 10,000,000-cell cap: a full book would refuse the new
 * tab itself. Empty rows below the Sales tab's last row go first (nothing is in them);
 * false when that is not enough.
 */
function makeRoom(ss: Spreadsheet, sales: Sheet, cells: number): boolean {
  const free = CELL_CAP - cellUsage(ss).total;
  if (free >= cells) return true;
  const width = sales.getMaxColumns();
  const spare = sales.getMaxRows() - Math.max(sales.getLastRow(), 2);
  const rows = Math.min(spare, Math.ceil((cells - free) / width));
  if (rows > 0) sales.deleteRows(sales.getMaxRows() - rows + 1, rows);
  return free + rows * width >= cells;
}

function ensureHistoryTab(ss: Spreadsheet, lang: Lang): Sheet {
  const found = findHistorySheet(ss, lang);
  // A tab left without its header (a run killed as it made it) gets one.
  if (found && found.getLastColumn() > 0) return found;
  const sheet = found ?? ss.insertSheet(SALES_HISTORY.names[lang]);
  const width = SALES_HISTORY.columns.length;
  sheet
    .getRange(1, 1, 1, width)
    .setValues([SALES_HISTORY.columns.map(c => c.names[lang])])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  // Google's new tab is 1,000 × 26 cells, all counted against the cap: keep what is used.
  trimNewTab(sheet, width, 2);
  return sheet;
}

/** The history rows of a plan, in the tab's column order, marked in progress. */
function historyGrid(
  sheet: Sheet,
  plan: CompactionPlan,
  tz: string,
  lang: Lang,
): unknown[][] {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const cols = mapColumns(header, SALES_HISTORY);
  const width = header.length;
  const day = (d: number) => (Number.isFinite(d) ? dateOfDay(d, tz) : '');
  return [...plan.records.values()].map(r => {
    const line: unknown[] = new Array(width).fill('');
    const put = (k: string, v: unknown) => {
      const c = cols.get(k);
      if (c !== undefined) line[c] = v;
    };
    // A key that could be read as a number stays as the Sales tab had it (text guarded).
    put('customer', r.key === '' ? '' : `'${r.key}`);
    put('first', day(r.first));
    put('last', day(r.last));
    put('purchases', r.purchases);
    put('spend', Math.round(r.spend * 100) / 100);
    put('spendCount', r.spendCount);
    put('points', r.points);
    put('items', itemsText(r.items) ? `'${itemsText(r.items)}` : '');
    put('tail', daysText(r.tail));
    put('rows', r.rows);
    put('before', dateOfDay(plan.cut, tz));
    put('status', t(PENDING, lang));
    return line;
  });
}

/** Clears Status of the rows in progress: from now on they count. */
function commit(sheet: Sheet, rows: readonly HistoryRow[]): void {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const c = mapColumns(header, SALES_HISTORY).get('status');
  if (c === undefined || rows.length === 0) return;
  const first = Math.min(...rows.map(r => r.row));
  const last = Math.max(...rows.map(r => r.row));
  const status = sheet.getRange(first, c + 1, last - first + 1, 1);
  const values = status.getValues();
  const mine = new Set(rows.map(r => r.row));
  status.setValues(values.map((v, i) => (mine.has(first + i) ? [''] : v)));
}

/**
 * A compaction in progress: its sales still in the Sales tab are deleted and it is
 * committed; 'stuck' when there are more of them than it folded.
 */
function finishPending(
  history: Sheet,
  pending: HistoryRow[],
  sales: SalesRead,
  tz: string,
): 'finished' | 'stuck' {
  const before = Math.min(...pending.map(r => r.before ?? -Infinity));
  const folded = new Map<string, number>();
  for (const r of pending) {
    folded.set(r.key, (folded.get(r.key) ?? 0) + r.rows);
  }
  const dayOf = dayReader(tz);
  const left: number[] = [];
  const count = new Map<string, number>();
  sales.cells.forEach((r, i) => {
    const d = dayOf(r.date);
    if (d === null || d >= before) return;
    const k = normaliseKey(r.customer);
    count.set(k, (count.get(k) ?? 0) + 1);
    left.push(i);
  });
  for (const [k, n] of count) {
    if (n > (folded.get(k) ?? 0)) return 'stuck';
  }
  deleteRows(sales.sheet, left);
  SpreadsheetApp.flush();
  commit(history, pending);
  SpreadsheetApp.flush();
  return 'finished';
}

/** Compacts the sales before the cut; `viewer` is the language of the message. */
export function compactSalesIn(
  ss: Spreadsheet,
  now: Date,
  opts: {keepMonths?: number; viewer?: Lang} = {},
): CompactResult {
  const read = loadSettings(ss);
  const {lang, tz} = read;
  const ui = opts.viewer ?? lang;
  const today = todayIn(tz, now);
  const window = validWindow(read.settings.windowDays) ?? DEFAULT_WINDOW_DAYS;
  const cut = cutForMonths(
    isoDateIn(now, tz),
    opts.keepMonths ?? DEFAULT_KEEP_MONTHS,
    minKeepDays(window),
    today,
  );
  const result = (
    outcome: CompactResult['outcome'],
    folded: number,
    customers: number,
    before: number,
  ): CompactResult => {
    const tab = SALES_HISTORY.names[lang];
    const date = dayToIso(before);
    const texts = {
      done: COMPACT_TEXTS.done,
      nothing: COMPACT_TEXTS.nothing,
      finished: COMPACT_TEXTS.finished,
      stuck: COMPACT_TEXTS.stuck,
      noTab: COMPACT_TEXTS.noTab,
      full: COMPACT_TEXTS.full,
    }[outcome];
    return {
      outcome,
      folded,
      customers,
      before: date,
      message: t(texts, ui, {date, rows: folded, customers, tab}),
    };
  };
  const sales = readSales(ss, lang);
  if (!sales) return result('noTab', 0, 0, cut);

  const found = readHistoryGrid(ss, lang);
  if (found) {
    const rows = historyRows(found.grid, dayReader(tz));
    const pending = rows.filter(r => r.pending);
    if (pending.length > 0) {
      const before = Math.min(...pending.map(r => r.before ?? cut));
      const n = pending.reduce((s, r) => s + r.rows, 0);
      // The formulas may not read the history yet: the first run died before they did.
      installGradeFormulas(ss, lang, read);
      SpreadsheetApp.flush();
      const outcome = finishPending(found.sheet, pending, sales, tz);
      return result(
        outcome,
        outcome === 'finished' ? n : 0,
        pending.length,
        before,
      );
    }
  }

  // The counter's rate, with its fallback (counter-context.ts), as the card counts.
  const rate = read.settings.pointsPerUnit;
  const plan = planCompaction(
    sales.cells,
    cut,
    tz,
    typeof rate === 'number' && Number.isFinite(rate) ? rate : 1,
  );
  if (plan.folded.length === 0) return result('nothing', 0, 0, cut);
  const width = SALES_HISTORY.columns.length;
  const exists = findHistorySheet(ss, lang) !== null;
  const room = (exists ? 0 : NEW_TAB_CELLS) + plan.records.size * width;
  if (!makeRoom(ss, sales.sheet, room)) return result('full', 0, 0, cut);
  const history = ensureHistoryTab(ss, lang);
  // 1. The history, in progress (counted by nothing yet), and the formulas that read it.
  const grid = historyGrid(history, plan, tz, lang);
  const at = Math.max(history.getLastRow(), 1) + 1;
  const need = at + grid.length - 1 - history.getMaxRows();
  if (need > 0) history.insertRowsAfter(history.getMaxRows(), need);
  const block = history.getRange(at, 1, grid.length, grid[0].length);
  block.setValues(grid);
  const dates = mapColumns(
    history.getRange(1, 1, 1, history.getLastColumn()).getValues()[0],
    SALES_HISTORY,
  );
  for (const k of ['first', 'last', 'before']) {
    const c = dates.get(k);
    if (c !== undefined) {
      history.getRange(at, c + 1, grid.length, 1).setNumberFormat(DATE_FORMAT);
    }
  }
  installGradeFormulas(ss, lang, read);
  SpreadsheetApp.flush();
  // 2. The folded sales leave the Sales tab.
  deleteRows(sales.sheet, plan.folded);
  SpreadsheetApp.flush();
  // 3. The history counts.
  const written = historyRows(
    [
      history.getRange(1, 1, 1, history.getLastColumn()).getValues()[0],
      ...new Array(at - 2).fill([]),
      ...grid,
    ],
    dayReader(tz),
  );
  commit(history, written);
  SpreadsheetApp.flush();
  return result('done', plan.folded.length, grid.length, cut);
}
