/**
 * Random sequences of sales, voids, redemptions, top-ups, payments from stored value,
 * refunds and adjustments through the built bundle: after every step each customer's
 * balances (the card) equal the sums of their ledger rows and a model kept here, never
 * go below zero, and a write is refused exactly when it would take a balance below zero.
 */
import * as fc from 'fast-check';
import {saleRequest} from '../counter/shop';
import {
  loyaltyShop,
  Out,
  POINTS_LEDGER,
  rowsOf,
  STORED_LEDGER,
} from './loyalty-shop';
import type {LoyaltyCard} from '../../src/domain/loyalty/wire';
import type {Emulator} from '../../emulator';

const CUSTOMERS = ['C00001', 'C00002'];

type Cmd =
  | {k: 'topUp'; c: number; cents: number}
  | {k: 'sale'; c: number; cents: number; stored: boolean; redeem: number}
  | {k: 'void'; pick: number}
  | {k: 'refund'; c: number; cents: number}
  | {k: 'adjust'; c: number; change: number};

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({
    k: fc.constant('topUp' as const),
    c: fc.nat(1),
    cents: fc.integer({min: 1, max: 40000}),
  }),
  fc.record({
    k: fc.constant('sale' as const),
    c: fc.nat(1),
    cents: fc.integer({min: 1, max: 20000}),
    stored: fc.boolean(),
    redeem: fc.oneof(fc.constant(0), fc.integer({min: 1, max: 400})),
  }),
  fc.record({k: fc.constant('void' as const), pick: fc.nat(20)}),
  fc.record({
    k: fc.constant('refund' as const),
    c: fc.nat(1),
    cents: fc.integer({min: 1, max: 20000}),
  }),
  fc.record({
    k: fc.constant('adjust' as const),
    c: fc.nat(1),
    change: fc.integer({min: -300, max: 300}).filter(n => n !== 0),
  }),
);

/** Balances as the rules say they should be: points, and stored value in cents. */
class Model {
  points = [0, 0];
  cents = [0, 0];
  sales: Array<{
    id: string;
    c: number;
    earned: number;
    redeemed: number;
    paidStored: number;
    voided: boolean;
  }> = [];

  bonusCents(cents: number): number {
    // Settings "100:10, 300:40": the highest tier reached.
    if (cents >= 30000) return 4000;
    if (cents >= 10000) return 1000;
    return 0;
  }
}

const money = (cents: number) => (cents / 100).toFixed(2);

function ledgerSums(emu: Emulator) {
  const sum = (def: typeof POINTS_LEDGER, scale: number) =>
    CUSTOMERS.map(c =>
      Math.round(
        rowsOf(emu as never, def)
          .filter(r => r.customer === c)
          .reduce((s, r) => s + Number(r.change) * scale, 0),
      ),
    );
  const negative = (def: typeof POINTS_LEDGER) =>
    rowsOf(emu as never, def).filter(r => Number(r.balance) < 0).length;
  return {
    points: sum(POINTS_LEDGER, 1),
    cents: sum(STORED_LEDGER, 100),
    negative: negative(POINTS_LEDGER) + negative(STORED_LEDGER),
  };
}

let n = 0;
const id = () => `prop-${String(++n).padStart(8, '0')}`;

async function step(emu: Emulator, m: Model, x: Cmd): Promise<void> {
  if (x.k === 'topUp') {
    const out = (await emu.scriptRun('topUp', [
      {
        requestId: id(),
        customerId: CUSTOMERS[x.c],
        amount: money(x.cents),
        payment: 'cash',
      },
    ])) as Out<unknown>;
    expect(out.ok).toBe(true);
    m.cents[x.c] += x.cents + m.bonusCents(x.cents);
  } else if (x.k === 'sale') {
    // 100 points take 1 off (the default); the money off never more than the amount.
    const offCents = x.redeem;
    const paidCents = x.cents - offCents;
    const short =
      x.redeem > m.points[x.c] ||
      paidCents < 0 ||
      (x.stored && paidCents > m.cents[x.c]);
    const rid = id();
    const out = (await emu.scriptRun('logSale', [
      {
        ...saleRequest(rid, {
          amount: money(x.cents),
          payment: x.stored ? 'stored' : 'cash',
          redeem: x.redeem ? {points: x.redeem, as: 'money'} : null,
        }),
        customerId: CUSTOMERS[x.c],
      },
    ])) as Out<unknown>;
    expect({refused: !out.ok, x}).toEqual({refused: short, x});
    if (!out.ok) return;
    const earned = Math.floor(paidCents / 100);
    m.points[x.c] += earned - x.redeem;
    if (x.stored) m.cents[x.c] -= paidCents;
    m.sales.push({
      id: rid,
      c: x.c,
      earned,
      redeemed: x.redeem,
      paidStored: x.stored ? paidCents : 0,
      voided: false,
    });
  } else if (x.k === 'void') {
    const s = m.sales[x.pick % Math.max(1, m.sales.length)];
    if (!s) return;
    const out = (await emu.scriptRun('voidSale', [
      {requestId: id(), saleRequestId: s.id, by: ''},
    ])) as Out<unknown>;
    expect(out.ok).toBe(true);
    if (s.voided) return;
    s.voided = true;
    // Earned points go back as far as the balance allows; spent ones come back.
    const net = s.redeemed - s.earned;
    m.points[s.c] += m.points[s.c] + net < 0 ? -m.points[s.c] : net;
    m.cents[s.c] += s.paidStored;
  } else if (x.k === 'refund') {
    const out = (await emu.scriptRun('refundStored', [
      {
        requestId: id(),
        customerId: CUSTOMERS[x.c],
        amount: money(x.cents),
        payment: 'cash',
        reason: '退款',
      },
    ])) as Out<unknown>;
    const short = x.cents > m.cents[x.c];
    expect({refused: !out.ok, x}).toEqual({refused: short, x});
    if (out.ok) m.cents[x.c] -= x.cents;
  } else {
    const out = (await emu.scriptRun('adjustPoints', [
      {
        requestId: id(),
        customerId: CUSTOMERS[x.c],
        change: x.change,
        reason: '调整',
      },
    ])) as Out<unknown>;
    const short = m.points[x.c] + x.change < 0;
    expect({refused: !out.ok, x}).toEqual({refused: short, x});
    if (out.ok) m.points[x.c] += x.change;
  }
}

test('balances are the ledger sums, never negative, refused exactly when short', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(cmd, {minLength: 4, maxLength: 14}),
      async cmds => {
        const {emu} = await loyaltyShop({
          settings: {topUpBonus: '100:10, 300:40'},
        });
        const m = new Model();
        for (const x of cmds) {
          await step(emu, m, x);
          emu.clock.advance(60_000);
          const sums = ledgerSums(emu);
          expect(sums).toEqual({points: m.points, cents: m.cents, negative: 0});
        }
        for (const [i, c] of CUSTOMERS.entries()) {
          const card = (await emu.scriptRun('customerCard', [c])) as {
            loyalty: LoyaltyCard;
          };
          expect(card.loyalty).toMatchObject({
            points: m.points[i],
            stored: m.cents[i] / 100,
            problems: 0,
          });
        }
      },
    ),
    {numRuns: 12, seed: 20261130},
  );
}, 300_000);
