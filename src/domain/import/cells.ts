/**
 * Reading an export's cells as a till writes them, or as Sheets made them when it
 * opened the file: dates in the till's own form (7/28/26 1:33 PM, 01/10/2026 23:50,
 * 2026-01-01 08:00:00, 2025年3月5日) or Date cells, a time in a column of its own,
 * amounts with thousands separators and currency signs, phone numbers as numbers.
 */
import {parseMoneyInput} from '../counter/money';
import {localPhone, phoneDigits} from '../counter/ids';
import {
  civilDay,
  DAY_MS,
  isDate,
  localToInstant,
  parseDate,
  tzOffsetMs,
} from '../dates';

/** d/m/y or m/d/y with an optional time: the one form whose order the text hides. */
const NUMERIC_DATE =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[\sT]+(.+))?$/;
const TIME =
  /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?$/i;

export type DayMonthOrder = 'mdy' | 'dmy';

/**
 * How the tab writes its numeric dates: a first number above 12 is a day, a second
 * above 12 is one too; 'mixed' when both are seen, null when nothing tells.
 */
export function dayMonthOrderOf(
  values: Iterable<unknown>,
): DayMonthOrder | 'mixed' | null {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const m = NUMERIC_DATE.exec(v.normalize('NFKC').trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  if (dmy && mdy) return 'mixed';
  return dmy ? 'dmy' : mdy ? 'mdy' : null;
}

/** A numeric date both of whose first numbers could be the month: 03/02/2026. */
export interface AmbiguousDate {
  /** The date as the tab writes it, without its time. */
  text: string;
  first: number;
  second: number;
  year: number;
}

/** The tab's first date that reads two ways (preferring one whose two readings differ). */
export function ambiguousDate(values: Iterable<unknown>): AmbiguousDate | null {
  let same: AmbiguousDate | null = null;
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const text = v.normalize('NFKC').trim();
    const m = NUMERIC_DATE.exec(text);
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first < 1 || second < 1 || first > 12 || second > 12) continue;
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const found = {
      text: m[4] === undefined ? text : text.slice(0, -m[4].length).trim(),
      first,
      second,
      year,
    };
    if (first !== second) return found;
    same ??= found;
  }
  return same;
}

/** Whether a numeric date has a number above 12 where `order` puts the month. */
export function againstOrder(v: unknown, order: DayMonthOrder): boolean {
  if (typeof v !== 'string') return false;
  const m = NUMERIC_DATE.exec(v.normalize('NFKC').trim());
  if (!m) return false;
  return Number(order === 'mdy' ? m[1] : m[2]) > 12;
}

