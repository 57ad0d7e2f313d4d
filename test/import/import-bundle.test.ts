/**
 * Importing each till's export through the built bundle (dist/Code.js), as the dialog
 * calls it: recognised by its header row, previewed with its problems, written once,
 * imported again without adding anything, and undone as a whole.
 */
import {bundleShop, putRows, rowsOf} from '../counter/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import * as X from './exports';

type Preview = {
  ok: boolean;
  message?: string;
  format: string;
  kind: string;
  mapping: Array<{field: string; header: string}>;
  sample: Array<{row: string; cells: string[]}>;
  summary: string;
  problems: string[];
  problemCount: number;
  canImport: boolean;
};
type Done = {
  ok: boolean;
  batch: string;
  sales: number;
  customers: number;
  message: string;
};
type Undone = {
  ok: boolean;
  sales: number;
  customers: number;
  kept: number;
  message: string;
};

function shop(locale = 'zh_CN') {
  const s = bundleShop(locale, '2026-03-25T04:00:00Z');
  const preview = (tab: string) =>
    s.app.call('previewImport', [tab]) as Preview;
  const run = (tab: string) => s.app.call('runImport', [{sheet: tab}]) as Done;
  const undo = (batch: string) => s.app.call('undoImport', [{batch}]) as Undone;
  const sales = () => rowsOf(s.emu, SALES);
  // Row 2 holds the grade formulas: a row without id, name or phone is no customer.
  const customers = () =>
    rowsOf(s.emu, CUSTOMERS).filter(
      c => c.id !== '' || c.name !== '' || c.phone !== '',
    );
  return {...s, preview, run, undo, sales, customers};
}

