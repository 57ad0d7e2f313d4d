/**
 * Loading a script file the way Apps Script does.
 * Docs: V8 runtime overview (script files are classic scripts sharing one global scope;
 * modules, import and export are not supported); Custom functions guide ("@customfunction"
 * JSDoc makes a function show in autocomplete); design rule: no service call at load time
 * (every execution loads every file, onOpen in AuthMode.NONE included).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {createEmulator} from '../../emulator';

function file(code: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-bundle-'));
  const f = path.join(dir, 'Code.js');
  fs.writeFileSync(f, code);
  return f;
}

const CODE = `
var __app = (() => {
  const stamp = () => new Date();
  return {stamp};
})();
function whenIsIt() {
  return __app.stamp().toISOString();
}
function isDateFromSheet() {
  const v = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue();
  return v instanceof Date;
}
function fail() {
  try {
    SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1);
  } catch (e) {
    return e instanceof Error ? 'Error: ' + e.message : 'not an Error';
  }
}
/**
 * Doubles a column.
 * @param {number[][]} xs
 * @customfunction
 */
function DOUBLE(xs) {
  return xs.map(r => [typeof r[0] === 'number' ? r[0] * 2 : r[0] instanceof Date]);
}
`;

test('top-level functions are callable, custom functions registered, Date is virtual and realm-correct', () => {
  const emu = createEmulator({now: '2030-05-06T07:08:09Z', scopes: 'all'});
  const app = emu.loadBundle(file(CODE));
  expect(app.functions).toEqual([
    'whenIsIt',
    'isDateFromSheet',
    'fail',
    'DOUBLE',
  ]);
  expect(app.customFunctions).toEqual(['DOUBLE']);
  expect(app.call('whenIsIt')).toBe('2030-05-06T07:08:09.000Z');
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange('A1:A2').setValues([[new Date()], [21]]);
  expect(app.call('isDateFromSheet')).toBe(true);
  expect(app.call('fail')).toBe(
    'Error: The starting row of the range is too small.',
  );
  sheet.getRange('B1').setFormula('=DOUBLE(A1:A2)');
  expect(sheet.getRange('B1:B2').getValues()).toEqual([[true], [42]]);
});

test('import/export is a syntax error, as in Apps Script', () => {
  const emu = createEmulator();
  expect(() => emu.loadBundle(file('export function onOpen() {}\n'))).toThrow(
    /Unexpected token 'export'/,
  );
  expect(() =>
    emu.loadBundle(file("import x from 'y';\nfunction onOpen() {}\n")),
  ).toThrow(/Cannot use import statement outside a module/);
});

test('a service called while the file loads fails the load', () => {
  const emu = createEmulator();
  expect(() =>
    emu.loadBundle(
      file(
        'var ss = SpreadsheetApp.getActiveSpreadsheet();\nfunction onOpen() {}\n',
      ),
    ),
  ).toThrow(/while the script file loads/);
});

test('the node runtime is not there: no require, no process', () => {
  const emu = createEmulator();
  const app = emu.loadBundle(
    file(
      'function probe() { return [typeof require, typeof process, typeof module]; }\n',
    ),
  );
  expect(app.call('probe')).toEqual(['undefined', 'undefined', 'undefined']);
});
