/**
 * Appending one row from the counter, once per request id, in as few round trips as
 * Sheets allows: the tab's data in one call (its header, and its Request ID column, which
 * decides whether this request was written already), row 2's number formats only when
 * some text needs guarding (key columns' formats may come from the counter's context),
 * and one appendRow (which finds the end of the data and grows the
 * grid itself). Row 2's formats stand for the column's: Set up shop formats whole
 * columns, and a column formatted as plain text keeps text as is, where an apostrophe
 * would show.
 *
 * The Request ID column, not the cache, says whether a request was written: the cache
 * may forget (Cache reference), and an execution can die between appending a row and
 * remembering it. A retry of a request whose row is on the tab gets that row back.
 */
import {cellText, guardText, needsTextGuard, toCell} from '../sheets/cells';
import {ColumnDef, TabDef} from '../sheets/schema';
import {mapColumns} from '../sheets/tabs';
import {readSheetValues} from '../sheets/read-values';
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

/** Appends one record to a tab whose data openAppend has read and checked. */
export type Appender = (
  record: Readonly<Record<string, unknown>>,
  lang: Lang,
) => void;

/** A tab read for appending: where a request's row is, and how to add one. */
export interface AppendTab {
  append: Appender;
  /** The sheet row holding this request id (the last one), or null. */
  rowOf(requestId: string): number | null;
  /** A row's raw cells by column key (as getValues gave them). */
  recordAt(row: number): Record<string, unknown>;
  /** Every data row's raw cell in one column (empty when the tab lacks it). */
  column(key: string): unknown[];
}

/** The column that says whether a request was written. */
const REQUEST_ID = 'requestId';

/**
 * Reads the tab (header and data in one call) and checks its required columns,
 * throwing MissingColumnError before anything is written. The Request ID column is always
 * required: without it a retry could not tell whether its row is there.
 */
export function openAppend(
  sheet: Sheet,
  def: TabDef,
  tz: string,
  required: readonly string[],
  plainKeys?: readonly string[],
): AppendTab {
  const values = readSheetValues(sheet);
  const header = (values[0] ?? []).map(h => cellText(h, tz).trim());
  const cols = mapColumns(header, def);
  for (const key of [...required, REQUEST_ID]) {
    if (!cols.has(key)) {
      throw new MissingColumnError(
        def,
        def.columns.find(c => c.key === key) as ColumnDef,
      );
    }
  }
  const idCol = cols.get(REQUEST_ID) as number;
  return {
    append: (record, lang) =>
      writeRecord(sheet, cols, def, record, lang, plainKeys),
    rowOf(requestId) {
      for (let i = values.length - 1; i >= 1; i--) {
        if (cellText(values[i][idCol], tz).trim() === requestId) return i + 1;
      }
      return null;
    },
    column(key) {
      const c = cols.get(key);
      return c === undefined ? [] : values.slice(1).map(line => line[c]);
    },
    recordAt(row) {
      const line = values[row - 1] ?? [];
      const out: Record<string, unknown> = {};
      for (const [key, c] of cols) out[key] = line[c];
      return out;
    },
  };
}

function writeRecord(
  sheet: Sheet,
  cols: ReadonlyMap<string, number>,
  def: TabDef,
  record: Readonly<Record<string, unknown>>,
  lang: Lang,
  plainKeys: readonly string[] | undefined,
): void {
  const cells: Array<{
    index: number;
    value: unknown;
    text: boolean;
    /** Whether the cell is plain text, when known without reading the formats. */
    plain?: boolean;
  }> = [];
  for (const col of def.columns) {
    const index = cols.get(col.key);
    if (index === undefined || !(col.key in record)) continue;
    const v = record[col.key];
    if (v === undefined) continue;
    const cell = toCell(col.kind, v, lang, col.options);
    const plain =
      col.kind === 'key' && plainKeys ? plainKeys.includes(col.key) : undefined;
    cells.push({index, value: cell.value, text: cell.text, plain});
  }
  if (cells.length === 0) return;
  const width = Math.max(...cells.map(c => c.index)) + 1;
  const line: unknown[] = new Array(width).fill('');
  const unknown = cells.some(
    c => c.text && c.plain === undefined && needsTextGuard(String(c.value)),
  );
  const formats = unknown ? rowTwoFormats(sheet, width) : null;
  for (const c of cells) {
    line[c.index] = c.text
      ? guardText(String(c.value), c.plain ?? formats?.[c.index] === '@')
      : c.value;
  }
  sheet.appendRow(line);
}

/**
 * Row 2's number formats: a tab with only its header still has the formats Set up shop
 * gave its columns there. Null for a grid cut down to its header row, whose text is then
 * guarded.
 */
function rowTwoFormats(sheet: Sheet, width: number): string[] | null {
  try {
    return sheet.getRange(2, 1, 1, width).getNumberFormats()[0] ?? null;
  } catch {
    return null;
  }
}
