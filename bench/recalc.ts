/**
 * Cells passed into and out of custom functions by one full recalculation of a shop's
 * formulas, counted by the emulator: the five CUSTOMER_* formulas of older books (each
 * receiving the whole Sales columns) against today's one CUSTOMER_FIGURES formula.
 * Open ranges (A2:A) pass every row of the tab's grid, empty rows included, as Sheets does.
 */
import {createEmulator} from '../emulator';
import {CUSTOMERS} from '../src/sheets/schema-customers';
import {SALES} from '../src/sheets/schema-sales';
import {findSheet, mapColumns} from '../src/sheets/tabs';
import * as cf from '../src/usecases/custom-functions/sheet-functions';
import {CUSTOMER_FIGURES} from '../src/usecases/customer-figures';
import {refreshGradesIn} from '../src/usecases/grades/refresh-menu';
import {setUpShopIn} from '../src/usecases/setup-shop';
import {generateShop} from './generate';
import {toLegacyLayout} from './legacy-formulas';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
interface Cells {
  calls: number;
  cellsIn: number;
  cellsOut: number;
}

const SIZES: ReadonlyArray<[number, number]> = [
  [1_000, 30_000],
  [10_000, 300_000],
];

export function recalcCells(
  customers: number,
  sales: number,
): {before: Cells; after: Cells; salesRows: number} {
  const shop = generateShop({customers, sales});
  const emu = createEmulator({
    locale: 'zh_CN',
    timeZone: shop.tz,
    now: new Date(shop.asOf * 86_400_000 + 4 * 3_600_000),
    scopes: 'all',
  });
  const uninstall = emu.install();
  try {
    for (const name of [
      'CUSTOMER_GRADE',
      'CUSTOMER_PER_MONTH',
      'CUSTOMER_LAST_VISIT',
      'CUSTOMER_SPEND',
      'CUSTOMER_SEGMENT',
    ] as const) {
      emu.customFunctions.set(name, cf[name] as (...a: unknown[]) => unknown);
    }
    emu.customFunctions.set(
      'CUSTOMER_FIGURES',
      CUSTOMER_FIGURES as (...a: unknown[]) => unknown,
    );
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    setUpShopIn({ss, notify: () => {}});
    const fill = (sheet: Sheet, index: number, values: unknown[]) => {
      const need = values.length + 1;
      if (need > sheet.getMaxRows()) {
        sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
      }
      sheet
        .getRange(2, index + 1, values.length, 1)
        .setValues(values.map(v => [v]) as never);
    };
    const header = (s: Sheet) =>
      s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];
    const book = findSheet(ss, CUSTOMERS, 'zh-CN')!;
    const tab = findSheet(ss, SALES, 'zh-CN')!;
    const bc = mapColumns(header(book), CUSTOMERS);
    const sc = mapColumns(header(tab), SALES);
    fill(book, bc.get('id')!, shop.customerIds);
    fill(tab, sc.get('date')!, shop.sales.dates);
    fill(tab, sc.get('customer')!, shop.sales.customers);
    fill(tab, sc.get('amount')!, shop.sales.amounts);
    refreshGradesIn(ss, emu.clock.now());
    const g = bc.get('grade')! + 1;
    book.getRange(2, g).getValue(); // a read recalculates
    const after = {...emu.customCells.last};
    toLegacyLayout(book, g);
    book.getRange(2, g).getValue();
    const before = {...emu.customCells.last};
    return {before, after, salesRows: shop.sales.customers.length};
  } finally {
    uninstall();
  }
}

export async function benchRecalc(): Promise<void> {
  const quick = process.env.BENCH_QUICK === '1';
  const f = (n: number) => n.toLocaleString('en');
  console.log(
    '| customers / sales rows | five CUSTOMER_* formulas: calls, cells in, cells out | one CUSTOMER_FIGURES: calls, cells in, cells out | cells passed, after / before |',
  );
  console.log('| --- | --- | --- | --- |');
  for (const [customers, sales] of quick ? SIZES.slice(0, 1) : SIZES) {
    const {before: b, after: a, salesRows} = recalcCells(customers, sales);
    const ratio = (a.cellsIn + a.cellsOut) / (b.cellsIn + b.cellsOut);
    console.log(
      `| ${f(customers)} / ${f(salesRows)} | ${b.calls}, ${f(b.cellsIn)}, ${f(b.cellsOut)} | ${a.calls}, ${f(a.cellsIn)}, ${f(a.cellsOut)} | ${(ratio * 100).toFixed(0)} % |`,
    );
  }
}
