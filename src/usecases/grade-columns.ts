/**
 * What stands in the Customers tab's computed columns, read from row 2's formulas and the
 * values below, and how they group into runs of adjacent columns that one
 * CUSTOMER_FIGURES formula can fill. Pure: the caller reads the sheet once.
 *
 * A spilled cell has no formula of its own (Range.getFormulas gives '' for it), so what
 * stands below row 2 of a column is told apart by where it comes from: the column's own
 * formula (ours), a CUSTOMER_FIGURES formula to its left whose fields reach it (spill),
 * or the owner's typing (owner data, never written over).
 */

/** Formulas Shuke wrote (any of its functions), told apart from an owner's. */
export const OURS =
  /^=\s*(?:CUSTOMER_(?:FIGURES|GRADE|PER_MONTH|LAST_VISIT|DAYS_SINCE|SPEND|SEGMENT|LIFECYCLE|VALUE)|GRADE)\s*\(/i;

const FIGURES_CALL = /^=\s*CUSTOMER_FIGURES\s*\(/i;
/** Its last argument, the fields, when written as text. */
const FIELDS_ARG = /,\s*"([^"]*)"\s*(?:,[^,"]*)?\)\s*$/;
/** CUSTOMER_FIGURES without `fields` fills the five default columns. */
const DEFAULT_WIDTH = 5;

export type ColumnState =
  | 'ours' // row 2 holds one of Shuke's formulas
  | 'spill' // filled by a CUSTOMER_FIGURES formula to its left
  | 'empty'
  | 'ownerFormula'
  | 'ownerData';

export interface ColumnRead<C extends string> {
  column: C;
  /** Position in the block read (0 = its first column). */
  offset: number;
  /** Row 2's formula ('' when none). */
  formula: string;
  state: ColumnState;
  /** The first row (1-based) of the owner's data, when state is ownerData. */
  row?: number;
}

/** How many columns a CUSTOMER_FIGURES formula fills. */
export function figuresWidth(formula: string): number {
  if (!FIGURES_CALL.test(formula)) return 1;
  const m = FIELDS_ARG.exec(formula);
  if (!m) return DEFAULT_WIDTH;
  const n = m[1].split(/[\s,;，；]+/).filter(Boolean).length;
  return n || DEFAULT_WIDTH;
}

const has = (v: unknown) => v !== '' && v !== null && v !== undefined;

/**
 * `row2`: the formulas of row 2 over the block; `values`: the block from row 2 down.
 */
export function classifyColumns<C extends string>(
  columns: ReadonlyArray<{column: C; offset: number}>,
  row2: readonly string[],
  values: readonly unknown[][],
): Array<ColumnRead<C>> {
  // Offsets reached by a working CUSTOMER_FIGURES spill (a blocked one shows #REF!).
  const spilled = new Set<number>();
  row2.forEach((f, j) => {
    if (!f || !OURS.test(f) || values[0]?.[j] === '#REF!') return;
    for (let k = 1; k < figuresWidth(f); k++) spilled.add(j + k);
  });
  return columns.map(({column, offset}) => {
    const formula = row2[offset] ?? '';
    const base = {column, offset, formula};
    if (formula !== '') {
      return {...base, state: OURS.test(formula) ? 'ours' : 'ownerFormula'};
    }
    if (spilled.has(offset)) return {...base, state: 'spill'};
    const i = values.findIndex(line => has(line[offset]));
    return i < 0
      ? {...base, state: 'empty'}
      : {...base, state: 'ownerData', row: i + 2};
  });
}

/** The columns Shuke may fill, in runs of adjacent ones, each in sheet order. */
export function runsOf<C extends string>(
  states: ReadonlyArray<ColumnRead<C>>,
): Array<Array<ColumnRead<C>>> {
  const usable = states
    .filter(
      s => s.state === 'ours' || s.state === 'spill' || s.state === 'empty',
    )
    .sort((a, b) => a.offset - b.offset);
  const runs: Array<Array<ColumnRead<C>>> = [];
  for (const s of usable) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].offset === s.offset - 1) run.push(s);
    else runs.push([s]);
  }
  return runs;
}

/**
 * The first cell with content in a run's spill area (below the head's row 2, and from
 * row 2 in the others): what blocks a spill that shows #REF!.
 */
export function firstContent<C extends string>(
  values: readonly unknown[][],
  run: ReadonlyArray<ColumnRead<C>>,
  headFrom: number,
): {column: C; row: number} | null {
  for (let i = 0; i < values.length; i++) {
    for (const [k, st] of run.entries()) {
      if (k === 0 && i < headFrom) continue;
      if (has(values[i][st.offset])) return {column: st.column, row: i + 2};
    }
  }
  return null;
}