/** Milliseconds into the day of a time cell or text; null when it is not a time. */
export function timeOfDay(v: unknown, tz: string): number | null {
  if (isDate(v)) {
    const ms = v.getTime();
    if (ms !== ms) return null;
    const local = ms + tzOffsetMs(ms, tz);
    return ((local % DAY_MS) + DAY_MS) % DAY_MS;
  }
  if (typeof v === 'number') {
    return v >= 0 && v < 1 ? Math.round(v * DAY_MS) : null;
  }
  if (typeof v !== 'string') return null;
  const m = TIME.exec(v.normalize('NFKC').trim());
  if (!m) return null;
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  const ap = (m[4] ?? '').toLowerCase();
  if (ap) {
    if (h < 1 || h > 12) return null;
    if (ap.startsWith('p') && h < 12) h += 12;
    if (ap.startsWith('a') && h === 12) h = 0;
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  return ((h * 60 + mi) * 60 + s) * 1000;
}

export type DateRead = Date | 'order' | null;

/**
 * A date cell of an export, with its time column if the till has one. 'order' when the
 * text is d/m/y or m/d/y and the order could not be told.
 */
export function readExportDate(
  v: unknown,
  time: unknown,
  order: DayMonthOrder | null,
  tz: string,
): DateRead {
  let base: Date | null = null;
  let hasTime = false;
  const text = typeof v === 'string' ? v.normalize('NFKC').trim() : null;
  const m = text === null ? null : NUMERIC_DATE.exec(text);
  if (m) {
    if (!order) return 'order';
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const [mo, d] = order === 'mdy' ? [a, b] : [b, a];
    const day = civilDay(y, mo, d);
    if (day === null) return null;
    let ms = 0;
    if (m[4] !== undefined) {
      const t = timeOfDay(m[4], tz);
      if (t === null) return null;
      ms = t;
      hasTime = true;
    }
    base = new Date(localToInstant(day * DAY_MS + ms, tz));
  } else {
    base = parseDate(text ?? v, tz);
    if (!base) return null;
    hasTime = timeOfDay(base, tz) !== 0;
  }
  if (time === '' || time === null || time === undefined || hasTime)
    return base;
  const t = timeOfDay(time, tz);
  if (t === null) return base;
  const local = base.getTime() + tzOffsetMs(base.getTime(), tz);
  const day = Math.floor(local / DAY_MS);
  return new Date(localToInstant(day * DAY_MS + t, tz));
}

export type AmountRead =
  | {ok: true; value: number}
  | {ok: false; reason: 'empty' | 'invalid' | 'ambiguous' | 'decimals'};

/**
 * An amount as counter/money.ts reads one typed at the till (stored as meant or
 * refused: "1,234.50" yes, "12,5" or "1.234" no), plus what exports add: a sign after
 * the currency ("-$45.00") and an accountant's "(12.00)". Numbers are cents-rounded.
 */
export function readAmount(v: unknown): AmountRead {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return {ok: false, reason: 'invalid'};
    // A number cell with more than cents ("1.234" typed in, read by Sheets as 1.234)
    // is not an amount anyone meant: refused, as the same text would be.
    const cents = Math.round(v * 100) / 100;
    return Math.abs(cents - v) < 1e-9
      ? {ok: true, value: cents}
      : {ok: false, reason: 'decimals'};
  }
  if (typeof v !== 'string') return {ok: false, reason: 'empty'};
  let s = v.normalize('NFKC').trim();
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  const out = parseMoneyInput(s);
  if (!out.ok) return out;
  return {ok: true, value: negative ? -out.value : out.value};
}

/** A quantity: a plain number, or text of one ("2", "1.5", "２"). */
export function readQuantity(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.normalize('NFKC').trim();
  return /^-?\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}

/**
 * The digits two phone numbers are compared by: without China's +86 / 0086, and without
 * a trunk 0, which Sheets drops when it reads 07700900123 or 0912345678 as a number.
 */
export function phoneKey(v: unknown): string {
  return localPhone(phoneDigits(v)).replace(/^0+/, '');
}

export interface PhoneRead {
  /** Digits compared: a Chinese mobile without +86 / 0086. */
  key: string;
  /** What is written to the book. */
  text: string;
}

/**
 * A phone number cell: a number (13800138000), text with +86, spaces, dashes or
 * brackets. Fewer than five digits is not a phone number.
 */
export function readPhone(v: unknown): PhoneRead | null {
  const digits = phoneDigits(v);
  const local = localPhone(digits);
  const key = phoneKey(v);
  if (key.length < 5) return null;
  // A Chinese mobile is written as its 11 digits, the form the counter's search and the
  // book's other rows use; any other number keeps its own writing (+44 …), trimmed.
  const text0 = typeof v === 'string' ? v.normalize('NFKC').trim() : '';
  const abroad = /^(\+|00)/.test(text0) && local === digits;
  const mobile = !abroad && /^1[3-9]\d{9}$/.test(local);
  const text = mobile
    ? local
    : typeof v === 'number'
      ? digits
      : String(v).normalize('NFKC').trim();
  return {key, text};
}

const EMAIL = /[^\s,;，；<>]+@[^\s,;，；<>]+\.[^\s,;，；<>]+/;

/** Loyverse's "Customer contacts": an email and/or a phone number in one cell. */
export function readContacts(v: unknown): {
  phone: PhoneRead | null;
  email: string;
} {
  if (typeof v === 'number') return {phone: readPhone(v), email: ''};
  const s = String(v ?? '').normalize('NFKC');
  const m = EMAIL.exec(s);
  const email = m ? m[0] : '';
  const rest = m ? s.replace(m[0], ' ') : s;
  return {phone: readPhone(rest.replace(/[^\d+()\-\s]/g, ' ')), email};
}
