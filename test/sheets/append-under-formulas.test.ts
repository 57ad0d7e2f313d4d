import {createEmulator} from '../../emulator';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {mustOpenTable} from '../../src/sheets/table';
import {setUpShopIn} from '../../src/usecases/setup-shop';

// The one figures formula lives in row 2 of Customers and spills down; the first customer must
// still land in row 2, not leave a blank row above the book.
test('the first customer goes into row 2, beside the grade formulas', () => {
  const emu = createEmulator({locale: 'en_US', timeZone: 'Asia/Shanghai'});
  const uninstall = emu.install();
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    setUpShopIn({ss, notify: () => undefined});
    const table = mustOpenTable(ss, CUSTOMERS, 'en');
    const gradeCol = (table.columns.get('grade') as number) + 1;
    const sheet = table.sheet;
    expect(sheet.getRange(2, gradeCol).getFormula()).toMatch(
      /^=CUSTOMER_FIGURES\(/,
    );

    expect(
      table.append([{id: 'C1', name: 'Ann', phone: '13800138000'}]),
    ).toEqual([2]);
    expect(table.append([{id: 'C2', name: 'Bo'}])).toEqual([3]);
    const again = mustOpenTable(ss, CUSTOMERS, 'en');
    expect(again.rows.map(r => [r.row, r.values.id])).toEqual([
      [2, 'c1'],
      [3, 'c2'],
    ]);
    expect(sheet.getRange(2, gradeCol).getFormula()).toMatch(
      /^=CUSTOMER_FIGURES\(/,
    );
  } finally {
    uninstall();
  }
});

test('a header-only table finds row 2 free too', () => {
  const emu = createEmulator({locale: 'zh_CN', timeZone: 'Asia/Shanghai'});
  const uninstall = emu.install();
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    setUpShopIn({ss, notify: () => undefined});
    const open = () =>
      mustOpenTable(ss, CUSTOMERS, 'zh-CN', {headerOnly: true});
    expect(open().append([{id: 'C1', name: '张三'}])).toEqual([2]);
    expect(open().append([{id: 'C2', name: '李四'}])).toEqual([3]);
  } finally {
    uninstall();
  }
});
