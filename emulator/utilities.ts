/**
 * Utilities and Logger. formatDate follows java.text.SimpleDateFormat patterns (what Apps
 * Script documents for it), computed with Intl in the given time zone; an unknown zone
 * falls back to GMT as Java's TimeZone does. sleep advances the virtual clock.
 */
import {createHash, randomUUID} from 'node:crypto';
import {Runtime} from './runtime';
import {isDate} from './values';
import {DAYS, isValidTimeZone, MONTHS, offsetMs, wallOf} from './zoned';

function zoneOffset(ms: number, tz: string, colon: boolean): string {
  const off = Math.round(offsetMs(ms, tz) / 60000);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return `${sign}${hh}${colon ? ':' : ''}${mm}`;
}

export function formatDate(
  date: Date,
  timeZone: string,
  pattern: string,
): string {
  const tz = isValidTimeZone(timeZone) ? timeZone : 'GMT';
  const ms = date.getTime();
  const w = wallOf(ms, tz);
  const dayOfYear =
    Math.round(
      (Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) /
        86_400_000,
    ) + 1;
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      out += pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const num = (v: number) => String(v).padStart(n, '0');
    switch (ch) {
      case 'G':
        out += w.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? String(w.year % 100).padStart(2, '0') : num(w.year);
        break;
      case 'M':
      case 'L':
        out +=
          n >= 4
            ? MONTHS[w.month - 1]
            : n === 3
              ? MONTHS[w.month - 1].slice(0, 3)
              : num(w.month);
        break;
      case 'd':
        out += num(w.day);
        break;
      case 'D':
        out += num(dayOfYear);
        break;
      case 'E':
        out += n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
        break;
      case 'u':
        out += num(w.weekday === 0 ? 7 : w.weekday);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += num(w.hour);
        break;
      case 'k':
        out += num(w.hour === 0 ? 24 : w.hour);
        break;
      case 'K':
        out += num(w.hour % 12);
        break;
      case 'h':
        out += num(w.hour % 12 === 0 ? 12 : w.hour % 12);
        break;
      case 'm':
        out += num(w.minute);
        break;
      case 's':
        out += num(w.second);
        break;
      case 'S':
        out += String(w.ms).padStart(3, '0').padStart(n, '0');
        break;
      case 'z':
        out +=
          tz === 'GMT' || tz === 'UTC' ? tz : `GMT${zoneOffset(ms, tz, true)}`;
        break;
      case 'Z':
        out += zoneOffset(ms, tz, false);
        break;
      case 'X':
        out += offsetMs(ms, tz) === 0 ? 'Z' : zoneOffset(ms, tz, n >= 3);
        break;
      case 'w':
      case 'W':
      case 'F': {
        const v =
          ch === 'F'
            ? Math.ceil(w.day / 7)
            : ch === 'W'
              ? Math.ceil(
                  (w.day +
                    new Date(Date.UTC(w.year, w.month - 1, 1)).getUTCDay()) /
                    7,
                )
              : Math.ceil(
                  (dayOfYear + new Date(Date.UTC(w.year, 0, 1)).getUTCDay()) /
                    7,
                );
        out += num(v);
        break;
      }
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

export class Utilities {
  readonly DigestAlgorithm = {
    MD5: 'md5',
    SHA_1: 'sha1',
    SHA_256: 'sha256',
    SHA_384: 'sha384',
    SHA_512: 'sha512',
  };
  readonly Charset = {UTF_8: 'utf8', US_ASCII: 'ascii'};

  constructor(private readonly rt: Runtime) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    this.rt.guard('Utilities', 'formatDate', 'free');
    if (
      !isDate(date) ||
      typeof timeZone !== 'string' ||
      typeof format !== 'string'
    ) {
      const t = [date, timeZone, format]
        .map(v =>
          isDate(v)
            ? 'Date'
            : v === null
              ? 'null'
              : typeof v === 'string'
                ? 'String'
                : typeof v,
        )
        .join(',');
      throw this.rt.error(
        `The parameters (${t}) don't match the method signature for Utilities.formatDate.`,
      );
    }
    try {
      return formatDate(date, timeZone, format);
    } catch (e) {
      throw this.rt.error(`Invalid argument: format (${(e as Error).message})`);
    }
  }
  getUuid(): string {
    this.rt.guard('Utilities', 'getUuid', 'free');
    return randomUUID();
  }
  /** Waits in virtual time (at most 5 minutes, like Apps Script). */
  sleep(milliseconds: number): void {
    this.rt.guard('Utilities', 'sleep', 'free');
    const ms = Number(milliseconds);
    if (!(ms >= 0) || ms > 300_000)
      throw this.rt.error('Invalid argument: milliseconds');
    this.rt.clock.advance(ms);
  }
  computeDigest(
    algorithm: string,
    value: string | number[],
    charset?: string,
  ): number[] {
    this.rt.guard('Utilities', 'computeDigest', 'free');
    const data =
      typeof value === 'string'
        ? Buffer.from(value, (charset as BufferEncoding) ?? 'utf8')
        : Buffer.from(value.map(b => b & 255));
    // Apps Script returns signed bytes.
    return [...createHash(algorithm).update(data).digest()].map(b =>
      b > 127 ? b - 256 : b,
    );
  }
  base64Encode(data: string | number[]): string {
    this.rt.guard('Utilities', 'base64Encode', 'free');
    return (
      typeof data === 'string'
        ? Buffer.from(data, 'utf8')
        : Buffer.from(data.map(b => b & 255))
    ).toString('base64');
  }
  base64Decode(encoded: string): number[] {
    this.rt.guard('Utilities', 'base64Decode', 'free');
    return [...Buffer.from(encoded, 'base64')].map(b =>
      b > 127 ? b - 256 : b,
    );
  }
  newBlob(data: string): {getDataAsString(): string; getBytes(): number[]} {
    this.rt.guard('Utilities', 'newBlob', 'free');
    const s = String(data);
    return {
      getDataAsString: () => s,
      getBytes: () => [...Buffer.from(s)].map(b => (b > 127 ? b - 256 : b)),
    };
  }
}

export class Logger {
  readonly lines: string[] = [];
  constructor(private readonly rt: Runtime) {}

  log(data: unknown, ...values: unknown[]): Logger {
    this.rt.guard('Logger', 'log', 'free');
    let s =
      typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data));
    for (const v of values) s = s.replace(/%s|%d/, String(v));
    this.lines.push(s);
    return this;
  }
  getLog(): string {
    this.rt.guard('Logger', 'getLog', 'free');
    return this.lines.join('\n');
  }
  clear(): void {
    this.rt.guard('Logger', 'clear', 'free');
    this.lines.length = 0;
  }
}
