import {createEmulator} from '../../emulator';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {SALES} from '../../src/sheets/schema-sales';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {setUpShopIn} from '../../src/usecases/setup-shop';
import {
  mustOpenTable,
  openTable,
  MissingTabError,
} from '../../src/sheets/table';

type Emu = ReturnType<typeof createEmulator>;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

let emu: Emu;
let uninstall: () => void;
let ss: GoogleAppsScript.Spreadsheet.Spreadsheet;

beforeEach(() => {
  emu = createEmulator({locale: 'zh_CN', timeZone: 'Asia/Shanghai'});
  uninstall = emu.install();
  ss = SpreadsheetApp.getActiveSpreadsheet();
});
afterEach(() => uninstall());

function fill(sheet: Sheet, rows: unknown[][]): void {
  const width = Math.max(...rows.map(r => r.length));
  const grid = rows.map(r => [...r, ...new Array(width - r.length).fill('')]);
  const max = sheet.getMaxRows();
  if (grid.length >= max) sheet.insertRowsAfter(max, grid.length - max + 50);
  sheet.getRange(1, 1, grid.length, width).setValues(grid);
}

/** A Sales tab as an owner keeps it: columns reordered, headers in three languages. */
function messySales(): Sheet {
  const sheet = ss.insertSheet('銷售');
  fill(sheet, [
    ['Amount', '我的备注', '客戶', '日期时间', '支付方式', 'Items'],
    [12.5, 'x', 13800138000, new Date('2025-03-05T02:00:00Z'), '微信', '辣条'],
    ['', '', '', '', '', ''],
    ["'¥8.00", '', 'vip-01', "'2025/3/5", 'Cash', '薯片'],
    ['abc', '', '13900000000', "'2025年3月5日", '赊账', '可乐'],
    ['', 'only my own note', '', '', '', ''],
    ['1,234.00', '', '13800138000', "'someday", 'Alipay', '礼盒'],
  ]);
  return sheet;
}

describe('reading a tab as records', () => {
  test('finds columns in any order and language, skips blank rows', () => {
    messySales();
    const table = mustOpenTable(ss, SALES, 'zh-CN');
    expect(table.rows.map(r => r.row)).toEqual([2, 4, 5, 7]);
    const [first, second] = table.rows;
    expect(first.values.customer).toBe('13800138000');
    expect(first.values.amount).toBe(12.5);
    expect(first.values.payment).toBe('wechat');
    expect(second.values.amount).toBe(8);
    expect((second.values.date as Date).toISOString()).toBe(
      '2025-03-04T16:00:00.000Z',
    );
    expect(table.has('receipt')).toBe(false);
    expect(table.missing.map(c => c.key)).toContain('receipt');
  });

  test('reports each unreadable cell with row, header and reason', () => {
    messySales();
    const table = mustOpenTable(ss, SALES, 'en');
    const problems = table.problems.map(p => [p.row, p.column, p.reason]);
    expect(problems).toEqual([
      [5, 'Amount', 'money'],
      [5, '支付方式', 'option'],
      [7, '日期时间', 'date'],
    ]);
    expect(table.problems[0].message).toBe(
      'Row 5, Amount: not an amount of money ("abc")',
    );
    const zh = mustOpenTable(ss, SALES, 'zh-CN').problems[2];
    expect(zh.message).toBe(
      '第 7 行「日期时间」：无法识别的日期（请写成 2025-03-05）（“someday”）',
    );
  });

  test('a missing tab is null, or a message in the owner language', () => {
    expect(openTable(ss, FEEDBACK, 'zh-CN')).toBeNull();
    expect(() => mustOpenTable(ss, FEEDBACK, 'zh-TW')).toThrow(MissingTabError);
    expect(() => mustOpenTable(ss, FEEDBACK, 'zh-TW')).toThrow(/回饋/);
  });

  test('a tab named by an alias is found', () => {
    const sheet = ss.insertSheet('会员');
    fill(sheet, [
      ['Name', '手机'],
      ['张三', 13800138000],
    ]);
    const table = mustOpenTable(ss, CUSTOMERS, 'en');
    expect(table.rows[0].values).toMatchObject({
      name: '张三',
      phone: '13800138000',
    });
  });
});

