/**
 * Dates as a shop counts them: calendar days in the spreadsheet's time zone.
 *
 * A "day" is an integer: days since 1970-01-01 of the local calendar of a time zone, so
 * `as_of - day` is "how many days ago" and a sale at 23:30 and one at 00:30 local time
 * fall on different days whatever the server's own zone is. Apps Script's V8 has Intl
 * with time zones; asking Intl per call is far too slow for a million sales, so a zone's
 * UTC offset is memoised per UTC day (when it changes inside a day, the exact second is
 * found once and remembered).
 */

export const DAY_MS = 86_400_000;
const MAX_MS = 8.64e15;
/** Sheets' serial day 0 is 1899-12-30; serial 25569 is 1970-01-01. */
const SERIAL_EPOCH = 25_569;

// ---------------------------------------------------------------------------------------
// Time-zone offsets

/**
 * Per zone, the offset of each UTC day, filled on first use: [before, after, at] per day
 * in chunks of 1024 days (a plain array lookup on the hot path; a Map was the bottleneck).
 * `at` is the instant of a transition inside that day (offsets change at most once a
 * day in every zone); for the common day without one, before = after.
 */
const CHUNK_DAYS = 1024;

interface Zone {
  fmt: Intl.DateTimeFormat | null; // null: UTC, no lookups at all
  chunks: Map<number, Float64Array>;
  lastChunkIndex: number;
  lastChunk: Float64Array | null;
}

const zones = new Map<string, Zone>();

function zoneOf(tz: string): Zone {
  let z = zones.get(tz);
  if (z) return z;
  const utc = tz === 'UTC' || tz === 'Etc/UTC' || tz === 'GMT';
  const fmt = utc
    ? null
    : new Intl.DateTimeFormat('en-US', {
        timeZone: tz, // throws RangeError for an unknown zone: a caller's bug, not data
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
  z = {fmt, chunks: new Map(), lastChunkIndex: NaN, lastChunk: null};
  zones.set(tz, z);
  return z;
}

/** The offset at one instant, straight from Intl (slow; only for filling the cache). */
function rawOffset(fmt: Intl.DateTimeFormat, ms: number): number {
  // Clamped to the range a Date can hold: the last cached day runs past it.
  const whole = Math.min(
    Math.max(Math.floor(ms / 1000) * 1000, -MAX_MS),
    MAX_MS,
  );
  let y = 0;
  let mo = 0;
  let d = 0;
  let h = 0;
  let mi = 0;
  let s = 0;
  let bc = false;
  for (const p of fmt.formatToParts(new Date(whole))) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value) % 24;
        break;
      case 'minute':
        mi = Number(p.value);
        break;
      case 'second':
        s = Number(p.value);
        break;
      case 'era':
        bc = p.value.startsWith('B');
        break;
    }
  }
  return civilMs(bc ? 1 - y : y, mo, d, h, mi, s) - whole;
}

/** Milliseconds of a proleptic Gregorian date-time read as UTC (any year, even 0–99). */
function civilMs(
  y: number,
  mo: number,
  d: number,
  h = 0,
  mi = 0,
  s = 0,
  ms = 0,
): number {
  if (y >= 100 && y <= 9999) return Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi, s, ms);
  return t.getTime();
}

function fillDay(
  fmt: Intl.DateTimeFormat,
  day: number,
  c: Float64Array,
  i: number,
): void {
  const start = day * DAY_MS;
  const end = start + DAY_MS - 1000;
  const before = rawOffset(fmt, start);
  const after = rawOffset(fmt, end);
  let at = start;
  if (before !== after) {
    // A transition inside this day: find its second by bisection (about 17 lookups).
    let lo = start; // offset here is `before`
    let hi = end; // offset here is `after`
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (rawOffset(fmt, mid) === before) lo = mid;
      else hi = mid;
    }
    at = hi;
  }
  c[i] = before;
  c[i + 1] = after;
  c[i + 2] = at;
}

/** Local time minus UTC, in ms, at instant `ms` in zone `tz`. */
export function tzOffsetMs(ms: number, tz: string): number {
  return zoneOffset(zoneOf(tz), ms);
}

