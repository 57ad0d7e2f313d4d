/**
 * Owner lines carried over (over the digest's cap, or in a digest that did not go) are
 * listed first next time, but only while they still mean something: a birthday line
 * expires 2 days after the birthday, a complaint line stays while the complaint is open.
 * What expired is logged "expired" and counted in the digest, never listed.
 */
import {Mailer} from '../../src/services/mail';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {findSheet, mapColumns} from '../../src/sheets/tabs';
import {MAX_DIGEST_LINES} from '../../src/usecases/reminders-lines';
import {cst, makeShop, Shop} from './shop';

const DAY = 86_400_000;

/** Customers without email whose solar birthday is on `mmdd`, named prefix000…. */
function born(mmdd: string, prefix: string, count: number) {
  return Array.from({length: count}, (_, i) => ({
    id: `${prefix}${String(i).padStart(5, '0')}`,
    name: `${prefix}${String(i).padStart(3, '0')}`,
    phone: `13${String(prefix.charCodeAt(0)).padStart(3, '0')}${String(i).padStart(6, '0')}`,
    birthday: `1990-${mmdd}`,
  }));
}

function listedNames(body: string): string[] {
  return [...body.matchAll(/^\* (\S+) — /gm)].map(m => m[1]);
}

/** No quota left: customer emails and the digest are held, nothing goes. */
const noQuota: Mailer = {
  remainingQuota: () => 0,
  send: () => {
    throw new Error('no quota');
  },
};

