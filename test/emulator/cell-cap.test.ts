/**
 * Ten million cells per spreadsheet, all tabs, empty cells of the grid included.
 * Sources: "Files you can store in Google Drive" (https://support.google.com/drive/answer/37603:
 * spreadsheets "up to 10 million cells"); Spreadsheet.insertSheet
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet()):
 * a new tab is Google's default grid, 1,000 rows × 26 columns. The message is the one
 * scripts report from Google; no reference page quotes it (see emulator/cell-cap.ts).
 */
import {createEmulator} from '../../emulator';
import {CELL_CAP, CELL_CAP_MESSAGE, gridCells} from '../../emulator/cell-cap';

function nearlyFull(room: number) {
  const emu = createEmulator({now: '2025-03-05T02:00:00Z', scopes: 'all'});
  const first = emu.workbook.sheets[0];
  // One tall tab of 26 columns that leaves `room` cells free.
  first.maxRows = Math.floor((CELL_CAP - room) / first.maxCols);
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  return {
    emu,
    ss,
    first: ss.getSheets()[0],
    free: CELL_CAP - gridCells(emu.workbook),
  };
}

test('a new tab is 1,000 rows × 26 columns and counts in full, empty or not (insertSheet)', () => {
  const emu = createEmulator({scopes: 'all'});
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const before = gridCells(emu.workbook);
  const sheet = ss.insertSheet('Sales');
  expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  expect(gridCells(emu.workbook) - before).toBe(26_000);
});

test('insertSheet past 10,000,000 cells throws and adds no tab (support.google.com/drive/answer/37603)', () => {
  const {emu, ss, free} = nearlyFull(20_000);
  expect(free).toBeLessThan(26_000);
  expect(() => ss.insertSheet('Sales')).toThrow(CELL_CAP_MESSAGE);
  expect(emu.workbook.sheets).toHaveLength(1);
  expect(CELL_CAP_MESSAGE).toBe(
    'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
  );
});

test('inserting rows or columns past the cap throws and leaves the grid as it was', () => {
  const {emu, first, free} = nearlyFull(1_000);
  const rows = first.getMaxRows();
  const cols = first.getMaxColumns();
  const fit = Math.floor(free / cols);
  expect(() => first.insertRowsAfter(rows, fit + 1)).toThrow(CELL_CAP_MESSAGE);
  expect(() => first.insertRowsBefore(1, fit + 1)).toThrow(CELL_CAP_MESSAGE);
  expect(() => first.insertColumnsAfter(cols, 1)).toThrow(CELL_CAP_MESSAGE);
  expect(() => first.insertColumnsBefore(1, 1)).toThrow(CELL_CAP_MESSAGE);
  expect([first.getMaxRows(), first.getMaxColumns()]).toEqual([rows, cols]);
  // Up to the cap is allowed: the cap is "at most", not "below".
  first.insertRowsAfter(rows, fit);
  expect(gridCells(emu.workbook)).toBeLessThanOrEqual(CELL_CAP);
  expect(CELL_CAP - gridCells(emu.workbook)).toBeLessThan(cols);
});

test('appendRow on a full grid grows it and so fails at the cap; inside the grid it writes', () => {
  const {first, free} = nearlyFull(10);
  expect(free).toBeLessThan(26);
  const rows = first.getMaxRows();
  first.getRange(rows, 1).setValue('last row in use');
  expect(() => first.appendRow(['one more'])).toThrow(CELL_CAP_MESSAGE);
  expect(first.getMaxRows()).toBe(rows);
  expect(first.getLastRow()).toBe(rows);
  // Deleting rows makes room again, and writing inside the grid never counts.
  first.deleteRows(rows - 9, 5);
  first.getRange(2, 1, 1, 26).setValues([new Array(26).fill('x')]);
  first.appendRow(['fits now']);
  expect(first.getRange(first.getLastRow(), 1).getValue()).toBe('fits now');
});
