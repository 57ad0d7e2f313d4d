/**
 * The daily reminder run on the largest shop that fits in a spreadsheet: 50,000
 * customers and 600,000 sales in the emulator. Prints the time of the run's
 * computation (read, rules, digest; the emulator's service calls cost nothing here, in
 * Apps Script each is a round trip) and its SpreadsheetApp calls, which must not grow
 * with the rows: one read per tab.
 */
import {createEmulator} from '../emulator';
import {dateOfDay, dayToIso, DAY_MS} from '../src/domain/dates';
import {CUSTOMERS} from '../src/sheets/schema-customers';
import {SALES} from '../src/sheets/schema-sales';
import {mapColumns} from '../src/sheets/tabs';
import {loadSettings, writeSetting} from '../src/sheets/settings';
import {runDailyReminders} from '../src/usecases/reminders';
import {setUpShopIn} from '../src/usecases/setup-shop';
import {reminderDeps} from '../test/reminders/shop';
import {seededRandom} from '../tools/seeded-random';
import {generateShop} from './generate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CUSTOMER_COUNT = Number(process.env.BENCH_CUSTOMERS ?? 50_000);
// 50,000 customers leave room for 648,274 sales rows in 10,000,000 cells
// (bench/capacity.ts), but the daily run also grows the Reminder log, which needs room
// too (with 13 columns a Sales tab one percent from the cap stopped the first run).
// 600,000 leaves the log its room.
const SALE_COUNT = Number(process.env.BENCH_SALES ?? 600_000);

export async function benchReminders(): Promise<void> {
  const t0 = performance.now();
  const data = generateShop({
    customers: CUSTOMER_COUNT,
    sales: SALE_COUNT,
    asOf: '2025-06-30',
  });
  const now = new Date(
    dateOfDay(data.asOf, data.tz).getTime() + 8.5 * 3600_000,
  );
  const emu = createEmulator({
    locale: 'zh_CN',
    timeZone: data.tz,
    now,
    mailQuota: 1500,
  });
  const uninstall = emu.install();
  try {
    const ss = () =>
      emu.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;
    emu.run(() => setUpShopIn({ss: ss(), installFormulas: () => {}}));
    const r = seededRandom(7);
    emu.run(() => {
      const read = loadSettings(ss());
      writeSetting(ss(), 'shopName', '老王零食铺', read);
      writeSetting(ss(), 'ownerEmail', 'owner@shop.example', read);
      const sheetOf = (names: Record<string, string>) =>
        ss()
          .getSheets()
          .find(s =>
            Object.values(names).includes(s.getName()),
          ) as GoogleAppsScript.Spreadsheet.Sheet;
      // Customers: 60% with a birthday (a fifth of them lunar), 20% with an email.
      const cs = sheetOf(CUSTOMERS.names);
      const header = cs.getRange(1, 1, 1, cs.getLastColumn()).getValues()[0];
      const cols = mapColumns(header, CUSTOMERS);
      const width = header.length;
      const rows = data.customerIds.map((id, i) => {
        const row: unknown[] = new Array(width).fill('');
        const put = (k: string, v: unknown) => {
          row[cols.get(k) as number] = v;
        };
        put('id', id);
        put('name', `顾客${i + 1}`);
        put('phone', id);
        if (r() < 0.6) {
          const lunar = r() < 0.2;
          const m = 1 + Math.floor(r() * 12);
          const d = 1 + Math.floor(r() * (lunar ? 30 : 28));
          put('birthday', `${1950 + Math.floor(r() * 50)}-${m}-${d}`);
          put('birthdayKind', lunar ? '农历' : '公历');
        }
        if (r() < 0.2) {
          put('email', `c${i}@example.com`);
          put('consent', r() < 0.8 ? '同意' : '已退订');
        }
        if (r() < 0.3) put('wechat', `wx_${i}`);
        return row;
      });
      const room = (
        sheet: GoogleAppsScript.Spreadsheet.Sheet,
        last: number,
      ) => {
        const max = sheet.getMaxRows();
        if (last > max) sheet.insertRowsAfter(max, last - max);
      };
      room(cs, rows.length + 1);
      cs.getRange(2, 1, rows.length, width).setValues(rows as never);
      // Sales: date, customer, amount in their columns.
      const sh = sheetOf(SALES.names);
      const sHeader = sh.getRange(1, 1, 1, sh.getLastColumn()).getValues()[0];
      const sCols = mapColumns(sHeader, SALES);
      const n = data.sales.customers.length;
      room(sh, n + 1);
      const col = (k: string, values: unknown[]) =>
        sh
          .getRange(2, (sCols.get(k) as number) + 1, n, 1)
          .setValues(values.map(v => [v]) as never);
      col('date', data.sales.dates);
      col('customer', data.sales.customers);
      col('amount', data.sales.amounts);
    });
    const setupMs = performance.now() - t0;

    // Time spent inside the emulated services (its copying of a million rows is not what
    // Apps Script would spend): the run's own computation is the rest.
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
    for (const m of ['getValues', 'setValues', 'setValue']) time(rangeProto, m);
    // Whole tabs are read with Sheet.getSheetValues (sheets/read-values.ts).
    const sheetProto = emu.run(() =>
      Object.getPrototypeOf(ss().getSheets()[0]),
    ) as object;
    time(sheetProto, 'getSheetValues');
    for (const m of ['sendEmail', 'getRemainingDailyQuota']) {
      time(emu.globals.MailApp, m);
    }
    time(emu.globals.SpreadsheetApp, 'flush');
    const propsProto = emu.run(() =>
      Object.getPrototypeOf(
        emu.globals.PropertiesService.getDocumentProperties(),
      ),
    ) as object;
    for (const m of ['getProperty', 'setProperty', 'deleteProperty']) {
      time(propsProto, m);
    }

    const run = (label: string) => {
      emu.calls.reset();
      serviceMs = 0;
      const start = performance.now();
      const report = emu.run(() => runDailyReminders(reminderDeps(emu)), {
        trigger: true,
      });
      const ms = performance.now() - start;
      const calls = emu.calls.byMethod('total');
      const reads =
        (calls['Range.getValues'] ?? 0) + (calls['Sheet.getSheetValues'] ?? 0);
      const writes =
        (calls['Range.setValues'] ?? 0) + (calls['Range.setValue'] ?? 0);
      const mail = calls['MailApp.sendEmail'] ?? 0;
      console.log(
        `| ${label} | ${Math.round(ms)} ms | ${Math.round(ms - serviceMs)} ms | ${emu.calls.spreadsheet('total')} | ${reads} | ${writes} | ${mail} | ${report.lines} | ${report.emails} | ${report.held} | ${report.outcome} |`,
      );
    };
    console.log(
      `${CUSTOMER_COUNT.toLocaleString('en')} customers, ${SALE_COUNT.toLocaleString('en')} sales, ${dayToIso(data.asOf)} (set-up ${Math.round(setupMs / 1000)} s)\n`,
    );
    console.log(
      '| run | time in the emulator | of which computation | SpreadsheetApp calls | reads (getValues, getSheetValues) | setValue(s) | emails sent | digest lines | customer emails | held | outcome |',
    );
    console.log(
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    run('first run of the day');
    run('second run, same day');
    emu.clock.advance(DAY_MS);
    run('next day');
  } finally {
    uninstall();
  }
}

if (require.main === module) {
  benchReminders().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
