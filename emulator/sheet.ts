/** SpreadsheetApp.Sheet over the in-memory workbook. */
import {parseA1} from './a1';
import {checkCellCap} from './cell-cap';
import {
  ChartHost,
  chartsOf,
  EmbeddedChart,
  EmbeddedChartBuilder,
  insertChart,
  newChartBuilder,
  removeChart,
  updateChart,
} from './charts';
import {ConditionalFormatRule} from './conditional';
import {MSG} from './errors';
import {renameInFormula, shiftFormula} from './formulas';
import {SheetsHost, typeName} from './host';
import {clearContent, SheetData} from './model';
import {Range} from './range';
import {Need} from './runtime';
import {checkProtectedWrite, Protection} from './protection';
import {CellValue, toCell} from './values';
import {
  allOf,
  cellsUndo,
  formulasUndo,
  sheetCellsUndo,
  sheetUndo,
} from './journal';

/** Writes that move the grid (and every formula's references) rather than cells. */
const GRID = new Set([
  'insertRowsAfter',
  'insertRowsBefore',
  'insertColumnsAfter',
  'insertColumnsBefore',
  'deleteRows',
  'deleteColumns',
]);

export class Sheet {
  constructor(
    private readonly host: SheetsHost,
    readonly data: SheetData,
    private readonly parent: () => unknown,
  ) {}

  private g(method: string, need: Need = 'read'): void {
    this.host.rt.guard('Sheet', method, need);
    if (need === 'write')
      checkProtectedWrite(this.host, this.data, this.host.people);
    // Writes are batched until flush or the end of the execution: a killed execution
    // loses them (runtime.ts). appendRow records its own row.
    if (need !== 'write' || method === 'appendRow') return;
    const {data, host} = this;
    host.rt.journal(() => {
      if (GRID.has(method))
        return allOf(sheetUndo(data), formulasUndo(host.wb));
      if (method === 'setName')
        return allOf(sheetUndo(data, false), formulasUndo(host.wb));
      if (method === 'clear' || method === 'clearContents')
        return sheetCellsUndo(data);
      return sheetUndo(data, false);
    });
  }
  private err(message: string): Error {
    return this.host.rt.error(message);
  }

  /** A range view without a service call (used by the emulator itself). */
  rangeAt(row: number, col: number, rows: number, cols: number): Range {
    return new Range(
      this.host,
      this.data,
      row,
      col,
      rows,
      cols,
      () => new Sheet(this.host, this.data, this.parent),
    );
  }

  private checkInt(v: unknown, args: unknown[]): number {
    if (typeof v !== 'number' || Number.isNaN(v)) {
      throw this.err(
        MSG.signature(
          args.map(typeName).join(','),
          'SpreadsheetApp.Sheet.getRange',
        ),
      );
    }
    return Math.floor(v);
  }

  getName(): string {
    this.g('getName');
    return this.data.name;
  }
  setName(name: string): Sheet {
    this.g('setName', 'write');
    const n = String(name);
    const wb = this.host.wb;
    if (
      wb.sheets.some(
        s => s !== this.data && s.name.toLowerCase() === n.toLowerCase(),
      )
    ) {
      throw this.err(MSG.sheetExists(n));
    }
    const from = this.data.name;
    this.data.name = n;
    for (const sheet of wb.sheets) {
      for (const row of sheet.rows) {
        for (const cell of row ?? []) {
          if (cell?.formula)
            cell.formula = renameInFormula(cell.formula, from, n);
        }
      }
    }
    wb.touch();
    return this;
  }
  /** Sheet.protect: a protection mirroring the file's editors until narrowed. */
  protect(): Protection {
    this.host.rt.guard('Sheet', 'protect', 'write');
    const wb = this.host.wb;
    const data = {
      id: wb.protections.reduce((m, p) => Math.max(m, p.id), 0) + 1,
      sheetId: this.data.id,
      description: '',
      warningOnly: false,
      editors: null,
    };
    wb.protections.push(data);
    return new Protection(this.host, data, this.host.people, () => this);
  }
  getProtections(type: string): Protection[] {
    this.host.rt.guard('Sheet', 'getProtections', 'read');
    if (type !== 'SHEET') return [];
    return this.host.wb.protections
      .filter(p => p.sheetId === this.data.id)
      .map(p => new Protection(this.host, p, this.host.people, () => this));
  }
  getSheetId(): number {
    this.g('getSheetId');
    return this.data.id;
  }
  getIndex(): number {
    this.g('getIndex');
    return this.host.wb.sheets.indexOf(this.data) + 1;
  }
  getParent(): unknown {
    this.g('getParent');
    return this.parent();
  }

