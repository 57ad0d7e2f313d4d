/**
 * A small formula evaluator: enough for the formulas the add-on writes (custom functions
 * over ranges, with literals, TODAY(), IFERROR, arithmetic and &), not a spreadsheet
 * engine. A formula it can't parse shows #ERROR! and an unknown function #NAME?, as Sheets
 * shows them; the formula text itself is always kept.
 *
 * Custom functions get their arguments the way Sheets passes them (custom functions guide,
 * "Arguments"): a range as a two-dimensional array with '' for blanks and Date objects for
 * dates, a single cell as its value; their two-dimensional result spills down and right,
 * and a spill onto a cell with content gives #REF!.
 *
 * Two rules of that guide are modelled pessimistically, where its words leave room:
 * - "Custom function arguments must be deterministic ... NOW() or RAND() are not allowed
 *   as arguments to a custom function. If a custom function tries to return a value based
 *   on one of these volatile built-in functions, it displays Loading... indefinitely."
 *   An argument that holds a volatile function, or refers to a cell whose formula does
 *   (at any depth), never reaches the function: the cell stays 'Loading...'.
 * - "Times and dates in Sheets become Date objects in Apps Script. If the spreadsheet and
 *   the script use different time zones (a rare problem), the custom function needs to
 *   compensate." The guide does not say how a date crosses. Modelled by default as the
 *   harder case: the cell's wall-clock time in the spreadsheet's zone arrives as the same
 *   wall-clock time in the script's zone (appsscript.json timeZone), and a returned Date
 *   goes back the same way. `customFunctionDates: 'instant'` models the other reading
 *   (the Date is the cell's instant, as getValues gives it), so code can be tested on
 *   both.
 */
import {A1, columnLetters, parseA1, quoteSheet} from './a1';
import {serialOf} from './format';
import {SheetData, Workbook} from './model';
import {CellValue, isDate} from './values';
import {instantOf, rezone, wallOf} from './zoned';

/** null: a truly empty cell (a custom function's null/undefined); '' is an empty string. */
export type Matrix = Array<Array<CellValue | null>>;
type Val = CellValue | Matrix;

export const ERRORS = new Set([
  '#ERROR!',
  '#NAME?',
  '#REF!',
  '#VALUE!',
  '#N/A',
  '#NUM!',
  '#DIV/0!',
  '#NULL!',
]);

function isError(v: unknown): boolean {
  return typeof v === 'string' && ERRORS.has(v);
}

// ---------------------------------------------------------------------------- tokens
type Tok =
  | {t: 'num'; v: number}
  | {t: 'str'; v: string}
  | {t: 'ref'; v: string; start: number; end: number}
  | {t: 'fn'; v: string}
  | {t: 'op'; v: string}
  | {t: '('}
  | {t: ')'}
  | {t: ','};

const REF_RE =
  /^(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}(?:\$?\d+)?)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)/;

