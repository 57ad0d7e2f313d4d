/**
 * Opening rows on the Points and Stored value ledgers for the balances a customers
 * export carries. Each ledger is read once (its rows are the authority), the openings
 * are appended in one write per ledger (a thousand members are one setValues, not a
 * thousand appendRow calls), under the import's lock.
 *
 * An opening row's Ref is "opening|<batch>|<customer id>". The batch lets an undo find
 * the rows its import wrote; once-only is per customer, not per batch: a customer with
 * any opening row on the tab gets none again, so the same export imported twice, or a
 * run killed between two writes and run again (a new batch), adds nothing twice.
 */
import {Lang, t} from '../../domain/i18n';
import {OPENING_NOTE} from '../../domain/import/balance-texts';
import {
  BALANCE_KINDS,
  BalancePlan,
  BookOpenings,
  fromUnits,
  MemberBalance,
  planBalances,
  toUnits,
} from '../../domain/import/balances';
import {ImportPlan} from '../../domain/import/plan';
import {normaliseKey} from '../../domain/keys';
import {LedgerKind} from '../../domain/loyalty/wire';
import {cellText} from '../../sheets/cells';
import {openTable, Table} from '../../sheets/table';
import {ledgerDef, ledgerOfColumns} from '../loyalty/ledger-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type Ledgers = Record<LedgerKind, Table | null>;

const PREFIX = 'opening|';

export function openingRef(batch: string, customer: string): string {
  return `${PREFIX}${batch}|${customer}`;
}

/** The batch of an opening row's Ref; null for any other row. */
export function batchOfRef(ref: unknown): string | null {
  const s = typeof ref === 'string' ? ref.trim() : '';
  if (!s.startsWith(PREFIX)) return null;
  const end = s.indexOf('|', PREFIX.length);
  return end > PREFIX.length ? s.slice(PREFIX.length, end) : null;
}

/**
 * The two ledgers, each read in one call; a ledger missing (Set up shop not run since
 * loyalty came) or without its Ref column is null: nothing can be written to it once-only.
 */
export function openLedgers(ss: Spreadsheet, lang: Lang, tz: string): Ledgers {
  const open = (kind: LedgerKind) => {
    const table = openTable(ss, ledgerDef(kind), lang, {tz});
    return table && table.has('requestId') && table.has('customer')
      ? table
      : null;
  };
  return {points: open('points'), stored: open('stored')};
}

function openingsOf(ledgers: Ledgers): BookOpenings {
  const byKind = new Map<LedgerKind, Map<string, number[]>>();
  const unreadable = new Map<LedgerKind, Map<string, number>>();
  for (const kind of BALANCE_KINDS) {
    const table = ledgers[kind];
    if (!table) continue;
    const out = new Map<string, number[]>();
    const bad = new Map<string, number>();
    for (const r of table.rows) {
      if (batchOfRef(cellText(r.raw.requestId, table.tz)) === null) continue;
      const key = normaliseKey(r.raw.customer);
      const change = r.raw.change;
      // A change edited into text still marks the customer as brought in: NaN then
      // matches no balance, so the export's is listed as differing, never added twice.
      const n = typeof change === 'number' ? change : NaN;
      if (!Number.isFinite(n) && !bad.has(key)) bad.set(key, r.row);
      const list = out.get(key);
      if (list) list.push(n);
      else out.set(key, [n]);
    }
    byKind.set(kind, out);
    unreadable.set(kind, bad);
  }
  return {
    has: kind => byKind.has(kind),
    of: (kind, key) => byKind.get(kind)?.get(key) ?? [],
    unreadableRow: (kind, key) => unreadable.get(kind)?.get(key),
  };
}

/** The balances of a customers export, planned against the ledgers as they are. */
export function planOpenings(
  plan: ImportPlan,
  values: readonly (readonly unknown[])[],
  columns: Partial<Record<string, number>>,
  ledgers: Ledgers,
): BalancePlan {
  const kinds = BALANCE_KINDS.filter(k => columns[k] !== undefined);
  const members: MemberBalance[] =
    plan.format.kind === 'customers'
      ? plan.members.map(m => {
          const line = values[m.row - 1] ?? [];
          const cells: MemberBalance['cells'] = {};
          for (const k of kinds) cells[k] = line[columns[k] as number];
          return {...m, cells};
        })
      : [];
  return planBalances(members, kinds, openingsOf(ledgers));
}

