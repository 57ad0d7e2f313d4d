/**
 * A stored-value refund says how the money went back, and the till takes it off that
 * method: what the drawer should hold after a refund in cash is the cash that came in
 * less the cash paid back. Through the built Code.js on the emulator, as the counter
 * calls it: written once however the execution dies, refused beyond the balance in the
 * viewer's language, the method in the book's.
 *
 * Google's side relied on (as in once-only.test.ts): an execution may stop at any call
 * ("Exceeded maximum execution time", Quotas for Google Services), writes not yet
 * flushed may or may not have been applied (SpreadsheetApp.flush reference), the cache
 * may forget early (Cache reference); Session.getActiveUserLocale gives "the language
 * setting of the current user" (https://developers.google.com/apps-script/reference/base/session).
 */
import {Emulator, KillOptions} from '../../emulator';
import {tillOf, TillPayment} from '../../src/domain/counter/till';
import {dayNumber} from '../../src/domain/dates';
import {paymentInNote} from '../../src/domain/loyalty/payment-notes';
import {parseOption} from '../../src/sheets/schema';
import {refundPaymentOf, topUpPaymentOf} from '../../src/usecases/counter-till';
import type {TillView} from '../../src/domain/counter/wire';
import type {RefundDone} from '../../src/domain/loyalty/wire';
import {loyaltyShop, Out, rid, rowsOf, STORED_LEDGER} from './loyalty-shop';

const pay = (v: unknown) => parseOption('payment', v);

/** A method's till line: nothing but what `line` says. */
function line(payment: string, figures: Partial<TillPayment>): TillPayment {
  return {
    payment: payment as TillPayment['payment'],
    count: 0,
    total: 0,
    topUpCount: 0,
    topUpTotal: 0,
    refundCount: 0,
    refundTotal: 0,
    ...figures,
  };
}

describe('the method a refund was paid back with, from its ledger note', () => {
  it('reads the note the refund writes, in each language', () => {
    expect(refundPaymentOf('现金退还：顾客搬家')).toBe('cash');
    expect(refundPaymentOf('微信支付退還：退卡')).toBe('wechat');
    expect(refundPaymentOf('paid back by Alipay: moving away')).toBe('alipay');
    expect(refundPaymentOf('Paid back by card: closing the card')).toBe('card');
  });

  it('takes the first separator: a reason may hold it again', () => {
    expect(refundPaymentOf('现金退还：她说“银行卡退还：不要”')).toBe('cash');
    expect(refundPaymentOf('paid back by Cash: paid back by card: no')).toBe(
      'cash',
    );
  });

  it('reads what an owner types by hand: the method alone, or without a reason', () => {
    expect(refundPaymentOf('现金')).toBe('cash');
    expect(refundPaymentOf(' 微信 ')).toBe('wechat');
    expect(refundPaymentOf('现金退还')).toBe('cash');
    expect(refundPaymentOf('银行卡退還:')).toBe('card');
    expect(refundPaymentOf('paid back by WeChat Pay')).toBe('wechat');
    // Full-width colon, half-width colon, full-width letters: alike.
    expect(refundPaymentOf('現金退還:搬家')).toBe('cash');
    expect(refundPaymentOf('ｐａｉｄ back by ｃａｓｈ: x')).toBe('cash');
  });

  it('names no method where the note does not, and guesses none', () => {
    expect(refundPaymentOf('顾客搬家')).toBeNull();
    expect(refundPaymentOf('退还：现金')).toBeNull();
    expect(refundPaymentOf('=HYPERLINK("x")')).toBeNull();
    expect(refundPaymentOf('')).toBeNull();
    expect(refundPaymentOf(null)).toBeNull();
    expect(refundPaymentOf(50)).toBeNull();
  });

  it('keeps the top-up notes read as before, and tells the two apart', () => {
    expect(topUpPaymentOf('微信付款')).toBe('wechat');
    expect(topUpPaymentOf('paid by Cash')).toBe('cash');
    // A top-up's note on a refund row names nothing, and the other way round.
    expect(refundPaymentOf('微信付款')).toBeNull();
    expect(topUpPaymentOf('现金退还：搬家')).toBeNull();
    expect(paymentInNote('现金退还：x', 'refund', () => null)).toBeNull();
  });
});

