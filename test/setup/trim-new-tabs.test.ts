/**
 * Every cell of a tab's grid counts against the spreadsheet's 10,000,000, empty or not
 * (support.google.com/drive/answer/37603), and a new tab is 1,000 × 26 (insertSheet).
 * Set up shop keeps the tabs it makes to the columns they need, and Settings to its rows;
 * a tab the owner already had keeps every column and row.
 */
import {createEmulator} from '../../emulator';
import {gridCells} from '../../emulator/cell-cap';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {SALES} from '../../src/sheets/schema-sales';
import {SETTINGS} from '../../src/sheets/schema-settings-tab';
import {TABS} from '../../src/sheets/schema';
import {setUpShopIn} from '../../src/usecases/setup-shop';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function start(locale = 'zh_CN') {
  const emu = createEmulator({locale, timeZone: 'Asia/Shanghai'});
  const uninstall = emu.install();
  return {emu, uninstall, ss: SpreadsheetApp.getActiveSpreadsheet()};
}

let done: (() => void) | null = null;
afterEach(() => {
  done?.();
  done = null;
});

test('a new shop: each tab as wide as its columns, Settings as long as its rows', () => {
  const {emu, uninstall, ss} = start();
  done = uninstall;
  setUpShopIn({ss});
  const data = TABS.filter(d => d.key !== 'settings');
  expect(data.slice(0, 4)).toEqual([CUSTOMERS, SALES, FEEDBACK, CONTACTS]);
  for (const def of data) {
    const sheet = ss.getSheetByName(def.names['zh-CN']) as Sheet;
    expect([def.key, sheet.getMaxColumns()]).toEqual([
      def.key,
      def.columns.length,
    ]);
    expect(sheet.getMaxRows()).toBe(1000);
  }
  const settings = ss.getSheetByName(SETTINGS.names['zh-CN']) as Sheet;
  expect(settings.getMaxColumns()).toBe(SETTINGS.columns.length);
  expect(settings.getMaxRows()).toBe(settings.getLastRow());
  // Each data tab's columns × 1,000 rows, and Settings: a fraction of 26,000 a tab.
  const cells = gridCells(emu.workbook);
  const dataTabs = data.reduce((n, def) => n + def.columns.length * 1000, 0);
  expect(cells).toBe(
    dataTabs + settings.getMaxRows() * SETTINGS.columns.length,
  );
  expect(cells).toBeLessThan(TABS.length * 26_000 * 0.4);
});

test('a second run changes nothing, and a Settings row added later still gets its row', () => {
  const {emu, uninstall, ss} = start('en_US');
  done = uninstall;
  setUpShopIn({ss});
  // Formula values are computed first: the emulator recalculates lazily.
  emu.ensureCalculated();
  const before = emu.serialize();
  const again = setUpShopIn({ss});
  expect(again.unchanged).toBe(true);
  emu.ensureCalculated();
  expect(emu.serialize() === before).toBe(true);
  // The owner deletes a setting's row: the next run puts it back, growing the tab.
  const settings = ss.getSheetByName('Settings') as Sheet;
  const rows = settings.getMaxRows();
  settings.deleteRow(rows);
  const third = setUpShopIn({ss});
  expect(third.addedSettings).toHaveLength(1);
  expect(settings.getMaxRows()).toBe(rows);
});

test('a tab the owner already had keeps its empty columns and rows, and its own data', () => {
  const {uninstall, ss} = start('en_US');
  done = uninstall;
  const own = ss.insertSheet('Sales');
  own.getRange(1, 1, 1, 3).setValues([['Date', 'Customer', 'Amount']]);
  own.getRange(5, 20).setValue('my tally');
  setUpShopIn({ss});
  // Shuke's other columns added after the owner's last one (column T): none taken away.
  const width = 20 + SALES.columns.length - 3;
  expect(own.getLastColumn()).toBe(width);
  expect(own.getMaxColumns()).toBe(width);
  expect(own.getMaxRows()).toBe(1000);
  expect(own.getRange(5, 20).getValue()).toBe('my tally');
  // The tabs Shuke made beside it are trimmed.
  expect((ss.getSheetByName('Customers') as Sheet).getMaxColumns()).toBe(
    CUSTOMERS.columns.length,
  );
});

test('the empty first tab of a new spreadsheet becomes Customers, trimmed too', () => {
  const {uninstall, ss} = start('en_US');
  done = uninstall;
  const first = ss.getSheets()[0];
  setUpShopIn({ss});
  expect(first.getName()).toBe('Customers');
  expect(first.getMaxColumns()).toBe(CUSTOMERS.columns.length);
});
