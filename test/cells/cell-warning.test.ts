/**
 * The owner is warned at 80 % of the spreadsheet's 10,000,000 cells (every tab's grid,
 * empty cells included: support.google.com/drive/answer/37603), by "Refresh grades" and
 * by the daily run (last-run cell and digest), in the book's language, before a sale
 * can no longer be logged.
 */
import {createEmulator} from '../../emulator';
import {CELL_CAP, gridCells} from '../../emulator/cell-cap';
import {cellUsage, cellWarning} from '../../src/sheets/cell-usage';
import {SALES} from '../../src/sheets/schema-sales';
import {loadSettings} from '../../src/sheets/settings';
import {refreshGradesIn} from '../../src/usecases/grades/refresh-menu';
import {setUpShopIn} from '../../src/usecases/setup-shop';
import {cst, makeShop, Shop} from '../reminders/shop';

type Emu = ReturnType<typeof createEmulator>;

/** Grows the Sales tab's grid (empty rows) until the workbook holds `cells`. */
function growSalesTo(emu: Emu, name: string, cells: number): void {
  const sales = emu.workbook.sheetByName(name)!;
  const others = gridCells(emu.workbook) - sales.maxRows * sales.maxCols;
  sales.maxRows = Math.ceil((cells - others) / sales.maxCols);
}

describe('cell usage', () => {
  let uninstall: (() => void) | null = null;
  afterEach(() => uninstall?.());

  function shop(locale: string) {
    const emu = createEmulator({locale, now: '2026-03-10T01:00:00Z'});
    uninstall = emu.install();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    setUpShopIn({ss, installFormulas: () => {}});
    return {emu, ss};
  }

  test('reads only the tabs sizes: 1 + 3 calls per tab, whatever the rows', () => {
    const {emu, ss} = shop('zh_CN');
    growSalesTo(emu, SALES.names['zh-CN'], 7_000_000);
    emu.calls.reset();
    const usage = cellUsage(ss);
    expect(emu.calls.spreadsheet()).toBe(1 + 3 * usage.tabs.length);
    expect(usage.total).toBe(gridCells(emu.workbook));
    expect(usage.warn).toBe(false);
    expect(cellWarning(usage, 'zh-CN')).toBeNull();
  });

  test.each([
    ['zh_CN', 'zh-CN', '到上限后就不能再记销售了'],
    ['zh_TW', 'zh-TW', '到上限後就不能再記銷售了'],
    ['en_US', 'en', 'Once full, no sale can be logged'],
  ] as const)(
    'at 80 %% in %s: "Refresh grades" says so, naming the largest tab',
    (locale, lang, words) => {
      const {emu, ss} = shop(locale);
      const before = refreshGradesIn(ss, new Date());
      expect(before.cellWarning).toBeNull();
      growSalesTo(emu, SALES.names[lang], 0.8 * CELL_CAP);
      expect(gridCells(emu.workbook)).toBeGreaterThanOrEqual(0.8 * CELL_CAP);
      const r = refreshGradesIn(ss, new Date());
      const used = gridCells(emu.workbook).toLocaleString('en-US');
      expect(r.cellWarning).toContain(used);
      expect(r.cellWarning).toContain('80%');
      expect(r.cellWarning).toContain(SALES.names[lang]);
      expect(r.cellWarning).toContain(words);
      expect(r.message).toContain(r.cellWarning);
    },
  );

  test('just under 80 % says nothing', () => {
    const {emu, ss} = shop('en_US');
    growSalesTo(emu, 'Sales', 0.8 * CELL_CAP - 20);
    expect(cellWarning(cellUsage(ss), 'en')).toBeNull();
  });
});

describe('the daily run at 80 %', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  test('writes the warning into the last-run cell and the digest, in the book language', () => {
    shop = makeShop({
      now: cst('2026-03-10T08:05:00'),
      customers: [{id: 'C1', name: '张阿姨', phone: '13800138000'}],
      sales: [{date: cst('2026-02-01T10:00:00'), customer: 'C1', amount: 20}],
      feedback: [
        {
          date: cst('2026-03-08T12:00:00'),
          customer: 'C1',
          type: 'complaint',
          text: '太咸',
          status: 'open',
        },
      ],
    });
    growSalesTo(shop.emu, SALES.names['zh-CN'], 0.9 * CELL_CAP);
    const r = shop.run();
    // The run itself adds the Reminder log tab: counted too.
    const used = gridCells(shop.emu.workbook);
    expect(used).toBeGreaterThan(0.9 * CELL_CAP);
    expect(r.cells).toContain(`${Math.floor(used / 1e4) / 10}%`);
    const lastRun = shop.emu.run(
      () => loadSettings(shop.ss()).settings.remindersLastRun,
    );
    expect(String(lastRun)).toContain('到上限后就不能再记销售了');
    const [digest] = shop.digests();
    expect(digest.body).toContain(used.toLocaleString('en-US'));
    // The log tab the run made keeps only its own columns.
    const log = shop.emu.workbook.sheetByName('提醒记录')!;
    expect(log.maxCols).toBe(8);
    expect(digest.html).toContain('到上限后就不能再记销售了');
  });

  test('below 80 % neither the last-run cell nor the digest mention cells', () => {
    shop = makeShop({
      now: cst('2026-03-10T08:05:00'),
      customers: [{id: 'C1', name: '张阿姨', phone: '13800138000'}],
      feedback: [
        {
          date: cst('2026-03-08T12:00:00'),
          customer: 'C1',
          type: 'complaint',
          text: '太咸',
          status: 'open',
        },
      ],
    });
    const r = shop.run();
    expect(r.cells).toBeUndefined();
    const [digest] = shop.digests();
    expect(digest.body).not.toContain('单元格');
  });
});