function text(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

describe('Loyverse receipts', () => {
  test('recognised by its header (BOM and all), mapped, problems listed with rows before anything is written', () => {
    const s = shop();
    X.putExport(s.emu, 'receipts-2026-03', X.loyverseReceipts());
    const p = s.preview('receipts-2026-03');
    expect(p.ok).toBe(true);
    expect(p.format).toBe('Loyverse · Receipts');
    expect(p.mapping).toEqual(
      expect.arrayContaining([
        {field: '小票号', header: 'Receipt number'},
        {field: '金额', header: 'Total collected'},
        {field: '日期', header: 'Date'},
      ]),
    );
    // 12,5 is refused (two meanings), "yesterday" is no date, the total row is left out.
    expect(p.problems.join('\n')).toMatch(/第 9 行.*12,5/);
    expect(p.problems.join('\n')).toMatch(/第 10 行.*yesterday/);
    expect(p.problems.join('\n')).toMatch(/第 13 行.*合计行/);
    expect(p.problemCount).toBe(3);
    expect(p.sample[0].cells).toEqual([
      '2026-03-02 09:15',
      '1-1001',
      '张三',
      '冰红茶、豆浆',
      '18.00',
      '',
    ]);
    expect(s.sales()).toHaveLength(0);
    expect(s.customers()).toHaveLength(0);
  });

  test('customers matched by phone in any writing, refund and void kept but not counted, twice adds nothing, undone whole', () => {
    const s = shop();
    X.putExport(s.emu, 'receipts-2026-03', X.loyverseReceipts());
    const done = s.run('receipts-2026-03');
    expect(done.ok).toBe(true);
    expect(done.sales).toBe(7);
    // 张三 (+86 138 0013 8000 and 13800138000), 李四 (139-0013-9000, 8613900139000), 王五.
    expect(done.customers).toBe(3);
    const cs = s.customers();
    expect(cs.map(c => c.name)).toEqual(['张三', '李四', '王五']);
    expect(cs.map(c => text(c.phone))).toEqual([
      '13800138000',
      '13900139000',
      '13700137000',
    ]);
    expect(cs[1].email).toBe('li@example.com');
    expect(cs.every(c => c.batch === done.batch)).toBe(true);
    const sales = s.sales();
    expect(sales).toHaveLength(7);
    const big = sales.find(r => r.receipt === '1-1002') as Record<
      string,
      unknown
    >;
    expect(big.amount).toBe(1234.5);
    expect(big.items).toBe('礼盒 ×2');
    expect(big.customer).toBe(cs[1].id);
    expect(big.payment).toBe('银行卡');
    const refund = sales.find(r => r.receipt === '1-1005') as Record<
      string,
      unknown
    >;
    expect(refund.amount).toBe(-25);
    expect(refund.void).toBe('退款（导入）');
    const cancelled = sales.find(r => r.receipt === '1-1006') as Record<
      string,
      unknown
    >;
    expect(cancelled.void).toBe('作废（导入）');
    expect(sales.filter(r => r.void === '')).toHaveLength(5);
    const walkIn = sales.find(r => r.receipt === '1-1009') as Record<
      string,
      unknown
    >;
    expect(walkIn.customer).toBe('');

    const again = s.preview('receipts-2026-03');
    expect(again.canImport).toBe(false);
    expect(again.summary).toMatch(/已在账本中 7 笔/);
    const twice = s.run('receipts-2026-03');
    expect(twice.ok).toBe(false);
    expect(s.sales()).toHaveLength(7);
    expect(s.customers()).toHaveLength(3);

    const undone = s.undo(done.batch);
    expect(undone).toMatchObject({ok: true, sales: 7, customers: 3, kept: 0});
    expect(s.sales()).toHaveLength(0);
    expect(s.customers()).toHaveLength(0);
    expect(s.undo(done.batch).ok).toBe(false);
  });

  test('an undo keeps a customer the counter sold to since, and the sale', () => {
    const s = shop();
    X.putExport(s.emu, 'receipts-2026-03', X.loyverseReceipts());
    const done = s.run('receipts-2026-03');
    const zhang = s.customers()[0];
    putRows(s.emu, SALES, [
      {
        date: new Date('2026-03-24T02:00:00Z'),
        customer: zhang.id,
        amount: 8,
        items: '豆浆',
      },
    ]);
    const undone = s.undo(done.batch);
    expect(undone).toMatchObject({ok: true, sales: 7, customers: 2, kept: 1});
    expect(s.customers().map(c => c.name)).toEqual(['张三']);
    expect(s.sales().map(r => r.items)).toEqual(['豆浆']);
  });

  test('nothing on the book is overwritten: a customer already there keeps their name, the sale links to them', () => {
    const s = shop();
    putRows(s.emu, CUSTOMERS, [
      {id: 'C00007', name: '老张', phone: '138 0013 8000', notes: '熟客'},
    ]);
    X.putExport(s.emu, 'receipts-2026-03', X.loyverseReceipts());
    const done = s.run('receipts-2026-03');
    expect(done.customers).toBe(2);
    const cs = s.customers();
    expect(cs[0]).toMatchObject({
      id: 'C00007',
      name: '老张',
      notes: '熟客',
      batch: '',
    });
    expect(cs.slice(1).map(c => c.id)).toEqual(['C00008', 'C00009']);
    const zhangSales = s.sales().filter(r => r.customer === 'C00007');
    expect(zhangSales.map(r => r.receipt)).toEqual(['1-1001', '1-1003']);
  });

  test('a customer erased at their request is not brought back by an old export; their sales come in without them', async () => {
    const s = shop();
    putRows(s.emu, CUSTOMERS, [
      {id: 'C00042', name: '王五', phone: '137 0013 7000'},
    ]);
    const erased = (await s.emu.scriptRun('eraseCustomer', [
      {requestId: 'erase-req-0001-abcd', customerId: 'C00042', by: '店主'},
    ])) as {ok: boolean};
    expect(erased.ok).toBe(true);
    X.putExport(s.emu, 'receipts-2026-03', X.loyverseReceipts());
    const p = s.preview('receipts-2026-03');
    expect(p.problems.join('\n')).toMatch(
      /第 5 行.*已应本人要求删除.*13700137000/,
    );
    s.run('receipts-2026-03');
    expect(s.customers().map(c => c.name)).toEqual(['张三', '李四']);
    const wangs = s
      .sales()
      .filter(r => ['1-1004', '1-1005'].includes(String(r.receipt)));
    expect(wangs.map(r => r.customer)).toEqual(['', '']);
  });

  test('in an English book on an en_US spreadsheet the dates arrive as Date cells and read the same', () => {
    const s = shop('en_US');
    X.putExport(s.emu, 'receipts', X.loyverseReceipts());
    const p = s.preview('receipts');
    expect(p.ok).toBe(true);
    expect(p.sample[0].cells[0]).toBe('2026-03-02 09:15');
    expect(p.problems.join('\n')).toMatch(
      /Row 9: amount can't be read as meant: 12,5/,
    );
    const done = s.run('receipts');
    expect(done.sales).toBe(7);
    expect(s.sales().find(r => r.receipt === '1-1005')?.void).toBe(
      'Refund (imported)',
    );
  });
});

describe('Loyverse receipts by item and customers', () => {
  test('a receipt over three item rows is one purchase with its items and total', () => {
    const s = shop();
    X.putExport(s.emu, 'items', X.loyverseItems());
    expect(s.preview('items').format).toBe('Loyverse · Receipts by item');
    const done = s.run('items');
    expect(done.sales).toBe(3);
    const r = s.sales().find(x => x.receipt === '1-2001') as Record<
      string,
      unknown
    >;
    expect(r.items).toBe('冰红茶 ×3、豆浆');
    expect(r.quantity).toBe(4);
    expect(r.amount).toBe(13.5);
    expect(r.category).toBe('饮品');
    const refund = s.sales().find(x => x.receipt === '1-2003') as Record<
      string,
      unknown
    >;
    expect(refund).toMatchObject({amount: -15, void: '退款（导入）'});
  });

  test('customers export first, then receipts find them by phone; hostile text stays text', () => {
    const s = shop();
    X.putExport(s.emu, 'customers', X.loyverseCustomers());
    const p = s.preview('customers');
    expect(p.format).toBe('Loyverse · Customers');
    const done = s.run('customers');
    expect(done.customers).toBe(3);
    const cs = s.customers();
    expect(cs.map(c => c.id)).toEqual(['L001', 'L002', 'L003']);
    expect(text(cs[1].phone)).toBe('15800158000');
    expect(cs[2].name).toBe('=HYPERLINK("http://x","点我")');
    expect(cs[2].notes).toBe('+1 note');
    expect(text(cs[0].since)).toBe(
      new Date('2025-11-30T16:00:00Z').toISOString(),
    );
    X.putExport(s.emu, 'receipts', X.loyverseReceipts());
    const sales = s.run('receipts');
    expect(sales.customers).toBe(2); // 李四 and 王五; 张三 is L001
    expect(s.sales().filter(r => r.customer === 'L001')).toHaveLength(2);
    expect(s.run('customers').ok).toBe(false);
    expect(s.customers()).toHaveLength(5);
  });
});

describe('Square', () => {
  test('customers by Square Customer ID, then transactions link to them; a refund is not a visit', () => {
    const s = shop('en_US');
    X.putExport(s.emu, 'customers-export', X.squareCustomers());
    expect(s.preview('customers-export').format).toBe('Square · Customers');
    expect(s.run('customers-export').customers).toBe(2);
    const cs = s.customers();
    expect(cs.map(c => [c.id, c.name])).toEqual([
      ['SQC-DEE', 'Dee Example'],
      ['SQC-SAM', 'Sam Roe'],
    ]);
    // Written as the book writes phones: digits, the "+" before a country code kept.
    expect(text(cs[0].phone)).toBe('+16045550101');
    X.putExport(s.emu, 'transactions', X.squareTransactions());
    const p = s.preview('transactions');
    expect(p.format).toBe('Square · Transactions');
    expect(p.problemCount).toBe(0);
    const done = s.run('transactions');
    expect(done).toMatchObject({sales: 4, customers: 1});
    const sales = s.sales();
    const tx2 = sales.filter(r => r.receipt === 'TX2');
    // Returned whole: the sale is marked with its refund, neither spend nor visit.
    expect(tx2.map(r => [r.amount, r.void])).toEqual([
      [1204, 'Refund (imported)'],
      [-1204, 'Refund (imported)'],
    ]);
    const tx1 = sales.find(r => r.receipt === 'TX1') as Record<string, unknown>;
    expect(tx1).toMatchObject({
      customer: 'SQC-DEE',
      items: 'Speckled Mug, Latte ×2',
      quantity: 3,
      amount: 31.16,
      staff: 'Kim',
    });
    // 03/13/2026 is month first: 13 March, 14:05 local.
    expect(text(sales.find(r => r.receipt === 'TX2')?.date)).toBe(
      new Date('2026-03-13T06:05:00Z').toISOString(),
    );
    expect(s.customers().at(-1)).toMatchObject({
      id: 'SQC-NEW',
      name: 'New Person',
    });
  });

  test('item details: rows of one transaction are one purchase', () => {
    const s = shop('en_US');
    X.putExport(s.emu, 'items', X.squareItems());
    expect(s.preview('items').format).toBe('Square · Items');
    const done = s.run('items');
    expect(done.sales).toBe(1);
    expect(s.sales()[0]).toMatchObject({
      items: 'Latte ×2, Croissant',
      amount: 12.5,
      quantity: 3,
      customer: 'SQC-DEE',
    });
  });
});

describe('银豹 Pospal and 有赞 Youzan', () => {
  test('Pospal members then sales: member numbers kept, phones as numbers, the total row left out', () => {
    const s = shop();
    X.putExport(s.emu, '会员列表', X.pospalMembers());
    const p = s.preview('会员列表');
    expect(p.format).toBe('银豹 Pospal · 会员');
    expect(p.problems).toEqual([expect.stringMatching(/第 4 行.*合计/)]);
    s.run('会员列表');
    const cs = s.customers();
    expect(cs.map(c => [c.id, c.name, text(c.phone)])).toEqual([
      ['8001', '陈大文', '13512345678'],
      ['8002', '欧阳小凤', '13512340000'],
    ]);
    expect(cs[1].notes).toBe('-怕辣');
    X.putExport(s.emu, '销售单据', X.pospalSales());
    expect(s.preview('销售单据').format).toBe('银豹 Pospal · 销售单据');
    const done = s.run('销售单据');
    expect(done).toMatchObject({sales: 3, customers: 0});
    const sales = s.sales();
    expect(sales[0]).toMatchObject({
      receipt: 'P20260301001',
      customer: '8001',
      items: '牛肉面、可乐 ×2',
      amount: 34,
      payment: '微信支付',
      staff: '小王',
    });
    expect(sales[1]).toMatchObject({amount: 1018, customer: ''});
    expect(sales[2]).toMatchObject({amount: -28, void: '退款（导入）'});
  });

  test('Youzan orders: a closed order is void, a refunded one a refund, one customer for three phone writings', () => {
    const s = shop();
    X.putExport(s.emu, '订单导出', X.youzanOrders());
    expect(s.preview('订单导出').format).toBe('有赞 · 订单');
    const done = s.run('订单导出');
    expect(done).toMatchObject({sales: 3, customers: 1});
    expect(s.sales().map(r => r.void)).toEqual([
      '',
      '作废（导入）',
      '退款（导入）',
    ]);
    expect(s.sales().map(r => r.amount)).toEqual([96, 58, -48]);
  });
});

describe('any other tab', () => {
  test('繁體 headers: 日期, 顧客, 手機, 商品, 金額; 1.234 refused as two amounts', () => {
    const s = shop('zh_TW');
    X.putExport(s.emu, '我的帳', X.genericTraditional());
    const p = s.preview('我的帳');
    // A tab read by its column names is named in the book's words, not in English.
    expect(p.format).toBe('銷售表');
    expect(p.problems).toEqual([expect.stringMatching(/第 4 列.*1\.234/)]);
    const done = s.run('我的帳');
    expect(done).toMatchObject({sales: 2, customers: 1});
    expect(s.sales().map(r => String(r.batch))).toEqual([
      expect.stringMatching(/^銷售表 · /),
      expect.stringMatching(/^銷售表 · /),
    ]);
    expect(s.customers()[0]).toMatchObject({
      name: '陳小明',
      phone: '0912345678',
    });
    expect(s.sales().map(r => r.amount)).toEqual([65, 65]);
    // No receipt numbers: the same minute, customer and amount is the same sale.
    expect(s.run('我的帳').ok).toBe(false);
  });

  test('English headers', () => {
    const s = shop('en_GB');
    X.putExport(s.emu, 'my sales', X.genericEnglish());
    expect(s.preview('my sales').format).toBe('Sales');
    const done = s.run('my sales');
    expect(done).toMatchObject({ok: true, sales: 2, customers: 1});
    expect(s.sales().map(r => r.amount)).toEqual([12, 12]);
  });

  test("Shuke's own tabs and a tab it can't read are refused with a reason", () => {
    const s = shop();
    expect(s.preview('销售')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/熟客自己的工作表/),
    });
    X.putExport(s.emu, 'notes', [
      ['随便', '写写'],
      ['a', 'b'],
    ]);
    expect(s.preview('notes')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/认不出/),
    });
    expect(s.preview('nope')).toMatchObject({ok: false});
  });
});
