/** The workbook survives serialize()/deserializeEmulator() (the local preview's file). */
import {createEmulator, deserializeEmulator} from '../../emulator';

test('cells, formats, validation, frozen rows, properties, triggers, outbox and clock round-trip', () => {
  const emu = createEmulator({
    now: '2025-03-05T02:00:00Z',
    locale: 'zh_CN',
    scopes: 'all',
  });
  const {SpreadsheetApp, PropertiesService, ScriptApp, MailApp} = emu.globals;
  const s = emu.spreadsheet.insertSheet('销售');
  s.getRange(1, 1, 2, 3).setValues([
    ['日期', '客户', '金额'],
    [new Date('2025-03-01T04:00:00Z'), "'=cmd", 12.5],
  ]);
  s.getRange('C2').setNumberFormat('"¥"#,##0.00');
  s.getRange('D2').setFormula('=C2*2');
  s.setFrozenRows(1);
  s.getRange('B2:B').setDataValidation(
    SpreadsheetApp.newDataValidation().requireValueInList(['现金']).build(),
  );
  PropertiesService.getDocumentProperties().setProperty('k', 'v');
  ScriptApp.newTrigger('daily').timeBased().atHour(9).everyDays(1).create();
  MailApp.sendEmail('a@example.com', '提醒', '正文');

  const copy = deserializeEmulator(emu.serialize(), {scopes: 'all'});
  const t = copy.spreadsheet.getSheetByName('销售')!;
  expect(t.getRange(1, 1, 2, 4).getValues()).toEqual([
    ['日期', '客户', '金额', ''],
    [new Date('2025-03-01T04:00:00Z'), '=cmd', 12.5, 25],
  ]);
  expect(t.getRange('D2').getFormula()).toBe('=C2*2');
  expect(t.getRange('C2').getDisplayValue()).toBe('¥12.50');
  expect(t.getFrozenRows()).toBe(1);
  expect(t.getRange('B9').getDataValidation()!.getCriteriaValues()[0]).toEqual([
    '现金',
  ]);
  expect(
    copy.globals.PropertiesService.getDocumentProperties().getProperty('k'),
  ).toBe('v');
  expect(copy.triggers.list.map(x => x.handler)).toEqual(['daily']);
  expect(copy.outbox[0].at).toEqual(new Date('2025-03-05T02:00:00Z'));
  expect(copy.clock.now()).toEqual(new Date('2025-03-05T02:00:00Z'));
  expect(copy.spreadsheet.getSpreadsheetLocale()).toBe('zh_CN');
  expect(copy.mail.remaining()).toBe(99);
});
