/**
 * Exports as tills write them, generated with the usual mess: a BOM before the first
 * header, thousands separators, the till's own date forms, phone numbers as numbers and
 * with +86, spaces and dashes, blank lines, a total row at the foot, a refund and a
 * voided receipt, Chinese text (what a GBK file looks like once Sheets decoded it).
 */
import {Emu} from '../counter/shop';

export type Grid = unknown[][];

/**
 * A tab holding `grid`, as File ▸ Import would leave it (strings typed in as such).
 * `asText`: imported with "Convert text to numbers, dates, and formulas" off, so every
 * string stays the text it was (3月4日 or 04-03 is not made a date of this year).
 */
export function putExport(
  emu: Emu,
  name: string,
  grid: Grid,
  opts: {asText?: boolean} = {},
): void {
  const ss =
    emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const width = Math.max(...grid.map(r => r.length));
  const rows = grid.map(r => {
    const line = [...r];
    while (line.length < width) line.push('');
    // Sheets' import keeps a cell starting with + or = as text only when told to; an
    // export's "+86 …" and a hostile "=…" name are given as the text they are.
    return line.map(c =>
      typeof c === 'string' && /^[=+\-@]/.test(c) ? `'${c}` : c,
    );
  });
  emu.run(() => {
    const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
    if (sheet.getMaxColumns() < width)
      sheet.insertColumnsAfter(
        sheet.getMaxColumns(),
        width - sheet.getMaxColumns(),
      );
    if (sheet.getMaxRows() < rows.length)
      sheet.insertRowsAfter(
        sheet.getMaxRows(),
        rows.length - sheet.getMaxRows(),
      );
    const range = sheet.getRange(1, 1, rows.length, width);
    if (opts.asText) range.setNumberFormat('@');
    range.setValues(
      (opts.asText
        ? grid.map(r => {
            const line = [...r];
            while (line.length < width) line.push('');
            return line;
          })
        : rows) as never,
    );
  });
}

export const LOYVERSE_RECEIPTS_HEADER =
  '\uFEFFDate,Receipt number,Receipt type,Gross sales,Discounts,Net sales,Taxes,Total collected,Cost of goods,Gross profit,Payment type,Description,Dining option,POS,Store,Cashier name,Customer name,Customer contacts,Status'.split(
    ',',
  );

/** A Loyverse Receipts export of a small tea shop (US dates: 3/2/26 9:15 AM). */
export function loyverseReceipts(): Grid {
  const h = LOYVERSE_RECEIPTS_HEADER;
  const row = (
    date: string,
    no: string,
    type: string,
    total: unknown,
    pay: string,
    desc: string,
    name: string,
    contacts: unknown,
    status = 'Closed',
  ) => [
    date,
    no,
    type,
    total,
    '0.00',
    total,
    '0.00',
    total,
    '',
    '',
    pay,
    desc,
    'Take out',
    'POS 1',
    'Tea House',
    'Ming',
    name,
    contacts,
    status,
  ];
  return [
    h,
    row(
      '3/2/26 9:15 AM',
      '1-1001',
      'Sale',
      '18.00',
      'Cash',
      '1 x 冰红茶, 1 x 豆浆',
      '张三',
      '+86 138 0013 8000',
    ),
    row(
      '3/2/26 10:05 AM',
      '1-1002',
      'Sale',
      '1,234.50',
      'Card',
      '2 x 礼盒',
      '李四',
      'li@example.com, 139-0013-9000',
    ),
    row(
      '3/3/26 8:40 AM',
      '1-1003',
      'Sale',
      '12.00',
      'WeChat Pay',
      '1 x 冰红茶',
      '张三',
      13800138000,
    ),
    row(
      '3/14/26 6:30 PM',
      '1-1004',
      'Sale',
      '25.00',
      'Cash',
      '1 x 奶茶',
      '王五',
      '13700137000',
    ),
    [],
    row(
      '3/15/26 7:00 PM',
      '1-1005',
      'Refund',
      '-25.00',
      'Cash',
      '1 x 奶茶',
      '王五',
      '13700137000',
    ),
    row(
      '3/16/26 9:00 AM',
      '1-1006',
      'Sale',
      '40.00',
      'Cash',
      '2 x 蛋糕',
      '李四',
      '8613900139000',
      'Cancelled',
    ),
    row(
      '3/17/26 9:00 AM',
      '1-1007',
      'Sale',
      '12,5',
      'Cash',
      '1 x 冰红茶',
      '张三',
      '13800138000',
    ),
    row('yesterday', '1-1008', 'Sale', '9.00', 'Cash', '1 x 豆浆', '', ''),
    row(
      '3/18/26 11:11 AM',
      '1-1009',
      'Sale',
      '9.00',
      'Cash',
      '1 x 豆浆',
      '',
      '',
    ),
    [],
    ['Total', '', '', '1,341.00'],
  ];
}

