/**
 * The till and stored value, through the built bundle as the sidebar calls it: a top-up
 * is money in by the method it was paid with; a sale paid from a balance took no money
 * and stands apart; a refund of a balance is money out of the method it was paid back
 * with (its note says which; without one, out of "not stated"); bonus rows are not
 * money; a voided sale leaves every figure.
 */
import {saleRequest} from './shop';
import {topUpPaymentOf} from '../../src/usecases/counter-till';
import {tillOf} from '../../src/domain/counter/till';
import {dayNumber} from '../../src/domain/dates';
import {parseOption} from '../../src/sheets/schema-options';
import {
  loyaltyShop,
  Out,
  putRows,
  rid,
  STORED_LEDGER,
} from '../loyalty/loyalty-shop';
import type {TillView} from '../../src/domain/counter/wire';

describe('a top-up’s method from its ledger note', () => {
  it('reads the note topUp writes, in each language, and a bare method', () => {
    expect(topUpPaymentOf('微信付款')).toBe('wechat');
    expect(topUpPaymentOf('現金付款')).toBe('cash');
    expect(topUpPaymentOf('paid by WeChat Pay')).toBe('wechat');
    expect(topUpPaymentOf('Paid by cash')).toBe('cash');
    expect(topUpPaymentOf('支付宝')).toBe('alipay');
    expect(topUpPaymentOf('她说下次再付')).toBeNull();
    expect(topUpPaymentOf('')).toBeNull();
    expect(topUpPaymentOf(42)).toBeNull();
  });
});

describe('tillOf with the stored-value ledger (pure)', () => {
  const TZ = 'Asia/Shanghai';
  const now = new Date('2026-11-30T02:00:00Z');
  const today = dayNumber(now, TZ);
  it('adds top-ups by method, takes refunds off, keeps balance sales apart', () => {
    const till = tillOf(
      {
        dates: [now, now, now],
        amounts: [18, 30, 'x'],
        payments: ['微信', '储值', '储值'],
        voids: ['', '', ''],
      },
      today,
      TZ,
      v => parseOption('payment', v),
      {
        dates: [now, now, now, now, now, now, new Date('2026-11-20T02:00:00Z')],
        changes: [100, 10, -30, -5, '¥50', 'oops', 999],
        reasons: [
          'topUp',
          'bonus',
          'payment',
          'refund',
          'topUp',
          'topUp',
          'topUp',
        ],
        payments: ['wechat', null, null, null, null, 'cash', 'cash'],
      },
    );
    expect(till.today).toMatchObject({
      count: 3,
      total: 163,
      fromBalances: {count: 2, total: 30},
      topUps: {count: 2, total: 150},
      refunds: {count: 1, total: 5},
      unreadable: 2,
    });
    expect(till.today.byPayment).toEqual([
      {
        payment: 'wechat',
        count: 1,
        total: 118,
        topUpCount: 1,
        topUpTotal: 100,
        refundCount: 0,
        refundTotal: 0,
      },
      // The refund without a stated method comes off "not stated".
      {
        payment: '',
        count: 0,
        total: 45,
        topUpCount: 1,
        topUpTotal: 50,
        refundCount: 1,
        refundTotal: 5,
      },
    ]);
  });
});

describe('counterTill with stored value, in the built bundle', () => {
  it('充100 by WeChat is WeChat money, ¥20 paid back by WeChat comes off it; a sale from the balance is not money; void as before', async () => {
    const {emu} = await loyaltyShop({settings: {topUpBonus: '100:10'}});
    const top = (await emu.scriptRun('topUp', [
      {
        requestId: rid(),
        customerId: 'C00001',
        amount: '100',
        payment: 'wechat',
      },
    ])) as Out<unknown>;
    expect(top.ok).toBe(true);
    emu.clock.advance(60_000);
    const fromBalance = rid();
    for (const [id, over] of [
      [fromBalance, {amount: '30', payment: 'stored'}],
      [rid(), {amount: '18', payment: 'wechat'}],
      [rid(), {amount: '12', payment: 'stored'}],
    ] as const) {
      const s = (await emu.scriptRun('logSale', [
        saleRequest(id, over),
      ])) as Out<unknown>;
      expect(s.ok).toBe(true);
      emu.clock.advance(60_000);
    }
    const refund = (await emu.scriptRun('refundStored', [
      {
        requestId: rid(),
        customerId: 'C00001',
        amount: '20',
        payment: 'wechat',
        reason: '搬家',
      },
    ])) as Out<unknown>;
    expect(refund.ok).toBe(true);

    let till = (await emu.scriptRun('counterTill', [])) as TillView;
    expect(till.today).toMatchObject({
      count: 3,
      total: 98,
      fromBalances: {count: 2, total: 42},
      topUps: {count: 1, total: 100},
      refunds: {count: 1, total: 20},
      unreadable: 0,
      voided: 0,
    });
    expect(till.today.byPayment).toEqual([
      {
        payment: 'wechat',
        count: 1,
        total: 98,
        topUpCount: 1,
        topUpTotal: 100,
        refundCount: 1,
        refundTotal: 20,
      },
    ]);

    const v = (await emu.scriptRun('voidSale', [
      {requestId: rid(), saleRequestId: fromBalance, by: '小王'},
    ])) as Out<unknown>;
    expect(v.ok).toBe(true);
    till = (await emu.scriptRun('counterTill', [])) as TillView;
    // The give-back is a ledger row, not money: only the balance line moves.
    expect(till.today).toMatchObject({
      count: 2,
      total: 98,
      fromBalances: {count: 1, total: 12},
      voided: 1,
    });
  });

  it('one read of the Stored value tab, the same calls on 10 and on 20,000 ledger rows', async () => {
    const counts: number[] = [];
    for (const size of [10, 20_000]) {
      const {emu} = await loyaltyShop();
      const rows = [];
      for (let i = 0; i < size; i++) {
        rows.push({
          date: new Date(emu.clock.now().getTime() - i * 1000),
          customer: 'C00001',
          change: 10,
          balance: 10 * (i + 1),
          reason: '充值',
          requestId: `r${i}`,
          note: '现金付款',
        });
      }
      putRows(emu as never, STORED_LEDGER, rows);
      await emu.scriptRun('counterTill', []);
      const till = (await emu.scriptRun('counterTill', [])) as TillView;
      expect(till.today.topUps.count + till.yesterday.topUps.count).toBe(
        Math.min(size, 20_000),
      );
      counts.push(emu.calls.spreadsheet('execution'));
      if (size === 10) {
        expect(emu.calls.byMethod('execution')).toMatchObject({
          'SpreadsheetApp.getActiveSpreadsheet': 1,
          'Spreadsheet.getSheetByName': 2,
          'Sheet.getSheetValues': 2,
        });
      }
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBe(5);
  });
});
