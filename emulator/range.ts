/**
 * SpreadsheetApp.Range over the in-memory workbook. Every method is guarded (execution
 * time, authorisation mode, counted); writes are refused inside custom functions.
 */
import {checkProtectedWrite} from './protection';
import {cellA1, quoteSheet, rangeA1} from './a1';
import {MSG} from './errors';
import {displayOf} from './format';
import {SheetsHost, outValue, typeName} from './host';
import {Cell, clearContent, SheetData} from './model';
import {DataValidation} from './validation-builder';
import {passes, RuleData} from './validation';
import {CellValue, toCell} from './values';
import {cellsUndo} from './journal';

type Need = 'read' | 'write';

export class Range {
  constructor(
    private readonly host: SheetsHost,
    readonly data: SheetData,
    private readonly r: number,
    private readonly c: number,
    private readonly nr: number,
    private readonly nc: number,
    private readonly sheetView: () => unknown,
  ) {}

  private g(method: string, need: Need = 'read'): void {
    this.host.rt.guard('Range', method, need);
    if (need === 'write')
      checkProtectedWrite(this.host, this.data, this.host.people);
    // Writes are batched until flush or the end of the execution (Spreadsheet service
    // overview; SpreadsheetApp.flush): a killed execution loses them.
    if (need === 'write')
      this.host.rt.journal(() =>
        cellsUndo(this.data, this.r, this.c, this.nr, this.nc),
      );
  }

  private err(message: string): Error {
    return this.host.rt.error(message);
  }

  private each(
    fn: (
      cell: Cell | undefined,
      row: number,
      col: number,
      i: number,
      j: number,
    ) => void,
  ): void {
    for (let i = 0; i < this.nr; i++) {
      for (let j = 0; j < this.nc; j++) {
        fn(
          this.data.cell(this.r + i, this.c + j),
          this.r + i,
          this.c + j,
          i,
          j,
        );
      }
    }
  }

  private grid<T>(
    fn: (cell: Cell | undefined, row: number, col: number) => T,
  ): T[][] {
    const out = new this.host.rt.realm.Array<T[]>();
    for (let i = 0; i < this.nr; i++) {
      const row = new this.host.rt.realm.Array<T>();
      for (let j = 0; j < this.nc; j++) {
        row.push(
          fn(this.data.cell(this.r + i, this.c + j), this.r + i, this.c + j),
        );
      }
      out.push(row);
    }
    return out;
  }

  private checkGrid(values: unknown, method: string): unknown[][] {
    if (!Array.isArray(values) || !values.every(Array.isArray)) {
      throw this.err(
        MSG.signature(typeName(values), `SpreadsheetApp.Range.${method}`),
      );
    }
    if (values.length !== this.nr)
      throw this.err(MSG.rowsMismatch(values.length, this.nr));
    for (const row of values as unknown[][]) {
      if (row.length !== this.nc)
        throw this.err(MSG.columnsMismatch(row.length, this.nc));
    }
    return values as unknown[][];
  }

  /** Converts and stores; a rule that rejects invalid data refuses the whole write. */
  private write(raws: (i: number, j: number) => unknown): void {
    const {wb} = this.host;
    const planned: Array<{
      row: number;
      col: number;
      w: ReturnType<typeof toCell>;
    }> = [];
    this.each((cell, row, col, i, j) => {
      const w = toCell(raws(i, j), cell?.format, wb.locale, wb.timeZone);
      const rule = cell?.validation;
      if (rule && !rule.allowInvalid && !w.formula && !passes(rule, w.value)) {
        throw this.err(MSG.validationViolated(cellA1(row, col)));
      }
      planned.push({row, col, w});
    });
    for (const {row, col, w} of planned) this.data.write(row, col, w);
    wb.touch();
  }

  /** Sheet-qualified A1 text, for rules that refer to a range (not a service call). */
  refText(): string {
    return `${quoteSheet(this.data.name)}!${rangeA1(this.r, this.c, this.nr, this.nc)}`;
  }

  /** Position without a service call, for the emulator's own bookkeeping. */
  box(): {
    sheet: SheetData;
    row: number;
    col: number;
    rows: number;
    cols: number;
  } {
    return {
      sheet: this.data,
      row: this.r,
      col: this.c,
      rows: this.nr,
      cols: this.nc,
    };
  }

