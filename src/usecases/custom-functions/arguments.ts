/**
 * The arguments of the custom functions as Sheets passes them (a range as a 2-D array with
 * '' for blanks and Date objects for dates, a single cell as its value), and the rules for
 * the ones that fail the whole call: as_of that is not a date, a window or thresholds out
 * of range, ranges of different sizes. Those fail with a message in the spreadsheet's
 * language, because then every answer would be wrong.
 */
import {dayNumber, isDate, parseDay, todayIn} from '../../domain/dates';
import {
  DEFAULT_THRESHOLDS,
  DEFAULT_WINDOW_DAYS,
  Thresholds,
  validThreshold,
  validWindow,
} from '../../domain/grading';
import {Lang, parseLang, t, Texts} from '../../domain/i18n';
import {
  DEFAULT_SEGMENT_RULES,
  segmentRulesFrom,
  SegmentRules,
} from '../../domain/segments';
import {CustomFunctionHost} from './host';

/** Marker for a cell whose own input can't be used. */
export const BAD = '?';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const CF_ERRORS = {
  asOf: tx(
    'as_of 不是日期：{value}',
    'as_of 不是日期：{value}',
    'as_of is not a date: {value}',
  ),
  window: tx(
    'window_days 应为 1 到 3660 的天数：{value}',
    'window_days 應為 1 到 3660 的天數：{value}',
    'window_days should be a number of days from 1 to 3660: {value}',
  ),
  thresholds: tx(
    'thresholds 应为 4 个数字（A、B、C、D 每月购买次数）：{value}',
    'thresholds 應為 4 個數字（A、B、C、D 每月購買次數）：{value}',
    'thresholds should be 4 numbers (purchases a month for A, B, C, D): {value}',
  ),
  sizes: tx(
    '{a} 与 {b} 的行数不同（{m} 行与 {n} 行），请使用相同的行范围',
    '{a} 與 {b} 的列數不同（{m} 列與 {n} 列），請使用相同的列範圍',
    '{a} and {b} have different sizes ({m} and {n} rows): use ranges over the same rows',
  ),
} as const;

function fail(
  lang: Lang,
  texts: Texts,
  values: Record<string, string | number>,
): never {
  throw new Error(t(texts, lang, values));
}

function shown(v: unknown): string {
  const s = isDate(v) ? v.toISOString() : String(v);
  return s.length > 30 ? `${s.slice(0, 29)}…` : s;
}

// ---------------------------------------------------------------------------------------
// Arguments as Sheets passes them

/** A range (2-D), a row or a single cell as a grid. */
export function asGrid(v: unknown): unknown[][] {
  if (Array.isArray(v)) {
    return v.map(row => (Array.isArray(row) ? row : [row]));
  }
  return [[v === undefined || v === null ? '' : v]];
}

/** A range read row by row into one list (a column stays a column). */
export function asList(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [v === undefined || v === null ? '' : v];
  if (v.length > 0 && Array.isArray(v[0]) && v[0].length === 1) {
    // The common case, one column: no flattening copy of each row.
    return v.map(row => (Array.isArray(row) ? row[0] : row));
  }
  const out: unknown[] = [];
  for (const row of v) {
    if (Array.isArray(row)) for (const c of row) out.push(c);
    else out.push(row);
  }
  return out;
}

export function blank(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    v === '' ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && asList(v).every(blank))
  );
}

/** The first cell of a range, or the value itself. */
export function single(v: unknown): unknown {
  return Array.isArray(v) ? asList(v)[0] : v;
}

/** Sheets error values arrive as their text. */
const ERROR_VALUE = /^#(?:N\/A|REF!|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!|ERROR!)$/;

export function errorValue(v: unknown): boolean {
  return typeof v === 'string' && ERROR_VALUE.test(v);
}

export interface Context {
  host: CustomFunctionHost;
  /** The spreadsheet's time zone. */
  tz: string;
  /** The script's time zone. */
  scriptTz: string;
  /** The zone whose wall clock Date arguments show (one of the two above). */
  dateTz: string;
  lang: Lang;
}

export function context(host: CustomFunctionHost): Context {
  const tz = host.timeZone();
  const scriptTz = host.scriptTimeZone?.() || tz;
  return {host, tz, scriptTz, dateTz: tz, lang: host.lang()};
}

export function asOfDay(ctx: Context, v: unknown): number {
  const x = single(v);
  if (blank(x)) return todayIn(ctx.tz, ctx.host.now());
  const day = isDate(x) ? dayNumber(x, ctx.dateTz) : parseDay(x, ctx.tz);
  if (day === null) fail(ctx.lang, CF_ERRORS.asOf, {value: shown(x)});
  return day;
}

export function windowOf(ctx: Context, v: unknown): number {
  const x = single(v);
  if (blank(x)) return DEFAULT_WINDOW_DAYS;
  const w = validWindow(x);
  if (w === null) fail(ctx.lang, CF_ERRORS.window, {value: shown(x)});
  return w;
}

export function thresholdsOf(ctx: Context, v: unknown): Thresholds {
  if (blank(v)) return DEFAULT_THRESHOLDS;
  const list = asList(v);
  if (list.length > 4 && !list.slice(4).every(blank)) {
    fail(ctx.lang, CF_ERRORS.thresholds, {value: list.map(shown).join(', ')});
  }
  const out = DEFAULT_THRESHOLDS.map((def, i) => {
    const x = list[i];
    if (blank(x)) return def;
    const n = validThreshold(x);
    if (n === null) fail(ctx.lang, CF_ERRORS.thresholds, {value: shown(x)});
    return n;
  });
  return out as unknown as Thresholds;
}

export function rulesOf(v: unknown): SegmentRules {
  if (blank(v)) return DEFAULT_SEGMENT_RULES;
  const [newDays, lapsedDays, lostDays, vipGrade, vipSpend] = asList(v);
  return segmentRulesFrom({newDays, lapsedDays, lostDays, vipGrade, vipSpend});
}

export function langOf(ctx: Context, v: unknown): Lang {
  const x = single(v);
  return (typeof x === 'string' && parseLang(x.normalize('NFKC'))) || ctx.lang;
}

export function sameSize(
  ctx: Context,
  a: [string, unknown[]],
  b: [string, unknown[]],
): void {
  if (a[1].length !== b[1].length) {
    fail(ctx.lang, CF_ERRORS.sizes, {
      a: a[0],
      b: b[0],
      m: a[1].length,
      n: b[1].length,
    });
  }
}
