/**
 * Menu ▸ 诊断 / Check this spreadsheet: verifies on the real host what the emulator
 * assumes and Shuke relies on, and shows a plain report an owner can copy and send when
 * asking for help. Each line says OK or what to do. It only reads, except for a scratch
 * tab the date probe makes and deletes (sheets/date-probe.ts).
 *
 * The report is the viewer's own chrome, so its sentences are in their language; the tabs
 * and columns it names keep their names in the book's language (Settings). Nothing of it
 * is written into the spreadsheet.
 */
import {
  dateArgumentZone,
  dateOfDay,
  dayNumber,
  isoDateIn,
  isoToDay,
  tzOffsetMs,
} from '../domain/dates';
import {Lang, t, Texts} from '../domain/i18n';
import {KeyValueStore} from '../services/properties';
import {
  CELL_CAP,
  cellUsage,
  formatCount,
  formatShare,
} from '../sheets/cell-usage';
import {PROBE_DAY, ProbeOutcome} from '../sheets/date-probe';
import {columnLetter} from './grades/a1';
import {CUSTOMERS} from '../sheets/schema-customers';
import {TabDef, TABS} from '../sheets/schema';
import {findSheet, mapColumns} from '../sheets/tabs';
import {readRemindersState} from './reminders-state';
import {REMINDER_LOG} from './reminders-log';
import {CHECK_TEXTS as T} from './self-check-texts';

import {checkSharing} from './privacy/sharing-check';
import {ledgerProblems} from './loyalty/ledger-check';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type CheckId =
  | 'zones'
  | 'dates'
  | 'features'
  | 'mail'
  | 'reminders'
  | 'cells'
  | 'grades'
  | 'sharing'
  | `tab:${string}`;

export interface CheckLine {
  id: CheckId;
  ok: boolean;
  text: string;
}

export interface SelfCheckDeps {
  ss: Spreadsheet;
  /** The book's language: the tabs and columns are named and found in it. */
  lang: Lang;
  /** The language of the person reading the report; the book's by default. */
  viewer?: Lang;
  now: Date;
  scriptTimeZone(): string;
  mailQuota(): number;
  props: KeyValueStore;
  /** This account's daily triggers of the reminders in this spreadsheet. */
  dailyTriggers(): number;
  probeDate(): ProbeOutcome;
  /** The JavaScript features to test; the bundle's own list by default. */
  features?: ReadonlyArray<[string, () => boolean]>;
}

export interface SelfCheckReport {
  lang: Lang;
  title: string;
  lines: CheckLine[];
  /** The whole report as plain text: what the owner copies. */
  text: string;
}

/**
 * What dist/Code.js uses beyond ES2019 and the Intl it needs (grep the built file:
 * `.at(`, BigInt, normalize("NFKC"), Intl.DateTimeFormat with timeZone and
 * formatToParts and hourCycle, flatMap, Object.fromEntries, padStart, toLocaleString).
 * Each is tried, not looked up: a partial implementation fails here too.
 */
export const BUNDLE_FEATURES: ReadonlyArray<[string, () => boolean]> = [
  [
    'Intl time zones',
    () => {
      const f = new Intl.DateTimeFormat('en-US', {
        timeZone: 'America/Vancouver',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        hourCycle: 'h23',
      });
      const parts = f.formatToParts(new Date(Date.UTC(2025, 0, 1, 3)));
      const get = (type: string) => parts.find(p => p.type === type)?.value;
      return get('day') === '31' && get('hour') === '19';
    },
  ],
  [
    "normalize('NFKC')",
    () => 'ＡＢＣ１２３　ｱ'.normalize('NFKC') === 'ABC123 ア',
  ],
  ['BigInt', () => BigInt(2 ** 53).toString() + '' === '9007199254740992'],
  ['Array.prototype.at', () => [1, 2, 3].at(-1) === 3],
  ['Array.prototype.flatMap', () => [[1], [2]].flatMap(x => x).length === 2],
  ['Object.fromEntries', () => Object.fromEntries([['a', 1]]).a === 1],
  ['String.prototype.padStart', () => '5'.padStart(2, '0') === '05'],
  ['toLocaleString', () => (1234567).toLocaleString('en-US') === '1,234,567'],
];

