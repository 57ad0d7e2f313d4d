import {createEmulator} from '../../emulator';
import {setUpShopIn} from '../../src/usecases/setup-shop';

// An owner who already keeps grades by hand in a column headed 等级 keeps them: Set up
// shop writes no formula over them and says so in the message it shows.
test('Set up shop tells the owner when their own grades stop the formula', () => {
  const emu = createEmulator({locale: 'zh_CN', timeZone: 'Asia/Shanghai'});
  const uninstall = emu.install();
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.setName('客户');
    sheet.getRange(1, 1, 3, 3).setValues([
      ['客户编号', '姓名', '等级'],
      ['C1', '张三', 'A'],
      ['C2', '李四', 'B'],
    ]);
    const shown: string[] = [];
    const summary = setUpShopIn({ss, notify: (_t, m) => shown.push(m)});
    expect(sheet.getRange(2, 3, 2, 1).getValues()).toEqual([['A'], ['B']]);
    expect(sheet.getRange(2, 3).getFormula()).toBe('');
    expect(summary.formulaProblems.length).toBeGreaterThan(0);
    expect(summary.formulaProblems.join('\n')).toContain('等级');
    expect(shown[0]).toContain(summary.formulaProblems[0]);
  } finally {
    uninstall();
  }
});
