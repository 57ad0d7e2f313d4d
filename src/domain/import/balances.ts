/**
 * Balances a till owed its members (points, stored value 储值), brought over as one
 * opening row per customer per ledger. Read as the import reads amounts (1,234.50,
 * RM / S$ / HK$ / NT$ / ¥ before or after); a cell that can't be read, a negative
 * balance or points with a fraction is listed and never guessed or rounded. A customer
 * who already has an opening row gets none again: the same balance is counted as there,
 * a different one is listed for the owner to settle, since the book may be right.
 */
import {LedgerKind} from '../loyalty/wire';
import {normaliseKey} from '../keys';
import {readAmount} from './cells';

export const BALANCE_KINDS: readonly LedgerKind[] = ['points', 'stored'];

export type BalanceRead =
  | {ok: true; value: number}
  | {ok: false; reason: 'blank' | 'unreadable' | 'negative' | 'fraction'};

function isBlank(v: unknown): boolean {
  return (
    v === '' ||
    v === null ||
    v === undefined ||
    (typeof v === 'string' && v.trim() === '')
  );
}

/** A balance cell: money in cents at most, points whole; never below zero. */
export function readBalance(kind: LedgerKind, v: unknown): BalanceRead {
  if (isBlank(v)) return {ok: false, reason: 'blank'};
  if (kind === 'points' && typeof v === 'number') {
    if (!Number.isFinite(v)) return {ok: false, reason: 'unreadable'};
    if (v < 0) return {ok: false, reason: 'negative'};
    return Number.isInteger(v)
      ? {ok: true, value: v}
      : {ok: false, reason: 'fraction'};
  }
  const read = readAmount(v);
  if (!read.ok) return {ok: false, reason: 'unreadable'};
  if (read.value < 0) return {ok: false, reason: 'negative'};
  if (kind === 'points' && !Number.isInteger(read.value))
    return {ok: false, reason: 'fraction'};
  // -0 (a "-0.00" cell) is zero.
  return {ok: true, value: read.value === 0 ? 0 : read.value};
}

/** Whole units of a ledger: points, or cents of money (exact sums and comparisons). */
export function toUnits(kind: LedgerKind, value: number): number {
  return kind === 'stored' ? Math.round(value * 100) : Math.trunc(value);
}

export function fromUnits(kind: LedgerKind, units: number): number {
  return kind === 'stored' ? units / 100 : units;
}

/** One readable row of a customers export and the book's customer it is. */
export interface MemberBalance {
  row: number;
  /** The book's customer id (as written on the Customers tab). */
  id: string;
  /** Whether the import adds this customer (so the notes it writes can keep a cell). */
  added: boolean;
  cells: Partial<Record<LedgerKind, unknown>>;
}

export interface Opening {
  kind: LedgerKind;
  customer: string;
  amount: number;
  row: number;
}

export type BalanceIssue =
  | 'unreadable'
  | 'negative'
  | 'fraction'
  | 'twice'
  | 'differs'
  | 'bookUnreadable'
  | 'noTab';

export interface BalanceProblem {
  row: number;
  kind: LedgerKind;
  issue: BalanceIssue;
  /** The cell as the export has it. */
  value: string;
  /** For 'differs': what the book's opening rows of the customer add up to. */
  book?: number;
  /** For 'bookUnreadable': the ledger tab's row whose change can't be read. */
  bookRow?: number;
  /** The cell's text goes into the notes of the customer the import adds. */
  kept: boolean;
}

/** The opening rows already on the book. */
export interface BookOpenings {
  /** Whether the book has this ledger's tab. */
  has(kind: LedgerKind): boolean;
  /**
   * The changes of a customer's opening rows (by customer key), or [] when none; NaN
   * for a change that can't be read (edited by hand into text).
   */
  of(kind: LedgerKind, customerKey: string): readonly number[];
  /** The sheet row of the first such unreadable opening row, when known. */
  unreadableRow?(kind: LedgerKind, customerKey: string): number | undefined;
}

export interface BalanceTotal {
  customers: number;
  total: number;
}

export interface BalancePlan {
  /** The ledgers the export has a column for. */
  kinds: LedgerKind[];
  openings: Opening[];
  /** Customers whose opening row with this very balance is on the book already. */
  already: number;
  problems: BalanceProblem[];
  totals: Record<LedgerKind, BalanceTotal>;
}

function cellText(v: unknown): string {
  return typeof v === 'string' ? v : String(v ?? '');
}

export function planBalances(
  members: readonly MemberBalance[],
  kinds: readonly LedgerKind[],
  book: BookOpenings,
): BalancePlan {
  const plan: BalancePlan = {
    kinds: [...kinds],
    openings: [],
    already: 0,
    problems: [],
    totals: {
      points: {customers: 0, total: 0},
      stored: {customers: 0, total: 0},
    },
  };
  for (const kind of kinds) {
    // One customer may stand in two rows of an export: their rows are read together.
    const groups = new Map<string, MemberBalance[]>();
    for (const m of members) {
      const k = normaliseKey(m.id);
      if (!k) continue;
      const g = groups.get(k);
      if (g) g.push(m);
      else groups.set(k, [m]);
    }
    let units = 0;
    for (const [key, rows] of groups) {
      const read: Array<{m: MemberBalance; units: number}> = [];
      let refused = 0;
      for (const m of rows) {
        const r = readBalance(kind, m.cells[kind]);
        if (r.ok) read.push({m, units: toUnits(kind, r.value)});
        else if (r.reason !== 'blank') {
          refused++;
          plan.problems.push({
            row: m.row,
            kind,
            issue: r.reason,
            value: cellText(m.cells[kind]),
            kept: m.added,
          });
        }
      }
      if (read.length === 0) continue;
      const first = read[0];
      // Two balances for one customer, or one beside a cell refused: which is owed
      // is the owner's to say.
      if (refused > 0 || read.some(r => r.units !== first.units)) {
        for (const r of read)
          plan.problems.push({
            row: r.m.row,
            kind,
            issue: 'twice',
            value: cellText(r.m.cells[kind]),
            kept: false,
          });
        continue;
      }
      const there = book.has(kind) ? book.of(kind, key) : [];
      if (there.length) {
        // An opening row edited by hand into something else is no sum to compare: the
        // customer stays brought in, and the owner is told which row to look at.
        if (there.some(n => !Number.isFinite(n))) {
          plan.problems.push({
            row: first.m.row,
            kind,
            issue: 'bookUnreadable',
            value: cellText(first.m.cells[kind]),
            bookRow: book.unreadableRow?.(kind, key),
            kept: false,
          });
          continue;
        }
        const sum = there.reduce((a, b) => a + toUnits(kind, b), 0);
        if (sum === first.units) plan.already++;
        else
          plan.problems.push({
            row: first.m.row,
            kind,
            issue: 'differs',
            value: cellText(first.m.cells[kind]),
            book: fromUnits(kind, sum),
            kept: false,
          });
        continue;
      }
      if (first.units === 0) continue;
      if (!book.has(kind)) {
        plan.problems.push({
          row: first.m.row,
          kind,
          issue: 'noTab',
          value: cellText(first.m.cells[kind]),
          kept: false,
        });
        continue;
      }
      plan.openings.push({
        kind,
        customer: first.m.id,
        amount: fromUnits(kind, first.units),
        row: first.m.row,
      });
      plan.totals[kind].customers++;
      units += first.units;
    }
    plan.totals[kind].total = fromUnits(kind, units);
  }
  plan.problems.sort((a, b) => a.row - b.row);
  return plan;
}
