/**
 * A tab as a table of typed records, found by header, read in one call and written
 * with as few calls as the cells allow. Every SpreadsheetApp call is a round trip to
 * Google, so the number of calls never depends on the number of rows.
 */
import {Lang, t} from '../domain/i18n';
import {
  CellContext,
  cellText,
  guardText,
  isBlank,
  readCell,
  ReadOutcome,
  reasonText,
  toCell,
  Typed,
  Writable,
} from './cells';
import {ColumnDef, ColumnKind, TabDef} from './schema';
import {findSheet, mapColumns} from './tabs';
import {readHeaderRow, readSheetValues} from './read-values';
import {CellReason, MISSING_TAB, PROBLEM_LINE} from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** One cell that could not be read, as the owner would look for it. */
export interface CellProblem {
  /** Row number as the sheet shows it (the header is row 1). */
  row: number;
  /** The header as written in the sheet. */
  column: string;
  columnKey: string;
  /** The cell's content as text. */
  value: string;
  reason: CellReason;
  /** The whole problem in the reader's language. */
  message: string;
}

export interface TableRow {
  /** Row number as the sheet shows it. */
  row: number;
  /** Typed values of the columns the tab has (missing columns are absent). */
  values: Record<string, Typed>;
  /** The same cells as getValues gave them. */
  readonly raw: Record<string, unknown>;
  problems: CellProblem[];
}

const NO_PROBLEMS: CellProblem[] = Object.freeze(
  [],
) as unknown as CellProblem[];

/**
 * A row keeps a reference to the array getValues gave and builds `raw` only when asked:
 * a million-row tab then holds one object per row fewer, which is the difference between
 * a second and a minute of garbage collection.
 */
class Row implements TableRow {
  private rawCells: Record<string, unknown> | null;

  constructor(
    readonly row: number,
    public values: Record<string, Typed>,
    public problems: CellProblem[],
    private readonly cells: readonly unknown[] | null,
    private readonly columns: readonly ColumnAt[],
  ) {
    this.rawCells = cells ? null : {};
  }

  get raw(): Record<string, unknown> {
    if (!this.rawCells) {
      const raw: Record<string, unknown> = {};
      const cells = this.cells as readonly unknown[];
      for (const c of this.columns) raw[c.def.key] = cells[c.index] ?? '';
      this.rawCells = raw;
    }
    return this.rawCells;
  }
}

/** What callers write: values by column key; undefined keys are left alone. */
export type RecordInput = Readonly<Record<string, unknown>>;

export interface OpenOptions {
  /** The spreadsheet's time zone, when the caller already has it (saves a call). */
  tz?: string;
  /** Read only the header row: for callers that only append. */
  headerOnly?: boolean;
  /** The tab, when the caller already has it. */
  sheet?: Sheet;
  /** The tab's values from A1 (readSheetValues), when already read. */
  values?: unknown[][];
}

interface ColumnAt {
  def: ColumnDef;
  index: number;
}

/** 1-based index of the last row with a non-blank cell outside `skip` columns (1 = header). */
function lastRowOutside(
  values: readonly (readonly unknown[])[],
  skip: ReadonlySet<number>,
): number {
  for (let i = values.length - 1; i > 0; i--) {
    const line = values[i];
    for (let j = 0; j < line.length; j++) {
      if (!skip.has(j) && line[j] !== '' && line[j] !== null) return i + 1;
    }
  }
  return values.length > 0 ? 1 : 0;
}

function plainTextFormat(f: unknown): boolean {
  return f === '@';
}