describe('writing', () => {
  test('hostile text stays text', () => {
    messySales();
    const table = mustOpenTable(ss, SALES, 'zh-CN');
    const hostile = [
      '=HYPERLINK("x")',
      '+123',
      '-5',
      '@me',
      '<script>alert(1)</script>',
      `${'长'.repeat(1999)}🎉`,
    ];
    const rows = table.append(
      hostile.map(h => ({items: h, customer: h, amount: 3})),
    );
    expect(rows).toEqual([8, 9, 10, 11, 12, 13]);
    const sheet = ss.getSheetByName('銷售') as Sheet;
    const range = sheet.getRange(8, 1, 6, 6);
    expect(range.getValues().map(r => [r[2], r[5]])).toEqual(
      hostile.map(h => [h, h]),
    );
    expect(
      range
        .getFormulas()
        .flat()
        .every(f => f === ''),
    ).toBe(true);
    const again = mustOpenTable(ss, SALES, 'zh-CN');
    expect(again.rows.slice(-6).map(r => r.values.items)).toEqual(hostile);
  });

  test('append never writes over a row with content', () => {
    const sheet = messySales();
    sheet.getRange(20, 2).setValue('a note far below');
    const table = mustOpenTable(ss, SALES, 'zh-CN');
    expect(
      table.append([{items: '奶茶', amount: 15, payment: 'cash'}]),
    ).toEqual([21]);
    expect(sheet.getRange(21, 1, 1, 6).getValues()[0]).toEqual([
      15,
      '',
      '',
      '',
      '现金',
      '奶茶',
    ]);
    expect(sheet.getRange(20, 2).getValue()).toBe('a note far below');
  });

  test('phone numbers and leading zeros stay as typed', () => {
    messySales();
    const table = mustOpenTable(ss, SALES, 'zh-CN');
    table.append([{customer: '0755-1234'}, {customer: '+86 138 0013 8000'}]);
    const again = mustOpenTable(ss, SALES, 'zh-CN');
    expect(again.rows.slice(-2).map(r => r.raw.customer)).toEqual([
      '0755-1234',
      '+86 138 0013 8000',
    ]);
  });

  test('update writes only changed cells, adjacent ones together', () => {
    const sheet = ss.insertSheet('Feedback');
    fill(sheet, [
      [
        'Date',
        'Customer',
        'Type',
        'Rating',
        'Text',
        'Status',
        'Resolution',
        'Resolved on',
      ],
      [
        new Date('2025-03-05T02:00:00Z'),
        '138',
        'Complaint',
        2,
        'cold',
        'Open',
        '',
        '',
      ],
    ]);
    const table = mustOpenTable(ss, FEEDBACK, 'en');
    emu.calls.reset();
    const written = table.update(2, {
      status: 'resolved',
      resolution: 'refunded',
      resolvedOn: new Date('2025-03-06T02:00:00Z'),
      type: 'complaint', // unchanged: not written
    });
    expect(written).toBe(3);
    expect(emu.calls.of('setValues')).toBe(1);
    expect(sheet.getRange(2, 6, 1, 3).getValues()[0]).toEqual([
      'Resolved',
      'refunded',
      new Date('2025-03-06T02:00:00Z'),
    ]);
    expect(table.rowAt(2)?.values.status).toBe('resolved');
  });

  test('a value that already means the same is not rewritten', () => {
    const sheet = ss.insertSheet('反馈');
    fill(sheet, [
      ['日期', '客户', '类型', '状态'],
      [new Date('2025-03-05T02:00:00Z'), '138', 'Complaint', 'Resolved'],
    ]);
    const table = mustOpenTable(ss, FEEDBACK, 'zh-CN');
    emu.calls.reset();
    expect(
      table.update(2, {
        type: 'complaint',
        status: 'resolved',
        date: new Date('2025-03-05T02:00:00Z'),
      }),
    ).toBe(0);
    expect(emu.calls.count()).toBe(0);
    expect(sheet.getRange(2, 4).getValue()).toBe('Resolved');
  });
});

describe('service calls do not grow with the sheet', () => {
  function salesOf(n: number): void {
    const sheet = ss.insertSheet('Sales');
    const rows: unknown[][] = [
      ['Date', 'Customer', 'Items', 'Amount', 'Payment'],
    ];
    for (let i = 0; i < n; i++) {
      rows.push([
        new Date(Date.UTC(2025, 0, 1) + i * 60_000),
        13800000000 + (i % 50),
        'x',
        10,
        'Cash',
      ]);
    }
    fill(sheet, rows);
  }

  function costs(n: number): {
    read: Record<string, number>;
    append: Record<string, number>;
  } {
    salesOf(n);
    emu.calls.reset();
    const table = mustOpenTable(ss, SALES, 'en', {tz: 'Asia/Shanghai'});
    expect(table.rows).toHaveLength(n);
    const read = emu.calls.byMethod();
    emu.calls.reset();
    table.append([{customer: '13800000001', items: '=x', amount: 5}]);
    return {read, append: emu.calls.byMethod()};
  }

  test('10 rows and 10,000 rows cost the same calls', () => {
    const small = costs(10);
    uninstall();
    emu = createEmulator({locale: 'en_US', timeZone: 'Asia/Shanghai'});
    uninstall = emu.install();
    ss = SpreadsheetApp.getActiveSpreadsheet();
    const big = costs(10_000);
    expect(big).toEqual(small);
    expect(small.read).toEqual({
      'Sheet.getSheetValues': 1,
      'Spreadsheet.getSheetByName': 1,
    });
    expect(
      Object.values(small.append).reduce((a, b) => a + b),
    ).toBeLessThanOrEqual(5);
  });
});

describe('after Set up shop (key columns formatted as plain text)', () => {
  beforeEach(() => {
    setUpShopIn({ss});
  });

  test('append writes keys into plain-text cells as they are, no apostrophe', () => {
    const table = mustOpenTable(ss, CUSTOMERS, 'zh-CN');
    const [row] = table.append([
      {id: 'C-001', name: '=HYPERLINK("x")', phone: '0755-1234'},
    ]);
    const sheet = ss.getSheetByName('客户') as Sheet;
    const phone = sheet.getRange(row, table.columns.get('phone')! + 1);
    expect(phone.getValue()).toBe('0755-1234');
    const name = sheet.getRange(row, table.columns.get('name')! + 1);
    expect(name.getValue()).toBe('=HYPERLINK("x")');
    expect(name.getFormula()).toBe('');
  });
});
