/** The preview's demo shop: deterministic, relative to the clock, consistent. */
import * as OpenCC from 'opencc-js';
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

/** Every text a demo book writes into its cells (not dates, numbers or option keys). */
function textsOf(shop: ReturnType<typeof demoShop>): string[] {
  const out = Object.values(shop.settings).map(String);
  const keys: Record<string, string[]> = {
    customers: ['name', 'preferences', 'family', 'notes'],
    sales: ['items', 'category', 'promo', 'staff', 'receipt'],
    feedback: ['text', 'resolution'],
    contacts: ['reason', 'outcome', 'by'],
  };
  for (const [tab, cols] of Object.entries(keys)) {
    const rows = shop[tab as 'customers'] as Array<Record<string, unknown>>;
    for (const r of rows) for (const c of cols) out.push(String(r[c] ?? ''));
  }
  return out.filter(Boolean);
}

describe('the demo shop in each language', () => {
  const tw = demoShop(NOW, TZ, undefined, 'zh-TW');
  const en = demoShop(NOW, TZ, undefined, 'en');
  const cn = demoShop(NOW, TZ, undefined, 'zh-CN');

  it('is the 简体 shop by default, and the same customers buy alike in every language', () => {
    expect(cn).toEqual(demoShop(NOW, TZ));
    for (const other of [tw, en]) {
      expect(other.sales.length).toBe(cn.sales.length);
      expect(other.customers).toHaveLength(cn.customers.length);
      const ids = other.customers.map(c => c.id);
      const buyers = (s: typeof cn, list: unknown[]) =>
        s.sales.map(x => (x.customer === '' ? -1 : list.indexOf(x.customer)));
      expect(buyers(other, ids)).toEqual(
        buyers(
          cn,
          cn.customers.map(c => c.id),
        ),
      );
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('writes the 繁體 book in traditional characters only', () => {
    // OpenCC turns simplified characters into traditional ones and leaves traditional
    // text as it is, one character at a time; a few characters are both (the surnames
    // 游, 余, 范 and the 台 Taiwan writes), which it turns into another word's character.
    const toTraditional = OpenCC.Converter({from: 'cn', to: 'tw'});
    const SHARED = new Set(['游', '余', '范', '台']);
    const texts = textsOf(tw);
    expect(texts.length).toBeGreaterThan(100);
    const simplified = (s: string) =>
      [...s].filter(ch => !SHARED.has(ch) && toTraditional(ch) !== ch);
    expect([...new Set(texts)].filter(s => simplified(s).length)).toEqual([]);
    // And the check can fail: the 简体 book is full of such characters.
    expect(
      textsOf(cn).filter(s => simplified(s).length).length,
    ).toBeGreaterThan(100);
  });

  it('writes the English book without Chinese', () => {
    const han = textsOf(en).filter(s => /\p{Script=Han}/u.test(s));
    expect(han).toEqual([]);
    expect(en.customers.every(c => c.birthdayKind !== 'lunar')).toBe(true);
  });

  it('keeps the trunk 0 of a phone: only phones a number keeps whole are numbers', () => {
    expect(tw.numericPhones).toEqual([]);
    expect(tw.customers.every(c => String(c.phone).startsWith('09'))).toBe(
      true,
    );
    expect(en.numericPhones.length).toBeGreaterThan(0);
  });

  it('still carries the text owners really type, in every language', () => {
    for (const shop of [cn, tw, en]) {
      const notes = shop.customers.map(c => String(c.notes));
      expect(notes.some(n => n.startsWith('='))).toBe(true);
      expect(notes.some(n => n.startsWith('+'))).toBe(true);
      expect(notes.some(n => n.includes('<b>'))).toBe(true);
      expect(shop.feedback.some(f => String(f.text).includes('<script>'))).toBe(
        true,
      );
    }
  });
});