/** Loyverse Receipts by item: receipt 1-2001 has three item rows. */
export function loyverseItems(): Grid {
  const h =
    'Date,Receipt number,Receipt type,Category,SKU,Item,Variant,Modifiers applied,Quantity,Gross sales,Discounts,Net sales,Cost of goods,Gross profit,Taxes,POS,Store,Cashier name,Customer name,Customer contacts,Comment,Status'.split(
      ',',
    );
  const row = (
    date: string,
    no: string,
    type: string,
    item: string,
    qty: unknown,
    net: unknown,
    name: string,
    contacts: unknown,
  ) => [
    date,
    no,
    type,
    '饮品',
    '',
    item,
    '',
    '',
    qty,
    net,
    '0',
    net,
    '',
    '',
    '0',
    'POS 1',
    'Tea House',
    'Ming',
    name,
    contacts,
    '',
    'Closed',
  ];
  return [
    h,
    row(
      '2026-03-02 09:15:00',
      '1-2001',
      'Sale',
      '冰红茶',
      2,
      6,
      '张三',
      '13800138000',
    ),
    row(
      '2026-03-02 09:15:00',
      '1-2001',
      'Sale',
      '豆浆',
      1,
      4.5,
      '张三',
      '13800138000',
    ),
    row(
      '2026-03-02 09:15:00',
      '1-2001',
      'Sale',
      '冰红茶',
      1,
      3,
      '张三',
      '13800138000',
    ),
    row('2026-03-05 15:00:00', '1-2002', 'Sale', '奶茶', 1, 15, '', ''),
    row('2026-03-06 15:00:00', '1-2003', 'Refund', '奶茶', -1, -15, '', ''),
  ];
}