function zoneOffset(z: Zone, ms: number): number {
  if (z.fmt === null) return 0;
  const day = Math.floor(ms / DAY_MS);
  const ci = Math.floor(day / CHUNK_DAYS);
  let c: Float64Array;
  if (ci === z.lastChunkIndex) {
    c = z.lastChunk as Float64Array;
  } else {
    let found = z.chunks.get(ci);
    if (found === undefined) {
      found = new Float64Array(CHUNK_DAYS * 3).fill(NaN);
      z.chunks.set(ci, found);
    }
    c = found;
    z.lastChunkIndex = ci;
    z.lastChunk = c;
  }
  const i = (day - ci * CHUNK_DAYS) * 3;
  if (c[i] !== c[i]) fillDay(z.fmt, day, c, i);
  return ms < c[i + 2] ? c[i] : c[i + 1];
}

/**
 * The instant of a local wall-clock time in `tz`. A time skipped by a DST jump resolves
 * forward (02:30 on the spring-forward night is 03:30); a repeated one takes the earlier.
 */
export function localToInstant(localMs: number, tz: string): number {
  const early = tzOffsetMs(localMs - DAY_MS, tz);
  const late = tzOffsetMs(localMs + DAY_MS, tz);
  if (early === late) {
    const t = localMs - early;
    const o = tzOffsetMs(t, tz);
    return o === early ? t : localMs - o; // a transition and its reversal within 2 days
  }
  const tEarly = localMs - early;
  const tLate = localMs - late;
  const okEarly = tzOffsetMs(tEarly, tz) === early;
  const okLate = tzOffsetMs(tLate, tz) === late;
  if (okEarly && okLate) return Math.min(tEarly, tLate);
  if (okEarly) return tEarly;
  if (okLate) return tLate;
  return tEarly;
}

// ---------------------------------------------------------------------------------------
// Days

/** The calendar day of instant `d` in `tz` (days since 1970-01-01 there); NaN if invalid. */
export function dayNumber(d: Date | number, tz: string): number {
  const ms = typeof d === 'number' ? d : d.getTime();
  if (ms !== ms) return NaN; // NaN check without a call: this is the hot path
  return Math.floor((ms + tzOffsetMs(ms, tz)) / DAY_MS);
}

/**
 * A Date, also one made in another realm (a node:vm context, as the bundle test runs the
 * built script in), where `instanceof Date` is false.
 */
export function isDate(v: unknown): v is Date {
  return (
    v instanceof Date ||
    (typeof v === 'object' &&
      v !== null &&
      Object.prototype.toString.call(v) === '[object Date]')
  );
}

/**
 * `parseDay` bound to one zone, for loops over many cells: the zone is looked up once and
 * Date objects (what getValues gives for date cells) take a short path.
 */
export function dayReader(tz: string): (v: unknown) => number | null {
  const z = zoneOf(tz);
  return v => {
    if (v instanceof Date) {
      const ms = v.getTime();
      if (ms !== ms) return null;
      return Math.floor((ms + zoneOffset(z, ms)) / DAY_MS);
    }
    return parseDay(v, tz);
  };
}

/** Today's day number in `tz`. */
export function todayIn(tz: string, now: Date | number): number {
  return dayNumber(now, tz);
}

/** Midnight at the start of `day` in `tz` (the first instant of the day if DST skips it). */
export function dateOfDay(day: number, tz: string): Date {
  return new Date(localToInstant(day * DAY_MS, tz));
}

