/**
 * The customer's copy, read as the customer would (the built bundle): a tick is a yes/no
 * word in the book's language, the grade and segment the book works out about them are
 * explained beside their header, and Shuke's bookkeeping (request ids, import batches)
 * is left out while every row about them stays.
 */
import {parseCsv} from '../../src/domain/privacy/csv';
import {bundleShop, putRows} from '../counter/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';

jest.setTimeout(60_000);

async function copyOf(locale: string) {
  const {emu} = bundleShop(locale);
  putRows(emu as never, CUSTOMERS, [
    {
      id: 'C00001',
      name: 'Ann Lee',
      phone: '5550001',
      email: 'ann@example.com',
      consent: 'Agreed',
      batch: 'import-2026-03-01',
    },
  ]);
  const sale = (await emu.scriptRun('logSale', [
    {
      requestId: 'exp-sale-0001-abcdef',
      customerId: 'C00001',
      newCustomer: null,
      items: 'Bubble tea',
      amount: '5',
      payment: 'cash',
      note: '',
    },
  ])) as {ok: boolean};
  expect(sale.ok).toBe(true);
  const news = (await emu.scriptRun('tellFans', [
    {requestId: 'exp-news-0001', item: 'Bubble tea'},
  ])) as {ok: boolean; value: {listed: number}};
  expect(news).toMatchObject({ok: true, value: {listed: 1}});
  const out = (await emu.scriptRun('customerExport', ['C00001'])) as {
    csv: string;
    tabs: Array<{tab: string; rows: number}>;
  };
  return out;
}

/** The block of a tab: its header row and rows, up to the next blank line. */
function block(rows: string[][], title: string) {
  const at = rows.findIndex(r => r.length === 1 && r[0] === title);
  expect(at).toBeGreaterThan(0);
  const end = rows.findIndex((r, i) => i > at && r.length === 1 && r[0] === '');
  const body = rows.slice(at + 1, end < 0 ? undefined : end);
  return {headers: body[0], rows: body.slice(1)};
}

test('English: Done reads No, grade and segment explained, bookkeeping left out', async () => {
  const out = await copyOf('en_US');
  expect(out.tabs).toEqual(
    expect.arrayContaining([
      {tab: 'Customers', rows: 1},
      {tab: 'Sales', rows: 1},
      {tab: 'Something new', rows: 1},
    ]),
  );
  const rows = parseCsv(out.csv);
  const news = block(rows, 'Something new');
  const done = news.headers.indexOf('Done');
  expect(news.rows[0][done]).toBe('No');
  expect(rows.flat()).not.toContain('FALSE');
  expect(rows.flat()).not.toContain('false');
  const customers = block(rows, 'Customers');
  expect(customers.headers).toContain(
    'Grade (worked out by the shop from how often you buy: A most often, E least)',
  );
  expect(
    customers.headers.some(h =>
      /^Segment \(the group the shop puts you in/.test(h),
    ),
  ).toBe(true);
  expect(customers.headers).not.toContain('Import batch');
  expect(out.csv).not.toContain('import-2026-03-01');
  expect(out.csv).not.toContain('exp-sale-0001-abcdef');
  // The row about them is still there, with what they bought.
  expect(block(rows, 'Sales').rows[0]).toContain('Bubble tea');
});

test('简体: the tick reads 否, the grade is explained in Chinese', async () => {
  const out = await copyOf('zh_CN');
  const rows = parseCsv(out.csv);
  const news = block(rows, '上新通知');
  expect(news.rows[0][news.headers.indexOf('已告知')]).toBe('否');
  expect(block(rows, '客户').headers).toContain(
    '等级（本店按您多久来买一次算出的等级，A 最常来，E 最少来）',
  );
});
