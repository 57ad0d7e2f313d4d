/**
 * Loyalty writes sent again after their answer was lost, through the built bundle:
 * a top-up's retry finds its earlier rows by their Ref anywhere on the Stored value tab,
 * so a form changed to another customer in between never gives that customer the bonus;
 * and a refund from a page loaded before refunds asked for a method (no `payment` sent)
 * is written as "not stated", which the till already counts, while a method that is
 * sent and wrong is still refused.
 */
import type {TillView} from '../../src/domain/counter/wire';
import type {RefundDone, TopUpDone} from '../../src/domain/loyalty/wire';
import {
  loyaltyShop,
  Out,
  putRows,
  rid,
  rowsOf,
  STORED_LEDGER,
} from './loyalty-shop';

describe('a top-up sent again after its answer was lost', () => {
  /** The first row of a top-up whose execution ended before its bonus row. */
  async function halfWritten(locale = 'zh_CN') {
    const shop = await loyaltyShop({
      locale,
      settings: {topUpBonus: '100:10'},
    });
    const ref = rid('top');
    putRows(shop.emu as never, STORED_LEDGER, [
      {
        date: new Date('2026-03-25T04:00:00Z'),
        customer: 'C00001',
        change: 100,
        balance: 100,
        reason: locale === 'en_US' ? 'Top-up' : '充值',
        requestId: ref,
        note: locale === 'en_US' ? 'paid by Cash' : '现金付款',
      },
    ]);
    const stored = () =>
      rowsOf(shop.emu as never, STORED_LEDGER)
        .filter(r => r.date !== '')
        .map(r => [r.customer, r.change, r.requestId]);
    return {...shop, ref, stored};
  }

  it('for another customer: refused, saying whose it is; no bonus written', async () => {
    const {emu, ref, stored} = await halfWritten();
    const out = (await emu.scriptRun('topUp', [
      {requestId: ref, customerId: 'C00002', amount: '100', payment: 'cash'},
    ])) as Out<TopUpDone>;
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.message).toContain('C00001');
    expect(out.message).not.toMatch(/NaN|undefined/);
    expect(stored()).toEqual([['C00001', 100, ref]]);
  });

  it('for another customer, in English', async () => {
    const {emu, ref, stored} = await halfWritten('en_US');
    emu.session.userLocale = 'en';
    const out = (await emu.scriptRun('topUp', [
      {requestId: ref, customerId: 'C00003', amount: '50', payment: 'cash'},
    ])) as Out<TopUpDone>;
    expect(out).toMatchObject({ok: false});
    if (out.ok) return;
    expect(out.message).toMatch(/^This top-up was recorded for C00001/);
    expect(stored()).toEqual([['C00001', 100, ref]]);
  });

  it('for the same customer: the bonus is added to that customer, once', async () => {
    const {emu, ref, stored} = await halfWritten();
    const out = (await emu.scriptRun('topUp', [
      {requestId: ref, customerId: 'C00001', amount: '100', payment: 'cash'},
    ])) as Out<TopUpDone>;
    expect(out).toMatchObject({
      ok: true,
      repeated: true,
      value: {paid: 100, bonus: 10, before: 0, after: 110},
    });
    expect(stored()).toEqual([
      ['C00001', 100, ref],
      ['C00001', 10, `${ref}:bonus`],
    ]);
  });
});

describe('a refund from a page that sends no method', () => {
  it('is written with the method not stated; the till counts it under "not stated"', async () => {
    const {emu} = await loyaltyShop({settings: {topUpBonus: '100:10'}});
    emu.session.userLocale = 'en';
    const top = (await emu.scriptRun('topUp', [
      {
        requestId: rid('top'),
        customerId: 'C00001',
        amount: '100',
        payment: 'cash',
      },
    ])) as Out<TopUpDone>;
    expect(top.ok).toBe(true);
    const out = (await emu.scriptRun('refundStored', [
      {
        requestId: rid('refund'),
        customerId: 'C00001',
        amount: '30',
        reason: '顾客搬家',
      },
    ])) as Out<RefundDone>;
    expect(out).toMatchObject({
      ok: true,
      value: {refunded: 30, payment: '', before: 110, after: 80},
    });
    const row = rowsOf(emu as never, STORED_LEDGER).filter(
      r => r.date !== '',
    )[2];
    // The book's language (简体), the reason as typed; no method named.
    expect(row).toMatchObject({change: -30, reason: '退款'});
    expect(row.note).toBe('退还（未注明方式）：顾客搬家');
    const till = (await emu.scriptRun('counterTill', [])) as TillView;
    expect(till.today.refunds).toEqual({count: 1, total: 30});
    expect(till.today.total).toBe(70);
    expect(
      till.today.byPayment.map(p => [p.payment, p.refundTotal]),
    ).toContainEqual(['', 30]);
  });

  it('a method sent and not a method is still refused', async () => {
    const {emu} = await loyaltyShop();
    emu.session.userLocale = 'en';
    await emu.scriptRun('topUp', [
      {
        requestId: rid('top'),
        customerId: 'C00001',
        amount: '100',
        payment: 'cash',
      },
    ]);
    for (const payment of ['', 'stored', 'bitcoin', 3]) {
      const out = (await emu.scriptRun('refundStored', [
        {
          requestId: rid('refund'),
          customerId: 'C00001',
          amount: '30',
          payment,
          reason: 'x',
        },
      ])) as Out<RefundDone>;
      expect([payment, out.ok]).toEqual([payment, false]);
    }
    expect(
      rowsOf(emu as never, STORED_LEDGER).filter(r => r.date !== ''),
    ).toHaveLength(1);
  });
});
