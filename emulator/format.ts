/**
 * Display text of a cell (Range.getDisplayValues) from its value and number format, for
 * the format patterns Sheets uses: dates (yyyy mm dd hh mm ss am/pm, ddd, mmm), numbers
 * (0 # , . %), quoted literals, sections (positive;negative;zero;text) and '@' (text).
 */
import {CellValue, isDate} from './values';
import {DAYS, instantOf, MONTHS, rezone, wallOf} from './zoned';

const DAY_MS = 86_400_000;

/** Sheets' serial number of a date: days since 30 Dec 1899 in the sheet's zone. */
export function serialOf(d: Date, tz: string): number {
  return (rezone(d.getTime(), tz, 'UTC') - Date.UTC(1899, 11, 30)) / DAY_MS;
}

export function dateOfSerial(serial: number, tz: string): Date {
  const wall = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * DAY_MS));
  return new Date(
    instantOf(
      tz,
      wall.getUTCFullYear(),
      wall.getUTCMonth() + 1,
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
      wall.getUTCMilliseconds(),
    ),
  );
}

function defaultDateFormat(locale: string): string {
  const l = locale.toLowerCase();
  if (l.startsWith('zh') || l.startsWith('ja') || l.startsWith('ko')) {
    return 'yyyy/m/d h:mm:ss';
  }
  if (l === 'en_us' || l === 'en') return 'm/d/yyyy h:mm:ss';
  return 'd/m/yyyy h:mm:ss';
}

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const p = Number(n.toPrecision(10));
  if (Math.abs(p) >= 1e15 || (p !== 0 && Math.abs(p) < 1e-9)) {
    return p.toExponential().replace('e+', 'E+').replace('e-', 'E-');
  }
  return String(p);
}

function isDateFormat(f: string): boolean {
  const bare = f.replace(/"[^"]*"|\\./g, '');
  if (/[ydhs]|am\/pm|a\/p/i.test(bare)) return true;
  return /m/i.test(bare) && !/[0#?]/.test(bare);
}

export function displayOf(
  value: CellValue,
  format: string | undefined,
  locale: string,
  tz: string,
): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const f = format && format !== 'General' ? format : undefined;
  if (typeof value === 'string') {
    if (!f || !f.includes(';')) return value;
    const text = f.split(';')[3];
    return text === undefined ? value : literal(text).replace(/@/g, value);
  }
  if (isDate(value)) {
    if (!f || isDateFormat(f)) {
      return formatDate(value, f ?? defaultDateFormat(locale), tz);
    }
    return formatNumber(serialOf(value, tz), f);
  }
  if (!f) return general(value);
  if (isDateFormat(f)) return formatDate(dateOfSerial(value, tz), f, tz);
  return formatNumber(value, f);
}

function literal(section: string): string {
  return section.replace(/"([^"]*)"|\\(.)/g, (_, q, e) => q ?? e);
}

