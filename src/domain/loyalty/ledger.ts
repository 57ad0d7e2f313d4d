/**
 * A ledger read from its tab: each customer's balance is the sum of their changes, and
 * nothing else. The "balance after" cells are for people and are not trusted; a row that
 * cannot be read (a change that is not a number, points with a fraction, no customer, a
 * customer not on the book) is reported with its row number and counted for nothing,
 * never guessed. Blank rows are skipped silently: owners leave gaps.
 *
 * Money is summed in cents so that a thousand top-ups of 0.10 are exactly 100.
 */
import {parseMoneyInput} from '../counter/money';
import {normaliseKey} from '../keys';
import {LedgerKind} from './wire';

export type LedgerProblemReason =
  | 'change' // not a number, or a fraction of a point
  | 'customer' // blank
  | 'unknownCustomer' // not on the Customers tab
  | 'reason'; // not one of the reasons (rows are still counted: the change is clear)

export interface LedgerProblem {
  /** The row number as the sheet shows it (the header is row 1). */
  row: number;
  reason: LedgerProblemReason;
  /** The offending cell as text. */
  value: string;
  /** The customer key written on the row ('' when none). */
  customer: string;
}

export interface LedgerEntry {
  row: number;
  /** The customer key as normaliseKey gives it. */
  key: string;
  /** The Customer cell as written (trimmed text). */
  customer: string;
  /** Points, or money in cents. */
  units: number;
  /** The Date cell, or null when the When cell is not a date. */
  when: Date | null;
  /** Reason option key, or the cell's text when unknown. */
  reason: string;
  ref: string;
  /** The Balance after cell when it is a number, in units. */
  balanceAfter: number | null;
}

export interface LedgerReadOptions {
  kind: LedgerKind;
  /** Reads a Reason cell into its option key, null when it is none of them. */
  reason: (cell: unknown) => string | null;
  /** The customers on the book, by key: rows for anyone else are reported. */
  known?: (key: string) => boolean;
  /** Text of a cell, for reports. */
  text: (cell: unknown) => string;
}

export class Ledger {
  readonly entries: LedgerEntry[] = [];
  readonly problems: LedgerProblem[] = [];
  private readonly sums = new Map<string, number>();
  /**
   * Refs as read, looked up from the end when asked: a write asks two or three times,
   * and a set of 200,000 refs would cost more to build than every lookup together.
   */
  private readonly refCells: string[] = [];
  private readonly written = new Set<string>();

  constructor(readonly kind: LedgerKind) {}

  /** Whole points, or money in the currency (from cents). */
  fromUnits(units: number): number {
    return this.kind === 'stored' ? units / 100 : units;
  }

  toUnits(value: number): number {
    return this.kind === 'stored' ? Math.round(value * 100) : Math.trunc(value);
  }

  /** A customer's balance: the sum of their readable changes. */
  balance(customer: unknown): number {
    return this.fromUnits(this.sums.get(normaliseKey(customer)) ?? 0);
  }

  /** The balance of a customer known under several keys (their id and their phone). */
  balanceOfKeys(keys: readonly unknown[]): number {
    const seen = new Set<string>();
    let units = 0;
    for (const k of keys) {
      const key = normaliseKey(k);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      units += this.sums.get(key) ?? 0;
    }
    return this.fromUnits(units);
  }

  hasRef(ref: string): boolean {
    const want = ref.trim();
    if (want === '') return false;
    if (this.written.has(want)) return true;
    const cells = this.refCells;
    for (let i = cells.length - 1; i >= 0; i--) {
      const c = cells[i];
      if (c === want || (c.length > want.length && c.trim() === want))
        return true;
    }
    return false;
  }

  /**
   * Records a row: one read from the tab, or one `written` now, so later writes of the
   * same step see its ref.
   */
  add(entry: LedgerEntry, written = false): void {
    this.entries.push(entry);
    if (written && entry.ref !== '') this.written.add(entry.ref);
    this.sums.set(entry.key, (this.sums.get(entry.key) ?? 0) + entry.units);
  }

  /** A ref read from the tab (kept as read; hasRef trims). */
  addRef(ref: string): void {
    this.refCells.push(ref);
  }

