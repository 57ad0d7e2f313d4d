/**
 * What owners' own exports did to the import, through the built bundle: a phone whose
 * trunk 0 Sheets ate, "會員手機" columns, a footer "合計", Shuke's own tabs in the list,
 * a receipt returned whole, a phone rounded to zeros. Each checked by what the book holds.
 */
import {bundleShop, putRows, rowsOf} from '../counter/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {putExport} from './exports';

type Preview = {
  ok: boolean;
  message?: string;
  problems: string[];
  kept: string[];
  mapping: Array<{field: string; header: string}>;
  customerColumn: string | null;
  phoneColumn: string;
};
type Done = {ok: boolean; sales: number; customers: number};

function shop(locale = 'zh_TW') {
  const s = bundleShop(locale, '2026-03-25T04:00:00Z');
  const preview = (tab: string, extra: Record<string, string> = {}) =>
    s.app.call('previewImport', [{sheet: tab, ...extra}]) as Preview;
  const run = (tab: string, extra: Record<string, string> = {}) =>
    s.app.call('runImport', [{sheet: tab, ...extra}]) as Done;
  const sales = () => rowsOf(s.emu, SALES);
  const customers = () =>
    rowsOf(s.emu, CUSTOMERS).filter(
      c => c.id !== '' || c.name !== '' || c.phone !== '',
    );
  return {...s, preview, run, sales, customers};
}

describe('an erased customer never comes back', () => {
  test('her phone as a number without its 0 matched her before; after erasure it is listed, not re-created', async () => {
    const s = shop();
    putRows(s.emu, CUSTOMERS, [
      {id: 'C00007', name: '蔡宜蓁', phone: '0933100105'},
    ]);
    putExport(s.emu, '匯出', [
      ['日期', '顧客', '手機', '商品', '金額'],
      ['2026/3/1', '蔡宜蓁', 933100105, '珍珠奶茶', 65],
    ]);
    // Before: the number cell is her (the import's key drops the trunk 0).
    expect(s.preview('匯出').problems).toEqual([]);
    const erased = (await s.emu.scriptRun('eraseCustomer', [
      {requestId: 'erase-req-0007-abcd', customerId: 'C00007', by: '店主'},
    ])) as {ok: boolean};
    expect(erased.ok).toBe(true);
    // Erasure scrubbed the tab; the same export pasted in again is the old file.
    putExport(s.emu, '匯出', [
      ['日期', '顧客', '手機', '商品', '金額'],
      ['2026/3/1', '蔡宜蓁', 933100105, '珍珠奶茶', 65],
    ]);
    const p = s.preview('匯出');
    expect(p.problems.join('\n')).toMatch(/已應本人要求刪除.*933100105/);
    s.run('匯出');
    expect(s.customers()).toEqual([]);
    expect(s.sales().map(r => r.customer)).toEqual(['']);
  });

  test('every writing of the erased phone is recognised: +886, dashes, text with its 0', async () => {
    const s = shop();
    putRows(s.emu, CUSTOMERS, [
      {id: 'C00008', name: '林', phone: '933-100-105'},
    ]);
    await s.emu.scriptRun('eraseCustomer', [
      {requestId: 'erase-req-0008-abcd', customerId: 'C00008', by: '店主'},
    ]);
    putExport(s.emu, '匯出', [
      ['日期', '顧客', '手機', '商品', '金額'],
      ['2026/3/1', 'A', '+886 933 100 105', '茶', 65],
      ['2026/3/2', 'B', '0933100105', '茶', 65],
      ['2026/3/3', 'C', 886933100105, '茶', 65],
    ]);
    expect(
      s.preview('匯出').problems.filter(l => /已應本人要求刪除/.test(l)),
    ).toHaveLength(3);
  });
});

