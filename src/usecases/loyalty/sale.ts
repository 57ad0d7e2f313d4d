/**
 * A sale's part in the ledgers, done inside the sale's own locked, once-only step
 * (counter.ts logSale). In this order, each row keyed by the sale's request id:
 *
 *   1. the stored-value payment ("<id>:pay") and the points redeemed ("<id>:redeem"),
 *      both checked against the balance first and refused when it is short;
 *   2. the sale row on the Sales tab (counter.ts), whose amount is what was paid after
 *      the money off;
 *   3. the points earned on what was paid ("<id>").
 *
 * A retry finds what is there by ref and adds only what is missing. The spending rows
 * come before the sale row so that a retry that finds the sale row has nothing left to
 * check against a balance: only the earn row can be missing, and it only adds. An
 * execution that dies after a spending row and is never retried leaves a row whose ref
 * names a sale that is not on the Sales tab: the daily run gives it back a day later
 * (unrecorded-spends-job.ts), and a retry after that is refused.
 */
import {moneyText, round2} from '../../domain/counter/money';
import {Check} from '../../domain/counter/validate';
import {PaymentKey} from '../../domain/counter/wire';
import {Lang, t} from '../../domain/i18n';
import {moneyOffFor, pointsEarned} from '../../domain/loyalty/earn';
import {
  LEDGER_NOTE,
  LOYALTY_MSG,
  moneyWith,
} from '../../domain/loyalty/messages';
import {RedeemRequest, SaleLoyalty} from '../../domain/loyalty/wire';
import {FieldErrors} from '../../domain/counter/wire';
import {CounterContext} from '../counter-context';
import {ledgerDef, LedgerTab, openLedger} from './ledger-tab';
import {MSG} from '../../domain/counter/messages';
import {loyaltySettings} from './rules';
import {balanceOver, ledgerKeys} from './customer-keys';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MAX_POINTS = 1_000_000;
const MAX_GIFT = 100;

export interface SaleLoyaltyInput {
  requestId: string;
  customerId: string | null;
  /** The amount as typed (before any money off). */
  amount: number;
  payment: PaymentKey;
  redeem?: RedeemRequest | null;
  staff: string;
  /** Points multiplier of the day (double points days); 1 when absent. */
  multiplier?: number;
  /** The customer's ledger keys (customer-keys.ts); the id alone when absent. */
  keys?: readonly string[];
}

export type SalePlan =
  | {ok: false; message: string; fields: FieldErrors}
  | {
      ok: true;
      /** What the Sales tab's Amount gets: the amount less the money off. */
      paid: number;
      /** Points this sale earns (on what was paid); 0 for a walk-in. */
      earned: number;
      /** Writes the spending rows (step 1). */
      spend(now: Date): void;
      /** Writes the earn row (step 3) and tells the balances. */
      earn(now: Date): SaleLoyalty | null;
    };

function refused(message: string, field: string): SalePlan {
  return {ok: false, message, fields: {[field]: message}};
}

/**
 * Checks a sale's redemption and stored-value payment against the ledgers (read once
 * each, and the Stored value tab only when the sale is paid from it) and plans its rows.
 */
