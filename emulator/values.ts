/**
 * What a cell stores when a script writes a value, the way Sheets converts typed input
 * (Range.setValue: "The value can be numeric, string, boolean or date. If it begins with
 * '=' it is interpreted as a formula."): a string that looks like a number, a percentage,
 * a boolean or a date becomes one; a leading apostrophe keeps text (and is dropped); a
 * cell formatted as plain text ('@') keeps every string as it is; a string starting with
 * '=' is a formula, and so is one starting with '+' or '-' that isn't a number (Sheets
 * shows #ERROR! for "- apples" or "+86 138 0013 8000").
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

function currencySymbols(locale: string): string[] {
  const l = locale.toLowerCase();
  if (l === 'zh_tw') return ['NT$', '$'];
  if (l.startsWith('zh_hk')) return ['HK$', '$'];
  if (l.startsWith('zh') || l.startsWith('ja')) return ['¥', '￥'];
  if (l === 'en_gb') return ['£'];
  if (l.startsWith('en') || l === 'es_us') return ['$'];
  return [];
}

const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export function parseNumber(s: string, locale: string): Written | null {
  let t = s.trim();
  if (!/\d/.test(t)) return null;
  let percent = false;
  let currency = '';
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  let sign = '';
  if (t.startsWith('-') || t.startsWith('+')) {
    sign = t[0] === '-' ? '-' : '';
    t = t.slice(1);
  }
  for (const sym of currencySymbols(locale)) {
    if (t.startsWith(sym)) {
      t = t.slice(sym.length).trim();
      currency = sym;
      break;
    }
  }
  if (!NUMBER.test(t) || /^[+-]/.test(t)) return null;
  const n = Number(sign + t.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  if (percent) return {value: n / 100, autoFormat: '0%'};
  if (currency) return {value: n, autoFormat: `"${currency}"#,##0.00`};
  return {value: n};
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(2000, m, 0)).getUTCDate();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : days);
}

const TIME =
  '(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?\\s*([aApP][mM])?';

function hour24(h: number, ampm: string | undefined): number | null {
  if (!ampm) return h <= 23 ? h : null;
  if (h < 1 || h > 12) return null;
  const pm = ampm.toLowerCase() === 'pm';
  return (h % 12) + (pm ? 12 : 0);
}

/** Dates and times as Sheets reads them in a locale; wall time in the sheet's zone. */
export function parseDateTime(
  s: string,
  locale: string,
  tz: string,
): Written | null {
  const t = s.trim();
  let m = new RegExp(
    `^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?:[ T]${TIME})?$`,
  ).exec(t);
  let y: number, mo: number, d: number, timeAt: number;
  let format: string;
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    timeAt = 5;
    format = m[2] === '-' ? 'yyyy-mm-dd' : 'yyyy/mm/dd';
  } else {
    m = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+${TIME})?$`).exec(t);
    if (!m) return parseTime(t, tz);
    const order = dateOrder(locale);
    if (order === 'YMD') return null;
    const [a, b] = [Number(m[1]), Number(m[2])];
    [mo, d] = order === 'MDY' ? [a, b] : [b, a];
    y = Number(m[3]);
    timeAt = 4;
    format = order === 'MDY' ? 'm/d/yyyy' : 'd/m/yyyy';
  }
  if (!validDate(y, mo, d)) return null;
  let h = 0;
  let mi = 0;
  let sec = 0;
  let ms = 0;
  if (m[timeAt] !== undefined) {
    const hh = hour24(Number(m[timeAt]), m[timeAt + 4]);
    mi = Number(m[timeAt + 1]);
    sec = Number(m[timeAt + 2] ?? 0);
    ms = Number((m[timeAt + 3] ?? '0').padEnd(3, '0'));
    if (hh === null || mi > 59 || sec > 59) return null;
    h = hh;
    format += ' h:mm:ss';
  }
  return {
    value: new Date(instantOf(tz, y, mo, d, h, mi, sec, ms)),
    autoFormat: format,
  };
}

/** A time of day alone is a date on Sheets' day zero, 30 Dec 1899. */
function parseTime(t: string, tz: string): Written | null {
  const m = new RegExp(`^${TIME}$`).exec(t);
  if (!m) return null;
  const h = hour24(Number(m[1]), m[5]);
  const mi = Number(m[2]);
  const sec = Number(m[3] ?? 0);
  if (h === null || mi > 59 || sec > 59) return null;
  return {
    value: new Date(instantOf(tz, 1899, 12, 30, h, mi, sec)),
    autoFormat: m[5] ? 'h:mm:ss am/pm' : 'h:mm:ss',
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
