/**
 * A book made before the Points ledger kept points only in the Sales tab's Points column
 * (and Sales history's). Set up shop, run on it once the ledger comes, carries them into
 * the ledger once: one opening row per customer, the cards show the sums, and nothing
 * else moves. Through the built bundle.
 */
import {bundleShop, putRows, rowsOf, sheetOf} from '../counter/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {SALES_HISTORY} from '../../src/sheets/schema-history';
import {POINTS_LEDGER} from '../../src/sheets/schema-loyalty';
import type {LoyaltyCard} from '../../src/domain/loyalty/wire';
import type {Emulator} from '../../emulator';

jest.setTimeout(120_000);

const HOSTILE = '=HYPERLINK("http://evil.example","x")';
const PEOPLE = [
  {id: 'C00001', name: '张三', phone: '13800138000'},
  {id: 'C00002', name: '李四', phone: '13900139000'},
  // Typed with an apostrophe, as Sheets keeps a formula-like name as text.
  {id: 'C00003', name: `'${HOSTILE}`, phone: '13700137000'},
  // No id: the counter keys her by the phone, typed with its country code.
  {id: '', name: '<script>alert(1)</script>', phone: '+86 136 0013 6000'},
];

const day = (d: number) => new Date(Date.UTC(2026, 0, d, 4));

/** The sales of an old book: points written by the counter of the day, and some not. */
const SALE_ROWS = [
  {date: day(2), customer: 'C00001', amount: 10, points: 10},
  {date: day(3), customer: 'C00001', amount: 5, points: 5},
  // Logged under the phone before 张三 had an id: still his.
  {date: day(4), customer: '13800138000', amount: 7, points: 7},
  {date: day(5), customer: 'C00002', amount: 20, points: 20},
  {
    date: day(6),
    customer: 'C00002',
    amount: 100,
    points: 100,
    void: '作废 · 小王',
  },
  {date: day(7), customer: 'C00002', amount: 8, points: 'abc'},
  {date: day(8), customer: 'C00001', amount: 3, points: 2.5},
  {date: day(9), customer: 'C00003', amount: 3, points: 3},
  {date: day(10), customer: '+86 136 0013 6000', amount: 4, points: 4},
  // A walk-in sale, and one typed by hand with no points: nothing to carry.
  {date: day(11), customer: '', amount: 9, points: 9},
  {date: day(12), customer: 'C00002', amount: 30, points: ''},
  // Someone no longer on the Customers tab.
  {date: day(13), customer: 'X999', amount: 6, points: 6},
];

const WANT = [
  ['C00001', 22, 'carried:c00001'],
  ['C00002', 20, 'carried:c00002'],
  ['C00003', 3, 'carried:c00003'],
  ['+86 136 0013 6000', 4, 'carried:+86 136 0013 6000'],
];

type Emu = Emulator;

/** A book as it was before the ledger: Set up shop of then, no Points tab. */
function oldBook(o: {history?: Array<Record<string, unknown>>} = {}) {
  const {emu, app} = bundleShop('zh_CN', '2026-03-10T06:00:00Z');
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  ss.deleteSheet(sheetOf(emu, POINTS_LEDGER) as never);
  putRows(emu, CUSTOMERS, PEOPLE);
  putRows(emu, SALES, SALE_ROWS);
  if (o.history) {
    const sheet = ss.insertSheet(SALES_HISTORY.names['zh-CN']);
    const header = SALES_HISTORY.columns.map(c => c.names['zh-CN']);
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
    putRows(emu, SALES_HISTORY, o.history);
  }
  const setUp = () =>
    app.call('setUpShop', []) as {
      unchanged: boolean;
      message: string;
      carriedPoints: {customers: number; total: number; problems: number};
    };
  return {emu, app, setUp};
}

function ledger(emu: Emu) {
  return rowsOf(emu, POINTS_LEDGER)
    .filter(r => r.customer !== '')
    .map(r => [r.customer, r.change, r.requestId]);
}

async function pointsOf(emu: Emu, key: string): Promise<number> {
  const card = (await emu.scriptRun('customerCard', [key])) as {
    loyalty: LoyaltyCard;
  };
  return card.loyalty.points;
}

