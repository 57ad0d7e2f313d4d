/**
 * Grades: how long the engine takes to grade a whole shop, and what a full "Refresh
 * grades" costs in SpreadsheetApp calls on the emulator (which must not grow with the
 * sheet: every call is a round trip to Google).
 */
import * as os from 'node:os';
import {createEmulator} from '../emulator';
import {summariseSales} from '../src/domain/customer-stats';
import {CUSTOMERS} from '../src/sheets/schema-customers';
import {SALES} from '../src/sheets/schema-sales';
import {findSheet, mapColumns} from '../src/sheets/tabs';
import * as cf from '../src/usecases/custom-functions/sheet-functions';
import {refreshGradesIn} from '../src/usecases/grades/refresh-menu';
import {setUpShopIn} from '../src/usecases/setup-shop';
import {generateShop, ShopData} from './generate';

const SIZES: ReadonlyArray<[number, number]> = [
  [1_000, 30_000],
  [10_000, 300_000],
  // The largest that fits in a spreadsheet's 10,000,000 cells with 50,000 customers is
  // 648,274 sales rows (`npm run bench -- capacity`); a million rows cannot exist there.
  [50_000, 640_000],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall-clock and CPU milliseconds of grading the whole shop. */
function engineMs(shop: ShopData, runs: number): {wall: number; cpu: number} {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const sum = summariseSales(shop.sales, {asOf: shop.asOf, tz: shop.tz});
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (sum.customers.size === 0) throw new Error('nothing graded');
  }
  return {wall: median(wall), cpu: median(cpu)};
}

const FUNCTIONS = [
  'CUSTOMER_GRADE',
  'CUSTOMER_PER_MONTH',
  'CUSTOMER_LAST_VISIT',
  'CUSTOMER_SPEND',
  'CUSTOMER_SEGMENT',
] as const;

interface RefreshCost {
  /** SpreadsheetApp/Spreadsheet/Sheet/Range calls of the menu execution itself. */
  menuCalls: number;
  /** The same, made by the five custom functions recalculating. */
  formulaCalls: number;
  ms: number;
  graded: number;
}

/** A shop on the emulator, then one "Refresh grades" on a new day, counted. */
function refreshCost(shop: ShopData): RefreshCost {
  const emu = createEmulator({
    locale: 'zh_CN',
    timeZone: shop.tz,
    now: new Date((shop.asOf - 1) * 86_400_000 + 4 * 3_600_000),
    scopes: 'all',
  });
  const uninstall = emu.install();
  try {
    let formulaCalls = 0;
    for (const name of FUNCTIONS) {
      const fn = cf[name] as (...a: unknown[]) => unknown;
      emu.customFunctions.set(name, (...args: unknown[]) => {
        const before = emu.calls.spreadsheet();
        try {
          return fn(...args);
        } finally {
          formulaCalls += emu.calls.spreadsheet() - before;
        }
      });
    }
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    setUpShopIn({ss, notify: () => {}});
    const fillColumn = (
      sheet: GoogleAppsScript.Spreadsheet.Sheet,
      index: number,
      values: unknown[],
    ) => {
      const need = values.length + 1;
      if (need > sheet.getMaxRows()) {
        sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
      }
      sheet
        .getRange(2, index + 1, values.length, 1)
        .setValues(values.map(v => [v]) as never);
    };
    const header = (s: GoogleAppsScript.Spreadsheet.Sheet) =>
      s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];
    const book = findSheet(ss, CUSTOMERS, 'zh-CN')!;
    const sales = findSheet(ss, SALES, 'zh-CN')!;
    const bc = mapColumns(header(book), CUSTOMERS);
    const sc = mapColumns(header(sales), SALES);
    fillColumn(book, bc.get('id')!, shop.customerIds);
    fillColumn(sales, sc.get('date')!, shop.sales.dates);
    fillColumn(sales, sc.get('customer')!, shop.sales.customers);
    fillColumn(sales, sc.get('amount')!, shop.sales.amounts);
    refreshGradesIn(ss, emu.clock.now()); // yesterday: formulas in, grades computed

    emu.clock.set(new Date(shop.asOf * 86_400_000 + 4 * 3_600_000));
    emu.calls.reset();
    formulaCalls = 0;
    const t0 = performance.now();
    const r = refreshGradesIn(ss, emu.clock.now());
    const ms = performance.now() - t0;
    return {
      menuCalls: emu.calls.spreadsheet() - formulaCalls,
      formulaCalls,
      ms,
      graded: r.summary?.customers.size ?? 0,
    };
  } finally {
    uninstall();
  }
}

export async function benchGrades(): Promise<void> {
  const quick = process.env.BENCH_QUICK === '1';
  // The emulator keeps every cell as an object: 50k / 640k takes minutes and gigabytes,
  // so by default the call count is shown up to 10k (BENCH_EMULATOR_MAX to go further).
  const emulatorMax = Number(process.env.BENCH_EMULATOR_MAX ?? 10_000);
  const rows: string[] = [];
  // Engine timings first, each shop on its own, so no emulator heap skews them.
  const engine: Array<{
    label: string;
    ms: {wall: number; cpu: number};
    runs: number;
    rows: number;
  }> = [];
  for (const [customers, sales] of SIZES) {
    const shop = generateShop({customers, sales});
    const runs = sales >= 500_000 ? 5 : 7;
    engineMs(shop, 2); // warm up
    engine.push({
      label: `${customers.toLocaleString('en')} / ${shop.sales.customers.length.toLocaleString('en')}`,
      ms: engineMs(shop, runs),
      runs,
      rows: shop.sales.customers.length,
    });
  }
  for (const [i, [customers, sales]] of SIZES.entries()) {
    const e = engine[i];
    let calls = '—';
    if (!quick && customers <= emulatorMax) {
      const c = refreshCost(generateShop({customers, sales}));
      calls = `${c.menuCalls} + ${c.formulaCalls} (${(c.ms / 1000).toFixed(1)} s on the emulator)`;
    }
    const perSecond = Math.round(e.rows / (e.ms.wall / 1000));
    rows.push(
      `| ${e.label} | ${e.ms.wall.toFixed(0)} ms (CPU ${e.ms.cpu.toFixed(0)} ms), median of ${e.runs} | ${perSecond.toLocaleString('en')} | ${calls} |`,
    );
  }
  console.log(
    '| customers / sales rows | engine: grade everyone | sales rows / s | SpreadsheetApp calls of one "Refresh grades" (menu + 5 formulas recalculating) |',
  );
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
  console.log(
    `\nEngine: summariseSales over the whole Sales tab (one pass, grouped by key once); wall clock, and the process's CPU time (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores when run).`,
  );
  console.log(
    'Calls: counted on the emulator; the same at every size (whole columns, one read each).',
  );
}
