/**
 * A custom function's 2-D result spills right and down only over empty cells, and the
 * emulator counts the cells passed into and out of custom functions per recalculation.
 * Docs: "Custom Functions in Google Sheets", Return values
 * (developers.google.com/apps-script/guides/sheets/functions#return_values): "If a
 * custom function returns a two-dimensional array, the values overflow into adjacent
 * cells as long as those cells are empty." When one is not, Sheets shows #REF! in the
 * formula's cell ("Array result was not expanded because it would overwrite data in …",
 * the cell's note in the Sheets UI; the guide does not quote it) and spills nothing.
 */
import {createEmulator} from '../../emulator';

function book() {
  const emu = createEmulator({now: '2025-03-05T10:00:00+08:00'});
  const sheet = emu.spreadsheet.insertSheet('Book');
  sheet.getRange(1, 1, 3, 1).setValues([['a'], ['b'], ['c']]);
  emu.customFunctions.set('TABLE', (ids: unknown) =>
    (ids as unknown[][]).map(([id]) => [`${id}1`, `${id}2`, `${id}3`]),
  );
  return {emu, sheet};
}

test('a 2-D result spills across the columns to its right', () => {
  const {sheet} = book();
  sheet.getRange('C1').setFormula('=TABLE(A1:A3)');
  expect(sheet.getRange('C1:E3').getValues()).toEqual([
    ['a1', 'a2', 'a3'],
    ['b1', 'b2', 'b3'],
    ['c1', 'c2', 'c3'],
  ]);
  // Spilled cells hold no formula of their own.
  expect(sheet.getRange('C1:E1').getFormulas()).toEqual([
    ['=TABLE(A1:A3)', '', ''],
  ]);
});

test('content in any target cell, even the far column, gives #REF! and no spill', () => {
  const {sheet} = book();
  sheet.getRange('E3').setValue('mine');
  sheet.getRange('C1').setFormula('=TABLE(A1:A3)');
  expect(sheet.getRange('C1:E3').getValues()).toEqual([
    ['#REF!', '', ''],
    ['', '', ''],
    ['', '', 'mine'],
  ]);
  // Cleared, the formula spills again.
  sheet.getRange('E3').clearContent();
  expect(sheet.getRange('E3').getValue()).toBe('c3');
  // A formula in a target cell is content too: two formulas side by side collide.
  sheet.getRange('D1').setFormula('=TABLE(A1:A3)');
  expect(sheet.getRange('C1').getValue()).toBe('#REF!');
});

test('cells passed into and out of custom functions are counted per recalculation', () => {
  const {emu, sheet} = book();
  sheet.getRange('C1').setFormula('=TABLE(A1:A3)');
  sheet.getRange('G1').setFormula('=TABLE(A1:A2)');
  sheet.getRange('C1').getValue(); // a read recalculates
  expect(emu.customCells.last).toEqual({calls: 2, cellsIn: 5, cellsOut: 15});
  // Another change, another full recalculation: `last` is that one's, `total` adds up.
  sheet.getRange('A1').setValue('z');
  expect(sheet.getRange('C1').getValue()).toBe('z1');
  expect(emu.customCells.last).toEqual({calls: 2, cellsIn: 5, cellsOut: 15});
  expect(emu.customCells.total).toEqual({calls: 4, cellsIn: 10, cellsOut: 30});
  // An open-ended range passes every row to the end of the sheet.
  sheet.getRange('G1').setFormula('=TABLE(A1:A)');
  sheet.getRange('G1').getValue();
  expect(emu.customCells.last.cellsIn).toBe(3 + sheet.getMaxRows());
});
