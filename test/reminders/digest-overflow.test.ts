/**
 * The owner's digest lists at most MAX_DIGEST_LINES customers; the rest are promised for
 * the next email and must be there: logged pending like an undelivered digest's lines,
 * and listed before the next day's own lines of the same kind.
 */
import {MAX_DIGEST_LINES} from '../../src/usecases/reminders-lines';
import {makeShop, Shop} from './shop';

const DAY = 86_400_000;

/** Customers without email whose solar birthday is on `mmdd`, named prefix000…. */
function born(mmdd: string, prefix: string, count: number, from = 0) {
  return Array.from({length: count}, (_, i) => {
    const n = from + i;
    return {
      id: `${prefix}${String(n).padStart(5, '0')}`,
      name: `${prefix}${String(n).padStart(3, '0')}`,
      phone: `1380${prefix === 'A' ? '0' : '1'}${String(n).padStart(6, '0')}`,
      birthday: `1990-${mmdd}`,
    };
  });
}

function listedNames(body: string): string[] {
  return [...body.matchAll(/^\* (\S+) — /gm)].map(m => m[1]);
}

describe('a digest over its line cap', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('lists the customers it left out in the next digest', () => {
    expect(MAX_DIGEST_LINES).toBe(150);
    // Today 2026-03-10: 160 birthdays.
    shop = makeShop({customers: born('03-10', 'A', 160)});
    const r1 = shop.run();
    expect(r1.lines).toBe(150);
    const d1 = shop.digests()[0].body;
    expect(listedNames(d1)).toHaveLength(150);
    expect(d1).toContain('另有 10 位顾客未列出');
    const left = born('03-10', 'A', 160)
      .map(c => c.name)
      .filter(n => !listedNames(d1).includes(n));
    expect(left).toHaveLength(10);
    // Every one of the 160 is in the log; the 10 not listed are still pending.
    const rows = shop.log().rows.filter(r => r.channel === 'line');
    expect(rows).toHaveLength(160);
    expect(
      rows
        .filter(r => r.status === 'pending')
        .map(r => r.name)
        .sort(),
    ).toEqual([...left].sort());

    // Day 2: those 10 are listed, marked as carried over from day 1.
    shop.emu.clock.advance(DAY);
    const r2 = shop.run();
    expect(r2.digest).toBe('sent');
    expect(r2.lines).toBe(10);
    const d2 = shop.digests()[1].body;
    expect(listedNames(d2).sort()).toEqual([...left].sort());
    expect(d2).toContain('（2026-03-10 的提醒，顺延至今）');
    expect(d2).not.toContain('未列出');
    const after = shop.log().rows.filter(r => r.channel === 'line');
    expect(after.filter(r => r.status === 'pending')).toEqual([]);
    expect(after.filter(r => r.status === 'listed')).toHaveLength(160);

    // Day 3: nothing left, nothing repeated.
    shop.emu.clock.advance(DAY);
    expect(shop.run().digest).toBe('none');
  });

  it('logs more lines than a new tab has rows', () => {
    // 1,100 birthdays: every line is logged, past the log tab's first 1,000 rows.
    shop = makeShop({customers: born('03-10', 'A', 1100)});
    const r1 = shop.run();
    expect(r1.outcome).toBe('done');
    expect(r1.lines).toBe(150);
    expect(shop.digests()[0].body).toContain('另有 950 位顾客未列出');
    const rows = shop.log().rows.filter(r => r.channel === 'line');
    expect(rows).toHaveLength(1100);
    expect(rows.filter(r => r.status === 'pending')).toHaveLength(950);
  });

  it('lists carried-over customers before the next day’s new ones', () => {
    shop = makeShop({
      customers: [...born('03-10', 'A', 160), ...born('03-11', 'B', 150)],
      settings: {birthdayNoticeDays: 0},
    });
    const r1 = shop.run();
    expect(r1.lines).toBe(150);
    const d1 = shop.digests()[0].body;
    const left = born('03-10', 'A', 160)
      .map(c => c.name)
      .filter(n => !listedNames(d1).includes(n));

    // Day 2: 150 new birthdays and the 10 left from day 1: the 10 come first.
    shop.emu.clock.advance(DAY);
    const r2 = shop.run();
    expect(r2.lines).toBe(150);
    const d2 = shop.digests()[1].body;
    const shown2 = listedNames(d2);
    for (const n of left) expect(shown2).toContain(n);
    expect(d2).toContain('另有 10 位顾客未列出');

    // Day 3: the 10 new ones left out on day 2.
    shop.emu.clock.advance(DAY);
    const r3 = shop.run();
    expect(r3.lines).toBe(10);
    const shown3 = listedNames(shop.digests()[2].body);
    expect(shown3.every(n => n.startsWith('B'))).toBe(true);
    const all = [...listedNames(d1), ...shown2, ...shown3];
    expect(new Set(all).size).toBe(310);
    expect(all).toHaveLength(310);
  });
});