export function formatNumber(n: number, format: string): string {
  if (format === '@') return general(n);
  const sections = format.split(';');
  let section = sections[0];
  let v = n;
  if (n < 0 && sections[1] !== undefined) {
    section = sections[1];
    v = -n;
  } else if (n === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  // Literal pieces stay; the first run of digit placeholders is the number.
  const tokens: Array<{lit: string} | {num: string}> = [];
  const re = /"([^"]*)"|\\(.)|([0#?,.]+(?:[eE][+-]0+)?)|(.)/g;
  let m: RegExpExecArray | null;
  let numDone = false; // only the first run of placeholders is the number
  while ((m = re.exec(section))) {
    if (m[1] !== undefined) tokens.push({lit: m[1]});
    else if (m[2] !== undefined) tokens.push({lit: m[2]});
    else if (m[3] !== undefined && !numDone && /[0#?]/.test(m[3])) {
      tokens.push({num: m[3]});
      numDone = true;
    } else tokens.push({lit: m[3] ?? m[4]});
  }
  const percent = section.replace(/"[^"]*"/g, '').includes('%');
  if (percent) v *= 100;
  let out = '';
  for (const t of tokens) {
    if ('lit' in t) out += t.lit;
    else out += placeholders(Math.abs(v), t.num);
  }
  // Without a negative section the minus sign leads: "-¥12.50", not "¥-12.50".
  const shown = /[1-9]/.test(out.replace(/"[^"]*"/g, ''));
  return v < 0 && numDone && shown ? `-${out}` : out;
}

function placeholders(v: number, pattern: string): string {
  const [intPart, decPart = ''] = pattern.split('.');
  const decimals = decPart.replace(/[^0#?]/g, '').length;
  const minDecimals = decPart.replace(/[^0]/g, '').length;
  const group = intPart.includes(',');
  const minInt = intPart.replace(/[^0]/g, '').length;
  let [i, d = ''] = v.toFixed(decimals).split('.');
  while (d.length > minDecimals && d.endsWith('0')) d = d.slice(0, -1);
  if (i === '0' && minInt === 0) i = '';
  i = i.padStart(minInt, '0');
  if (group) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return d ? `${i}.${d}` : i;
}

export function formatDate(d: Date, format: string, tz: string): string {
  const w = wallOf(d.getTime(), tz);
  const twelve = /am\/pm|a\/p/i.test(format);
  const re =
    /"([^"]*)"|\\(.)|(y+|m+|d+|h+|s+|am\/pm|AM\/PM|a\/p|A\/P|\.0+)|(.)/g;
  const parts: Array<{tok?: string; lit?: string}> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(format))) {
    if (m[1] !== undefined) parts.push({lit: m[1]});
    else if (m[2] !== undefined) parts.push({lit: m[2]});
    else if (m[3] !== undefined) parts.push({tok: m[3]});
    else parts.push({lit: m[4]});
  }
  // 'm' after an hour or before a second means minutes.
  const tokIdx = parts.map((p, i) => (p.tok ? i : -1)).filter(i => i >= 0);
  let out = '';
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (!p.tok) {
      out += p.lit;
      continue;
    }
    const t = p.tok;
    const lower = t.toLowerCase();
    const pos = tokIdx.indexOf(k);
    const prev = pos > 0 ? parts[tokIdx[pos - 1]].tok!.toLowerCase() : '';
    const next =
      pos < tokIdx.length - 1 ? parts[tokIdx[pos + 1]].tok!.toLowerCase() : '';
    if (lower[0] === 'y')
      out +=
        lower.length <= 2
          ? String(w.year % 100).padStart(2, '0')
          : String(w.year);
    else if (
      lower[0] === 'm' &&
      lower.length <= 2 &&
      (prev[0] === 'h' || next[0] === 's')
    )
      out += lower.length === 2 ? pad(w.minute) : String(w.minute);
    else if (lower[0] === 'm') {
      if (lower.length === 1) out += String(w.month);
      else if (lower.length === 2) out += pad(w.month);
      else if (lower.length === 3) out += MONTHS[w.month - 1].slice(0, 3);
      else out += MONTHS[w.month - 1];
    } else if (lower[0] === 'd') {
      if (lower.length === 1) out += String(w.day);
      else if (lower.length === 2) out += pad(w.day);
      else if (lower.length === 3) out += DAYS[w.weekday].slice(0, 3);
      else out += DAYS[w.weekday];
    } else if (lower[0] === 'h') {
      const h = twelve ? w.hour % 12 || 12 : w.hour;
      out += lower.length >= 2 ? pad(h) : String(h);
    } else if (lower[0] === 's')
      out += lower.length >= 2 ? pad(w.second) : String(w.second);
    else if (lower === 'am/pm')
      out +=
        w.hour < 12
          ? t === 'am/pm'
            ? 'am'
            : 'AM'
          : t === 'am/pm'
            ? 'pm'
            : 'PM';
    else if (lower === 'a/p') out += w.hour < 12 ? 'a' : 'p';
    else if (t.startsWith('.'))
      out +=
        '.' +
        String(w.ms)
          .padStart(3, '0')
          .slice(0, t.length - 1);
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