describe('erasure finds the phone in every writing the import matches', () => {
  test("the export tab's 933100105 (her 0933100105 as a number) is scrubbed", async () => {
    const s = shop();
    putRows(s.emu, CUSTOMERS, [
      {id: 'C00009', name: '蔡宜蓁', phone: '0933100105'},
    ]);
    putExport(s.emu, '匯出', [
      ['日期', '聯絡', '商品', '金額'],
      ['2026/3/1', 933100105, '珍珠奶茶', 65],
      ['2026/3/2', '+886 933-100-105', '珍珠奶茶', 65],
      ['2026/3/3', '0912345678', '綠茶', 40],
    ]);
    await s.emu.scriptRun('eraseCustomer', [
      {requestId: 'erase-req-0009-abcd', customerId: 'C00009', by: '店主'},
    ]);
    const left = s.emu.spreadsheet
      .getSheetByName('匯出')
      ?.getDataRange()
      .getValues()
      .flat()
      .map(String);
    expect(left?.join('|')).not.toMatch(/933\D?100\D?105/);
    // Another customer's number (Sheets read it as 912345678) is left alone.
    expect(left?.some(v => /^0?912345678$/.test(v))).toBe(true);
  });
});

describe('the customer columns a till names its own way', () => {
  test('會員手機 / 會員姓名 link the sales to the customer', () => {
    const s = shop();
    putExport(s.emu, '銷售明細', [
      ['日期', '會員姓名', '會員手機', '商品', '金額'],
      ['2026/3/1', '陳小明', '0912345678', '珍珠奶茶', 65],
      ['2026/3/2', '陳小明', '0912345678', '綠茶', 40],
    ]);
    expect(s.run('銷售明細')).toMatchObject({ok: true, sales: 2, customers: 1});
    const [c] = s.customers();
    expect(c).toMatchObject({name: '陳小明', phone: '0912345678'});
    expect(s.sales().map(r => r.customer)).toEqual([c.id, c.id]);
  });

  test.each([
    ['zh_CN', '会员电话', '会员姓名'],
    ['en_US', 'Member phone', 'Member name'],
  ])('%s: %s and %s', (locale, phone, name) => {
    const s = shop(locale);
    putExport(s.emu, 'x', [
      ['Date', name, phone, 'Item', 'Amount'],
      ['2026-03-01', 'Ann', '13800138000', 'Tea', 12],
    ]);
    expect(s.run('x')).toMatchObject({ok: true, sales: 1, customers: 1});
  });

  test('no customer column but one of phones: the dialog asks, and the chosen column links the sales', () => {
    const s = shop();
    putExport(s.emu, '收銀', [
      ['日期', '聯絡', '商品', '金額'],
      ['2026/3/1', '0912345678', '珍珠奶茶', 65],
      ['2026/3/2', 912345678, '綠茶', 40],
      ['2026/3/3', '', '綠茶', 40],
    ]);
    const p = s.preview('收銀');
    expect(p.customerColumn).toBe('聯絡');
    const chosen = s.preview('收銀', {phoneColumn: '聯絡'});
    expect(chosen.customerColumn).toBeNull();
    expect(chosen.phoneColumn).toBe('聯絡');
    expect(chosen.mapping.map(m => m.header)).toContain('聯絡');
    expect(s.run('收銀', {phoneColumn: '聯絡'})).toMatchObject({
      sales: 3,
      customers: 1,
    });
    const [c] = s.customers();
    expect(s.sales().map(r => r.customer)).toEqual([c.id, c.id, '']);
  });

  test('the dialog offers the phone column in its script', () => {
    const s = shop();
    s.app.call('openImport', []);
    const html = s.emu.ui.shown[s.emu.ui.shown.length - 1].content;
    expect(html).toContain('offerColumn(p)');
    expect(html).toContain('phoneColumn: p.phoneColumn');
  });
});

