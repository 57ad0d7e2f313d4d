/**
 * Sheet.deleteRows(rowPosition, howMany), as the import's undo uses it. Sheet reference
 * (developers.google.com/apps-script/reference/spreadsheet/sheet, deleteRows): "Deletes a
 * number of rows starting at the given row position." The rows below move up and the
 * grid has that many rows fewer; deleting runs bottom first therefore leaves the row
 * numbers of the runs above as they were read. The page is silent on a run past the grid:
 * the undo never asks for one (it deletes rows it has just read).
 */
import {createEmulator} from '../../emulator';

test('deleteRows removes the rows, moves the rows below up and shrinks the grid', () => {
  const emu = createEmulator({locale: 'en_US', now: '2026-03-25T04:00:00Z'});
  const sheet = emu.spreadsheet.insertSheet('t');
  const rows = sheet.getMaxRows();
  sheet
    .getRange(1, 1, 8, 1)
    .setValues([['h'], ['a'], ['b'], ['c'], ['d'], ['e'], ['f'], ['g']]);
  // Two runs, bottom first: rows 6–7 (e, f), then 3 (b).
  sheet.deleteRows(6, 2);
  sheet.deleteRows(3, 1);
  expect(sheet.getRange(1, 1, 5, 1).getValues().flat()).toEqual([
    'h',
    'a',
    'c',
    'd',
    'g',
  ]);
  expect(sheet.getMaxRows()).toBe(rows - 3);
  expect(sheet.getLastRow()).toBe(5);
});
