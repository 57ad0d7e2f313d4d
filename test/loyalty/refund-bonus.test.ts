/**
 * A top-up bonus (充150送10) is the shop's gift, spent in the shop and never paid back as
 * money: a refund pays at most the balance less the bonus still held, spending taking
 * the customer's own money first. The rule in the domain, and the server's refusal
 * through the built Code.js, as the counter calls it.
 */
import {storedParts, StoredRow} from '../../src/domain/loyalty/refundable';
import {saleRequest} from '../counter/shop';
import {loyaltyShop, Out, rid, rowsOf, STORED_LEDGER} from './loyalty-shop';
import type {
  LoyaltyCard,
  RefundDone,
  TopUpDone,
} from '../../src/domain/loyalty/wire';

const row = (yuan: number, reason: string): StoredRow => ({
  units: Math.round(yuan * 100),
  reason,
});

describe('the part of a stored-value balance that can be paid back', () => {
  it('Emily: ¥150 paid, ¥10 bonus, ¥36 spent, ¥30 refunded: ¥84 refundable, ¥10 kept', () => {
    expect(
      storedParts([
        row(150, 'topUp'),
        row(10, 'bonus'),
        row(-36, 'payment'),
        row(-30, 'refund'),
      ]),
    ).toEqual({paid: 8400, bonus: 1000});
  });

  it('spending uses paid money first; the bonus only once that is gone', () => {
    const rows = [row(100, 'topUp'), row(10, 'bonus'), row(-105, 'payment')];
    expect(storedParts(rows)).toEqual({paid: 0, bonus: 500});
  });

  it('a void giving back a spend that used bonus restores the bonus first', () => {
    const rows = [
      row(100, 'topUp'),
      row(10, 'bonus'),
      row(-105, 'payment'),
      row(105, 'void'),
    ];
    expect(storedParts(rows)).toEqual({paid: 10000, bonus: 1000});
  });

  it('a bonus taken down by hand below zero comes off the paid part; nothing is negative', () => {
    expect(
      storedParts([row(50, 'topUp'), row(10, 'bonus'), row(-15, 'bonus')]),
    ).toEqual({paid: 4500, bonus: 0});
    expect(storedParts([row(-20, 'adjustment')])).toEqual({paid: 0, bonus: 0});
  });

  it('an owner’s adjustment adds paid money; a book without bonuses refunds it all', () => {
    expect(
      storedParts([row(20, 'adjustment'), row(30, 'topUp'), row(-5, 'refund')]),
    ).toEqual({paid: 4500, bonus: 0});
  });
});

describe('a refund never pays out bonus money (built bundle)', () => {
  async function emily(locale: string) {
    const {emu} = await loyaltyShop({
      locale,
      settings: {topUpBonus: '150:10'},
    });
    const top = (await emu.scriptRun('topUp', [
      {requestId: rid(), customerId: 'C00001', amount: '150', payment: 'cash'},
    ])) as Out<TopUpDone>;
    expect(top).toMatchObject({ok: true, value: {bonus: 10, after: 160}});
    const sale = (await emu.scriptRun('logSale', [
      saleRequest(rid(), {amount: '36', payment: 'stored'}),
    ])) as Out<unknown>;
    expect(sale.ok).toBe(true);
    const first = (await emu.scriptRun('refundStored', [
      {
        requestId: rid(),
        customerId: 'C00001',
        amount: '30',
        payment: 'cash',
        reason: 'part back',
      },
    ])) as Out<RefundDone>;
    expect(first).toMatchObject({ok: true, value: {after: 94}});
    return emu;
  }

  it.each([
    [
      'en_US',
      '$',
      'At most $84 can be paid back: the $10 bonus is not paid back',
    ],
    ['zh_CN', '¥', '最多可退 ¥84：赠送的 ¥10 不退'],
    ['zh_TW', 'NT$', '最多可退 NT$84：贈送的 NT$10 不退'],
  ])(
    'the whole ¥94 is refused in %s with the refundable amount and the bonus named, nothing written',
    async (locale, currency, message) => {
      const emu = await emily(locale);
      const card = (await emu.scriptRun('customerCard', ['C00001'])) as {
        loyalty: LoyaltyCard;
      };
      expect(card.loyalty).toMatchObject({stored: 94, storedBonus: 10});
      const all = (await emu.scriptRun('refundStored', [
        {
          requestId: rid(),
          customerId: 'C00001',
          amount: `${currency}94`,
          payment: 'cash',
          reason: 'closing the card',
        },
      ])) as Out<RefundDone>;
      expect(all).toMatchObject({
        ok: false,
        message,
        fields: {amount: message},
      });
      expect(rowsOf(emu as never, STORED_LEDGER)).toHaveLength(4);
    },
  );

  it('¥84 goes back, the ¥10 bonus stays on the balance; a retry writes nothing more', async () => {
    const emu = await emily('en_US');
    const req = {
      requestId: rid(),
      customerId: 'C00001',
      amount: '84',
      payment: 'cash',
      reason: 'closing the card',
    };
    const out = (await emu.scriptRun('refundStored', [req])) as Out<RefundDone>;
    expect(out).toMatchObject({
      ok: true,
      value: {refunded: 84, before: 94, after: 10},
    });
    const again = (await emu.scriptRun('refundStored', [
      req,
    ])) as Out<RefundDone>;
    expect(again).toMatchObject({ok: true, repeated: true});
    expect(rowsOf(emu as never, STORED_LEDGER)).toHaveLength(5);
    const more = (await emu.scriptRun('refundStored', [
      {...req, requestId: rid(), amount: '0.01'},
    ])) as Out<RefundDone>;
    expect(more).toMatchObject({
      ok: false,
      message: 'At most $0 can be paid back: the $10 bonus is not paid back',
    });
  });

  it('loyalty refusals carry the book’s currency', async () => {
    const {emu} = await loyaltyShop({locale: 'en_US'});
    const short = (await emu.scriptRun('logSale', [
      saleRequest(rid(), {payment: 'stored'}),
    ])) as Out<unknown>;
    expect(short).toMatchObject({
      ok: false,
      message: 'Not enough stored value: the balance is $0, $18 to pay',
    });
    const refund = (await emu.scriptRun('refundStored', [
      {
        requestId: rid(),
        customerId: 'C00001',
        amount: '1',
        payment: 'cash',
        reason: 'x',
      },
    ])) as Out<RefundDone>;
    expect(refund).toMatchObject({
      ok: false,
      message: 'A refund cannot be more than the balance, $0',
    });
  });
});
