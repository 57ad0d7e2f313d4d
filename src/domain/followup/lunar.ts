/**
 * The Chinese lunar calendar (农历) as day numbers (days since 1970-01-01, as in
 * ../dates.ts). The month tables come from `solarlunar` (1900–2100, 14 KB minified);
 * tyme4ts and lunar-javascript compute the same calendar astronomically but weigh
 * 220–330 KB minified, and Apps Script loads the whole bundle on every execution, menus
 * included. A test checks every day of 1901–2099 against tyme4ts.
 *
 * Only the table lookups of the library are used: its `solar2lunar` also builds
 * stems, branches and solar terms on each call, which a daily run over thousands of
 * birthdays does not need. The arithmetic here walks a per-year index built once.
 */
import solarLunar from 'solarlunar';
import {civilDay} from '../dates';

export const LUNAR_FIRST_YEAR = 1900;
export const LUNAR_LAST_YEAR = 2100;

export interface LunarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–30
  leap: boolean; // a leap month (闰月) repeats the number of the month before it
}

interface YearIndex {
  start: number; // day number of 正月初一
  months: Array<{month: number; leap: boolean; start: number; days: number}>;
}

let years: YearIndex[] | null = null;

function index(): YearIndex[] {
  if (years) return years;
  const out: YearIndex[] = [];
  // 1900年正月初一 = 1900-01-31.
  let start = civilDay(1900, 1, 31) as number;
  for (let y = LUNAR_FIRST_YEAR; y <= LUNAR_LAST_YEAR; y++) {
    const leapMonth = solarLunar.leapMonth(y);
    const months: YearIndex['months'] = [];
    let d = start;
    for (let m = 1; m <= 12; m++) {
      const days = solarLunar.monthDays(y, m);
      months.push({month: m, leap: false, start: d, days});
      d += days;
      if (m === leapMonth) {
        const leapDays = solarLunar.leapDays(y);
        months.push({month: m, leap: true, start: d, days: leapDays});
        d += leapDays;
      }
    }
    out.push({start, months});
    start = d;
  }
  years = out;
  return out;
}

/** The lunar date of a day number; null outside 1900–2100. */
export function lunarOfDay(day: number): LunarDate | null {
  const ys = index();
  if (!Number.isFinite(day) || day < ys[0].start) return null;
  let lo = 0;
  let hi = ys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ys[mid].start <= day) lo = mid;
    else hi = mid - 1;
  }
  const y = ys[lo];
  for (const m of y.months) {
    if (day < m.start + m.days) {
      return {
        year: LUNAR_FIRST_YEAR + lo,
        month: m.month,
        day: day - m.start + 1,
        leap: m.leap,
      };
    }
  }
  return null; // after the last month of 2100
}

/** How many days (29 or 30) a lunar month has; null when that month does not exist. */
export function lunarMonthDays(
  year: number,
  month: number,
  leap = false,
): number | null {
  const y = index()[year - LUNAR_FIRST_YEAR];
  const m = y?.months.find(x => x.month === month && x.leap === leap);
  return m ? m.days : null;
}

/** The day number of an exact lunar date; null when it does not exist. */
export function lunarToDay(
  year: number,
  month: number,
  day: number,
  leap = false,
): number | null {
  const y = index()[year - LUNAR_FIRST_YEAR];
  const m = y?.months.find(x => x.month === month && x.leap === leap);
  if (!m || !Number.isInteger(day) || day < 1 || day > m.days) return null;
  return m.start + day - 1;
}

/**
 * The day a lunar anniversary (birthday, festival) falls on in lunar year `year`, as
 * people keep it: always in the ordinary month of that number (someone born in 闰四月
 * celebrates in 四月 every year, since most years have no leap fourth month and
 * families do not wait for one), and on the month's last day when it has 29 days and
 * the date is the 30th (腊月三十 becomes 腊月廿九, which is also New Year's Eve).
 */
export function lunarAnniversary(
  year: number,
  month: number,
  day: number,
): number | null {
  const days = lunarMonthDays(year, month, false);
  if (days === null || day < 1 || day > 30) return null;
  return lunarToDay(year, month, Math.min(day, days), false);
}

/** 一 … 十, the numerals of lunar months and days. */
export const ZH_NUMERALS = '一二三四五六七八九十';

/** 正月 … 腊月 and 初一 … 三十, for messages in Chinese. */
const DIGIT_ZH = ['', ...ZH_NUMERALS];
const MONTH_ZH = ['正', ...DIGIT_ZH.slice(2), '冬', '腊'];

export function lunarMonthName(month: number, leap = false): string {
  return `${leap ? '闰' : ''}${MONTH_ZH[month - 1] ?? month}月`;
}

export function lunarDayName(day: number): string {
  if (day <= 10) return `初${DIGIT_ZH[day]}`;
  if (day < 20) return `十${DIGIT_ZH[day - 10]}`;
  if (day === 20) return '二十';
  if (day < 30) return `廿${DIGIT_ZH[day - 20]}`;
  return '三十';
}
