/**
 * Nothing dropped silently, through the built bundle: a cell the import can't read, or
 * can't read one way only (03/04/1990), is listed with its row and text, and its text
 * is kept in the notes of the customer or the sale, in the book's language; birthdays
 * without a year (3月4日, 04-03, 农历八月十五, 0000-09-21) are read and written
 * as the Customers tab keeps them, so the birthday reminders read them.
 */
import {bundleShop, putRows, rowsOf} from '../counter/shop';
import {CUSTOMERS, SALES} from '../../src/sheets/schema';
import {parseBirthday} from '../../src/domain/followup/birthday';
import * as X from './exports';

type Preview = {
  ok: boolean;
  format: string;
  notTaken: string[];
  sample: Array<{row: string; cells: string[]}>;
  problems: string[];
  problemCount: number;
  kept: string[];
  keptCount: number;
  canImport: boolean;
};
type Done = {
  ok: boolean;
  sales: number;
  customers: number;
  kept: string[];
  keptCount: number;
};

const TZ = 'Asia/Shanghai';

function shop(locale = 'zh_CN') {
  const s = bundleShop(locale, '2026-03-25T04:00:00Z');
  const preview = (tab: string) =>
    s.app.call('previewImport', [tab]) as Preview;
  const run = (tab: string) => s.app.call('runImport', [{sheet: tab}]) as Done;
  const customers = () =>
    rowsOf(s.emu, CUSTOMERS).filter(
      c => c.id !== '' || c.name !== '' || c.phone !== '',
    );
  const sales = () => rowsOf(s.emu, SALES).filter(r => r.date !== '');
  return {...s, preview, run, customers, sales};
}

const MEMBERS_HEADER = [
  '会员号',
  '会员名称',
  '手机号',
  '会员等级',
  '生日',
  '生日类型',
  '开卡日期',
  '备注',
];

/** A 银豹 member export brought in as text: birthdays as staff typed them at the till. */
function members(): X.Grid {
  const m = (
    no: string,
    name: string,
    phone: unknown,
    birthday: string,
    kind = '',
    since = '',
    note = '',
  ) => [no, name, phone, '普通', birthday, kind, since, note];
  return [
    MEMBERS_HEADER,
    m('9001', '甲', '13511110001', '3月4日', '', '2025-11-01'),
    m('9002', '乙', '13511110002', '04-03', '', '2025-11-01', '爱吃辣'),
    m('9003', '丙', '13511110003', '03/04/1990', '', '2025-11-01'),
    m('9004', '丁', '13511110004', '农历八月十五'),
    m('9005', '戊', '13511110005', '08-15', '农历'),
    m('9006', '己', '13511110006', '0000-09-21'),
    m('9007', '庚', '12', '32/13/1990', '', '11/05/2025'),
    m('9008', '辛', '无', '1990-08-08'),
    m('9009', '壬', '=HYPERLINK("http://x","点我")', ''),
  ];
}

