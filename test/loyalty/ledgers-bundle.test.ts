/**
 * Points and stored value through the built bundle, called as the sidebar calls them:
 * top up with a bonus, pay from the balance, redeem points as money off, void, and the
 * balances back where they were; refusals that would go below zero; the card; calls.
 */
import {putRows, saleRequest} from '../counter/shop';
import {
  loyaltyShop,
  Out,
  POINTS_LEDGER,
  rid,
  rowsOf,
  STORED_LEDGER,
} from './loyalty-shop';
import type {
  AdjustDone,
  LoyaltyCard,
  RefundDone,
  SaleLoyalty,
  TopUpDone,
} from '../../src/domain/loyalty/wire';

type SaleOut = Out<{amount: number; points: number; loyalty: SaleLoyalty}>;

describe('points and stored value in the built bundle', () => {
  it('top up → pay from the balance → redeem → void: balances back, every change a row', async () => {
    const {emu} = await loyaltyShop({
      settings: {topUpBonus: '100:10, 300:40', pointsPerMoneyOff: 10},
    });
    const top = (await emu.scriptRun('topUp', [
      {requestId: rid(), customerId: 'C00001', amount: '100', payment: 'cash'},
    ])) as Out<TopUpDone>;
    expect(top).toMatchObject({
      ok: true,
      value: {paid: 100, bonus: 10, before: 0, after: 110},
    });
    emu.clock.advance(60_000);
    const paid = rid();
    const sale = (await emu.scriptRun('logSale', [
      saleRequest(paid, {amount: '36.5', payment: 'stored'}),
    ])) as SaleOut;
    expect(sale.ok && sale.value.loyalty).toEqual({
      pointsBefore: 0,
      pointsAfter: 36,
      earned: 36,
      redeemed: 0,
      moneyOff: 0,
      storedBefore: 110,
      storedAfter: 73.5,
      storedPaid: 36.5,
    });
    // 30 points at 10 a unit: 3 off an 18 sale, which is stored as 15 and earns 15.
    emu.clock.advance(60_000);
    const redeemed = rid();
    const sale2 = (await emu.scriptRun('logSale', [
      saleRequest(redeemed, {redeem: {points: 30, as: 'money'}}),
    ])) as SaleOut;
    expect(sale2.ok && sale2.value).toMatchObject({
      amount: 15,
      points: 15,
      loyalty: {pointsBefore: 36, pointsAfter: 21, redeemed: 30, moneyOff: 3},
    });
    let card = (await emu.scriptRun('customerCard', ['C00001'])) as {
      loyalty: LoyaltyCard;
    };
    expect(card.loyalty).toMatchObject({points: 21, stored: 73.5, problems: 0});
    expect(card.loyalty.recent.map(l => [l.kind, l.reason, l.change])).toEqual([
      ['points', 'sale', 15],
      ['points', 'redemption', -30],
      ['points', 'sale', 36],
      ['stored', 'payment', -36.5],
      ['stored', 'bonus', 10],
      ['stored', 'topUp', 100],
    ]);
    for (const saleRequestId of [paid, redeemed]) {
      const v = (await emu.scriptRun('voidSale', [
        {requestId: rid(), saleRequestId, by: '小王'},
      ])) as Out<unknown>;
      expect(v.ok).toBe(true);
    }
    card = (await emu.scriptRun('customerCard', ['C00001'])) as {
      loyalty: LoyaltyCard;
    };
    expect(card.loyalty).toMatchObject({points: 15, stored: 110});
    const points = rowsOf(emu as never, POINTS_LEDGER);
    // The void of the first sale takes back its 36 but only 21 are left: it takes 21
    // and says 15 were not taken back; the second gives back 30 and takes 15.
    expect(
      points.map(r => [r.change, r.balance, r.reason, r.requestId]),
    ).toEqual([
      [36, 36, '消费', paid],
      [-30, 6, '兑换', `${redeemed}:redeem`],
      [15, 21, '消费', redeemed],
      [-21, 0, '作废', `void:${paid}`],
      [15, 15, '作废', `void:${redeemed}`],
    ]);
    expect(points[3].note).toBe('撤销时余额不足，少扣 15');
    const stored = rowsOf(emu as never, STORED_LEDGER);
    expect(stored.map(r => [r.change, r.balance, r.reason])).toEqual([
      [100, 100, '充值'],
      [10, 110, '赠送'],
      [-36.5, 73.5, '消费'],
      [36.5, 110, '作废'],
    ]);
  });

  it('refuses what would go below zero, in the viewer’s language, and writes nothing', async () => {
    const {emu} = await loyaltyShop({locale: 'en'});
    const short = (await emu.scriptRun('logSale', [
      saleRequest(rid(), {payment: 'stored'}),
    ])) as SaleOut;
    expect(short).toMatchObject({
      ok: false,
      message: 'Not enough stored value: the balance is ¥0, ¥18 to pay',
    });
    const redeem = (await emu.scriptRun('logSale', [
      saleRequest(rid(), {redeem: {points: 5, as: 'gift', gift: 'cup'}}),
    ])) as SaleOut;
    expect(redeem).toMatchObject({
      ok: false,
      message: 'Not enough points: 0 on the balance, 5 asked',
    });
    const refund = (await emu.scriptRun('refundStored', [
      {
        requestId: rid(),
        customerId: 'C00001',
        amount: '1',
        payment: 'cash',
        reason: 'moving',
      },
    ])) as Out<RefundDone>;
    expect(refund).toMatchObject({
      ok: false,
      message: 'A refund cannot be more than the balance, ¥0',
    });
    const take = (await emu.scriptRun('adjustPoints', [
      {requestId: rid(), customerId: 'C00001', change: -1, reason: 'typo'},
    ])) as Out<AdjustDone>;
    expect(take.ok).toBe(false);
    expect(rowsOf(emu as never, POINTS_LEDGER)).toEqual([]);
    expect(rowsOf(emu as never, STORED_LEDGER)).toEqual([]);
  });
});

