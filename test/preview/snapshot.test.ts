/**
 * What the preview reads of a tab to draw it as Sheets does: checkboxes (DataValidationBuilder
 * requireCheckbox reference: ticked when the cell holds the checked value, TRUE unless
 * named), column widths (Sheet.getColumnWidth; 100 px for a new column), the formats a
 * script set (bold, wrap strategy) and the void rule's strike-through on a voided row.
 */
import {createEmulator} from '../../emulator';
import {readTabs} from '../../preview/snapshot';

function setup() {
  const emu = createEmulator({now: '2025-03-05T02:00:00Z', scopes: 'all'});
  const {SpreadsheetApp} = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  return {emu, ss, sheet, SpreadsheetApp};
}

test('a checkbox cell reads as ticked or not, whatever it holds, and other cells keep their kind', () => {
  const {emu, ss, sheet, SpreadsheetApp} = setup();
  sheet.getRange(1, 1, 4, 2).setValues([
    ['on', true],
    ['off', false],
    ['blank', ''],
    ['yes/no', 'yes'],
  ]);
  sheet
    .getRange(1, 2, 3, 1)
    .setDataValidation(
      SpreadsheetApp.newDataValidation().requireCheckbox().build(),
    );
  sheet
    .getRange(4, 2)
    .setDataValidation(
      SpreadsheetApp.newDataValidation().requireCheckbox('yes', 'no').build(),
    );
  const [tab] = readTabs(ss as never, emu.workbook);
  expect(tab.kinds.map(r => r[1])).toEqual(['x', 'o', 'o', 'x']);
  expect(tab.kinds[0][0]).toBe('');
});

test('columns keep their widths, 100 px unless set, 0 when hidden; bold and wrap are read', () => {
  const {emu, ss, sheet, SpreadsheetApp} = setup();
  sheet.getRange(1, 1, 1, 3).setValues([['a', 'b', 'c']]);
  sheet.setColumnWidth(1, 160);
  sheet.hideColumns(3);
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.getRange(1, 2).setWrapStrategy(SpreadsheetApp.WrapStrategy.WRAP);
  const [tab] = readTabs(ss as never, emu.workbook);
  expect(tab.widths).toEqual([160, 100, 0]);
  expect(tab.looks[0]).toEqual([{bold: true}, {wrap: 'wrap'}, null]);
});

test('a voided row is struck through and greyed by the void rule, the others not', () => {
  const {emu, ss, sheet, SpreadsheetApp} = setup();
  sheet.getRange(1, 1, 3, 3).setValues([
    ['date', 'amount', 'void'],
    ['2025-03-01', 5, ''],
    ['2025-03-02', 7, 'void · 2025-03-03'],
  ]);
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2<>""')
      .setStrikethrough(true)
      .setFontColor('#9ca3af')
      .setRanges([sheet.getRange('A2:Z')])
      .build(),
  ]);
  const [tab] = readTabs(ss as never, emu.workbook);
  expect(tab.looks[1]).toEqual([null, null, null]);
  expect(tab.looks[2]).toEqual(
    [0, 1, 2].map(() => ({strike: true, color: '#9ca3af'})),
  );
});