describe('tillOf with refunds (pure)', () => {
  const TZ = 'Asia/Shanghai';
  const now = new Date('2026-11-30T02:00:00Z');
  const today = dayNumber(now, TZ);
  const yesterday = new Date('2026-11-29T02:00:00Z');

  it('takes a refund off the method it was paid back with and off the total', () => {
    const till = tillOf(
      {dates: [now], amounts: [20], payments: ['现金'], voids: ['']},
      today,
      TZ,
      pay,
      {
        dates: [now, now, now, now, yesterday],
        changes: [100, 10, -30, 12.5, -40],
        reasons: ['topUp', 'bonus', 'refund', 'refund', 'refund'],
        payments: ['cash', null, 'cash', 'wechat', 'cash'],
      },
    );
    expect(till.today).toMatchObject({
      count: 1,
      // 20 + 100 in; 30 + 12.50 out (a hand-typed positive refund is money out too).
      total: 77.5,
      topUps: {count: 1, total: 100},
      refunds: {count: 2, total: 42.5},
      unreadable: 0,
    });
    expect(till.today.byPayment).toEqual([
      line('cash', {
        count: 1,
        total: 90,
        topUpCount: 1,
        topUpTotal: 100,
        refundCount: 1,
        refundTotal: 30,
      }),
      // A method that only paid out is listed, below zero.
      line('wechat', {total: -12.5, refundCount: 1, refundTotal: 12.5}),
    ]);
    expect(till.yesterday).toMatchObject({
      total: -40,
      refunds: {count: 1, total: 40},
    });
  });

  it('a refund whose method is not stated still comes off the total, under "not stated"', () => {
    const till = tillOf(
      {dates: [], amounts: [], payments: [], voids: []},
      today,
      TZ,
      pay,
      {
        dates: [now, now, now],
        changes: [-5, 'abc', -7],
        reasons: ['refund', 'refund', 'refund'],
        payments: [null, null, 'stored'],
      },
    );
    expect(till.today.total).toBe(-12);
    expect(till.today.unreadable).toBe(1);
    expect(till.today.byPayment).toEqual([
      line('', {total: -12, refundCount: 2, refundTotal: 12}),
    ]);
  });

  it('nets to the cent without binary noise', () => {
    const n = 10;
    const till = tillOf(
      {dates: [], amounts: [], payments: [], voids: []},
      today,
      TZ,
      pay,
      {
        dates: Array(2 * n).fill(now),
        changes: [...Array(n).fill(0.3), ...Array(n).fill(-0.1)],
        reasons: [...Array(n).fill('topUp'), ...Array(n).fill('refund')],
        payments: Array(2 * n).fill('cash'),
      },
    );
    expect(till.today.total).toBe(2);
    expect(till.today.byPayment[0]).toMatchObject({
      total: 2,
      topUpTotal: 3,
      refundTotal: 1,
    });
  });
});

type Refund = Out<RefundDone>;

async function topUpCash(emu: Emulator, amount: string): Promise<void> {
  const out = (await emu.scriptRun('topUp', [
    {requestId: rid('top'), customerId: 'C00001', amount, payment: 'cash'},
  ])) as Out<unknown>;
  expect(out.ok).toBe(true);
}

function refundRequest(o: Record<string, unknown> = {}) {
  return {
    requestId: rid('refund'),
    customerId: 'C00001',
    amount: '30',
    payment: 'cash',
    reason: '顾客搬家',
    ...o,
  };
}

function storedRows(emu: Emulator) {
  return rowsOf(emu as never, STORED_LEDGER);
}