  // ------------------------------------------------------------------ geometry
  getRow(): number {
    this.g('getRow');
    return this.r;
  }
  getColumn(): number {
    this.g('getColumn');
    return this.c;
  }
  getNumRows(): number {
    this.g('getNumRows');
    return this.nr;
  }
  getNumColumns(): number {
    this.g('getNumColumns');
    return this.nc;
  }
  getLastRow(): number {
    this.g('getLastRow');
    return this.r + this.nr - 1;
  }
  getLastColumn(): number {
    this.g('getLastColumn');
    return this.c + this.nc - 1;
  }
  getA1Notation(): string {
    this.g('getA1Notation');
    return rangeA1(this.r, this.c, this.nr, this.nc);
  }
  getSheet(): unknown {
    this.g('getSheet');
    return this.sheetView();
  }
  getCell(row: number, column: number): Range {
    this.g('getCell');
    if (row < 1 || column < 1 || row > this.nr || column > this.nc) {
      throw this.err(MSG.rangeOutside);
    }
    return this.sub(this.r + row - 1, this.c + column - 1, 1, 1);
  }
  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    this.g('offset');
    const r = this.r + rowOffset;
    const c = this.c + columnOffset;
    const nr = numRows ?? this.nr;
    const nc = numColumns ?? this.nc;
    if (r < 1) throw this.err(MSG.rowTooSmall);
    if (c < 1) throw this.err(MSG.columnTooSmall);
    if (r + nr - 1 > this.data.maxRows || c + nc - 1 > this.data.maxCols) {
      throw this.err(MSG.rangeOutside);
    }
    return this.sub(r, c, nr, nc);
  }
  private sub(r: number, c: number, nr: number, nc: number): Range {
    return new Range(this.host, this.data, r, c, nr, nc, this.sheetView);
  }
  isBlank(): boolean {
    this.g('isBlank');
    this.host.ensureCalculated(this.data);
    let blank = true;
    this.each((_, row, col) => {
      if (this.data.hasContent(row, col)) blank = false;
    });
    return blank;
  }
  activate(): Range {
    this.g('activate');
    return this;
  }

  // ------------------------------------------------------------------ values
  getValues(): CellValue[][] {
    this.g('getValues');
    return this.valuesWithoutCall();
  }
  /** getValues for the emulator itself (Sheet.getSheetValues): no service call counted. */
  valuesWithoutCall(): CellValue[][] {
    this.host.ensureCalculated(this.data);
    return this.grid((_, row, col) =>
      outValue(this.host, this.data.valueAt(row, col)),
    );
  }
  getValue(): CellValue {
    this.g('getValue');
    this.host.ensureCalculated(this.data);
    return outValue(this.host, this.data.valueAt(this.r, this.c));
  }
  getDisplayValues(): string[][] {
    this.g('getDisplayValues');
    this.host.ensureCalculated(this.data);
    const {locale, timeZone} = this.host.wb;
    return this.grid((cell, row, col) =>
      displayOf(this.data.valueAt(row, col), cell?.format, locale, timeZone),
    );
  }
  getDisplayValue(): string {
    this.g('getDisplayValue');
    this.host.ensureCalculated(this.data);
    const {locale, timeZone} = this.host.wb;
    return displayOf(
      this.data.valueAt(this.r, this.c),
      this.data.cell(this.r, this.c)?.format,
      locale,
      timeZone,
    );
  }
  setValues(values: ReadonlyArray<ReadonlyArray<unknown>>): Range {
    this.g('setValues', 'write');
    const grid = this.checkGrid(values, 'setValues');
    this.write((i, j) => grid[i][j]);
    return this;
  }
  setValue(value: unknown): Range {
    this.g('setValue', 'write');
    this.write(() => value);
    return this;
  }
  getFormulas(): string[][] {
    this.g('getFormulas');
    return this.grid(cell => cell?.formula ?? '');
  }
  getFormula(): string {
    this.g('getFormula');
    return this.data.cell(this.r, this.c)?.formula ?? '';
  }
  setFormula(formula: string): Range {
    this.g('setFormula', 'write');
    this.write(() => formula);
    return this;
  }
  setFormulas(formulas: ReadonlyArray<ReadonlyArray<string>>): Range {
    this.g('setFormulas', 'write');
    const grid = this.checkGrid(formulas, 'setFormulas');
    this.write((i, j) => grid[i][j]);
    return this;
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
  }): Range {
    this.g('clear', 'write');
    const all =
      !options ||
      (!options.contentsOnly &&
        !options.formatOnly &&
        !options.validationsOnly);
    this.each(cell => {
      if (!cell) return;
      if (all || options?.contentsOnly) clearContent(cell);
      if (all || options?.formatOnly) {
        delete cell.format;
        delete cell.style;
      }
      if (all || options?.validationsOnly) delete cell.validation;
    });
    this.host.wb.touch();
    return this;
  }
  clearContent(): Range {
    this.g('clearContent', 'write');
    this.each(cell => {
      if (cell) clearContent(cell);
    });
    this.host.wb.touch();
    return this;
  }
  clearFormat(): Range {
    this.g('clearFormat', 'write');
    this.each(cell => {
      if (cell) {
        delete cell.format;
        delete cell.style;
      }
    });
    return this;
  }

  // ------------------------------------------------------------------ formats
  getNumberFormat(): string {
    this.g('getNumberFormat');
    return this.data.cell(this.r, this.c)?.format ?? 'General';
  }
  getNumberFormats(): string[][] {
    this.g('getNumberFormats');
    return this.grid(cell => cell?.format ?? 'General');
  }
  setNumberFormat(numberFormat: string): Range {
    this.g('setNumberFormat', 'write');
    // Like Sheets, a new format changes how values show, not the values already stored:
    // a number stays a number under '@'; only later writes are kept as text.
    this.setEach(cell => {
      cell.format = String(numberFormat);
    });
    return this;
  }
  setNumberFormats(numberFormats: string[][]): Range {
    this.g('setNumberFormats', 'write');
    const grid = this.checkGrid(numberFormats, 'setNumberFormats');
    this.setEach((cell, i, j) => {
      cell.format = String(grid[i][j]);
    });
    return this;
  }
  private setEach(fn: (cell: Cell, i: number, j: number) => void): void {
    for (let i = 0; i < this.nr; i++) {
      for (let j = 0; j < this.nc; j++)
        fn(this.data.ensure(this.r + i, this.c + j), i, j);
    }
  }
  private style(method: string, key: string, value: unknown): Range {
    this.g(method, 'write');
    this.setEach(cell => {
      (cell.style ??= {})[key] = value;
    });
    return this;
  }
  private styles(method: string, key: string, grid: unknown): Range {
    this.g(method, 'write');
    const g = this.checkGrid(grid, method);
    this.setEach((cell, i, j) => {
      (cell.style ??= {})[key] = g[i][j];
    });
    return this;
  }
  setFontWeight(fontWeight: string | null): Range {
    return this.style('setFontWeight', 'fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: unknown[][]): Range {
    return this.styles('setFontWeights', 'fontWeight', fontWeights);
  }
  setFontStyle(fontStyle: string | null): Range {
    return this.style('setFontStyle', 'fontStyle', fontStyle);
  }
  setFontColor(color: string | null): Range {
    return this.style('setFontColor', 'fontColor', color);
  }
  setFontSize(size: number): Range {
    return this.style('setFontSize', 'fontSize', size);
  }
  setFontFamily(family: string | null): Range {
    return this.style('setFontFamily', 'fontFamily', family);
  }
  setBackground(color: string | null): Range {
    return this.style('setBackground', 'background', color);
  }
  setBackgrounds(colors: unknown[][]): Range {
    return this.styles('setBackgrounds', 'background', colors);
  }
  setHorizontalAlignment(alignment: string | null): Range {
    return this.style(
      'setHorizontalAlignment',
      'horizontalAlignment',
      alignment,
    );
  }
  setVerticalAlignment(alignment: string | null): Range {
    return this.style('setVerticalAlignment', 'verticalAlignment', alignment);
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this.style('setWrap', 'wrap', isWrapEnabled);
  }
  setWrapStrategy(strategy: unknown): Range {
    return this.style('setWrapStrategy', 'wrapStrategy', strategy);
  }
  setBorder(...args: unknown[]): Range {
    return this.style('setBorder', 'border', args);
  }
  getFontWeight(): string {
    this.g('getFontWeight');
    return String(
      this.data.cell(this.r, this.c)?.style?.fontWeight ?? 'normal',
    );
  }
  getBackground(): string {
    this.g('getBackground');
    return String(
      this.data.cell(this.r, this.c)?.style?.background ?? '#ffffff',
    );
  }
  setNote(note: string | null): Range {
    this.g('setNote', 'write');
    this.setEach(cell => {
      if (note) cell.note = String(note);
      else delete cell.note;
    });
    return this;
  }
  getNote(): string {
    this.g('getNote');
    return this.data.cell(this.r, this.c)?.note ?? '';
  }

  // ------------------------------------------------------------------ validation
  setDataValidation(rule: DataValidation | null): Range {
    this.g('setDataValidation', 'write');
    const data = rule ? DataValidation.dataOf(rule) : undefined;
    this.setEach(cell => {
      if (data) cell.validation = structuredClone(data);
      else delete cell.validation;
    });
    return this;
  }
  setDataValidations(rules: Array<Array<DataValidation | null>>): Range {
    this.g('setDataValidations', 'write');
    const grid = this.checkGrid(rules, 'setDataValidations') as Array<
      Array<DataValidation | null>
    >;
    this.setEach((cell, i, j) => {
      const rule = grid[i][j];
      if (rule) cell.validation = structuredClone(DataValidation.dataOf(rule));
      else delete cell.validation;
    });
    return this;
  }
  getDataValidation(): DataValidation | null {
    this.g('getDataValidation');
    const v = this.data.cell(this.r, this.c)?.validation;
    return v ? new DataValidation(this.host.rt, structuredClone(v)) : null;
  }
  getDataValidations(): Array<Array<DataValidation | null>> {
    this.g('getDataValidations');
    return this.grid(cell =>
      cell?.validation
        ? new DataValidation(this.host.rt, structuredClone(cell.validation))
        : null,
    );
  }
  clearDataValidations(): Range {
    this.g('clearDataValidations', 'write');
    this.each(cell => {
      if (cell) delete cell.validation;
    });
    return this;
  }
  insertCheckboxes(): Range {
    this.g('insertCheckboxes', 'write');
    const rule: RuleData = {
      type: 'CHECKBOX',
      values: [],
      allowInvalid: true,
      helpText: null,
    };
    this.setEach(cell => {
      cell.validation = structuredClone(rule);
      if (cell.value === '' && !cell.formula) cell.value = false;
    });
    this.host.wb.touch();
    return this;
  }
}
