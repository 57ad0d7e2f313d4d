/**
 * How far a cell's text runs, as Sheets draws it. The default wrap strategy is OVERFLOW:
 * "Overflow lines into the next cell, so long as that cell is empty. If the next cell over
 * is non-empty, this behaves the same as CLIP" (Enum WrapStrategy reference,
 * developers.google.com/apps-script/reference/spreadsheet/wrap-strategy). So a long note
 * runs on over the empty cells to its right and is cut at the first one with anything in
 * it, never shortened to an ellipsis.
 *
 * The page is silent on numbers and on centred or right-aligned text (which Sheets lets
 * run to the left or both ways); those stay in their own cell here, clipped, so a
 * number is never drawn over its neighbour.
 */
import {CellLook} from './snapshot';

export interface OverflowInput {
  values: string[][];
  formulas: string[][];
  kinds: string[][];
  widths: number[];
  looks: Array<Array<CellLook | null>>;
}

/** A cell is empty when it shows nothing and holds no formula (a formula's "" counts). */
function isEmpty(t: OverflowInput, r: number, c: number): boolean {
  const kind = t.kinds[r]?.[c] ?? '';
  return (
    (t.values[r]?.[c] ?? '') === '' &&
    !(t.formulas[r]?.[c] ?? '') &&
    kind !== 'x' &&
    kind !== 'o'
  );
}

export interface Overflow {
  /**
   * How many columns a cell's text may use (1: its own), hidden ones it passes over
   * included; 0 for a cell another cell's text runs over.
   */
  spans: number[][];
  /**
   * The text runs to the end of the columns read, past which the sheet is empty: it may
   * run on beyond them, as far as it is long.
   */
  open: boolean[][];
}

export function overflowSpans(t: OverflowInput): Overflow {
  const spans: number[][] = [];
  const open: boolean[][] = [];
  t.values.forEach((row, r) => {
    const s = row.map(() => 1);
    const o = row.map(() => false);
    for (let c = 0; c < row.length; c++) {
      if (s[c] === 0) continue;
      const look = t.looks[r]?.[c];
      if (row[c] === '' || (t.kinds[r]?.[c] ?? '') !== '') continue;
      if (look?.wrap || (look?.align && look.align !== 'left')) continue;
      let end = c + 1;
      while (end < row.length && isEmpty(t, r, end)) end++;
      for (let k = c + 1; k < end; k++) s[k] = 0;
      s[c] = end - c;
      o[c] = end === row.length;
    }
    spans.push(s);
    open.push(o);
  });
  return {spans, open};
}
