/**
 * A sale killed after its spending rows and before its Sales row, never sent again:
 * the next day's daily run (the built bundle, the real trigger) gives the stored value
 * and the points back once, by rows with ref "void:<id>", and tells the owner in the
 * digest; a run again adds nothing; the till's late retry of that sale is then refused
 * in the viewer's language. A sale that was recorded is never touched.
 */
import {saleRequest} from '../counter/shop';
import {SALES} from '../../src/sheets/schema-sales';
import {
  loyaltyShop,
  POINTS_LEDGER,
  rowsOf,
  STORED_LEDGER,
} from './loyalty-shop';

type Out = {ok: boolean; message?: string; fields?: Record<string, string>};

const TRIGGER = [{authMode: 'FULL', triggerUid: 'give-back'}];

test('spending with no sale is given back once by the next daily run, and its late retry refused', async () => {
  const {emu, app} = await loyaltyShop({
    settings: {ownerEmail: 'owner@example.com'},
  });
  await emu.scriptRun('topUp', [
    {
      requestId: 'gb-top-0001',
      customerId: 'C00001',
      amount: '30',
      payment: 'cash',
    },
  ]);
  await emu.scriptRun('adjustPoints', [
    {
      requestId: 'gb-adj-0001',
      customerId: 'C00001',
      change: 300,
      reason: '补录',
    },
  ]);
  // A sale recorded as usual: its rows stay as they are.
  const fine = (await emu.scriptRun('logSale', [
    saleRequest('gb-sale-fine', {
      amount: '5',
      payment: 'stored',
      redeem: {points: 100, as: 'money'},
    }),
  ])) as Out;
  expect(fine.ok).toBe(true);
  // The lost one: killed at the Sales row, after its two spending rows went.
  const lost = saleRequest('gb-sale-lost', {
    amount: '12',
    payment: 'stored',
    redeem: {points: 100, as: 'money'},
  });
  let appends = 0;
  emu.faults.killAt(c => /appendRow$/.test(c.method) && ++appends === 3, {
    keepUnflushed: 'all',
  });
  await expect(emu.scriptRun('logSale', [lost])).rejects.toThrow(
    /Exceeded maximum execution time/,
  );
  emu.faults.clear();
  const ref = (r: Record<string, unknown>) => String(r.requestId);
  expect(rowsOf(emu as never, STORED_LEDGER).map(ref)).toContain(
    'gb-sale-lost:pay',
  );
  expect(rowsOf(emu as never, SALES).map(ref)).not.toContain('gb-sale-lost');
  const card = async () =>
    (
      (await emu.scriptRun('customerCard', ['C00001'])) as {
        loyalty: {points: number; stored: number};
      }
    ).loyalty;
  expect(await card()).toMatchObject({
    stored: 30 - 4 - 11,
    points: 300 - 100 + 4 - 100,
  });

  app.call('turnOnReminders');
  const runAt = (ms: number) => {
    emu.clock.set(new Date(ms));
    app.call('dailyReminders', TRIGGER, {trigger: true});
  };
  const t0 = emu.clock.now().getTime();
  // The same evening: too soon, the till may still send it again.
  runAt(t0 + 3600_000);
  expect(await card()).toMatchObject({stored: 15, points: 104});
  runAt(t0 + 26 * 3600_000);
  runAt(t0 + 27 * 3600_000);
  const stored = rowsOf(emu as never, STORED_LEDGER);
  const points = rowsOf(emu as never, POINTS_LEDGER);
  for (const rows of [stored, points])
    expect(rows.filter(r => ref(r) === 'void:gb-sale-lost')).toHaveLength(1);
  expect(stored.find(r => ref(r) === 'void:gb-sale-lost')).toMatchObject({
    customer: 'C00001',
    change: 11,
    reason: '作废',
  });
  expect(points.find(r => ref(r) === 'void:gb-sale-lost')).toMatchObject({
    change: 100,
  });
  // The recorded sale: nothing given back.
  for (const rows of [stored, points])
    expect(rows.map(ref)).not.toContain('void:gb-sale-fine');
  expect(await card()).toMatchObject({stored: 26, points: 204});
  const digest = emu.outbox
    .map(m => String(m.body ?? m.htmlBody ?? ''))
    .join('\n');
  expect(digest).toContain('未记录的消费：已退回');
  expect(digest).toContain('C00001：储值 ¥11 已退回（单号 gb-sale-lost）');

  // The outbox sends the lost sale again, days later: refused, in the viewer's language.
  emu.session.userLocale = 'en';
  const retry = (await emu.scriptRun('logSale', [lost])) as Out;
  expect(retry).toMatchObject({ok: false});
  expect(retry.message).toMatch(/never recorded.*given back/);
  expect(rowsOf(emu as never, SALES).map(ref)).not.toContain('gb-sale-lost');
  expect(await card()).toMatchObject({stored: 26, points: 204});
});
