import {createEmulator} from '../../emulator';
import {
  loadSettings,
  readSettings,
  writeSetting,
} from '../../src/sheets/settings';

const TZ = 'Asia/Shanghai';

describe('on a spreadsheet', () => {
  let uninstall: () => void;
  afterEach(() => uninstall());

  test('writeSetting updates a row in place or adds it at the end', () => {
    const emu = createEmulator({locale: 'zh_TW', timeZone: TZ});
    uninstall = emu.install();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet('設定');
    sheet.getRange(1, 1, 3, 3).setValues([
      ['項目', '值', '說明'],
      ['店名', '好味', ''],
      ['等级计算日期', '', ''],
    ]);
    const asOf = new Date('2025-03-05T16:00:00Z');
    expect(writeSetting(ss, 'asOf', asOf)).toBe(true);
    expect(sheet.getRange(3, 2).getValue()).toEqual(asOf);
    expect(writeSetting(ss, 'reminderHour', 9)).toBe(true);
    expect(sheet.getRange(4, 1, 1, 2).getValues()[0]).toEqual([
      '每日提醒時間（點）',
      9,
    ]);
    expect(writeSetting(ss, 'shopName', '+86 好味')).toBe(true);
    expect(sheet.getRange(2, 2).getFormula()).toBe('');
    const s = readSettings(ss);
    expect(s.shopName).toBe('+86 好味');
    expect(s.reminderHour).toBe(9);
    expect(s.asOf).toEqual(asOf);
  });

  test('reading costs a constant, small number of calls', () => {
    const emu = createEmulator({locale: 'en_US', timeZone: TZ});
    uninstall = emu.install();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('Settings')
      .getRange(1, 1, 1, 2)
      .setValues([['Shop name', 'x']]);
    emu.calls.reset();
    expect(loadSettings(ss).settings.shopName).toBe('x');
    // The locale, the time zone, the tab, its values in one call (getSheetValues).
    expect(emu.calls.spreadsheet()).toBe(4);
  });
});
