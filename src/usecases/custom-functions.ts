/**
 * The grade custom functions. Each takes whole ranges as Sheets passes them (a range as a
 * 2-D array with '' for blanks and Date objects for dates, a single cell as its value)
 * and returns a 2-D array with one row per row of `customer_ids`, so one formula fills a
 * whole column in one execution. A blank id gives a blank; an id that is an error value
 * gives '?' in its own cell; sales rows that can't be read are skipped. Only a wrong
 * argument (as_of that is not a date, ranges of different sizes) fails the whole call,
 * with a message in the spreadsheet's language, because then every answer would be wrong.
 *
 * Custom functions run read-only: the only services used are the spreadsheet's time zone
 * and locale and the script's time zone, through `CustomFunctionHost`.
 *
 * Time zones: the manifest pins the script's zone (Asia/Shanghai) while a shop's
 * spreadsheet may be in Vancouver or London. Every day number here is a calendar day of
 * the spreadsheet. Date arguments are read in the zone they were carried in (see
 * `dateArgumentZone`), and CUSTOMER_LAST_VISIT answers a Date carried the same way, so a
 * sale typed as 2025-03-05 counts and shows as 2025-03-05 whichever way Google converts.
 */
import {
  dateArgumentZone,
  dateOfDay,
  dayNumber,
  isDate,
  parseDay,
  todayIn,
  wallSerial,
} from '../domain/dates';
import {
  CustomerStats,
  SalesSummary,
  statsOf,
  statsOfKeys,
  summariseSales,
} from '../domain/customer-stats';
import {
  DEFAULT_THRESHOLDS,
  DEFAULT_WINDOW_DAYS,
  gradeOfRate,
  Thresholds,
  validThreshold,
  validWindow,
} from '../domain/grading';
import {round2} from '../domain/counter/money';
import {Lang, langFromLocale, parseLang, t, Texts} from '../domain/i18n';
import {historySeeds} from './compaction/history-read';
import {
  DEFAULT_SEGMENT_RULES,
  LIFECYCLE_LABELS,
  SEGMENT_LABELS,
  segmentRulesFrom,
  SegmentRules,
  VALUE_CLASS_LABELS,
} from '../domain/segments';

export type Cell = string | number | boolean | Date;
export type Grid = Cell[][];

/** What a custom function may ask of its surroundings. */
export interface CustomFunctionHost {
  /** The spreadsheet's time zone: the shop's calendar. */
  timeZone(): string;
  /** The script's time zone (appsscript.json); the spreadsheet's when left out. */
  scriptTimeZone?(): string;
  lang(): Lang;
  now(): Date;
}

/** The script's time zone; '' if Session can't tell (the caller then keeps the sheet's). */
function scriptZone(): string {
  try {
    return Session.getScriptTimeZone() || '';
  } catch {
    return '';
  }
}

/** The spreadsheet's time zone and locale, read-only, as custom functions may. */
export const appsScriptHost: CustomFunctionHost = {
  timeZone() {
    try {
      const tz = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
      if (tz) return tz;
    } catch {
      // fall through: no active spreadsheet in this context
    }
    return scriptZone() || 'UTC';
  },
  scriptTimeZone: scriptZone,
  lang() {
    try {
      return langFromLocale(
        SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale(),
      );
    } catch {
      return 'en';
    }
  },
  now() {
    return new Date();
  },
};

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
function asGrid(v: unknown): unknown[][] {
  if (Array.isArray(v)) {
    return v.map(row => (Array.isArray(row) ? row : [row]));
  }
  return [[v === undefined || v === null ? '' : v]];
}

/** A range read row by row into one list (a column stays a column). */
function asList(v: unknown): unknown[] {
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

function blank(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    v === '' ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && asList(v).every(blank))
  );
}

/** The first cell of a range, or the value itself. */
function single(v: unknown): unknown {
  return Array.isArray(v) ? asList(v)[0] : v;
}

