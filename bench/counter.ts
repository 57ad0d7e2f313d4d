/**
 * The counter's figures: SpreadsheetApp calls per logged sale (the built Code.js on the
 * emulator), the sidebar's size, and in local Chromium the time from opening to usable
 * and the time of one search, with 20,000 customers.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import {createEmulator} from '../emulator';
import {startPreview} from '../preview/server';
import {CUSTOMERS} from '../src/sheets/schema-customers';
import {SALES} from '../src/sheets/schema-sales';
import {buildIndex, search} from '../src/domain/counter/search';
import {CustomerIndex} from '../src/domain/counter/wire';
import {testReadings} from '../test/counter/pinyin-dict';
import {customers, putRows, saleRequest} from '../test/counter/shop';
import {launchChromium} from '../tools/chromium';

const ROOT = path.resolve(__dirname, '..');
/** Phone start, initials, pinyin, a character, full surname + initials, phone tail, one letter. */
const QUERIES = ['138', 'zs', 'zhang', '王', 'wjh', 'wangw', '0047', 's'];
const DAY = 86_400_000;

function sales(n: number, now: number): Array<Record<string, unknown>> {
  const items = ['奶茶', '蛋挞', '薯片', '可乐', '辣条', '面包'];
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({
      date: new Date(now - (i % 365) * DAY - (i % 600) * 60_000),
      customer: `C${String((i % 2000) + 1).padStart(5, '0')}`,
      items: items[i % items.length],
      amount: 5 + (i % 40),
      payment: '现金',
    });
  }
  return out;
}

async function callsPerSale(
  rows: number,
): Promise<{calls: number; byMethod: Record<string, number>}> {
  const now = new Date('2026-03-10T06:00:00Z');
  const emu = createEmulator({locale: 'zh_CN', timeZone: 'Asia/Shanghai', now});
  const app = emu.loadBundle(path.join(ROOT, 'dist', 'Code.js'));
  app.call('setUpShop', []);
  putRows(emu, CUSTOMERS, customers(2000));
  putRows(emu, SALES, sales(rows, now.getTime()));
  app.call('counterBootstrap', []); // the sidebar opens first, as at a real counter
  const out = app.call('logSale', [saleRequest(`bench-${rows}-0001`)]) as {
    ok: boolean;
  };
  if (!out.ok) throw new Error(`sale failed: ${JSON.stringify(out)}`);
  return {
    calls: emu.calls.spreadsheet('execution'),
    byMethod: emu.calls.byMethod('execution'),
  };
}

async function browserFigures(): Promise<{
  open: {ready: number; data: number; index: number};
  bootstrap: number;
  search: Record<string, number>;
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-bench-'));
  const p = await startPreview({
    port: 0,
    dataFile: path.join(dir, 'wb.json'),
    fresh: true,
    locale: 'zh_CN',
  });
  const browser = await launchChromium();
  try {
    putRows(p.emulator, CUSTOMERS, customers(20_000));
    const page = await browser.newPage({viewport: {width: 300, height: 720}});
    const opens: Array<{ready: number; data: number; index: number}> = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(new URL('sidebar', p.url).href);
      await page.waitForSelector('body[data-ready="true"]', {
        state: 'attached',
        timeout: 60_000,
      });
      opens.push(
        // A string, not a function: tsx would wrap named helpers in __name().
        (await page.evaluate(`(() => {
          const data = performance.getEntriesByName('shuke:data')[0];
          const index = performance.getEntriesByName('shuke:index')[0];
          return {
            ready: performance.now(),
            data: data ? data.startTime : NaN,
            index: data && index ? index.startTime - data.startTime : NaN,
          };
        })()`)) as {ready: number; data: number; index: number},
      );
    }
    opens.sort((a, b) => a.ready - b.ready);
    const count = await page.textContent('[data-role=count]');
    if (!count?.includes('20')) throw new Error(`index not loaded: ${count}`);
    // The server's share (bootstrap on the emulator) measured apart from the browser's.
    const t0 = Date.now();
    await p.emulator.scriptRun('counterBootstrap', []);
    const bootstrap = Date.now() - t0;
    const search: Record<string, number> = {};
    for (const q of QUERIES) {
      search[q] = await page.evaluate(query => {
        const box = document.getElementById('q') as HTMLInputElement;
        const times: number[] = [];
        for (let i = 0; i < 15; i++) {
          box.value = query;
          const t = performance.now();
          box.dispatchEvent(new Event('input'));
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)];
      }, q);
    }
    return {open: opens[1], bootstrap, search};
  } finally {
    await browser.close();
    await p.close();
  }
}

/** The search engine alone (src/domain/counter/search.ts) in Node: no DOM, no rendering. */
function engineFigures(): {build: number; search: Record<string, number>} {
  const rows = customers(20_000);
  const index: CustomerIndex = {
    ids: rows.map(r => String(r.id)),
    names: rows.map(r => String(r.name)),
    phones: rows.map(r => String(r.phone)),
    grades: rows.map((_, i) => 'ABCDE'[i % 5]),
    perMonth: rows.map((_, i) => i % 23),
    daysSince: rows.map((_, i) => (i % 9 ? i % 120 : null)),
  };
  const readings = testReadings();
  readings('张'); // the tables are built on first use, as in the sidebar
  const t0 = performance.now();
  const built = buildIndex(index, readings);
  const build = performance.now() - t0;
  const figures: Record<string, number> = {};
  for (const q of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < 31; i++) {
      const t = performance.now();
      search(built, q, 30);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    figures[q] = times[15];
  }
  return {build, search: figures};
}

export async function benchCounter(): Promise<void> {
  const html = fs.readFileSync(path.join(ROOT, 'dist', 'sidebar.html'));
  console.log(
    `dist/sidebar.html: ${html.length} B (${zlib.gzipSync(html).length} B gzipped)`,
  );
  for (const rows of [100, 100_000]) {
    const r = await callsPerSale(rows);
    console.log(
      `SpreadsheetApp calls per logged sale, ${rows} sales rows: ${r.calls} (${Object.entries(
        r.byMethod,
      )
        .filter(([k]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(k))
        .map(([k, v]) => `${k}×${v}`)
        .join(', ')})`,
    );
  }
  const e = engineFigures();
  console.log(
    `search engine alone (Node), 20,000 customers: index built in ${e.build.toFixed(0)} ms; one search (median of 31): ` +
      Object.entries(e.search)
        .map(([q, ms]) => `"${q}" ${ms.toFixed(2)} ms`)
        .join(', '),
  );
  const b = await browserFigures();
  console.log(
    `open to usable, 20,000 customers, local Chromium (median of 3): ${b.open.ready.toFixed(0)} ms` +
      ` (customer data in hand at ${b.open.data.toFixed(0)} ms, counterBootstrap alone on the emulator ${b.bootstrap} ms;` +
      ` search index built in ${b.open.index.toFixed(0)} ms)`,
  );
  for (const [q, ms] of Object.entries(b.search)) {
    console.log(
      `one search over 20,000 customers, "${q}" (median, with rendering): ${ms.toFixed(2)} ms`,
    );
  }
}

if (require.main === module) {
  benchCounter().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