/** Appends the opening rows, one write per ledger; Balance after as the card sums it. */
export function writeOpenings(
  ledgers: Ledgers,
  plan: BalancePlan,
  batch: string,
  when: Date,
  format: string,
  lang: Lang,
): number {
  let written = 0;
  for (const kind of BALANCE_KINDS) {
    const table = ledgers[kind];
    const rows = plan.openings.filter(o => o.kind === kind);
    if (!table || !rows.length) continue;
    appendOpeningRows(
      table,
      kind,
      rows.map(o => ({
        customer: o.customer,
        amount: o.amount,
        ref: openingRef(batch, o.customer),
      })),
      when,
      t(OPENING_NOTE, lang, {format}),
    );
    written += rows.length;
  }
  return written;
}

/**
 * Opening rows (a balance a customer had before the ledger held it) appended in one
 * write: reason Adjustment, Balance after as the card sums it. Shared by the import's
 * balances and the points carried from the Sales tab (loyalty/carry-points.ts).
 */
export function appendOpeningRows(
  table: Table,
  kind: LedgerKind,
  rows: ReadonlyArray<{customer: string; amount: number; ref: string}>,
  when: Date,
  note: string,
): void {
  const ledger = ledgerOfColumns(
    kind,
    k => table.rows.map(r => r.raw[k]),
    table.tz,
  );
  table.append(
    rows.map(o => ({
      date: when,
      customer: o.customer,
      change: o.amount,
      balance: fromUnits(
        kind,
        toUnits(kind, ledger.balance(o.customer)) + toUnits(kind, o.amount),
      ),
      reason: 'adjustment',
      requestId: o.ref,
      staff: '',
      note,
    })),
  );
}

/**
 * The sheet rows of each ledger an import's batch wrote, and how many of them stay: an
 * opening balance the customer has spent from or added to since (a row below it) is
 * kept, with its customer, as the undo keeps a customer with sales logged since, so no
 * balance the counter has worked with goes below zero or is left without its customer.
 *
 * `created` are the keys of the customers the batch added. A run killed after writing
 * them and run again (a new batch) writes their opening rows under the second batch;
 * those rows are returned in `others`, for the undo to remove with the customers it
 * removes, so no balance is left under a customer who is gone. Used since, they keep
 * their customer as the batch's own would.
 */
export function openingRowsOf(
  ledgers: Ledgers,
  batch: string,
  created: ReadonlySet<string> = new Set(),
): {
  rows: Record<LedgerKind, number[]>;
  kept: number;
  /** Keys of the customers whose opening rows stay: the undo keeps them too. */
  keptCustomers: Set<string>;
  /** Other batches' unused opening rows of the customers the batch added. */
  others: Record<LedgerKind, Array<{row: number; customer: string}>>;
} {
  const rows: Record<LedgerKind, number[]> = {points: [], stored: []};
  const others: Record<LedgerKind, Array<{row: number; customer: string}>> = {
    points: [],
    stored: [],
  };
  let kept = 0;
  const keptCustomers = new Set<string>();
  if (batch === '') return {rows, kept, keptCustomers, others};
  for (const kind of BALANCE_KINDS) {
    const table = ledgers[kind];
    if (!table) continue;
    const lastOther = new Map<string, number>();
    for (const r of table.rows) {
      if (batchOfRef(cellText(r.raw.requestId, table.tz)) !== null) continue;
      const key = normaliseKey(r.raw.customer);
      lastOther.set(key, Math.max(lastOther.get(key) ?? 0, r.row));
    }
    for (const r of table.rows) {
      const of = batchOfRef(cellText(r.raw.requestId, table.tz));
      if (of === null) continue;
      const key = normaliseKey(r.raw.customer);
      const mine = of === batch;
      if (!mine && !created.has(key)) continue;
      if ((lastOther.get(key) ?? 0) > r.row) {
        kept++;
        keptCustomers.add(key);
      } else if (mine) rows[kind].push(r.row);
      else others[kind].push({row: r.row, customer: key});
    }
  }
  return {rows, kept, keptCustomers, others};
}

/** Opening rows on the ledgers, by batch, in the order first met. */
export function openingCounts(ledgers: Ledgers): Map<string, number> {
  const out = new Map<string, number>();
  for (const kind of BALANCE_KINDS) {
    const table = ledgers[kind];
    if (!table) continue;
    for (const r of table.rows) {
      const b = batchOfRef(cellText(r.raw.requestId, table.tz));
      if (b !== null) out.set(b, (out.get(b) ?? 0) + 1);
    }
  }
  return out;
}