  getRange(
    a: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    this.g('getRange');
    const args = [a, column, numRows, numColumns].filter(x => x !== undefined);
    if (typeof a === 'string' && column === undefined) return this.rangeByA1(a);
    const row = this.checkInt(a, args);
    const col = this.checkInt(column, args);
    const nr = numRows === undefined ? 1 : this.checkInt(numRows, args);
    const nc = numColumns === undefined ? 1 : this.checkInt(numColumns, args);
    if (row < 1) throw this.err(MSG.rowTooSmall);
    if (col < 1) throw this.err(MSG.columnTooSmall);
    if (nr < 1) throw this.err(MSG.rowsAtLeastOne);
    if (nc < 1) throw this.err(MSG.columnsAtLeastOne);
    if (row + nr - 1 > this.data.maxRows || col + nc - 1 > this.data.maxCols) {
      throw this.err(MSG.rangeOutside);
    }
    return this.rangeAt(row, col, nr, nc);
  }

  private rangeByA1(text: string): Range {
    const a1 = parseA1(text);
    if (!a1) throw this.err('Range not found');
    let data = this.data;
    if (a1.sheet !== undefined) {
      const other = this.host.wb.sheetByName(a1.sheet);
      if (!other) throw this.err('Range not found');
      data = other;
    }
    const r2 = a1.openRows ? data.maxRows : a1.endRow!;
    const c2 = a1.openCols ? data.maxCols : a1.endCol!;
    if (r2 > data.maxRows || c2 > data.maxCols || a1.row > r2)
      throw this.err(MSG.rangeOutside);
    const view =
      data === this.data ? this : new Sheet(this.host, data, this.parent);
    return view.rangeAt(a1.row, a1.col, r2 - a1.row + 1, c2 - a1.col + 1);
  }

