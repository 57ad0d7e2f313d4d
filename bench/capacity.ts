/**
 * The largest shop that fits in one spreadsheet. Google counts every tab's grid against
 * 10,000,000 cells, empty cells included (support.google.com/drive/answer/37603), so
 * the figure follows from the tabs' real widths after "Set up shop" on the emulator
 * (which enforces the cap): customers × the Customers tab's columns, plus sales rows ×
 * the Sales tab's, plus the other tabs as they are. Each row of the table is then
 * checked on the emulator: the Sales tab is grown to that size, and one more row fails.
 */
import {createEmulator} from '../emulator';
import {CELL_CAP, gridCells} from '../emulator/cell-cap';
import {CELL_WARN_SHARE} from '../src/sheets/cell-usage';
import {CUSTOMERS} from '../src/sheets/schema-customers';
import {SALES} from '../src/sheets/schema-sales';
import {runDailyReminders} from '../src/usecases/reminders';
import {setUpShopIn} from '../src/usecases/setup-shop';
import {OWNER, reminderDeps} from '../test/reminders/shop';
import {loadSettings, writeSetting} from '../src/sheets/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CUSTOMER_COUNTS = [1_000, 10_000, 20_000, 50_000, 100_000];

export interface Capacity {
  customers: number;
  /** Sales rows (below the header) that fit at the cap, and at the 80 % warning. */
  salesAtCap: number;
  salesAtWarning: number;
  customerColumns: number;
  salesColumns: number;
  /** Cells of the other tabs (Feedback, Contacts, Settings, Reminder log), as made. */
  otherCells: number;
  others: string;
}

function grow(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
}

/** A fresh shop set up (and one daily run, so the Reminder log exists), then measured. */
export function capacityFor(customers: number, check = true): Capacity {
  const emu = createEmulator({
    locale: 'zh_CN',
    now: '2025-06-30T00:30:00Z',
    scopes: 'all',
  });
  const uninstall = emu.install();
  try {
    const ss = () =>
      emu.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;
    emu.run(() => setUpShopIn({ss: ss(), installFormulas: () => {}}));
    emu.run(() => writeSetting(ss(), 'ownerEmail', OWNER, loadSettings(ss())));
    emu.run(() => runDailyReminders(reminderDeps(emu)), {trigger: true});
    const sheetOf = (names: Record<string, string>) =>
      ss()
        .getSheets()
        .find(s => Object.values(names).includes(s.getName()))!;
    const book = sheetOf(CUSTOMERS.names);
    const sales = sheetOf(SALES.names);
    emu.run(() => grow(book, customers + 1));
    const customerColumns = book.getMaxColumns();
    const salesColumns = sales.getMaxColumns();
    const customerCells = book.getMaxRows() * customerColumns;
    const salesHeader = salesColumns; // the header row
    const otherSheets = ss()
      .getSheets()
      // Sheet objects are fresh views on every call: compared by name.
      .filter(s => ![book, sales].some(x => x.getName() === s.getName()));
    const otherCells = otherSheets.reduce(
      (n, s) => n + s.getMaxRows() * s.getMaxColumns(),
      0,
    );
    const others = otherSheets
      .map(s => `${s.getName()} ${s.getMaxRows()}×${s.getMaxColumns()}`)
      .join(', ');
    const free = (cap: number) =>
      Math.floor(
        (cap - customerCells - otherCells - salesHeader) / salesColumns,
      );
    const result: Capacity = {
      customers,
      salesAtCap: free(CELL_CAP),
      salesAtWarning: free(CELL_CAP * CELL_WARN_SHARE),
      customerColumns,
      salesColumns,
      otherCells,
      others,
    };
    if (check) {
      // On the emulator: the Sales tab grown to that size fits, one row more does not.
      emu.run(() => grow(sales, result.salesAtCap + 1));
      if (gridCells(emu.workbook) > CELL_CAP) throw new Error('over the cap');
      let refused = false;
      try {
        emu.run(() => sales.insertRowsAfter(sales.getMaxRows(), 1));
      } catch {
        refused = true;
      }
      if (!refused) throw new Error('one more sales row was accepted');
    }
    return result;
  } finally {
    uninstall();
  }
}

export async function benchCapacity(): Promise<void> {
  const rows = CUSTOMER_COUNTS.map(c => capacityFor(c));
  const f = (n: number) => n.toLocaleString('en');
  const first = rows[0];
  console.log(
    `Tabs after "Set up shop" and a first daily run: Customers ${first.customerColumns} columns, Sales ${first.salesColumns} columns; ${first.others} (${f(first.otherCells)} cells).`,
  );
  console.log(
    'Checked on the emulator, which enforces the cap: the Sales tab grown to the size below fits, one row more is refused.\n',
  );
  console.log(
    `| customers | sales rows that fit (10,000,000 cells) | sales rows at the ${CELL_WARN_SHARE * 100} % warning |`,
  );
  console.log('| --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${f(r.customers)} | ${f(r.salesAtCap)} | ${f(r.salesAtWarning)} |`,
    );
  }
}

if (require.main === module) {
  benchCapacity().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
