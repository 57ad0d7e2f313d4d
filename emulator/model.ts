/**
 * The workbook as data: sheets of sparse cells, each with its stored value, formula,
 * number format and validation. The service objects (Spreadsheet, Sheet, Range) are thin
 * views over this, so serialising the workbook is serialising these classes.
 */
import type {ProtectionData} from './protection';
import type {ChartData} from './charts';
import {RuleData} from './validation';
import {CellValue, Written} from './values';

export interface Cell {
  value: CellValue;
  formula?: string;
  format?: string;
  validation?: RuleData;
  note?: string;
  /** Font weight, colours and the like: recorded, never interpreted. */
  style?: Record<string, unknown>;
}

export interface ConditionalRuleData {
  /** [row, col, numRows, numCols] of each range the rule applies to. */
  ranges: Array<[number, number, number, number]>;
  condition: {type: string; values: unknown[]};
  format: Record<string, unknown>;
}

/** Empties a cell's value and formula; its format, validation and note stay. */
export function clearContent(cell: Cell): void {
  cell.value = '';
  delete cell.formula;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class SheetData {
  rows: Array<Array<Cell | undefined> | undefined> = [];
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  columnWidths: Record<number, number> = {};
  hiddenColumns: number[] = [];
  conditionalRules: ConditionalRuleData[] = [];
  /** Embedded charts (charts.ts), in insertion order. */
  charts: ChartData[] = [];
  /** False only when the sheet is known to hold no formula (skips recalculation). */
  mayHaveFormulas = true;
  /** Values spilled by array results of formulas, "row,col" → value; recomputed. */
  spill = new Map<string, CellValue>();

  constructor(
    public id: number,
    public name: string,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell, created empty if missing. */
  ensure(row: number, col: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= {value: ''});
  }

  /**
   * Stores what toCell made of a written value: the value, its formula (or none any more)
   * and the number format Sheets picks for typed dates, unless the cell has one.
   */
  write(row: number, col: number, w: Written): void {
    const cell = this.ensure(row, col);
    cell.value = w.value;
    if (w.formula) {
      cell.formula = w.formula;
      this.mayHaveFormulas = true;
    } else delete cell.formula;
    if (w.autoFormat && !cell.format) cell.format = w.autoFormat;
  }

  /** What getValues sees: the stored value, else a value spilled into the cell. */
  valueAt(row: number, col: number): CellValue {
    const c = this.cell(row, col);
    if (c && (c.value !== '' || c.formula)) return c.value;
    return this.spill.get(`${row},${col}`) ?? '';
  }

  hasContent(row: number, col: number): boolean {
    const c = this.cell(row, col);
    return (
      (c !== undefined && (c.value !== '' || c.formula !== undefined)) ||
      this.spill.has(`${row},${col}`)
    );
  }

  /** Last row with content (a value or a formula), 0 if none; formats don't count. */
  lastRow(): number {
    // From the end: the rows below the data are usually empty or formats only.
    let last = 0;
    for (let i = this.rows.length - 1; i >= 0 && last === 0; i--) {
      if (this.rows[i]?.some(c => c && (c.value !== '' || c.formula)))
        last = i + 1;
    }
    for (const k of this.spill.keys())
      last = Math.max(last, Number(k.split(',')[0]));
    return last;
  }

  lastColumn(): number {
    // Each row from its end, and only past the last column found so far.
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let j = r.length - 1; j >= last; j--) {
        const c = r[j];
        if (c && (c.value !== '' || c.formula)) {
          last = j + 1;
          break;
        }
      }
    }
    for (const k of this.spill.keys())
      last = Math.max(last, Number(k.split(',')[1]));
    return last;
  }

  insertRows(before: number, count: number): void {
    if (this.rows.length >= before) {
      this.rows.splice(before - 1, 0, ...new Array<undefined>(count));
    }
    this.maxRows += count;
    if (this.frozenRows >= before) this.frozenRows += count;
    for (const rule of this.conditionalRules) {
      for (const r of rule.ranges) if (r[0] >= before) r[0] += count;
    }
  }

  deleteRows(from: number, count: number): void {
    this.rows.splice(from - 1, count);
    this.maxRows -= count;
  }

  insertColumns(before: number, count: number): void {
    for (const r of this.rows) {
      if (r && r.length >= before)
        r.splice(before - 1, 0, ...new Array<undefined>(count));
    }
    this.maxCols += count;
    const widths: Record<number, number> = {};
    for (const [k, w] of Object.entries(this.columnWidths)) {
      const c = Number(k);
      widths[c >= before ? c + count : c] = w;
    }
    this.columnWidths = widths;
    this.hiddenColumns = this.hiddenColumns.map(c =>
      c >= before ? c + count : c,
    );
    for (const rule of this.conditionalRules) {
      for (const r of rule.ranges) if (r[1] >= before) r[1] += count;
    }
  }

  deleteColumns(from: number, count: number): void {
    for (const r of this.rows) if (r) r.splice(from - 1, count);
    this.maxCols -= count;
  }
}

export class Workbook {
  sheets: SheetData[] = [];
  activeIndex = 0;
  nextSheetId = 0;
  /** Chart ids are unique across the spreadsheet (EmbeddedChart.getChartId). */
  nextChartId = 1;
  /** Bumped on every change of a value or formula: formulas recalculate lazily. */
  version = 0;
  calculatedVersion = -1;
  /**
   * Who the file is shared with for editing; undefined = everyone the tests name. Only
   * web apps ask (openById as the user a web app runs as).
   */
  editors: string[] | undefined;
  /** Protected sheets (protection.ts). */
  protections: ProtectionData[] = [];

  constructor(
    public id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
  ) {}

  addSheet(name: string, index?: number): SheetData {
    const s = new SheetData(this.nextSheetId, name);
    this.nextSheetId =
      this.nextSheetId === 0 ? 1_000_001 : this.nextSheetId + 7919;
    if (index === undefined || index >= this.sheets.length) this.sheets.push(s);
    else this.sheets.splice(Math.max(0, index), 0, s);
    this.touch();
    return s;
  }

  sheetByName(name: string): SheetData | undefined {
    return this.sheets.find(s => s.name === name);
  }

  touch(): void {
    this.version++;
  }
}
