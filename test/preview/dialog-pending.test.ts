/**
 * The emulator's interactive dialogs, which the local preview uses to ask the owner:
 * an unanswered Ui.prompt (any buttons) or a question asked with Ui.alert stops the run
 * with DialogPending naming the buttons the call asked for; an OK-only alert does not
 * stop it (Ui reference, alert and prompt; PromptResponse reference,
 * developers.google.com/apps-script/reference/base/prompt-response).
 */
import {createEmulator} from '../../emulator';
import {DialogPending} from '../../emulator/ui';

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function emu() {
  const e = createEmulator({locale: 'zh_CN', timeZone: 'Asia/Shanghai'});
  uninstall = e.install();
  e.ui.interactive = true;
  return e;
}

describe('interactive Ui dialogs (preview)', () => {
  test('an unanswered prompt stops the run with its title, text and button set', () => {
    const e = emu();
    let caught: unknown;
    try {
      e.run(() => {
        const ui = SpreadsheetApp.getUi();
        ui.prompt('标题', '请输入手机号', ui.ButtonSet.OK_CANCEL);
      });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(DialogPending);
    expect((caught as DialogPending).dialog).toEqual({
      kind: 'prompt',
      title: '标题',
      prompt: '请输入手机号',
      buttons: 'OK_CANCEL',
    });
  });

  test('a queued answer is the PromptResponse: the text and the button', () => {
    const e = emu();
    e.ui.answer('CANCEL', '13800010001');
    const r = e.run(() => {
      const ui = SpreadsheetApp.getUi();
      const res = ui.prompt('p', ui.ButtonSet.OK_CANCEL);
      return [res.getResponseText(), String(res.getSelectedButton())];
    });
    expect(r).toEqual(['13800010001', 'CANCEL']);
  });

  test('a YES_NO alert asks; an OK alert is only a message', () => {
    const e = emu();
    expect(() =>
      e.run(() => {
        const ui = SpreadsheetApp.getUi();
        ui.alert('删掉吗？', ui.ButtonSet.YES_NO);
      }),
    ).toThrow(DialogPending);
    const r = e.run(() => {
      const ui = SpreadsheetApp.getUi();
      return String(ui.alert('好了'));
    });
    expect(r).toBe('OK');
  });

  test('off (tests, triggers) nothing stops: OK and empty text as before', () => {
    const e = emu();
    e.ui.interactive = false;
    const r = e.run(() => {
      const ui = SpreadsheetApp.getUi();
      return ui.prompt('p').getResponseText();
    });
    expect(r).toBe('');
  });
});
