/**
 * Satisfaction by month: ratings 1–5 of any feedback, complaints opened (by their date)
 * and resolved (by their resolved date), median days from one to the other.
 */
import {round2} from '../counter/money';
import {dayReader} from '../dates';
import {monthOfDay} from './calendar';
import {DashboardInput, DashboardOptions} from './input';
import {firstMonthShown} from './months';

export interface SatisfactionRow {
  month: number;
  ratingAverage: number | null;
  ratings: number;
  complaintsOpened: number;
  complaintsResolved: number;
  medianDaysToResolve: number | null;
}

export interface SatisfactionTable {
  satisfaction: SatisfactionRow[];
  openComplaints: number;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function satisfaction(
  input: DashboardInput,
  opts: DashboardOptions,
): SatisfactionTable {
  const thisMonth = monthOfDay(opts.today);
  const monthFrom = firstMonthShown(opts.today);
  const dayOf = dayReader(opts.tz);
  const rows: SatisfactionRow[] = [];
  const sums: number[] = [];
  const waits: number[][] = [];
  for (let m = monthFrom; m <= thisMonth; m++) {
    rows.push({
      month: m,
      ratingAverage: null,
      ratings: 0,
      complaintsOpened: 0,
      complaintsResolved: 0,
      medianDaysToResolve: null,
    });
    sums.push(0);
    waits.push([]);
  }
  let open = 0;
  const f = input.feedback;
  for (let i = 0; i < f.dates.length; i++) {
    const day = dayOf(f.dates[i]);
    if (day === null || day > opts.today) continue;
    const mi = monthOfDay(day) - monthFrom;
    const rating = ratingOf(f.ratings[i]);
    if (rating !== null && mi >= 0) {
      rows[mi].ratings++;
      sums[mi] += rating;
    }
    if (!input.isComplaint(f.types[i])) continue;
    if (mi >= 0) rows[mi].complaintsOpened++;
    const done = f.resolvedOn[i] === '' ? null : dayOf(f.resolvedOn[i]);
    if (done === null || done > opts.today) {
      // Marked resolved without a date: closed, but no month or wait to count.
      if (!input.isResolved(f.statuses[i])) open++;
      continue;
    }
    const ri = monthOfDay(done) - monthFrom;
    if (ri >= 0) {
      rows[ri].complaintsResolved++;
      waits[ri].push(Math.max(0, done - day));
    }
  }
  rows.forEach((r, i) => {
    if (r.ratings > 0) r.ratingAverage = round2(sums[i] / r.ratings);
    r.medianDaysToResolve = median(waits[i]);
  });
  return {satisfaction: rows, openComplaints: open};
}

/** A star rating 1–5 (a number, or text such as "4" or "★★★★"); null otherwise. */
export function ratingOf(v: unknown): number | null {
  let n: number | null = null;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') {
    const t = v.normalize('NFKC').trim();
    if (/^[★⭐]+$/u.test(t)) n = [...t].length;
    else if (/^\d+(\.\d+)?$/.test(t)) n = Number(t);
  }
  return n !== null && n >= 1 && n <= 5 ? n : null;
}
