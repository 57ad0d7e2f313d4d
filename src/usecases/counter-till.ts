/**
 * Today's till at the counter: the Sales tab and the Stored value tab each read in one
 * getValues (header and data together), summed for today and yesterday in the
 * spreadsheet's time zone. A constant number of SpreadsheetApp calls however many rows:
 * the active spreadsheet, each tab by its remembered name, its data range, its values
 * (Settings only when the counter's cached context has expired).
 */
import {tillOf, TillDay, TillLedgerRows} from '../domain/counter/till';
import {TillDayView, TillView} from '../domain/counter/wire';
import {dayNumber, dayToIso} from '../domain/dates';
import {LANGS} from '../domain/i18n';
import {LEDGER_NOTE} from '../domain/loyalty/messages';
import {cellText} from '../sheets/cells';
import {parseOption, SALES, TabDef} from '../sheets/schema';
import {STORED_LEDGER} from '../sheets/schema-loyalty';
import {mapColumns} from '../sheets/tabs';
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

// A top-up's method is in its note only, as topUp writes it ("微信付款", "paid by
// WeChat"), in any of the book's languages; a note typed by hand may be just the method.
const PAID_BY = LANGS.map(lang => {
  const [before, after = ''] = LEDGER_NOTE.topUpPaid[lang]
    .toLowerCase()
    .split('{payment}');
  return {before, after};
});

export function topUpPaymentOf(note: unknown): string | null {
  const text = typeof note === 'string' ? note.trim().toLowerCase() : '';
  if (!text) return null;
  for (const {before, after} of PAID_BY) {
    if (
      text.length > before.length + after.length &&
      text.startsWith(before) &&
      text.endsWith(after)
    ) {
      const found = parseOption(
        'payment',
        text.slice(before.length, text.length - after.length).trim(),
      );
      if (found) return found;
    }
  }
  return parseOption('payment', text);
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A tab's rows by column key: one getValues, header included. */
function readTab(
  ss: Spreadsheet,
  def: TabDef,
  ctx: ReturnType<typeof counterContext>,
): (key: string) => unknown[] {
  const sheet = sheetOf(ss, def, ctx);
  const values = sheet ? sheet.getDataRange().getValues() : [];
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
  const ledger: TillLedgerRows = {
    dates: stored('date'),
    changes: stored('change'),
    reasons,
    payments: reasons.map((r, i) =>
      r === 'topUp' ? topUpPaymentOf(notes[i]) : null,
    ),
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