describe('Set up shop on a book whose points are only in the Sales tab', () => {
  test('one opening row per customer; the cards show the sums; run again: nothing new', async () => {
    const {emu, setUp} = oldBook();
    const first = setUp();
    expect(ledger(emu)).toEqual(WANT);
    const rows = rowsOf(emu, POINTS_LEDGER).filter(r => r.customer !== '');
    for (const r of rows) {
      // The reason and the note of an opening balance, in the book's language.
      expect(r.reason).toBe('调整');
      expect(r.note).toBe('积分表启用前的销售积分');
      expect(r.balance).toBe(r.change);
    }
    expect(first.carriedPoints).toEqual({customers: 4, total: 49, problems: 3});
    expect(first.unchanged).toBe(false);
    expect(first.message).toContain('4 位客户，共 49 分');
    // What could not be read is named with its row, never guessed or rounded.
    expect(first.message).toContain('销售 第 7 行：积分“abc”读不懂');
    expect(first.message).toContain('销售 第 8 行：积分“2.5”不是整数');
    expect(first.message).toContain('客户“X999”不在客户表，6 分');

    expect(await pointsOf(emu, 'C00001')).toBe(22);
    expect(await pointsOf(emu, 'C00002')).toBe(20);
    expect(await pointsOf(emu, 'C00003')).toBe(3);
    expect(await pointsOf(emu, '+86 136 0013 6000')).toBe(4);

    // Hostile text stays text: the key with its "+" and the names around it.
    const card = (await emu.scriptRun('customerCard', ['C00003'])) as {
      name: string;
    };
    expect(card.name).toBe(HOSTILE);
    const sheet = sheetOf(emu, POINTS_LEDGER);
    expect(sheet.getRange(1, 1, 6, 8).getFormulas().flat().join('')).toBe('');

    const sales = rowsOf(emu, SALES);
    const again = setUp();
    expect(ledger(emu)).toEqual(WANT);
    expect(again.carriedPoints.customers).toBe(0);
    expect(again.unchanged).toBe(true);
    expect(rowsOf(emu, SALES)).toEqual(sales);
  });

  test('a ledger already with rows: nothing is carried', async () => {
    // The ledger's first row came with a sale: the Sales points may be on it already.
    const {emu, app} = bundleShop('zh_CN', '2026-03-10T06:00:00Z');
    putRows(emu, CUSTOMERS, PEOPLE);
    putRows(emu, SALES, SALE_ROWS);
    putRows(emu, POINTS_LEDGER, [
      {
        date: day(20),
        customer: 'C00002',
        change: 5,
        reason: '消费',
        requestId: 'r1',
      },
    ]);
    const out = app.call('setUpShop', []) as {
      carriedPoints: {customers: number};
    };
    expect(out.carriedPoints.customers).toBe(0);
    expect(ledger(emu)).toEqual([['C00002', 5, 'r1']]);
    expect(await pointsOf(emu, 'C00001')).toBe(0);
    expect(await pointsOf(emu, 'C00002')).toBe(5);
  });

  test('an empty ledger tab made before any sale: the points are carried into it', async () => {
    const {emu, app} = bundleShop('zh_CN', '2026-03-10T06:00:00Z');
    putRows(emu, CUSTOMERS, PEOPLE);
    putRows(emu, SALES, SALE_ROWS);
    app.call('setUpShop', []);
    expect(ledger(emu)).toEqual(WANT);
  });

  test("Sales history's points count; a compaction still in progress: nothing yet", async () => {
    const finished = {
      customer: 'C00002',
      first: day(1),
      last: day(1),
      purchases: 2,
      spend: 50,
      spendCount: 2,
      points: 50,
      rows: 2,
      before: day(2),
    };
    const {emu, setUp} = oldBook({history: [finished]});
    setUp();
    expect(ledger(emu)).toEqual([
      WANT[0],
      ['C00002', 70, 'carried:c00002'],
      ...WANT.slice(2),
    ]);

    const pending = oldBook({history: [{...finished, status: '进行中'}]});
    const out = pending.setUp();
    expect(ledger(pending.emu)).toEqual([]);
    expect(out.message).toContain('有一次压缩还没完成');
    // The compaction finished (Status cleared): the next Set up shop carries.
    const h = sheetOf(pending.emu, SALES_HISTORY);
    h.getRange(2, SALES_HISTORY.columns.length).setValue('');
    pending.setUp();
    expect(ledger(pending.emu)).toEqual([
      WANT[0],
      ['C00002', 70, 'carried:c00002'],
      ...WANT.slice(2),
    ]);
  });
});

describe('Set up shop carrying points killed, then run again', () => {
  // Each kill loads the bundle and sets up a book (about a second): a spread of calls
  // across the run, and its last six, where the ledger is read and written.
  test('exactly one row per customer', () => {
    const probe = oldBook();
    probe.setUp();
    const n = probe.emu.faults.lastCalls;
    expect(n).toBeGreaterThan(10);
    const at = new Set<number>();
    for (let k = 1; k <= n; k += Math.ceil(n / 5)) at.add(k);
    for (let k = Math.max(1, n - 5); k <= n; k++) at.add(k);
    for (const k of at) {
      const s = oldBook();
      s.emu.faults.killAt(k, {keepUnflushed: k % 2 ? 0 : 'all'});
      expect(() => s.setUp()).toThrow(/Exceeded maximum execution time/);
      s.setUp();
      expect([k, ledger(s.emu)]).toEqual([k, WANT]);
    }
  });
});
