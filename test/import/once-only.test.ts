/**
 * An import killed at any of its service calls (Apps Script stops an execution at its
 * time limit, or a browser closes), then run again: every purchase and every customer of
 * the export is on the book exactly once, whether Google had applied none, some or all
 * of the killed run's pending writes. The same for an undo: killed anywhere and run
 * again, nothing of the batch is left and nothing else is touched.
 */
import {bundleShop, rowsOf} from '../counter/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {loyverseReceipts, putExport} from './exports';

jest.setTimeout(300_000);

type Done = {ok: boolean; batch: string; sales: number};

function shop() {
  const s = bundleShop('zh_CN', '2026-03-25T04:00:00Z');
  putExport(s.emu, 'receipts', loyverseReceipts());
  const run = () => s.app.call('runImport', [{sheet: 'receipts'}]) as Done;
  const sales = () => rowsOf(s.emu, SALES).filter(r => r.date !== '');
  const customers = () =>
    rowsOf(s.emu, CUSTOMERS).filter(c => c.id !== '' || c.name !== '');
  return {...s, run, sales, customers};
}

function callsOf(f: (s: ReturnType<typeof shop>) => void): number {
  const s = shop();
  f(s);
  return s.emu.faults.lastCalls;
}

// Lost, partly kept and all kept for the import; lost for the undo (its writes are row
// deletions, which the retry finds done or not): each sweep loads the bundle per call.
const KEEP = [0, 3, 'all'] as const;

describe('an import killed at every call, then run again', () => {
  const n = callsOf(s => s.run());
  test.each(KEEP)('pending writes kept: %s', keep => {
    expect(n).toBeGreaterThan(10);
    for (let k = 1; k <= n; k++) {
      const s = shop();
      s.emu.faults.killAt(k, {keepUnflushed: keep});
      expect(() => s.run()).toThrow(/Exceeded maximum execution time/);
      const again = s.run();
      const sales = s.sales();
      const receipts = sales.map(r => String(r.receipt)).sort();
      expect([k, receipts]).toEqual([k, [...new Set(receipts)]]);
      expect([k, sales.length]).toEqual([k, 7]);
      const ids = s.customers().map(c => String(c.id));
      expect([k, ids.length, new Set(ids).size]).toEqual([k, 3, 3]);
      // Every sale of a customer names one who is on the book.
      for (const r of sales)
        if (r.customer !== '') expect(ids).toContain(String(r.customer));
      if (!again.ok) expect(sales.every(r => r.batch !== '')).toBe(true);
    }
  });
});

describe('an undo killed at every call, then run again', () => {
  const n = callsOf(s => {
    const done = s.run();
    s.app.call('undoImport', [{batch: done.batch}]);
  });
  test.each([0] as const)('pending writes kept: %s', keep => {
    for (let k = 1; k <= n; k++) {
      const s = shop();
      const done = s.run();
      s.emu.faults.killAt(k, {keepUnflushed: keep});
      expect(() => s.app.call('undoImport', [{batch: done.batch}])).toThrow(
        /Exceeded maximum execution time/,
      );
      s.app.call('undoImport', [{batch: done.batch}]);
      expect([k, s.sales().length, s.customers().length]).toEqual([k, 0, 0]);
    }
  });
});
