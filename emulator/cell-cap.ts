/**
 * Ten million cells: the most a Google spreadsheet holds, counted over the grid of every
 * tab (rows × columns, empty cells included), not over the cells with content.
 *
 * Sources:
 * - "Files you can store in Google Drive" (https://support.google.com/drive/answer/37603):
 *   spreadsheets "up to 10 million cells or 18,278 columns".
 * - Google Workspace Updates, 2022-03-14, "ten million cells"
 *   (https://workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html).
 * - A new tab is 1,000 rows × 26 columns: Spreadsheet.insertSheet
 *   (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet())
 *   gives Google's default grid, the GridProperties a new sheet reports (rowCount 1000,
 *   columnCount 26).
 *
 * The message is the one Apps Script and the Sheets API throw when a change would pass
 * the cap ("Exception: This action would increase the number of cells in the workbook
 * above the limit of 10000000 cells."): no reference page quotes it, it is reported
 * word for word by scripts that hit it (insertSheet, insertRows, appendRow, a resize).
 * Only growth fails: reading, writing inside the grid and deleting never do.
 */
import {SheetsHost} from './host';
import {DEFAULT_COLUMNS, DEFAULT_ROWS, Workbook} from './model';

export const CELL_CAP = 10_000_000;

/** Cells of a tab made by insertSheet. */
export const NEW_TAB_CELLS = DEFAULT_ROWS * DEFAULT_COLUMNS;

export const CELL_CAP_MESSAGE = `This action would increase the number of cells in the workbook above the limit of ${CELL_CAP} cells.`;

/** Every tab's grid, empty cells included: what Google counts against the cap. */
export function gridCells(wb: Workbook): number {
  let n = 0;
  for (const s of wb.sheets) n += s.maxRows * s.maxCols;
  return n;
}

/** Throws Google's error when adding `cells` to the grid would pass the cap. */
export function checkCellCap(host: SheetsHost, cells: number): void {
  if (cells > 0 && gridCells(host.wb) + cells > CELL_CAP) {
    throw host.rt.error(CELL_CAP_MESSAGE);
  }
}