export function planSaleLoyalty(
  ss: Spreadsheet,
  ctx: CounterContext,
  ui: Lang,
  v: SaleLoyaltyInput,
): SalePlan {
  const redeem = v.redeem ?? null;
  const customer = v.customerId;
  const walkIn = customer === null || customer === '';
  if (walkIn) {
    if (redeem || v.payment === 'stored')
      return refused(t(LOYALTY_MSG.walkInNoLoyalty, ui), 'customer');
    return {
      ok: true,
      paid: v.amount,
      earned: 0,
      spend: () => {},
      earn: () => null,
    };
  }
  const keys = v.keys?.length ? v.keys : ledgerKeys(customer);
  const points = openLedger(ss, 'points', ctx);
  // A late retry of a sale whose spending the daily run gave back (it was never
  // recorded): recording it now would keep goods paid with money returned.
  const givenBack = `void:${v.requestId}`;
  if (points?.ledger.hasRef(givenBack))
    return refused(t(LOYALTY_MSG.spendGivenBack, ui), 'redeem');
  let redeemed = 0;
  let moneyOff = 0;
  let gift = '';
  if (redeem) {
    const c = new Check(ui);
    const n = redeem.points;
    if (typeof n !== 'number' || !Number.isInteger(n))
      c.fail('redeem', LOYALTY_MSG.pointsWhole);
    else if (n <= 0 || n > MAX_POINTS)
      c.fail('redeem', LOYALTY_MSG.pointsRange);
    if (redeem.as === 'gift') {
      gift = c.text(
        'gift',
        redeem.gift ?? '',
        MAX_GIFT,
        LOYALTY_MSG.giftRequired,
      );
    } else if (redeem.as !== 'money') {
      c.fail('redeem', LOYALTY_MSG.pointsWhole);
    }
    if (!c.ok) {
      const first = Object.values(c.fields)[0] as string;
      return {ok: false, message: first, fields: c.fields};
    }
    redeemed = n;
    if (!points) return refused(missingLedger(ctx, ui, 'points'), 'redeem');
    const balance =
      balanceOver(points.ledger, keys) +
      spentBefore(points, keys, `${v.requestId}:redeem`);
    if (redeemed > balance) {
      return refused(
        t(LOYALTY_MSG.pointsShort, ui, {balance, points: redeemed}),
        'redeem',
      );
    }
    if (redeem.as === 'money') {
      const off = moneyOffFor(redeemed, loyaltySettings(ctx).pointsPerMoneyOff);
      if (off === null) return refused(t(LOYALTY_MSG.noMoneyOff, ui), 'redeem');
      if (off > v.amount + 1e-9) {
        return refused(
          t(LOYALTY_MSG.moneyOffTooMuch, ui, {
            off: moneyWith(off, ctx.currency),
            amount: moneyWith(v.amount, ctx.currency),
          }),
          'redeem',
        );
      }
      moneyOff = off;
    }
  }
  const paid = round2(v.amount - moneyOff);
  let stored: LedgerTab | null = null;
  if (v.payment === 'stored') {
    stored = openLedger(ss, 'stored', ctx);
    if (!stored) return refused(missingLedger(ctx, ui, 'stored'), 'payment');
    if (stored.ledger.hasRef(givenBack))
      return refused(t(LOYALTY_MSG.spendGivenBack, ui), 'payment');
    const balance =
      balanceOver(stored.ledger, keys) +
      spentBefore(stored, keys, `${v.requestId}:pay`);
    if (paid > balance + 1e-9) {
      return refused(
        t(LOYALTY_MSG.storedShort, ui, {
          balance: moneyWith(balance, ctx.currency),
          amount: moneyWith(paid, ctx.currency),
        }),
        'payment',
      );
    }
  }
  // Earned even without a Points tab (a book before Set up shop added it): the Sales
  // tab's Points column keeps its human-readable copy.
  const earned = pointsEarned(paid, ctx, {multiplier: v.multiplier});
  const storedBefore = stored
    ? balanceOver(stored.ledger, keys) +
      spentBefore(stored, keys, `${v.requestId}:pay`)
    : null;
  const pointsBefore = points
    ? balanceOver(points.ledger, keys) +
      spentBefore(points, keys, `${v.requestId}:redeem`)
    : 0;
  return {
    ok: true,
    paid,
    earned,
    spend(now) {
      if (stored && paid > 0) {
        stored.write(
          {
            when: now,
            customer,
            change: -paid,
            reason: 'payment',
            ref: `${v.requestId}:pay`,
            staff: v.staff,
            keys,
          },
          ctx.lang,
        );
      }
      if (points && redeemed > 0) {
        points.write(
          {
            when: now,
            customer,
            change: -redeemed,
            reason: 'redemption',
            ref: `${v.requestId}:redeem`,
            staff: v.staff,
            keys,
            note:
              gift !== ''
                ? t(LEDGER_NOTE.gift, ctx.lang, {gift})
                : t(LEDGER_NOTE.moneyOff, ctx.lang, {off: moneyText(moneyOff)}),
          },
          ctx.lang,
        );
      }
    },
    earn(now) {
      if (!points) return null;
      if (earned > 0) {
        points.write(
          {
            when: now,
            customer,
            change: earned,
            reason: 'sale',
            ref: v.requestId,
            staff: v.staff,
            keys,
          },
          ctx.lang,
        );
      }
      return {
        pointsBefore,
        pointsAfter: balanceOver(points.ledger, keys),
        earned,
        redeemed,
        moneyOff,
        storedBefore,
        storedAfter: stored ? balanceOver(stored.ledger, keys) : null,
        storedPaid: stored ? paid : 0,
      };
    },
  };
}

/**
 * A retry of a sale whose row is on the Sales tab: the earn row is the only one that can
 * be missing (the spending rows were written before the sale row). Balances are told as
 * the ledger has them now; what the sale spent is read from its own rows.
 */
export function completeSaleLoyalty(
  ss: Spreadsheet,
  ctx: CounterContext,
  v: {
    requestId: string;
    customerId: string;
    paid: number;
    /** The sale row's Points (what it earned, the day's multiplier included). */
    earned?: number;
    staff: string;
  },
  now: Date,
): SaleLoyalty | null {
  const points = openLedger(ss, 'points', ctx);
  if (!points) return null;
  const earned =
    v.earned !== undefined && v.earned >= 0
      ? v.earned
      : pointsEarned(v.paid, ctx);
  const mine = points.ledger.entriesOf([v.customerId]);
  const redeemRow = mine.find(e => e.ref === `${v.requestId}:redeem`);
  const earnRow = mine.find(e => e.ref === v.requestId);
  if (!earnRow && earned > 0) {
    points.write(
      {
        when: now,
        customer: v.customerId,
        change: earned,
        reason: 'sale',
        ref: v.requestId,
        staff: v.staff,
      },
      ctx.lang,
    );
  }
  const redeemed = redeemRow ? -redeemRow.units : 0;
  const after = points.balance(v.customerId);
  const got = earnRow ? earnRow.units : earned;
  return {
    pointsBefore: after - got + redeemed,
    pointsAfter: after,
    earned: got,
    redeemed,
    moneyOff: 0,
    storedBefore: null,
    storedAfter: null,
    storedPaid: 0,
  };
}

/**
 * What a retried sale's own spending row already took (0 when it is not there): an
 * execution killed after the spending rows and before the sale row leaves them on the
 * ledger, and the retry must check the balance as it was before them, or a customer
 * who paid with all they had is charged and refused their sale.
 */
function spentBefore(
  tab: LedgerTab,
  keys: readonly string[],
  ref: string,
): number {
  if (!tab.ledger.hasRef(ref)) return 0;
  const row = tab.ledger.entriesOf(keys).find(e => e.ref === ref);
  return row && row.units < 0 ? tab.ledger.fromUnits(-row.units) : 0;
}

function missingLedger(
  ctx: CounterContext,
  ui: Lang,
  kind: 'points' | 'stored',
): string {
  return t(MSG.missingTab, ui, {tab: ledgerDef(kind).names[ctx.lang]});
}