describe('a refund paid back in cash, through the built bundle', () => {
  it('top-up ¥100 by cash, refund ¥30 by cash: the till’s cash line is ¥70', async () => {
    const {emu} = await loyaltyShop();
    await topUpCash(emu, '100');
    emu.clock.advance(60_000);
    const out = (await emu.scriptRun('refundStored', [
      refundRequest(),
    ])) as Refund;
    expect(out).toMatchObject({
      ok: true,
      repeated: false,
      value: {refunded: 30, payment: 'cash', before: 100, after: 70},
    });
    // The method in the book's language, with the reason typed.
    expect(storedRows(emu).map(r => [r.change, r.reason, r.note])).toEqual([
      [100, '充值', '现金付款'],
      [-30, '退款', '现金退还：顾客搬家'],
    ]);
    const till = (await emu.scriptRun('counterTill', [])) as TillView;
    expect(till.today).toMatchObject({
      total: 70,
      topUps: {count: 1, total: 100},
      refunds: {count: 1, total: 30},
    });
    expect(till.today.byPayment).toEqual([
      line('cash', {
        total: 70,
        topUpCount: 1,
        topUpTotal: 100,
        refundCount: 1,
        refundTotal: 30,
      }),
    ]);
  });

  it('writes the method in the book’s language whoever is at the counter; a hostile reason stays text', async () => {
    const {emu} = await loyaltyShop({locale: 'zh_TW'});
    emu.session.userLocale = 'en';
    await topUpCash(emu, '50');
    const out = (await emu.scriptRun('refundStored', [
      refundRequest({amount: '20', payment: 'wechat', reason: '=1+1'}),
    ])) as Refund;
    expect(out.ok).toBe(true);
    const row = storedRows(emu)[1];
    expect(row).toMatchObject({change: -20, reason: '退款'});
    expect(row.note).toBe('微信支付退還：=1+1');
    const till = (await emu.scriptRun('counterTill', [])) as TillView;
    expect(till.today.total).toBe(30);
    expect(till.today.byPayment.map(p => [p.payment, p.total])).toEqual([
      ['cash', 50],
      ['wechat', -20],
    ]);
  });

  it.each([
    ['en', 'A refund cannot be more than the balance, ¥100'],
    ['zh_TW', '退款不能超過餘額 ¥100'],
    ['zh_CN', '退款不能超过余额 ¥100'],
  ])(
    'a refund larger than the balance is refused in the viewer’s language (%s), nothing written',
    async (viewer, message) => {
      const {emu} = await loyaltyShop({locale: 'zh_CN'});
      emu.session.userLocale = viewer;
      await topUpCash(emu, '100');
      const out = (await emu.scriptRun('refundStored', [
        refundRequest({amount: '100.01'}),
      ])) as Refund;
      expect(out).toMatchObject({
        ok: false,
        message,
        fields: {amount: message},
      });
      expect(storedRows(emu)).toHaveLength(1);
      // The whole balance may go back.
      const all = (await emu.scriptRun('refundStored', [
        refundRequest({amount: '100'}),
      ])) as Refund;
      expect(all).toMatchObject({ok: true, value: {after: 0}});
    },
  );

  // A page that sends no method at all is written as "not stated" (retry-elsewhere.test.ts).
  it('asks how the money went back: blank, stored value or an unknown method is refused', async () => {
    const {emu} = await loyaltyShop();
    emu.session.userLocale = 'en';
    await topUpCash(emu, '100');
    for (const payment of ['', 'stored', 'bitcoin', '现金']) {
      const out = (await emu.scriptRun('refundStored', [
        refundRequest({payment}),
      ])) as Refund;
      expect(out).toMatchObject({
        ok: false,
        fields: {
          payment: 'Choose how the money was paid back (not into stored value)',
        },
      });
    }
    expect(storedRows(emu)).toHaveLength(1);
  });

  it('a retry of an answered refund or adjustment answers the same and writes nothing', async () => {
    const {emu} = await loyaltyShop();
    await topUpCash(emu, '100');
    const refund = refundRequest({amount: '12.34'});
    const first = (await emu.scriptRun('refundStored', [refund])) as Refund;
    await topUpCash(emu, '5');
    emu.cacheControl.evictAll();
    const again = (await emu.scriptRun('refundStored', [refund])) as Refund;
    expect(first).toMatchObject({ok: true, repeated: false});
    expect(again).toEqual({...first, repeated: true});
    const adjust = {
      requestId: rid('adjust'),
      customerId: 'C00001',
      change: -7,
      reason: '补录',
    };
    await emu.scriptRun('adjustPoints', [
      {...adjust, requestId: rid(), change: 10},
    ]);
    const a1 = (await emu.scriptRun('adjustPoints', [adjust])) as Out<unknown>;
    emu.cacheControl.evictAll();
    const a2 = (await emu.scriptRun('adjustPoints', [adjust])) as Out<unknown>;
    expect(a1).toMatchObject({ok: true, value: {before: 10, after: 3}});
    expect(a2).toEqual({...a1, repeated: true});
    expect(storedRows(emu)).toHaveLength(3);
  });
});

