/**
 * Today's till at the counter: the Sales tab and the Stored value tab each read in one
 * call (header and data together), summed for today and yesterday in the
 * spreadsheet's time zone. A constant number of SpreadsheetApp calls however many rows:
 * the active spreadsheet, each tab by its remembered name and its values
 * (Settings only when the counter's cached context has expired).
 */
import {tillOf, TillDay, TillLedgerRows} from '../domain/counter/till';
import {TillDayView, TillView} from '../domain/counter/wire';
import {dayNumber, dayToIso} from '../domain/dates';
import {paymentInNote} from '../domain/loyalty/payment-notes';
import {cellText} from '../sheets/cells';
import {parseOption, SALES, TabDef} from '../sheets/schema';
import {STORED_LEDGER} from '../sheets/schema-loyalty';
import {mapColumns} from '../sheets/tabs';
import {readSheetValues} from '../sheets/read-values';
import {CounterDeps} from './counter';
import {counterContext, sheetOf} from './counter-context';

function view(d: TillDay): TillDayView {
  return {
    iso: dayToIso(d.day),
    count: d.count,
    total: d.total,
    byPayment: d.byPayment,
    fromBalances: d.fromBalances,
    topUps: d.topUps,
    refunds: d.refunds,
    unreadable: d.unreadable,
    voided: d.voided,
  };
}

const payment = (text: string) => parseOption('payment', text);

/** A top-up's method, from its note (domain/loyalty/payment-notes.ts). */
export function topUpPaymentOf(note: unknown): string | null {
  return paymentInNote(note, 'topUp', payment);
}

/** The method a refund was paid back with, from its note. */
export function refundPaymentOf(note: unknown): string | null {
  return paymentInNote(note, 'refund', payment);
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A tab's rows by column key: one call, header included. */
function readTab(
  ss: Spreadsheet,
  def: TabDef,
  ctx: ReturnType<typeof counterContext>,
): (key: string) => unknown[] {
  const sheet = sheetOf(ss, def, ctx);
  const values = sheet ? readSheetValues(sheet) : [];
  const header = (values[0] ?? []).map(h => cellText(h, ctx.tz).trim());
  const cols = mapColumns(header, def);
  const rows = values.slice(1);
  return key => {
    const c = cols.get(key);
    return c === undefined ? [] : rows.map(r => r[c]);
  };
}

/** Today's and yesterday's till; empty days when the shop has no Sales tab yet. */
export function counterTill(deps: CounterDeps): TillView {
  let opened: Spreadsheet | null = null;
  const ss = () => (opened ??= deps.spreadsheet());
  const ctx = counterContext(ss, deps.cache);
  const today = dayNumber(deps.now(), ctx.tz);
  const column = readTab(ss(), SALES, ctx);
  const stored = readTab(ss(), STORED_LEDGER, ctx);
  // A ledger holds a handful of distinct reasons over many rows: each read once.
  const reasonOf = new Map<unknown, string | null>();
  const reasons = stored('reason').map(cell => {
    if (!reasonOf.has(cell))
      reasonOf.set(cell, parseOption('storedReason', cell));
    return reasonOf.get(cell)!;
  });
  const notes = stored('note');
  const methodOf = new Map<string, string | null>();
  const ledger: TillLedgerRows = {
    dates: stored('date'),
    changes: stored('change'),
    reasons,
    payments: reasons.map((r, i) => {
      if (r !== 'topUp' && r !== 'refund') return null;
      // Top-ups repeat a few notes over many rows: each read once.
      const key = `${r}\u0000${String(notes[i])}`;
      if (!methodOf.has(key)) {
        methodOf.set(
          key,
          r === 'topUp' ? topUpPaymentOf(notes[i]) : refundPaymentOf(notes[i]),
        );
      }
      return methodOf.get(key)!;
    }),
  };
  const till = tillOf(
    {
      dates: column('date'),
      amounts: column('amount'),
      payments: column('payment'),
      voids: column('void'),
    },
    today,
    ctx.tz,
    cell => parseOption('payment', cell),
    ledger,
  );
  return {today: view(till.today), yesterday: view(till.yesterday)};
}
