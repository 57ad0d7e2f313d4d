/**
 * Wall-clock time in an IANA time zone, through Intl (no tz database of our own).
 * Sheets stores dates as wall-clock values in the spreadsheet's time zone; the emulator
 * keeps instants and converts at the edges, where Sheets would.
 */
export interface Wall {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** English month names, January first, for date formats (MMMM, mmmm). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** English weekday names, indexed like Wall.weekday (0 = Sunday). */
export const DAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
const WEEKDAYS = DAYS.map(d => d.slice(0, 3));

export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

export function wallOf(ms: number, tz: string): Wall {
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) {
    parts[p.type] = p.value;
  }
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    ms: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** Offset of the zone from UTC at an instant, in ms (Asia/Shanghai: +8 h). */
export function offsetMs(ms: number, tz: string): number {
  const w = wallOf(ms, tz);
  const whole = ms - w.ms;
  return utcOf(w.year, w.month, w.day, w.hour, w.minute, w.second, 0) - whole;
}

/** Like Date.UTC, without its mapping of years 0-99 to 1900-1999. */
function utcOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

/** The instant a wall-clock time names in a zone. */
export function instantOf(
  tz: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const local = utcOf(year, month, day, hour, minute, second, ms);
  let t = local - offsetMs(local, tz);
  const again = local - offsetMs(t, tz);
  if (again !== t) t = again;
  return t;
}

/** The same wall-clock time, read in another zone: the instant it names there. */
export function rezone(ms: number, from: string, to: string): number {
  const w = wallOf(ms, from);
  return instantOf(
    to,
    w.year,
    w.month,
    w.day,
    w.hour,
    w.minute,
    w.second,
    w.ms,
  );
}
