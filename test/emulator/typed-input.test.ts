/**
 * Strings a script writes are read like typed input, the whole family Sheets parses.
 * Sources: Range.setValue (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object):
 * "The value can be numeric, string, boolean or date"); the Sheets API's
 * ValueInputOption USER_ENTERED (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption:
 * "strings may be converted to numbers, dates, etc. following the same rules that are
 * applied when entering text into a cell via the Google Sheets UI"); and VALUE
 * (https://support.google.com/docs/answer/3094220: "any of the date, time or number
 * formats that Google Sheets understands": "123", "7/20/1969", "12:00:00").
 * Google publishes no grammar for these rules, so the emulator is generous: where a form
 * might be parsed (scientific notation, a date without a year, month names, 年月日,
 * currency symbols, full-width digits), it is, so that the product has to guard text.
 */
import {createEmulator} from '../../emulator';

function sheetIn(locale: string) {
  const emu = createEmulator({
    locale,
    timeZone: 'Asia/Shanghai',
    now: '2025-03-05T10:00:00+08:00',
  });
  return emu.spreadsheet.insertSheet('T');
}

function stored(locale: string, typed: string): unknown {
  const sheet = sheetIn(locale);
  sheet.getRange('A1').setValue(typed);
  return sheet.getRange('A1').getValue();
}

describe('typed input Sheets turns into something other than text', () => {
  test.each([
    ['1e5', 100000],
    ['2E3', 2000],
    ['1.5e-3', 0.0015],
    [' 12 ', 12],
    ['1,234', 1234],
    ['.5', 0.5],
    ['5.', 5],
    ['(12)', -12],
    ['１２３', 123],
    ['12%', 0.12],
    ['$5', 5],
    ['¥5', 5],
    ['￥5', 5],
    ['€5', 5],
    ['HK$5', 5],
    ['5元', 5],
  ])('the number %j', (typed, want) => {
    for (const locale of ['en_US', 'zh_CN', 'zh_TW']) {
      expect([locale, typed, stored(locale, typed)]).toEqual([
        locale,
        typed,
        want,
      ]);
    }
  });

  test.each(['true', 'FALSE', ' True '])('the boolean %j', typed => {
    expect(typeof stored('zh_CN', typed)).toBe('boolean');
  });

  test.each([
    '2025-3-5',
    '2025/3/5',
    '2025.3.5',
    '3/5',
    '5 Mar 2025',
    'Mar 5, 2025',
    'March 5',
    '5-Mar',
    '2025年3月5日',
    '3月5日',
    '10:30',
    '10:30 AM',
    '10am',
    '7 pm',
  ])('the date or time %j', typed => {
    for (const locale of ['en_US', 'zh_CN', 'zh_TW', 'en_GB']) {
      expect([locale, typed, stored(locale, typed) instanceof Date]).toEqual([
        locale,
        typed,
        true,
      ]);
    }
  });

  test('a date without a year is in the current year, month first in en_US and zh', () => {
    // The year the emulator's process is in (Date follows the virtual clock once installed).
    const y = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    const d = stored('en_US', '3/5') as Date;
    expect(d.toISOString()).toBe(`${y}-03-04T16:00:00.000Z`);
    const gb = stored('en_GB', '3/5') as Date;
    expect(gb.toISOString()).toBe(`${y}-05-02T16:00:00.000Z`);
    const zh = stored('zh_CN', '2025年3月5日') as Date;
    expect(zh.toISOString()).toBe('2025-03-04T16:00:00.000Z');
  });

  test.each(['奶茶', 'tea x2', '1e5 奶茶', 'May', '13:75', '2025-13-01', 'A1'])(
    '%j stays text',
    typed => {
      expect(stored('en_US', typed)).toBe(typed);
    },
  );
});
