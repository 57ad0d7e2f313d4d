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
  parseDay,
  tzOffsetMs,
} from '../dates';
import {parseBirthday} from '../followup/birthday';

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
  const out = parseMoneyInput(s.replace(EXPORT_CURRENCY, ''));
  if (!out.ok) return out;
  return {ok: true, value: negative ? -out.value : out.value};
}

/**
 * Currency marks tills of the region print that the counter's reader does not know
 * (Malaysia's RM, Singapore's S$, codes before or after): taken off, the number kept.
 */
const EXPORT_CURRENCY =
  /^(?:rm|myr|s\$|sgd|a\$|aud|c\$|cad|eur|gbp)\s*(?=[-−\d.])|(?<=[\d.])\s*(?:rm|myr|sgd|aud|cad|eur|gbp|ntd|twd|mop|hk\$|nt\$)$/i;

export type QuantityRead = number | 'blank' | 'unreadable';

/**
 * A quantity: a plain number, or text of one ("2", "1.5", "２", "1,000"), with the unit
 * a till prints after it ("2件", "3 pcs", "x2"). 'unreadable' for anything else, which
 * the import lists rather than counting the item once.
 */
export function readQuantity(v: unknown): QuantityRead {
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'unreadable';
  if (typeof v !== 'string') return 'blank';
  const s = v.normalize('NFKC').trim();
  if (s === '') return 'blank';
  const m =
    /^[x×*]?\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?:[件个個杯份盒瓶包只支袋斤张張块塊条條碗串]|pcs?|pieces?|items?|units?|ea)?\.?$/i.exec(
      s,
    );
  return m ? Number(m[1].replace(/,/g, '')) : 'unreadable';
}

/**
 * Country codes of the shops' region whose numbers arrive without their "+" when Sheets
 * reads "+85291234567" as a number, and the national numbers that follow each (so a
 * bare number is taken for an international one only where its length and first digit
 * fit): Hong Kong's 8 digits, Taiwan's 9-digit mobiles and 8-9 digit landlines,
 * Singapore's 8 digits, Malaysia's mobiles, and China's landlines (mobiles are
 * localPhone's). A Chinese mobile starts with 1, so none of these is read into one.
 */
const COUNTRY_CODES: ReadonlyArray<readonly [string, RegExp]> = [
  ['852', /^[2-9]\d{7}$/],
  ['886', /^9\d{8}$|^[2-8]\d{7,8}$/],
  ['65', /^[3689]\d{7}$/],
  ['60', /^1\d{8,9}$/],
  ['86', /^(?:10|2\d|[3-9]\d\d)\d{7,8}$/],
];

/** The national number after a country code listed above (trunk 0 dropped), or null. */
function nationalNumber(d: string): {code: string; rest: string} | null {
  for (const [code, rest] of COUNTRY_CODES) {
    if (!d.startsWith(code)) continue;
    const r = d.slice(code.length).replace(/^0+/, '');
    if (rest.test(r)) return {code, rest: r};
  }
  return null;
}

/**
 * The digits two phone numbers are compared by: without China's +86 / 0086, without
 * the country code of the region's other numbers (+852 9123 4567 and 9123 4567 are
 * one), and without a trunk 0, which Sheets drops when it reads 07700900123 or
 * 0912345678 as a number.
 */
export function phoneKey(v: unknown): string {
  const d = localPhone(phoneDigits(v)).replace(/^0+/, '');
  return nationalNumber(d)?.rest ?? d;
}

/** A cell that says there is no number: treated as blank, not as an unreadable one. */
const NO_PHONE = /^(?:-+|n\/?a|none|null|nil|无|無|暂无|暫無|没有|沒有|\/)$/i;

const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i;

/** Longest phone number there is (ITU-T E.164): more digits is two numbers or none. */
const MAX_DIGITS = 15;

export interface PhoneRead {
  /** Digits compared: a Chinese mobile without +86 / 0086. */
  key: string;
  /** What is written to the book. */
  text: string;
}

/** Whether a phone cell holds anything at all (a dash or "n/a" is nothing). */
export function phoneGiven(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  const s = String(v ?? '')
    .normalize('NFKC')
    .trim();
  return s !== '' && !NO_PHONE.test(s);
}

/**
 * A phone number cell: a number (13800138000), text with +86, spaces, dashes or
 * brackets. Fewer than five digits, or more than a phone number has, is not one.
 */
