/**
 * Compact old sales through the built bundle: on random shops the Customers tab (grades,
 * purchases a month, last visit, spend, segments) and Refresh grades' counts are the
 * same before and after; a kill at any service call followed by a rerun never loses or
 * doubles a sale.
 */
import fc from 'fast-check';
import {DEFAULT_GRADE_RULES} from '../../src/domain/grading';
import {isoToDay} from '../../src/domain/dates';
import {readShopFacts} from '../../src/usecases/reminders-facts';
import {bundleShop, CUSTOMERS, putRows, SALES, sheetOf} from '../counter/shop';

type Emu = ReturnType<typeof bundleShop>['emu'];
type App = ReturnType<typeof bundleShop>['app'];

const NOW = '2026-11-30T02:00:00Z';
const DAY = 86_400_000;

interface Sale {
  who: number;
  ago: number;
  amount: number;
  voided: boolean;
}

function shopWith(sales: Sale[], customers = 6): {emu: Emu; app: App} {
  const {emu, app} = bundleShop('zh_CN', NOW);
  putRows(
    emu,
    CUSTOMERS,
    Array.from({length: customers}, (_, i) => ({
      id: `C${i + 1}`,
      name: `客${i + 1}`,
      phone: `1380000000${i}`,
    })),
  );
  putRows(
    emu,
    SALES,
    sales.map(s => ({
      date: new Date(Date.parse(NOW) - s.ago * DAY),
      // Some sales were logged under the phone, some were walk-ins.
      customer:
        s.who === customers
          ? ''
          : s.who % 3 === 2
            ? `1380000000${s.who}`
            : `C${s.who + 1}`,
      amount: s.amount,
      items: s.ago % 2 ? '奶茶' : '冰红茶 ×2',
      void: s.voided ? '作废' : '',
    })),
  );
  return {emu, app};
}

function customersValues(emu: Emu): unknown[][] {
  return sheetOf(emu, CUSTOMERS).getDataRange().getValues();
}

function salesCount(emu: Emu): number {
  return sheetOf(emu, SALES)
    .getDataRange()
    .getValues()
    .slice(1)
    .filter(r => r.some(v => v !== '')).length;
}

/** Purchases the history holds (rows folded, voided included) once finished. */
function historyRows(emu: Emu): {rows: number; pending: number} {
  const s = emu.spreadsheet.getSheetByName('销售历史');
  if (!s) return {rows: 0, pending: 0};
  const v = s.getDataRange().getValues();
  const h = v[0];
  const rows = h.indexOf('合并行数');
  const status = h.indexOf('状态');
  let n = 0;
  let pending = 0;
  for (const r of v.slice(1)) {
    if (r[status] !== '') pending += Number(r[rows]) || 0;
    else n += Number(r[rows]) || 0;
  }
  return {rows: n, pending};
}

/** What the morning reminders read of the shop (src, on the same emulator). */
function facts(emu: Emu): unknown {
  const uninstall = emu.install();
  try {
    return readShopFacts(SpreadsheetApp.getActiveSpreadsheet(), {
      today: isoToDay('2026-11-30')!,
      tz: 'Asia/Shanghai',
      lang: 'zh-CN',
      grade: DEFAULT_GRADE_RULES,
      largeSale: 200,
      largeSaleLookback: 14,
    });
  } finally {
    uninstall();
  }
}

/**
 * The counter's card of each customer, through google.script.run. Favourites bought
 * equally often are listed in the order the card met them (Sales row order), which the
 * history, one row a customer, does not keep: equal counts are compared as a set.
 */
async function cards(emu: Emu, n = 6): Promise<unknown[]> {
  const out = [];
  for (let i = 1; i <= n; i++) {
    const card = (await emu.scriptRun('customerCard', [`C${i}`])) as {
      favourites?: Array<{item: string; count: number}>;
    } | null;
    card?.favourites?.sort(
      (a, b) => b.count - a.count || (a.item < b.item ? -1 : 1),
    );
    out.push(card);
  }
  return out;
}

