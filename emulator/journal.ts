/**
 * Undo records for sheet writes, so that a killed execution can lose what it had not
 * flushed (see Runtime.journal). Each builder captures the state a write is about to
 * change and returns the function that puts it back.
 */
import {Cell, SheetData, Workbook} from './model';

function copyCell(c: Cell): Cell {
  const out: Cell = {...c};
  if (c.style) out.style = {...c.style};
  return out;
}

/**
 * A cell object as it is now. Restoring puts the same object back with its old fields:
 * other undo records (a row insert's) hold the object, not a copy.
 */
type SavedCell = [Cell, Cell] | undefined;

function save(c: Cell | undefined): SavedCell {
  return c ? [c, copyCell(c)] : undefined;
}

function restore(s: SavedCell): Cell | undefined {
  if (!s) return undefined;
  const [cell, old] = s;
  for (const k of Object.keys(cell))
    delete (cell as unknown as Record<string, unknown>)[k];
  Object.assign(cell, old);
  return cell;
}

/** A rectangle of cells, with the sheet's size and formula flag. */
export function cellsUndo(
  sheet: SheetData,
  row: number,
  col: number,
  rows: number,
  cols: number,
): () => void {
  const saved: SavedCell[] = [];
  for (let i = 0; i < rows; i++) {
    const r = sheet.rows[row - 1 + i];
    for (let j = 0; j < cols; j++) saved.push(save(r?.[col - 1 + j]));
  }
  const {maxRows, maxCols, mayHaveFormulas} = sheet;
  const hadRows = sheet.rows.length;
  return () => {
    let k = 0;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const c = restore(saved[k++]);
        const r = sheet.rows[row - 1 + i];
        if (c) (sheet.rows[row - 1 + i] ??= [])[col - 1 + j] = c;
        else if (r) r[col - 1 + j] = undefined;
      }
    }
    if (sheet.rows.length > hadRows) sheet.rows.length = hadRows;
    Object.assign(sheet, {maxRows, maxCols, mayHaveFormulas});
  };
}

/**
 * Everything about one sheet but its cells' contents: the grid (for inserts and deletes,
 * unless `grid` is false) and its settings (frozen rows, widths, rules...).
 */
export function sheetUndo(sheet: SheetData, grid = true): () => void {
  const saved = {
    ...(grid ? {rows: sheet.rows.map(r => r?.slice())} : {}),
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    frozenRows: sheet.frozenRows,
    frozenCols: sheet.frozenCols,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    name: sheet.name,
    columnWidths: {...sheet.columnWidths},
    hiddenColumns: [...sheet.hiddenColumns],
    conditionalRules: structuredClone(sheet.conditionalRules),
    charts: structuredClone(sheet.charts),
    mayHaveFormulas: sheet.mayHaveFormulas,
  };
  return () => {
    Object.assign(sheet, saved);
  };
}

/** A whole sheet, its cells' contents included (clearing a sheet). */
export function sheetCellsUndo(sheet: SheetData): () => void {
  const cells: SavedCell[] = [];
  for (const r of sheet.rows)
    for (const c of r ?? []) if (c) cells.push(save(c));
  const structure = sheetUndo(sheet);
  return () => {
    for (const c of cells) restore(c);
    structure();
  };
}

/** The formulas of every sheet (renames and row shifts rewrite references everywhere). */
export function formulasUndo(wb: Workbook): () => void {
  const saved: Array<[Cell, string]> = [];
  for (const s of wb.sheets) {
    for (const r of s.rows) {
      for (const c of r ?? []) if (c?.formula) saved.push([c, c.formula]);
    }
  }
  return () => {
    for (const [c, f] of saved) c.formula = f;
  };
}

/** The list of sheets and the workbook's own settings. */
export function workbookUndo(wb: Workbook): () => void {
  const saved = {
    sheets: [...wb.sheets],
    activeIndex: wb.activeIndex,
    nextSheetId: wb.nextSheetId,
    name: wb.name,
    locale: wb.locale,
    timeZone: wb.timeZone,
  };
  return () => {
    Object.assign(wb, saved);
  };
}

/** Several undo records as one, undone last first. */
export function allOf(...undos: Array<() => void>): () => void {
  return () => {
    for (let i = undos.length - 1; i >= 0; i--) undos[i]();
  };
}
