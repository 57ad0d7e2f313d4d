/**
 * At the cap: the emulator refuses growth past 10,000,000 cells as Google does
 * (emulator/cell-cap.ts; "Files you can store in Google Drive",
 * support.google.com/drive/answer/37603), Shuke suggests compacting at 70 % and warns
 * at 80 % before that, and compacting gives the room back. The daily job also finishes
 * a compaction that a killed execution left in progress.
 */
import {createEmulator} from '../../emulator';
import {CELL_CAP, gridCells} from '../../emulator/cell-cap';
import {dayToIso, isoToDay} from '../../src/domain/dates';
import {cellUsage, cellWarning} from '../../src/sheets/cell-usage';
import {loadSettings} from '../../src/sheets/settings';
import {compactSalesIn} from '../../src/usecases/compaction/compact-sales';
import {COMPACTION_JOB} from '../../src/usecases/compaction/compaction-job';
import {DailyJobContext} from '../../src/usecases/daily/jobs';
import {setUpShopIn} from '../../src/usecases/setup-shop';
import {CUSTOMERS, putRows, SALES, sheetOf} from '../counter/shop';

type Emu = ReturnType<typeof createEmulator>;
const NOW = '2026-11-30T02:00:00Z';
const DAY = 86_400_000;

let uninstall = () => {};
afterEach(() => uninstall());

function shop(): Emu {
  const emu = createEmulator({
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    now: NOW,
  });
  uninstall = emu.install();
  emu.run(() =>
    setUpShopIn({ss: SpreadsheetApp.getActiveSpreadsheet(), notify: () => {}}),
  );
  putRows(emu, CUSTOMERS, [{id: 'C1'}, {id: 'C2'}]);
  const sales = [];
  for (let i = 0; i < 300; i++) {
    sales.push({
      date: new Date(Date.parse(NOW) - (450 + i) * DAY),
      customer: i % 2 ? 'C1' : 'C2',
      amount: 10,
    });
  }
  sales.push({
    date: new Date(Date.parse(NOW) - DAY),
    customer: 'C1',
    amount: 5,
  });
  putRows(emu, SALES, sales);
  return emu;
}

function ctxOf(emu: Emu): DailyJobContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const read = loadSettings(ss);
  const today = isoToDay('2026-11-30')!;
  return {
    ss,
    read,
    lang: read.lang,
    tz: read.tz,
    today,
    todayIso: dayToIso(today),
    start: emu.clock.now(),
    clock: {now: () => emu.clock.now()} as never,
    facts: {} as never,
    flush: () => SpreadsheetApp.flush(),
  };
}

test('near the cap: suggested at 70 %, warned at 80 %, refused past it; compaction makes room', () => {
  const emu = shop();
  const sales = sheetOf(emu, SALES);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // Nothing to say at a normal size.
  expect(emu.run(() => COMPACTION_JOB.run(ctxOf(emu)))).toEqual({notices: []});
  // Grown to 72 %: the digest suggests compacting; no warning yet.
  const grow = (share: number) => {
    const rows = Math.floor(
      (CELL_CAP * share - gridCells(emu.workbook)) / sales.getMaxColumns(),
    );
    if (rows > 0) sales.insertRowsAfter(sales.getMaxRows(), rows);
  };
  grow(0.72);
  const job = emu.run(() => COMPACTION_JOB.run(ctxOf(emu)));
  expect(job?.notices?.[0]).toMatch(
    /^表格已用上限的 7\d(\.\d)?%。2025-10-01 以前有 300 行销售/,
  );
  expect(cellWarning(cellUsage(ss), 'zh-CN')).toBeNull();
  grow(0.81);
  expect(cellWarning(cellUsage(ss), 'zh-CN')).toMatch(
    /是 Google 表格上限 1000 万个的 8/,
  );
  // Filled to the cap: Google refuses one more row.
  grow(1);
  const room = CELL_CAP - gridCells(emu.workbook);
  expect(room).toBeLessThan(sales.getMaxColumns());
  expect(() => sales.insertRowsAfter(sales.getMaxRows(), 1)).toThrow(
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  );
  // Compacting folds the 300 old rows into 2 history rows: the room comes back.
  const r = emu.run(() => compactSalesIn(ss, emu.clock.now()));
  expect(r).toMatchObject({outcome: 'done', folded: 300, customers: 2});
  expect(CELL_CAP - gridCells(emu.workbook)).toBeGreaterThan(
    room + 300 * sales.getMaxColumns() - 2 * 12 - 26 * 1000,
  );
  expect(() => sales.insertRowsAfter(sales.getMaxRows(), 100)).not.toThrow();
});

test('the daily job finishes a compaction a killed execution left in progress', () => {
  const emu = shop();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // Killed as the old sales are deleted, after the history was written in progress
  // (the first deleteRows trims the new history tab).
  let deletions = 0;
  emu.faults.killAt(c => c.method === 'deleteRows' && ++deletions === 2);
  expect(() => emu.run(() => compactSalesIn(ss, emu.clock.now()))).toThrow(
    /Exceeded maximum execution time/,
  );
  const history = ss.getSheetByName('销售历史')!;
  expect(history.getRange(2, 12, 2, 1).getValues()).toEqual([
    ['进行中'],
    ['进行中'],
  ]);
  expect(sheetOf(emu, SALES).getLastRow()).toBe(302);
  const job = emu.run(() => COMPACTION_JOB.run(ctxOf(emu)));
  expect(job?.notices?.[0]).toBe('上次未完成的压缩（2025-10-01 以前）已完成。');
  expect(sheetOf(emu, SALES).getLastRow()).toBe(2);
  expect(history.getRange(2, 12, 2, 1).getValues()).toEqual([[''], ['']]);
});