export function loyverseCustomers(): Grid {
  return [
    [
      'Customer name',
      'Email',
      'Phone',
      'Address',
      'City',
      'Province / State',
      'Postal code',
      'Country',
      'Customer code',
      'Note',
      'First visit',
      'Last visit',
      'Total visits',
      'Total spent',
      'Points balance',
    ],
    [
      '张三',
      '',
      '+86 138-0013-8000',
      '',
      '',
      '',
      '',
      '',
      'L001',
      '爱喝冰的',
      '2025-12-01',
      '2026-03-01',
      12,
      '1,200.00',
      120,
    ],
    [
      '赵六',
      'zhao@example.com',
      15800158000,
      '',
      '',
      '',
      '',
      '',
      'L002',
      '',
      '2026-01-05',
      '',
      1,
      '30.00',
      3,
    ],
    ['', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    [
      '=HYPERLINK("http://x","点我")',
      '',
      '13600136000',
      '',
      '',
      '',
      '',
      '',
      'L003',
      '+1 note',
      '',
      '',
      '',
      '',
      '',
    ],
  ];
}

export function squareCustomers(): Grid {
  return [
    [
      'First Name',
      'Last Name',
      'Email Address',
      'Phone Number',
      'Nickname',
      'Company Name',
      'Street Address 1',
      'Street Address 2',
      'City',
      'State',
      'Postal Code',
      'Birthday',
      'Memo',
      'Square Customer ID',
      'Creation Source',
      'First Visit',
      'Last Visit',
      'Transaction Count',
      'Lifetime Spend',
      'Email Subscription Status',
      'Instant Profile',
      'Reference ID',
    ],
    [
      'Dee',
      'Example',
      'dee@example.com',
      '+1 (604) 555-0101',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '1990-04-12',
      'likes oat milk',
      'SQC-DEE',
      'Directory',
      '2026-01-10',
      '2026-03-01',
      3,
      '$90.00',
      'subscribed',
      'No',
      '',
    ],
    [
      'Sam',
      'Roe',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'SQC-SAM',
      'Instant Profile',
      '',
      '',
      0,
      '$0.00',
      '',
      'Yes',
      '',
    ],
  ];
}

export function squareTransactions(): Grid {
  const h =
    'Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,Net Sales,Gift Card Sales,Tax,Tip,Partial Refunds,Total Collected,Source,Card,Card Entry Methods,Cash,Square Gift Card,Other Tender,Other Tender Type,Other Tender Note,Fees,Net Total,Transaction ID,Payment ID,Card Brand,PAN Suffix,Device Name,Staff Name,Staff ID,Details,Description,Event Type,Location,Dining Option,Customer ID,Customer Name,Customer Reference ID,Device Nickname,Transaction Status'.split(
      ',',
    );
  const row = (
    date: string,
    time: string,
    total: string,
    tx: string,
    desc: string,
    ev: string,
    cid: string,
    cname: string,
    status = 'Complete',
  ) => {
    const r: unknown[] = new Array(h.length).fill('');
    const set = (k: string, v: unknown) => (r[h.indexOf(k)] = v);
    set('Date', date);
    set('Time', time);
    set('Time Zone', 'Pacific Time (US & Canada)');
    set('Total Collected', total);
    set('Net Sales', total);
    set('Transaction ID', tx);
    set('Description', desc);
    set('Event Type', ev);
    set('Customer ID', cid);
    set('Customer Name', cname);
    set('Transaction Status', status);
    set('Staff Name', 'Kim');
    return r;
  };
  return [
    h,
    row(
      '03/02/2026',
      '9:30:00 AM',
      '$31.16',
      'TX1',
      'Speckled Mug x 1, Latte x 2',
      'Payment',
      'SQC-DEE',
      'Dee Example',
    ),
    row(
      '03/13/2026',
      '14:05:00',
      '$1,204.00',
      'TX2',
      'Espresso Machine x 1',
      'Payment',
      'SQC-SAM',
      'Sam Roe',
    ),
    row(
      '03/14/2026',
      '10:00:00',
      '-$1,204.00',
      'TX2',
      'Espresso Machine x 1',
      'Refund',
      'SQC-SAM',
      'Sam Roe',
    ),
    row(
      '2026-03-20',
      '16:45:10',
      '$4.50',
      'TX3',
      'Latte x 1',
      'Payment',
      'SQC-NEW',
      'New Person',
    ),
  ];
}

export function squareItems(): Grid {
  const h =
    'Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,Dining Option,Customer ID,Customer Name,Customer Reference ID'.split(
      ',',
    );
  const row = (
    date: string,
    item: string,
    qty: number,
    net: string,
    tx: string,
    ev: string,
  ) => {
    const r: unknown[] = new Array(h.length).fill('');
    const set = (k: string, v: unknown) => (r[h.indexOf(k)] = v);
    set('Date', date);
    set('Time', '12:00:00');
    set('Item', item);
    set('Qty', qty);
    set('Net Sales', net);
    set('Transaction ID', tx);
    set('Event Type', ev);
    set('Customer ID', 'SQC-DEE');
    set('Customer Name', 'Dee Example');
    set('Category', 'Coffee');
    return r;
  };
  return [
    h,
    row('2026-03-21', 'Latte', 2, '$9.00', 'TX9', 'Payment'),
    row('2026-03-21', 'Croissant', 1, '$3.50', 'TX9', 'Payment'),
  ];
}

export function pospalMembers(): Grid {
  return [
    [
      '会员号',
      '会员名称',
      '手机号',
      '会员等级',
      '积分',
      '余额',
      '生日',
      '开卡日期',
      '备注',
    ],
    [
      '8001',
      '陈大文',
      13512345678,
      '金卡',
      320,
      '1,000.00',
      '1988-08-08',
      '2025-11-01',
      '',
    ],
    [
      '8002',
      '欧阳小凤',
      '135-1234-0000',
      '普通',
      0,
      '0',
      '',
      '2025/12/3',
      '-怕辣',
    ],
    ['合计', '', '', '', 320, '1,000.00', '', '', ''],
  ];
}

export function pospalSales(): Grid {
  return [
    [
      '流水号',
      '销售时间',
      '会员号',
      '会员名称',
      '商品名称',
      '数量',
      '实收金额',
      '支付方式',
      '收银员',
      '单据类型',
    ],
    [
      'P20260301001',
      '2026-03-01 12:30:00',
      '8001',
      '陈大文',
      '牛肉面',
      1,
      '28.00',
      '微信',
      '小王',
      '销售',
    ],
    [
      'P20260301001',
      '2026-03-01 12:30:00',
      '8001',
      '陈大文',
      '可乐',
      2,
      '6.00',
      '微信',
      '小王',
      '销售',
    ],
    [
      'P20260302001',
      '2026年3月2日 18:00',
      '',
      '',
      '炒饭',
      1,
      '1,018.00',
      '现金',
      '小王',
      '销售',
    ],
    [
      'P20260303001',
      '2026-03-03 19:00:00',
      '8001',
      '陈大文',
      '牛肉面',
      1,
      '-28.00',
      '微信',
      '小王',
      '退货',
    ],
  ];
}

export function youzanOrders(): Grid {
  return [
    [
      '订单号',
      '下单时间',
      '买家手机号',
      '买家姓名',
      '商品名称',
      '商品数量',
      '订单实付金额',
      '订单状态',
      '退款状态',
    ],
    [
      'E2026030100001',
      '2026-03-01 10:00:00',
      13912345678,
      '孙七',
      '蜂蜜',
      2,
      '96.00',
      '交易成功',
      '',
    ],
    [
      'E2026030200002',
      '2026-03-02 10:00:00',
      '+86 139 1234 5678',
      '孙七',
      '花粉',
      1,
      '58.00',
      '交易关闭',
      '',
    ],
    [
      'E2026030300003',
      '2026-03-03 10:00:00',
      '13912345678',
      '孙七',
      '蜂蜜',
      1,
      '48.00',
      '交易成功',
      '退款成功',
    ],
  ];
}

/** An owner's own tab in 繁體: 日期, 手機, 金額, 商品, no receipt numbers. */
export function genericTraditional(): Grid {
  return [
    ['日期', '顧客', '手機', '商品', '金額'],
    ['2026/3/1', '陳小明', '0912-345-678', '珍珠奶茶', 'NT$65'],
    ['2026/3/8', '陳小明', '0912345678', '珍珠奶茶', 65],
    ['2026/3/9', '林美', '', '綠茶', '1.234'],
  ];
}

export function genericEnglish(): Grid {
  return [
    ['Order Date', 'Customer', 'Mobile', 'Product', 'Total'],
    ['2026-03-01', 'Ann', '07700 900123', 'Cake', '£12.00'],
    ['2026-03-04', 'Ann', '07700900123', 'Cake', '£12.00'],
  ];
}
