/**
 * What the preview page shows, read from the emulated spreadsheet the way a script would
 * see it: display values (formulas' computed results included), formulas, value types
 * (for alignment), checkboxes, column widths and frozen rows. Also served as JSON
 * (/api/state) for browser tests.
 *
 * How a cell looks (bold, colours, alignment, wrapping) is what Sheets draws from the
 * formats a script set; the emulator records those without a getter for each, so they
 * are read from its workbook model when the caller has one.
 */
import {
  ChartSnapshot,
  HeatSnapshot,
  readCharts,
  readHeat,
} from './chart-snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A cell's formats as Sheets would draw them; absent ones are Sheets' defaults. */
export interface CellLook {
  bold?: true;
  italic?: true;
  strike?: true;
  color?: string;
  background?: string;
  align?: 'left' | 'center' | 'right';
  /** Sheets' default is overflow (WrapStrategy reference). */
  wrap?: 'wrap' | 'clip';
}

/** The recorded formats of a cell, as the emulator's model keeps them. */
export interface StyleSource {
  sheets: ReadonlyArray<{
    name: string;
    cell(
      row: number,
      col: number,
    ): {style?: Record<string, unknown>} | undefined;
    conditionalRules?: readonly ConditionalRule[];
  }>;
}

interface ConditionalRule {
  ranges: ReadonlyArray<readonly number[]>;
  condition: {type: string; values: readonly unknown[]};
  format: Record<string, unknown>;
}

/** Sheets' default column width in pixels (a new sheet's columns). */
export const DEFAULT_COLUMN_WIDTH = 100;

export interface TabSnapshot {
  name: string;
  /** Display values, row by row, from A1 to the last used cell. */
  values: string[][];
  /** Formulas where a cell has one, else ''; same shape as values. */
  formulas: string[][];
  /**
   * 'n' for numbers, 'd' for dates, 'b' for booleans, '' for text and blanks; 'x' for a
   * ticked checkbox and 'o' for an unticked one (a cell under a checkbox rule).
   */
  kinds: string[][];
  /** Each column's width in pixels, 0 for a hidden column. */
  widths: number[];
  /** Formats of the cells that have any; null elsewhere. */
  looks: Array<Array<CellLook | null>>;
  frozenRows: number;
  /** The tab's embedded charts and gradient (heat-map) rules. */
  charts: ChartSnapshot[];
  heat: HeatSnapshot[];
}

export function readTabs(ss: Spreadsheet, styles?: StyleSource): TabSnapshot[] {
  return ss.getSheets().map(sheet => {
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    if (rows === 0 || cols === 0) {
      return {
        name: sheet.getName(),
        values: [],
        formulas: [],
        kinds: [],
        widths: [],
        looks: [],
        frozenRows: sheet.getFrozenRows(),
        charts: readCharts(sheet),
        heat: [],
      };
    }
    const range = sheet.getRange(1, 1, rows, cols);
    const raw = range.getValues();
    const rules = range.getDataValidations();
    const model = styles?.sheets.find(s => s.name === sheet.getName());
    return {
      name: sheet.getName(),
      values: range.getDisplayValues(),
      formulas: range.getFormulas(),
      kinds: raw.map((r, i) =>
        r.map((v, j) => checkbox(v, rules[i][j]) ?? kindOf(v)),
      ),
      widths: widthsOf(sheet, cols),
      looks: withRules(
        raw.map((r, i) =>
          r.map((_, j) => lookOf(model?.cell(i + 1, j + 1)?.style)),
        ),
        raw,
        model?.conditionalRules ?? [],
      ),
      frozenRows: sheet.getFrozenRows(),
      charts: readCharts(sheet),
      heat: readHeat(sheet),
    };
  });
}

function widthsOf(sheet: Sheet, cols: number): number[] {
  const out: number[] = [];
  for (let c = 1; c <= cols; c++) {
    out.push(
      sheet.isColumnHiddenByUser(c)
        ? 0
        : sheet.getColumnWidth(c) || DEFAULT_COLUMN_WIDTH,
    );
  }
  return out;
}

/**
 * A checkbox cell is ticked when it holds the rule's checked value (TRUE unless the rule
 * names another) and unticked otherwise, blank included (DataValidationBuilder
 * requireCheckbox reference); null when the cell has no checkbox rule.
 */
function checkbox(
  v: unknown,
  rule: GoogleAppsScript.Spreadsheet.DataValidation | null,
): string | null {
  if (!rule || String(rule.getCriteriaType()) !== 'CHECKBOX') return null;
  const values = rule.getCriteriaValues();
  const checked = values.length ? values[0] : true;
  return v === checked ? 'x' : 'o';
}

function lookOf(style: Record<string, unknown> | undefined): CellLook | null {
  if (!style) return null;
  const look: CellLook = {};
  if (style.fontWeight === 'bold') look.bold = true;
  if (style.fontStyle === 'italic') look.italic = true;
  if (typeof style.fontColor === 'string') look.color = style.fontColor;
  if (typeof style.background === 'string') look.background = style.background;
  const align = String(style.horizontalAlignment ?? '').toLowerCase();
  if (align === 'left' || align === 'center' || align === 'right') {
    look.align = align;
  }
  const strategy = String(style.wrapStrategy ?? '');
  if (style.wrap === true || strategy === 'WRAP') look.wrap = 'wrap';
  else if (strategy === 'CLIP') look.wrap = 'clip';
  return Object.keys(look).length ? look : null;
}

/**
 * Conditional formats of the one shape Shuke writes (the Sales tab's void rule,
 * `=$N2<>""`: the row struck through and greyed while its Void cell has anything),
 * drawn as Sheets would; other custom formulas are not evaluated here.
 */
function withRules(
  looks: Array<Array<CellLook | null>>,
  raw: unknown[][],
  rules: readonly ConditionalRule[],
): Array<Array<CellLook | null>> {
  const width = raw[0]?.length ?? 0;
  for (const rule of rules) {
    if (rule.condition.type !== 'CUSTOM_FORMULA') continue;
    const m = /^=\$([A-Z]{1,3})(\d+)<>""$/.exec(
      String(rule.condition.values[0] ?? '').replace(/\s+/g, ''),
    );
    if (!m) continue;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    for (const [row0, col0, rows, cols] of rule.ranges) {
      // The formula's row is relative to the range's first row.
      const shift = row0 - Number(m[2]);
      for (let r = row0; r < row0 + rows && r <= raw.length; r++) {
        const ref = raw[r - 1 - shift]?.[col - 1];
        if (ref === '' || ref === undefined) continue;
        for (let c = col0; c < col0 + cols && c <= width; c++) {
          const look: CellLook = {...(looks[r - 1][c - 1] ?? {})};
          if (rule.format.strikethrough === true) look.strike = true;
          if (typeof rule.format.fontColor === 'string') {
            look.color = rule.format.fontColor;
          }
          looks[r - 1][c - 1] = look;
        }
      }
    }
  }
  return looks;
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
