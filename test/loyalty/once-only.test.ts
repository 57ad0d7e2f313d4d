/**
 * Loyalty writes once per request id whatever happens to the execution: the built
 * bundle on the emulator, each write killed at each of its service calls in turn (its
 * unflushed writes lost, kept, or half kept, as Google may do), then sent again with the
 * same request id, the cache forgetting in between. Every ledger row exactly once.
 *
 * Google's side, as in test/counter/once-only.test.ts: Cache reference (entries may go
 * before they expire); Quotas ("Exceeded maximum execution time"); SpreadsheetApp.flush
 * (writes are batched); Lock reference, releaseLock.
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

type Out = {ok: boolean; repeated?: boolean; value?: Record<string, unknown>};

async function sendUntilAnswered(
  emu: Emulator,
  fn: string,
  request: unknown,
  before: (attempt: number) => void = () => {},
): Promise<{answer: Out; failures: number}> {
  let failures = 0;
  for (let attempt = 1; attempt < 10; attempt++) {
    before(attempt);
    try {
      return {answer: (await emu.scriptRun(fn, [request])) as Out, failures};
    } catch (e) {
      expect((e as Error).message).toMatch(/Exceeded maximum execution time/);
      failures++;
    }
  }
  throw new Error(`${fn} never answered`);
}

const id = (kind: string, v: string, k: number) =>
  `ll-${kind}-${v}-${String(k).padStart(4, '0')}`;

function refs(emu: Emulator, def: typeof POINTS_LEDGER): string[] {
  return rowsOf(emu as never, def).map(r => String(r.requestId));
}

function once(list: string[], ref: string): void {
  expect(list.filter(r => r === ref)).toEqual([ref]);
}

interface Kind {
  name: string;
  fn: string;
  request(k: number, v: string): Record<string, unknown>;
  prepare?(emu: Emulator, v: string): Promise<void>;
  check(emu: Emulator, k: number, v: string, answer: Out): void;
}

const KINDS: Kind[] = [
  {
    name: 'top-up with its bonus',
    fn: 'topUp',
    request: (k, v) => ({
      requestId: id('top', v, k),
      customerId: 'C00001',
      amount: '100',
      payment: 'cash',
    }),
    check(emu, k, v, answer) {
      expect(answer.value).toMatchObject({paid: 100, bonus: 10});
      const stored = refs(emu, STORED_LEDGER);
      once(stored, id('top', v, k));
      once(stored, `${id('top', v, k)}:bonus`);
    },
  },
  {
    name: 'sale paid from stored value, with points redeemed and earned',
    fn: 'logSale',
    async prepare(emu) {
      await emu.scriptRun('topUp', [
        {
          requestId: 'prep-top-000001',
          customerId: 'C00001',
          amount: '5000',
          payment: 'cash',
        },
      ]);
      await emu.scriptRun('adjustPoints', [
        {
          requestId: 'prep-adj-000001',
          customerId: 'C00001',
          change: 100000,
          reason: 'opening balance',
        },
      ]);
    },
    request: (k, v) =>
      saleRequest(id('sale', v, k), {
        amount: '20',
        payment: 'stored',
        redeem: {points: 100, as: 'money'},
      }) as unknown as Record<string, unknown>,
    check(emu, k, v, answer) {
      expect(answer.value).toMatchObject({amount: 19, points: 19});
      const r = id('sale', v, k);
      once(refs(emu, STORED_LEDGER), `${r}:pay`);
      const points = refs(emu, POINTS_LEDGER);
      once(points, `${r}:redeem`);
      once(points, r);
      expect(
        rowsOf(emu as never, SALES).filter(s => s.requestId === r),
      ).toHaveLength(1);
    },
  },
  {
    name: 'refund',
    fn: 'refundStored',
    async prepare(emu) {
      await emu.scriptRun('topUp', [
        {
          requestId: 'prep-top-000002',
          customerId: 'C00002',
          amount: '5000',
          payment: 'cash',
        },
      ]);
    },
    request: (k, v) => ({
      requestId: id('refund', v, k),
      customerId: 'C00002',
      amount: '1.5',
      payment: 'cash',
      reason: '退卡',
    }),
    check(emu, k, v) {
      once(refs(emu, STORED_LEDGER), id('refund', v, k));
    },
  },
  {
    name: 'points adjustment',
    fn: 'adjustPoints',
    request: (k, v) => ({
      requestId: id('adjust', v, k),
      customerId: 'C00003',
      change: 5,
      reason: '补录',
    }),
    check(emu, k, v) {
      once(refs(emu, POINTS_LEDGER), id('adjust', v, k));
    },
  },
  {
    name: 'void of a sale paid from stored value',
    fn: 'voidSale',
    async prepare(emu, v) {
      await emu.scriptRun('topUp', [
        {
          requestId: 'prep-top-000003',
          customerId: 'C00002',
          amount: '5000',
          payment: 'cash',
        },
      ]);
      for (let k = -1; k <= 60; k++) {
        const out = (await emu.scriptRun('logSale', [
          {
            ...saleRequest(id('tovoid', v, k + 1), {
              payment: 'stored',
              amount: '30',
            }),
            customerId: 'C00002',
          },
        ])) as Out;
        expect(out.ok).toBe(true);
      }
    },
    request: (k, v) => ({
      requestId: id('void', v, k + 1),
      saleRequestId: id('tovoid', v, k + 1),
      by: '小王',
    }),
    check(emu, k, v) {
      const ref = `void:${id('tovoid', v, k + 1)}`;
      once(refs(emu, POINTS_LEDGER), ref);
      once(refs(emu, STORED_LEDGER), ref);
    },
  },
];

async function sweep(kind: Kind, v: string, o: KillOptions) {
  const {emu} = await loyaltyShop({settings: {topUpBonus: '100:10'}});
  await kind.prepare?.(emu, v);
  const clean = await sendUntilAnswered(emu, kind.fn, kind.request(0, v));
  expect(clean.answer.ok).toBe(true);
  kind.check(emu, 0, v, clean.answer);
  await sendUntilAnswered(emu, kind.fn, kind.request(-1, v));
  const n = emu.faults.lastCalls;
  expect(n).toBeGreaterThan(3);
  let killed = 0;
  for (let k = 1; k <= n + 1; k++) {
    const {answer, failures} = await sendUntilAnswered(
      emu,
      kind.fn,
      kind.request(k, v),
      attempt => {
        if (attempt === 1) emu.faults.killAt(k, o);
        else emu.cacheControl.evictAll();
      },
    );
    killed += failures;
    expect(answer.ok).toBe(true);
    kind.check(emu, k, v, answer);
  }
  expect(killed).toBeGreaterThanOrEqual(n);
  // A retry of an answered request changes nothing either.
  const before = [
    refs(emu, POINTS_LEDGER).length,
    refs(emu, STORED_LEDGER).length,
  ];
  emu.cacheControl.evictAll();
  const again = await sendUntilAnswered(emu, kind.fn, kind.request(1, v));
  expect(again.answer).toMatchObject({ok: true, repeated: true});
  expect([
    refs(emu, POINTS_LEDGER).length,
    refs(emu, STORED_LEDGER).length,
  ]).toEqual(before);
}

describe.each([
  ['lost', {keepUnflushed: 0}],
  ['applied', {keepUnflushed: 'all'}],
  ['half applied', {keepUnflushed: 1}],
] as Array<[string, KillOptions]>)(
  'loyalty writes killed at every call, unflushed writes %s, cache evicted, sent again',
  (variant, o) => {
    test.each(KINDS.map(k => k.name))(
      '%s: every row exactly once',
      async name => {
        const kind = KINDS.find(k => k.name === name)!;
        await sweep(kind, variant.replace(/\W+/g, ''), o);
      },
    );
  },
);
