/**
 * The card's loyalty part: both balances summed from their ledgers, the customer's
 * latest rows, and how many of their rows can't be read (the self-check lists them).
 * Read-only: one read of each ledger tab.
 */
import {LedgerLine, LoyaltyCard} from '../../domain/loyalty/wire';
import {LedgerKind} from '../../domain/loyalty/wire';
import {Ledger} from '../../domain/loyalty/ledger';
import {storedParts} from '../../domain/loyalty/refundable';
import {CounterContext} from '../counter-context';
import {MissingColumnError} from '../counter-append';
import {openLedger} from './ledger-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const RECENT = 8;

/** A ledger for reading; a tab missing a column it needs counts as one problem. */
function readable(
  ss: Spreadsheet,
  kind: LedgerKind,
  ctx: CounterContext,
): Ledger | 'broken' | null {
  try {
    return openLedger(ss, kind, ctx)?.ledger ?? null;
  } catch (e) {
    if (e instanceof MissingColumnError) return 'broken';
    throw e;
  }
}

export function loyaltyCard(
  ss: Spreadsheet,
  ctx: CounterContext,
  /** The customer's ledger keys (customer-keys.ts ledgerKeys: id and phone). */
  keys: readonly string[],
): LoyaltyCard {
  const card: LoyaltyCard = {
    points: 0,
    stored: 0,
    storedBonus: 0,
    recent: [],
    problems: 0,
  };
  const lines: Array<LedgerLine & {order: number}> = [];
  for (const kind of ['points', 'stored'] as const) {
    const ledger = readable(ss, kind, ctx);
    if (ledger === 'broken') {
      card.problems++;
      continue;
    }
    if (!ledger) continue;
    card[kind] = ledger.balanceOfKeys(keys);
    card.problems += ledger.problemsOf(keys).length;
    const entries = ledger.entriesOf(keys);
    if (kind === 'stored')
      card.storedBonus = ledger.fromUnits(storedParts(entries).bonus);
    let units = 0;
    entries.forEach((e, i) => {
      units += e.units;
      lines.push({
        when: e.when ? e.when.toISOString() : '',
        change: ledger.fromUnits(e.units),
        // The running sum, not the Balance after cell: the sum is the truth.
        balanceAfter: ledger.fromUnits(units),
        reason: e.reason,
        kind,
        order: i,
      });
    });
  }
  // Newest first. Rows of one instant are one sale's, written pay, redeem, earn: its
  // points rows then come before its stored-value row, each tab's in reverse order.
  lines.sort((a, b) => {
    if (a.when !== b.when) return a.when < b.when ? 1 : -1;
    if (a.kind !== b.kind) return a.kind === 'points' ? -1 : 1;
    return b.order - a.order;
  });
  card.recent = lines.slice(0, RECENT).map(l => ({
    when: l.when,
    change: l.change,
    balanceAfter: l.balanceAfter,
    reason: l.reason,
    kind: l.kind,
  }));
  return card;
}