describe('what is written', () => {
  test("new customers' phones as the book writes them: digits, a Taiwanese mobile's 0 back, as text", () => {
    const s = shop();
    putExport(s.emu, '匯出', [
      ['日期', '顧客', '手機', '商品', '金額', '備註'],
      ['2026/3/1', '甲', 911222333, '茶', 65, '團購'],
      ['2026/3/2', '乙', '0912-345-678', '茶', 65, ''],
      ['2026/3/3', '丙', '0987 654 321', '茶', 65, ''],
    ]);
    s.run('匯出');
    const cs = s.customers();
    expect(cs.map(c => c.phone)).toEqual([
      '0911222333',
      '0912345678',
      '0987654321',
    ]);
    // A sale's note is the sale's.
    expect(cs.map(c => c.notes)).toEqual(['', '', '']);
    expect(s.sales()[0].note).toBe('團購');
  });

  test('items of one receipt are joined as the counter joins them: 、 in a Chinese book', () => {
    const s = shop();
    putExport(s.emu, '匯出', [
      ['日期', '單號', '商品', '金額'],
      ['2026/3/1 10:00', 'R1', '珍珠奶茶', 65],
      ['2026/3/1 10:00', 'R1', '綠茶', 40],
    ]);
    s.run('匯出');
    expect(s.sales().map(r => r.items)).toEqual(['珍珠奶茶、綠茶']);
  });

  test.each([
    ['zh_TW', '合計'],
    ['zh_CN', '合计'],
    ['en_US', 'Total'],
  ])(
    '%s: a footer "%s" in the receipt column is a total row',
    (locale, word) => {
      const s = shop(locale);
      putExport(s.emu, 'x', [
        ['單號', '日期', '金額'],
        ['R1', '2026/3/1', 65],
        [word, '', 65],
      ]);
      const p = s.preview('x');
      expect(p.problems).toHaveLength(1);
      expect(p.problems[0]).toMatch(/合計列|合计行|total row/);
    },
  );

  test('a receipt bought and returned whole counts nothing: both rows marked, no spend, no visit', () => {
    const s = shop();
    putExport(s.emu, '匯出', [
      ['日期', '單號', '類型', '顧客', '手機', '商品', '金額'],
      ['2026/3/1 10:00', 'R1', '銷售', '甲', '0912345678', '茶', 65],
      ['2026/3/2 10:00', 'R1', '退貨', '甲', '0912345678', '茶', -65],
      ['2026/3/3 10:00', 'R2', '銷售', '甲', '0912345678', '茶', 40],
    ]);
    s.run('匯出');
    const byReceipt = s
      .sales()
      .map(r => [r.receipt, r.amount, r.void !== ''] as const);
    expect(byReceipt).toEqual([
      ['R1', 65, true],
      ['R1', -65, true],
      ['R2', 40, false],
    ]);
  });

  test('a phone number cell ending in zeros may have lost digits: imported, said, kept in the notes', () => {
    const s = shop('zh_CN');
    putExport(s.emu, 'x', [
      ['日期', '顾客', '手机', '金额'],
      ['2026/3/1', '甲', 1206560000, 65],
    ]);
    const p = s.preview('x');
    expect(p.kept.join('\n')).toMatch(/可能已丢了几位.*1206560000/);
    s.run('x');
    const [c] = s.customers();
    expect(c.phone).toBe('1206560000');
    expect(String(c.notes)).toMatch(/可能已丢了几位.*1206560000/);
  });
});

describe('the tab list', () => {
  test("lists no tab of Shuke's and puts the export first", () => {
    const s = shop();
    putExport(s.emu, '筆記', [
      ['隨便', '寫寫'],
      ['a', 'b'],
    ]);
    putExport(s.emu, '手寫帳', [
      ['日期', '顧客', '金額'],
      ['2026/3/1', '甲', 65],
    ]);
    putExport(s.emu, 'receipts', [
      [
        'Date',
        'Receipt number',
        'Receipt type',
        'Gross sales',
        'Discounts',
        'Net sales',
        'Taxes',
        'Total collected',
        'Cost of goods',
        'Gross profit',
        'Payment type',
        'Description',
        'Dining option',
        'POS',
        'Store',
        'Cashier name',
        'Customer name',
        'Customer contacts',
        'Comment',
        'Status',
      ],
    ]);
    const out = s.app.call('openImport', []) as {tabs: string[]};
    const own = s.emu.spreadsheet
      .getSheets()
      .map(x => x.getName())
      .filter(n => !['筆記', '手寫帳', 'receipts'].includes(n));
    expect(own.length).toBeGreaterThan(5);
    expect(out.tabs).toEqual(['receipts', '手寫帳', '筆記']);
  });
});
