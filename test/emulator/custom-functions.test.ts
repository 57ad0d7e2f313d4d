/**
 * Custom functions in formula cells.
 * Docs: "Custom Functions in Google Sheets" (developers.google.com/apps-script/guides/sheets/functions):
 * arguments ("a range … as a two-dimensional array"; a single cell as its value), return
 * values (a two-dimensional array overflows into adjacent cells "as long as those cells
 * are empty"), permissions ("If your custom function throws the error message You do not
 * have permission to call X service., the service requires user authorization and thus
 * cannot be used in a custom function"; spreadsheet access is read only), and the
 * 30-second limit.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {createEmulator, MSG} from '../../emulator';

function shop() {
  const emu = createEmulator({now: '2025-03-05T10:00:00+08:00'});
  const ss = emu.spreadsheet;
  const sales = ss.insertSheet('Sales Log');
  sales.getRange(1, 1, 4, 2).setValues([
    ['Date', 'Customer'],
    ['2025-03-01', 'A'],
    ['', ''],
    ['2025-03-03', 13800138000],
  ]);
  const book = ss.insertSheet('Book');
  return {emu, sales, book};
}

test('a range argument is a 2-D array with "" for blanks and Dates for dates; a cell is a scalar', () => {
  const {emu, book} = shop();
  const seen: unknown[][] = [];
  emu.customFunctions.set('PROBE', (...args: unknown[]) => {
    seen.push(args);
    return 1;
  });
  book
    .getRange('A1')
    .setFormula("=PROBE('Sales Log'!A2:B4, 'Sales Log'!$B$4, 90, \"x\")");
  expect(book.getRange('A1').getValue()).toBe(1);
  const [range, cell, n, s] = seen[0];
  expect(range).toEqual([
    [new Date('2025-02-28T16:00:00Z'), 'A'],
    ['', ''],
    [new Date('2025-03-02T16:00:00Z'), 13800138000],
  ]);
  expect(cell).toBe(13800138000);
  expect([n, s]).toEqual([90, 'x']);
});

test('an open-ended range passes every row to the end of the sheet', () => {
  const {emu, book} = shop();
  let rows = 0;
  emu.customFunctions.set('COUNTROWS', (r: unknown) => {
    rows = (r as unknown[][]).length;
    return rows;
  });
  book.getRange('A1').setFormula("=COUNTROWS('Sales Log'!A2:A)");
  expect(book.getRange('A1').getValue()).toBe(999);
});

test('a 2-D result spills down and right', () => {
  const {emu, book} = shop();
  emu.customFunctions.set('GRID', () => [
    [1, 'a'],
    [2, 'b'],
  ]);
  book.getRange('B2').setFormula('=GRID()');
  expect(book.getRange('B2:C3').getValues()).toEqual([
    [1, 'a'],
    [2, 'b'],
  ]);
  expect(book.getRange('B2:C3').getFormulas()).toEqual([
    ['=GRID()', ''],
    ['', ''],
  ]);
  expect(book.getLastRow()).toBe(3);
});

test('a spill onto a cell with content gives #REF! and spills nothing', () => {
  const {emu, book} = shop();
  emu.customFunctions.set('COL', () => [[1], [2], [3]]);
  book.getRange('A3').setValue('in the way');
  book.getRange('A1').setFormula('=COL()');
  expect(book.getRange('A1:A3').getValues()).toEqual([
    ['#REF!'],
    [''],
    ['in the way'],
  ]);
  book.getRange('A3').clearContent();
  expect(book.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
});

test('formulas recalculate when cells they read change', () => {
  const {emu, sales, book} = shop();
  emu.customFunctions.set(
    'N_SALES',
    (r: unknown) => (r as unknown[][]).filter(x => x[0] !== '').length,
  );
  book.getRange('A1').setFormula("=N_SALES('Sales Log'!A2:A)");
  expect(book.getRange('A1').getValue()).toBe(2);
  sales.appendRow(['2025-03-04', 'B']);
  expect(book.getRange('A1').getValue()).toBe(3);
});

test('unknown functions show #NAME?, a throwing function #ERROR!, the formula stays', () => {
  const {emu, book} = shop();
  emu.customFunctions.set('BOOM', () => {
    throw new Error('bad');
  });
  book.getRange('A1:A2').setFormulas([['=NOPE(1)'], ['=BOOM()']]);
  expect(book.getRange('A1:A2').getValues()).toEqual([['#NAME?'], ['#ERROR!']]);
  expect(book.getRange('A1:A2').getFormulas()).toEqual([
    ['=NOPE(1)'],
    ['=BOOM()'],
  ]);
});

test('custom functions are read-only: set*, appendRow, insertSheet throw "You do not have permission to call …"', () => {
  const {emu, book} = shop();
  const errors: string[] = [];
  const attempt = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      errors.push((e as Error).message);
    }
  };
  emu.customFunctions.set('SNEAKY', () => {
    const {SpreadsheetApp, MailApp} = emu.globals;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const value = ss.getSheetByName('Sales Log')!.getRange('B2').getValue(); // reading is allowed
    attempt(() => ss.getSheetByName('Book')!.getRange('Z1').setValue('x'));
    attempt(() => ss.getSheetByName('Book')!.appendRow(['x']));
    attempt(() => ss.insertSheet('Hidden'));
    attempt(() => MailApp.sendEmail('a@example.com', 's', 'b'));
    attempt(() => SpreadsheetApp.openById('other'));
    attempt(() => SpreadsheetApp.getUi());
    return value;
  });
  book.getRange('A1').setFormula('=SNEAKY()');
  expect(book.getRange('A1').getValue()).toBe('A');
  expect(errors).toEqual([
    MSG.noPermission('setValue'),
    MSG.noPermission('appendRow'),
    MSG.noPermission('insertSheet'),
    MSG.noPermissionScoped(
      'MailApp.sendEmail',
      'https://www.googleapis.com/auth/script.send_mail',
    ),
    MSG.noPermissionScoped(
      'SpreadsheetApp.openById',
      'https://www.googleapis.com/auth/spreadsheets',
    ),
    MSG.uiContext('SpreadsheetApp.getUi()'),
  ]);
  expect(book.getRange('Z1').getValue()).toBe('');
});

test('a custom function gets 30 seconds', () => {
  const {emu, book} = shop();
  emu.customFunctions.set('SLOW', () => {
    const {Utilities, SpreadsheetApp} = emu.globals;
    Utilities.sleep(20_000);
    Utilities.sleep(11_000);
    return SpreadsheetApp.getActiveSpreadsheet().getName(); // past 30 s: throws
  });
  book.getRange('A1').setFormula('=SLOW()');
  expect(book.getRange('A1').getValue()).toBe('#ERROR!');
  expect(() =>
    emu.run(
      () => {
        emu.globals.Utilities.sleep(31_000);
        emu.globals.SpreadsheetApp.getActiveSpreadsheet();
      },
      {customFunction: true},
    ),
  ).toThrow(MSG.timeout);
});

test('literals, arithmetic, & and IFERROR are evaluated; references move when columns are inserted', () => {
  const {emu, book} = shop();
  emu.customFunctions.set('ECHO', (x: unknown) => x);
  book.getRange('A1').setValue(4);
  book
    .getRange('B1:B4')
    .setFormulas([
      ['=A1*2+1'],
      ['="n="&A1'],
      ['=IFERROR(NOPE(), "fallback")'],
      ['=ECHO(-A1)'],
    ]);
  expect(book.getRange('B1:B4').getValues()).toEqual([
    [9],
    ['n=4'],
    ['fallback'],
    [-4],
  ]);
  book.insertColumnsBefore(1, 1); // A1 moves to B1, the formulas to column C
  expect(book.getRange('C1').getFormula()).toBe('=B1*2+1');
  expect(book.getRange('C1').getValue()).toBe(9);
});

test('a spilled "" is content (getLastRow counts it); null leaves the cell empty', () => {
  const {emu, book} = shop();
  emu.customFunctions.set('PADDED', () => [['x'], [''], ['']]);
  emu.customFunctions.set('TRIMMED', () => [['x'], [null], [undefined]]);
  book.getRange('A1').setFormula('=PADDED()');
  expect(book.getLastRow()).toBe(3);
  book.getRange('A1').setFormula('=TRIMMED()');
  expect(book.getLastRow()).toBe(1);
  expect(book.getRange('A1:A3').getValues()).toEqual([['x'], [''], ['']]);
});

test('renaming a sheet or deleting rows rewrites the references, as Sheets does', () => {
  const {emu, sales, book} = shop();
  emu.customFunctions.set('ECHO', (x: unknown) => x);
  book.getRange('A1').setFormula("=ECHO('Sales Log'!B4)");
  expect(book.getRange('A1').getValue()).toBe(13800138000);
  sales.setName('销售');
  expect(book.getRange('A1').getFormula()).toBe("=ECHO('销售'!B4)");
  sales.deleteRows(2, 1);
  expect(book.getRange('A1').getFormula()).toBe("=ECHO('销售'!B3)");
  expect(book.getRange('A1').getValue()).toBe(13800138000);
});

// ---------------------------------------------------------------------------------------
// Time zones. Custom functions guide, "Data types": "Times and dates in Sheets become Date
// objects in Apps Script. If the spreadsheet and the script use different time zones (a
// rare problem), the custom function needs to compensate." Session reference,
// getScriptTimeZone: "spreadsheets have a separate time zone ... Spreadsheet time zones
// that differ from the script time zone are a frequent source of scripting bugs." The
// guide does not say how a date crosses; the emulator takes the harder reading by default.

describe('a spreadsheet in Vancouver, a script in Shanghai', () => {
  function zoned(customFunctionDates?: 'instant') {
    const emu = createEmulator({
      timeZone: 'America/Vancouver',
      scriptTimeZone: 'Asia/Shanghai',
      now: '2025-03-05T10:00:00-08:00',
      customFunctionDates,
    });
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.getRange('A1:A2').setValues([['2025-03-05'], ['2025-03-05 14:30']]);
    const seen: unknown[] = [];
    emu.customFunctions.set('PROBE', (v: unknown) => {
      seen.push(v);
      return 1;
    });
    emu.customFunctions.set(
      'GIVE',
      () => new Date('2025-03-07T00:00:00+08:00'),
    );
    return {emu, sheet, seen};
  }

  it('a date cell arrives as its wall-clock time in the script zone; a returned Date goes back the same way', () => {
    const {sheet, seen} = zoned();
    sheet.getRange('B1').setFormula('=PROBE(A1:A2)');
    sheet.getRange('C1').setFormula('=GIVE()');
    expect(sheet.getRange('B1').getValue()).toBe(1);
    expect(seen[0]).toEqual([
      [new Date('2025-03-05T00:00:00+08:00')],
      [new Date('2025-03-05T14:30:00+08:00')],
    ]);
    // Midnight of 7 March in Shanghai shows as 7 March in the Vancouver sheet.
    expect(sheet.getRange('C1').getValue()).toEqual(
      new Date('2025-03-07T00:00:00-08:00'),
    );
    // getValues outside a custom function gives the instant, as before.
    expect(sheet.getRange('A1').getValue()).toEqual(
      new Date('2025-03-05T00:00:00-08:00'),
    );
  });

  it("with customFunctionDates 'instant', a date cell arrives as the instant it names", () => {
    const {sheet, seen} = zoned('instant');
    sheet.getRange('B1').setFormula('=PROBE(A1)');
    sheet.getRange('C1').setFormula('=GIVE()');
    sheet.getRange('B1').getValue();
    expect(seen[0]).toEqual(new Date('2025-03-05T00:00:00-08:00'));
    expect(sheet.getRange('C1').getValue()).toEqual(
      new Date('2025-03-07T00:00:00+08:00'),
    );
  });

  it('the same zones change nothing', () => {
    const emu = createEmulator({
      timeZone: 'Europe/London',
      scriptTimeZone: 'Europe/London',
    });
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.getRange('A1').setValue('2025-07-01');
    let seen: unknown;
    emu.customFunctions.set('PROBE', (v: unknown) => {
      seen = v;
      return v;
    });
    sheet.getRange('B1').setFormula('=PROBE(A1)');
    expect(sheet.getRange('B1').getValue()).toEqual(
      new Date('2025-07-01T00:00:00+01:00'),
    );
    expect(seen).toEqual(new Date('2025-07-01T00:00:00+01:00'));
  });
});

test("the script's time zone is the manifest's timeZone, not the spreadsheet's (Manifest structure: timeZone)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const file = path.join(dir, 'appsscript.json');
  fs.writeFileSync(file, JSON.stringify({timeZone: 'Asia/Shanghai'}));
  const emu = createEmulator({timeZone: 'Europe/London', manifest: file});
  expect(
    emu.run(() => [
      emu.globals.Session.getScriptTimeZone(),
      emu.spreadsheet.getSpreadsheetTimeZone(),
    ]),
  ).toEqual(['Asia/Shanghai', 'Europe/London']);
  fs.writeFileSync(file, JSON.stringify({}));
  const bare = createEmulator({timeZone: 'Europe/London', manifest: file});
  expect(bare.run(() => bare.globals.Session.getScriptTimeZone())).toBe(
    'Europe/London',
  );
});

// Custom functions guide, "Arguments": "Custom function arguments must be deterministic.
// That is, built-in spreadsheet functions that return a different result each time they
// calculate — such as NOW() or RAND() — are not allowed as arguments to a custom
// function. If a custom function tries to return a value based on one of these volatile
// built-in functions, it displays Loading... indefinitely."
test('TODAY(), NOW(), RAND() as custom-function arguments, directly or through a cell, never load', () => {
  const emu = createEmulator({now: '2025-03-05T10:00:00+08:00'});
  const sheet = emu.spreadsheet.getSheets()[0];
  let calls = 0;
  emu.customFunctions.set('PROBE', () => ++calls);
  sheet.getRange('A1').setFormula('=TODAY()');
  sheet.getRange('A2').setFormula('=A1+1');
  sheet.getRange('A3').setValue('2025-03-01');
  const formulas = [
    '=PROBE(TODAY())',
    '=PROBE(NOW()+1)',
    '=PROBE(RAND())',
    '=PROBE(RANDBETWEEN(1, 6))',
    '=PROBE(A1)',
    '=PROBE(A2)',
    '=PROBE(A1:A3)',
    '=IFERROR(PROBE(1, TODAY()), 0)',
  ];
  formulas.forEach((f, i) => sheet.getRange(i + 1, 2).setFormula(f));
  sheet.getRange('C1').setFormula('=PROBE(A3)');
  const shown = sheet.getRange(1, 2, formulas.length, 1).getValues().flat();
  expect(shown).toEqual(formulas.map(() => 'Loading...'));
  // Deterministic arguments load; TODAY() alone in a cell is fine.
  expect(sheet.getRange('C1').getValue()).toBe(1);
  expect(calls).toBe(1);
  expect(sheet.getRange('A1').getValue()).toEqual(
    new Date('2025-03-05T00:00:00+08:00'),
  );
});

test("the bundle's local time is the script's zone: getters, setters, toString, new Date(y, m, d), Date.parse, Intl", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
  const file = path.join(dir, 'Code.js');
  fs.writeFileSync(
    file,
    `function localParts() {
  var d = new Date();
  var midnight = new Date(d.getTime());
  midnight.setHours(0, 0, 0, 0);
  return [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(),
    d.getMinutes(), d.getTimezoneOffset(), String(d), d.toDateString(),
    new Date(2025, 2, 6).toISOString(), new Date(2025, 12, 0, 25).toISOString(),
    midnight.toISOString(), new Date('2025-03-06T09:15').toISOString(),
    Date.parse('2025-03-06'), new Date('2025-03-06T09:15Z').toISOString(),
    new Intl.DateTimeFormat('en-GB', {hour: '2-digit', hourCycle: 'h23'}).format(d),
    d.toLocaleString('en-GB', {timeZone: 'UTC'})];
}
`,
  );
  const emu = createEmulator({
    timeZone: 'America/Vancouver',
    scriptTimeZone: 'Asia/Shanghai',
    now: '2025-03-05T20:30:00-08:00',
  });
  // 20:30 on Wednesday the 5th in Vancouver is 12:30 on Thursday the 6th in Shanghai.
  expect(emu.loadBundle(file).call('localParts')).toEqual([
    2025,
    2,
    6,
    4,
    12,
    30,
    -480,
    'Thu Mar 06 2025 12:30:00 GMT+0800 (Asia/Shanghai)',
    'Thu Mar 06 2025',
    '2025-03-05T16:00:00.000Z',
    '2025-12-31T17:00:00.000Z',
    '2025-03-05T16:00:00.000Z',
    '2025-03-06T01:15:00.000Z',
    Date.parse('2025-03-06T00:00:00Z'),
    '2025-03-06T09:15:00.000Z',
    '12',
    '06/03/2025, 04:30:00',
  ]);
});
