/**
 * A sale that spends a customer's whole balance (stored value and points), killed at
 * every call after its spending rows and sent again: the retry checks the balance as it
 * was before its own rows, so the sale goes through once and is never refused with the
 * money already taken. Google's side as in once-only.test.ts: Quotas ("Exceeded maximum
 * execution time"), SpreadsheetApp.flush (writes are batched).
 */
import {Emulator, KillOptions} from '../../emulator';
import {SALES} from '../../src/sheets/schema-sales';
import {saleRequest} from '../counter/shop';
import {
  loyaltyShop,
  POINTS_LEDGER,
  rowsOf,
  STORED_LEDGER,
} from './loyalty-shop';

type Out = {ok: boolean; message?: string; value?: Record<string, unknown>};

async function send(emu: Emulator, req: unknown, k: number, o: KillOptions) {
  for (let attempt = 1; attempt < 10; attempt++) {
    if (attempt === 1) emu.faults.killAt(k, o);
    else emu.cacheControl.evictAll();
    try {
      return (await emu.scriptRun('logSale', [req])) as Out;
    } catch (e) {
      expect((e as Error).message).toMatch(/Exceeded maximum execution time/);
    }
  }
  throw new Error('logSale never answered');
}

test.each([
  ['applied', {keepUnflushed: 'all'}],
  ['half applied', {keepUnflushed: 1}],
] as Array<[string, KillOptions]>)(
  'a sale spending the whole balance, killed at every call (writes %s), then sent again, goes through once',
  async (_v, o) => {
    for (let k = 1; k <= 40; k++) {
      const {emu} = await loyaltyShop();
      await emu.scriptRun('topUp', [
        {
          requestId: 'all-top-0001',
          customerId: 'C00001',
          amount: '19',
          payment: 'cash',
        },
      ]);
      await emu.scriptRun('adjustPoints', [
        {
          requestId: 'all-adj-0001',
          customerId: 'C00001',
          change: 100,
          reason: '补录',
        },
      ]);
      const r = `all-sale-${String(k).padStart(4, '0')}`;
      const req = saleRequest(r, {
        amount: '20',
        payment: 'stored',
        redeem: {points: 100, as: 'money'},
      });
      const answer = await send(emu, req, k, o);
      expect(answer).toMatchObject({ok: true, value: {amount: 19}});
      const stored = rowsOf(emu as never, STORED_LEDGER);
      expect(stored.filter(x => x.requestId === `${r}:pay`)).toHaveLength(1);
      const points = rowsOf(emu as never, POINTS_LEDGER);
      expect(points.filter(x => x.requestId === `${r}:redeem`)).toHaveLength(1);
      expect(
        rowsOf(emu as never, SALES).filter(s => s.requestId === r),
      ).toHaveLength(1);
    }
  },
);
