/**
 * Today's till: sales, total and payment methods for today and yesterday in the
 * spreadsheet's time zone, void rows left out, at a constant number of SpreadsheetApp
 * calls however long the Sales tab.
 */
import {tillOf} from '../../src/domain/counter/till';
import {dayNumber} from '../../src/domain/dates';
import {parseOption} from '../../src/sheets/schema-options';
import {logSale} from '../../src/usecases/counter';
import {counterTill} from '../../src/usecases/counter-till';
import {voidSale} from '../../src/usecases/counter-void';
import {
  deps,
  Emu,
  putRows,
  saleRequest,
  SALES,
  shopForTests,
  ZHANG,
} from './shop';

const TZ = 'Asia/Shanghai';
const pay = (v: unknown) => parseOption('payment', v);

describe('tillOf (pure)', () => {
  const now = new Date('2026-11-30T02:00:00Z'); // 10:00 in Shanghai
  const today = dayNumber(now, TZ);
  it('counts today and yesterday by the shop’s calendar, by payment, void rows out', () => {
    const till = tillOf(
      {
        dates: [
          new Date('2026-11-29T16:30:00Z'), // 00:30 today in Shanghai
          new Date('2026-11-30T01:00:00Z'),
          new Date('2026-11-30T01:30:00Z'),
          new Date('2026-11-29T15:59:00Z'), // 23:59 yesterday
          new Date('2026-11-28T12:00:00Z'), // the day before: not shown
          new Date('2026-11-30T01:40:00Z'),
        ],
        amounts: [10, '¥12.50', 99, 7, 1000, 'n/a'],
        payments: ['微信', 'cash', '现金', 'Alipay', 'cash', ''],
        voids: ['', '', '作废 · 小王 · 2026-11-30 09:35', '', '', ''],
      },
      today,
      TZ,
      pay,
    );
    expect(till.today).toMatchObject({
      count: 3,
      total: 22.5,
      voided: 1,
      unreadable: 1,
    });
    expect(till.today.byPayment).toEqual([
      {
        payment: 'cash',
        count: 1,
        total: 12.5,
        topUpCount: 0,
        topUpTotal: 0,
        refundCount: 0,
        refundTotal: 0,
      },
      {
        payment: 'wechat',
        count: 1,
        total: 10,
        topUpCount: 0,
        topUpTotal: 0,
        refundCount: 0,
        refundTotal: 0,
      },
      {
        payment: '',
        count: 1,
        total: 0,
        topUpCount: 0,
        topUpTotal: 0,
        refundCount: 0,
        refundTotal: 0,
      },
    ]);
    expect(till.yesterday).toMatchObject({count: 1, total: 7, voided: 0});
    expect(till.yesterday.byPayment).toEqual([
      {
        payment: 'alipay',
        count: 1,
        total: 7,
        topUpCount: 0,
        topUpTotal: 0,
        refundCount: 0,
        refundTotal: 0,
      },
    ]);
  });

  it('adds money without binary noise', () => {
    const dates = Array(10).fill(now);
    const till = tillOf(
      {dates, amounts: Array(10).fill(0.1), payments: [], voids: []},
      today,
      TZ,
      pay,
    );
    expect(till.today.total).toBe(1);
  });
});

describe('counterTill on the emulator', () => {
  let emu: Emu;
  shopForTests(e => (emu = e), {customers: [ZHANG]});

  it('shows a sale logged now, and no longer counts it once voided', () => {
    const rid = 'till-sale-0001';
    emu.run(() => logSale(saleRequest(rid, {amount: '18'}), deps(emu)));
    emu.run(() =>
      logSale(
        saleRequest('till-sale-0002', {amount: '5', payment: 'cash'}),
        deps(emu),
      ),
    );
    let till = emu.run(() => counterTill(deps(emu)));
    expect(till.today).toMatchObject({iso: '2025-06-15', count: 2, total: 23});
    const v = emu.run(() =>
      voidSale(
        {requestId: 'void-0000001', saleRequestId: rid, by: '小王'},
        deps(emu),
      ),
    );
    expect(v.ok).toBe(true);
    till = emu.run(() => counterTill(deps(emu)));
    expect(till.today).toMatchObject({count: 1, total: 5, voided: 1});
    expect(till.today.byPayment).toEqual([
      {
        payment: 'cash',
        count: 1,
        total: 5,
        topUpCount: 0,
        topUpTotal: 0,
        refundCount: 0,
        refundTotal: 0,
      },
    ]);
  });

  it('costs the same SpreadsheetApp calls on 10 and on 20,000 sales', () => {
    const counts: number[] = [];
    for (const size of [10, 20_000]) {
      const rows = [];
      for (let i = 0; i < size; i++) {
        rows.push({
          date: new Date(Date.UTC(2025, 5, 14, 0, 0) + i * 1000),
          customer: 'C00001',
          amount: 10,
          payment: '现金',
        });
      }
      putRows(emu, SALES, rows);
      emu.run(() => counterTill(deps(emu))); // the context, cached as the sidebar does
      const till = emu.run(() => counterTill(deps(emu)));
      expect(till.today.count + till.yesterday.count).toBeGreaterThan(0);
      counts.push(emu.calls.spreadsheet('execution'));
    }
    expect(counts[0]).toBe(counts[1]);
    // Sales and Stored value (top-ups are money in): one call each for its data.
    expect(emu.calls.spreadsheet('execution')).toBe(5);
    expect(emu.calls.byMethod('execution')).toMatchObject({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 2,
      'Sheet.getSheetValues': 2,
    });
  });
});
