/**
 * A sale on a tier's double points day, killed at every call and sent again: whatever
 * the killed execution kept (the sale row without its earn row included), the points
 * ledger ends with the points the Sales tab's row says it earned, double, once. Google's
 * side as in once-only.test.ts: Quotas ("Exceeded maximum execution time"),
 * SpreadsheetApp.flush (writes are batched); Cache reference (entries may go early).
 */
import {KillOptions} from '../../emulator';
import {bundleShop, putRows, rowsOf} from '../counter/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {POINTS_LEDGER} from '../../src/sheets/schema-loyalty';
import {TIER_LOG, TIERS} from '../../src/sheets/schema-tiers';

async function doubleDayShop() {
  const s = bundleShop('zh_CN', '2026-03-10T06:00:00Z');
  putRows(s.emu, CUSTOMERS, [
    {id: 'C00001', name: '王秀英', phone: '13800000001'},
  ]);
  putRows(s.emu, TIERS, [
    {name: '普通'},
    {name: '金卡', measure: '消费', min: 3000, doubleDays: '2026-03-10'},
  ]);
  putRows(s.emu, TIER_LOG, [
    {date: '2026-03-01', customer: 'C00001', to: '金卡', change: '升级'},
  ]);
  await s.emu.scriptRun('counterBootstrap', []);
  return s.emu;
}

test.each([
  ['applied', {keepUnflushed: 'all'}],
  ['half applied', {keepUnflushed: 1}],
] as Array<[string, KillOptions]>)(
  'a double points sale killed at every call (writes %s) and sent again earns double, once',
  async (_v, o) => {
    for (let k = 1; k <= 30; k++) {
      const emu = await doubleDayShop();
      const r = `double-sale-${String(k).padStart(4, '0')}`;
      const req = {
        requestId: r,
        customerId: 'C00001',
        newCustomer: null,
        items: '蛋糕',
        amount: '18',
        payment: 'cash',
        note: '',
      };
      let answer: {ok: boolean; value?: {points: number}} | null = null;
      for (let attempt = 1; attempt < 10 && !answer; attempt++) {
        if (attempt === 1) emu.faults.killAt(k, o);
        else emu.cacheControl.evictAll();
        try {
          answer = (await emu.scriptRun('logSale', [req])) as typeof answer;
        } catch (e) {
          expect((e as Error).message).toMatch(
            /Exceeded maximum execution time/,
          );
        }
      }
      expect(answer).toMatchObject({ok: true, value: {points: 36}});
      const sale = rowsOf(emu, SALES).filter(s => s.requestId === r);
      expect(sale).toMatchObject([{points: 36}]);
      const earn = rowsOf(emu, POINTS_LEDGER).filter(x => x.requestId === r);
      expect(earn).toMatchObject([{change: 36}]);
    }
  },
);
