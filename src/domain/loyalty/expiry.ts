/**
 * Points expire first earned, first spent (FIFO). Every addition to a customer's
 * balance (a sale, a referral, a birthday gift, an adjustment up, a void that gives
 * points back) is a lot dated the day it was added; every deduction (a redemption, an
 * adjustment down, a void that takes points back, an earlier expiry) uses up the oldest
 * lots first. On a given day, what is left of the lots added more than N months before
 * expires, in one row. So a customer who earned 100 in January and spent 60 in March
 * loses the remaining 40 when January's lot is N months old, and nothing they earned
 * since. An earlier expiry row is itself a deduction, so a lot never expires twice.
 *
 * A row without a readable date can't be aged: it is never expired (and its points are
 * used up after all dated lots, as the newest).
 */
import {civilDay, dayToIso} from '../dates';

export interface Movement {
  /** The day it happened (day number), null when the row has no readable date. */
  day: number | null;
  /** + or − whole points. */
  units: number;
}

/** The day N months before `today` (the same day of the month, or the month's last). */
export function monthsBefore(today: number, months: number): number {
  const [y, m, d] = dayToIso(today).split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  for (let day = d; day >= 28; day--) {
    const n = civilDay(year, month, day);
    if (n !== null) return n;
  }
  return civilDay(year, month, Math.min(d, 28)) as number;
}

/**
 * The points to expire today: what is left of the lots added before `cutoff` (a day
 * number: lots of that day or later are kept).
 */
export function pointsToExpire(
  movements: readonly Movement[],
  cutoff: number,
): number {
  const dated = movements.filter(m => m.day !== null);
  const undated = movements.filter(m => m.day === null);
  const lots: Array<{day: number; left: number}> = [];
  // In date order (rows may be sorted by hand); within a day, as they stand.
  const ordered = dated
    .map((m, i) => ({m, i}))
    .sort((a, b) => (a.m.day as number) - (b.m.day as number) || a.i - b.i)
    .map(x => x.m)
    .concat(undated);
  for (const m of ordered) {
    if (m.units > 0) {
      lots.push({day: m.day ?? Number.POSITIVE_INFINITY, left: m.units});
      continue;
    }
    let take = -m.units;
    for (const lot of lots) {
      if (take <= 0) break;
      const used = Math.min(lot.left, take);
      lot.left -= used;
      take -= used;
    }
  }
  let expire = 0;
  for (const lot of lots) if (lot.day < cutoff) expire += lot.left;
  return expire;
}
