/**
 * A history record as the sales it stands for, for readers that go through sales one by
 * one (the counter's card, the morning reminders) rather than the engine: as many sales
 * as its purchases, on the days that matter to them and carrying its totals. The first
 * and last purchase keep their days, the days near the cut (`tail`) are exact (a later
 * visit looks back a window through them), the others fall on the first day; the spend
 * is on the first sale among `spendCount` sales with an amount, the points on the
 * first, and each item count on as many sales.
 */
export interface ReplayRecord {
  key: string;
  first: number;
  last: number;
  purchases: number;
  spend: number;
  spendCount: number;
  points: number;
  items: ReadonlyMap<string, number>;
  tail: readonly number[];
}

export interface ReplayedSale {
  customer: string;
  day: number;
  amount: number | '';
  points: number | '';
  items: string;
}

export function replay(rec: ReplayRecord): ReplayedSale[] {
  const n = rec.purchases;
  if (!(n > 0) || !Number.isFinite(rec.first)) return [];
  // Every day known (histories written since days are kept): exact.
  if (rec.tail.length === n) {
    return spread(
      rec,
      [...rec.tail].sort((a, b) => a - b),
    );
  }
  const days: number[] = new Array<number>(n).fill(rec.first);
  // Exact days from the end: the tail (sorted), then the last purchase if not in it.
  const exact = [...rec.tail];
  if (!exact.includes(rec.last)) exact.push(rec.last);
  exact.sort((a, b) => a - b);
  for (let i = 0; i < exact.length && i < n - 1; i++) {
    days[n - 1 - i] = exact[exact.length - 1 - i];
  }
  if (n === 1) days[0] = rec.last;
  return spread(rec, days);
}

function spread(rec: ReplayRecord, days: readonly number[]): ReplayedSale[] {
  const items: string[] = [];
  for (const [text, count] of rec.items) {
    for (let i = 0; i < count; i++) items.push(text);
  }
  return days.map((day, i) => ({
    customer: rec.key,
    day,
    amount: i < rec.spendCount ? (i === 0 ? rec.spend : 0) : '',
    points: i === 0 ? rec.points : '',
    items: items[i] ?? '',
  }));
}
