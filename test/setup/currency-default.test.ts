/**
 * A new book's currency follows its spreadsheet's locale; an owner's value never moves.
 * The locale is Spreadsheet.getSpreadsheetLocale()
 * (developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()),
 * spelled "en", "fil" or "en_US" (Sheets API reference, SpreadsheetProperties.locale).
 */
import * as path from 'node:path';
import {BundleApp, createEmulator, Emulator} from '../../emulator';
import {
  currencyForLocale,
  FALLBACK_CURRENCY,
} from '../../src/domain/currency-default';
import {parseMoneyInput} from '../../src/domain/counter/money';
import {parseAmount} from '../../src/domain/customer-stats';
import {moneyFormat} from '../../src/sheets/setup';
import {needsTextGuard} from '../../src/sheets/cells';

const ROOT = path.join(__dirname, '..', '..');
const CODE = path.join(ROOT, 'dist', 'Code.js');

describe('currencyForLocale', () => {
  test.each([
    ['zh_CN', '¥'],
    ['zh_TW', 'NT$'],
    ['zh_HK', 'HK$'],
    ['en_SG', 'S$'],
    ['zh_SG', 'S$'],
    ['ms_MY', 'RM'],
    ['en_MY', 'RM'],
    ['zh_MY', 'RM'],
    ['en_US', '$'],
    ['en_GB', '£'],
    ['en_AU', 'A$'],
    ['de_DE', '€'],
    // Other spellings of the same locales.
    ['zh-TW', 'NT$'],
    ['zh_Hant_TW', 'NT$'],
    ['en_gb', '£'],
    [' en_US ', '$'],
  ])('%s → %s', (locale, symbol) => {
    expect(currencyForLocale(locale)).toBe(symbol);
  });

  test.each([
    ['a language without a country', 'en'],
    ['an ISO 639-2 language', 'fil'],
    ['a country not in the table', 'th_TH'],
    ['an empty locale', ''],
    ['a locale that is no locale', '__'],
    ['null', null],
    ['a number', 42],
  ])('%s falls back to ¥', (_what, locale) => {
    expect(currencyForLocale(locale)).toBe(FALLBACK_CURRENCY);
    expect(FALLBACK_CURRENCY).toBe('¥');
  });
});

describe('money typed in a shop that writes its own symbol', () => {
  test.each([
    ['NT$55', 55],
    ['NT$ 55', 55],
    ['HK$12.5', 12.5],
    ['RM12.50', 12.5],
    ['12.50 RM', 12.5],
    ['S$3', 3],
    ['A$4.20', 4.2],
    ['MOP$5', 5],
    ['£3.50', 3.5],
    ['-NT$5', -5],
    // As before.
    ['¥12.5', 12.5],
    ['$5', 5],
    ['12元', 12],
    ['US$1,234.50', 1234.5],
  ])('%s is %d at the counter and in the Sales tab', (text, value) => {
    expect(parseMoneyInput(text)).toEqual({ok: true, value});
    expect(parseAmount(text)).toBe(value);
  });

  test('a word that is no symbol is still refused', () => {
    expect(parseMoneyInput('abcd$5').ok).toBe(false);
    expect(parseMoneyInput('RMX5').ok).toBe(false);
    expect(parseAmount('RMX5')).toBeNull();
  });

  test('the number format writes a symbol of letters as a literal', () => {
    expect(moneyFormat('NT$')).toBe('"NT$"#,##0.00');
    expect(moneyFormat('RM')).toBe('"RM"#,##0.00');
  });
});