export function readPhone(v: unknown): PhoneRead | null {
  // "1.38001E+10" is what a spreadsheet program saved of a number too long for its
  // column: the digits after the fifth are gone, so it is no phone number.
  if (typeof v === 'string' && SCIENTIFIC.test(v.normalize('NFKC').trim()))
    return null;
  const digits = phoneDigits(v);
  const local = localPhone(digits);
  const key = phoneKey(v);
  if (key.length < 5 || digits.replace(/^0+/, '').length > MAX_DIGITS)
    return null;
  // A Chinese mobile is written as its 11 digits, the form the counter's search and the
  // book's other rows use; any other number keeps its own writing (+44 …), trimmed.
  const text0 = typeof v === 'string' ? v.normalize('NFKC').trim() : '';
  const abroad = /^(\+|00)/.test(text0) && local === digits;
  const mobile = !abroad && /^1[3-9]\d{9}$/.test(local);
  // A number cell that is a country code and a national number lost its "+" to Sheets
  // (the digits alone would dial as a local number): it is written back with it.
  const text = mobile
    ? local
    : typeof v === 'number'
      ? nationalNumber(digits)
        ? `+${digits}`
        : digits
      : String(v).normalize('NFKC').trim();
  return {key, text};
}

/** The first of several phone numbers in one cell, each one readable; else null. */
export function firstPhone(v: unknown): PhoneRead | null {
  if (typeof v !== 'string') return null;
  const parts = v
    .normalize('NFKC')
    .split(/\s*(?:[/,;、|]|\bor\b|或)\s*|\s{2,}|\n/)
    .filter(p => p.trim() !== '');
  if (parts.length < 2) return null;
  const read = parts.map(readPhone);
  return read.every(r => r !== null) ? read[0] : null;
}

const EMAIL = /[^\s,;，；<>]+@[^\s,;，；<>]+\.[^\s,;，；<>]+/;

/** Loyverse's "Customer contacts": an email and/or a phone number in one cell. */
export function readContacts(v: unknown): {
  phone: PhoneRead | null;
  email: string;
  /** What the cell holds besides the email (the phone number, if it is one). */
  rest: string;
} {
  if (typeof v === 'number')
    return {phone: readPhone(v), email: '', rest: String(v)};
  const s = String(v ?? '').normalize('NFKC');
  const m = EMAIL.exec(s);
  const email = m ? m[0] : '';
  const rest = (m ? s.replace(m[0], ' ') : s)
    .replace(/^[\s,;，；/|]+|[\s,;，；/|]+$/g, '')
    .trim();
  return {phone: readPhone(rest.replace(/[^\d+()\-\s]/g, ' ')), email, rest};
}

/** d/m or m/d without a year: the year-less form whose order the text hides. */
const NUMERIC_MONTH_DAY = /^(\d{1,2})[/.](\d{1,2})$/;
/**
 * A month and day whose year is zeros (0000-09-21, how some systems write a birthday
 * without a year) or ISO 8601's --09-21.
 */
const NO_YEAR = /^(?:0000|--)-?(\d{1,2})-(\d{1,2})$/;
const LUNAR_KIND = /农|農|阴|陰|旧|舊|lunar/i;
const SOLAR_KIND = /公|国|國|阳|陽|新|solar|gregorian/i;

/** The calendar a Birthday calendar cell names (公历 / 农历 / Lunar …), or null. */
export function birthdayKindOf(v: unknown): 'solar' | 'lunar' | null {
  const s = String(v ?? '')
    .normalize('NFKC')
    .trim();
  if (LUNAR_KIND.test(s)) return 'lunar';
  if (SOLAR_KIND.test(s)) return 'solar';
  return null;
}

/**
 * How a tab writes its birthdays' numbers: a first number above 12 is a day, a second
 * above 12 one too; with and without a year (25/12/1990, 25/12).
 */
export function birthdayOrderOf(
  values: Iterable<unknown>,
): DayMonthOrder | 'mixed' | null {
  const dates: string[] = [];
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const m = NUMERIC_MONTH_DAY.exec(v.normalize('NFKC').trim());
    dates.push(m ? `${m[1]}/${m[2]}/2000` : v);
  }
  return dayMonthOrderOf(dates);
}