export function tokenize(src: string): Tok[] | null {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) return null;
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({t: 'str', v: s});
      continue;
    }
    const num = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
    const rest = src.slice(i);
    const fn = /^([A-Za-z_][\w.]*)\s*\(/.exec(rest);
    const ref = REF_RE.exec(rest);
    if (fn && !(ref && ref[0].length > fn[1].length)) {
      out.push({t: 'fn', v: fn[1].toUpperCase()});
      out.push({t: '('});
      i += fn[0].length;
      continue;
    }
    if (ref && !/^[\w(]/.test(src.slice(i + ref[0].length))) {
      out.push({t: 'ref', v: ref[0], start: i, end: i + ref[0].length});
      i += ref[0].length;
      continue;
    }
    if (num) {
      out.push({t: 'num', v: Number(num[0])});
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_]\w*/.exec(rest);
    if (word) {
      const w = word[0].toUpperCase();
      if (w === 'TRUE' || w === 'FALSE')
        out.push({t: 'num', v: w === 'TRUE' ? 1 : 0});
      else return null;
      i += word[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&=<>%])/.exec(rest);
    if (op) {
      out.push({t: 'op', v: op[0]});
      i += op[0].length;
      continue;
    }
    if (ch === '(') out.push({t: '('});
    else if (ch === ')') out.push({t: ')'});
    else if (ch === ',') out.push({t: ','});
    else return null;
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------- syntax
type Node =
  | {k: 'lit'; v: CellValue}
  | {k: 'ref'; a1: A1}
  | {k: 'call'; name: string; args: Node[]}
  | {k: 'neg'; e: Node}
  | {k: 'pct'; e: Node}
  | {k: 'bin'; op: string; l: Node; r: Node};

class Parser {
  private i = 0;
  constructor(private toks: Tok[]) {}

  parse(): Node | null {
    const n = this.cmp();
    return n && this.i === this.toks.length ? n : null;
  }

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }

  private isOp(...ops: string[]): string | null {
    const t = this.peek();
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : null;
  }

  private binary(next: () => Node | null, ops: string[]): Node | null {
    let l = next();
    let op: string | null;
    while (l && (op = this.isOp(...ops))) {
      this.i++;
      const r = next();
      if (!r) return null;
      l = {k: 'bin', op, l, r};
    }
    return l;
  }

  private cmp = (): Node | null =>
    this.binary(this.cat, ['=', '<>', '<', '>', '<=', '>=']);
  private cat = (): Node | null => this.binary(this.add, ['&']);
  private add = (): Node | null => this.binary(this.mul, ['+', '-']);
  private mul = (): Node | null => this.binary(this.unary, ['*', '/']);

  private unary = (): Node | null => {
    const op = this.isOp('-', '+');
    if (op) {
      this.i++;
      const e = this.unary();
      if (!e) return null;
      return op === '-' ? {k: 'neg', e} : e;
    }
    return this.pow();
  };

  private pow = (): Node | null => {
    let l = this.postfix();
    while (l && this.isOp('^')) {
      this.i++;
      const r = this.postfix();
      if (!r) return null;
      l = {k: 'bin', op: '^', l, r};
    }
    return l;
  };

  private postfix = (): Node | null => {
    let e = this.primary();
    while (e && this.isOp('%')) {
      this.i++;
      e = {k: 'pct', e};
    }
    return e;
  };

  private primary(): Node | null {
    const t = this.toks[this.i++];
    if (!t) return null;
    switch (t.t) {
      case 'num':
        return {k: 'lit', v: t.v};
      case 'str':
        return {k: 'lit', v: t.v};
      case 'ref': {
        const a1 = parseA1(t.v);
        return a1 ? {k: 'ref', a1} : null;
      }
      case '(': {
        const e = this.cmp();
        if (!e || this.toks[this.i++]?.t !== ')') return null;
        return e;
      }
      case 'fn': {
        this.i++; // '('
        const args: Node[] = [];
        if (this.peek()?.t === ')') {
          this.i++;
          return {k: 'call', name: t.v, args};
        }
        for (;;) {
          if (this.peek()?.t === ',' || this.peek()?.t === ')') {
            args.push({k: 'lit', v: ''});
          } else {
            const a = this.cmp();
            if (!a) return null;
            args.push(a);
          }
          const sep = this.toks[this.i++];
          if (sep?.t === ')') return {k: 'call', name: t.v, args};
          if (sep?.t !== ',') return null;
        }
      }
      default:
        return null;
    }
  }
}

export function parseFormula(formula: string): Node | null {
  const toks = tokenize(formula.replace(/^=/, ''));
  return toks ? new Parser(toks).parse() : null;
}

// ---------------------------------------------------------------------------- evaluation
export type CustomFunction = (...args: unknown[]) => unknown;

export interface EvalHost {
  workbook: Workbook;
  /** Custom functions by upper-case name. */
  customFunction(name: string): CustomFunction | undefined;
  /** Calls a custom function as its own read-only execution; throws what it throws. */
  callCustom(fn: CustomFunction, args: unknown[]): unknown;
  now(): Date;
  newDate(ms: number): Date;
  /** The script's time zone (appsscript.json); the spreadsheet's when left out. */
  scriptTimeZone?: string;
  /** How a Date crosses into and out of a custom function; see the top of this file. */
  customFunctionDates?: CustomFunctionDates;
  /** Told of each custom-function call: the cells its arguments and its result hold. */
  onCustomCall?(name: string, cellsIn: number, cellsOut: number): void;
}

/** Cells in a value: every element of a (nested) array, or 1 for a single value. */
export function cellCount(v: unknown): number {
  if (!Array.isArray(v)) return 1;
  let n = 0;
  for (const x of v) n += Array.isArray(x) ? cellCount(x) : 1;
  return n;
}

/**
 * 'script-wall-clock': a date cell's wall-clock time in the spreadsheet's zone becomes
 * that wall-clock time in the script's zone (and back for returned Dates).
 * 'instant': the Date is the instant the cell names in the spreadsheet's zone.
 */
export type CustomFunctionDates = 'script-wall-clock' | 'instant';

/** What a cell shows while a custom function waits for a value that never settles. */
export const LOADING = 'Loading...';

/** Sheets' volatile built-ins: a different result each time they calculate. */
export const VOLATILE_FUNCTIONS = new Set([
  'NOW',
  'TODAY',
  'RAND',
  'RANDBETWEEN',
  'RANDARRAY',
]);

type State = 'running' | 'done';

/** Recomputes every formula and its spill, lazily when the workbook has changed. */
export function recalculate(host: EvalHost): void {
  const wb = host.workbook;
  const state = new Map<string, State>();
  for (const s of wb.sheets) s.spill.clear();
  const key = (s: SheetData, r: number, c: number) => `${s.id}:${r},${c}`;

  const found = new Map<SheetData, Array<[number, number]>>();
  const formulasIn = (s: SheetData) => {
    let list = found.get(s);
    if (list) return list;
    list = [];
    s.rows.forEach((row, i) =>
      row?.forEach((cell, j) => {
        if (cell?.formula) list!.push([i + 1, j + 1]);
      }),
    );
    s.mayHaveFormulas = list.length > 0;
    found.set(s, list);
    return list;
  };

  const evalCell = (s: SheetData, r: number, c: number): void => {
    const k = key(s, r, c);
    const st = state.get(k);
    if (st === 'done') return;
    const cell = s.cell(r, c)!;
    if (st === 'running') {
      cell.value = '#REF!'; // circular dependency
      return;
    }
    state.set(k, 'running');
    const node = parseFormula(cell.formula!);
    let result: Val;
    if (!node) result = '#ERROR!';
    else {
      try {
        result = evaluate(node, s, r, c);
      } catch {
        result = '#ERROR!';
      }
    }
    place(s, r, c, result);
    state.set(k, 'done');
  };

  /** Before reading a block, compute formulas that could fill it (above-left of its end). */
  const settle = (s: SheetData, r2: number, c2: number) => {
    for (const [fr, fc] of formulasIn(s)) {
      if (fr <= r2 && fc <= c2 && !state.has(key(s, fr, fc)))
        evalCell(s, fr, fc);
    }
  };

  const place = (s: SheetData, r: number, c: number, v: Val) => {
    const cell = s.cell(r, c)!;
    if (!Array.isArray(v)) {
      cell.value = v;
      return;
    }
    if (v.length === 0 || v[0].length === 0) {
      cell.value = '#N/A';
      return;
    }
    // A spill needs every other target cell empty and inside the sheet.
    for (let i = 0; i < v.length; i++) {
      for (let j = 0; j < v[i].length; j++) {
        if (i === 0 && j === 0) continue;
        const rr = r + i;
        const cc = c + j;
        if (rr > s.maxRows || cc > s.maxCols || s.hasContent(rr, cc)) {
          cell.value = '#REF!';
          return;
        }
      }
    }
    cell.value = v[0][0] ?? '';
    // An empty string spilled is content, as a formula's "" is in Sheets (getLastRow
    // counts it); only null/undefined from a custom function leave a cell truly empty.
    for (let i = 0; i < v.length; i++) {
      for (let j = 0; j < v[i].length; j++) {
        const x = v[i][j];
        if ((i || j) && x !== null) s.spill.set(`${r + i},${c + j}`, x);
      }
    }
  };

  const readRef = (a1: A1, home: SheetData): Val => {
    const s = a1.sheet === undefined ? home : wb.sheetByName(a1.sheet);
    if (!s) return '#REF!';
    const r2 = a1.openRows ? s.maxRows : (a1.endRow ?? a1.row);
    const c2 = a1.openCols ? s.maxCols : (a1.endCol ?? a1.col);
    if (r2 > s.maxRows || c2 > s.maxCols) return '#REF!';
    settle(s, r2, c2);
    const single =
      !a1.openRows && !a1.openCols && a1.row === r2 && a1.col === c2;
    if (single) return copy(s.valueAt(a1.row, a1.col));
    // Sheets passes an open-ended range whole, blank rows to the end of the sheet included.
    const out: Matrix = [];
    for (let r = a1.row; r <= r2; r++) {
      const row: CellValue[] = [];
      for (let c = a1.col; c <= c2; c++) row.push(copy(s.valueAt(r, c)));
      out.push(row);
    }
    return out;
  };

  const copy = (v: CellValue): CellValue =>
    isDate(v) ? host.newDate(v.getTime()) : v;

  const scriptTz = host.scriptTimeZone ?? wb.timeZone;
  const shifted =
    (host.customFunctionDates ?? 'script-wall-clock') === 'script-wall-clock' &&
    scriptTz !== wb.timeZone;
  // Intl is slow and a sales column repeats its dates: each one is converted once.
  const carried = new Map<number, number>();
  const intoCustom = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(intoCustom);
    if (isDate(v) && shifted) {
      const ms = v.getTime();
      let to = carried.get(ms);
      if (to === undefined) {
        to = rezone(ms, wb.timeZone, scriptTz);
        carried.set(ms, to);
      }
      return host.newDate(to);
    }
    return v;
  };

  /** Whether a formula's value depends on a volatile function, through references too. */
  const volatileCells = new Map<string, boolean>();
  const volatileNode = (n: Node, home: SheetData): boolean => {
    switch (n.k) {
      case 'lit':
        return false;
      case 'ref':
        return volatileRange(n.a1, home);
      case 'neg':
      case 'pct':
        return volatileNode(n.e, home);
      case 'bin':
        return volatileNode(n.l, home) || volatileNode(n.r, home);
      case 'call':
        return (
          VOLATILE_FUNCTIONS.has(n.name) ||
          n.args.some(a => volatileNode(a, home))
        );
    }
  };
  const volatileRange = (a1: A1, home: SheetData): boolean => {
    const s = a1.sheet === undefined ? home : wb.sheetByName(a1.sheet);
    if (!s) return false;
    const r2 = a1.openRows ? s.maxRows : (a1.endRow ?? a1.row);
    const c2 = a1.openCols ? s.maxCols : (a1.endCol ?? a1.col);
    return formulasIn(s).some(([fr, fc]) => {
      if (fr < a1.row || fr > r2 || fc < a1.col || fc > c2) return false;
      const k = key(s, fr, fc);
      const known = volatileCells.get(k);
      if (known !== undefined) return known;
      volatileCells.set(k, false); // a cycle is not volatile by itself
      const node = parseFormula(s.cell(fr, fc)!.formula!);
      const v = node !== null && volatileNode(node, s);
      volatileCells.set(k, v);
      return v;
    });
  };

  const scalar = (v: Val): CellValue =>
    Array.isArray(v) ? (v[0]?.[0] ?? '') : v;

  const num = (v: CellValue): number | string => {
    if (isError(v)) return v as string;
    if (v === '') return 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (isDate(v)) return serialOf(v, wb.timeZone);
    const n = Number(v.trim());
    return v.trim() !== '' && Number.isFinite(n) ? n : '#VALUE!';
  };

  const text = (v: CellValue): string => {
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (isDate(v)) return String(serialOf(v, wb.timeZone));
    return String(v);
  };

  const evaluate = (n: Node, home: SheetData, r: number, c: number): Val => {
    switch (n.k) {
      case 'lit':
        return n.v;
      case 'ref':
        return readRef(n.a1, home);
      case 'neg': {
        const v = num(scalar(evaluate(n.e, home, r, c)));
        return typeof v === 'string' ? v : -v;
      }
      case 'pct': {
        const v = num(scalar(evaluate(n.e, home, r, c)));
        return typeof v === 'string' ? v : v / 100;
      }
      case 'bin':
        return binary(
          n.op,
          scalar(evaluate(n.l, home, r, c)),
          scalar(evaluate(n.r, home, r, c)),
        );
      case 'call':
        return call(n, home, r, c);
    }
  };

  const binary = (op: string, a: CellValue, b: CellValue): CellValue => {
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === '&') return text(a) + text(b);
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      const x = typeof a === 'string' ? a.toLowerCase() : num(a);
      const y = typeof b === 'string' ? b.toLowerCase() : num(b);
      switch (op) {
        case '=':
          return x === y;
        case '<>':
          return x !== y;
        case '<':
          return x < y;
        case '>':
          return x > y;
        case '<=':
          return x <= y;
        default:
          return x >= y;
      }
    }
    const x = num(a);
    const y = num(b);
    if (typeof x === 'string') return x;
    if (typeof y === 'string') return y;
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        return y === 0 ? '#DIV/0!' : x / y;
      default:
        return Math.pow(x, y);
    }
  };

  const call = (
    n: Extract<Node, {k: 'call'}>,
    home: SheetData,
    r: number,
    c: number,
  ): Val => {
    const arg = (i: number) =>
      n.args[i] ? evaluate(n.args[i], home, r, c) : '';
    switch (n.name) {
      case 'TODAY': {
        const d = host.now();
        return host.newDate(dayStart(d.getTime(), wb.timeZone));
      }
      case 'NOW':
        return host.now();
      case 'IFERROR': {
        const v = arg(0);
        return isError(scalar(v)) ? arg(1) : v;
      }
      case 'ARRAYFORMULA':
        return arg(0);
    }
    const fn = host.customFunction(n.name);
    if (!fn) return '#NAME?';
    if (n.args.some(a => volatileNode(a, home))) return LOADING;
    const args = n.args.map(a => intoCustom(evaluate(a, home, r, c)));
    let out: unknown;
    try {
      out = host.callCustom(fn, args);
    } catch {
      host.onCustomCall?.(n.name, cellCount(args), 0);
      return '#ERROR!';
    }
    host.onCustomCall?.(n.name, cellCount(args), cellCount(out));
    return fromCustom(out);
  };

  const fromCustom = (out: unknown): Val => {
    const one = (v: unknown): CellValue | null => {
      if (v === null || v === undefined) return null;
      if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
      if (typeof v === 'string' || typeof v === 'boolean') return v;
      if (isDate(v))
        return new Date(
          shifted ? rezone(v.getTime(), scriptTz, wb.timeZone) : v.getTime(),
        );
      return '#VALUE!';
    };
    if (!Array.isArray(out)) return one(out) ?? '';
    if (out.length === 0) return '#N/A';
    if (!out.some(Array.isArray)) return out.map(v => [one(v)]);
    const width = Math.max(
      ...out.map(row => (Array.isArray(row) ? row.length : 1)),
    );
    return out.map(row => {
      const cells = (Array.isArray(row) ? row : [row]).map(one);
      while (cells.length < width) cells.push(null);
      return cells;
    });
  };

  for (const s of wb.sheets) {
    for (const [r, c] of formulasIn(s)) evalCell(s, r, c);
  }
}