function text(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

describe('birthdays and other cells of a member export', () => {
  test('listed with row and text before anything is written; nothing left out', () => {
    const s = shop();
    X.putExport(s.emu, '会员', members(), {asText: true});
    const p = s.preview('会员');
    expect(p.format).toBe('银豹 Pospal · 会员');
    // What Shuke takes nothing from is named, so no column goes unnoticed.
    expect(p.notTaken).toEqual(['会员等级']);
    expect(p.problemCount).toBe(0);
    expect(p.kept).toEqual([
      '第 4 行：生日分不清日和月，原文记在备注：03/04/1990',
      '第 8 行：手机号读不懂，原文记在备注：12',
      '第 8 行：生日读不懂，原文记在备注：32/13/1990',
      '第 8 行：建档日期分不清日和月，原文记在备注：11/05/2025',
      '第 10 行：手机号读不懂，原文记在备注：=HYPERLINK("http://x","点我")',
    ]);
    expect(p.keptCount).toBe(5);
    // The first rows show each birthday as it will be written.
    expect(p.sample.map(r => r.cells[3])).toEqual([
      '3月4日',
      '04-03',
      '',
      '农历八月十五',
      '08-15',
    ]);
    expect(s.customers()).toHaveLength(0);
  });

  test('year-less and lunar birthdays read as the book reads them; the rest kept in notes, never guessed', () => {
    const s = shop();
    X.putExport(s.emu, '会员', members(), {asText: true});
    const done = s.run('会员');
    expect(done).toMatchObject({ok: true, customers: 9, keptCount: 5});
    const cs = s.customers();
    const by = (name: string) =>
      cs.find(c => c.name === name) as Record<string, unknown>;
    const cells = (name: string) => {
      const c = by(name);
      return [text(c.birthday), c.birthdayKind];
    };
    expect(cells('甲')).toEqual(['3月4日', '公历']);
    expect(cells('乙')).toEqual(['04-03', '公历']);
    expect(by('乙').notes).toBe('爱吃辣');
    expect(cells('丙')).toEqual(['', '']);
    expect(by('丙').notes).toBe('生日（导入时分不清日和月）：03/04/1990');
    expect(cells('丁')).toEqual(['农历八月十五', '农历']);
    expect(cells('戊')).toEqual(['08-15', '农历']);
    expect(cells('己')).toEqual(['9月21日', '公历']);
    expect(by('庚')).toMatchObject({phone: '', birthday: ''});
    expect(by('庚').notes).toBe(
      '手机号（导入时读不懂）：12；生日（导入时读不懂）：32/13/1990；建档日期（导入时分不清日和月）：11/05/2025',
    );
    // "无" says there is no number: nothing to keep.
    expect(by('辛')).toMatchObject({phone: '', notes: ''});
    // Midnight in Shanghai, which kept summer time (UTC+9) in 1990.
    expect(text(by('辛').birthday)).toBe(
      new Date('1990-08-07T15:00:00Z').toISOString(),
    );
    // Hostile text kept as text, behind the words that say what it is.
    expect(by('壬').notes).toBe(
      '手机号（导入时读不懂）：=HYPERLINK("http://x","点我")',
    );
    // What the birthday reminders and the counter's card make of the cells written.
    const read = (name: string) => {
      const c = by(name);
      const kind = c.birthdayKind === '农历' ? 'lunar' : 'solar';
      const b = parseBirthday(c.birthday, kind, TZ);
      return b && [b.calendar, b.month, b.day];
    };
    expect(read('甲')).toEqual(['solar', 3, 4]);
    expect(read('乙')).toEqual(['solar', 4, 3]);
    expect(read('丁')).toEqual(['lunar', 8, 15]);
    expect(read('戊')).toEqual(['lunar', 8, 15]);
    expect(read('己')).toEqual(['solar', 9, 21]);
    expect(read('辛')).toEqual(['solar', 8, 8]);
    // Imported again: nothing new, nothing written twice.
    expect(s.run('会员').ok).toBe(false);
    expect(s.customers()).toHaveLength(9);
  });

  test('asked once how the dates read, the answer reads them; unanswered, they are kept', () => {
    const s = shop();
    X.putExport(s.emu, '会员', members(), {asText: true});
    const asked = s.preview('会员') as Preview & {
      dateQuestion: {question: string} | null;
    };
    expect(asked.dateQuestion?.question).toBe(
      '03/04/1990 是 4月3日 还是 3月4日？',
    );
    expect(asked.canImport).toBe(true);
    const p = s.app.call('previewImport', [
      {sheet: '会员', order: 'dmy'},
    ]) as Preview;
    expect(p.kept).toEqual([
      '第 8 行：手机号读不懂，原文记在备注：12',
      '第 8 行：生日读不懂，原文记在备注：32/13/1990',
      '第 10 行：手机号读不懂，原文记在备注：=HYPERLINK("http://x","点我")',
    ]);
    s.app.call('runImport', [{sheet: '会员', order: 'dmy'}]);
    const by = (name: string) =>
      s.customers().find(c => c.name === name) as Record<string, unknown>;
    expect(text(by('丙').birthday)).toBe(
      new Date('1990-04-02T16:00:00Z').toISOString(),
    );
    expect(by('丙').notes).toBe('');
    expect(text(by('庚').since)).toBe(
      new Date('2025-05-10T16:00:00Z').toISOString(),
    );
  });

  test("a day above 12 among the tab's birthdays tells the order: 03/04/1990 is then 3 April", () => {
    const s = shop();
    const grid = members().slice(0, 1);
    grid.push(
      ['9101', '子', '13511110101', '普通', '03/04/1990', '', '', ''],
      ['9102', '丑', '13511110102', '普通', '25/12/1985', '', '', ''],
      ['9103', '寅', '13511110103', '普通', '07/06', '', '', ''],
    );
    X.putExport(s.emu, '会员', grid, {asText: true});
    expect(s.preview('会员').keptCount).toBe(0);
    s.run('会员');
    const cs = s.customers();
    expect(cs.map(c => text(c.birthday))).toEqual([
      new Date('1990-04-02T16:00:00Z').toISOString(),
      new Date('1985-12-24T16:00:00Z').toISOString(),
      '6月7日',
    ]);
  });

  test('an English book keeps the notes in English; a Chinese viewer reads the list in Chinese', () => {
    const s = shop('en_US');
    s.emu.session.userLocale = 'zh_CN';
    X.putExport(
      s.emu,
      'members',
      [
        ['Name', 'Phone', 'Birthday', 'Member no'],
        ['Ann', '+1 604 555 0101', '3/4', 'M1'],
        ['Bo', '+1 604 555 0102', '0000-09-21', 'M2'],
      ],
      {asText: true},
    );
    const p = s.preview('members');
    expect(p.kept).toEqual(['第 2 行：生日分不清日和月，原文记在备注：3/4']);
    s.run('members');
    const [ann, bo] = s.customers();
    expect(ann).toMatchObject({
      birthday: '',
      notes: 'Birthday (day and month unclear on import): 3/4',
    });
    expect(bo).toMatchObject({birthday: '09-21', birthdayKind: 'Solar'});
  });
});

describe('phone numbers whose "+" or trunk 0 Sheets dropped', () => {
  test('+852, +886, +65, +60 and +86 numbers that arrive as numbers find the customers the book writes locally', () => {
    const s = shop();
    putRows(s.emu, CUSTOMERS, [
      {id: 'C00001', name: '港', phone: '9123 4567'},
      {id: 'C00002', name: '台', phone: '0912-345-678'},
      {id: 'C00003', name: '新', phone: '8123 4567'},
      {id: 'C00004', name: '马', phone: '012-345 6789'},
      {id: 'C00005', name: '京', phone: '010-1234-5678'},
    ]);
    X.putExport(s.emu, '流水', [
      ['日期', '客户', '手机', '金额'],
      ['2026-03-01', '港', 85291234567, '10.00'],
      ['2026-03-01', '台', 886912345678, '11.00'],
      ['2026-03-01', '新', 6581234567, '12.00'],
      ['2026-03-01', '马', 60123456789, '13.00'],
      ['2026-03-01', '京', 861012345678, '14.00'],
      ['2026-03-02', '台', 912345678, '15.00'],
      ['2026-03-02', '新客', 85261234567, '16.00'],
    ]);
    const done = s.run('流水');
    expect(done).toMatchObject({ok: true, sales: 7, customers: 1});
    expect(s.sales().map(r => r.customer)).toEqual([
      'C00001',
      'C00002',
      'C00003',
      'C00004',
      'C00005',
      'C00002',
      'C00006',
    ]);
    // Its "+" given back: the digits alone would dial as a local number.
    expect(s.customers().at(-1)).toMatchObject({
      id: 'C00006',
      name: '新客',
      phone: '+85261234567',
    });
    expect(s.run('流水').ok).toBe(false);
    expect(s.customers()).toHaveLength(6);
  });
});

describe('sales exports', () => {
  test('an item count with its unit is read; one that is no number is kept in the note and the Quantity left blank, not undercounted', () => {
    const s = shop();
    const grid = X.loyverseItems();
    grid[1][8] = '2件';
    grid[2][8] = 'one';
    X.putExport(s.emu, 'items', grid);
    const p = s.preview('items');
    expect(p.kept).toEqual(['第 3 行：数量读不懂，原文记在备注：one']);
    expect(s.run('items').sales).toBe(3);
    const r = s.sales().find(x => x.receipt === '1-2001') as Record<
      string,
      unknown
    >;
    expect(r).toMatchObject({
      items: '冰红茶 ×3、豆浆',
      quantity: '',
      amount: 13.5,
      note: '数量（导入时读不懂）：one',
    });
  });

  test('items on lines of one cell (a quoted newline) are items; RM and S$ amounts are amounts', () => {
    const s = shop();
    const grid = X.loyverseReceipts();
    grid[1][11] = '1 x 冰红茶\n2 x 豆浆';
    grid[4][7] = 'RM25.00';
    X.putExport(s.emu, 'receipts', grid);
    s.run('receipts');
    const sales = s.sales();
    expect(sales.find(r => r.receipt === '1-1001')).toMatchObject({
      items: '冰红茶、豆浆 ×2',
      quantity: 3,
    });
    expect(sales.find(r => r.receipt === '1-1004')?.amount).toBe(25);
  });

  test("a time that can't be read: the sale is kept at its day, the time in its note", () => {
    const s = shop('en_US');
    const grid = X.squareTransactions();
    grid[1][1] = '25:61:00';
    X.putExport(s.emu, 'transactions', grid);
    const p = s.preview('transactions');
    expect(p.problemCount).toBe(0);
    expect(p.kept).toEqual([
      "Row 2: Time can't be read, kept as written in the notes: 25:61:00",
    ]);
    s.run('transactions');
    const tx1 = s.sales().find(r => r.receipt === 'TX1') as Record<
      string,
      unknown
    >;
    expect(text(tx1.date)).toBe(new Date('2026-03-01T16:00:00Z').toISOString());
    expect(tx1.note).toBe('Time (unreadable on import): 25:61:00');
  });

  test("a walk-in sale's phone that can't be read is kept in the sale's note", () => {
    const s = shop();
    X.putExport(s.emu, '流水', [
      ['日期', '手机', '金额'],
      ['2026-03-01', '138-0', '10.00'],
      ['2026-03-01', '-', '11.00'],
    ]);
    const p = s.preview('流水');
    expect(p.kept).toEqual(['第 2 行：手机号读不懂，原文记在备注：138-0']);
    s.run('流水');
    expect(s.sales().map(r => [r.customer, r.note])).toEqual([
      ['', '手机号（导入时读不懂）：138-0'],
      ['', ''],
    ]);
  });
});

describe('what tills write that was misread', () => {
  test('a negative amount in a tab with no type column is a refund, not a purchase of minus 25', () => {
    const s = shop();
    X.putExport(s.emu, '流水', [
      ['日期', '单号', '手机', '金额'],
      ['2026-03-01 10:00', 'A1', '13800138000', '25.00'],
      ['2026-03-02 10:00', 'A2', '13800138000', '-25.00'],
    ]);
    expect(s.run('流水')).toMatchObject({ok: true, sales: 2});
    expect(s.sales().map(r => [r.amount, r.void])).toEqual([
      [25, ''],
      [-25, '退款（导入）'],
    ]);
    expect(s.run('流水').ok).toBe(false);
  });

  test('有赞: an order never paid (待付款) is kept on the Sales tab and counts for nothing', () => {
    const s = shop();
    const grid = X.youzanOrders();
    grid[1][7] = '待付款';
    X.putExport(s.emu, '订单导出', grid);
    s.run('订单导出');
    expect(s.sales().map(r => r.void)).toEqual([
      '作废（导入）',
      '作废（导入）',
      '退款（导入）',
    ]);
  });

  test('two numbers in one phone cell: the first is the phone, the cell kept in the notes', () => {
    const s = shop();
    X.putExport(
      s.emu,
      '会员',
      [
        MEMBERS_HEADER,
        ['9201', '卯', '13800138000 / 13900139000', '普通', '', '', '', ''],
      ],
      {asText: true},
    );
    const p = s.preview('会员');
    expect(p.kept).toEqual([
      '第 2 行：手机号不止一个，用了第一个，原文记在备注：13800138000 / 13900139000',
    ]);
    s.run('会员');
    expect(s.customers()[0]).toMatchObject({
      phone: '13800138000',
      notes: '手机号（导入原文）：13800138000 / 13900139000',
    });
  });
});

test('a WeChat ID column of a customers tab is brought in', () => {
  const s = shop();
  X.putExport(s.emu, 'members', [
    ['姓名', '手机', '微信号'],
    ['小李', '13800138000', 'li_wx'],
  ]);
  s.run('members');
  expect(s.customers()[0]).toMatchObject({name: '小李', wechat: 'li_wx'});
});

test('a phone a spreadsheet program saved as 1.38001E+10 has lost its digits: kept in the notes, matched to no one', () => {
  const s = shop();
  putRows(s.emu, CUSTOMERS, [
    {id: 'C00001', name: '老顾客', phone: '13800110'},
  ]);
  X.putExport(
    s.emu,
    '会员',
    [MEMBERS_HEADER, ['9301', '辰', '1.38001E+10', '普通', '', '', '', '']],
    {asText: true},
  );
  s.run('会员');
  expect(s.customers().map(c => [c.id, c.phone, c.notes])).toEqual([
    ['C00001', '13800110', ''],
    ['9301', '', '手机号（导入时读不懂）：1.38001E+10'],
  ]);
});
