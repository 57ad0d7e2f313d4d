/**
 * What a cell stores when a script writes a value, the way Sheets converts typed input
 * (Range.setValue: "The value can be numeric, string, boolean or date. If it begins with
 * '=' it is interpreted as a formula."; the Sheets API's ValueInputOption USER_ENTERED:
 * "strings may be converted to numbers, dates, etc. following the same rules that are
 * applied when entering text into a cell via the Google Sheets UI"): a string that looks
 * like a number, a percentage, an amount of money, a boolean, a date or a time becomes
 * one; a leading apostrophe keeps text (and is dropped); a cell formatted as plain text
 * ('@') keeps every string as it is; a string starting with '=' is a formula, and so is
 * one starting with '+' or '-' that isn't a number (Sheets shows #ERROR! for "- apples"
 * or "+86 138 0013 8000").
 *
 * Google documents no grammar for typed input, so where a form might be parsed the
 * emulator parses it ("1e5", "(12)", "HK$5", "5元", full-width digits, "3/5" without a
 * year, "5 Mar 2025", "2025年3月5日", "10am"): a product that keeps text as text must
 * guard all of them, and one that relies on a form staying text fails here first.
 */
import {instantOf} from './zoned';

export type CellValue = string | number | boolean | Date;

export interface Written {
  value: CellValue;
  formula?: string;
  /** A number format Sheets picks for typed dates and percentages. */
  autoFormat?: string;
}

export const TEXT_FORMAT = '@';

/** Date order for d/m/y text by locale: en_US month first, zh/ja/ko year first. */
function dateOrder(locale: string): 'MDY' | 'DMY' | 'YMD' {
  const l = locale.toLowerCase();
  if (l === 'en_us' || l === 'en' || l === 'en_ph' || l === 'es_us')
    return 'MDY';
  if (/^(zh|ja|ko|hu|lt|sv)/.test(l)) return 'YMD';
  return 'DMY';
}

/**
 * Currency symbols read before or after a number. Sheets reads the locale's own symbol;
 * which others it accepts is not documented, so every common one is read in every locale.
 */
const CURRENCY_BEFORE =
  /^(?:HK\$|NT\$|US\$|A\$|C\$|S\$|MOP\$?|RMB|RM|CNY|USD|HKD|TWD|[$¥€£₩₹])\s*/i;
const CURRENCY_AFTER =
  /\s*(?:元|圆|圓|块|塊|RMB|RM|CNY|USD|HKD|TWD|[$¥€£₩₹])$/i;

const NUMBER = /^(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$/;

export function parseNumber(s: string, locale: string): Written | null {
  void locale;
  let t = s.normalize('NFKC').trim();
  if (!/\d/.test(t)) return null;
  let percent = false;
  let currency = '';
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1].trim();
  }
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  if (t.startsWith('-') || t.startsWith('+')) {
    if (t[0] === '-') negative = !negative;
    t = t.slice(1);
  }
  const before = CURRENCY_BEFORE.exec(t);
  if (before) {
    currency = before[0].trim();
    t = t.slice(before[0].length);
  } else {
    const after = CURRENCY_AFTER.exec(t);
    if (after) {
      currency = after[0].trim();
      t = t.slice(0, -after[0].length);
    }
  }
  if (!/\d/.test(t) || !NUMBER.test(t)) return null;
  const n = Number(t.replace(/,/g, '').replace(/\.(?=$|[eE])/, ''));
  if (!Number.isFinite(n)) return null;
  const value = negative ? -n : n;
  if (percent) return {value: value / 100, autoFormat: '0%'};
  if (currency) return {value, autoFormat: `"${currency}"#,##0.00`};
  return {value};
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(2000, m, 0)).getUTCDate();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : days);
}

/** "10:30", "10:30:15.5", "10:30 AM", and an hour with am/pm alone ("10am", "7 pm"). */
const TIME =
  '(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?\\s*([aApP]\\.?[mM]\\.?)?|\\s*([aApP]\\.?[mM]\\.?))';

function hour24(h: number, ampm: string | undefined): number | null {
  if (!ampm) return h <= 23 ? h : null;
  if (h < 1 || h > 12) return null;
  const pm = ampm.replace(/\./g, '').toLowerCase() === 'pm';
  return (h % 12) + (pm ? 12 : 0);
}

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
/** English month names, in full or cut to three letters ("Sept" too), as dates use them. */
const MONTH_NAME =
  '(january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?';

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The year a date typed without one falls in: this year in the sheet's zone. */
function thisYear(tz: string): number {
  const y = new Intl.DateTimeFormat('en-US', {timeZone: tz, year: 'numeric'})
    .formatToParts(new Date(Date.now()))
    .find(p => p.type === 'year');
  return Number(y?.value ?? new Date().getUTCFullYear());
}

