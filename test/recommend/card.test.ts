/**
 * "May also like" on the counter card: from the Sales tab the card reads, what they just
 * bought never recommended even while the model is cached, void sales left out, the
 * cache only a shortcut.
 */
import {customerCard, logSale} from '../../src/usecases/counter';
import {MODEL_KEY} from '../../src/usecases/recommend/card-recommend';
import {
  customers,
  deps,
  Emu,
  putRows,
  saleRequest,
  SALES,
  shopForTests,
} from '../counter/shop';

let emu: Emu;
shopForTests(e => (emu = e), {customers: customers(8)});

const when = new Date('2025-06-10T03:00:00Z');
/** C1–C3 drink tea with egg tarts; C4–C6 eat crisps with cola, C5 and C6 tea too; C7 only tea. */
function baskets(): void {
  const rows: Array<Record<string, unknown>> = [];
  const buy = (c: number, items: string) =>
    rows.push({
      date: when,
      customer: `C0000${c}`,
      items,
      amount: 10,
    });
  for (const c of [1, 2, 3]) buy(c, '奶茶、蛋挞');
  for (const c of [4, 5, 6]) buy(c, '薯片, 可乐');
  buy(5, '奶茶');
  buy(6, '奶茶');
  buy(7, '奶茶');
  // A voided sale says nothing about taste.
  rows.push({
    date: when,
    customer: 'C00008',
    items: '榴莲, 奶茶',
    amount: 1,
    void: '作废',
  });
  rows.push({
    date: when,
    customer: 'C00003',
    items: '榴莲, 奶茶',
    amount: 1,
    void: '作废',
  });
  putRows(emu, SALES, rows);
}

const card = (key: string) => emu.run(() => customerCard(key, deps(emu)));

describe('recommendations on the card', () => {
  test('what tea drinkers also buy, with the item it goes with', () => {
    baskets();
    expect(card('C00007')?.recommended).toEqual([
      // Tea: 6 customers; tarts: 3, all with tea → 3 / √18; crisps and cola: 3, 2 with tea.
      {item: '蛋挞', because: '奶茶', score: 707},
      {item: '薯片', because: '奶茶', score: 471},
      {item: '可乐', because: '奶茶', score: 471},
    ]);
    // Void sales neither recommend nor count as bought.
    expect(card('C00008')?.recommended).toEqual([]);
  });

  test('a sale just logged takes its item out at once, the model cached or not', () => {
    baskets();
    expect(card('C00007')?.recommended?.[0].item).toBe('蛋挞');
    expect(
      emu.run(() => CacheService.getDocumentCache()!.get(MODEL_KEY)),
    ).not.toBeNull();
    const done = emu.run(() =>
      logSale(
        saleRequest('req-recommend-0001', {
          customerId: 'C00007',
          items: '蛋挞',
        }),
        deps(emu),
      ),
    );
    expect(done.ok).toBe(true);
    expect(card('C00007')?.recommended?.map(r => r.item)).toEqual([
      '薯片',
      '可乐',
    ]);
    emu.cacheControl.evictAll();
    expect(card('C00007')?.recommended?.map(r => r.item)).toEqual([
      '薯片',
      '可乐',
    ]);
  });

  test('a cache that fails costs nothing but time', () => {
    baskets();
    emu.cacheControl.forgetPuts = true;
    expect(card('C00007')?.recommended?.[0].item).toBe('蛋挞');
    expect(card('C00007')?.recommended?.[0].item).toBe('蛋挞');
  });

  test('rows deleted from Sales make the cached model stale', () => {
    baskets();
    card('C00007');
    const sheet = emu.spreadsheet.getSheetByName('销售')!;
    sheet.deleteRows(2, 3); // the three tea-and-tart baskets are gone
    expect(card('C00007')?.recommended?.map(r => r.item)).toEqual([
      '薯片',
      '可乐',
    ]);
  });
});
