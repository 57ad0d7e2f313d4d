/**
 * Birthdays as owners write them: a date cell, or text such as 1990-08-15, 8-15, 8月15日,
 * or the lunar way, 农历八月十五, 腊月初八, 闰四月初五. The Birthday calendar column
 * (公历/农历) says which calendar the month and day belong to; text that itself says
 * 农历/陰曆/lunar wins. A lunar 30th can't be typed as a date cell (no month has 2-30 in
 * the solar calendar), so text like 1990-02-30 is read here rather than by parseDate.
 */
import {civilDay, dayNumber, DAY_MS, parseDay} from '../dates';
import {lunarAnniversary, lunarOfDay, ZH_NUMERALS} from './lunar';

export interface Birthday {
  calendar: 'solar' | 'lunar';
  month: number;
  day: number;
  /** Born in a leap month: kept, but celebrated in the ordinary month (see lunar.ts). */
  leap: boolean;
}

const LUNAR_WORD = /^(农历|農曆|农曆|農历|阴历|陰曆|阴曆|旧历|舊曆|lunar)\s*/i;
const SOLAR_WORD =
  /^(公历|公曆|國曆|国历|阳历|陽曆|新历|新曆|solar|gregorian)\s*/i;

const ZH_DIGITS: Record<string, number> = Object.fromEntries(
  [...ZH_NUMERALS].map((c, i) => [c, i + 1]),
);
const ZH_MONTHS: Record<string, number> = {
  ...ZH_DIGITS,
  正: 1,
  十一: 11,
  冬: 11,
  十二: 12,
  腊: 12,
  臘: 12,
};

function zhDay(s: string): number | null {
  const m = /^(初|十|廿|卅|二十|三十)?([一二三四五六七八九十])?$/.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const d = m[2] ? ZH_DIGITS[m[2]] : 0;
  switch (m[1]) {
    case '初':
      return d || null;
    case '十':
      return d === 10 ? null : 10 + d;
    case '廿':
    case '二十':
      return d === 10 ? null : 20 + d;
    case '卅':
    case '三十':
      return d ? null : 30;
    default:
      // 十 alone, or a bare digit as in 八月五
      return d;
  }
}

function valid(month: number, day: number): boolean {
  return (
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= 31
  );
}

/**
 * Reads a birthday cell; `kind` is the Birthday calendar column already parsed
 * ('solar' | 'lunar' | null). Null when no month and day can be read.
 */
export function parseBirthday(
  value: unknown,
  kind: string | null,
  tz: string,
): Birthday | null {
  let calendar: 'solar' | 'lunar' = kind === 'lunar' ? 'lunar' : 'solar';
  if (value instanceof Date || typeof value === 'number') {
    const day = parseDay(value, tz);
    if (day === null) return null;
    const t = new Date(day * DAY_MS);
    return {
      calendar,
      month: t.getUTCMonth() + 1,
      day: t.getUTCDate(),
      leap: false,
    };
  }
  if (typeof value !== 'string') return null;
  let s = value.normalize('NFKC').trim();
  if (!s || s.length > 40) return null;
  if (LUNAR_WORD.test(s)) {
    calendar = 'lunar';
    s = s.replace(LUNAR_WORD, '');
  } else if (SOLAR_WORD.test(s)) {
    calendar = 'solar';
    s = s.replace(SOLAR_WORD, '');
  }
  let leap = false;
  if (/^(闰|閏)/.test(s)) {
    leap = true;
    s = s.slice(1);
  }
  // Digits: [year sep] month sep day, or 月/日.
  const num =
    /^(?:(\d{4})\s*(?:[-/.]|年)\s*)?(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*[日号號]?$/.exec(
      s,
    );
  if (num) {
    const month = Number(num[2]);
    const day = Number(num[3]);
    if (!valid(month, day)) return null;
    if (calendar === 'lunar' && day > 30) return null;
    if (calendar === 'solar' && civilDay(2000, month, day) === null)
      return null;
    return {calendar, month, day, leap: calendar === 'lunar' && leap};
  }
  // Chinese numerals: 八月十五, 腊月初八, 正月十五日
  const zh =
    /^(正|十一|十二|冬|腊|臘|[一二三四五六七八九十])月(.+?)[日号號]?$/.exec(s);
  if (zh) {
    const month = ZH_MONTHS[zh[1]];
    const day = zhDay(zh[2]);
    if (!month || !day || day > 30) return null;
    // Written the lunar way, so lunar unless the calendar column says otherwise.
    const cal = kind === 'solar' && !LUNAR_WORD.test(value) ? 'solar' : 'lunar';
    if (cal === 'solar' && civilDay(2000, month, day) === null) return null;
    return {calendar: cal, month, day, leap: cal === 'lunar' && leap};
  }
  // Full dates in any other form parseDate knows (2025年3月5日 14:00 …).
  const d = parseDay(value, tz);
  if (d === null) return null;
  const t = new Date(d * DAY_MS);
  return {
    calendar,
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    leap: false,
  };
}

/**
 * The days in [from, to] on which this birthday is celebrated. A solar 29 February is
 * kept on 28 February in common years (still in the birthday's own month); a lunar one
 * in the ordinary month, on the month's last day when it is short (see lunar.ts).
 */
export function birthdaysBetween(
  b: Birthday,
  from: number,
  to: number,
): number[] {
  const out: number[] = [];
  if (b.calendar === 'solar') {
    const y0 = new Date(from * DAY_MS).getUTCFullYear();
    const y1 = new Date(to * DAY_MS).getUTCFullYear();
    for (let y = y0; y <= y1; y++) {
      const d =
        civilDay(y, b.month, b.day) ??
        (b.month === 2 && b.day === 29 ? civilDay(y, 2, 28) : null);
      if (d !== null && d >= from && d <= to) out.push(d);
    }
    return out;
  }
  const l0 = lunarOfDay(from);
  const l1 = lunarOfDay(to);
  if (!l0 || !l1) return out;
  for (let y = l0.year; y <= l1.year; y++) {
    const d = lunarAnniversary(y, b.month, Math.min(b.day, 30));
    if (d !== null && d >= from && d <= to) out.push(d);
  }
  return out;
}

/** Today's day in `tz` for a run at `now`. */
export function runDay(now: Date | number, tz: string): number {
  return dayNumber(now, tz);
}
