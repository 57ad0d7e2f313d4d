/**
 * The self-check's line on who can open the book, in the viewer's language: with every
 * Shuke tab protected it says how many; with one left bare it names that tab in a
 * sentence that reads right for one tab as for several.
 */
import {createEmulator} from '../../emulator';
import {setUpShopIn} from '../../src/usecases/setup-shop';
import {checkSharing} from '../../src/usecases/privacy/sharing-check';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

test('one tab without its warning: named in a sentence that reads right', () => {
  const emu = createEmulator({
    locale: 'en_US',
    timeZone: 'Asia/Shanghai',
    now: '2025-06-15T04:00:00Z',
  });
  const uninstall = emu.install();
  try {
    const ss = () =>
      SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;
    emu.run(() => setUpShopIn({ss: ss(), installFormulas: () => {}}));
    const ok = emu.run(() => checkSharing(ss(), 'en'));
    expect(ok.ok).toBe(true);
    expect(ok.text).toMatch(/Shuke's own \d+ tabs warn before an edit/);
    const bare = emu.run(() => {
      const p = ss().getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
      const name = p.getRange().getSheet().getName();
      p.remove();
      return name;
    });
    const missing = emu.run(() => checkSharing(ss(), 'en'));
    expect(missing.ok).toBe(false);
    expect(missing.text).toContain(
      `Not warning before an edit yet: ${bare}. Run Set up shop to add the warning.`,
    );
    expect(missing.text).not.toMatch(/ do not warn/);
    const zh = emu.run(() => checkSharing(ss(), 'zh-CN'));
    expect(zh.text).toContain(`另有 ${bare} 还没有修改前提示`);
  } finally {
    uninstall();
  }
});
