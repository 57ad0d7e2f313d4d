/**
 * Values in and out of cells, the way Sheets stores them.
 * Docs: Range.getValues ("Returns a two-dimensional array of values … may be of type
 * Number, Boolean, Date, or String … Empty cells are represented by an empty string"),
 * Range.setValue ("If it begins with '=' it is interpreted as a formula"),
 * Range.setValues ("The size of the two-dimensional array must match the size of the range"),
 * Sheet.getRange(row, column…) (rows and columns are 1-based).
 */
import {createEmulator, MSG} from '../../emulator';

function fresh(opts = {}) {
  const emu = createEmulator({now: '2025-03-05T10:00:00+08:00', ...opts});
  const sheet = emu.spreadsheet.insertSheet('T');
  return {emu, sheet};
}

describe('getValues gives Date, number, boolean or empty string', () => {
  test('never null or undefined, blanks are ""', () => {
    const {sheet} = fresh();
    sheet.getRange('B2').setValue(null);
    sheet.getRange('C2').setValue(undefined);
    sheet.getRange('A1').setValue(5);
    const values = sheet.getRange(1, 1, 3, 3).getValues();
    for (const row of values) {
      for (const v of row) {
        expect(
          v === '' ||
            typeof v === 'number' ||
            typeof v === 'boolean' ||
            v instanceof Date,
        ).toBe(true);
      }
    }
    expect(values[1]).toEqual(['', '', '']);
  });

  test('a number stays a number, a boolean a boolean, a Date a Date', () => {
    const {sheet} = fresh();
    const d = new Date('2025-01-02T03:04:05Z');
    sheet.getRange(1, 1, 1, 3).setValues([[42.5, true, d]]);
    const [[n, b, got]] = sheet.getRange(1, 1, 1, 3).getValues();
    expect(n).toBe(42.5);
    expect(b).toBe(true);
    expect(got).toEqual(d);
    expect(got).not.toBe(d); // a copy, as every read from the server is
  });

  test('text that looks like a number, a boolean or a date is converted like typed input', () => {
    const {emu, sheet} = fresh();
    sheet
      .getRange(1, 1, 1, 7)
      .setValues([
        ['123', '0123', '13800138000', '1,234.5', '12%', 'TRUE', '2025-03-05'],
      ]);
    const [[a, b, c, d, e, f, g]] = sheet.getRange(1, 1, 1, 7).getValues();
    expect([a, b, c, d, e, f]).toEqual([
      123,
      123,
      13800138000,
      1234.5,
      0.12,
      true,
    ]);
    expect(g).toBeInstanceOf(Date);
    // midnight in the spreadsheet's time zone (Asia/Shanghai)
    expect((g as Date).toISOString()).toBe('2025-03-04T16:00:00.000Z');
    expect(sheet.getRange('G1').getDisplayValue()).toBe('2025-03-05');
    void emu;
  });

  test('month-first dates in en_US, year-first only in zh_CN', () => {
    const us = fresh().sheet;
    us.getRange('A1').setValue('3/5/2025');
    expect((us.getRange('A1').getValue() as Date).toISOString()).toBe(
      '2025-03-04T16:00:00.000Z',
    );
    const cn = fresh({locale: 'zh_CN'}).sheet;
    cn.getRange('A1').setValue('3/5/2025');
    expect(cn.getRange('A1').getValue()).toBe('3/5/2025');
    cn.getRange('A2').setValue('2025/3/5');
    expect(cn.getRange('A2').getValue()).toBeInstanceOf(Date);
  });

  test('a leading apostrophe keeps text and is not part of the value', () => {
    const {sheet} = fresh();
    sheet.getRange('A1').setValue("'0123");
    sheet.getRange('A2').setValue("'=1+2");
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['0123'], ['=1+2']]);
    expect(sheet.getRange('A1:A2').getFormulas()).toEqual([[''], ['']]);
  });

  test("a cell formatted as plain text ('@') keeps every string as written", () => {
    const {sheet} = fresh();
    const r = sheet.getRange('A1:A3').setNumberFormat('@');
    r.setValues([['0123'], ['=HACK()'], ['2025-03-05']]);
    expect(r.getValues()).toEqual([['0123'], ['=HACK()'], ['2025-03-05']]);
    expect(r.getFormulas()).toEqual([[''], [''], ['']]);
  });

  test('hostile text: emoji, <script>, 2,000 characters round-trip unchanged', () => {
    const {sheet} = fresh();
    const long = 'x'.repeat(2000);
    const rows = [
      ['🍜🧋 熟客'],
      ['<script>alert(1)</script>'],
      [long],
      ['@mention'],
    ];
    sheet.getRange(1, 1, 4, 1).setValues(rows);
    expect(sheet.getRange(1, 1, 4, 1).getValues()).toEqual(rows);
  });
});

