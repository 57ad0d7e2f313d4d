/**
 * The owner's and the counter's own loyalty writes: a top-up (with its bonus), a refund
 * of stored value, a points adjustment. Each runs like every counter write
 * (guardedWrite: validated, under the document lock, once per request id) and adds rows
 * to one ledger, never editing an old one. The request id is the ref of the first row
 * ("<id>"), a bonus row is "<id>:bonus": a retry after an execution died between them
 * finds the first and adds the second. A balance can't go below zero: what would take it
 * there is refused with the balance in the message.
 *
 * The customer key is the one the counter's index gives (the id, or the phone of a
 * customer without one); rows are not checked against the Customers tab here, which
 * would cost three more calls a write: the card and the self-check report ledger rows
 * of customers not on the book.
 */
import {moneyText} from '../../domain/counter/money';
import {Check} from '../../domain/counter/validate';
import {PAYMENTS} from '../../domain/counter/wire';
import {Outcome} from '../../domain/counter/wire';
import {Lang, t} from '../../domain/i18n';
import {MSG} from '../../domain/counter/messages';
import {bonusFor} from '../../domain/loyalty/bonus';
import {LEDGER_NOTE, LOYALTY_MSG} from '../../domain/loyalty/messages';
import {
  AdjustDone,
  AdjustRequest,
  LedgerKind,
  RefundDone,
  RefundRequest,
  TopUpDone,
  TopUpRequest,
} from '../../domain/loyalty/wire';
import {optionLabel} from '../../sheets/schema';
import {CounterDeps, failure, guardedWrite, missingTab} from '../counter';
import {bonusRules} from './rules';
import {CounterContext} from '../counter-context';
import {ledgerDef, LedgerTab, openLedger} from './ledger-tab';
import {balanceOver, customerLedgerKeys} from './customer-keys';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MAX_TEXT = 200;
const MAX_STAFF = 100;
const MAX_POINTS = 1_000_000;

function customerOf(c: Check, v: unknown): string {
  const s = typeof v === 'string' ? v.trim() : '';
  if (s === '' || s.length > 100)
    c.fail('customer', LOYALTY_MSG.customerRequired);
  return s;
}

export function topUp(
  req: TopUpRequest,
  deps: CounterDeps,
): Outcome<TopUpDone> {
  return guardedWrite<TopUpDone>(deps, req?.requestId, (ss, ctx, ui) => {
    const c = new Check(ui);
    const customer = customerOf(c, req.customerId);
    const paid = c.amount(req.amount);
    const payment = PAYMENTS.find(p => p === req.payment && p !== 'stored');
    if (!payment) c.fail('payment', LOYALTY_MSG.paymentInvalid);
    const staff = c.text('staff', req.staff ?? '', MAX_STAFF);
    if (!c.ok) return failure(t(MSG.fixFields, ui), c.fields);
    const now = deps.now();
    const tab = openLedger(ss, 'stored', ctx);
    if (!tab) return missingTab(ledgerDef('stored'), ui, ctx.lang);
    const keys = customerLedgerKeys(ss, ctx, deps.cache, customer);
    const rules = bonusRules(ctx);
    const bonus = rules.ok ? bonusFor(paid, rules.tiers) : 0;
    const ref = req.requestId;
    const repeated = tab.ledger.hasRef(ref);
    const before = repeated
      ? priorBalance(tab.ledger.entriesOf(keys), ref)
      : balanceOver(tab.ledger, keys);
    tab.write(
      {
        when: now,
        customer,
        change: paid,
        reason: 'topUp',
        ref,
        staff,
        keys,
        note: t(LEDGER_NOTE.topUpPaid, ctx.lang, {
          payment: optionLabel('payment', payment as string, ctx.lang),
        }),
      },
      ctx.lang,
    );
    if (bonus > 0) {
      tab.write(
        {
          when: now,
          customer,
          change: bonus,
          reason: 'bonus',
          ref: `${ref}:bonus`,
          staff,
          keys,
          note: t(LEDGER_NOTE.bonusOf, ctx.lang, {
            paid: moneyText(paid),
            bonus: moneyText(bonus),
          }),
        },
        ctx.lang,
      );
    }
    return {
      ok: true,
      repeated,
      value: {
        paid,
        bonus,
        before,
        after: repeated ? before + paid + bonus : balanceOver(tab.ledger, keys),
        date: now.toISOString(),
        bonusProblem: rules.ok
          ? null
          : t(LOYALTY_MSG.bonusUnreadable, ui, {part: rules.unreadable}),
      },
    };
  });
}

/** The balance just before the row written under `ref` (a retry's "before"). */
function priorBalance(
  entries: ReadonlyArray<{ref: string; units: number}>,
  ref: string,
): number {
  let units = 0;
  for (const e of entries) {
    if (e.ref === ref) break;
    units += e.units;
  }
  return units / 100;
}

