/**
 * SpreadsheetApp calls of each thing the counter does, through the built Code.js on the
 * emulator, on a short and a long book: the round trips to Google's servers, which are
 * what a tap at the till waits for. Each write runs as the sidebar calls it, after the
 * sidebar has opened (its half-hour context cached), in this order: a card, a sale with
 * points, a walk-in sale, a top-up, a sale paid from stored value, the till, a void of
 * the sale with points.
 */
import * as path from 'node:path';
import {createEmulator, Emulator} from '../emulator';
import {CUSTOMERS} from '../src/sheets/schema-customers';
import {SALES} from '../src/sheets/schema-sales';
import {POINTS_LEDGER, STORED_LEDGER} from '../src/sheets/schema-loyalty';
import {customers, putRows, saleRequest} from '../test/counter/shop';

const ROOT = path.resolve(__dirname, '..');

function rows(n: number, tag: string): Array<Record<string, unknown>> {
  const start = Date.UTC(2025, 0, 1);
  return Array.from({length: n}, (_, i) => ({
    date: new Date(start + i * 60_000),
    customer: `C${String((i % 2000) + 1).padStart(5, '0')}`,
    items: '奶茶',
    amount: 5 + (i % 40),
    payment: '现金',
    change: 12,
    reason: '消费',
    requestId: `${tag}-${i}`,
  }));
}

interface Measured {
  what: string;
  calls: number;
  byMethod: Record<string, number>;
}

function measure(
  emu: Emulator,
  app: ReturnType<Emulator['loadBundle']>,
  what: string,
  name: string,
  args: unknown[],
): Measured {
  const out = app.call(name, args) as {ok?: boolean} | null;
  if (out && out.ok === false)
    throw new Error(`${what} failed: ${JSON.stringify(out)}`);
  return {
    what,
    calls: emu.calls.spreadsheet('execution'),
    byMethod: emu.calls.byMethod('execution'),
  };
}

function shop(size: number): Measured[] {
  const emu = createEmulator({
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    now: new Date('2026-03-10T06:00:00Z'),
  });
  const app = emu.loadBundle(path.join(ROOT, 'dist', 'Code.js'));
  app.call('setUpShop', []);
  putRows(emu, CUSTOMERS, customers(2000));
  putRows(emu, SALES, rows(size, 'sale'));
  putRows(emu, POINTS_LEDGER, rows(size, 'points'));
  putRows(emu, STORED_LEDGER, rows(size, 'stored'));
  app.call('counterBootstrap', []);
  const top = {
    requestId: `topup-${size}-bench`,
    customerId: 'C00001',
    amount: '100',
    payment: 'cash',
  };
  const voidIt = {
    requestId: `void-${size}-bench`,
    saleRequestId: `points-${size}-bench`,
    by: '',
  };
  return [
    measure(emu, app, 'card view', 'customerCard', ['C00001']),
    measure(emu, app, 'sale with points', 'logSale', [
      saleRequest(`points-${size}-bench`),
    ]),
    measure(emu, app, 'walk-in sale', 'logSale', [
      saleRequest(`walkin-${size}-bench`, {customerId: null}),
    ]),
    measure(emu, app, 'top-up', 'topUp', [top]),
    measure(emu, app, 'sale paid from stored value', 'logSale', [
      saleRequest(`stored-${size}-bench`, {payment: 'stored', amount: '10'}),
    ]),
    measure(emu, app, "today's till", 'counterTill', []),
    measure(emu, app, 'void of the sale with points', 'voidSale', [voidIt]),
  ];
}

export async function benchCalls(): Promise<void> {
  const sizes = [100, 20_000];
  const bySize = sizes.map(shop);
  console.log(
    `| what | ${sizes.map(s => `calls, ${s.toLocaleString('en-US')} rows a tab`).join(' | ')} |`,
  );
  console.log(`| --- | ${sizes.map(() => '---').join(' | ')} |`);
  bySize[0].forEach((m, i) => {
    console.log(
      `| ${m.what} | ${bySize.map(b => String(b[i].calls)).join(' | ')} |`,
    );
  });
  console.log('');
  for (const m of bySize[bySize.length - 1]) {
    const methods = Object.entries(m.byMethod)
      .filter(([k]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(k))
      .map(([k, n]) => `${k}×${n}`)
      .join(', ');
    console.log(`${m.what}: ${m.calls} (${methods})`);
  }
}