export class Table {
  /** Header texts as in the sheet, one per column up to the last used one. */
  readonly headers: string[];
  /** key → 0-based column index, for the columns this tab has. */
  readonly columns: ReadonlyMap<string, number>;
  /** Columns of the definition not found in the header row. */
  readonly missing: readonly ColumnDef[];
  /** Data rows that are not blank, in sheet order (empty when opened header-only). */
  readonly rows: TableRow[];
  /**
   * Last row with content when the tab was read (header = 1; 0 for an empty tab; -1 when
   * opened header-only, where it was not asked for).
   */
  lastRow: number;
  /**
   * Last row with content outside Shuke's formula columns. Those formulas sit in row 2
   * and spill down, so on a tab without data yet row 2 is where the first record goes.
   */
  private lastDataRow: number;
  private readonly ctx: CellContext;
  private readonly present: ColumnAt[];
  private byRow: Map<number, TableRow> | null = null;
  private readonly complete: boolean;
  private readonly memo = new Map<string, Map<string, ReadOutcome>>();

  constructor(
    readonly sheet: Sheet,
    readonly def: TabDef,
    lang: Lang,
    tz: string,
    values: readonly (readonly unknown[])[],
    readRows: boolean,
  ) {
    this.ctx = {lang, tz};
    const header = values[0] ?? [];
    this.headers = header.map(h => cellText(h, tz).trim());
    this.columns = mapColumns(this.headers, def);
    this.present = def.columns
      .filter(c => this.columns.has(c.key))
      .map(c => ({def: c, index: this.columns.get(c.key) as number}));
    this.missing = def.columns.filter(c => !this.columns.has(c.key));
    this.lastRow = values.length;
    this.lastDataRow = lastRowOutside(
      values,
      new Set(
        this.present.filter(c => c.def.kind === 'formula').map(c => c.index),
      ),
    );
    this.rows = [];
    this.complete = readRows;
    if (readRows) {
      for (let i = 1; i < values.length; i++) {
        const r = this.toRow(i + 1, values[i]);
        if (r) this.rows.push(r);
      }
    }
  }

  get lang(): Lang {
    return this.ctx.lang;
  }

  get tz(): string {
    return this.ctx.tz;
  }

  has(key: string): boolean {
    return this.columns.has(key);
  }

  /** Every problem of every row, in sheet order. */
  get problems(): CellProblem[] {
    return this.rows.flatMap(r => r.problems);
  }

  /** The record at a sheet row number, if it was read and is not blank. */
  rowAt(row: number): TableRow | undefined {
    if (!this.byRow) this.byRow = new Map(this.rows.map(r => [r.row, r]));
    return this.byRow.get(row);
  }

  private toRow(row: number, cells: readonly unknown[]): TableRow | null {
    let blank = true;
    for (const c of this.present) {
      if (!isBlank(cells[c.index])) {
        blank = false;
        break;
      }
    }
    if (blank) return null;
    const values: Record<string, Typed> = {};
    let problems: CellProblem[] | null = null;
    for (const c of this.present) {
      const v = cells[c.index] ?? '';
      const out = this.read(c, v);
      values[c.def.key] = out.value;
      if (out.reason) {
        problems ??= [];
        problems.push(this.problem(row, c, v, out.reason, out.detail));
      }
    }
    return new Row(row, values, problems ?? NO_PROBLEMS, cells, this.present);
  }

  /**
   * readCell, remembering what a text read as in columns where the same few texts repeat
   * down a million rows (payment methods, statuses): matching an option in three
   * languages is the slowest part of reading a row.
   */
  private read(c: ColumnAt, v: unknown): ReadOutcome {
    if (c.def.kind !== 'enum' || typeof v !== 'string') {
      return readCell(c.def.kind, v, this.ctx, c.def.options);
    }
    let memo = this.memo.get(c.def.key);
    if (!memo) {
      memo = new Map();
      this.memo.set(c.def.key, memo);
    }
    let out = memo.get(v);
    if (!out) {
      out = readCell(c.def.kind, v, this.ctx, c.def.options);
      if (memo.size < 10_000) memo.set(v, out);
    }
    return out;
  }