function hhmm(d: Date, tz: string): string {
  const ms = d.getTime() + tzOffsetMs(d.getTime(), tz);
  const m = Math.floor(ms / 60_000) % 1440;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

function checkZones(d: SelfCheckDeps, sheetTz: string): CheckLine {
  const scriptTz = d.scriptTimeZone();
  return scriptTz === sheetTz
    ? {id: 'zones', ok: true, text: t(T.zonesSame, ui(d), {tz: sheetTz})}
    : {
        id: 'zones',
        ok: true,
        text: t(T.zonesDiffer, ui(d), {sheet: sheetTz, script: scriptTz}),
      };
}

/**
 * The probe's date against the day typed: which zone's midnight it was, and whether the
 * engine (dateArgumentZone, as the grade formulas use it) reads the typed day back.
 */
export function checkDates(
  outcome: ProbeOutcome,
  lang: Lang,
  sheetTz: string,
  scriptTz: string,
): CheckLine {
  const day = isoToDay(PROBE_DAY) as number;
  const line = (ok: boolean, texts: Texts, v: Record<string, string> = {}) => ({
    id: 'dates' as const,
    ok,
    text: t(texts, lang, {day: PROBE_DAY, ...v}),
  });
  switch (outcome.kind) {
    case 'failed':
      return line(false, T.probeFailed, {error: outcome.error});
    case 'loading':
      return line(false, T.probeLoading);
    case 'other':
      return line(false, T.probeOther, {text: outcome.text});
  }
  const got = new Date(outcome.ms);
  const zone = dateArgumentZone(got, null, sheetTz, scriptTz);
  const readBack = dayNumber(got, zone) === day;
  if (readBack && got.getTime() === dateOfDay(day, sheetTz).getTime()) {
    return line(true, T.probeSheet);
  }
  if (readBack && got.getTime() === dateOfDay(day, scriptTz).getTime()) {
    return line(true, T.probeScript, {tz: scriptTz});
  }
  return line(false, T.probeOff, {
    got: `${isoDateIn(got, sheetTz)} ${hhmm(got, sheetTz)} (${sheetTz})`,
  });
}

export function checkFeatures(
  lang: Lang,
  features: ReadonlyArray<[string, () => boolean]> = BUNDLE_FEATURES,
): CheckLine {
  const missing = features
    .filter(([, works]) => {
      try {
        return !works();
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
  const list = (names: string[]) => names.join(', ');
  return missing.length
    ? {
        id: 'features',
        ok: false,
        text: t(T.featuresMissing, lang, {list: list(missing)}),
      }
    : {
        id: 'features',
        ok: true,
        text: t(T.featuresOk, lang, {list: list(features.map(f => f[0]))}),
      };
}

function checkMail(d: SelfCheckDeps): CheckLine {
  const left = d.mailQuota();
  return left > 0
    ? {id: 'mail', ok: true, text: t(T.mailOk, ui(d), {count: left})}
    : {id: 'mail', ok: false, text: t(T.mailNone, ui(d))};
}

function checkReminders(d: SelfCheckDeps): CheckLine {
  const state = readRemindersState(d.props);
  const triggers = d.dailyTriggers();
  const lang = ui(d);
  if (!state.on) {
    return triggers > 0
      ? {
          id: 'reminders',
          ok: false,
          text: t(T.remindersOffTrigger, lang, {count: triggers}),
        }
      : {id: 'reminders', ok: true, text: t(T.remindersOff, lang)};
  }
  const run = state.lastRun;
  const failed = run !== null && !run.ok;
  const last = !run
    ? t(T.lastRunNone, lang)
    : failed
      ? t(T.lastRunFailed, lang, {text: run.text})
      : t(T.lastRun, lang, {text: run.text});
  const by = state.by
    ? t(T.byAccount, lang, {by: state.by})
    : t(T.byUnknown, lang);
  if (triggers === 0) {
    return {
      id: 'reminders',
      ok: false,
      text: t(T.remindersNoTrigger, lang, {by, last}),
    };
  }
  return {
    id: 'reminders',
    ok: !failed,
    text: t(T.remindersOn, lang, {
      by,
      hour: state.hour ?? '?',
      count: triggers,
      last,
    }),
  };
}

function checkCells(d: SelfCheckDeps): CheckLine {
  const usage = cellUsage(d.ss);
  const tabs = usage.tabs
    .map(
      tab =>
        `${tab.name} ${formatCount(tab.rows, ui(d))}×${tab.columns} = ${formatCount(tab.cells, ui(d))}`,
    )
    .join(ui(d) === 'en' ? '; ' : '；');
  const text = t(T.cellsOk, ui(d), {
    used: formatCount(usage.total, ui(d)),
    percent: formatShare(usage.share),
    tabs,
  });
  if (!usage.warn) return {id: 'cells', ok: true, text};
  // The same advice as the warning Refresh grades and the daily run give.
  const cap = formatCount(CELL_CAP, ui(d));
  return {
    id: 'cells',
    ok: false,
    text: `${text} ${t(
      {
        'zh-CN': `超过 80% 了：到 ${cap} 后就不能再记销售。请删除不用的空白行和列，或把旧的销售记录移到另一个表格。`,
        'zh-TW': `超過 80% 了：到 ${cap} 後就不能再記銷售。請刪除不用的空白列和欄，或把舊的銷售紀錄移到另一個試算表。`,
        en: `Past 80 %: at ${cap} no sale can be logged. Delete empty rows and columns you do not use, or move old sales to another spreadsheet.`,
      },
      ui(d),
    )}`,
  };
}

const ERROR_CELL =
  /^(#(ERROR!|REF!|NAME\?|VALUE!|N\/A|DIV\/0!|NUM!|NULL!)|loading)/i;

function checkGrades(d: SelfCheckDeps): CheckLine {
  const sheet = findSheet(d.ss, CUSTOMERS, d.lang);
  const header =
    sheet && sheet.getLastColumn() > 0
      ? sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]
      : [];
  const cols = mapColumns(header, CUSTOMERS);
  const computed = CUSTOMERS.columns.filter(
    c => c.kind === 'formula' && cols.has(c.key),
  );
  if (!sheet || computed.length === 0) {
    return {id: 'grades', ok: false, text: t(T.gradesNone, ui(d))};
  }
  const idx = computed.map(c => cols.get(c.key) as number);
  const c0 = Math.min(...idx);
  const rows = Math.max(sheet.getLastRow() - 1, 1);
  const values = sheet
    .getRange(2, c0 + 1, rows, Math.max(...idx) - c0 + 1)
    .getValues();
  const bad: string[] = [];
  for (const col of computed) {
    const j = (cols.get(col.key) as number) - c0;
    const found = new Map<string, {count: number; row: number}>();
    values.forEach((r, i) => {
      const m = ERROR_CELL.exec(String(r[j]));
      if (!m || typeof r[j] !== 'string') return;
      const kind = m[2] ? m[1] : 'Loading…';
      const f = found.get(kind) ?? {count: 0, row: i + 2};
      f.count++;
      found.set(kind, f);
    });
    for (const [error, f] of found) {
      bad.push(
        t(T.gradesBadCell, ui(d), {
          column: col.names[d.lang],
          count: f.count,
          error,
          row: f.row,
        }),
      );
    }
  }
  return bad.length
    ? {
        id: 'grades',
        ok: false,
        text: t(T.gradesBad, ui(d), {
          list: bad.join(ui(d) === 'en' ? '; ' : '；'),
        }),
      }
    : {
        id: 'grades',
        ok: true,
        text: t(T.gradesOk, ui(d), {count: rows * computed.length}),
      };
}

/** The header mapping Shuke found: which column holds what, and what is missing. */
function checkTab(d: SelfCheckDeps, def: TabDef): CheckLine | null {
  const id = `tab:${def.key}` as const;
  const sheet = findSheet(d.ss, def, d.lang);
  // The log is made by the first daily run: not having one yet is fine.
  if (!sheet && def === REMINDER_LOG) return null;
  if (!sheet) {
    return {
      id,
      ok: false,
      text: t(T.tabMissing, ui(d), {def: def.names[d.lang]}),
    };
  }
  const width = sheet.getLastColumn();
  const header = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : [];
  const cols = mapColumns(header, def);
  const sep = ui(d) === 'en' ? ', ' : '、';
  const columns = def.columns
    .filter(c => cols.has(c.key))
    .map(c => {
      const i = cols.get(c.key) as number;
      return `${columnLetter(i + 1)} ${String(header[i]).trim()}`;
    })
    .join(sep);
  const missing = def.columns
    .filter(c => !cols.has(c.key))
    .map(c => c.names[d.lang]);
  const v = {tab: sheet.getName(), def: def.names[d.lang], columns};
  return missing.length
    ? {
        id,
        ok: false,
        text: t(T.tabMissingColumns, ui(d), {
          ...v,
          missing: missing.join(sep),
        }),
      }
    : {id, ok: true, text: t(T.tabOk, ui(d), v)};
}

/** The language the report's sentences are in: the viewer's. */
function ui(d: SelfCheckDeps): Lang {
  return d.viewer ?? d.lang;
}

/** Runs every check; one that throws becomes a TO DO line with its error. */
export function selfCheckIn(d: SelfCheckDeps): SelfCheckReport {
  const lang = ui(d);
  let sheetTz = 'UTC';
  const lines: CheckLine[] = [];
  const attempt = (id: CheckId, name: string, f: () => CheckLine | null) => {
    try {
      const line = f();
      if (line) lines.push(line);
    } catch (err) {
      lines.push({
        id,
        ok: false,
        text: t(T.failedCheck, lang, {
          check: name,
          error: err instanceof Error ? err.message : String(err),
        }),
      });
    }
  };
  attempt('zones', 'zones', () => {
    sheetTz = d.ss.getSpreadsheetTimeZone();
    return checkZones(d, sheetTz);
  });
  attempt('dates', 'dates', () =>
    checkDates(d.probeDate(), lang, sheetTz, d.scriptTimeZone()),
  );
  attempt('features', 'JavaScript', () => checkFeatures(lang, d.features));
  attempt('mail', 'mail', () => checkMail(d));
  attempt('reminders', 'reminders', () => checkReminders(d));
  attempt('cells', 'cells', () => checkCells(d));
  attempt('grades', 'grades', () => checkGrades(d));
  attempt('sharing', 'sharing', () => ({
    id: 'sharing',
    ...checkSharing(d.ss, lang),
  }));
  for (const def of [...TABS, REMINDER_LOG]) {
    attempt(`tab:${def.key}`, def.names[d.lang], () => checkTab(d, def));
  }
  // Rows of the Points and Stored value tabs that count for nothing until fixed.
  attempt('tab:ledgers', 'ledgers', () => {
    const found = ledgerProblems(d.ss, d.lang, lang, sheetTz);
    return found.length
      ? {id: 'tab:ledgers', ok: false, text: found.join('\n')}
      : null;
  });

  const todo = lines.filter(l => !l.ok).length;
  const mark = (l: CheckLine) => `[${t(l.ok ? T.ok : T.todo, lang)}] ${l.text}`;
  let id = '';
  try {
    id = d.ss.getId();
  } catch {
    // The report goes out without it.
  }
  const text = [
    t(T.header, lang, {
      when: `${isoDateIn(d.now, sheetTz)} ${hhmm(d.now, sheetTz)}`,
      tz: sheetTz,
      id,
    }),
    todo
      ? t(T.summaryTodo, lang, {count: todo})
      : t(T.summaryOk, lang, {count: lines.length}),
    '',
    ...lines.map(mark),
  ].join('\n');
  return {lang, title: t(T.title, lang), lines, text};
}
