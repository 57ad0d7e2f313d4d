/**
 * Local time in the bundle is the script's time zone, as in Apps Script: a Date's
 * getHours(), setHours(), toString(), `new Date(2025, 2, 5)`, Date.parse of a time
 * without an offset, toLocaleString() and Intl.DateTimeFormat without a timeZone all
 * read or write the wall clock of appsscript.json's `timeZone`. (Session reference,
 * getScriptTimeZone: "spreadsheets have a separate time zone ... Spreadsheet time zones
 * that differ from the script time zone are a frequent source of scripting bugs.")
 *
 * Node has one zone per process and jest hides process.env from a test, so the bundle's
 * realm gets its own local time here instead: the Date prototype's local methods are
 * replaced by ones that ask the emulator for the wall clock in the script's zone.
 */
import {instantOf, offsetMs, wallOf} from './zoned';

/** [year, month 0–11, day, hour, minute, second, ms, weekday, offset in minutes]. */
export type WallParts = number[];

export interface LocalTimeHost {
  zone(): string;
  wall(ms: number): WallParts;
  /** The instant of local components, overflowing as Date's local constructor does. */
  instant(parts: number[]): number;
}

export function localTimeHost(zone: () => string): LocalTimeHost {
  return {
    zone,
    wall(ms) {
      const tz = zone();
      const w = wallOf(ms, tz);
      return [
        w.year,
        w.month - 1,
        w.day,
        w.hour,
        w.minute,
        w.second,
        w.ms,
        w.weekday,
        offsetMs(ms, tz) / 60_000,
      ];
    },
    instant(parts) {
      const [y, mo = 0, d = 1, h = 0, mi = 0, s = 0, ms = 0] =
        parts.map(Number);
      // Date.UTC carries overflow (month 12, day 0, hour 25) and maps years 0–99 to
      // 1900–1999, as the local constructor does; the sum is then read in the zone.
      const t = new Date(Date.UTC(y, mo, d, h, mi, s, ms));
      if (Number.isNaN(t.getTime())) return NaN;
      return instantOf(
        zone(),
        t.getUTCFullYear(),
        t.getUTCMonth() + 1,
        t.getUTCDate(),
        t.getUTCHours(),
        t.getUTCMinutes(),
        t.getUTCSeconds(),
        t.getUTCMilliseconds(),
      );
    },
  };
}

/** Runs in the bundle's realm with a LocalTimeHost. */
export const LOCAL_TIME_SHIM = `(function (host) {
  const Base = Date;
  const proto = Base.prototype;
  const real = {
    getFullYear: proto.getFullYear, getMonth: proto.getMonth, getDate: proto.getDate,
    getHours: proto.getHours, getMinutes: proto.getMinutes, getSeconds: proto.getSeconds,
    getMilliseconds: proto.getMilliseconds,
    toLocaleString: proto.toLocaleString,
    toLocaleDateString: proto.toLocaleDateString,
    toLocaleTimeString: proto.toLocaleTimeString,
  };
  const NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
    'Nov', 'Dec'];
  const p2 = n => String(n).padStart(2, '0');
  const wall = d => host.wall(d.getTime());
  const define = (name, fn) =>
    Object.defineProperty(proto, name, {value: fn, writable: true, configurable: true});
  const getters = ['getFullYear', 'getMonth', 'getDate', 'getHours', 'getMinutes',
    'getSeconds', 'getMilliseconds'];
  getters.forEach((name, i) =>
    define(name, function () {
      return Number.isNaN(this.getTime()) ? NaN : wall(this)[i];
    }));
  define('getDay', function () {
    return Number.isNaN(this.getTime()) ? NaN : wall(this)[7];
  });
  define('getYear', function () {
    return this.getFullYear() - 1900;
  });
  define('getTimezoneOffset', function () {
    return Number.isNaN(this.getTime()) ? NaN : -wall(this)[8];
  });
  // Each setter replaces the components from its position on, as the spec lists them.
  const setters = [['setFullYear', 0], ['setMonth', 1], ['setDate', 2],
    ['setHours', 3], ['setMinutes', 4], ['setSeconds', 5], ['setMilliseconds', 6]];
  for (const [name, at] of setters) {
    define(name, function (...args) {
      const t = this.getTime();
      if (Number.isNaN(t) && at !== 0) return NaN;
      const parts = Number.isNaN(t) ? [1970, 0, 1, 0, 0, 0, 0] : wall(this).slice(0, 7);
      const width = at === 0 ? 3 : at === 1 ? 2 : at === 2 ? 1 : at === 3 ? 4 : at === 4 ? 3 : at === 5 ? 2 : 1;
      args.slice(0, width).forEach((v, k) => { parts[at + k] = Number(v); });
      return this.setTime(host.instant(parts));
    });
  }
  const offset = w => {
    const m = Math.abs(w[8]);
    return 'GMT' + (w[8] < 0 ? '-' : '+') + p2(Math.floor(m / 60)) + p2(m % 60);
  };
  const datePart = w =>
    NAMES[w[7]] + ' ' + MONTHS[w[1]] + ' ' + p2(w[2]) + ' ' + String(w[0]).padStart(4, '0');
  const timePart = w =>
    p2(w[3]) + ':' + p2(w[4]) + ':' + p2(w[5]) + ' ' + offset(w) + ' (' + host.zone() + ')';
  define('toString', function () {
    if (Number.isNaN(this.getTime())) return 'Invalid Date';
    const w = wall(this);
    return datePart(w) + ' ' + timePart(w);
  });
  define('toDateString', function () {
    return Number.isNaN(this.getTime()) ? 'Invalid Date' : datePart(wall(this));
  });
  define('toTimeString', function () {
    return Number.isNaN(this.getTime()) ? 'Invalid Date' : timePart(wall(this));
  });
  const zoned = o =>
    o !== undefined && o !== null && o.timeZone !== undefined
      ? o
      : Object.assign({}, o, {timeZone: host.zone()});
  for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
    define(name, function (locales, options) {
      return real[name].call(this, locales, zoned(options));
    });
  }
  const RealFormat = Intl.DateTimeFormat;
  Intl.DateTimeFormat = new Proxy(RealFormat, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, [args[0], zoned(args[1])], newTarget);
    },
    apply(target, self, args) {
      return Reflect.apply(target, self, [args[0], zoned(args[1])]);
    },
  });
  // A date-time written without an offset is local; a date alone is UTC (ECMAScript).
  const parse = s => {
    const t = Base.parse(s);
    const text = String(s).trim();
    if (Number.isNaN(t) || /(?:Z|GMT|UTC|[+-]\\d{2}:?\\d{2})(?:\\s*\\(.*\\))?$/i.test(text) ||
      /^[+-]?\\d{4,6}(?:-\\d{2}(?:-\\d{2})?)?$/.test(text)) {
      return t;
    }
    const d = new Base(t);
    const parts = ['getFullYear', 'getMonth', 'getDate', 'getHours', 'getMinutes',
      'getSeconds', 'getMilliseconds'].map(n => real[n].call(d));
    return host.instant(parts);
  };
  globalThis.Date = new Proxy(Base, {
    construct(target, args, newTarget) {
      if (args.length >= 2) {
        return Reflect.construct(target, [host.instant(args)], newTarget);
      }
      if (args.length === 1 && typeof args[0] === 'string') {
        return Reflect.construct(target, [parse(args[0])], newTarget);
      }
      return Reflect.construct(target, args, newTarget);
    },
    get(target, prop, receiver) {
      if (prop === 'parse') return parse;
      return Reflect.get(target, prop, receiver);
    },
  });
})`;
