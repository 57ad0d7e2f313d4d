/**
 * Appending one row from the counter in as few round trips as Sheets allows, the same on
 * a tab of 100 rows and of 100,000: the header row and the first data row in one read,
 * their number formats only when some text needs guarding, and one appendRow (which
 * finds the end of the data and grows the grid itself). Row 2's formats stand for the
 * column's: Set up shop formats whole columns, and a column formatted as plain text
 * keeps text as is, where an apostrophe would show.
 */
import {cellText, guardText, needsTextGuard, toCell} from '../sheets/cells';
import {ColumnDef, TabDef} from '../sheets/schema';
import {mapColumns} from '../sheets/tabs';
import {Lang} from '../domain/i18n';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A column the counter can't write without is missing from the header row. */
export class MissingColumnError extends Error {
  constructor(
    readonly tab: TabDef,
    readonly column: ColumnDef,
  ) {
    super(`Missing column ${column.key} in ${tab.key}`);
    this.name = 'MissingColumnError';
  }
}

export function appendRecord(
  sheet: Sheet,
  def: TabDef,
  record: Readonly<Record<string, unknown>>,
  lang: Lang,
  tz: string,
  required: readonly string[],
): void {
  openAppend(sheet, def, tz, required)(record, lang);
}

/** Appends one record to a tab whose header openAppend has read and checked. */
export type Appender = (
  record: Readonly<Record<string, unknown>>,
  lang: Lang,
) => void;

/**
 * Reads the tab's header (and row 2) and checks its required columns, throwing
 * MissingColumnError before anything is written; the appender it gives writes without
 * reading the header again. Lets a write that also touches another tab (a sale with a
 * new customer) find out the tab can't take the row before writing anything at all.
 */
export function openAppend(
  sheet: Sheet,
  def: TabDef,
  tz: string,
  required: readonly string[],
): Appender {
  let top: GoogleAppsScript.Spreadsheet.Range;
  try {
    top = sheet.getRange('1:2');
  } catch {
    // A tab cut down to its header row alone has no row 2 to read.
    top = sheet.getRange('1:1');
  }
  const values = top.getValues();
  const header = (values[0] ?? []).map(h => cellText(h, tz).trim());
  const cols = mapColumns(header, def);
  for (const key of required) {
    if (!cols.has(key)) {
      throw new MissingColumnError(
        def,
        def.columns.find(c => c.key === key) as ColumnDef,
      );
    }
  }
  return (record, lang) => writeRecord(sheet, top, cols, def, record, lang);
}

function writeRecord(
  sheet: Sheet,
  top: GoogleAppsScript.Spreadsheet.Range,
  cols: ReadonlyMap<string, number>,
  def: TabDef,
  record: Readonly<Record<string, unknown>>,
  lang: Lang,
): void {
  const cells: Array<{index: number; value: unknown; text: boolean}> = [];
  for (const col of def.columns) {
    const index = cols.get(col.key);
    if (index === undefined || !(col.key in record)) continue;
    const v = record[col.key];
    if (v === undefined) continue;
    const cell = toCell(col.kind, v, lang, col.options);
    cells.push({index, value: cell.value, text: cell.text});
  }
  if (cells.length === 0) return;
  const width = Math.max(...cells.map(c => c.index)) + 1;
  const line: unknown[] = new Array(width).fill('');
  const guarded = cells.some(c => c.text && needsTextGuard(String(c.value)));
  const formats = guarded ? top.getNumberFormats() : null;
  for (const c of cells) {
    line[c.index] = c.text
      ? guardText(String(c.value), formats?.[1]?.[c.index] === '@')
      : c.value;
  }
  sheet.appendRow(line);
}
