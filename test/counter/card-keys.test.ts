/**
 * The card counts a customer's sales under the id and under the phone together, as the
 * Customers tab's formulas do (CUSTOMER_* with customer_phones): the same grade, visits,
 * last visit and spend; and the grade the sidebar recomputes after a sale (afterSale,
 * from the card's purchase days) is the one the formulas then show.
 */
import {
  counterBootstrap,
  customerCard,
  logSale,
} from '../../src/usecases/counter';
import {afterSale} from '../../src/domain/counter/card-update';
import {customerFn, PICKS} from '../../src/usecases/custom-functions/picks';
import {CustomFunctionHost} from '../../src/usecases/custom-functions/host';
import {
  CUSTOMERS,
  deps,
  Emu,
  LI,
  putRows,
  rowsOf,
  saleRequest,
  SALES,
  shopForTests,
  ZHANG,
} from './shop';

let emu: Emu;
shopForTests(e => (emu = e), {customers: [ZHANG, LI]});

/** `n` sales by hand under the phone (as a number, as Sheets reads it), 1 under the id. */
function phoneAndIdSales(n: number): void {
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      date: new Date(Date.UTC(2025, 5, 1 + i, 3)),
      customer: 13800138000,
      items: '奶茶',
      amount: 10,
    });
  }
  rows.push({
    date: new Date(Date.UTC(2025, 5, 14, 3)),
    customer: 'C00001',
    items: '蛋挞',
    amount: 6,
  });
  // Someone else's sale, under their phone: not C00001's.
  rows.push({
    date: new Date(Date.UTC(2025, 5, 13, 3)),
    customer: '13900139000',
    amount: 99,
  });
  putRows(emu, SALES, rows);
}

/** What the Customers tab's formulas show for C00001, from the tabs as they are. */
function formulas(): Record<keyof typeof PICKS, unknown> {
  const book = rowsOf(emu, CUSTOMERS);
  const sales = rowsOf(emu, SALES);
  const host: CustomFunctionHost = {
    timeZone: () => 'Asia/Shanghai',
    lang: () => 'zh-CN',
    now: () => emu.clock.now(),
  };
  const args = {
    customerIds: book.map(r => [r.id]),
    customerPhones: book.map(r => [r.phone]),
    saleCustomerIds: sales.map(r => [r.customer]),
    saleDates: sales.map(r => [r.date]),
    saleAmounts: sales.map(r => [r.amount]),
  };
  const out = {} as Record<keyof typeof PICKS, unknown>;
  for (const k of Object.keys(PICKS) as Array<keyof typeof PICKS>) {
    out[k] = customerFn(host, k, args)[0][0];
  }
  return out;
}

describe('the card of a customer with sales under the id and the phone', () => {
  it('counts both, as the formulas do: C, 7 a month, not E from the id alone', () => {
    phoneAndIdSales(6);
    const f = formulas();
    expect(f).toMatchObject({grade: 'C', perMonth: 7, spend: 66, daysSince: 1});
    const card = emu.run(() => customerCard('C00001', deps(emu)));
    expect(card).toMatchObject({
      id: 'C00001',
      grade: f.grade,
      perMonth: f.perMonth,
      visits: 7,
      spend: f.spend,
      lastVisitDaysAgo: f.daysSince,
    });
    expect(card?.saleDays).toHaveLength(7);
    expect(card?.favourites[0]).toEqual({item: '奶茶', count: 6});
    // The other customer's sale, under their phone, is theirs alone.
    const other = emu.run(() => customerCard('C00002', deps(emu)));
    expect(other).toMatchObject({visits: 1, spend: 99});
  });

  it('the last visit is the latest under either key', () => {
    putRows(emu, SALES, [
      {date: new Date(Date.UTC(2025, 4, 1, 3)), customer: 'C00001', amount: 5},
      {
        date: new Date(Date.UTC(2025, 5, 12, 3)),
        customer: '13800138000',
        amount: 5,
      },
    ]);
    const card = emu.run(() => customerCard('c00001', deps(emu)));
    expect(card).toMatchObject({visits: 2, spend: 10, lastVisitDaysAgo: 3});
    expect(formulas()).toMatchObject({grade: card?.grade, daysSince: 3});
  });

  it("the sidebar's grade after a sale, from the card's days, is the formulas' grade", () => {
    phoneAndIdSales(8); // 9 purchases: C; the 10th makes B
    const card = emu.run(() => customerCard('C00001', deps(emu)));
    expect(card).toMatchObject({grade: 'C', visits: 9});
    const out = emu.run(() =>
      logSale(saleRequest('req-card-keys-1'), deps(emu)),
    );
    expect(out.ok).toBe(true);
    if (!out.ok || !card) return;
    // As the sidebar does: the rules it was given when it opened.
    const boot = emu.run(() => counterBootstrap(deps(emu)));
    const next = afterSale(card, out.value, boot.grade);
    const f = formulas();
    expect(f).toMatchObject({grade: 'B', perMonth: 10});
    expect(next).toMatchObject({
      grade: f.grade,
      perMonth: f.perMonth,
      visits: 10,
      lastVisitDaysAgo: 0,
    });
    // And the server's card agrees.
    const again = emu.run(() => customerCard('C00001', deps(emu)));
    expect(again).toMatchObject({grade: 'B', perMonth: 10, visits: 10});
  });
});
