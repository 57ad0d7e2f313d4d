/** The preview's demo shop: deterministic, relative to the clock, consistent. */
import {demoShop} from '../../preview/demo-data';

const TZ = 'Asia/Shanghai';
const NOW = new Date('2026-11-24T03:30:00Z'); // 11:30 in Shanghai

describe('demoShop', () => {
  const shop = demoShop(NOW, TZ);

  it('is the same shop for the same start, another for another seed', () => {
    expect(demoShop(NOW, TZ)).toEqual(shop);
    expect(demoShop(NOW, TZ, 7).sales).not.toEqual(shop.sales);
  });

  it('moves with the clock', () => {
    const later = demoShop(new Date(NOW.getTime() + 86_400_000 * 30), TZ);
    const last = (s: typeof shop) =>
      (s.sales[s.sales.length - 1].date as Date).getTime();
    expect(last(later) - last(shop)).toBeGreaterThan(86_400_000 * 29);
  });

  it('has sales in time order, all before now, with unique receipts', () => {
    const times = shop.sales.map(s => (s.date as Date).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThan(NOW.getTime());
    const receipts = shop.sales.map(s => s.receipt);
    expect(new Set(receipts).size).toBe(receipts.length);
  });

  it('keys every sale, feedback and contact to a customer on the book or none', () => {
    const ids = new Set(shop.customers.map(c => c.id));
    for (const rows of [shop.sales, shop.feedback, shop.contacts]) {
      for (const r of rows) {
        expect(r.customer === '' || ids.has(r.customer)).toBe(true);
      }
    }
    for (const c of shop.customers) {
      expect(c.referredBy === '' || ids.has(c.referredBy)).toBe(true);
    }
  });

  it('has the customers the book must handle', () => {
    expect(shop.customers).toHaveLength(40);
    const bought = new Map<unknown, number>();
    for (const s of shop.sales) {
      bought.set(s.customer, (bought.get(s.customer) ?? 0) + 1);
    }
    const counts = shop.customers.map(c => bought.get(c.id) ?? 0);
    expect(counts.filter(n => n === 0).length).toBe(4); // potential customers
    expect(counts.filter(n => n === 1).length).toBeGreaterThanOrEqual(4);
    expect(counts.filter(n => n >= 45).length).toBeGreaterThanOrEqual(3);
    expect(bought.get('')).toBeGreaterThan(100); // walk-ins
    expect(shop.customers.some(c => c.birthdayKind === 'lunar')).toBe(true);
    expect(shop.numericPhones.length).toBeGreaterThan(0);
    const open = shop.feedback.filter(
      f => f.type === 'complaint' && f.status === 'open',
    );
    expect(open).toHaveLength(1);
  });
});
