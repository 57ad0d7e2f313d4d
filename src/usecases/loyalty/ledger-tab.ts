/**
 * A ledger tab opened for writing: one read of header and data (openAppend, so the
 * Request ID (Ref) column is read with the rest and required), the balances summed from
 * it (domain/loyalty/ledger.ts), and appends that skip a ref already on the tab. Called
 * only under the document lock (guardedWrite), so the check and the write are one step:
 * two tills can't both find a ref missing, or both spend the same balance.
 */
import {Lang} from '../../domain/i18n';
import {Ledger, readLedger} from '../../domain/loyalty/ledger';
import {LedgerKind} from '../../domain/loyalty/wire';
import {normaliseKey} from '../../domain/keys';
import {cellText} from '../../sheets/cells';
import {OptionSetKey, parseOption, TabDef} from '../../sheets/schema';
import {POINTS_LEDGER, STORED_LEDGER} from '../../sheets/schema-loyalty';
import {AppendTab, openAppend} from '../counter-append';
import {CounterContext} from '../counter-context';
import {findSheet} from '../../sheets/tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function ledgerDef(kind: LedgerKind): TabDef {
  return kind === 'points' ? POINTS_LEDGER : STORED_LEDGER;
}

function reasonSet(kind: LedgerKind): OptionSetKey {
  return kind === 'points' ? 'pointsReason' : 'storedReason';
}

/** A row to add: the change in points or in money (not cents). */
export interface LedgerWrite {
  when: Date;
  customer: string;
  change: number;
  reason: string;
  ref: string;
  staff?: string;
  note?: string;
  /** All the customer's keys (customer-keys.ts): Balance after sums over them. */
  keys?: readonly string[];
}

export interface LedgerTab {
  kind: LedgerKind;
  ledger: Ledger;
  /** The balance of a customer key now (rows appended in this step included). */
  balance(customer: string): number;
  /**
   * Appends the row unless its ref is on the tab already; returns the balance after it,
   * or null when it was there (a retry).
   */
  write(row: LedgerWrite, lang: Lang): number | null;
  /** The Note cell of the row read under `ref` ('' when none): what a retry wrote. */
  noteOf(ref: string): string;
}

/** Reads rows of a tab already read by openAppend into a Ledger. */
export function ledgerOfColumns(
  kind: LedgerKind,
  column: (key: string) => unknown[],
  tz: string,
  known?: (key: string) => boolean,
): Ledger {
  const cols = {
    date: column('date'),
    customer: column('customer'),
    change: column('change'),
    balance: column('balance'),
    reason: column('reason'),
    ref: column('requestId'),
  };
  const set = reasonSet(kind);
  // A ledger holds a handful of distinct reasons over many rows: each read once.
  const reasons = new Map<unknown, string | null>();
  return readLedger(cols, {
    kind,
    reason: cell => {
      let r = reasons.get(cell);
      if (r === undefined) {
        r = parseOption(set, cell);
        reasons.set(cell, r);
      }
      return r;
    },
    known,
    text: cell => (typeof cell === 'string' ? cell : cellText(cell, tz)),
  });
}

/** Null when the shop has no such tab (Set up shop adds it). */
export function openLedger(
  ss: Spreadsheet,
  kind: LedgerKind,
  ctx: Pick<CounterContext, 'lang' | 'tz' | 'tabs'>,
): LedgerTab | null {
  const def = ledgerDef(kind);
  const known = ctx.tabs[def.key];
  const sheet: Sheet | null =
    (known ? ss.getSheetByName(known) : null) ?? findSheet(ss, def, ctx.lang);
  if (!sheet) return null;
  const tab: AppendTab = openAppend(sheet, def, ctx.tz, [
    'date',
    'customer',
    'change',
  ]);
  const ledger = ledgerOfColumns(kind, k => tab.column(k), ctx.tz);
  return {
    kind,
    ledger,
    balance: customer => ledger.balance(customer),
    noteOf(ref) {
      const row = tab.rowOf(ref);
      const note = row === null ? '' : tab.recordAt(row).note;
      return typeof note === 'string' ? note : '';
    },
    write(w, lang) {
      if (ledger.hasRef(w.ref)) return null;
      const units = ledger.toUnits(w.change);
      const after = ledger.fromUnits(
        ledger.toUnits(
          w.keys?.length
            ? ledger.balanceOfKeys(w.keys)
            : ledger.balance(w.customer),
        ) + units,
      );
      tab.append(
        {
          date: w.when,
          customer: w.customer,
          change: ledger.fromUnits(units),
          balance: after,
          reason: w.reason,
          requestId: w.ref,
          staff: w.staff ?? '',
          note: w.note ?? '',
        },
        lang,
      );
      ledger.add(
        {
          // The row appendRow gave it is not known without another call; 0 says so.
          row: 0,
          key: normaliseKey(w.customer),
          customer: w.customer.trim(),
          units,
          when: w.when,
          reason: w.reason,
          ref: w.ref,
          balanceAfter: ledger.toUnits(after),
        },
        true,
      );
      return after;
    },
  };
}