describe('Set up shop through the bundle', () => {
  function load(locale: string): {emu: Emulator; app: BundleApp} {
    const emu = createEmulator({
      locale,
      timeZone: 'Asia/Taipei',
      now: '2026-03-05T02:00:00Z',
      manifest: path.join(ROOT, 'appsscript.json'),
      htmlDir: path.join(ROOT, 'dist'),
    });
    return {emu, app: emu.loadBundle(CODE)};
  }

  /** The value of the Settings row whose label matches, read as the owner sees it. */
  function settingCell(emu: Emulator, label: RegExp) {
    const tab = emu.spreadsheet
      .getSheets()
      .find(s => /^(设置|設定|Settings)$/.test(s.getName()))!;
    const rows = tab.getDataRange().getValues();
    const i = rows.findIndex(r => label.test(String(r[0])));
    expect(i).toBeGreaterThan(0);
    return tab.getRange(i + 1, 2);
  }

  function amountFormat(emu: Emulator, tab: string, header: string): string {
    const sheet = emu.spreadsheet.getSheetByName(tab)!;
    const head = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    return sheet.getRange(2, head.indexOf(header) + 1).getNumberFormat();
  }

  test('a new book in zh_TW is in NT$: the Settings row and the Sales amounts', () => {
    const {emu, app} = load('zh_TW');
    app.call('setUpShop', [], {authMode: 'FULL'});
    expect(settingCell(emu, /^貨幣符號$/).getValue()).toBe('NT$');
    expect(amountFormat(emu, '銷售', '金額')).toBe('"NT$"#,##0.00');
  });

  test.each([
    ['en_GB', /^Currency$/, '£'],
    ['ms_MY', /^Currency$/, 'RM'],
    ['zh_CN', /^货币符号$/, '¥'],
    ['th_TH', /^Currency$/, '¥'],
  ])('a new book in %s starts with its symbol', (locale, label, symbol) => {
    const {emu, app} = load(locale);
    app.call('setUpShop', [], {authMode: 'FULL'});
    expect(settingCell(emu, label).getValue()).toBe(symbol);
  });

  test('an owner’s ¥ stays when the locale later says NT$, and the Sales format keeps it', () => {
    const {emu, app} = load('zh_CN');
    app.call('setUpShop', [], {authMode: 'FULL'});
    expect(settingCell(emu, /^货币符号$/).getValue()).toBe('¥');
    emu.spreadsheet.setSpreadsheetLocale('zh_TW');
    app.call('setUpShop', [], {authMode: 'FULL'});
    expect(settingCell(emu, /^货币符号$/).getValue()).toBe('¥');
    expect(amountFormat(emu, '销售', '金额')).toBe('"¥"#,##0.00');
  });

  test('a symbol the owner typed in a Taiwan book is theirs on every run', () => {
    const {emu, app} = load('zh_TW');
    app.call('setUpShop', [], {authMode: 'FULL'});
    settingCell(emu, /^貨幣符號$/).setValue('元');
    app.call('setUpShop', [], {authMode: 'FULL'});
    expect(settingCell(emu, /^貨幣符號$/).getValue()).toBe('元');
  });

  test('a book set up before Currency existed gets the row in its locale’s symbol', () => {
    const {emu, app} = load('en_GB');
    app.call('setUpShop', [], {authMode: 'FULL'});
    const tab = emu.spreadsheet.getSheetByName('Settings')!;
    const rows = tab.getDataRange().getValues();
    const i = rows.findIndex(r => r[0] === 'Currency');
    tab.deleteRow(i + 1);
    app.call('setUpShop', [], {authMode: 'FULL'});
    expect(settingCell(emu, /^Currency$/).getValue()).toBe('£');
    // The rest of the tab is as it was, one row for each setting.
    const after = tab.getDataRange().getValues();
    expect(after.filter(r => r[0] === 'Currency')).toHaveLength(1);
    expect(after.length).toBe(rows.length);
  });
});

describe('a symbol written into a cell', () => {
  // Sheets reads the locale's own symbol in typed input (Range.setValue reference;
  // ValueInputOption USER_ENTERED): "RM12.50" in a Malaysian book is the number 12.5.
  test('the emulator reads RM like the other symbols', () => {
    const emu = createEmulator({locale: 'ms_MY'});
    const {SpreadsheetApp} = emu.globals;
    const got = emu.run(() => {
      const cell = SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()[0]
        .getRange(1, 1);
      cell.setValue('RM12.50');
      return cell.getValue();
    });
    expect(got).toBe(12.5);
  });

  test.each(['RM12', 'S$5', 'A$4.20', 'MOP$5', '£3', 'NT$ 55', '12 RM'])(
    '%s written by Shuke as text is guarded so it stays text',
    text => {
      expect(needsTextGuard(text)).toBe(true);
    },
  );
});
