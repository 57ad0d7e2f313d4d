/**
 * A customer whose ledger rows were written under their phone before they got an id:
 * the card, the sale's balance checks, the void, refunds and adjustments all count the
 * rows under the id and under the phone, as the tiers do, so the counter never refuses
 * what the card shows. Through the built bundle, with the cache kept and forgotten.
 */
import {SALES} from '../../src/sheets/schema-sales';
import {customers, saleRequest} from '../counter/shop';
import {
  loyaltyShop,
  POINTS_LEDGER,
  putRows,
  rid,
  rowsOf,
  STORED_LEDGER,
} from './loyalty-shop';
import type {LoyaltyCard} from '../../src/domain/loyalty/wire';
import type {Emulator} from '../../emulator';

type Out = {ok: boolean; message?: string; value?: Record<string, unknown>};

const PHONE = customers(3)[0].phone;

async function shopWithPhoneRows() {
  const {emu} = await loyaltyShop();
  const when = new Date(Date.UTC(2026, 0, 5));
  // Typed as the phone, with the stray spaces of a hand edit.
  putRows(emu as never, STORED_LEDGER, [
    {date: when, customer: ` ${PHONE} `, change: 50, reason: '充值'},
  ]);
  putRows(emu as never, POINTS_LEDGER, [
    {date: when, customer: PHONE, change: 100, reason: '调整'},
  ]);
  return emu;
}

async function card(emu: Emulator): Promise<LoyaltyCard> {
  return (
    (await emu.scriptRun('customerCard', ['C00001'])) as {loyalty: LoyaltyCard}
  ).loyalty;
}

describe.each([
  ['cache kept', false],
  ['cache forgotten', true],
])('ledger rows under the phone of a customer with an id (%s)', (_n, evict) => {
  test('the card shows them and a sale may spend them all', async () => {
    const emu = await shopWithPhoneRows();
    expect(await card(emu)).toMatchObject({points: 100, stored: 50});
    if (evict) emu.cacheControl.evictAll();
    const r = rid('keys-sale');
    const out = (await emu.scriptRun('logSale', [
      saleRequest(r, {
        amount: '51',
        payment: 'stored',
        redeem: {points: 100, as: 'money'},
      }),
    ])) as Out;
    expect(out.message).toBeUndefined();
    expect(out.ok).toBe(true);
    // 100 points are 1 off (the default rule): all 50 of stored value pays the rest.
    const paid = out.value?.amount as number;
    expect(paid).toBe(50);
    expect(out.value?.loyalty).toMatchObject({
      pointsBefore: 100,
      redeemed: 100,
      storedBefore: 50,
      storedAfter: 50 - paid,
    });
    const pay = rowsOf(emu as never, STORED_LEDGER).find(
      x => x.requestId === `${r}:pay`,
    );
    // Balance after counts the phone's rows too.
    expect(pay).toMatchObject({customer: 'C00001', balance: 50 - paid});
    expect(await card(emu)).toMatchObject({stored: 50 - paid});
    // The void gives back what was spent, under the sale's key.
    if (evict) emu.cacheControl.evictAll();
    const v = (await emu.scriptRun('voidSale', [
      {requestId: rid('keys-void'), saleRequestId: r, by: ''},
    ])) as Out;
    expect(v.ok).toBe(true);
    expect(await card(emu)).toMatchObject({points: 100, stored: 50});
    expect(
      rowsOf(emu as never, SALES).filter(s => s.requestId === r),
    ).toHaveLength(1);
  });

  test('a refund and an adjustment may take what the card shows, and no more', async () => {
    const emu = await shopWithPhoneRows();
    if (evict) emu.cacheControl.evictAll();
    const refund = (amount: string) =>
      emu.scriptRun('refundStored', [
        {
          requestId: rid('keys-ref'),
          customerId: 'C00001',
          amount,
          payment: 'cash',
          reason: '退款',
        },
      ]) as Promise<Out>;
    expect(await refund('50.01')).toMatchObject({ok: false});
    expect(await refund('50')).toMatchObject({
      ok: true,
      value: {before: 50, after: 0},
    });
    const adjust = (change: number) =>
      emu.scriptRun('adjustPoints', [
        {
          requestId: rid('keys-adj'),
          customerId: 'C00001',
          change,
          reason: '更正',
        },
      ]) as Promise<Out>;
    expect(await adjust(-101)).toMatchObject({ok: false});
    expect(await adjust(-100)).toMatchObject({
      ok: true,
      value: {before: 100, after: 0},
    });
    expect(await card(emu)).toMatchObject({points: 0, stored: 0});
  });
});

describe('a book too big for one cache value (6,000 customers)', () => {
  test('a sale to a customer costs the same calls as in a small book; a forgotten part reads the tab', async () => {
    const {emu} = await loyaltyShop({customers: 6000});
    const sale = async () => {
      const out = (await emu.scriptRun('logSale', [
        saleRequest(rid('big-keys')),
      ])) as Out;
      expect(out.ok).toBe(true);
      return emu.calls.spreadsheet('execution');
    };
    // The Sales tab's 5 and the Points tab's 3, as in a book of three customers.
    expect(await sale()).toBe(8);
    // CacheService keeps what it likes: without the map, the Customers tab is read.
    emu.cacheControl.evictAll();
    expect(await sale()).toBeGreaterThan(8);
  }, 120_000);
});