/** A calendar date in the text, or null: [year, month, day, index of a time part]. */
function dateParts(
  t: string,
  locale: string,
  tz: string,
): {y: number; mo: number; d: number; rest: string; format: string} | null {
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/.exec(t);
  if (m) {
    const format =
      m[2] === '-' ? 'yyyy-mm-dd' : m[2] === '/' ? 'yyyy/mm/dd' : 'yyyy.mm.dd';
    return {y: +m[1], mo: +m[3], d: +m[4], rest: m[5], format};
  }
  m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?(.*)$/.exec(t);
  if (m)
    return {y: +m[1], mo: +m[2], d: +m[3], rest: m[4], format: 'yyyy年m月d日'};
  m = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號](.*)$/.exec(t);
  if (m)
    return {y: thisYear(tz), mo: +m[1], d: +m[2], rest: m[3], format: 'm月d日'};
  const order = dateOrder(locale);
  m = /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}))?(.*)$/.exec(t);
  if (m && !(order === 'YMD' && m[4] !== undefined)) {
    const [a, b] = [+m[1], +m[3]];
    // Without a year, year-first locales read month/day, as their dates are written.
    const [mo, d] = order === 'DMY' ? [b, a] : [a, b];
    const y = m[4] === undefined ? thisYear(tz) : +m[4];
    const format = order === 'DMY' ? 'd/m/yyyy' : 'm/d/yyyy';
    return {y, mo, d, rest: m[5], format};
  }
  m = new RegExp(
    `^(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${MONTH_NAME},?(?:[\\s-]+(\\d{4}))?(.*)$`,
    'i',
  ).exec(t);
  if (m) {
    const y = m[3] === undefined ? thisYear(tz) : +m[3];
    return {y, mo: monthOf(m[2]), d: +m[1], rest: m[4], format: 'd mmm yyyy'};
  }
  m = new RegExp(
    `^${MONTH_NAME}[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?(?:,?[\\s-]+(\\d{4}))?(.*)$`,
    'i',
  ).exec(t);
  if (m) {
    const y = m[3] === undefined ? thisYear(tz) : +m[3];
    return {y, mo: monthOf(m[1]), d: +m[2], rest: m[4], format: 'mmm d yyyy'};
  }
  return null;
}

/** Dates and times as Sheets reads them in a locale; wall time in the sheet's zone. */
export function parseDateTime(
  s: string,
  locale: string,
  tz: string,
): Written | null {
  const t = s.normalize('NFKC').trim();
  const p = dateParts(t, locale, tz);
  if (!p) return parseTime(t, tz);
  if (!validDate(p.y, p.mo, p.d)) return null;
  let format = p.format;
  let [h, mi, sec, ms] = [0, 0, 0, 0];
  const rest = p.rest.trim();
  if (rest !== '') {
    const m = new RegExp(`^(?:T)?${TIME}$`).exec(rest);
    if (!m || !/^[T\s]/.test(p.rest)) return null;
    const hh = hour24(Number(m[1]), m[5] ?? m[6]);
    mi = Number(m[2] ?? 0);
    sec = Number(m[3] ?? 0);
    ms = Number((m[4] ?? '0').padEnd(3, '0'));
    if (hh === null || mi > 59 || sec > 59) return null;
    h = hh;
    format += ' h:mm:ss';
  }
  return {
    value: new Date(instantOf(tz, p.y, p.mo, p.d, h, mi, sec, ms)),
    autoFormat: format,
  };
}

/** A time of day alone is a date on Sheets' day zero, 30 Dec 1899. */
function parseTime(t: string, tz: string): Written | null {
  const m = new RegExp(`^${TIME}$`).exec(t);
  if (!m) return null;
  const h = hour24(Number(m[1]), m[5] ?? m[6]);
  const mi = Number(m[2] ?? 0);
  const sec = Number(m[3] ?? 0);
  if (h === null || mi > 59 || sec > 59) return null;
  return {
    value: new Date(instantOf(tz, 1899, 12, 30, h, mi, sec)),
    autoFormat: m[5] || m[6] ? 'h:mm:ss am/pm' : 'h:mm:ss',
  };
}

/**
 * The stored form of a value written by a script into a cell with `format`.
 * Throws for types a cell can't hold (functions, symbols); objects become their text.
 */
export function toCell(
  raw: unknown,
  format: string | undefined,
  locale: string,
  tz: string,
): Written {
  if (raw === null || raw === undefined) return {value: ''};
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return {value: '#NUM!'};
    if (!Number.isFinite(raw)) return {value: '#NUM!'};
    return {value: raw};
  }
  if (typeof raw === 'boolean') return {value: raw};
  if (isDate(raw)) {
    const ms = raw.getTime();
    return {value: Number.isNaN(ms) ? '' : new Date(ms)};
  }
  if (typeof raw === 'bigint') return {value: Number(raw)};
  const s = typeof raw === 'string' ? raw : String(raw);
  if (format === TEXT_FORMAT) return {value: s};
  if (s.startsWith("'")) return {value: s.slice(1)};
  if (s.startsWith('=') && s.length > 1) return {value: '', formula: s};
  if (s === '') return {value: ''};
  const n = parseNumber(s, locale);
  if (n) return n;
  if (s.startsWith('+') || s.startsWith('-')) {
    return {value: '', formula: `=${s}`};
  }
  const b = s.trim().toLowerCase();
  if (b === 'true' || b === 'false') return {value: b === 'true'};
  const d = parseDateTime(s, locale, tz);
  if (d) return d;
  return {value: s};
}

/** A Date from any realm (node:vm contexts have their own Date). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