function compact(emu: Emu, app: App): string {
  emu.ui.answer('YES');
  app.call('compactOldSales');
  return String(emu.ui.alerts.at(-1)?.prompt ?? '');
}

function refreshCounts(emu: Emu, app: App): string {
  app.call('refreshGrades');
  return String(emu.ui.alerts.at(-1)?.prompt ?? '').split('\n')[1];
}

const saleArb = fc.record({
  who: fc.integer({min: 0, max: 6}),
  ago: fc.integer({min: 0, max: 1100}),
  amount: fc.integer({min: 1, max: 300}),
  voided: fc.boolean().map(b => b && Math.random() < 0.2),
});

async function sameAfterCompaction(sales: Sale[]): Promise<void> {
  const {emu, app} = shopWith(sales);
  const before = customersValues(emu);
  const counts = refreshCounts(emu, app);
  const cardsBefore = await cards(emu);
  const factsBefore = facts(emu);
  const rows = salesCount(emu);
  const said = compact(emu, app);
  const folded = historyRows(emu).rows;
  expect(salesCount(emu) + folded).toBe(rows);
  if (folded > 0) expect(said).toMatch(/已把 .* 以前的 \d+ 行销售合并/);
  expect(customersValues(emu)).toEqual(before);
  expect(refreshCounts(emu, app)).toBe(counts);
  expect(await cards(emu)).toEqual(cardsBefore);
  expect(facts(emu)).toEqual(factsBefore);
  // Again: nothing left to fold, nothing changes.
  compact(emu, app);
  expect(customersValues(emu)).toEqual(before);
  expect(historyRows(emu).rows).toBe(folded);
}

test('the Customers tab, Refresh grades, the cards and the reminders’ facts are the same after compaction (random shops)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(saleArb, {minLength: 1, maxLength: 30}), sales =>
      sameAfterCompaction(sales as Sale[]),
    ),
    {numRuns: 3},
  );
});

test('"you may also like" counts the compacted sales: a pair bought over a year ago still goes together', async () => {
  // A shop where the only other buyer of 奶茶 bought it 426 days ago (folded away).
  await sameAfterCompaction([
    {who: 1, ago: 3, amount: 1, voided: false},
    {who: 0, ago: 0, amount: 1, voided: false},
    {who: 2, ago: 426, amount: 1, voided: false},
    {who: 1, ago: 0, amount: 1, voided: false},
    {who: 0, ago: 3, amount: 1, voided: false},
  ]);
});

test('killed at any call, then run again: no sale lost or doubled', () => {
  const sales: Sale[] = [];
  for (let i = 0; i < 24; i++) {
    sales.push({
      who: i % 7,
      ago: 30 + i * 40,
      amount: 10 + i,
      voided: i === 20,
    });
  }
  const reference = shopWith(sales);
  const before = customersValues(reference.emu);
  const rows = salesCount(reference.emu);
  compact(reference.emu, reference.app);
  const calls = reference.emu.faults.lastCalls;
  expect(calls).toBeGreaterThan(5);
  for (let k = 1; k <= calls; k++) {
    const {emu, app} = shopWith(sales);
    emu.ui.answer('YES');
    emu.faults.killAt(k, {keepUnflushed: k % 2 ? 'all' : 0});
    expect(() => app.call('compactOldSales')).toThrow(/Exceeded maximum/);
    const mid = historyRows(emu);
    // Never both counted: a sale is in the Sales tab or in finished history, or pending.
    expect(salesCount(emu) + mid.rows + mid.pending).toBeGreaterThanOrEqual(
      rows,
    );
    compact(emu, app);
    const after = historyRows(emu);
    expect({k, pending: after.pending}).toEqual({k, pending: 0});
    expect({k, total: salesCount(emu) + after.rows}).toEqual({k, total: rows});
    expect(customersValues(emu)).toEqual(before);
  }
});