/** Sheets error values arrive as their text. */
const ERROR_VALUE = /^#(?:N\/A|REF!|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!|ERROR!)$/;

function errorValue(v: unknown): boolean {
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

function context(host: CustomFunctionHost): Context {
  const tz = host.timeZone();
  const scriptTz = host.scriptTimeZone?.() || tz;
  return {host, tz, scriptTz, dateTz: tz, lang: host.lang()};
}

function asOfDay(ctx: Context, v: unknown): number {
  const x = single(v);
  if (blank(x)) return todayIn(ctx.tz, ctx.host.now());
  const day = isDate(x) ? dayNumber(x, ctx.dateTz) : parseDay(x, ctx.tz);
  if (day === null) fail(ctx.lang, CF_ERRORS.asOf, {value: shown(x)});
  return day;
}

function windowOf(ctx: Context, v: unknown): number {
  const x = single(v);
  if (blank(x)) return DEFAULT_WINDOW_DAYS;
  const w = validWindow(x);
  if (w === null) fail(ctx.lang, CF_ERRORS.window, {value: shown(x)});
  return w;
}

function thresholdsOf(ctx: Context, v: unknown): Thresholds {
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

function rulesOf(v: unknown): SegmentRules {
  if (blank(v)) return DEFAULT_SEGMENT_RULES;
  const [newDays, lapsedDays, lostDays, vipGrade, vipSpend] = asList(v);
  return segmentRulesFrom({newDays, lapsedDays, lostDays, vipGrade, vipSpend});
}

function langOf(ctx: Context, v: unknown): Lang {
  const x = single(v);
  return (typeof x === 'string' && parseLang(x.normalize('NFKC'))) || ctx.lang;
}

function sameSize(
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

export interface SalesArgs {
  customerIds: unknown;
  saleCustomerIds: unknown;
  saleDates?: unknown;
  saleAmounts?: unknown;
  asOf?: unknown;
  windowDays?: unknown;
  thresholds?: unknown;
  rules?: unknown;
  language?: unknown;
  /** A second key per customer row (the phone), for sales logged under it. */
  customerPhones?: unknown;
  /** The Sales tab's Void column: rows marked there count for nothing. */
  saleVoids?: unknown;
  /** The Sales history tab with its header row: compacted sales, counted as rows. */
  history?: unknown;
}

/**
 * Whether sale_dates was given. Left out (omitted, as CUSTOMER_SPEND allows, or skipped
 * with `,,`), every sale is undated and counts. A range is given even when all its cells
 * are blank: those sales can't be dated, so they are skipped (Refresh grades reports
 * them), never counted as made on as_of. A blank single value beside a range of customers can't be their
 * dates (the sizes differ): it is a skipped argument.
 */
function datesGiven(dates: unknown, customers: unknown): boolean {
  if (dates === undefined || dates === null) return false;
  if (Array.isArray(dates)) return true;
  return !blank(dates) || !Array.isArray(customers);
}

function summarise(ctx: Context, a: SalesArgs): SalesSummary {
  const customers = asList(a.saleCustomerIds);
  let dates = datesGiven(a.saleDates, a.saleCustomerIds)
    ? asList(a.saleDates)
    : null;
  ctx.dateTz = dateArgumentZone(single(a.asOf), dates, ctx.tz, ctx.scriptTz);
  if (dates && ctx.dateTz !== ctx.tz) dates = asSerials(dates, ctx.dateTz);
  const amounts = blank(a.saleAmounts) ? null : asList(a.saleAmounts);
  const voids = blank(a.saleVoids) ? null : asList(a.saleVoids);
  if (voids) {
    sameSize(ctx, ['sale_customer_ids', customers], ['sale_voids', voids]);
  }
  if (dates) {
    sameSize(ctx, ['sale_customer_ids', customers], ['sale_dates', dates]);
  }
  if (amounts) {
    sameSize(ctx, ['sale_customer_ids', customers], ['sale_amounts', amounts]);
  }
  return summariseSales(
    {customers, dates, amounts, voids},
    {
      asOf: asOfDay(ctx, a.asOf),
      tz: ctx.tz,
      grade: {
        thresholds: thresholdsOf(ctx, a.thresholds),
        windowDays: windowOf(ctx, a.windowDays),
      },
      segments: rulesOf(a.rules),
      history: blank(a.history)
        ? undefined
        : historySeeds(asGrid(a.history), v =>
            isDate(v) ? dayNumber(v, ctx.dateTz) : parseDay(v, ctx.tz),
          ),
    },
  );
}

/**
 * One output cell per cell of `customer_ids`, same shape; the phone in the same place of
 * `customer_phones`, when given, is the customer's other key.
 */
function perCustomer(
  host: CustomFunctionHost,
  a: SalesArgs,
  pick: (s: CustomerStats, ctx: Context, lang: Lang) => Cell,
): Grid {
  const ctx = context(host);
  const lang = langOf(ctx, a.language);
  const summary = summarise(ctx, a);
  const phones = blank(a.customerPhones) ? null : asGrid(a.customerPhones);
  return trimmed(asGrid(a.customerIds), phones).map((row, i) =>
    row.map((id, j) => {
      if (errorValue(id)) return BAD;
      const phone = phones?.[i]?.[j];
      const s =
        phone === undefined || errorValue(phone)
          ? statsOf(summary, id)
          : statsOfKeys(summary, [id, phone]);
      return s === null ? '' : pick(s, ctx, lang);
    }),
  );
}

/**
 * One output row per row of `customer_ids` (its first column), `width` cells wide: the
 * form of a function that fills several columns at once. A blank id gives a row of
 * blanks, an id that is an error value a row of '?'.
 */
export function perCustomerRows(
  host: CustomFunctionHost,
  a: SalesArgs,
  width: number,
  pick: (s: CustomerStats, ctx: Context, lang: Lang) => Cell[],
): Grid {
  const ctx = context(host);
  const lang = langOf(ctx, a.language);
  const summary = summarise(ctx, a);
  const phones = blank(a.customerPhones) ? null : asGrid(a.customerPhones);
  const blanks = (): Cell[] => new Array<Cell>(width).fill('');
  return trimmed(asGrid(a.customerIds), phones).map((row, i) => {
    const id = row[0];
    if (errorValue(id)) return new Array<Cell>(width).fill(BAD);
    const phone = phones?.[i]?.[0];
    const s =
      phone === undefined || errorValue(phone)
        ? statsOf(summary, id)
        : statsOfKeys(summary, [id, phone]);
    return s === null ? blanks() : pick(s, ctx, lang);
  });
}

/**
 * The rows up to the last one with an id (or phone): Sheets passes an open range like
 * A2:A to the end of the sheet, and an answer for every blank row below the book would
 * spill '' down to the last row, where it counts as content (getLastRow, appends).
 * At least one row, so the formula cell itself shows a value.
 */
function trimmed(ids: unknown[][], phones: unknown[][] | null): unknown[][] {
  let last = ids.length - 1;
  while (
    last > 0 &&
    ids[last].every(blank) &&
    (phones === null || (phones[last] ?? []).every(blank))
  ) {
    last--;
  }
  return last === ids.length - 1 ? ids : ids.slice(0, last + 1);
}

/**
 * Date cells carried in the script zone's wall clock, as the serial numbers the cells
 * hold (the engine reads serials as wall-clock times of the spreadsheet); the rest as is.
 */
function asSerials(dates: unknown[], dateTz: string): unknown[] {
  return dates.map(v => (isDate(v) ? wallSerial(v, dateTz) : v));
}

// ---------------------------------------------------------------------------------------
// The functions, testable with any host; the entry points below bind the real one.

export function gradeFn(
  host: CustomFunctionHost,
  purchasesPerMonth: unknown,
  thresholds?: unknown,
): Grid {
  const ctx: Context = {
    host,
    tz: 'UTC',
    scriptTz: 'UTC',
    dateTz: 'UTC',
    lang: host.lang(),
  };
  const th = thresholdsOf(ctx, thresholds);
  return asGrid(purchasesPerMonth).map(row =>
    row.map(v => {
      if (blank(v)) return '';
      const n =
        typeof v === 'number'
          ? v
          : typeof v === 'string'
            ? Number(v.normalize('NFKC').trim())
            : NaN;
      return Number.isFinite(n) && n >= 0 ? gradeOfRate(n, th) : BAD;
    }),
  );
}

/** What each CUSTOMER_* function shows for one customer. */
export const PICKS = {
  grade: (s: CustomerStats): Cell => s.grade,
  perMonth: (s: CustomerStats): Cell =>
    s.total === 0 ? '' : round2(s.perMonth),
  lastVisit: (s: CustomerStats, ctx: Context): Cell =>
    s.total === 0 ? '' : dateOfDay(s.last, ctx.dateTz),
  daysSince: (s: CustomerStats): Cell => (s.total === 0 ? '' : s.daysSinceLast),
  spend: (s: CustomerStats): Cell => (s.total === 0 ? '' : round2(s.spend)),
  segment: (s: CustomerStats, _: Context, lang: Lang): Cell =>
    t(SEGMENT_LABELS[s.segment], lang),
  lifecycle: (s: CustomerStats, _: Context, lang: Lang): Cell =>
    t(LIFECYCLE_LABELS[s.lifecycle], lang),
  valueClass: (s: CustomerStats, _: Context, lang: Lang): Cell =>
    t(VALUE_CLASS_LABELS[s.valueClass], lang),
} as const;

export function customerFn(
  host: CustomFunctionHost,
  what: keyof typeof PICKS,
  args: SalesArgs,
): Grid {
  return perCustomer(host, args, PICKS[what]);
}

// ---------------------------------------------------------------------------------------
// Entry points: the names, parameters and autocomplete text Sheets shows. src/entry.ts
// lists them; the build writes each one's JSDoc and adds @customfunction. Chinese first:
// the owners are Chinese-speaking shops; English after it for everyone else.

export function GRADE(
  purchases_per_month: unknown,
  thresholds?: unknown,
): Grid {
  return gradeFn(appsScriptHost, purchases_per_month, thresholds);
}

const THRESHOLDS_DOC =
  '@param {range} thresholds [可选] A、B、C、D 的每月次数，默认 15、10、5、3 [optional] Purchases a month for A, B, C, D; default 15, 10, 5, 3';

const GRADE_DOC = [
  '按每月购买次数给出等级 A–E。Grade A–E for purchases a month.',
  '@param {number} purchases_per_month 每月购买次数（一个或一列） Purchases a month (a number or a range)',
  THRESHOLDS_DOC,
  '@return 等级 A–E，空白得空白 Grades A–E; blank for blank',
];

/** Each parameter of the CUSTOMER_* functions: the argument it gives and its line. */
export const PARAMS = {
  customer_ids: {
    arg: 'customerIds',
    doc: '@param {range} customer_ids 客户编号列（如 A2:A） Customer IDs, e.g. A2:A',
  },
  sale_customer_ids: {
    arg: 'saleCustomerIds',
    doc: "@param {range} sale_customer_ids 销售表的客户列 The Sales tab's customer column",
  },
  sale_dates: {
    arg: 'saleDates',
    doc: "@param {range} sale_dates 销售表的日期列 The Sales tab's date column",
  },
  sale_amounts: {
    arg: 'saleAmounts',
    doc: "@param {range} sale_amounts 销售表的金额列 The Sales tab's amount column",
  },
  as_of: {
    arg: 'asOf',
    doc: '@param {date} as_of [可选] 计算日期，默认今天 [optional] Date of the figures; default today',
  },
  window_days: {
    arg: 'windowDays',
    doc: '@param {number} window_days [可选] 统计天数，默认 90 [optional] Days counted, default 90',
  },
  thresholds: {arg: 'thresholds', doc: THRESHOLDS_DOC},
  segment_rules: {
    arg: 'rules',
    doc: '@param {range} segment_rules [可选] 设置表中的新客期、流失预警、已流失天数、VIP 等级、VIP 消费 [optional] New days, at-risk days, lost days, VIP grade, VIP spend (Settings)',
  },
  language: {
    arg: 'language',
    doc: '@param {string} language [可选] 简体中文、繁體中文 或 English [optional] Language of the labels',
  },
  customer_phones: {
    arg: 'customerPhones',
    doc: '@param {range} customer_phones [可选] 手机号列：以手机号记录的销售也计入 [optional] Phone column: sales logged under the phone count too',
  },
  history: {
    arg: 'history',
    doc: '@param {range} history [可选] 销售历史表（含标题行）：压缩后的旧销售 [optional] The Sales history tab with its header row: compacted old sales',
  },
  sale_voids: {
    arg: 'saleVoids',
    doc: "@param {range} sale_voids [可选] 销售表的作废列：已作废的销售不计 [optional] The Sales tab's Void column: voided sales don't count",
  },
} as const satisfies Record<string, {arg: keyof SalesArgs; doc: string}>;

export type ParamName = keyof typeof PARAMS;

interface CustomerFunction {
  /** What it shows for each customer. */
  pick: keyof typeof PICKS;
  summary: string;
  /** The parameters in Sheets' order. */
  params: readonly ParamName[];
  /** Lines of this function that differ from PARAMS'. */
  docs?: Partial<Record<ParamName, string>>;
  returns: string;
}

/** The parameters of the functions of the last visit (its date, the days since). */
const LAST_VISIT_PARAMS = [
  'customer_ids',
  'sale_customer_ids',
  'sale_dates',
  'as_of',
  'customer_phones',
  'sale_voids',
] as const;
/** The parameters of the functions built on segments (segment, value class). */
export const RFM_PARAMS = [
  'customer_ids',
  'sale_customer_ids',
  'sale_dates',
  'sale_amounts',
  'as_of',
  'window_days',
  'thresholds',
  'segment_rules',
  'language',
  'customer_phones',
  'sale_voids',
] as const;

/** The CUSTOMER_* functions: what each shows, its parameters and its autocomplete text. */
const CUSTOMER_FUNCTIONS = {
  CUSTOMER_GRADE: {
    pick: 'grade',
    summary:
      '客户等级 A–E：按近 90 天的购买频率推算每月购买次数。Customer grade A–E from expected purchases a month.',
    params: [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'as_of',
      'window_days',
      'thresholds',
      'customer_phones',
      'sale_voids',
    ],
    returns:
      '@return 每位客户一个等级；从未购买为空白 One grade per customer; blank if never bought',
  },
  CUSTOMER_PER_MONTH: {
    pick: 'perMonth',
    summary:
      '每位客户预计每月购买次数。Expected purchases a month of each customer.',
    params: [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'as_of',
      'window_days',
      'customer_phones',
      'sale_voids',
    ],
    returns: '@return 每月购买次数 Purchases a month',
  },
  CUSTOMER_LAST_VISIT: {
    pick: 'lastVisit',
    summary:
      '每位客户最近一次购买的日期。Date of each customer’s last purchase.',
    params: LAST_VISIT_PARAMS,
    returns: '@return 日期 Dates',
  },
  CUSTOMER_DAYS_SINCE: {
    pick: 'daysSince',
    summary:
      '每位客户距上次购买的天数。Days since each customer’s last purchase.',
    params: LAST_VISIT_PARAMS,
    returns: '@return 天数 Days',
  },
  CUSTOMER_SPEND: {
    pick: 'spend',
    summary: '每位客户的累计消费。Total spend of each customer.',
    params: [
      'customer_ids',
      'sale_customer_ids',
      'sale_amounts',
      'sale_dates',
      'as_of',
      'customer_phones',
      'sale_voids',
    ],
    docs: {
      sale_dates:
        "@param {range} sale_dates [可选] 销售表的日期列，只计 as_of 及以前 [optional] The Sales tab's date column: only sales up to as_of count",
    },
    returns: '@return 金额 Amounts',
  },
  CUSTOMER_SEGMENT: {
    pick: 'segment',
    summary:
      '客户分群（RFM）：核心熟客、常客、新客、流失预警等。Customer segment (RFM): champion, regular, new, at risk…',
    params: RFM_PARAMS,
    returns: '@return 每位客户一个分群 One segment per customer',
  },
  CUSTOMER_LIFECYCLE: {
    pick: 'lifecycle',
    summary:
      '客户生命周期：潜在、新客、活跃、流失。Lifecycle stage: potential, new, active, lapsed.',
    params: [
      'customer_ids',
      'sale_customer_ids',
      'sale_dates',
      'as_of',
      'segment_rules',
      'language',
      'customer_phones',
      'sale_voids',
    ],
    returns: '@return 每位客户一个阶段 One stage per customer',
  },
  CUSTOMER_VALUE: {
    pick: 'valueClass',
    summary:
      '客户价值：VIP、普通客户、潜在客户。Value class: VIP, ordinary, potential.',
    params: RFM_PARAMS,
    returns: '@return 每位客户一个类别 One class per customer',
  },
} as const satisfies Record<string, CustomerFunction>;

export type CustomerFunctionName = keyof typeof CUSTOMER_FUNCTIONS;

/** A CUSTOMER_* function: its arguments, in its parameters' order, to customerFn. */
function customerFunction(
  name: CustomerFunctionName,
): (...values: unknown[]) => Grid {
  const f: CustomerFunction = CUSTOMER_FUNCTIONS[name];
  return (...values) => {
    const args: Partial<Record<keyof SalesArgs, unknown>> = {};
    f.params.forEach((p, i) => {
      args[PARAMS[p].arg] = values[i];
    });
    return customerFn(appsScriptHost, f.pick, args as SalesArgs);
  };
}

export const CUSTOMER_GRADE = customerFunction('CUSTOMER_GRADE');
export const CUSTOMER_PER_MONTH = customerFunction('CUSTOMER_PER_MONTH');
export const CUSTOMER_LAST_VISIT = customerFunction('CUSTOMER_LAST_VISIT');
export const CUSTOMER_DAYS_SINCE = customerFunction('CUSTOMER_DAYS_SINCE');
export const CUSTOMER_SPEND = customerFunction('CUSTOMER_SPEND');
export const CUSTOMER_SEGMENT = customerFunction('CUSTOMER_SEGMENT');
export const CUSTOMER_LIFECYCLE = customerFunction('CUSTOMER_LIFECYCLE');
export const CUSTOMER_VALUE = customerFunction('CUSTOMER_VALUE');

/** The parameter names of a custom function, as Sheets shows them. */
export function paramsOf(name: CustomerFunctionName): string[] {
  return [...CUSTOMER_FUNCTIONS[name].params];
}

/** The JSDoc body of a custom function, as entry() takes it. */
export function docOf(name: 'GRADE' | CustomerFunctionName): string {
  if (name === 'GRADE') return GRADE_DOC.join('\n');
  const f: CustomerFunction = CUSTOMER_FUNCTIONS[name];
  return [
    f.summary,
    ...f.params.map(p => f.docs?.[p] ?? PARAMS[p].doc),
    f.returns,
  ].join('\n');
}
