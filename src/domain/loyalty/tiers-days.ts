/**
 * Double points days of a tier, as the owner types them in one cell: weekdays in any of
 * the three languages (周三, 星期三, 週三, 礼拜三, Wed, Wednesday) and dates, either every
 * year (11-11, 11/11, 11月11日) or once (2025-11-11), separated by commas, 、 or spaces.
 * A word that is neither is reported and left out, never guessed.
 */
import {civilDay, dayReader} from '../dates';

export interface DoubleDays {
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
  /** Every year: month * 100 + day (1111 for 11-11). */
  monthDays: number[];
  /** Once: day numbers. */
  days: number[];
}

export const NO_DOUBLE_DAYS: DoubleDays = {
  weekdays: [],
  monthDays: [],
  days: [],
};

const ZH_WEEKDAY = '日一二三四五六';
const EN_WEEKDAYS = [
  ['sun', 'sunday'],
  ['mon', 'monday'],
  ['tue', 'tues', 'tuesday'],
  ['wed', 'wednesday'],
  ['thu', 'thur', 'thurs', 'thursday'],
  ['fri', 'friday'],
  ['sat', 'saturday'],
];

function weekdayOf(token: string): number | null {
  const zh = /^(?:周|週|星期|礼拜|禮拜)([日天一二三四五六七])$/.exec(token);
  if (zh) {
    const c = zh[1] === '天' || zh[1] === '七' ? '日' : zh[1];
    return ZH_WEEKDAY.indexOf(c);
  }
  const en = token.toLowerCase().replace(/s$/, '');
  const i = EN_WEEKDAYS.findIndex(
    names => names.includes(en) || names.includes(token.toLowerCase()),
  );
  return i >= 0 ? i : null;
}

function monthDayOf(token: string): number | null {
  const m =
    /^(\d{1,2})[-/.](\d{1,2})$/.exec(token) ??
    /^(\d{1,2})月(\d{1,2})[日号號]?$/.exec(token);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  // 2024 is a leap year: 2-29 is a day some years have.
  return civilDay(2024, month, day) === null ? null : month * 100 + day;
}

function dateOf(token: string): number | null {
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(token) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})[日号號]?$/.exec(token);
  if (!m) return null;
  return civilDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function parseDoubleDays(
  v: unknown,
  tz = 'UTC',
): {
  days: DoubleDays;
  unread: string[];
} {
  const out: DoubleDays = {weekdays: [], monthDays: [], days: []};
  const unread: string[] = [];
  if (v instanceof Date) {
    // A single date typed into the cell arrives as a Date: the owner meant that day.
    const d = dayReader(tz)(v);
    if (d !== null) out.days.push(d);
    return {days: out, unread};
  }
  const s = String(v ?? '').normalize('NFKC');
  for (const token of s.split(/[\s,，、;；]+/).filter(Boolean)) {
    const w = weekdayOf(token);
    if (w !== null) {
      if (!out.weekdays.includes(w)) out.weekdays.push(w);
      continue;
    }
    const md = monthDayOf(token);
    if (md !== null) {
      out.monthDays.push(md);
      continue;
    }
    const d = dateOf(token);
    if (d !== null) {
      out.days.push(d);
      continue;
    }
    unread.push(token);
  }
  return {days: out, unread};
}

/** 0 = Sunday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isDoubleDay(days: DoubleDays, day: number): boolean {
  if (days.days.includes(day)) return true;
  if (days.weekdays.includes(weekdayOfDay(day))) return true;
  if (days.monthDays.length === 0) return false;
  const d = new Date(day * 86_400_000);
  const md = (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
  return days.monthDays.includes(md);
}

/** What earning is multiplied by on `day` for a customer of a tier with these days. */
export function pointsMultiplier(days: DoubleDays | null, day: number): number {
  return days && isDoubleDay(days, day) ? 2 : 1;
}