describe('SpreadsheetApp calls', () => {
  it('a sale with points and a top-up cost the same few calls on a short and a long ledger', async () => {
    const {emu} = await loyaltyShop({settings: {topUpBonus: '100:10'}});
    const counts: Record<string, number[]> = {sale: [], topUp: [], stored: []};
    for (const size of [10, 20_000]) {
      for (const def of [POINTS_LEDGER, STORED_LEDGER]) {
        const rows = Array.from({length: size}, (_, i) => ({
          date: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
          customer: `C${String((i % 3) + 1).padStart(5, '0')}`,
          change: 1,
          requestId: `old-${def.key}-${size}-${i}`,
        }));
        putRows(emu as never, def, rows);
      }
      const sale = (await emu.scriptRun('logSale', [
        saleRequest(rid()),
      ])) as SaleOut;
      expect(sale.ok).toBe(true);
      counts.sale.push(emu.calls.spreadsheet('execution'));
      const top = (await emu.scriptRun('topUp', [
        {
          requestId: rid(),
          customerId: 'C00001',
          amount: '100',
          payment: 'cash',
        },
      ])) as Out<TopUpDone>;
      expect(top.ok && top.value.bonus).toBe(10);
      counts.topUp.push(emu.calls.spreadsheet('execution'));
      const paid = (await emu.scriptRun('logSale', [
        saleRequest(rid(), {payment: 'stored'}),
      ])) as SaleOut;
      expect(paid.ok).toBe(true);
      counts.stored.push(emu.calls.spreadsheet('execution'));
    }
    // A sale: the Sales tab's 5 (the spreadsheet, the tab, its data in one call, the
    // row, the flush) and the Points tab's 3 (the tab, its data in one call, the row):
    // 8, the target. A top-up with its bonus: the spreadsheet, the tab, its data in one
    // call, two rows, the flush. Paid from stored value: the Stored value tab's 3 besides.
    expect(counts).toEqual({sale: [8, 8], topUp: [6, 6], stored: [11, 11]});
  });
});
