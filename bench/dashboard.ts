/**
 * The Dashboard tab on a shop of 5,000 customers and 300,000 sales rows (two years of
 * history, items named on every sale, a few hundred feedback rows): the time of a build
 * (its computation apart from the emulator's copying of cells, which Apps Script does on
 * its side) and its SpreadsheetApp calls, which must not grow with the rows: one read of
 * each tab.
 */
import * as os from 'node:os';
import {createEmulator} from '../emulator';
import {dateOfDay, dayToIso, DAY_MS} from '../src/domain/dates';
import {CUSTOMERS} from '../src/sheets/schema-customers';
import {FEEDBACK} from '../src/sheets/schema-feedback';
import {SALES} from '../src/sheets/schema-sales';
import {TabDef} from '../src/sheets/schema';
import {mapColumns} from '../src/sheets/tabs';
import {setUpShopIn} from '../src/usecases/setup-shop';
import {buildDashboard} from '../src/usecases/dashboard/build-dashboard';
import {readDashboardInput} from '../src/usecases/dashboard/read-tabs';
import {computeDashboard} from '../src/domain/dashboard/figures';
import {DEFAULT_GRADE_RULES} from '../src/domain/grading';
import {DEFAULT_SEGMENT_RULES} from '../src/domain/segments';
import {documentProperties} from '../src/services/properties';
import {seededRandom} from '../tools/seeded-random';
import {generateShop} from './generate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const CUSTOMER_COUNT = Number(process.env.BENCH_CUSTOMERS ?? 5_000);
const SALE_COUNT = Number(process.env.BENCH_SALES ?? 300_000);
const ITEMS = [
  '珍珠奶茶',
  '杨枝甘露',
  '蛋挞',
  '薯片',
  '冰红茶',
  '话梅',
  '鸭脖',
  '旺旺雪饼',
  '大白兔奶糖',
  '农夫山泉',
  '辣条',
  '碧根果',
];

