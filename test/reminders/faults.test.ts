/**
 * The daily run under the faults the issue names: quota, crashes between send and
 * record, overlapping runs, midnight, time zones and the lunar calendar's odd days.
 */
import {
  DIGEST_INTENT_KEY,
  INFLIGHT_KEY,
} from '../../src/usecases/reminders-intent';
import {runDailyReminders} from '../../src/usecases/reminders';
import {cst, makeShop, Shop, wrapMailer, wrapProps} from './shop';
import {mailApp} from '../../src/services/mail';
import {documentProperties} from '../../src/services/properties';

function birthdayCustomers(n: number, birthday: string, kind = 'solar') {
  return Array.from({length: n}, (_, i) => ({
    id: `B${i + 1}`,
    name: `寿星${i + 1}`,
    email: `b${i + 1}@example.com`,
    consent: 'yes',
    birthday,
    birthdayKind: kind,
  }));
}

describe('reminders under faults', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('quota running out mid-run: highest priority first, the rest held, reported, sent next day once', () => {
    const lapsed = Array.from({length: 3}, (_, i) => ({
      id: `L${i + 1}`,
      name: `老顾客${i + 1}`,
      email: `l${i + 1}@example.com`,
      consent: 'yes',
    }));
    // Regulars (grade B by 10 a month) who stopped coming 60 days ago.
    const sales = lapsed.flatMap(c =>
      Array.from({length: 30}, (_, k) => ({
        date: new Date(cst('2026-01-09T10:00:00').getTime() - k * 3 * 86400000),
        customer: c.id,
        amount: 15,
      })),
    );
    shop = makeShop({
      now: cst('2026-03-10T08:00:00'),
      mailQuota: 4,
      customers: [...birthdayCustomers(2, '1980-03-10'), ...lapsed],
      sales,
    });
    const r = shop.run();
    expect(r.outcome).toBe('quota');
    expect(r.emails).toBe(3); // one recipient kept for the owner's digest
    expect(r.held).toBe(2);
    const sentTo = shop.customerMails().map(m => m.to);
    expect(sentTo.slice(0, 2).sort()).toEqual([
      'b1@example.com',
      'b2@example.com',
    ]);
    const digest = shop.digests()[0];
    expect(digest.body).toContain('暂缓');
    const heldNames = ['老顾客1', '老顾客2', '老顾客3'].filter(
      n => !shop.customerMails().some(m => m.body.startsWith(n)),
    );
    for (const n of heldNames) expect(digest.body).toContain(n);

    // Next day: the quota is back; the held win-backs go first, nothing goes twice.
    shop.emu.clock.set(cst('2026-03-11T08:00:00'));
    const next = shop.run();
    expect(next.emails).toBe(2);
    const all = shop.customerMails().map(m => m.to);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(5);
  });

  it('a crash after a send and before its record never sends it again', () => {
    shop = makeShop({
      now: cst('2026-03-10T08:00:00'),
      customers: birthdayCustomers(3, '1990-03-10'),
    });
    // The execution dies at the first call after its second greeting went (Apps Script
    // may end one at any call), losing the sheet writes it had not flushed.
    let sends = 0;
    shop.emu.faults.killAt(c => {
      if (sends === 2) return true;
      if (c.method === 'sendEmail') sends++;
      return false;
    });
    expect(() => shop.run()).toThrow('Exceeded maximum execution time');
    expect(shop.emu.faults.lastKilled).toBe(true);
    expect(shop.customerMails()).toHaveLength(2);
    expect(shop.digests()).toHaveLength(0);

    const r = shop.run();
    expect(r.unsure).toBe(1);
    const to = shop.customerMails().map(m => m.to);
    expect(to).toHaveLength(3);
    expect(new Set(to).size).toBe(3);
    const digest = shop.digests()[0];
    expect(digest.body).toContain('可能没有收到');
    const log = shop.log();
    const statuses = log.rows
      .filter(x => x.channel === 'email')
      .map(x => x.status)
      .sort();
    expect(statuses).toEqual(['sent', 'sent', 'unsure']);
    expect(
      shop.emu.run(() => documentProperties().get(INFLIGHT_KEY)),
    ).toBeNull();
  });

  it('two runs at once: the second waits for the lock or gives up, never doubling', () => {
    shop = makeShop({
      now: cst('2026-03-10T08:00:00'),
      customers: birthdayCustomers(2, '1990-03-10'),
    });
    // Another execution holds the document lock for longer than the run waits.
    shop.emu.locks.holdByOther('document', 60_000);
    expect(shop.run().outcome).toBe('busy');
    expect(shop.emu.outbox).toHaveLength(0);
    shop.emu.locks.release('document');

    // A second run starting while the first is sending.
    let inner: string | null = null;
    const r = shop.emu.run(() =>
      runDailyReminders(
        shop.deps({
          mail: wrapMailer(mailApp(), {
            afterSend: () => {
              if (inner === null) inner = shop.run().outcome;
            },
          }),
        }),
      ),
    );
    expect(inner).toBe('busy');
    expect(r.emails).toBe(2);
    expect(shop.run().emails).toBe(0);
    expect(shop.customerMails()).toHaveLength(2);
    expect(shop.digests()).toHaveLength(1);
  });

  it('runs at 23:59 and 00:01 belong to two days', () => {
    shop = makeShop({
      now: cst('2026-03-09T23:59:00'),
      customers: birthdayCustomers(1, '1990-03-10'),
      settings: {birthdayNoticeDays: 3},
    });
    shop.run();
    shop.emu.clock.set(cst('2026-03-10T00:01:00'));
    shop.run();
    const d = shop.digests();
    expect(d).toHaveLength(2);
    expect(d[0].subject).toContain('2026-03-09');
    expect(d[0].body).toContain('明天生日');
    expect(d[1].subject).toContain('2026-03-10');
    expect(d[1].body).toContain('今天生日');
    expect(shop.customerMails()).toHaveLength(1);
  });

  it("counts days in the spreadsheet's time zone, not the script's", () => {
    shop = makeShop({
      timeZone: 'Asia/Shanghai',
      scriptTimeZone: 'America/Los_Angeles',
      now: cst('2026-03-10T07:30:00'), // still 9 March in Los Angeles
      customers: birthdayCustomers(1, '1990-03-10'),
    });
    const r = shop.run();
    expect(r.day).toBe('2026-03-10');
    expect(shop.customerMails()).toHaveLength(1);
  });

  it('on Spring Festival eve: 腊月三十 birthdays on the 29th, greetings for tomorrow', () => {
    shop = makeShop({
      now: cst('2026-02-16T08:00:00'), // 腊月廿九, the last day of lunar 2025
      customers: [
        {
          id: 'L1',
          name: '腊月生',
          birthday: '农历腊月三十',
          email: 'l1@example.com',
          consent: 'yes',
        },
        {id: 'H1', name: '老街坊', email: 'h1@example.com', consent: 'yes'},
        {id: 'N1', name: '没同意', email: 'n1@example.com', consent: 'no'},
        {id: 'U1', name: '已退订', email: 'u1@example.com', consent: '已退订'},
        {id: 'W1', name: '微信好友', wechat: 'wx_w1', consent: 'yes'},
      ],
    });
    shop.run();
    const mails = shop.customerMails();
    expect(mails.map(m => m.to).sort()).toEqual([
      'h1@example.com',
      'l1@example.com',
    ]);
    expect(mails.find(m => m.to === 'l1@example.com')?.subject).toContain(
      '生日',
    );
    expect(mails.find(m => m.to === 'h1@example.com')?.subject).toContain(
      '新春快乐',
    );
    const d = shop.digests()[0].body;
    expect(d).toContain('今天生日（农历）');
    // Greeted by email: counted, not listed; without an email: on the list to greet.
    expect(d).not.toContain('老街坊');
    expect(d).toMatch(/微信好友 — 明天春节/);
    expect(d).toContain('今天已给 2 位顾客发了问候邮件');
  });

  it('in a lunar leap month the birthday stays in the ordinary month', () => {
    // 2025 has 闰六月 (2025-07-25 … 2025-08-22); 六月十七 is 2025-07-11.
    const customers = [
      {
        id: 'A',
        name: '六月生',
        birthday: '农历六月十七',
        email: 'a@example.com',
        consent: 'yes',
      },
      {
        id: 'B',
        name: '闰六月生',
        birthday: '农历闰六月十七',
        email: 'b@example.com',
        consent: 'yes',
      },
    ];
    shop = makeShop({now: cst('2025-08-10T08:00:00'), customers});
    shop.run();
    expect(shop.customerMails()).toHaveLength(0);
    shop.uninstall();
    shop = makeShop({now: cst('2025-07-11T08:00:00'), customers});
    shop.run();
    expect(
      shop
        .customerMails()
        .map(m => m.to)
        .sort(),
    ).toEqual(['a@example.com', 'b@example.com']);
  });

  it('29 February: on the day in a leap year, on the 28th otherwise', () => {
    const customers = birthdayCustomers(1, '2000-02-29');
    shop = makeShop({now: cst('2028-02-29T09:00:00'), customers});
    shop.run();
    expect(shop.customerMails()).toHaveLength(1);
    shop.uninstall();
    shop = makeShop({now: cst('2027-02-28T09:00:00'), customers});
    shop.run();
    expect(shop.customerMails()).toHaveLength(1);
    shop.emu.clock.set(cst('2027-03-01T09:00:00'));
    shop.run();
    expect(shop.customerMails()).toHaveLength(1);
  });

  it('a digest that may not have arrived: its lines come again, no second digest that day', () => {
    shop = makeShop({
      now: cst('2026-03-10T08:00:00'),
      customers: [{id: 'C', name: '投诉人'}],
      feedback: [
        {
          date: cst('2026-03-01T10:00:00'),
          customer: 'C',
          type: 'complaint',
          text: '少找钱',
          status: 'open',
        },
      ],
    });
    let crashed = false;
    expect(() =>
      shop.emu.run(() =>
        runDailyReminders(
          shop.deps({
            props: wrapProps(documentProperties(), (op, key) => {
              if (crashed) throw new Error('killed');
              if (op === 'remove' && key === DIGEST_INTENT_KEY) {
                crashed = true;
                throw new Error('killed');
              }
            }),
            flush: () => {
              if (crashed) throw new Error('killed');
            },
          }),
        ),
      ),
    ).toThrow('killed');
    expect(shop.digests()).toHaveLength(1);
    shop.run();
    expect(shop.digests()).toHaveLength(1);
    shop.emu.clock.set(cst('2026-03-11T08:00:00'));
    shop.run();
    expect(shop.digests()).toHaveLength(2);
    expect(shop.digests()[1].body).toContain('少找钱');
  });

  it('near the time limit it stops sending, says so, and the next run finishes the job', () => {
    shop = makeShop({
      now: cst('2026-03-10T08:00:00'),
      customers: birthdayCustomers(4, '1990-03-10'),
    });
    let sent = 0;
    const r = shop.emu.run(() =>
      runDailyReminders(
        shop.deps({
          mail: wrapMailer(mailApp(), {afterSend: () => sent++}),
          // Each email takes 100 seconds of the run's 4.5-minute budget.
          clock: {now: () => new Date(shop.emu.clock.nowMs() + sent * 100_000)},
        }),
      ),
    );
    expect(r.outcome).toBe('partial');
    expect(r.emails).toBe(3);
    expect(r.held).toBe(1);
    expect(shop.digests()[0].body).toContain('时间不够');
    const again = shop.run();
    expect(again.emails).toBe(1);
    expect(again.digest).toBe('already');
    const to = shop.customerMails().map(m => m.to);
    expect(new Set(to).size).toBe(4);
  });
});