  private problem(
    row: number,
    c: ColumnAt,
    v: unknown,
    reason: CellReason,
    detail?: Record<string, string>,
  ): CellProblem {
    const column = this.headers[c.index] || c.def.names[this.ctx.lang];
    let value = cellText(v, this.ctx.tz);
    if (value.length > 40) value = `${value.slice(0, 39)}…`;
    const why = reasonText(reason, this.ctx.lang, detail);
    return {
      row,
      column,
      columnKey: c.def.key,
      value,
      reason,
      message: t(PROBLEM_LINE, this.ctx.lang, {
        row,
        column,
        reason: why,
        value,
      }),
    };
  }

  private cellFor(
    c: ColumnAt,
    value: unknown,
  ): {value: Writable; text: boolean} {
    return toCell(c.def.kind, value, this.ctx.lang, c.def.options);
  }

  /**
   * Appends records after the last row with content (never over a row that has any), in
   * one setValues across the columns the records fill. Columns the tab lacks are
   * skipped; the owner's own columns in between are left blank, and a formula column
   * Shuke fills is never written over. Returns the sheet rows written.
   */
  append(records: readonly RecordInput[]): number[] {
    if (records.length === 0) return [];
    if (this.headers.length === 0) {
      throw new Error(`Tab "${this.sheet.getName()}" has no header row`);
    }
    const keys = new Set<string>();
    for (const r of records) {
      for (const k of Object.keys(r)) if (r[k] !== undefined) keys.add(k);
    }
    const written = this.present.filter(c => keys.has(c.def.key));
    if (written.length === 0) return [];
    const first = this.appendRow();
    const grid: Array<Array<{value: Writable; text: boolean}>> = records.map(
      r => {
        const line = new Array(this.headers.length)
          .fill(null)
          .map(() => ({value: '' as Writable, text: false}));
        for (const c of written) line[c.index] = this.cellFor(c, r[c.def.key]);
        return line;
      },
    );
    const skip = new Set(
      this.present
        .filter(c => c.def.kind === 'formula' && !keys.has(c.def.key))
        .map(c => c.index),
    );
    const idx = written.map(c => c.index);
    const spans = columnSpans(Math.min(...idx), Math.max(...idx), skip);
    ensureRows(this.sheet, first + records.length - 1);
    for (const [c0, c1] of spans) {
      this.write(
        first,
        c0,
        grid.map(line => line.slice(c0, c1 + 1)),
      );
    }
    const rows = records.map((_, i) => first + i);
    this.lastRow = Math.max(this.lastRow, first + records.length - 1);
    this.lastDataRow = first + records.length - 1;
    if (this.complete) {
      records.forEach((r, i) => {
        const row = this.afterWrite(rows[i], undefined, r);
        this.rows.push(row);
        this.byRow?.set(row.row, row);
      });
    }
    return rows;
  }

  /**
   * Where appended records go: after the last row with content outside Shuke's formula
   * columns. What was read is trusted only while the sheet still ends where it did then.
   * A header-only table asks the sheet; on a tab whose only row under the header is the
   * formulas' own row 2, one more read tells whether row 2 is still free.
   */
  private appendRow(): number {
    const sheetLast = this.sheet.getLastRow();
    if (this.complete && sheetLast === this.lastRow)
      return this.lastDataRow + 1;
    const formulas = new Set(
      this.present.filter(c => c.def.kind === 'formula').map(c => c.index),
    );
    if (sheetLast === 2 && formulas.size > 0) {
      const row2 = this.sheet
        .getRange(1, 1, 2, this.headers.length)
        .getValues();
      if (lastRowOutside(row2, formulas) === 1) return 2;
    }
    return sheetLast + 1;
  }

  /** Writes some cells of one row; see updateMany. */
  update(row: number, values: RecordInput): number {
    return this.updateMany([{row, values}]);
  }

