/**
 * How long a customer's details are kept (PIPL Art. 19): Settings' months after their
 * last visit or contact. Past it, the owner is told and decides: erase, or keep with a
 * reason, which holds for another full period from the day it was decided.
 */
import {dayToIso, isoToDay} from '../dates';

/** The day `months` calendar months before `day` (the 31st falls back to the month's end). */
export function monthsBefore(day: number, months: number): number {
  const [y, m, d] = dayToIso(day).split('-').map(Number);
  const total = y * 12 + (m - 1) - Math.floor(months);
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const iso = `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  return isoToDay(iso) as number;
}

export interface RetentionFacts {
  /** Last purchase, contact or (never either) the day they joined: null when none known. */
  lastSeen: number | null;
  /** The latest day the owner chose to keep them, null when never. */
  keptOn: number | null;
}

/** True when they are past the period and not kept; false when months is off (0/blank). */
export function isPastRetention(
  f: RetentionFacts,
  today: number,
  months: number | null,
): boolean {
  if (!months || !(months > 0) || f.lastSeen === null) return false;
  const cutoff = monthsBefore(today, months);
  if (f.lastSeen >= cutoff) return false;
  return f.keptOn === null || f.keptOn < cutoff;
}

export function latest(...days: Array<number | null>): number | null {
  let out: number | null = null;
  for (const d of days) if (d !== null && (out === null || d > out)) out = d;
  return out;
}