  /** Entries of a customer (any of their keys), oldest first as on the tab. */
  entriesOf(keys: readonly unknown[]): LedgerEntry[] {
    const want = new Set(keys.map(normaliseKey).filter(k => k !== ''));
    return this.entries.filter(e => want.has(e.key));
  }

  problemsOf(keys: readonly unknown[]): LedgerProblem[] {
    const want = new Set(keys.map(normaliseKey).filter(k => k !== ''));
    return this.problems.filter(p => want.has(normaliseKey(p.customer)));
  }
}

function blank(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

/** A change cell in units (points, or cents), or null when it cannot be read. */
export function readChange(cell: unknown, kind: LedgerKind): number | null {
  let n: number;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return null;
    n = cell;
  } else if (typeof cell === 'string') {
    // Typed by hand: "+100", "−50", "¥12.50"; parseMoneyInput refuses what could mean two
    // amounts ("1,5"), and a plus sign is only a sign.
    const s = cell.normalize('NFKC').trim().replace(/^\+/, '');
    const m = parseMoneyInput(s);
    if (!m.ok) return null;
    n = m.value;
  } else {
    return null;
  }
  if (kind === 'points') {
    // A fraction of a point is not a point: reported, not rounded.
    return Number.isInteger(n) ? n : null;
  }
  const cents = Math.round(n * 100);
  // More than cents (12.345) was not typed as money.
  return Math.abs(cents - n * 100) < 1e-6 ? cents : null;
}

/** Reads a ledger's rows (header excluded) into balances and problems. */
/** A ledger's columns as getValues gave them (header excluded), by column. */
export interface LedgerColumns {
  date: readonly unknown[];
  customer: readonly unknown[];
  change: readonly unknown[];
  balance: readonly unknown[];
  reason: readonly unknown[];
  ref: readonly unknown[];
}

/**
 * Reads a ledger's rows into balances and problems. Column by column, one pass, no
 * object a row besides its entry: a 200,000-row ledger is read at every sale.
 */
export function readLedger(
  cols: LedgerColumns,
  opts: LedgerReadOptions,
): Ledger {
  const ledger = new Ledger(opts.kind);
  // Customers and reasons recur on many rows: each is read once.
  const keys = new Map<unknown, string>();
  const n = Math.max(cols.customer.length, cols.change.length, cols.ref.length);
  const problem = (
    row: number,
    reason: LedgerProblemReason,
    cell: unknown,
    customer: string,
  ) =>
    ledger.problems.push({
      row,
      reason,
      value: blank(cell) ? '' : opts.text(cell),
      customer,
    });
  for (let i = 0; i < n; i++) {
    const row = i + 2;
    const refCell = cols.ref[i];
    const refText = blank(refCell) ? '' : opts.text(refCell);
    // A ref is taken even on a row that can't be read: its request was written once,
    // and writing it again would double it once the owner fixes the row.
    if (refText !== '') ledger.addRef(refText);
    const customerCell = cols.customer[i];
    const changeCell = cols.change[i];
    if (blank(customerCell) && blank(changeCell)) continue;
    let key = keys.get(customerCell);
    if (key === undefined) {
      key = normaliseKey(customerCell);
      keys.set(customerCell, key);
    }
    const customer = blank(customerCell) ? '' : opts.text(customerCell).trim();
    if (key === '') {
      problem(row, 'customer', customerCell, customer);
      continue;
    }
    const units = readChange(changeCell, opts.kind);
    if (units === null) {
      problem(row, 'change', changeCell, customer);
      continue;
    }
    if (opts.known && !opts.known(key)) {
      problem(row, 'unknownCustomer', customerCell, customer);
      continue;
    }
    const reasonCell = cols.reason[i];
    const reason = opts.reason(reasonCell);
    if (reason === null && !blank(reasonCell))
      problem(row, 'reason', reasonCell, customer);
    const date = cols.date[i];
    ledger.add({
      row,
      key,
      customer,
      units,
      when: date instanceof Date ? date : null,
      reason: reason ?? (blank(reasonCell) ? '' : opts.text(reasonCell)),
      ref: refText === '' ? '' : refText.trim(),
      balanceAfter: readChange(cols.balance[i], opts.kind),
    });
  }
  return ledger;
}
