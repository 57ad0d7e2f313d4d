/**
 * Balances brought in by an import killed at any of its service calls (the time limit,
 * a closed browser), then run again: each customer of the export is on the book once
 * and has exactly one opening row per ledger, with the export's balance, whether Google
 * had applied none or all of the killed run's pending writes. An undo killed anywhere
 * and run again leaves no opening row.
 */
import {bundleShop, rowsOf} from '../counter/shop';
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
