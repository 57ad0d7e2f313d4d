/**
 * Points earned before the Points ledger existed: books made then kept them only in the
 * Sales tab's Points column (and, once compacted, in Sales history's). A balance is the
 * sum of the ledger now, so those points come over once as one opening row per customer.
 *
 * What counts: the Points cells of a customer's sales that stand (a voided sale's are
 * not theirs), and the points of their finished history rows. Whole points only: a
 * cell with a fraction or text that is not a whole number is listed for the owner and
 * counts for nothing, never rounded or guessed. A blank cell counts for nothing either:
 * the old card earned such a sale's points at the rate of the day it was shown, which
 * is a guess today (the rate may have changed), and sales brought in by an import leave
 * the cell blank because the till's points come over as its own opening balances.
 *
 * Sales are matched to customers as the ledger counts keys (customer-keys.ts): a
 * customer's id and phone are one customer, whose row is written under the key the
 * counter gives them (the id, else the phone), so the self-check finds them on the book.
 * A key on no customer's row is listed and not carried: no card would show it.
 */
import {normaliseKey} from '../keys';

export interface CarryCustomer {
  /** The counter's key: the id, else the phone (normalised). */
  key: string;
  /** The phone's key when it differs from the id's; '' when none. */
  alias: string;
  /** The key as the Customers tab writes it (the ledger's Customer cell). */
  bookKey: string;
}

export interface CarryCell {
  /** 1-based row of its tab. */
  row: number;
  customer: unknown;
  points: unknown;
  /** A Sales row's Void cell already read (isVoid); history rows never are. */
  voided?: boolean;
}

export type CarrySource = 'sales' | 'history';

export type CarryIssue = 'unreadable' | 'fraction' | 'noCustomer' | 'negative';

export interface CarryProblem {
  issue: CarryIssue;
  source: CarrySource;
  /** The row of the cell; for noCustomer and negative, the first row of the key. */
  row: number;
  /** The customer's key as the tab writes it. */
  customer: string;
  /** The cell as the tab has it, or the points summed (noCustomer, negative). */
  value: string;
}

export interface CarryRow {
  /** The Customer cell: the key as the Customers tab writes it. */
  customer: string;
  key: string;
  points: number;
}

export interface CarryPlan {
  rows: CarryRow[];
  total: number;
  problems: CarryProblem[];
}

export type PointsRead =
  {ok: true; points: number} | {ok: false; issue: 'unreadable' | 'fraction'};

/** A Points cell: null when blank; a number or whole digits typed as text. */
export function readPointsCell(v: unknown): PointsRead | null {
  if (v === '' || v === null || v === undefined) return null;
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') {
    const s = v.normalize('NFKC').trim().replace(/^−/, '-');
    if (s === '') return null;
    if (!/^[+-]?\d+(\.\d+)?$/.test(s)) return {ok: false, issue: 'unreadable'};
    n = Number(s);
  } else return {ok: false, issue: 'unreadable'};
  if (!Number.isFinite(n)) return {ok: false, issue: 'unreadable'};
  if (!Number.isInteger(n)) return {ok: false, issue: 'fraction'};
  return {ok: true, points: n === 0 ? 0 : n};
}

function textOf(v: unknown): string {
  return typeof v === 'string' ? v : String(v ?? '');
}

/** The opening rows for the customers on the book, in the Customers tab's order. */
export function planCarry(
  customers: readonly CarryCustomer[],
  cells: ReadonlyArray<CarryCell & {source: CarrySource}>,
): CarryPlan {
  // Ids first: a phone that is also another customer's id stays that customer's.
  const owner = new Map<string, CarryCustomer>();
  for (const c of customers) if (!owner.has(c.key)) owner.set(c.key, c);
  for (const c of customers)
    if (c.alias && !owner.has(c.alias)) owner.set(c.alias, c);

  const sums = new Map<string, number>();
  const strays = new Map<
    string,
    {points: number; row: number; source: CarrySource; text: string}
  >();
  const problems: CarryProblem[] = [];
  for (const cell of cells) {
    if (cell.voided) continue;
    const key = normaliseKey(cell.customer);
    if (key === '') continue;
    const read = readPointsCell(cell.points);
    if (read === null) continue;
    if (!read.ok) {
      problems.push({
        issue: read.issue,
        source: cell.source,
        row: cell.row,
        customer: textOf(cell.customer).trim(),
        value: textOf(cell.points),
      });
      continue;
    }
    const who = owner.get(key);
    if (who) {
      sums.set(who.key, (sums.get(who.key) ?? 0) + read.points);
      continue;
    }
    const stray = strays.get(key);
    if (stray) stray.points += read.points;
    else
      strays.set(key, {
        points: read.points,
        row: cell.row,
        source: cell.source,
        text: textOf(cell.customer).trim(),
      });
  }
  for (const s of strays.values()) {
    if (s.points === 0) continue;
    problems.push({
      issue: 'noCustomer',
      source: s.source,
      row: s.row,
      customer: s.text,
      value: String(s.points),
    });
  }

  const rows: CarryRow[] = [];
  let total = 0;
  const done = new Set<string>();
  for (const c of customers) {
    if (done.has(c.key)) continue;
    done.add(c.key);
    const points = sums.get(c.key) ?? 0;
    if (points === 0) continue;
    if (points < 0) {
      // A balance starts at zero or above; what the owner typed below it is theirs to
      // settle, as an adjustment.
      problems.push({
        issue: 'negative',
        source: 'sales',
        row: 0,
        customer: c.bookKey,
        value: String(points),
      });
      continue;
    }
    rows.push({customer: c.bookKey, key: c.key, points});
    total += points;
  }
  problems.sort(
    (a, b) =>
      (a.source === b.source ? 0 : a.source === 'sales' ? -1 : 1) ||
      a.row - b.row,
  );
  return {rows, total, problems};
}

/** The once-only Ref of a customer's carried row. */
export function carriedRef(key: string): string {
  return `carried:${key}`;
}
