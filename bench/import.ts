/**
 * The import's figures: the pure part (recognise, read, plan) of a Loyverse "Receipts by
 * item" export of 50,000 rows timed in Node, and SpreadsheetApp calls of whole imports
 * (preview, import, the same export again, undo) through the built Code.js on the
 * emulator, for a small export and the 50,000-row one: the calls do not grow with rows.
 */
import * as path from 'node:path';
import {createEmulator} from '../emulator';
import {recognise} from '../src/domain/import/headers';
import {parseExport} from '../src/domain/import/parse';
import {planImport} from '../src/domain/import/plan';
import {loyverseReceipts, putExport} from '../test/import/exports';

const CODE = path.resolve(__dirname, '../dist/Code.js');
const HEADER =
  'Date,Receipt number,Receipt type,Category,SKU,Item,Variant,Modifiers applied,Quantity,Gross sales,Discounts,Net sales,Cost of goods,Gross profit,Taxes,POS,Store,Cashier name,Customer name,Customer contacts,Comment,Status'.split(
    ',',
  );
const ITEMS = [
  '冰红茶',
  '豆浆',
  '奶茶',
  '蛋挞',
  '薯片',
  '可乐',
  '面包',
  '辣条',
];
const DAY = 86_400_000;

/** `rows` item rows, 1–4 per receipt, 2,000 customers (phones written four ways). */
export function loyverseItemsExport(rows: number): unknown[][] {
  const out: unknown[][] = [HEADER];
  const start = Date.UTC(2025, 0, 1, 1);
  let receipt = 0;
  while (out.length <= rows) {
    receipt++;
    const lines = 1 + (receipt % 4);
    const c = receipt % 2500; // 500 of 2,500 are walk-ins
    const phone = 13800000000 + c;
    const contacts =
      c >= 2000
        ? ''
        : [
            phone,
            `+86 ${phone}`,
            `${phone}`.replace(/(\d{3})(\d{4})/, '$1-$2-'),
            `${phone}`,
          ][c % 4];
    const when = new Date(start + receipt * 37 * 60_000);
    const date = when.toISOString().replace('T', ' ').slice(0, 19);
    const refund = receipt % 97 === 0;
    for (let l = 0; l < lines && out.length <= rows; l++) {
      const qty = 1 + ((receipt + l) % 3);
      const net = (qty * (3 + ((receipt + l) % 9)) * (refund ? -1 : 1)).toFixed(
        2,
      );
      out.push([
        date,
        `1-${receipt}`,
        refund ? 'Refund' : 'Sale',
        '饮品',
        '',
        ITEMS[(receipt + l) % ITEMS.length],
        '',
        '',
        refund ? -qty : qty,
        net,
        '0',
        net,
        '',
        '',
        '0',
        'POS 1',
        'Store',
        'Ming',
        c >= 2000 ? '' : `客${c}`,
        contacts,
        '',
        'Closed',
      ]);
    }
  }
  void DAY;
  return out;
}

function timePure(values: unknown[][]): {
  ms: number;
  purchases: number;
  customers: number;
} {
  const t0 = performance.now();
  const rec = recognise(values);
  if (!rec) throw new Error('not recognised');
  const parsed = parseExport(values, rec, 'Asia/Shanghai');
  const plan = planImport({
    parsed,
    format: rec.format,
    customers: [],
    saleKeys: new Set(),
    tz: 'Asia/Shanghai',
  });
  return {
    ms: performance.now() - t0,
    purchases: plan.sales.length,
    customers: plan.customers.length,
  };
}

function callsOf(name: string, values: unknown[][]): string[] {
  const emu = createEmulator({
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    now: '2026-03-25T04:00:00Z',
  });
  const app = emu.loadBundle(CODE);
  app.call('setUpShop', []);
  putExport(emu as never, 'export', values);
  const out: string[] = [];
  const step = (label: string, fn: () => unknown) => {
    const t0 = performance.now();
    const r = fn() as {ok: boolean; batch?: string};
    out.push(
      `| ${name} | ${label} | ${emu.calls.spreadsheet('execution')} | ${Math.round(performance.now() - t0)} |`,
    );
    return r;
  };
  step('preview', () => app.call('previewImport', ['export']));
  const done = step('import', () => app.call('runImport', [{sheet: 'export'}]));
  step('import again (adds nothing)', () =>
    app.call('runImport', [{sheet: 'export'}]),
  );
  step('undo', () => app.call('undoImport', [{batch: done.batch}]));
  return out;
}

export async function benchImport(): Promise<void> {
  const big = loyverseItemsExport(50_000);
  timePure(big); // warm up
  const runs = [1, 2, 3].map(() => timePure(big));
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  console.log(
    `Pure part (recognise, read, plan) of a 50,000-row Loyverse Receipts-by-item export: ${Math.round(best.ms)} ms in Node (best of 3), ${best.purchases} purchases, ${best.customers} customers.\n`,
  );
  console.log('| export | step | SpreadsheetApp calls | ms on the emulator |');
  console.log('| --- | --- | --- | --- |');
  for (const line of callsOf('Loyverse Receipts, 10 rows', loyverseReceipts()))
    console.log(line);
  for (const line of callsOf('Loyverse by item, 50,000 rows', big))
    console.log(line);
}