describe('a refund, top-up or adjustment confirmed again after its answer was lost', () => {
  it('answers with the row written, not with a form changed since', async () => {
    const {emu} = await loyaltyShop();
    await topUpCash(emu, '100');
    const first = refundRequest({amount: '30', payment: 'cash'});
    // The row is written and the answer lost: the form keeps its request id.
    emu.faults.killAt(c => c.cls === 'SpreadsheetApp' && c.method === 'flush', {
      keepUnflushed: 'all',
    });
    await expect(emu.scriptRun('refundStored', [first])).rejects.toThrow(
      /Exceeded maximum execution time/,
    );
    emu.cacheControl.evictAll();
    const changed = {...first, amount: '45', payment: 'wechat'};
    const again = (await emu.scriptRun('refundStored', [changed])) as Refund;
    expect(again).toMatchObject({
      ok: true,
      repeated: true,
      value: {refunded: 30, payment: 'cash', before: 100, after: 70},
    });
    expect(storedRows(emu).map(r => [r.change, r.note])).toEqual([
      [100, '现金付款'],
      [-30, '现金退还：顾客搬家'],
    ]);
  });

  it('a top-up likewise: the bonus still missing is the one for the amount written', async () => {
    const {emu} = await loyaltyShop({settings: {topUpBonus: '100:10, 300:40'}});
    const first = {
      requestId: rid('top'),
      customerId: 'C00003',
      amount: '100',
      payment: 'cash',
    };
    // Died at the flush with only the first of its two rows applied.
    emu.faults.killAt(c => c.cls === 'SpreadsheetApp' && c.method === 'flush', {
      keepUnflushed: 1,
    });
    await expect(emu.scriptRun('topUp', [first])).rejects.toThrow(
      /Exceeded maximum execution time/,
    );
    expect(storedRows(emu).map(r => [r.change, r.reason])).toEqual([
      [100, '充值'],
    ]);
    emu.cacheControl.evictAll();
    const again = (await emu.scriptRun('topUp', [
      {...first, amount: '300'},
    ])) as Out<unknown>;
    expect(again).toMatchObject({
      ok: true,
      repeated: true,
      value: {paid: 100, bonus: 10, before: 0, after: 110},
    });
    expect(storedRows(emu).map(r => [r.change, r.reason, r.note])).toEqual([
      [100, '充值', '现金付款'],
      [10, '赠送', '充100送10'],
    ]);
  });

  it('a points adjustment likewise', async () => {
    const {emu} = await loyaltyShop();
    const request = {
      requestId: rid('adjust'),
      customerId: 'C00002',
      change: 40,
      reason: '开业',
    };
    const first = (await emu.scriptRun('adjustPoints', [
      request,
    ])) as Out<unknown>;
    emu.cacheControl.evictAll();
    const again = (await emu.scriptRun('adjustPoints', [
      {...request, change: 25},
    ])) as Out<unknown>;
    expect(first).toMatchObject({ok: true, value: {change: 40, after: 40}});
    expect(again).toMatchObject({
      ok: true,
      repeated: true,
      value: {change: 40, before: 0, after: 40},
    });
  });
});

async function untilAnswered(emu: Emulator, request: unknown, arm: () => void) {
  let died = 0;
  for (let attempt = 1; attempt < 10; attempt++) {
    if (attempt === 1) arm();
    else emu.cacheControl.evictAll();
    try {
      return {
        answer: (await emu.scriptRun('refundStored', [request])) as Refund,
        died,
      };
    } catch (e) {
      expect((e as Error).message).toMatch(/Exceeded maximum execution time/);
      died++;
    }
  }
  throw new Error('refundStored never answered');
}

describe.each([
  ['lost', {keepUnflushed: 0}],
  ['applied', {keepUnflushed: 'all'}],
  ['half applied', {keepUnflushed: 1}],
] as Array<[string, KillOptions]>)(
  'a refund killed at every call (unflushed writes %s), cache forgotten, sent again',
  (_variant, o) => {
    it('one ledger row, and the till pays it out once', async () => {
      const {emu} = await loyaltyShop();
      await topUpCash(emu, '5000');
      await emu.scriptRun('refundStored', [refundRequest({amount: '1'})]);
      const n = emu.faults.lastCalls;
      expect(n).toBeGreaterThan(3);
      let died = 0;
      for (let k = 1; k <= n + 1; k++) {
        const request = refundRequest({amount: '1.5'});
        const sent = await untilAnswered(emu, request, () =>
          emu.faults.killAt(k, o),
        );
        died += sent.died;
        expect(sent.answer).toMatchObject({
          ok: true,
          value: {refunded: 1.5, payment: 'cash'},
        });
        const rows = storedRows(emu).filter(
          r => String(r.requestId) === request.requestId,
        );
        expect(rows.map(r => [r.change, r.note])).toEqual([
          [-1.5, '现金退还：顾客搬家'],
        ]);
      }
      expect(died).toBeGreaterThanOrEqual(n);
      // 5000 in; the first ¥1 and one ¥1.50 per kill point out, each once.
      const till = (await emu.scriptRun('counterTill', [])) as TillView;
      const out = 1 + 1.5 * (n + 1);
      expect(till.today.refunds).toEqual({count: n + 2, total: out});
      expect(till.today.total).toBe(Math.round((5000 - out) * 100) / 100);
      expect(till.today.byPayment).toEqual([
        expect.objectContaining({payment: 'cash', refundCount: n + 2}),
      ]);
    });
  },
);
