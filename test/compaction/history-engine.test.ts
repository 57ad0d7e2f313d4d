/**
 * Compaction keeps every figure of the customer engine: on random shops, the sales
 * before the cut folded into history records give the same grades, segments, lifecycle,
 * value class, purchases, days and spend as the rows did, on the day of compaction and
 * on later days.
 */
import fc from 'fast-check';
import {CustomerStats, summariseSales} from '../../src/domain/customer-stats';
import {
  cutForMonths,
  daysOf,
  daysText,
  itemsOf,
  itemsText,
  latestCut,
  planCompaction,
  SaleCells,
} from '../../src/domain/compaction/history';
import {dateOfDay, dayToIso, isoToDay} from '../../src/domain/dates';
import {SPEND_YEAR_DAYS} from '../../src/domain/segments';

const TZ = 'Asia/Shanghai';
const TODAY = isoToDay('2026-11-30')!;
const WINDOW = 90;
const KEEP = Math.max(WINDOW, SPEND_YEAR_DAYS);

const keyArb = fc.constantFrom<unknown>(
  'C1',
  'c1 ',
  'C2',
  13800138000,
  '13800138000',
  'C3',
  '',
  '#N/A',
);
const amountArb = fc.oneof(
  fc.integer({min: -50, max: 500}),
  fc.constantFrom<unknown>('', '12.5', '¥1,234', 'abc'),
);
const saleArb = fc.record({
  customer: keyArb,
  ago: fc.integer({min: -3, max: 1200}),
  hour: fc.integer({min: 0, max: 23}),
  amount: amountArb,
  points: fc.oneof(fc.integer({min: 0, max: 50}), fc.constant('')),
  items: fc.constantFrom('', '奶茶', '冰红茶 ×2', '=1+1'),
  void: fc.constantFrom('', '', '', '作废'),
  badDate: fc.boolean(),
});

type Sale = {
  customer: unknown;
  ago: number;
  hour: number;
  amount: unknown;
  points: unknown;
  items: string;
  void: string;
  badDate: boolean;
};

function rowsOf(sales: Sale[]): SaleCells[] {
  return sales.map(s => ({
    customer: s.customer,
    date: s.badDate
      ? 'yesterday'
      : new Date(dateOfDay(TODAY - s.ago, TZ).getTime() + s.hour * 3_600_000),
    amount: s.amount,
    points: s.points,
    items: s.items,
    void: s.void,
  }));
}

function figures(rows: SaleCells[], asOf: number, history = [] as never[]) {
  const col = (k: keyof SaleCells) => rows.map(r => r[k]);
  const s = summariseSales(
    {
      customers: col('customer'),
      dates: col('date'),
      amounts: col('amount'),
      voids: col('void'),
    },
    {asOf, tz: TZ, history},
  );
  const round = (st: CustomerStats) => ({
    ...st,
    spend: Math.round(st.spend * 100) / 100,
    averageSpend: Math.round(st.averageSpend * 100) / 100,
    spendYear: Math.round(st.spendYear * 100) / 100,
    perMonth: Math.round(st.perMonth * 1e9) / 1e9,
  });
  return {
    customers: [...s.customers.values()]
      .map(round)
      .sort((a, b) => a.key.localeCompare(b.key)),
    purchases: s.purchases,
    anonymous: s.anonymous,
  };
}

test('folded rows count as they did: the same figures today and on later days', () => {
  fc.assert(
    fc.property(
      fc.array(saleArb, {maxLength: 120}),
      fc.integer({min: 0, max: 400}),
      (sales, later) => {
        const rows = rowsOf(sales as Sale[]);
        const cut = latestCut(TODAY, KEEP);
        const plan = planCompaction(rows, cut, TZ);
        const kept = rows.filter((_, i) => !plan.folded.includes(i));
        const history = [...plan.records.values()] as never[];
        for (const asOf of [TODAY, TODAY + later]) {
          expect(figures(kept, asOf, history)).toEqual(figures(rows, asOf));
        }
        // Nothing dated on or after the cut, and no unreadable date, is folded.
        for (const i of plan.folded) {
          expect((sales as Sale[])[i].badDate).toBe(false);
          expect(TODAY - (sales as Sale[])[i].ago).toBeLessThan(cut);
        }
      },
    ),
    {numRuns: 300},
  );
});

test('the cut keeps whole months and never reaches into a window', () => {
  // 13 months kept on 2026-11-30: from 2025-10-01.
  expect(dayToIso(cutForMonths('2026-11-30', 13, KEEP, TODAY))).toBe(
    '2025-10-01',
  );
  // Keeping 3 months would cut into the spend year: the cut moves back to it.
  expect(cutForMonths('2026-11-30', 3, KEEP, TODAY)).toBe(
    latestCut(TODAY, KEEP),
  );
  expect(TODAY - latestCut(TODAY, KEEP)).toBe(KEEP - 1);
});

test('item counts survive any item text', () => {
  const items = new Map([
    ['=HYPERLINK("x")', 2],
    ['冰红茶 ×2', 1],
    ['"quoted"', 3],
  ]);
  expect(itemsOf(itemsText(items))).toEqual(items);
  expect(itemsOf('not json')).toEqual(new Map());
});

test('purchase days survive as one cell', () => {
  const days = [TODAY - 900, TODAY - 900, TODAY - 898, TODAY - 500];
  expect(daysText(days)).toMatch(/^\d{4}-\d{2}-\d{2},0,2,398$/);
  expect(daysOf(daysText(days))).toEqual(days);
  expect(daysOf('garbage')).toEqual([]);
});
