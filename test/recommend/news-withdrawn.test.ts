/**
 * "Something new" after the list was made: a customer who withdraws consent, and one who
 * is erased, drop out of it from the next run (the built bundle throughout). Their rows
 * stay (the owner's list, never deleted under them) but say "not to be told" and why,
 * and the digest's "n of total still to tell" leaves them out.
 */
import {bundleShop, putRows} from '../counter/shop';
import {setSetting} from '../loyalty/loyalty-shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';

jest.setTimeout(60_000);

const TRIGGER = [{authMode: 'FULL', triggerUid: 'news-withdrawn'}];

type Emu = ReturnType<typeof bundleShop>['emu'];

function newsRows(emu: Emu): unknown[][] {
  const sheet = emu.spreadsheet.getSheetByName('Something new');
  if (!sheet) throw new Error('no Something new tab');
  return sheet.getDataRange().getValues() as unknown[][];
}

async function shop() {
  const {emu, app} = bundleShop('en_US', '2026-03-10T02:00:00Z');
  const day = new Date('2026-03-05T04:00:00Z');
  putRows(emu as never, CUSTOMERS, [
    {
      id: 'C00001',
      name: 'Ann Lee',
      phone: '5550001',
      email: 'ann@example.com',
      consent: 'Agreed',
    },
    {
      id: 'C00002',
      name: 'Bob Ray',
      phone: '5550002',
      email: 'bob@example.com',
      consent: 'Agreed',
    },
    {
      id: 'C00003',
      name: 'Cy Dunn',
      phone: '5550003',
      email: 'cy@example.com',
      consent: 'Agreed',
    },
  ]);
  putRows(emu as never, SALES, [
    {date: day, customer: 'C00001', items: 'Bubble tea', amount: 5},
    {date: day, customer: 'C00002', items: 'Bubble tea', amount: 5},
    {date: day, customer: 'C00003', items: 'Bubble tea', amount: 5},
  ]);
  setSetting(emu, 'ownerEmail', 'owner@example.com');
  await emu.scriptRun('counterBootstrap', []);
  return {emu, app};
}

test('withdrawn and erased customers are marked not to tell, and the digest leaves them out', async () => {
  const {emu, app} = await shop();
  const listed = (await emu.scriptRun('tellFans', [
    {requestId: 'news-w-0001', item: 'Bubble tea'},
  ])) as {ok: boolean; value: {listed: number}};
  expect(listed).toMatchObject({ok: true, value: {listed: 3}});
  const withdrew = (await emu.scriptRun('recordConsent', [
    {
      requestId: 'news-w-0002',
      customerId: 'C00002',
      status: 'withdrawn',
      how: 'counter',
      purposes: ['email', 'messages'],
      by: '',
    },
  ])) as {ok: boolean};
  expect(withdrew.ok).toBe(true);
  const erased = (await emu.scriptRun('eraseCustomer', [
    {requestId: 'news-w-0003', customerId: 'C00003', by: ''},
  ])) as {ok: boolean};
  expect(erased.ok).toBe(true);

  app.call('turnOnReminders');
  emu.clock.set(new Date('2026-03-11T01:00:00Z'));
  app.call('dailyReminders', TRIGGER, {trigger: true});
  const digest = emu.outbox
    .filter(m => m.to.includes('owner@example.com'))
    .map(m => String(m.body))
    .join('\n');
  expect(digest).toContain(
    'Bubble tea (listed 2026-03-10): 1 of 1 still to tell',
  );

  const rows = newsRows(emu);
  const text = JSON.stringify(rows);
  // Nothing of the erased customer is left on the list, not even an address.
  for (const s of ['Cy Dunn', '5550003', 'cy@example.com', 'C00003'])
    expect(text).not.toContain(s);
  const bob = rows.find(r => r.includes('C00002'))!;
  expect(bob).toBeDefined();
  expect(bob.join('|')).not.toContain('bob@example.com');
  expect(bob.join('|')).toMatch(/withdrew consent/i);
  const ann = rows.find(r => r.includes('C00001'))!;
  expect(ann.join('|')).toContain('ann@example.com');
  expect(rows).toHaveLength(3);

  // The next morning: the marks are not written twice, the count is the same.
  const before = JSON.stringify(newsRows(emu));
  emu.clock.set(new Date('2026-03-12T01:00:00Z'));
  app.call('dailyReminders', TRIGGER, {trigger: true});
  expect(JSON.stringify(newsRows(emu))).toBe(before);
  expect(String(emu.outbox.at(-1)?.body)).toContain(
    'Bubble tea (listed 2026-03-10): 1 of 1 still to tell',
  );
});

test('a customer row the owner deleted by hand: their line is marked, not counted', async () => {
  const {emu, app} = await shop();
  await emu.scriptRun('tellFans', [
    {requestId: 'news-g-0001', item: 'Bubble tea'},
  ]);
  const customers = emu.spreadsheet.getSheetByName('Customers')!;
  const ids = customers.getRange(1, 1, customers.getLastRow(), 1).getValues();
  customers.deleteRow(ids.findIndex(r => r[0] === 'C00001') + 1);
  app.call('turnOnReminders');
  emu.clock.set(new Date('2026-03-11T01:00:00Z'));
  app.call('dailyReminders', TRIGGER, {trigger: true});
  expect(String(emu.outbox.at(-1)?.body)).toContain(
    'Bubble tea (listed 2026-03-10): 2 of 2 still to tell',
  );
  const ann = newsRows(emu).find(r => r.includes('C00001'))!;
  expect(ann.slice(5, 8)).toEqual([
    'Not to be told: no longer on the Customers tab (data erased)',
    '',
    '',
  ]);
});

test('a really new item: buyers of the item it contains are its fans, told in words that read naturally', async () => {
  const {emu} = await shop();
  const out = (await emu.scriptRun('tellFans', [
    {requestId: 'news-t-0001', item: 'Taro bubble tea'},
  ])) as {ok: boolean; value: {listed: number}};
  expect(out).toMatchObject({ok: true, value: {listed: 3}});
  const ann = newsRows(emu).find(r => r.includes('C00001'))!;
  expect(ann[4]).toBe('bought Bubble tea (1 time)');
  expect(String(ann[7])).toContain(
    'Taro bubble tea has just arrived at . You often buy Bubble tea, so',
  );
  // The item itself: "it", not the item named twice.
  await emu.scriptRun('tellFans', [
    {requestId: 'news-t-0002', item: 'Bubble tea'},
  ]);
  const again = newsRows(emu).filter(r => r.includes('C00001'));
  expect(String(again[1][7])).toContain(
    'Bubble tea has just arrived at . You often buy it, so',
  );
});
