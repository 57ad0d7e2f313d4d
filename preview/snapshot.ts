/**
 * What the preview page shows, read from the emulated spreadsheet the way a script would
 * see it: display values (formulas' computed results included), formulas, value types
 * (for alignment) and frozen rows. Also served as JSON (/api/state) for browser tests.
 */
import {
  ChartSnapshot,
  HeatSnapshot,
  readCharts,
  readHeat,
} from './chart-snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TabSnapshot {
  name: string;
  /** Display values, row by row, from A1 to the last used cell. */
  values: string[][];
  /** Formulas where a cell has one, else ''; same shape as values. */
  formulas: string[][];
  /** 'n' for numbers, 'd' for dates, 'b' for booleans, '' for text and blanks. */
  kinds: string[][];
  frozenRows: number;
  /** The tab's embedded charts and gradient (heat-map) rules. */
  charts: ChartSnapshot[];
  heat: HeatSnapshot[];
}

export function readTabs(ss: Spreadsheet): TabSnapshot[] {
  return ss.getSheets().map(sheet => {
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    if (rows === 0 || cols === 0) {
      return {
        name: sheet.getName(),
        values: [],
        formulas: [],
        kinds: [],
        frozenRows: sheet.getFrozenRows(),
        charts: readCharts(sheet),
        heat: [],
      };
    }
    const range = sheet.getRange(1, 1, rows, cols);
    const raw = range.getValues();
    return {
      name: sheet.getName(),
      values: range.getDisplayValues(),
      formulas: range.getFormulas(),
      kinds: raw.map(r => r.map(kindOf)),
      frozenRows: sheet.getFrozenRows(),
      charts: readCharts(sheet),
      heat: readHeat(sheet),
    };
  });
}

function kindOf(v: unknown): string {
  if (typeof v === 'number') return 'n';
  if (typeof v === 'boolean') return 'b';
  if (
    v instanceof Object &&
    Object.prototype.toString.call(v) === '[object Date]'
  )
    return 'd';
  return '';
}