export async function benchDashboard(): Promise<void> {
  const t0 = performance.now();
  const data = generateShop({
    customers: CUSTOMER_COUNT,
    sales: SALE_COUNT,
    asOf: '2025-06-30',
  });
  const now = new Date(dateOfDay(data.asOf, data.tz).getTime() + 20 * 3600_000);
  const emu = createEmulator({locale: 'zh_CN', timeZone: data.tz, now});
  const uninstall = emu.install();
  try {
    const ss = () =>
      emu.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;
    emu.run(() => setUpShopIn({ss: ss(), installFormulas: () => {}}));
    const r = seededRandom(11);
    emu.run(() => {
      const sheetOf = (def: TabDef) =>
        ss()
          .getSheets()
          .find(s => Object.values(def.names).includes(s.getName())) as Sheet;
      const fill = (def: TabDef, columns: Record<string, unknown[]>) => {
        const sheet = sheetOf(def);
        const header = sheet
          .getRange(1, 1, 1, sheet.getLastColumn())
          .getValues()[0];
        const cols = mapColumns(header, def);
        const n = Object.values(columns)[0].length;
        const max = sheet.getMaxRows();
        if (n + 1 > max) sheet.insertRowsAfter(max, n + 1 - max);
        for (const [k, values] of Object.entries(columns)) {
          sheet
            .getRange(2, (cols.get(k) as number) + 1, n, 1)
            .setValues(values.map(v => [v]) as never);
        }
      };
      fill(CUSTOMERS, {
        id: data.customerIds,
        name: data.customerIds.map((_, i) => `顾客${i + 1}`),
      });
      // Sales at a time of day (most between 9:00 and 21:00), one to three items each.
      const dates = data.sales.dates.map(d =>
        d instanceof Date
          ? new Date(d.getTime() + (9 + Math.floor(r() * 12)) * 3600_000)
          : d,
      );
      const items = dates.map(() => {
        const k = 1 + Math.floor(r() * 3);
        return Array.from(
          {length: k},
          () => ITEMS[Math.floor(r() * ITEMS.length)],
        ).join('、');
      });
      fill(SALES, {
        date: dates,
        customer: data.sales.customers,
        amount: data.sales.amounts,
        items,
      });
      const fb = 400;
      fill(FEEDBACK, {
        date: Array.from({length: fb}, () =>
          dateOfDay(data.asOf - Math.floor(r() * 400), data.tz),
        ),
        customer: Array.from(
          {length: fb},
          () => data.customerIds[Math.floor(r() * data.customerIds.length)],
        ),
        type: Array.from({length: fb}, () => (r() < 0.3 ? '投诉' : '表扬')),
        rating: Array.from({length: fb}, () => 1 + Math.floor(r() * 5)),
      });
    });
    const setupMs = performance.now() - t0;

    let serviceMs = 0;
    const time = (obj: object, name: string) => {
      const o = obj as Record<string, (...a: unknown[]) => unknown>;
      const orig = o[name];
      o[name] = function (this: unknown, ...a: unknown[]) {
        const t = performance.now();
        try {
          return orig.apply(this, a);
        } finally {
          serviceMs += performance.now() - t;
        }
      };
    };
    const rangeProto = emu.run(() =>
      Object.getPrototypeOf(ss().getSheets()[0].getRange(1, 1)),
    ) as object;
    for (const m of ['getValues', 'setValues', 'getLastRow', 'getLastColumn'])
      time(rangeProto, m);
    const sheetProto = emu.run(() =>
      Object.getPrototypeOf(ss().getSheets()[0]),
    ) as object;
    for (const m of ['getLastRow', 'getLastColumn', 'getSheetValues'])
      time(sheetProto, m);

    console.log(
      `${CUSTOMER_COUNT.toLocaleString('en')} customers, ${SALE_COUNT.toLocaleString('en')} sales rows, ${dayToIso(data.asOf)} (set-up ${Math.round(setupMs / 1000)} s)\n`,
    );
    console.log(
      '| build | time in the emulator | of which computation | SpreadsheetApp calls | reads (getValues, getSheetValues) | setValues | charts inserted / updated |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    const run = (label: string) => {
      emu.calls.reset();
      serviceMs = 0;
      const start = performance.now();
      const out = emu.run(() =>
        buildDashboard(ss(), emu.clock.now(), documentProperties()),
      );
      const ms = performance.now() - start;
      const calls = emu.calls.byMethod('total');
      console.log(
        `| ${label} | ${Math.round(ms)} ms | ${Math.round(ms - serviceMs)} ms | ${emu.calls.spreadsheet('total')} | ${(calls['Range.getValues'] ?? 0) + (calls['Sheet.getSheetValues'] ?? 0)} | ${calls['Range.setValues'] ?? 0} | ${out.charts.inserted.length} / ${out.charts.updated.length} |`,
      );
    };
    run('first (makes the tab and its charts)');
    run('again, same day');
    emu.clock.advance(DAY_MS);
    run('next day (the daily run)');

    // The computation alone, on the values one read of each tab gives.
    const input = emu.run(() => readDashboardInput(ss(), 'zh-CN'));
    const times: Array<[number, number]> = [];
    for (let i = 0; i < 5; i++) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      computeDashboard(input, {
        today: data.asOf + 1,
        tz: data.tz,
        grade: DEFAULT_GRADE_RULES,
        segments: DEFAULT_SEGMENT_RULES,
      });
      const c = process.cpuUsage(cpu);
      times.push([performance.now() - t, (c.user + c.system) / 1000]);
    }
    times.sort((a, b) => a[0] - b[0]);
    const [wall, cpu] = times[2];
    console.log(
      `\ncomputeDashboard alone (domain/dashboard, ${SALE_COUNT.toLocaleString('en')} rows): ${Math.round(wall)} ms (CPU ${Math.round(cpu)} ms), median of 5; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
    );
  } finally {
    uninstall();
  }
}

if (require.main === module) {
  benchDashboard().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
