/**
 * Sheet.getSheetValues: a tab's grid of values in one call.
 *
 * Source: Sheet reference, getSheetValues(startRow, startColumn, numRows, numColumns)
 * (developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)):
 * "Returns the rectangular grid of values for this range starting at the given
 * coordinates. A -1 value given as the row or column position is equivalent to getting
 * the very last row or column that has data in the sheet." Its sample says
 * getSheetValues(1, 1, 3, 3) and getRange(1, 1, 3, 3).getValues() "produce the same
 * output".
 *
 * The page is silent on a sheet with no data (no last row to read to), on -1 as a start
 * and on other negative numbers: the emulator refuses them, as a range of no rows or one
 * starting before row 1 is refused (Sheet.getRange), so a product relying on any of them
 * fails here first.
 */
import {createEmulator, MSG} from '../../emulator';

function fresh() {
  const emu = createEmulator({now: '2025-03-05T10:00:00+08:00'});
  const sheet = emu.spreadsheet.insertSheet('T');
  return {emu, sheet};
}

test('the sample of the getSheetValues page: the same output as getRange(1, 1, 3, 3).getValues()', () => {
  const {sheet} = fresh();
  sheet.getRange(1, 1, 2, 2).setValues([
    ['a', 1],
    [true, '2025-03-05'],
  ]);
  const values = sheet.getSheetValues(1, 1, 3, 3);
  expect(values).toEqual(sheet.getRange(1, 1, 3, 3).getValues());
  expect(values[2]).toEqual(['', '', '']);
  expect(values[1][1]).toBeInstanceOf(Date);
});

test('getSheetValues(1, 1, -1, -1) reads A1 through the last row and column with data, as getDataRange().getValues()', () => {
  const {sheet} = fresh();
  sheet.getRange('A1:H40').setNumberFormat('0.00'); // formats are not data
  sheet.getRange('A1').setValue('Date');
  sheet.getRange('C4').setValue('x');
  sheet.getRange('B2').setFormula('=1+2');
  const values = sheet.getSheetValues(1, 1, -1, -1);
  expect(values).toEqual([
    ['Date', '', ''],
    ['', 3, ''],
    ['', '', ''],
    ['', '', 'x'],
  ]);
  expect(values).toEqual(sheet.getDataRange().getValues());
});

test('-1 as a count from a later start reads to the last row or column with data', () => {
  const {sheet} = fresh();
  sheet.getRange(1, 1, 3, 3).setValues([
    ['h1', 'h2', 'h3'],
    [1, 2, 3],
    [4, 5, 6],
  ]);
  expect(sheet.getSheetValues(2, 2, -1, -1)).toEqual([
    [2, 3],
    [5, 6],
  ]);
  expect(sheet.getSheetValues(1, 3, 2, -1)).toEqual([['h3'], [3]]);
});

test('one SpreadsheetApp call, whatever the size of the grid', () => {
  const {emu, sheet} = fresh();
  for (let i = 0; i < 50; i++) sheet.appendRow([i, `r${i}`]);
  emu.calls.reset();
  emu.run(() => {
    const s =
      emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('T')!;
    expect(s.getSheetValues(1, 1, -1, -1)).toHaveLength(50);
  });
  expect(emu.calls.byMethod('execution')).toEqual({
    'SpreadsheetApp.getActiveSpreadsheet': 1,
    'Spreadsheet.getSheetByName': 1,
    'Sheet.getSheetValues': 1,
  });
});

test('a kill can land on it like on any service call', () => {
  const {emu, sheet} = fresh();
  sheet.appendRow(['a']);
  emu.faults.killAt(c => c.cls === 'Sheet' && c.method === 'getSheetValues');
  expect(() =>
    emu.run(() =>
      emu.globals.SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('T')!
        .getSheetValues(1, 1, -1, -1),
    ),
  ).toThrow(MSG.timeout);
  expect(emu.faults.lastKilled).toBe(true);
});

test('a sheet with no data: the page is silent, so -1 there is refused like a range of no rows', () => {
  const {sheet} = fresh();
  sheet.getRange('A1:C3').setNumberFormat('@');
  expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow(MSG.rowsAtLeastOne);
  // Positive counts still read the empty cells, as getRange would.
  expect(sheet.getSheetValues(1, 1, 1, 2)).toEqual([['', '']]);
  sheet.getRange('A1').setValue('x');
  expect(() => sheet.getSheetValues(2, 1, -1, -1)).toThrow(MSG.rowsAtLeastOne);
});

test('what the page does not promise is refused: -1 as a start, other negative counts, past the grid, wrong types', () => {
  const {sheet} = fresh();
  sheet.getRange('A1').setValue('x');
  expect(() => sheet.getSheetValues(-1, 1, 1, 1)).toThrow(MSG.rowTooSmall);
  expect(() => sheet.getSheetValues(1, -1, 1, 1)).toThrow(MSG.columnTooSmall);
  expect(() => sheet.getSheetValues(1, 1, -2, 1)).toThrow(MSG.rowsAtLeastOne);
  expect(() => sheet.getSheetValues(1, 1, 1, 0)).toThrow(MSG.columnsAtLeastOne);
  expect(() => sheet.getSheetValues(1, 1, 1001, 1)).toThrow(MSG.rangeOutside);
  expect(() =>
    sheet.getSheetValues('A1' as unknown as number, 1, 1, 1),
  ).toThrow(
    /don't match the method signature for SpreadsheetApp\.Sheet\.getSheetValues/,
  );
});