describe('carried-over owner lines expire', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('lists the 10 carried birthdays on day 2', () => {
    shop = makeShop({customers: born('03-10', 'A', 160)});
    expect(shop.run().lines).toBe(150);
    const left = born('03-10', 'A', 160)
      .map(c => c.name)
      .filter(n => !listedNames(shop.digests()[0].body).includes(n));
    expect(left).toHaveLength(10);

    shop.emu.clock.advance(DAY);
    const r2 = shop.run();
    expect(r2.lines).toBe(10);
    expect(listedNames(shop.digests()[1].body).sort()).toEqual(left.sort());
    const rows = shop.log().rows.filter(r => r.channel === 'line');
    expect(rows.filter(r => r.status === 'expired')).toEqual([]);
    expect(rows.filter(r => r.status === 'listed')).toHaveLength(160);
  });

  it('expires carried birthdays after 4 days without a digest', () => {
    shop = makeShop({
      customers: [
        ...born('03-10', 'A', 160),
        // Someone with a birthday on day 5, so day 5 has a digest to count in.
        {id: 'Z1', name: '赵五', phone: '13900000001', birthday: '1990-03-14'},
      ],
      settings: {birthdayNoticeDays: 0},
    });
    expect(shop.run().lines).toBe(150);
    const left = born('03-10', 'A', 160)
      .map(c => c.name)
      .filter(n => !listedNames(shop.digests()[0].body).includes(n));

    // Days 2–4 (03-11 … 03-13): no digest can go.
    for (let d = 0; d < 3; d++) {
      shop.emu.clock.advance(DAY);
      const r = shop.run({mail: noQuota});
      expect(r.digest === 'held' || r.digest === 'none').toBe(true);
    }
    expect(shop.digests()).toHaveLength(1);
    const rows = shop.log().rows.filter(r => r.channel === 'line');
    // 03-13 is past 03-10 + 2: the 10 expired on day 4, none is pending.
    expect(rows.filter(r => r.status === 'pending')).toEqual([]);
    const expired = rows.filter(r => r.status === 'expired');
    expect(expired.map(r => r.name).sort()).toEqual([...left].sort());
    expect(expired.every(r => r.item === 'birthday:2026-03-10')).toBe(true);

    // Day 5 (03-14): the digest lists only today's birthday, and says nothing more of
    // the expired ones (they expired on day 4, when no digest went).
    shop.emu.clock.advance(DAY);
    const r5 = shop.run();
    expect(r5.digest).toBe('sent');
    expect(r5.lines).toBe(1);
    const d5 = shop.digests()[1].body;
    expect(listedNames(d5)).toEqual(['赵五']);
    for (const n of left) expect(d5).not.toContain(n);
    expect(
      shop
        .log()
        .rows.filter(r => r.channel === 'line' && r.status === 'expired'),
    ).toHaveLength(10);
  });

  it('counts expired lines in the digest of the day they expire', () => {
    shop = makeShop({
      customers: [
        ...born('03-10', 'A', 160),
        {id: 'Z1', name: '赵五', phone: '13900000001', birthday: '1990-03-13'},
      ],
      settings: {birthdayNoticeDays: 0},
    });
    shop.run();
    shop.emu.clock.advance(DAY);
    shop.run({mail: noQuota}); // 03-11
    shop.emu.clock.advance(DAY);
    shop.run({mail: noQuota}); // 03-12: still within the birthday's 2 days
    expect(
      shop
        .log()
        .rows.filter(r => r.channel === 'line' && r.status === 'pending'),
    ).toHaveLength(10);
    shop.emu.clock.advance(DAY);
    const r = shop.run(); // 03-13
    expect(r.lines).toBe(1);
    const body = shop.digests()[1].body;
    expect(listedNames(body)).toEqual(['赵五']);
    expect(body).toContain('10 条之前顺延的提醒已过时');
  });

  it('keeps a carried complaint until it is resolved', () => {
    shop = makeShop({
      now: cst('2026-03-10T08:05:00'),
      customers: [{id: 'C1', name: '张阿姨', phone: '13800138000'}],
      sales: [
        {
          date: cst('2026-03-09T10:00:00'),
          customer: 'C1',
          items: '瓜子',
          amount: 20,
        },
      ],
      feedback: [
        {
          date: cst('2026-03-08T12:00:00'),
          customer: 'C1',
          type: 'complaint',
          text: '瓜子受潮',
          status: 'open',
        },
      ],
    });
    // A week without a digest: every day's complaint line stays pending.
    for (let d = 0; d < 7; d++) {
      shop.run({mail: noQuota});
      shop.emu.clock.advance(DAY);
    }
    const complaintRows = () =>
      shop.log().rows.filter(r => r.item.startsWith('complaint:'));
    expect(complaintRows()).toHaveLength(7);
    expect(complaintRows().every(r => r.status === 'pending')).toBe(true);

    // Still open on day 8: listed, carried lines included, none expired.
    const r8 = shop.run();
    expect(r8.lines).toBe(1);
    expect(shop.digests()[0].body).toContain('瓜子受潮');
    expect(complaintRows().every(r => r.status === 'listed')).toBe(true);

    // Day 9, the digest lost again; then resolved: the carried lines expire.
    shop.emu.clock.advance(DAY);
    shop.run({mail: noQuota});
    expect(complaintRows().filter(r => r.status === 'pending')).toHaveLength(1);
    shop.emu.run(() => {
      const sheet = findSheet(shop.ss(), FEEDBACK, shop.lang);
      if (!sheet) throw new Error('no feedback tab');
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues();
      const col = mapColumns(header[0], FEEDBACK).get('status') as number;
      sheet.getRange(2, col + 1).setValue('resolved');
    });
    shop.emu.clock.advance(DAY);
    const r10 = shop.run();
    expect(r10.lines).toBe(0);
    expect(shop.digests()).toHaveLength(1);
    expect(complaintRows().filter(r => r.status === 'pending')).toEqual([]);
    expect(complaintRows().filter(r => r.status === 'expired')).toHaveLength(1);
  });

  it('keeps the cap, carried lines first', () => {
    expect(MAX_DIGEST_LINES).toBe(150);
    shop = makeShop({
      customers: [
        ...born('03-10', 'A', 160),
        ...born('03-11', 'B', 160),
        ...born('03-12', 'C', 150),
      ],
      settings: {birthdayNoticeDays: 0},
    });
    const d = (i: number) => listedNames(shop.digests()[i].body);
    expect(shop.run().lines).toBe(150);
    const leftA = born('03-10', 'A', 160)
      .map(c => c.name)
      .filter(n => !d(0).includes(n));

    // Day 2: 10 carried A first, then 140 of the 160 B; 20 B carried.
    shop.emu.clock.advance(DAY);
    expect(shop.run().lines).toBe(150);
    expect(d(1).slice(0, 10).sort()).toEqual([...leftA].sort());
    expect(d(1).filter(n => n.startsWith('B'))).toHaveLength(140);
    const leftB = born('03-11', 'B', 160)
      .map(c => c.name)
      .filter(n => !d(1).includes(n));
    expect(leftB).toHaveLength(20);

    // Day 3: the 20 B (within their 2 days) first, then 130 of the 150 C.
    shop.emu.clock.advance(DAY);
    expect(shop.run().lines).toBe(150);
    expect(d(2).slice(0, 20).sort()).toEqual([...leftB].sort());
    expect(d(2).filter(n => n.startsWith('C'))).toHaveLength(130);
    const rows = shop.log().rows.filter(r => r.channel === 'line');
    expect(rows.filter(r => r.status === 'expired')).toEqual([]);
    expect(rows.filter(r => r.status === 'pending')).toHaveLength(20);
  });
});
