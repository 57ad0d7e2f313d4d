/**
 * Session.getActiveUserLocale() is the language of the person running the script, not
 * the spreadsheet's locale: "Gets the language setting of the current user as a string,
 * for example en for English" and needs no authorisation
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()).
 * Spreadsheet.setSpreadsheetLocale changes the file's locale only
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)).
 * Shuke's menu and counter chrome rely on this; the book's language does not.
 */
import * as path from 'node:path';
import {createEmulator} from '../../emulator';

const CODE = path.resolve(__dirname, '../../dist/Code.js');

describe('the viewer has a language of their own (Session reference)', () => {
  it('getActiveUserLocale does not follow setSpreadsheetLocale, and needs no authorisation', () => {
    const emu = createEmulator({locale: 'zh_CN', userLocale: 'en'});
    const uninstall = emu.install();
    try {
      emu.run(() =>
        SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetLocale('zh_TW'),
      );
      expect(
        emu.run(() => Session.getActiveUserLocale(), {authMode: 'NONE'}),
      ).toBe('en');
      expect(
        emu.run(() =>
          SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale(),
        ),
      ).toBe('zh_TW');
    } finally {
      uninstall();
    }
  });

  it.each([
    ['en', 'Set up shop', 'Shuke · Counter'],
    ['zh_CN', '设置店铺', '熟客 · 收银台'],
    ['zh-TW', '設定店鋪', '熟客 · 收銀台'],
  ])(
    'a %s viewer of an English book gets the menu and the counter in their language',
    (user, item, title) => {
      const emu = createEmulator({locale: 'en_US', userLocale: user});
      const app = emu.loadBundle(CODE);
      app.call('onOpen', [{authMode: 'NONE'}], {authMode: 'NONE'});
      const items = emu.ui.addonMenu?.items ?? [];
      expect(items.map(i => ('caption' in i ? i.caption : ''))).toContain(item);
      app.call('setUpShop', []);
      expect(emu.gas.spreadsheet.getSheetByName('Customers')).not.toBeNull();
      app.call('openCounter', []);
      expect(emu.ui.sidebars.at(-1)?.title).toBe(title);
    },
  );
});