function dayStart(ms: number, tz: string): number {
  const w = wallOf(ms, tz);
  return instantOf(tz, w.year, w.month, w.day);
}

/**
 * Rewrites a formula's references after rows or columns were inserted or deleted on
 * `sheetName` (Sheets adjusts formulas when the grid moves).
 */
export function shiftFormula(
  formula: string,
  homeSheet: string,
  target: string,
  axis: 'row' | 'col',
  at: number,
  delta: number,
): string {
  return rewriteRefs(formula, (ref, a1) =>
    (a1.sheet ?? homeSheet) === target ? moveRef(ref, axis, at, delta) : ref,
  );
}

/** Sheets rewrites references to a sheet that is renamed. */
export function renameInFormula(
  formula: string,
  from: string,
  to: string,
): string {
  return rewriteRefs(formula, (ref, a1) => {
    if (a1.sheet !== from) return ref;
    return `${quoteSheet(to)}!${ref.slice(ref.lastIndexOf('!') + 1)}`;
  });
}

function rewriteRefs(
  formula: string,
  change: (ref: string, a1: A1) => string,
): string {
  const body = formula.slice(1);
  const toks = tokenize(body);
  if (!toks) return formula;
  let out = '';
  let last = 0;
  for (const t of toks) {
    if (t.t !== 'ref') continue;
    const a1 = parseA1(t.v);
    if (!a1) continue;
    out += body.slice(last, t.start) + change(t.v, a1);
    last = t.end;
  }
  return `=${out}${body.slice(last)}`;
}

function moveRef(
  ref: string,
  axis: 'row' | 'col',
  at: number,
  delta: number,
): string {
  const bang = ref.lastIndexOf('!');
  const prefix = bang >= 0 ? ref.slice(0, bang + 1) : '';
  const body = bang >= 0 ? ref.slice(bang + 1) : ref;
  return (
    prefix +
    body
      .split(':')
      .map(p =>
        p.replace(/^(\$?)([A-Za-z]{0,3})(\$?)(\d*)$/, (_, d1, col, d2, row) => {
          if (axis === 'col' && col) {
            let n = 0;
            for (const ch of col.toUpperCase())
              n = n * 26 + ch.charCodeAt(0) - 64;
            if (n >= at) col = columnLetters(n + delta);
          }
          if (axis === 'row' && row && Number(row) >= at)
            row = String(Number(row) + delta);
          return `${d1}${col}${d2}${row}`;
        }),
      )
      .join(':')
  );
}