  getDataRange(): Range {
    this.g('getDataRange');
    this.host.ensureCalculated(this.data);
    return this.rangeAt(
      1,
      1,
      Math.max(1, this.data.lastRow()),
      Math.max(1, this.data.lastColumn()),
    );
  }
  /**
   * Sheet.getSheetValues: "Returns the rectangular grid of values for this range starting
   * at the given coordinates. A -1 value given as the row or column position is equivalent
   * to getting the very last row or column that has data in the sheet." Positive counts read
   * like getRange(r, c, nr, nc).getValues(); -1 as a count reads through the last row or
   * column with content. The page is silent on a sheet with no content, on -1 as a start
   * and on other negative counts: the conservative model refuses them all, as a range of no
   * rows, or one starting before row 1, is refused. One call, like every service call.
   */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): CellValue[][] {
    this.g('getSheetValues');
    const args = [startRow, startColumn, numRows, numColumns];
    const method = 'SpreadsheetApp.Sheet.getSheetValues';
    const int = (v: unknown): number => {
      if (typeof v !== 'number' || Number.isNaN(v))
        throw this.err(MSG.signature(args.map(typeName).join(','), method));
      return Math.floor(v);
    };
    const row = int(startRow);
    const col = int(startColumn);
    let nr = int(numRows);
    let nc = int(numColumns);
    if (row < 1) throw this.err(MSG.rowTooSmall);
    if (col < 1) throw this.err(MSG.columnTooSmall);
    this.host.ensureCalculated(this.data);
    if (nr === -1) nr = this.data.lastRow() - row + 1;
    if (nc === -1) nc = this.data.lastColumn() - col + 1;
    if (nr < 1) throw this.err(MSG.rowsAtLeastOne);
    if (nc < 1) throw this.err(MSG.columnsAtLeastOne);
    if (row + nr - 1 > this.data.maxRows || col + nc - 1 > this.data.maxCols) {
      throw this.err(MSG.rangeOutside);
    }
    return this.rangeAt(row, col, nr, nc).valuesWithoutCall();
  }
  getLastRow(): number {
    this.g('getLastRow');
    this.host.ensureCalculated(this.data);
    return this.data.lastRow();
  }
  getLastColumn(): number {
    this.g('getLastColumn');
    this.host.ensureCalculated(this.data);
    return this.data.lastColumn();
  }
  getMaxRows(): number {
    this.g('getMaxRows');
    return this.data.maxRows;
  }
  getMaxColumns(): number {
    this.g('getMaxColumns');
    return this.data.maxCols;
  }

  /** Sheets moves formulas' references when the grid moves. */
  private shiftFormulas(axis: 'row' | 'col', at: number, delta: number): void {
    for (const s of this.host.wb.sheets) {
      for (const row of s.rows) {
        for (const cell of row ?? []) {
          if (cell?.formula) {
            cell.formula = shiftFormula(
              cell.formula,
              s.name,
              this.data.name,
              axis,
              at,
              delta,
            );
          }
        }
      }
    }
    this.host.wb.touch();
  }

  private checkPosition(n: unknown, max: number, method: string): number {
    if (typeof n !== 'number' || n < 1 || n > max) {
      throw this.err(
        MSG.invalidArgument(
          `${method}: position ${String(n)} is outside 1..${max}`,
        ),
      );
    }
    return n;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.g('insertRowsAfter', 'write');
    this.checkPosition(afterPosition, this.data.maxRows, 'insertRowsAfter');
    if (!(howMany >= 1)) throw this.err(MSG.invalidArgument('howMany'));
    checkCellCap(this.host, howMany * this.data.maxCols);
    this.data.insertRows(afterPosition + 1, howMany);
    this.shiftFormulas('row', afterPosition + 1, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.g('insertRowsBefore', 'write');
    this.checkPosition(beforePosition, this.data.maxRows, 'insertRowsBefore');
    checkCellCap(this.host, howMany * this.data.maxCols);
    this.data.insertRows(beforePosition, howMany);
    this.shiftFormulas('row', beforePosition, howMany);
    return this;
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.g('insertColumnsAfter', 'write');
    this.checkPosition(afterPosition, this.data.maxCols, 'insertColumnsAfter');
    if (!(howMany >= 1)) throw this.err(MSG.invalidArgument('howMany'));
    checkCellCap(this.host, howMany * this.data.maxRows);
    this.data.insertColumns(afterPosition + 1, howMany);
    this.shiftFormulas('col', afterPosition + 1, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.g('insertColumnsBefore', 'write');
    this.checkPosition(
      beforePosition,
      this.data.maxCols,
      'insertColumnsBefore',
    );
    checkCellCap(this.host, howMany * this.data.maxRows);
    this.data.insertColumns(beforePosition, howMany);
    this.shiftFormulas('col', beforePosition, howMany);
    return this;
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): Sheet {
    this.g('deleteRows', 'write');
    this.checkPosition(rowPosition, this.data.maxRows, 'deleteRows');
    if (rowPosition + howMany - 1 > this.data.maxRows)
      throw this.err(MSG.rangeOutside);
    if (howMany >= this.data.maxRows)
      throw this.err(
        'Sorry, it is not possible to delete all non-frozen rows.',
      );
    this.data.deleteRows(rowPosition, howMany);
    this.shiftFormulas('row', rowPosition + howMany, -howMany);
    return this;
  }
  deleteRow(rowPosition: number): Sheet {
    return this.deleteRows(rowPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): Sheet {
    this.g('deleteColumns', 'write');
    this.checkPosition(columnPosition, this.data.maxCols, 'deleteColumns');
    if (columnPosition + howMany - 1 > this.data.maxCols)
      throw this.err(MSG.rangeOutside);
    this.data.deleteColumns(columnPosition, howMany);
    this.shiftFormulas('col', columnPosition + howMany, -howMany);
    return this;
  }
  deleteColumn(columnPosition: number): Sheet {
    return this.deleteColumns(columnPosition, 1);
  }

  /** Writes after the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): Sheet {
    this.g('appendRow', 'write');
    if (!Array.isArray(rowContents)) {
      throw this.err(
        MSG.signature(typeName(rowContents), 'SpreadsheetApp.Sheet.appendRow'),
      );
    }
    this.host.ensureCalculated(this.data);
    const row = this.data.lastRow() + 1;
    this.host.rt.journal(() =>
      cellsUndo(this.data, row, 1, 1, Math.max(1, rowContents.length)),
    );
    const rows = Math.max(row, this.data.maxRows);
    const cols = Math.max(rowContents.length, this.data.maxCols);
    checkCellCap(
      this.host,
      rows * cols - this.data.maxRows * this.data.maxCols,
    );
    this.data.maxRows = rows;
    this.data.maxCols = cols;
    const {locale, timeZone} = this.host.wb;
    rowContents.forEach((raw, j) => {
      const existing = this.data.cell(row, j + 1);
      this.data.write(
        row,
        j + 1,
        toCell(raw, existing?.format, locale, timeZone),
      );
    });
    this.host.wb.touch();
    return this;
  }

  setFrozenRows(rows: number): Sheet {
    this.g('setFrozenRows', 'write');
    if (!(rows >= 0) || rows > this.data.maxRows)
      throw this.err(MSG.invalidArgument('rows'));
    this.data.frozenRows = rows;
    return this;
  }
  getFrozenRows(): number {
    this.g('getFrozenRows');
    return this.data.frozenRows;
  }
  setFrozenColumns(columns: number): Sheet {
    this.g('setFrozenColumns', 'write');
    if (!(columns >= 0) || columns > this.data.maxCols)
      throw this.err(MSG.invalidArgument('columns'));
    this.data.frozenCols = columns;
    return this;
  }
  getFrozenColumns(): number {
    this.g('getFrozenColumns');
    return this.data.frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.g('setColumnWidth', 'write');
    this.data.columnWidths[columnPosition] = width;
    return this;
  }
  setColumnWidths(
    startColumn: number,
    numColumns: number,
    width: number,
  ): Sheet {
    this.g('setColumnWidths', 'write');
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.data.columnWidths[c] = width;
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    this.g('getColumnWidth');
    return this.data.columnWidths[columnPosition] ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    this.g('autoResizeColumns', 'write');
    void startColumn;
    void numColumns;
    return this;
  }
  autoResizeColumn(columnPosition: number): Sheet {
    this.g('autoResizeColumn', 'write');
    void columnPosition;
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.g('hideColumns', 'write');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) {
      if (!this.data.hiddenColumns.includes(c)) this.data.hiddenColumns.push(c);
    }
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.g('showColumns', 'write');
    this.data.hiddenColumns = this.data.hiddenColumns.filter(
      c => c < columnIndex || c >= columnIndex + numColumns,
    );
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.g('isColumnHiddenByUser');
    return this.data.hiddenColumns.includes(columnPosition);
  }
  hideSheet(): Sheet {
    this.g('hideSheet', 'write');
    this.data.hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this.g('showSheet', 'write');
    this.data.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.g('isSheetHidden');
    return this.data.hidden;
  }
  setTabColor(color: string | null): Sheet {
    this.g('setTabColor', 'write');
    this.data.tabColor = color;
    return this;
  }
  clear(): Sheet {
    this.g('clear', 'write');
    this.data.rows = [];
    this.host.wb.touch();
    return this;
  }
  clearContents(): Sheet {
    this.g('clearContents', 'write');
    for (const row of this.data.rows) {
      for (const cell of row ?? []) if (cell) clearContent(cell);
    }
    this.host.wb.touch();
    return this;
  }
  activate(): Sheet {
    this.g('activate');
    this.host.wb.activeIndex = this.host.wb.sheets.indexOf(this.data);
    return this;
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.g('setConditionalFormatRules', 'write');
    this.data.conditionalRules = rules.map(r => structuredClone(r.data));
  }
  // ------------------------------------------------------------------ charts (charts.ts)
  private chartHost(): ChartHost {
    const {host} = this;
    return {
      rt: host.rt,
      wb: host.wb,
      rangeOf: ([id, r, c, nr, nc]) => {
        const data = host.wb.sheets.find(s => s.id === id);
        if (!data) throw host.rt.error('The chart refers to a deleted sheet.');
        return new Sheet(host, data, this.parent).rangeAt(r, c, nr, nc);
      },
    };
  }
  newChart(): EmbeddedChartBuilder {
    this.g('newChart', 'free');
    return newChartBuilder(this.chartHost(), this.data);
  }
  insertChart(chart: EmbeddedChart): void {
    this.g('insertChart', 'write');
    insertChart(this.chartHost(), this.data, chart);
  }
  updateChart(chart: EmbeddedChart): void {
    this.g('updateChart', 'write');
    updateChart(this.chartHost(), this.data, chart);
  }
  removeChart(chart: EmbeddedChart): void {
    this.g('removeChart', 'write');
    removeChart(this.chartHost(), this.data, chart);
  }
  getCharts(): EmbeddedChart[] {
    this.g('getCharts');
    return chartsOf(this.chartHost(), this.data);
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.g('getConditionalFormatRules');
    return this.data.conditionalRules.map(
      d =>
        new ConditionalFormatRule(
          this.host.rt,
          structuredClone(d),
          d.ranges.map(([r, c, nr, nc]) => this.rangeAt(r, c, nr, nc)),
        ),
    );
  }
}