  /**
   * Writes only the cells that change. When the row was read, a cell whose value is
   * already there is skipped; the cells left are grouped into rectangles of adjacent
   * cells, one setValues each. Returns the number of cells written.
   */
  updateMany(
    updates: ReadonlyArray<{row: number; values: RecordInput}>,
  ): number {
    const cells = new Map<string, {r: number; c: number; v: Cell}>();
    for (const u of updates) {
      if (!(u.row >= 2) || !Number.isInteger(u.row)) {
        throw new Error(`Row ${u.row} is not a data row`);
      }
      const current = this.rowAt(u.row);
      for (const c of this.present) {
        if (!(c.def.key in u.values) || u.values[c.def.key] === undefined) {
          continue;
        }
        const cell = this.cellFor(c, u.values[c.def.key]);
        if (current && this.unchanged(current, c, cell.value)) continue;
        cells.set(`${u.row}:${c.index}`, {r: u.row, c: c.index, v: cell});
      }
    }
    for (const rect of rectangles<Cell>([...cells.values()])) {
      this.write(rect.row, rect.col, rect.cells);
    }
    for (const u of updates) {
      const current = this.rowAt(u.row);
      if (current) this.afterWrite(u.row, current, u.values);
    }
    return cells.size;
  }

  /**
   * The cell already holds this, or means the same: "Resolved" in a Chinese sheet is
   * already resolved, and rewriting it as 已解决 would be a change the owner didn't ask for.
   */
  private unchanged(current: TableRow, c: ColumnAt, next: Writable): boolean {
    const before = current.raw[c.def.key];
    if (sameCell(before, next)) return true;
    const now = current.values[c.def.key];
    const then = readCell(c.def.kind, next, this.ctx, c.def.options).value;
    if (now instanceof Date && then instanceof Date) {
      return now.getTime() === then.getTime();
    }
    return now !== null && now !== '' && now === then && c.def.kind !== 'text';
  }

  private write(row: number, col: number, cells: Cell[][]): void {
    const range: Range = this.sheet.getRange(
      row,
      col + 1,
      cells.length,
      cells[0].length,
    );
    let formats: unknown[][] | null = null;
    const guarded = cells.some(line =>
      line.some(c => c.text && guardText(String(c.value)) !== c.value),
    );
    if (guarded) formats = range.getNumberFormats();
    range.setValues(
      cells.map((line, i) =>
        line.map((c, j) =>
          c.text
            ? guardText(String(c.value), plainTextFormat(formats?.[i]?.[j]))
            : c.value,
        ),
      ),
    );
  }

  /** Keeps the in-memory row in step with what was written. */
  private afterWrite(
    row: number,
    current: TableRow | undefined,
    values: RecordInput,
  ): TableRow {
    const rec: TableRow =
      current ?? new Row(row, {}, NO_PROBLEMS, null, this.present);
    for (const c of this.present) {
      const given = c.def.key in values ? values[c.def.key] : undefined;
      if (given === undefined) {
        if (!current) {
          rec.raw[c.def.key] = '';
          rec.values[c.def.key] = readCell(c.def.kind, '', this.ctx).value;
        }
        continue;
      }
      const cell = this.cellFor(c, given).value;
      rec.raw[c.def.key] = cell;
      const out = readCell(c.def.kind, cell, this.ctx, c.def.options);
      rec.values[c.def.key] = out.value;
      rec.problems = rec.problems.filter(p => p.columnKey !== c.def.key);
      if (out.reason) {
        rec.problems.push(this.problem(row, c, cell, out.reason, out.detail));
      }
    }
    return rec;
  }
}

type Cell = {value: Writable; text: boolean};

function sameCell(a: unknown, b: Writable): boolean {
  if (a instanceof Date && b instanceof Date)
    return a.getTime() === b.getTime();
  if (isBlank(a) && isBlank(b)) return true;
  return a === b;
}

/** [first, last] runs of columns from c0 to c1, skipping the `skip` columns. */
function columnSpans(
  c0: number,
  c1: number,
  skip: ReadonlySet<number>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let c = c0; c <= c1 + 1; c++) {
    const inside = c <= c1 && !skip.has(c);
    if (inside && start < 0) start = c;
    if (!inside && start >= 0) {
      out.push([start, c - 1]);
      start = -1;
    }
  }
  return out;
}

/**
 * Groups cells into rectangles: runs of adjacent cells in a row, then runs of the same
 * columns in consecutive rows merged (a column updated over many rows is one write).
 */