describe('formula injection: a string starting with = becomes a formula', () => {
  test('"=" text is stored as a formula; getValues shows its result, getFormulas the text', () => {
    const {sheet} = fresh();
    sheet.getRange('A1').setValue('=1+2');
    sheet.getRange('A2').setValue('=HYPERLINK("http://evil.example","click")');
    expect(sheet.getRange('A1').getFormula()).toBe('=1+2');
    expect(sheet.getRange('A1').getValue()).toBe(3);
    expect(sheet.getRange('A2').getFormula()).toBe(
      '=HYPERLINK("http://evil.example","click")',
    );
    expect(sheet.getRange('A2').getValue()).toBe('#NAME?');
  });

  test('"+" or "-" followed by something that is not a number is a formula too', () => {
    const {sheet} = fresh();
    sheet
      .getRange(1, 1, 4, 1)
      .setValues([['-5'], ['+86 138 0013 8000'], ['- apples'], ['+A1']]);
    expect(sheet.getRange('A1').getValue()).toBe(-5);
    expect(sheet.getRange('A1').getFormula()).toBe('');
    expect(sheet.getRange('A2').getFormula()).toBe('=+86 138 0013 8000');
    expect(sheet.getRange('A2').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('A3').getValue()).toBe('#ERROR!');
    expect(sheet.getRange('A4').getFormula()).toBe('=+A1');
    expect(sheet.getRange('A4').getValue()).toBe(-5);
  });

  test('appendRow converts the same way', () => {
    const {sheet} = fresh();
    sheet.appendRow(['=2*3', "'=2*3", '007']);
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([[6, '=2*3', 7]]);
  });
});

describe('setValues shape must match the range', () => {
  test('too few rows', () => {
    const {sheet} = fresh();
    expect(() => sheet.getRange(1, 1, 3, 2).setValues([[1, 2]])).toThrow(
      MSG.rowsMismatch(1, 3),
    );
  });
  test('a row too short', () => {
    const {sheet} = fresh();
    expect(() =>
      sheet.getRange(1, 1, 2, 3).setValues([
        [1, 2, 3],
        [1, 2],
      ]),
    ).toThrow(MSG.columnsMismatch(2, 3));
  });
  test('not a 2-D array', () => {
    const {sheet} = fresh();
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([1, 2] as never)).toThrow(
      /don't match the method signature for SpreadsheetApp.Range.setValues/,
    );
  });
  test('nothing is written when the shape is wrong', () => {
    const {sheet} = fresh();
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([['a']])).toThrow();
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('ranges are 1-based and inside the sheet', () => {
  test('row 0 and column 0 throw', () => {
    const {sheet} = fresh();
    expect(() => sheet.getRange(0, 1)).toThrow(MSG.rowTooSmall);
    expect(() => sheet.getRange(1, 0)).toThrow(MSG.columnTooSmall);
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(MSG.rowsAtLeastOne);
  });
  test('beyond max rows or columns throws; appendRow and insertRowsAfter grow the sheet', () => {
    const {sheet} = fresh();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1001, 1)).toThrow(MSG.rangeOutside);
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(MSG.rangeOutside);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['grown']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('grown');
    sheet.insertRowsAfter(1001, 5);
    expect(sheet.getMaxRows()).toBe(1006);
  });
});

