/**
 * Consent on record, and a withdrawal that counts from the next run: no greeting email,
 * no marketing line on the owner's list; an open complaint is still listed. Books made
 * before keep working from their consent column.
 */
import {recordConsent} from '../../src/usecases/privacy/rights';
import {deps as counterDeps} from '../counter/shop';
import {cst, makeShop, Shop} from '../reminders/shop';
import {ConsentRequest} from '../../src/domain/privacy/wire';

let shop: Shop;
afterEach(() => shop?.uninstall());

const birthdayToday = {birthday: '1960-03-10', birthdayKind: 'solar'};
const oldSale = (customer: string) => ({
  date: cst('2026-01-05T10:00:00'),
  customer,
  items: '瓜子',
  amount: 20,
});

function book(): Shop {
  return makeShop({
    now: cst('2026-03-10T08:05:00'),
    customers: [
      {
        id: 'C1',
        name: '张阿姨',
        phone: '13800138001',
        email: 'zhang@example.com',
        consent: 'yes',
        ...birthdayToday,
      },
      {
        id: 'C2',
        name: '王叔叔',
        phone: '13800138002',
        email: 'wang@example.com',
        consent: 'yes',
        ...birthdayToday,
      },
      {
        id: 'C3',
        name: '刘奶奶',
        phone: '13800138003',
        email: 'liu@example.com',
        consent: 'yes',
        ...birthdayToday,
      },
    ],
    sales: [oldSale('C1'), oldSale('C2'), oldSale('C3')],
    feedback: [
      {
        date: cst('2026-03-08T12:00:00'),
        customer: 'C2',
        type: 'complaint',
        text: '瓜子受潮',
        status: 'open',
      },
    ],
  });
}

function consent(id: string, over: Partial<ConsentRequest> = {}) {
  const out = shop.emu.run(() =>
    recordConsent(
      {
        requestId: `consent-${id}-${over.status ?? 'withdrawn'}`,
        customerId: id,
        status: 'withdrawn',
        how: 'message',
        purposes: ['email', 'messages'],
        by: '王姐',
        ...over,
      },
      counterDeps(shop.emu),
    ),
  );
  expect(out.ok).toBe(true);
}

test('before any withdrawal: every birthday is greeted and listed (the control)', () => {
  shop = book();
  shop.run();
  expect(
    shop
      .customerMails()
      .map(m => m.to)
      .sort(),
  ).toEqual(['liu@example.com', 'zhang@example.com']); // 王叔叔's complaint holds his greeting
  const [digest] = shop.digests();
  for (const name of ['张阿姨', '王叔叔', '刘奶奶'])
    expect(digest.body).toContain(name);
});

test('withdrawn: no greeting email and no birthday line; a complaint is still listed', () => {
  shop = book();
  consent('C1');
  consent('C2');
  shop.run();
  expect(shop.customerMails().map(m => m.to)).toEqual(['liu@example.com']);
  const body = shop.digests()[0].body;
  expect(body).not.toContain('张阿姨');
  expect(body).toContain('刘奶奶');
  // 王叔叔: his complaint stays on the list, his birthday does not.
  expect(body).toContain('瓜子受潮');
  const wang = body.split('\n').filter(l => l.includes('王叔叔'));
  expect(wang.join('\n')).not.toContain('生日');
});

test('messages withdrawn but email kept: the email goes, the line does not', () => {
  shop = book();
  consent('C1', {purposes: ['messages']});
  shop.run();
  expect(
    shop
      .customerMails()
      .map(m => m.to)
      .sort(),
  ).toEqual(['liu@example.com', 'zhang@example.com']);
  const body = shop.digests()[0].body;
  const zhang = body.split('\n').filter(l => l.includes('张阿姨'));
  expect(zhang).toEqual([]);
});

test('recorded in the Privacy log with date, how and purposes; the column follows for email', () => {
  shop = book();
  consent('C1', {how: 'counter', purposes: ['email']});
  const rows = shop.emu.run(() =>
    shop.ss().getSheetByName('隐私记录')!.getDataRange().getValues(),
  );
  expect(rows[1].slice(1, 6)).toEqual([
    'C1',
    '同意记录',
    '撤回',
    '邮件问候',
    '店内当面',
  ]);
  expect(rows[1][0]).toEqual(shop.emu.clock.now());
  const customers = shop.emu.run(() =>
    shop.ss().getSheetByName('客户')!.getDataRange().getValues(),
  );
  const consentCol = customers[0].indexOf('营销同意');
  expect(customers[1][consentCol]).toBe('已退订');
});

test('a withdrawn customer agrees again: greeted again from the next run', () => {
  shop = book();
  consent('C1');
  shop.emu.clock.advance(60_000);
  consent('C1', {status: 'agreed'});
  shop.run();
  expect(shop.customerMails().map(m => m.to)).toContain('zhang@example.com');
  expect(shop.digests()[0].body).toContain('张阿姨');
});
