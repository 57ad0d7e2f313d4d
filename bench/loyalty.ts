/**
 * Points and stored value: the time to read a balance from a 200,000-row Points ledger
 * (the card's and a sale's read: one getValues, summed in memory), and SpreadsheetApp
 * calls per sale with points, per sale paid from stored value and per top-up, through
 * the built Code.js on the emulator.
 */
import * as path from 'node:path';
import {createEmulator} from '../emulator';
import {CUSTOMERS} from '../src/sheets/schema-customers';
import {POINTS_LEDGER, STORED_LEDGER} from '../src/sheets/schema-loyalty';
import {customers, putRows, saleRequest} from '../test/counter/shop';
import {ledgerOfColumns} from '../src/usecases/loyalty/ledger-tab';

const ROOT = path.resolve(__dirname, '..');

function ledger(n: number, prefix: string): Array<Record<string, unknown>> {
  const out = [];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < n; i++) {
    out.push({
      date: new Date(start + i * 60_000),
      customer: `C${String((i % 2000) + 1).padStart(5, '0')}`,
      change: i % 7 === 6 ? -3 : 12,
      balance: 0,
      reason: i % 7 === 6 ? '兑换' : '消费',
      requestId: `${prefix}-${i}`,
    });
  }
  return out;
}

/**
 * The balance lookup itself: the ledger's values as one getValues gives them, summed in
 * memory (what runs on Google's servers after the read); best of 5.
 */
function lookupMs(n: number): {ms: number; points: number} {
  const rows = ledger(n, 'm');
  const col = (k: string) => rows.map(r => r[k === 'requestId' ? k : k]);
  const cols: Record<string, unknown[]> = {};
  for (const k of [
    'date',
    'customer',
    'change',
    'balance',
    'reason',
    'requestId',
  ])
    cols[k] = col(k);
  let best = Infinity;
  let points = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const l = ledgerOfColumns('points', k => cols[k] ?? [], 'Asia/Shanghai');
    points = l.balance('C00001');
    best = Math.min(best, performance.now() - t);
  }
  return {ms: best, points};
}

export async function benchLoyalty(): Promise<void> {
  console.log(
    '| Points ledger rows | balance lookup (one pass, in memory, best of 5) |',
  );
  console.log('| --- | --- |');
  for (const n of [1_000, 20_000, 200_000]) {
    const {ms} = lookupMs(n);
    console.log(`| ${n.toLocaleString('en-US')} | ${ms.toFixed(0)} ms |`);
  }
  console.log('');
  const rows = [];
  for (const size of [1_000, 200_000]) {
    const now = new Date('2026-03-10T06:00:00Z');
    const emu = createEmulator({
      locale: 'zh_CN',
      timeZone: 'Asia/Shanghai',
      now,
    });
    const app = emu.loadBundle(path.join(ROOT, 'dist', 'Code.js'));
    app.call('setUpShop', []);
    putRows(emu, CUSTOMERS, customers(2000));
    putRows(emu, POINTS_LEDGER, ledger(size, 'p'));
    putRows(emu, STORED_LEDGER, ledger(Math.min(size, 50_000), 's'));
    app.call('counterBootstrap', []);
    const t0 = performance.now();
    const card = app.call('customerCard', ['C00001']) as {
      loyalty: {points: number};
    };
    const cardMs = performance.now() - t0;
    const t1 = performance.now();
    const sale = app.call('logSale', [saleRequest(`bench-l-${size}-1`)]) as {
      ok: boolean;
    };
    const saleMs = performance.now() - t1;
    const saleCalls = emu.calls.spreadsheet('execution');
    const top = app.call('topUp', [
      {
        requestId: `bench-t-${size}-1`,
        customerId: 'C00001',
        amount: '100',
        payment: 'cash',
      },
    ]) as {ok: boolean};
    const topCalls = emu.calls.spreadsheet('execution');
    const paid = app.call('logSale', [
      saleRequest(`bench-s-${size}-1`, {payment: 'stored', amount: '10'}),
    ]) as {ok: boolean};
    const paidCalls = emu.calls.spreadsheet('execution');
    if (!sale.ok || !top.ok || !paid.ok) throw new Error('a write failed');
    rows.push(
      `| ${size.toLocaleString('en-US')} | ${card.loyalty.points} | ${cardMs.toFixed(0)} ms | ${saleMs.toFixed(0)} ms | ${saleCalls} | ${topCalls} | ${paidCalls} |`,
    );
  }
  console.log(
    '| Points ledger rows (emulator, built Code.js) | C00001 points | card (both ledgers read) | sale with points | calls: sale with points | calls: top-up | calls: sale paid from stored value |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
}
