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
import {moneyText, round2} from '../../domain/counter/money';
import {normaliseKey} from '../../domain/keys';
import {Check} from '../../domain/counter/validate';
import {Outcome, PaymentKey, PAYMENTS} from '../../domain/counter/wire';
import {Lang, t, Texts} from '../../domain/i18n';
import {MSG} from '../../domain/counter/messages';
import {bonusFor} from '../../domain/loyalty/bonus';
import {
  LEDGER_NOTE,
  LOYALTY_MSG,
  moneyWith,
} from '../../domain/loyalty/messages';
import {Ledger, LedgerEntry} from '../../domain/loyalty/ledger';
import {storedParts} from '../../domain/loyalty/refundable';
import {
  AdjustDone,
  AdjustRequest,
  LedgerKind,
  PointsReason,
  RefundDone,
  RefundRequest,
  StoredReason,
  TopUpDone,
  TopUpRequest,
} from '../../domain/loyalty/wire';
import {optionLabel} from '../../sheets/schema';
import {accountEmail} from '../../services/who';
import {CounterDeps, failure, guardedWrite, missingTab} from '../counter';
import {refundPaymentOf} from '../counter-till';
import {bonusRules} from './rules';
import {CounterContext} from '../counter-context';
import {ledgerDef, openLedger} from './ledger-tab';
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
    const payment = paidWith(c, req.payment, LOYALTY_MSG.paymentInvalid);
    const staff =
      c.text('staff', req.staff ?? '', MAX_STAFF) ||
      accountEmail().slice(0, MAX_STAFF);
    if (!c.ok) return failure(t(MSG.fixFields, ui), c.fields);
    const now = deps.now();
    const tab = openLedger(ss, 'stored', ctx);
    if (!tab) return missingTab(ledgerDef('stored'), ui, ctx.lang);
    const keys = customerLedgerKeys(ss, ctx, deps.cache, customer);
    const rules = bonusRules(ctx);
    const {ledger} = tab;
    const ref = req.requestId;
    const repeated = ledger.hasRef(ref);
    // The earlier attempt's rows are looked for by their Ref on the whole tab: the form
    // may have been changed to another customer before it was sent again, and that one
    // must not get the bonus of a top-up written for someone else.
    const elsewhere = repeated ? writtenForOther(ledger, keys, ref) : null;
    if (elsewhere !== null) {
      const message = t(LOYALTY_MSG.topUpElsewhere, ui, {customer: elsewhere});
      return failure(message, {customer: message});
    }
    // A retry answers with the rows written, and a bonus still missing is the one for
    // the amount written: staff may have changed the form after its answer was lost.
    const prior = repeated ? priorRow(ledger, keys, ref) : null;
    const amount =
      prior && prior.units !== null ? ledger.fromUnits(prior.units) : paid;
    const given = repeated
      ? priorRow(ledger, keys, `${ref}:bonus`).units
      : null;
    const bonus =
      given !== null
        ? ledger.fromUnits(given)
        : rules.ok
          ? bonusFor(amount, rules.tiers)
          : 0;
    const before = prior
      ? ledger.fromUnits(prior.before)
      : balanceOver(ledger, keys);
    tab.write(
      {
        when: now,
        customer,
        change: amount,
        reason: 'topUp',
        ref,
        staff,
        keys,
        note: t(LEDGER_NOTE.topUpPaid, ctx.lang, {
          payment: optionLabel('payment', payment, ctx.lang),
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
            paid: moneyText(amount),
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
        paid: amount,
        bonus,
        before,
        after: ledger.fromUnits(
          ledger.toUnits(before) +
            ledger.toUnits(amount) +
            ledger.toUnits(bonus),
        ),
        date: now.toISOString(),
        bonusProblem: rules.ok
          ? null
          : t(LOYALTY_MSG.bonusUnreadable, ui, {part: rules.unreadable}),
      },
    };
  });
}

/** The Customer cell of a row of this top-up written for someone else, or null. */
function writtenForOther(
  ledger: Ledger,
  keys: readonly string[],
  ref: string,
): string | null {
  const mine = new Set(keys.map(normaliseKey).filter(k => k !== ''));
  const refs = new Set([ref, `${ref}:bonus`]);
  for (const e of ledger.entries)
    if (refs.has(e.ref.trim()) && !mine.has(e.key)) return e.customer;
  return null;
}

/**
 * The units before the row written under `ref`, and that row's change (null when the
 * row is not among the customer's readable ones, say its Change was edited into text).
 */
function priorRow(
  ledger: Ledger,
  keys: readonly string[],
  ref: string,
): {before: number; units: number | null} {
  let before = 0;
  for (const e of ledger.entriesOf(keys)) {
    if (e.ref.trim() === ref) return {before, units: e.units};
    before += e.units;
  }
  return {before, units: null};
}

/** Where a row typed by hand is checked and written. */
interface At {
  ss: Spreadsheet;
  ctx: CounterContext;
  ui: Lang;
  deps: CounterDeps;
}

/** A row typed by hand (a refund, a points adjustment), its fields already checked. */
interface ByHand<T> {
  kind: LedgerKind;
  customer: string;
  /** Signed: points or money. */
  change: number;
  reason: StoredReason | PointsReason;
  /** The ledger's note, from the reason typed. */
  note(reason: string): string;
  /**
   * What the answer says besides before, after and date, from the change written and,
   * on a retry, the note of the row already there.
   */
  done(
    change: number,
    note: string | null,
  ): Omit<T, 'before' | 'after' | 'date'>;
  /** The refusal when the change would take the balance below zero. */
  short(before: number): Outcome<T>;
  /**
   * The most the change may take off, in units, from the customer's rows (a refund:
   * the money paid in, not the bonus); with the refusal when it asks for more.
   */
  cap?: {
    most(entries: readonly LedgerEntry[]): number;
    refuse(most: number, before: number): Outcome<T>;
  };
}

