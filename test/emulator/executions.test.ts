/**
 * Executions: the six-minute limit, virtual time and the call counter.
 * Docs: Quotas for Google Services ("Script runtime: 6 min / execution"; "Custom function
 * runtime: 30 sec / execution"); the message is "Exceeded maximum execution time".
 */
import {createEmulator, MSG} from '../../emulator';

test('after six minutes of virtual time the next service call throws', () => {
  const emu = createEmulator({now: '2025-03-05T02:00:00Z'});
  const {SpreadsheetApp, Utilities} = emu.globals;
  let reads = 0;
  expect(() =>
    emu.run(() => {
      for (;;) {
        SpreadsheetApp.getActiveSpreadsheet().getSheets();
        reads++;
        Utilities.sleep(60_000);
      }
    }),
  ).toThrow(MSG.timeout);
  expect(reads).toBe(7); // at 0, 1, … 6 minutes; the call after 7 minutes fails
  // a new execution starts a new clock
  emu.run(() => SpreadsheetApp.getActiveSpreadsheet());
});

test('install() puts the services on a target and makes Date read the virtual clock', () => {
  const emu = createEmulator({now: '2030-01-02T03:04:05Z'});
  const target: Record<string, unknown> = {Date};
  const uninstall = emu.install(target);
  const D = target.Date as DateConstructor;
  expect(new D().toISOString()).toBe('2030-01-02T03:04:05.000Z');
  expect(D.now()).toBe(Date.parse('2030-01-02T03:04:05Z'));
  expect(new D(0).getTime()).toBe(0);
  expect(new D() instanceof Date).toBe(true);
  expect(target.SpreadsheetApp).toBe(emu.globals.SpreadsheetApp);
  uninstall();
  expect(target.SpreadsheetApp).toBeUndefined();
  expect(target.Date).toBe(Date);
});

test('install() on globalThis lets code call the globals directly', () => {
  const emu = createEmulator();
  const uninstall = emu.install();
  try {
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getName()).toBe(
      'Sheet1',
    );
  } finally {
    uninstall();
  }
  expect(
    (globalThis as Record<string, unknown>).SpreadsheetApp,
  ).toBeUndefined();
});

test('emu.gas hands out the same objects typed as the real services', () => {
  const emu = createEmulator();
  const ss: GoogleAppsScript.Spreadsheet.Spreadsheet = emu.gas.spreadsheet;
  expect(ss.getSheets().map(s => s.getName())).toEqual(['Sheet1']);
  expect(emu.gas.SpreadsheetApp).toBe(emu.globals.SpreadsheetApp);
});

test('every call on SpreadsheetApp, Spreadsheet, Sheet and Range is counted, per execution and in total', () => {
  const emu = createEmulator();
  const {SpreadsheetApp} = emu.globals;
  const sheet = emu.spreadsheet.insertSheet('Sales');
  emu.calls.reset();
  emu.run(() => {
    const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sales')!;
    const values = s.getDataRange().getValues();
    s.getRange(values.length + 1, 1, 1, 3).setValues([['2025-03-05', 'A', 12]]);
  });
  expect(emu.calls.byMethod('execution')).toEqual({
    'SpreadsheetApp.getActiveSpreadsheet': 1,
    'Spreadsheet.getSheetByName': 1,
    'Sheet.getDataRange': 1,
    'Range.getValues': 1,
    'Sheet.getRange': 1,
    'Range.setValues': 1,
  });
  expect(emu.calls.count('execution')).toBe(6);
  expect(emu.calls.spreadsheet('execution')).toBe(6);
  emu.run(() => emu.globals.PropertiesService.getDocumentProperties());
  expect(emu.calls.count('execution')).toBe(1);
  expect(emu.calls.spreadsheet('execution')).toBe(0);
  expect(emu.calls.count('total')).toBe(7);
  expect(emu.calls.of('getValues')).toBe(1);
  // A custom function recalculated during a read counts as its own execution.
  emu.customFunctions.set('PEEK', () =>
    emu.globals.SpreadsheetApp.getActiveSpreadsheet().getName(),
  );
  sheet.getRange('Z1').setFormula('=PEEK()');
  emu.run(() => sheet.getRange('Z1').getValue());
  expect(emu.calls.byMethod('execution')).toEqual({
    'Sheet.getRange': 1,
    'Range.getValue': 1,
  });
});
