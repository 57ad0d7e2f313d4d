/**
 * readSheetValues: a tab's grid from A1 in one call (Sheet.getSheetValues(1, 1, -1, -1),
 * developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)),
 * and what getDataRange().getValues() gives wherever the page is silent.
 */
import {createEmulator, MSG} from '../../emulator';
import {readHeaderRow, readSheetValues} from '../../src/sheets/read-values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function tab() {
  const emu = createEmulator({now: '2026-03-10T06:00:00Z'});
  const sheet = emu.gas.spreadsheet.insertSheet('T');
  return {emu, sheet};
}

function inExecution<T>(emu: ReturnType<typeof tab>['emu'], fn: () => T): T {
  let out: T | undefined;
  emu.calls.reset();
  emu.run(() => {
    out = fn();
  });
  return out as T;
}

test('one call, and the same grid as getDataRange().getValues()', () => {
  const {emu, sheet} = tab();
  sheet.getRange('A1:C1').setValues([['Date', 'Customer', 'Amount']]);
  sheet.getRange('B4').setValue('C00001');
  sheet.getRange('E1:E9').setNumberFormat('@'); // a format is not data
  const grid = inExecution(emu, () => readSheetValues(sheet));
  expect(emu.calls.byMethod('execution')).toEqual({'Sheet.getSheetValues': 1});
  expect(grid).toEqual(sheet.getDataRange().getValues());
  expect(grid).toHaveLength(4);
  expect(grid[3]).toEqual(['', 'C00001', '']);
});

test('a tab with no data gives [[""]], as getDataRange().getValues() does, wherever Google stands', () => {
  // The emulator refuses getSheetValues(1, 1, -1, -1) on an empty sheet; Google's page
  // is silent, so an empty grid (or nothing) is handled the same way.
  const {emu, sheet} = tab();
  expect(inExecution(emu, () => readSheetValues(sheet))).toEqual([['']]);
  expect(emu.calls.byMethod('execution')).toEqual({
    'Sheet.getSheetValues': 1,
    'Sheet.getDataRange': 1,
    'Range.getValues': 1,
  });
  for (const answer of [[], [[]], null, undefined]) {
    const other = Object.create(sheet) as Sheet;
    other.getSheetValues = () => answer as never;
    expect(readSheetValues(other)).toEqual([['']]);
  }
});

test('a failed read is never taken for an empty tab', () => {
  const {emu, sheet} = tab();
  sheet.appendRow(['Date', 'Amount']);
  sheet.appendRow(['2026-03-10', 12]);
  // Google throws for some other reason once: the second read says what is there.
  const flaky = Object.create(sheet) as Sheet;
  flaky.getSheetValues = () => {
    throw new Error('Service Spreadsheets failed while accessing document');
  };
  expect(readSheetValues(flaky)).toEqual(sheet.getDataRange().getValues());
  expect(readSheetValues(flaky)).toHaveLength(2);
  // A killed execution: every later call fails too, and so does the read.
  emu.faults.killAt(c => c.method === 'getSheetValues');
  expect(() => emu.run(() => readSheetValues(sheet))).toThrow(MSG.timeout);
});

test('the header row in one call, through the last column with data', () => {
  const {emu, sheet} = tab();
  sheet.getRange('A1:B1').setValues([['Date', 'Amount']]);
  sheet.getRange('D7').setValue('a note further right');
  const row = inExecution(emu, () => readHeaderRow(sheet));
  expect(emu.calls.byMethod('execution')).toEqual({'Sheet.getSheetValues': 1});
  expect(row).toEqual([['Date', 'Amount', '', '']]);
});

test('the header row of a tab with no data: the whole blank first row, as getRange("1:1") gives it', () => {
  const {emu, sheet} = tab();
  const row = inExecution(emu, () => readHeaderRow(sheet));
  expect(row).toEqual(sheet.getRange('1:1').getValues());
  expect(row[0].every(v => v === '')).toBe(true);
  const other = Object.create(sheet) as Sheet;
  other.getSheetValues = () => [] as never;
  expect(readHeaderRow(other)).toEqual(sheet.getRange('1:1').getValues());
});
