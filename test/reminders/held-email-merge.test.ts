/**
 * One customer email a day, chosen from what was held back on earlier runs and what is
 * due today together: a held win-back must not take the place of today's birthday
 * greeting (which exists only on the birthday), the one that waits is recorded, and the
 * digest marks the occasion that was really emailed.
 */
import {mailApp, Mailer} from '../../src/services/mail';
import {SALES} from '../../src/sheets/schema-sales';
import {cst, makeShop, Shop} from './shop';

const DAY = 86_400_000;

/** A quota with room for the owner's digest only. */
function digestOnly(): Mailer {
  const inner = mailApp();
  return {remainingQuota: () => 1, send: m => inner.send(m)};
}

/** A B regular (10 visits in November 2025, every 3 days) long gone by March 2026. */
function lapsedRegular(customer: string) {
  return Array.from({length: 10}, (_, i) => ({
    date: cst(`2025-11-${String(1 + i * 3).padStart(2, '0')}T10:00:00`),
    customer,
    amount: 10,
  }));
}

const ZHANG = {
  id: 'C00001',
  name: '张三',
  phone: '13800138000',
  email: 'zs@example.com',
  consent: '同意',
};

/** The plain-text block of one customer in a digest. */
function blockOf(body: string, name: string): string {
  const start = body.indexOf(`* ${name} — `);
  if (start < 0) return '';
  const next = body.indexOf('\n\n', start);
  return body.slice(start, next < 0 ? undefined : next);
}

function emailRows(shop: Shop) {
  return shop
    .log()
    .rows.filter(r => r.channel === 'email')
    .map(r => `${r.day} ${r.item} ${r.status}`);
}

describe('held emails and today’s due emails, one list per customer', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('sends the birthday greeting over a win-back held the day before', () => {
    // Today 2026-03-10; the birthday is tomorrow.
    shop = makeShop({
      customers: [{...ZHANG, birthday: '1990-03-11'}],
      sales: lapsedRegular('C00001'),
    });

    // Day 1: the win-back is due but the quota only covers the digest.
    const r1 = shop.run({mail: digestOnly()});
    expect(r1.outcome).toBe('quota');
    expect(r1.held).toBe(1);
    expect(shop.customerMails()).toEqual([]);
    const d1 = shop.digests().at(-1)!.body;
    expect(blockOf(d1, '张三')).toContain('! 邮件暂缓');
    expect(blockOf(d1, '张三')).not.toContain('✓');

    // Day 2: the birthday. The greeting goes, not the win-back.
    shop.emu.clock.advance(DAY);
    const r2 = shop.run();
    expect(r2.outcome).toBe('done');
    expect(r2.emails).toBe(1);
    expect(shop.customerMails().map(m => m.subject)).toEqual([
      '老王零食铺：祝您生日快乐',
    ]);
    expect(emailRows(shop)).toEqual([
      '2026-03-10 winback:2025-11-28 held',
      '2026-03-11 birthday:2026-03-11 sent',
    ]);
    // The birthday line is marked as emailed, and it was the birthday that went.
    const d2 = shop.digests().at(-1)!.body;
    const block = blockOf(d2, '张三');
    expect(block).toContain('今天生日');
    expect(block).toContain('✓ 已发邮件问候');

    // Day 3: the win-back that waited goes, once.
    shop.emu.clock.advance(DAY);
    const r3 = shop.run();
    expect(r3.emails).toBe(1);
    expect(shop.customerMails().map(m => m.subject)).toEqual([
      '老王零食铺：祝您生日快乐',
      '老王零食铺：好久不见',
    ]);
    expect(emailRows(shop)).toEqual([
      '2026-03-10 winback:2025-11-28 held',
      '2026-03-11 birthday:2026-03-11 sent',
      '2026-03-12 winback:2025-11-28 sent',
    ]);

    // Nothing more, ever.
    shop.emu.clock.advance(DAY);
    expect(shop.run().emails).toBe(0);
    expect(shop.customerMails()).toHaveLength(2);
  });

  it('records the email that loses to a birthday the same day as held', () => {
    // Today 2026-03-10 is the birthday of a lapsed regular: both emails are due.
    shop = makeShop({
      customers: [{...ZHANG, birthday: '1990-03-10'}],
      sales: lapsedRegular('C00001'),
    });
    const r1 = shop.run();
    expect(r1.emails).toBe(1);
    expect(shop.customerMails().map(m => m.subject)).toEqual([
      '老王零食铺：祝您生日快乐',
    ]);
    expect(emailRows(shop).sort()).toEqual([
      '2026-03-10 birthday:2026-03-10 sent',
      '2026-03-10 winback:2025-11-28 held',
    ]);
    // A second run the same day sends nothing and records nothing new.
    expect(shop.run().emails).toBe(0);
    expect(emailRows(shop)).toHaveLength(2);
  });

  it('drops a held win-back once the customer has come back', () => {
    shop = makeShop({
      customers: [{...ZHANG, birthday: '1990-03-11'}],
      sales: lapsedRegular('C00001'),
    });
    shop.run({mail: digestOnly()}); // win-back held
    shop.emu.clock.advance(DAY);
    shop.run(); // birthday greeting; the win-back still waits
    shop.append(SALES, [
      {date: cst('2026-03-11T18:00:00'), customer: 'C00001', amount: 30},
    ]);
    shop.emu.clock.advance(DAY);
    shop.run();
    expect(shop.customerMails().map(m => m.subject)).toEqual([
      '老王零食铺：祝您生日快乐',
    ]);
    expect(emailRows(shop)).toEqual([
      '2026-03-10 winback:2025-11-28 held',
      '2026-03-11 birthday:2026-03-11 sent',
      '2026-03-12 winback:2025-11-28 expired',
    ]);
  });

  it('marks a digest line only for the occasion that was emailed', () => {
    // 李四's win-back is held on day 1; on day 2 his line is a birthday notice (no email
    // of its own): the win-back goes, and the notice line must not claim a greeting.
    shop = makeShop({
      customers: [
        {...ZHANG, id: 'C00002', name: '李四', birthday: '1990-03-20'},
      ],
      sales: lapsedRegular('C00002'),
      settings: {birthdayNoticeDays: 9},
    });
    shop.run({mail: digestOnly()}); // win-back held; the notice window not open yet
    shop.emu.clock.advance(DAY); // 03-11: the 9-day notice window opens
    shop.run();
    expect(shop.customerMails().map(m => m.subject)).toEqual([
      '老王零食铺：好久不见',
    ]);
    const block = blockOf(shop.digests().at(-1)!.body, '李四');
    expect(block).toContain('天后生日');
    expect(block).not.toContain('✓');
  });
});