/** What a row typed by hand (a refund, a points adjustment) is written with. */
interface ByHand {
  reason: string;
  staff: string;
  now: Date;
  tab: LedgerTab;
  keys: string[];
}

/**
 * Checks the reason and staff of a row typed by hand, after the customer and the amount,
 * so the fields are told in the form's order; then opens its ledger and finds the
 * customer's keys there. The failure to send back when a field or the tab is wrong.
 */
function byHand<T>(
  c: Check,
  req: {reason: unknown; staff?: unknown},
  kind: LedgerKind,
  customer: string,
  at: {ss: Spreadsheet; ctx: CounterContext; ui: Lang; deps: CounterDeps},
): ByHand | {failed: Outcome<T>} {
  const {ss, ctx, ui, deps} = at;
  const reason = c.text(
    'reason',
    req.reason,
    MAX_TEXT,
    LOYALTY_MSG.reasonRequired,
  );
  const staff = c.text('staff', req.staff ?? '', MAX_STAFF);
  if (!c.ok) return {failed: failure(t(MSG.fixFields, ui), c.fields)};
  const now = deps.now();
  const tab = openLedger(ss, kind, ctx);
  if (!tab) return {failed: missingTab(ledgerDef(kind), ui, ctx.lang)};
  const keys = customerLedgerKeys(ss, ctx, deps.cache, customer);
  return {reason, staff, now, tab, keys};
}

export function refundStored(
  req: RefundRequest,
  deps: CounterDeps,
): Outcome<RefundDone> {
  return guardedWrite<RefundDone>(deps, req?.requestId, (ss, ctx, ui) => {
    const c = new Check(ui);
    const customer = customerOf(c, req.customerId);
    const amount = c.amount(req.amount);
    const row = byHand<RefundDone>(c, req, 'stored', customer, {
      ss,
      ctx,
      ui,
      deps,
    });
    if ('failed' in row) return row.failed;
    const {reason, staff, now, tab, keys} = row;
    const ref = req.requestId;
    if (tab.ledger.hasRef(ref)) {
      const before = priorBalance(tab.ledger.entriesOf(keys), ref);
      return {
        ok: true,
        repeated: true,
        value: {
          refunded: amount,
          before,
          after: before - amount,
          date: now.toISOString(),
        },
      };
    }
    const before = balanceOver(tab.ledger, keys);
    if (amount > before + 1e-9) {
      const message = t(LOYALTY_MSG.refundTooMuch, ui, {
        balance: moneyText(before),
      });
      return failure(message, {amount: message});
    }
    const after = tab.write(
      {
        when: now,
        customer,
        change: -amount,
        reason: 'refund',
        ref,
        staff,
        keys,
        note: reason,
      },
      ctx.lang,
    ) as number;
    return {
      ok: true,
      repeated: false,
      value: {refunded: amount, before, after, date: now.toISOString()},
    };
  });
}

export function adjustPoints(
  req: AdjustRequest,
  deps: CounterDeps,
): Outcome<AdjustDone> {
  return guardedWrite<AdjustDone>(deps, req?.requestId, (ss, ctx, ui) => {
    const c = new Check(ui);
    const customer = customerOf(c, req.customerId);
    const change = pointsChange(c, req.change);
    const row = byHand<AdjustDone>(c, req, 'points', customer, {
      ss,
      ctx,
      ui,
      deps,
    });
    if ('failed' in row) return row.failed;
    const {reason, staff, now, tab, keys} = row;
    const ref = req.requestId;
    if (tab.ledger.hasRef(ref)) {
      const entries = tab.ledger.entriesOf(keys);
      let before = 0;
      for (const e of entries) {
        if (e.ref === ref) break;
        before += e.units;
      }
      return {
        ok: true,
        repeated: true,
        value: {
          change,
          before,
          after: before + change,
          date: now.toISOString(),
        },
      };
    }
    const before = balanceOver(tab.ledger, keys);
    if (before + change < 0) {
      const message = t(LOYALTY_MSG.pointsShort, ui, {
        balance: before,
        points: -change,
      });
      return failure(message, {change: message});
    }
    const after = tab.write(
      {
        when: now,
        customer,
        change,
        reason: 'adjustment',
        ref,
        staff,
        keys,
        note: reason,
      },
      ctx.lang,
    ) as number;
    return {
      ok: true,
      repeated: false,
      value: {change, before, after, date: now.toISOString()},
    };
  });
}

/** Whole points, + or −, typed or sent as a number. */
export function pointsChange(c: Check, v: unknown): number {
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'string'
        ? Number(
            v.normalize('NFKC').trim().replace(/^\+/, '').replace(/^−/, '-'),
          )
        : NaN;
  if (!Number.isInteger(n)) {
    c.fail('change', LOYALTY_MSG.pointsWhole);
    return 0;
  }
  if (n === 0 || Math.abs(n) > MAX_POINTS) {
    c.fail('change', LOYALTY_MSG.pointsRange);
    return 0;
  }
  return n;
}
