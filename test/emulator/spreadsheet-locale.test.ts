/**
 * Spreadsheet.getSpreadsheetLocale() "gets the spreadsheet locale" as a string
 * (developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()),
 * spelled as the Sheets API's SpreadsheetProperties.locale: a language ("en"), an ISO
 * 639-2 language ("fil") or language and country ("en_US"). The emulator hands back the
 * file's locale as it was given, so code is tested with every spelling.
 */
import {createEmulator} from '../../emulator';

test.each(['zh_TW', 'en_GB', 'en', 'fil'])(
  'getSpreadsheetLocale gives %s as the file holds it',
  locale => {
    const emu = createEmulator({locale});
    const {SpreadsheetApp} = emu.globals;
    expect(
      emu.run(() =>
        SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale(),
      ),
    ).toBe(locale);
  },
);

test('setSpreadsheetLocale changes what getSpreadsheetLocale gives', () => {
  const emu = createEmulator({locale: 'zh_CN'});
  const {SpreadsheetApp} = emu.globals;
  const got = emu.run(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    ss.setSpreadsheetLocale('ms_MY');
    return ss.getSpreadsheetLocale();
  });
  expect(got).toBe('ms_MY');
});
