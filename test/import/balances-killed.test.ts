/**
 * Balances brought in by an import killed at any of its service calls (the time limit,
 * a closed browser), then run again: each customer of the export is on the book once
 * and has exactly one opening row per ledger, with the export's balance, whether Google
 * had applied none or all of the killed run's pending writes. An undo killed anywhere
 * and run again leaves no opening row.
 */
import {bundleShop, putRows, rowsOf} from '../counter/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {POINTS_LEDGER, STORED_LEDGER} from '../../src/sheets/schema-loyalty';
import {Grid, putExport} from './exports';

jest.setTimeout(120_000);

type Done = {ok: boolean; batch: string};

function members(): Grid {
  return [
    ['会员号', '会员名称', '手机号', '会员等级', '积分', '余额'],
    ['8001', '陈大文', 13512345678, '金卡', 320, '1,000.00'],
    ['8002', '欧阳小凤', 13512340000, '普通', 15, ''],
    ['8003', '李四', 13912340000, '普通', '', '¥66.60'],
  ];
}

const WANT = {
  points: [
    ['8001', 320],
    ['8002', 15],
  ],
  stored: [
    ['8001', 1000],
    ['8003', 66.6],
  ],
};

function shop() {
  const s = bundleShop('zh_CN', '2026-03-25T04:00:00Z');
  putExport(s.emu, '会员列表', members());
  const run = () => s.app.call('runImport', [{sheet: '会员列表'}]) as Done;
  const ledger = (def: typeof POINTS_LEDGER) =>
    rowsOf(s.emu, def)
      .filter(r => r.date !== '')
      .map(r => [r.customer, r.change]);
  const ids = () =>
    rowsOf(s.emu, CUSTOMERS)
      .filter(c => c.id !== '')
      .map(c => String(c.id));
  return {...s, run, ledger, ids};
}

function callsOf(f: (s: ReturnType<typeof shop>) => void): number {
  const s = shop();
  f(s);
  return s.emu.faults.lastCalls;
}

describe('an import of balances killed at every call, then run again', () => {
  const n = callsOf(s => s.run());
  // Lost but three, and all kept: each sweep loads the bundle once per call.
  test.each([3, 'all'] as const)('pending writes kept: %s', keep => {
    expect(n).toBeGreaterThan(5);
    for (let k = 1; k <= n; k++) {
      const s = shop();
      s.emu.faults.killAt(k, {keepUnflushed: keep});
      expect(() => s.run()).toThrow(/Exceeded maximum execution time/);
      s.run();
      expect([k, s.ids()]).toEqual([k, ['8001', '8002', '8003']]);
      expect([k, s.ledger(POINTS_LEDGER)]).toEqual([k, WANT.points]);
      expect([k, s.ledger(STORED_LEDGER)]).toEqual([k, WANT.stored]);
      // And a third run adds nothing.
      expect(s.run().ok).toBe(false);
      expect(s.ledger(POINTS_LEDGER)).toHaveLength(2);
    }
  });
});

describe('an undo of balances killed at every call, then run again', () => {
  const n = callsOf(s => {
    const done = s.run();
    s.app.call('undoImport', [{batch: done.batch}]);
  });
  test('nothing of the batch is left', () => {
    for (let k = 1; k <= n; k++) {
      const s = shop();
      const done = s.run();
      s.emu.faults.killAt(k, {keepUnflushed: 0});
      expect(() => s.app.call('undoImport', [{batch: done.batch}])).toThrow(
        /Exceeded maximum execution time/,
      );
      s.app.call('undoImport', [{batch: done.batch}]);
      expect([
        k,
        s.ids(),
        s.ledger(POINTS_LEDGER),
        s.ledger(STORED_LEDGER),
      ]).toEqual([k, [], [], []]);
    }
  });
});

describe('an import killed after its customers, run again, then the first batch undone', () => {
  // The killed run's customers carry its batch; the second run finds them on the book
  // and writes their opening rows under its own batch. Undoing the first batch must not
  // leave those rows under customers who are gone.
  const n = callsOf(s => s.run());

  /** Killed at call k with its writes kept, run again: the two batches, or null. */
  function split(k: number) {
    const s = shop();
    s.emu.faults.killAt(k, {keepUnflushed: 'all'});
    expect(() => s.run()).toThrow(/Exceeded maximum execution time/);
    const second = s.run();
    const first = rowsOf(s.emu, CUSTOMERS)
      .map(c => String(c.batch))
      .find(b => b !== '' && b !== second.batch);
    return first === undefined ? null : {s, first, second: second.batch};
  }

  test('no balance is left without its customer; one used since keeps both', () => {
    // The kill points between the customers' write and their balances' are one run of
    // calls near the end: swept from the last call back to the first before that run.
    const hits: number[] = [];
    for (let k = n; k >= 1; k--) {
      const r = split(k);
      if (!r) {
        if (hits.length) break;
        continue;
      }
      hits.push(k);
      const {s, first, second} = r;
      s.app.call('undoImport', [{batch: first}]);
      const ids = new Set(s.ids());
      const orphans = [
        ...s.ledger(POINTS_LEDGER),
        ...s.ledger(STORED_LEDGER),
      ].filter(([c]) => !ids.has(String(c)));
      expect([k, orphans]).toEqual([k, []]);
      // The second batch's undo then removes whatever of it is left.
      s.app.call('undoImport', [{batch: second}]);
      expect([
        k,
        s.ids(),
        s.ledger(POINTS_LEDGER),
        s.ledger(STORED_LEDGER),
      ]).toEqual([k, [], [], []]);
    }
    expect(hits.length).toBeGreaterThan(0);

    // The counter spends from 8001's stored value after the second run: the undo of the
    // first batch keeps 8001 and the opening row spent from.
    const r = split(hits[0]);
    if (!r) throw new Error('the kill point no longer splits the import');
    putRows(r.s.emu, STORED_LEDGER, [
      {
        date: new Date('2026-03-25T05:00:00Z'),
        customer: '8001',
        change: -100,
        balance: 900,
        reason: '消费',
        requestId: 'r-spend-1',
      },
    ]);
    r.s.app.call('undoImport', [{batch: r.first}]);
    expect(r.s.ids()).toEqual(['8001']);
    expect(r.s.ledger(STORED_LEDGER)).toEqual([
      ['8001', 1000],
      ['8001', -100],
    ]);
    // 8001's points, whichever batch wrote them, stay only with 8001.
    for (const [c] of r.s.ledger(POINTS_LEDGER)) expect(c).toBe('8001');
  });
});
