/**
 * A voided sale gives back what it did to the ledgers, as new rows (reason "void", ref
 * "void:<the sale's request id>"), never by editing the sale's own rows: the points it
 * earned are taken back and the points it spent returned (one row, the net), and a
 * stored-value payment is refunded. The sale's rows are found by their refs, so a sale
 * logged by hand (no ledger rows) gives back nothing, and voiding twice writes once.
 *
 * Points earned and already spent cannot all be taken back without a negative balance:
 * the row then takes what is there and its note says how many were not taken back.
 */
import {t} from '../../domain/i18n';
import {LEDGER_NOTE} from '../../domain/loyalty/messages';
import {CounterContext} from '../counter-context';
import {openLedger} from './ledger-tab';
import {balanceOver, ledgerKeys} from './customer-keys';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function reverseSaleLoyalty(
  ss: Spreadsheet,
  ctx: CounterContext,
  sale: {
    requestId: string;
    customer: string;
    paidStored: boolean;
    by: string;
    /** The customer's ledger keys (customer-keys.ts); the sale's key alone when absent. */
    keys?: readonly string[];
  },
  now: Date,
): void {
  const ref = `void:${sale.requestId}`;
  const keys = sale.keys?.length ? sale.keys : ledgerKeys(sale.customer);
  const points = openLedger(ss, 'points', ctx);
  if (points && !points.ledger.hasRef(ref)) {
    const mine = points.ledger.entriesOf(keys);
    let net = 0;
    for (const e of mine) {
      if (e.ref === sale.requestId || e.ref === `${sale.requestId}:redeem`)
        net -= e.units;
    }
    if (net !== 0) {
      const balance = balanceOver(points.ledger, keys);
      const change = balance + net < 0 ? -balance : net;
      points.write(
        {
          when: now,
          customer: sale.customer,
          change,
          reason: 'void',
          ref,
          staff: sale.by,
          keys,
          note:
            change !== net
              ? t(LEDGER_NOTE.voidShort, ctx.lang, {short: change - net})
              : '',
        },
        ctx.lang,
      );
    }
  }
  if (!sale.paidStored) return;
  const stored = openLedger(ss, 'stored', ctx);
  if (!stored || stored.ledger.hasRef(ref)) return;
  const pay = stored.ledger
    .entriesOf(keys)
    .find(e => e.ref === `${sale.requestId}:pay`);
  if (!pay || pay.units >= 0) return;
  stored.write(
    {
      when: now,
      customer: sale.customer,
      change: stored.ledger.fromUnits(-pay.units),
      reason: 'void',
      ref,
      staff: sale.by,
      keys,
    },
    ctx.lang,
  );
}