/**
 * Writes a row typed by hand once. Checks the reason and staff after the fields `c`
 * already holds, so they are told in the form's order; then opens the ledger. A retry
 * (its ref on the tab already) writes nothing and answers with the row already there,
 * not with this request's fields: staff may have changed the form between an answer
 * lost on the way and confirming again. A change that would leave the balance below
 * zero is refused.
 */
function writeByHand<T extends {before: number; after: number; date: string}>(
  c: Check,
  req: {requestId: string; reason: unknown; staff?: unknown},
  row: ByHand<T>,
  {ss, ctx, ui, deps}: At,
): Outcome<T> {
  const reason = c.text(
    'reason',
    req.reason,
    MAX_TEXT,
    LOYALTY_MSG.reasonRequired,
  );
  const staff =
    c.text('staff', req.staff ?? '', MAX_STAFF) ||
    accountEmail().slice(0, MAX_STAFF);
  if (!c.ok) return failure(t(MSG.fixFields, ui), c.fields);
  const now = deps.now();
  const tab = openLedger(ss, row.kind, ctx);
  if (!tab) return missingTab(ledgerDef(row.kind), ui, ctx.lang);
  const keys = customerLedgerKeys(ss, ctx, deps.cache, row.customer);
  const {ledger} = tab;
  const ref = req.requestId;
  const answer = (
    repeated: boolean,
    units: {before: number; change: number},
    note: string | null,
  ) => ({
    ok: true as const,
    repeated,
    value: {
      ...row.done(ledger.fromUnits(units.change), note),
      before: ledger.fromUnits(units.before),
      after: ledger.fromUnits(units.before + units.change),
      date: now.toISOString(),
    } as T,
  });
  const change = ledger.toUnits(row.change);
  if (ledger.hasRef(ref)) {
    const prior = priorRow(ledger, keys, ref);
    return answer(
      true,
      {before: prior.before, change: prior.units ?? change},
      tab.noteOf(ref),
    );
  }
  const before = balanceOver(ledger, keys);
  if (ledger.toUnits(before) + change < 0) return row.short(before);
  if (row.cap) {
    const most = row.cap.most(ledger.entriesOf(keys));
    if (-change > most) return row.cap.refuse(ledger.fromUnits(most), before);
  }
  tab.write(
    {
      when: now,
      customer: row.customer,
      change: row.change,
      reason: row.reason,
      ref,
      staff,
      keys,
      note: row.note(reason),
    },
    ctx.lang,
  );
  return answer(false, {before: ledger.toUnits(before), change}, null);
}

/** How money was paid in or back: any method but stored value itself. */
function paidWith(c: Check, v: unknown, invalid: Texts): PaymentKey {
  const payment = PAYMENTS.find(p => p === v && p !== 'stored');
  if (!payment) c.fail('payment', invalid);
  return payment ?? 'cash';
}

export function refundStored(
  req: RefundRequest,
  deps: CounterDeps,
): Outcome<RefundDone> {
  return guardedWrite<RefundDone>(deps, req?.requestId, (ss, ctx, ui) => {
    const c = new Check(ui);
    const customer = customerOf(c, req.customerId);
    const amount = c.amount(req.amount);
    // A page loaded before refunds asked for a method sends none: the refund is written
    // with the method not stated, which the till counts as such. One sent is checked.
    const payment: PaymentKey | '' =
      req.payment === undefined || req.payment === null
        ? ''
        : paidWith(c, req.payment, LOYALTY_MSG.refundPaymentInvalid);
    const priced = (n: number) => moneyWith(n, ctx.currency);
    return writeByHand<RefundDone>(
      c,
      req,
      {
        kind: 'stored',
        customer,
        change: -amount,
        reason: 'refund',
        // The till reads the method back from here (domain/loyalty/payment-notes.ts).
        note: reason =>
          payment === ''
            ? t(LEDGER_NOTE.refundUnstated, ctx.lang, {reason})
            : t(LEDGER_NOTE.refundPaid, ctx.lang, {
                payment: optionLabel('payment', payment, ctx.lang),
                reason,
              }),
        // A retry tells the method the row was written with.
        done: (change, note) => ({
          refunded: -change,
          payment: (note !== null && refundPaymentOf(note)) || payment,
        }),
        short: before => {
          const message = t(LOYALTY_MSG.refundTooMuch, ui, {
            balance: priced(before),
          });
          return failure(message, {amount: message});
        },
        // A bonus is spent in the shop, never paid out (domain/loyalty/refundable.ts).
        cap: {
          most: entries => storedParts(entries).paid,
          refuse: (most, before) => {
            const message = t(LOYALTY_MSG.refundBonusKept, ui, {
              most: priced(most),
              bonus: priced(Math.max(0, round2(before - most))),
            });
            return failure(message, {amount: message});
          },
        },
      },
      {ss, ctx, ui, deps},
    );
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
    return writeByHand<AdjustDone>(
      c,
      req,
      {
        kind: 'points',
        customer,
        change,
        reason: 'adjustment',
        note: reason => reason,
        done: change => ({change}),
        short: before => {
          const message = t(LOYALTY_MSG.pointsShort, ui, {
            balance: before,
            points: -change,
          });
          return failure(message, {change: message});
        },
      },
      {ss, ctx, ui, deps},
    );
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
