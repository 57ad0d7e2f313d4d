/**
 * Compacting old sales: the Sales tab's rows dated before a cut become one history record
 * per customer, which the customer engine (customer-stats.ts) counts as those rows. A
 * record keeps what every figure needs of rows that old: purchases, first and last day,
 * spend and how many purchases had an amount, points (a row without its own earns them
 * at the Settings rate of the day of compaction, as the card counts them then), and item
 * counts (favourites).
 *
 * What it need not keep, by choice of the cut: anything inside a moving window. The
 * cut is at least `minKeepDays` before the day it runs (grading window, spend year, the
 * lapsed and lost days), so none of the folded purchases falls inside any window as of
 * that day or any later one; a "Grades as of" typed before the cut is the one case the
 * history cannot answer exactly (the folded rows count as made before it).
 */
import {isVoid} from '../counter/void-mark';
import {pointsFor} from '../counter/points';
import {parseAmount} from '../customer-stats';
import {dayReader, dayToIso, isoToDay} from '../dates';
import {normaliseKey} from '../keys';

/** What the engine adds for a customer from their history. */
export interface HistorySeed {
  /** The customer's key as the Sales tab had it ('' for walk-in sales). */
  key: unknown;
  first: number;
  last: number;
  purchases: number;
  spend: number;
  /** Purchases that had a readable amount. */
  spendCount: number;
}

export interface HistoryRecord extends HistorySeed {
  key: string;
  points: number;
  /** Item text → purchases that named it. */
  items: Map<string, number>;
  /** Sales rows folded (voided and unreadable-amount rows included). */
  rows: number;
  /**
   * The day of every folded purchase, ascending: the card lists a customer's days, and a
   * window looking back from a later visit (the grade at the last purchase) sees them.
   */
  tail: number[];
}

/** One Sales row as compaction reads it. */
export interface SaleCells {
  customer: unknown;
  date: unknown;
  amount?: unknown;
  points?: unknown;
  items?: unknown;
  void?: unknown;
}

export interface CompactionPlan {
  cut: number;
  /** By normalised key; '' holds the walk-in sales. */
  records: Map<string, HistoryRecord>;
  /** 0-based indexes of the rows folded, ascending. */
  folded: number[];
}

/**
 * The rows dated before `cut` and the history they become. A row whose date can't be
 * read stays (it is reported as before and the owner may fix it); so does every row on
 * or after the cut. A voided row is folded and counts for nothing but its row.
 */
export function planCompaction(
  rows: readonly SaleCells[],
  cut: number,
  tz: string,
  pointsPerUnit = 0,
): CompactionPlan {
  const dayOf = dayReader(tz);
  const records = new Map<string, HistoryRecord>();
  const folded: number[] = [];
  rows.forEach((r, i) => {
    const day = dayOf(r.date);
    if (day === null || day >= cut) return;
    folded.push(i);
    const key = normaliseKey(r.customer);
    let rec = records.get(key);
    if (!rec) {
      rec = {
        key,
        first: Infinity,
        last: -Infinity,
        purchases: 0,
        spend: 0,
        spendCount: 0,
        points: 0,
        items: new Map(),
        rows: 0,
        tail: [],
      };
      records.set(key, rec);
    }
    rec.rows++;
    if (isVoid(r.void)) return;
    rec.purchases++;
    if (day < rec.first) rec.first = day;
    if (day > rec.last) rec.last = day;
    rec.tail.push(day);
    const a = parseAmount(r.amount);
    if (typeof a === 'number') {
      rec.spend += a;
      rec.spendCount++;
    }
    // Points as the card counts them: the row's own, else earned by the rate of now.
    const p = typeof r.points === 'number' ? r.points : NaN;
    if (Number.isFinite(p)) rec.points += p;
    else if (typeof a === 'number') rec.points += pointsFor(a, pointsPerUnit);
    const item = typeof r.items === 'string' ? r.items.trim() : '';
    if (item) rec.items.set(item, (rec.items.get(item) ?? 0) + 1);
  });
  // A key whose folded rows were all voided bought nothing then: only its rows count.
  for (const rec of records.values()) {
    rec.tail.sort((a, b) => a - b);
    if (rec.purchases === 0) {
      rec.first = NaN;
      rec.last = NaN;
    }
  }
  return {cut, records, folded};
}

/** Days as one cell: the first as an ISO date, then the gaps ("2025-03-01,0,2,7"). */
export function daysText(days: readonly number[]): string {
  if (days.length === 0) return '';
  const out = [dayToIso(days[0])];
  for (let i = 1; i < days.length; i++) out.push(String(days[i] - days[i - 1]));
  return out.join(',');
}

export function daysOf(text: unknown): number[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const [first, ...gaps] = text.split(',');
  let day = isoToDay(first.trim());
  if (day === null) return [];
  const out = [day];
  for (const g of gaps) {
    const n = Number(g);
    if (!Number.isInteger(n) || n < 0) return [];
    day += n;
    out.push(day);
  }
  return out;
}

/** The item counts as the History tab keeps them: JSON, so any item text survives. */
export function itemsText(items: ReadonlyMap<string, number>): string {
  if (items.size === 0) return '';
  return JSON.stringify(Object.fromEntries(items));
}

export function itemsOf(text: unknown): Map<string, number> {
  const out = new Map<string, number>();
  if (typeof text !== 'string' || text.trim() === '') return out;
  try {
    const o = JSON.parse(text) as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'number' && v > 0) out.set(k, v);
    }
  } catch {
    // An owner's edit that is no longer JSON: no item counts, the rest still counts.
  }
  return out;
}

/**
 * The earliest cut allowed on `today`: every window a figure looks through ends after
 * it, now and on every later day.
 */
export function latestCut(today: number, minKeepDays: number): number {
  return today - minKeepDays + 1;
}

/**
 * The cut for "keep the last `months` months in full": the first day of the month
 * `months` months before this one (whole months kept), never later than latestCut.
 */
export function cutForMonths(
  todayIso: string,
  months: number,
  minKeepDays: number,
  today: number,
): number {
  const [y, m] = todayIso.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const first = Date.UTC(year, month - 1, 1) / 86_400_000;
  return Math.min(first, latestCut(today, minKeepDays));
}