/** The first birthday that reads two ways, with or without its year (03/04, 03/04/1990). */
export function ambiguousBirthday(
  values: Iterable<unknown>,
): AmbiguousDate | null {
  const list = [...values];
  const withYear = ambiguousDate(list);
  if (withYear) return withYear;
  for (const v of list) {
    if (typeof v !== 'string') continue;
    const text = v.normalize('NFKC').trim();
    const m = NUMERIC_MONTH_DAY.exec(text);
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first >= 1 && second >= 1 && first <= 12 && second <= 12)
      return {text, first, second, year: 2000};
  }
  return null;
}

export type BirthdayRead =
  | {
      ok: true;
      calendar: 'solar' | 'lunar';
      /** null: the export gives the month and day only. */
      year: number | null;
      month: number;
      day: number;
      leap: boolean;
      /**
       * The export's own text when the book's birthday reader (followup/birthday.ts)
       * reads it the same way, so it can be written as it was; null when it must be
       * written in another form (25/12, read day first, would be read month first).
       */
      text: string | null;
      /** The export says more than is written (a two-digit year): keep its text too. */
      keep: boolean;
    }
  | {ok: false; why: 'order' | 'unreadable'};

/**
 * A birthday cell of an export, read as the book reads birthdays (parseBirthday: a
 * date, 1990-08-15, 8-15, 8月15日, 农历八月十五) plus what tills write: d/m/y or m/d/y,
 * with or without the year, read in the order the till or the tab's own birthdays
 * show, else 'order' (never guessed); 0000-09-21 or --09-21 for a birthday without a
 * year. `kind` is the export's birthday calendar cell, if it has one. Null when blank.
 */
export function readBirthday(
  v: unknown,
  kind: unknown,
  order: DayMonthOrder | null,
  tz: string,
): BirthdayRead | null {
  const cal = birthdayKindOf(kind);
  const calendar = cal ?? 'solar';
  const unreadable = {ok: false, why: 'unreadable'} as const;
  if (v === '' || v === null || v === undefined) return null;
  if (isDate(v) || typeof v === 'number') {
    const day = parseDay(v, tz);
    if (day === null) return unreadable;
    const t = new Date(day * DAY_MS);
    return {
      ok: true,
      calendar,
      year: t.getUTCFullYear(),
      month: t.getUTCMonth() + 1,
      day: t.getUTCDate(),
      leap: false,
      text: null,
      keep: false,
    };
  }
  const s = String(v).normalize('NFKC').trim();
  if (s === '') return null;
  const numeric = NUMERIC_DATE.exec(s) ?? NUMERIC_MONTH_DAY.exec(s);
  if (numeric && (numeric[4] === undefined || numeric[4] === '')) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const year =
      numeric[3] === undefined
        ? null
        : numeric[3].length === 2
          ? null
          : Number(numeric[3]);
    // A two-digit year of a birthday (90 or 05) could be either century: read as
    // year-less rather than guessed.
    const own: DayMonthOrder | null =
      a > 12 && b <= 12 ? 'dmy' : b > 12 && a <= 12 ? 'mdy' : null;
    const o = own ?? order;
    if (!o) return a > 12 && b > 12 ? unreadable : {ok: false, why: 'order'};
    const [month, day] = o === 'mdy' ? [a, b] : [b, a];
    const out = monthDay(calendar, year, month, day, null);
    return out.ok && numeric[3]?.length === 2 ? {...out, keep: true} : out;
  }
  const noYear = NO_YEAR.exec(s);
  if (noYear) {
    return monthDay(calendar, null, Number(noYear[1]), Number(noYear[2]), null);
  }
  const read = parseBirthday(s, cal, tz);
  if (!read) return unreadable;
  const full = read.calendar === 'solar' ? parseDay(s, tz) : null;
  const year = full === null ? null : new Date(full * DAY_MS).getUTCFullYear();
  return {
    ok: true,
    calendar: read.calendar,
    year,
    month: read.month,
    day: read.day,
    leap: read.leap,
    text: s,
    keep: false,
  };
}

function monthDay(
  calendar: 'solar' | 'lunar',
  year: number | null,
  month: number,
  day: number,
  text: string | null,
): BirthdayRead {
  const ok =
    calendar === 'lunar'
      ? month >= 1 && month <= 12 && day >= 1 && day <= 30
      : civilDay(year ?? 2000, month, day) !== null;
  if (!ok) return {ok: false, why: 'unreadable'};
  return {ok: true, calendar, year, month, day, leap: false, text, keep: false};
}
