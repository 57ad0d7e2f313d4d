/**
 * What "Something new" relies on of Ui.prompt, pinned in the emulator: the response
 * names the button that dismissed the dialog, Button.CLOSE for the close button in its
 * title bar, and keeps the text typed whatever the button (PromptResponse reference,
 * developers.google.com/apps-script/reference/base/prompt-response). Only OK lists fans.
 */
import {somethingNew} from '../../src/usecases/recommend/something-new';
import {makeShop, Shop} from '../reminders/shop';

describe('Ui.prompt (PromptResponse reference)', () => {
  let shop: Shop;
  beforeEach(() => {
    shop = makeShop({customers: [{id: 'C1', name: '甲', preferences: '奶茶'}]});
  });
  afterEach(() => shop.uninstall());

  test.each(['CLOSE', 'CANCEL'] as const)(
    '%s keeps the text typed, and lists nobody',
    button => {
      shop.emu.ui.answer(button, '奶茶');
      const r = shop.emu.run(() => {
        const ui = SpreadsheetApp.getUi();
        const res = ui.prompt('t', 'p', ui.ButtonSet.OK_CANCEL);
        return {
          text: res.getResponseText(),
          closed: res.getSelectedButton() === ui.Button[button],
          ok: res.getSelectedButton() === ui.Button.OK,
        };
      });
      expect(r).toEqual({text: '奶茶', closed: true, ok: false});
      shop.emu.ui.answer(button, '奶茶');
      shop.emu.run(() => somethingNew());
      expect(shop.emu.spreadsheet.getSheetByName('上新通知')).toBeNull();
    },
  );

  test('OK lists the fans', () => {
    shop.emu.ui.answer('OK', '奶茶');
    shop.emu.run(() => somethingNew());
    expect(shop.emu.spreadsheet.getSheetByName('上新通知')?.getLastRow()).toBe(
      2,
    );
  });
});