export function rectangles<V>(
  cells: ReadonlyArray<{r: number; c: number; v: V}>,
): Array<{row: number; col: number; cells: V[][]}> {
  type T = {r: number; c: number; v: V};
  const byRow = new Map<number, T[]>();
  for (const x of cells) {
    const list = byRow.get(x.r) ?? [];
    list.push(x);
    byRow.set(x.r, list);
  }
  const runs: Array<{row: number; col: number; values: V[]}> = [];
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const list = (byRow.get(r) as T[]).sort((a, b) => a.c - b.c);
    let cur: {row: number; col: number; values: V[]} | null = null;
    for (const x of list) {
      if (cur && x.c === cur.col + cur.values.length) {
        cur.values.push(x.v);
      } else {
        cur = {row: r, col: x.c, values: [x.v]};
        runs.push(cur);
      }
    }
  }
  const out: Array<{row: number; col: number; cells: V[][]}> = [];
  const open = new Map<string, {row: number; col: number; cells: V[][]}>();
  for (const run of runs) {
    const key = `${run.col}:${run.values.length}`;
    const rect = open.get(key);
    if (rect && rect.row + rect.cells.length === run.row) {
      rect.cells.push(run.values);
    } else {
      const next = {row: run.row, col: run.col, cells: [run.values]};
      out.push(next);
      open.set(key, next);
    }
  }
  return out;
}

/**
 * Makes sure row `last` exists: getRange beyond the grid throws, so a full grid grows.
 * Asked only when the write goes past the grid's known end.
 */
function ensureRows(sheet: Sheet, last: number): void {
  const max = sheet.getMaxRows();
  if (last > max) sheet.insertRowsAfter(max, last - max);
}

/** Opens a tab as a table; null when the spreadsheet has no such tab. */
export function openTable(
  ss: Spreadsheet,
  def: TabDef,
  lang: Lang,
  opts: OpenOptions = {},
): Table | null {
  const sheet = opts.sheet ?? findSheet(ss, def, lang);
  if (!sheet) return null;
  const tz = opts.tz ?? ss.getSpreadsheetTimeZone();
  return tableOfSheet(sheet, def, lang, tz, opts);
}

/** A tab Shuke can't work without is missing: the message tells the owner what to do. */
export class MissingTabError extends Error {
  constructor(
    readonly tab: TabDef['key'],
    lang: Lang,
    name: string,
  ) {
    super(t(MISSING_TAB, lang, {tab: name}));
    this.name = 'MissingTabError';
  }
}

/** openTable, throwing a MissingTabError (in the owner's language) for a missing tab. */
export function mustOpenTable(
  ss: Spreadsheet,
  def: TabDef,
  lang: Lang,
  opts: OpenOptions = {},
): Table {
  const table = openTable(ss, def, lang, opts);
  if (!table) throw new MissingTabError(def.key, lang, def.names[lang]);
  return table;
}

export function tableOfSheet(
  sheet: Sheet,
  def: TabDef,
  lang: Lang,
  tz: string,
  opts: Pick<OpenOptions, 'headerOnly' | 'values'> = {},
): Table {
  let values = opts.values;
  if (!values) {
    if (opts.headerOnly) {
      // The first row in one call; trailing blank headers are trimmed below.
      values = readHeaderRow(sheet);
    } else {
      values = readSheetValues(sheet);
    }
  }
  if (values.length === 1 && values[0].every(isBlank)) values = [];
  if (opts.headerOnly && values.length) {
    const row = values[0];
    let end = row.length;
    while (end > 0 && isBlank(row[end - 1])) end--;
    values = end ? [row.slice(0, end)] : [];
  }
  const table = new Table(sheet, def, lang, tz, values, !opts.headerOnly);
  if (opts.headerOnly) table.lastRow = -1;
  return table;
}

/** Kinds whose values Shuke writes as text. */
export const TEXT_KINDS: ReadonlySet<ColumnKind> = new Set(['text', 'key']);