/** 'YYYY-MM-DD' of a day number. */
export function dayToIso(day: number): string {
  const t = new Date(day * DAY_MS);
  const y = t.getUTCFullYear();
  const ys =
    y >= 0 && y <= 9999
      ? String(y).padStart(4, '0')
      : (y < 0 ? '-' : '+') + String(Math.abs(y)).padStart(6, '0');
  return `${ys}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** The day number of 'YYYY-MM-DD' (exactly that form); null if it is not a real date. */
export function isoToDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  return civilDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** 'YYYY-MM-DD' of an instant, in `tz`. */
export function isoDateIn(d: Date | number, tz: string): string {
  return dayToIso(dayNumber(d, tz));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of a calendar date; null when month or day is out of range. */
export function civilDay(y: number, m: number, d: number): number | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return null;
  return Math.floor(civilMs(y, m, d) / DAY_MS);
}

// ---------------------------------------------------------------------------------------
// Reading dates from cells

/**
 * Text an owner types or pastes, after NFKC (full-width digits and punctuation from a
 * Chinese IME become ASCII): year first, one separator kind, optional time.
 *   2025-03-05  2025/3/5  2025.3.5  2025年3月5日  2025年3月5号
 *   … 14:30  … 14:30:05  … T14:30:05.123  … 2:30 pm  … 下午2:30  … 14:30Z  … 14:30+08:00
 * Day-first and month-first forms (05/03/2025, 3/5/2025) are refused: which one an owner
 * meant cannot be told from the text, and a wrong guess silently moves a sale by months.
 */
const DATE_TEXT =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?)(?:(?:\s*T\s*|\s+|(?<=[日号號]))(上午|下午|早上|中午|晚上)?\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(am|pm|a\.m\.|p\.m\.)?)?\s*(z|[+-]\d{2}:?\d{2})?$/i;

interface DateText {
  y: number;
  m: number;
  d: number;
  /** ms since local midnight, or 0 */
  time: number;
  /** explicit UTC offset in ms, or null for local time */
  offset: number | null;
}

function readDateText(raw: string): DateText | null {
  let s = raw.trim();
  if (s.length < 8 || s.length > 60) return null;
  if (!/^[\x20-\x7e]*$/.test(s)) s = s.normalize('NFKC').trim();
  const m = DATE_TEXT.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[3] ?? m[5]);
  const d = Number(m[4] ?? m[6]);
  if (civilDay(y, mo, d) === null) return null;
  let time = 0;
  if (m[8] !== undefined) {
    let h = Number(m[8]);
    const mi = Number(m[9]);
    const sec = m[10] === undefined ? 0 : Number(m[10]);
    const frac =
      m[11] === undefined ? 0 : Math.floor(Number(`0.${m[11]}`) * 1000);
    const ampm = (m[12] ?? '').toLowerCase();
    const cn = m[7] ?? '';
    const pm = ampm.startsWith('p') || cn === '下午' || cn === '晚上';
    const am = ampm.startsWith('a') || cn === '上午' || cn === '早上';
    if (pm || am || cn === '中午') {
      if (h < 1 || h > 12) return null;
      if (pm && h < 12) h += 12;
      if (am && h === 12) h = 0;
    }
    if (h > 23 || mi > 59 || sec > 59) return null;
    time = ((h * 60 + mi) * 60 + sec) * 1000 + frac;
  }
  let offset: number | null = null;
  const z = m[13];
  if (z !== undefined) {
    if (z.toLowerCase() === 'z') {
      offset = 0;
    } else {
      const sign = z[0] === '-' ? -1 : 1;
      const digits = z.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = Number(digits.slice(2));
      if (oh > 14 || om > 59) return null;
      offset = sign * (oh * 60 + om) * 60_000;
    }
  }
  return {y, m: mo, d, time, offset};
}

/**
 * Numbers in a date column are Sheets serial numbers (what `getValues` gives when an owner
 * formats a date column as a number): days since 1899-12-30, the fraction the time of day,
 * local to the spreadsheet. Accepted from serial 10000 (1927-05-18) to 9999-12-31: below
 * that a number is far likelier a quantity, an amount or a bare year typed in the wrong
 * column than a date. An 8-digit integer that is a valid yyyymmdd (20250305, as exported
 * by some cash registers) is read as that date instead.
 */
function readNumber(n: number): {day: number; time: number} | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isInteger(n) && n >= 10_000_101 && n <= 99_991_231) {
    const day = civilDay(
      Math.floor(n / 10_000),
      Math.floor(n / 100) % 100,
      n % 100,
    );
    return day === null ? null : {day, time: 0};
  }
  if (n < 10_000 || n >= 2_958_466) return null;
  // Rounded to the millisecond first, so 45721.99999999 is the next midnight on both
  // the day and the time side.
  const ms = Math.round(n * DAY_MS);
  const whole = Math.floor(ms / DAY_MS);
  return {day: whole - SERIAL_EPOCH, time: ms - whole * DAY_MS};
}

/**
 * A cell value as an instant: a valid Date as is; a serial number or date text as that
 * local date-time in `tz` (midnight when no time is given); anything else null.
 */
export function parseDate(v: unknown, tz: string): Date | null {
  if (isDate(v)) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'number') {
    const r = readNumber(v);
    return r ? new Date(localToInstant(r.day * DAY_MS + r.time, tz)) : null;
  }
  if (typeof v === 'string') {
    const r = readDateText(v);
    if (!r) return null;
    const local = civilMs(r.y, r.m, r.d) + r.time;
    return new Date(
      r.offset === null ? localToInstant(local, tz) : local - r.offset,
    );
  }
  return null;
}

/**
 * The calendar day in `tz` of a cell value, or null; the same as
 * `dayNumber(parseDate(v, tz), tz)` but without building a Date for text and serials.
 */
export function parseDay(v: unknown, tz: string): number | null {
  if (isDate(v)) {
    const ms = v.getTime();
    return ms !== ms ? null : dayNumber(ms, tz);
  }
  if (typeof v === 'number') {
    const r = readNumber(v);
    return r ? r.day : null;
  }
  if (typeof v === 'string') {
    const r = readDateText(v);
    if (!r) return null;
    const local = civilMs(r.y, r.m, r.d) + r.time;
    if (r.offset === null) return Math.floor(local / DAY_MS);
    return dayNumber(local - r.offset, tz);
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Dates handed to custom functions

/** Milliseconds since local midnight of instant `ms` in `tz`. */
function msIntoDay(ms: number, tz: string): number {
  const local = ms + tzOffsetMs(ms, tz);
  return local - Math.floor(local / DAY_MS) * DAY_MS;
}

/** How many Dates the zone vote below looks at: enough to be sure, cheap on a big book. */
const VOTE_SAMPLE = 2000;

/**
 * The zone whose wall clock a Date argument of a custom function shows: the
 * spreadsheet's or the script's (appsscript.json).
 *
 * Google's custom functions guide, "Data types": "Times and dates in Sheets become Date
 * objects in Apps Script. If the spreadsheet and the script use different time zones (a
 * rare problem), the custom function needs to compensate." It does not say how a date
 * crosses: as the instant the cell names in the spreadsheet's zone (as getValues gives
 * it), or as the cell's wall-clock time re-read in the script's zone. So it is measured
 * from the arguments themselves. A date typed without a time is midnight in the zone it
 * was carried in, and nothing else is: "as of" (Shuke writes a whole date there) decides
 * when it is a Date that is midnight in one zone only; otherwise the sale dates vote.
 * Dates with times are midnight in neither and do not vote. With no whole date at all the
 * spreadsheet's zone is taken, the reading getValues shares.
 */
export function dateArgumentZone(
  asOf: unknown,
  dates: readonly unknown[] | null,
  sheetTz: string,
  scriptTz: string,
): string {
  if (sheetTz === scriptTz) return sheetTz;
  const vote = (v: unknown): number => {
    if (!isDate(v)) return 0;
    const ms = v.getTime();
    if (ms !== ms) return 0;
    const inSheet = msIntoDay(ms, sheetTz) === 0;
    const inScript = msIntoDay(ms, scriptTz) === 0;
    return inSheet === inScript ? 0 : inScript ? 1 : -1;
  };
  const byAsOf = vote(asOf);
  if (byAsOf !== 0) return byAsOf > 0 ? scriptTz : sheetTz;
  let score = 0;
  let seen = 0;
  for (let i = 0; dates && i < dates.length && seen < VOTE_SAMPLE; i++) {
    if (!isDate(dates[i])) continue;
    seen++;
    score += vote(dates[i]);
  }
  return score > 0 ? scriptTz : sheetTz;
}

/**
 * The Sheets serial number (days since 1899-12-30, the time of day as the fraction) of
 * the wall-clock time a Date shows in `tz`: what the cell held, when the Date was carried
 * in that zone's wall clock.
 */
export function wallSerial(d: Date, tz: string): number {
  const ms = d.getTime();
  return (ms + tzOffsetMs(ms, tz)) / DAY_MS + SERIAL_EPOCH;
}