describe('A1 notation', () => {
  test('open-ended, whole columns, absolute and sheet-qualified', () => {
    const {emu, sheet} = fresh();
    expect(sheet.getRange('A2:A').getNumRows()).toBe(999);
    expect(sheet.getRange('B:C').getNumColumns()).toBe(2);
    expect(sheet.getRange('$B$3').getA1Notation()).toBe('B3');
    emu.spreadsheet.insertSheet("Owner's book");
    const r = emu.spreadsheet.getRange("'Owner''s book'!B2:C");
    expect(r.getSheet()).toBeTruthy();
    expect(r.getA1Notation()).toBe('B2:C1000');
    expect(() => emu.spreadsheet.getRange('Nope!A1')).toThrow(
      'Range not found',
    );
  });
});

describe('sheet bookkeeping', () => {
  test('getLastRow/getLastColumn count content, not formats', () => {
    const {sheet} = fresh();
    sheet.getRange('A1:D10').setNumberFormat('0.00');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('C4').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });
  test('insertColumnsAfter moves cells right and keeps frozen rows', () => {
    const {sheet} = fresh();
    sheet.getRange(1, 1, 1, 3).setValues([['a', 'b', 'c']]);
    sheet.setFrozenRows(1);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([
      ['a', '', '', 'b', 'c'],
    ]);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getFrozenRows()).toBe(1);
  });
  test('insertSheet refuses a name already used (any case)', () => {
    const {emu} = fresh();
    expect(() => emu.spreadsheet.insertSheet('t')).toThrow(
      MSG.sheetExists('t'),
    );
  });
  test('number formats drive display values', () => {
    const {sheet} = fresh();
    sheet
      .getRange('A1:C1')
      .setValues([[1234.5, 0.25, new Date('2025-03-05T06:30:00Z')]]);
    sheet.getRange('A1').setNumberFormat('#,##0.00');
    sheet.getRange('B1').setNumberFormat('0%');
    sheet.getRange('C1').setNumberFormat('yyyy-mm-dd hh:mm');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([
      ['1,234.50', '25%', '2025-03-05 14:30'],
    ]);
    sheet.getRange('D1:E1').setValues([[-12.5, -3]]);
    sheet.getRange('D1').setNumberFormat('"¥"#,##0.00');
    sheet.getRange('E1').setNumberFormat('0;(0)');
    expect(sheet.getRange('D1:E1').getDisplayValues()).toEqual([
      ['-¥12.50', '(3)'],
    ]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('#,##0.00');
    expect(sheet.getRange('F1').getNumberFormat()).toBe('General');
  });
});

describe('data validation', () => {
  test('rules are stored and read back', () => {
    const {emu, sheet} = fresh();
    const SpreadsheetApp = emu.globals.SpreadsheetApp;
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Cash', 'WeChat Pay'])
      .setAllowInvalid(false)
      .setHelpText('Pick one')
      .build();
    sheet.getRange('A2:A').setDataValidation(rule);
    const got = sheet.getRange('A5').getDataValidation()!;
    expect(got.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(got.getCriteriaValues()[0]).toEqual(['Cash', 'WeChat Pay']);
    expect(got.getHelpText()).toBe('Pick one');
    expect(sheet.getRange('B5').getDataValidation()).toBeNull();
  });
  test('a rule that rejects invalid data rejects a script write too', () => {
    const {emu, sheet} = fresh();
    const rule = emu.globals.SpreadsheetApp.newDataValidation()
      .requireNumberBetween(1, 5)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('B2:B').setDataValidation(rule);
    sheet.getRange('B2').setValue(4);
    expect(() => sheet.getRange('B3').setValue(9)).toThrow(
      MSG.validationViolated('B3'),
    );
    expect(sheet.getRange('B3').getValue()).toBe('');
  });
});
