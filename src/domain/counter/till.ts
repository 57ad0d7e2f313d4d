/**
 * Today's till: the money taken today and yesterday, in the spreadsheet's time zone, by
 * payment method — what the drawer and the payment apps should hold. Sales paid by a
 * method and stored-value top-ups paid by it are money in; a refund of a balance is
 * money paid out by the method it was paid back with, taken off that method and the
 * total (one whose method is not stated is taken off the total under "not stated"). A
 * sale paid from stored value took no money (it spends a top-up already counted), so it
 * is its own line and not in the total. Void rows never count. Pure: the rows come as the
 * sheet gives them (dates as Date, amounts as numbers or typed text, payment in any of
 * the three languages).
 */
import {parseDay} from '../dates';
import {parseAmount} from '../customer-stats';
import {round2} from './money';
import {isVoid} from './void-mark';
import {PaymentKey, PAYMENTS} from './wire';

/**
 * Money by one method: its sales and top-ups in, its refunds out; `total` is what that
 * method should hold (sales + top-ups − refunds).
 */
export interface TillPayment {
  payment: PaymentKey | '';
  count: number;
  total: number;
  topUpCount: number;
  topUpTotal: number;
  /** Balances paid back by this method: money out, a positive sum. */
  refundCount: number;
  refundTotal: number;
}

export interface TillSum {
  count: number;
  total: number;
}

export interface TillDay {
  /** Day number (dates.ts). */
  day: number;
  /** Sales of the day, those paid from stored value included. */
  count: number;
  /**
   * What the drawer and the apps should hold, in cents-rounded currency units: sales by a
   * method + top-ups − refunds paid out. Received alone is `total + refunds.total`.
   */
  total: number;
  /**
   * One entry per payment method that took or paid out money that day, in the order of
   * PAYMENTS; '' unknown. Never 'stored'.
   */
  byPayment: TillPayment[];
  /** Sales paid from stored value: no money taken. */
  fromBalances: TillSum;
  /** Top-ups (their bonus is not money and is left out). */
  topUps: TillSum;
  /** Balances refunded: money paid out, every method together (a positive sum). */
  refunds: TillSum;
  /** Rows of that day whose amount could not be read: counted, not added. */
  unreadable: number;
  /** Void rows of that day, left out of every figure above. */
  voided: number;
}

export interface Till {
  today: TillDay;
  yesterday: TillDay;
}

export interface TillRows {
  dates: readonly unknown[];
  amounts: readonly unknown[];
  payments: readonly unknown[];
  voids: readonly unknown[];
}

/**
 * Stored-value ledger rows, already read: `reasons` as STORED_REASONS keys (null when
 * unreadable), `payments` the method a top-up was paid by or a refund paid back with
 * (null when not stated).
 */
export interface TillLedgerRows {
  dates: readonly unknown[];
  changes: readonly unknown[];
  reasons: ReadonlyArray<string | null>;
  payments: ReadonlyArray<string | null>;
}

const NO_LEDGER: TillLedgerRows = {
  dates: [],
  changes: [],
  reasons: [],
  payments: [],
};

function emptyDay(day: number): TillDay {
  return {
    day,
    count: 0,
    total: 0,
    byPayment: [],
    fromBalances: {count: 0, total: 0},
    topUps: {count: 0, total: 0},
    refunds: {count: 0, total: 0},
    unreadable: 0,
    voided: 0,
  };
}

/**
 * The till of `today` and the day before. `paymentOf` reads a payment cell typed in any
 * of the book's languages (the sheets layer knows the option names). `ledger` is the
 * Stored value tab's rows (none when the shop has no such tab).
 */
export function tillOf(
  rows: TillRows,
  today: number,
  tz: string,
  paymentOf: (cell: unknown) => string | null,
  ledger: TillLedgerRows = NO_LEDGER,
): Till {
  const days = [emptyDay(today), emptyDay(today - 1)];
  type Slot = Omit<TillPayment, 'payment'>;
  const by = [new Map<string, Slot>(), new Map<string, Slot>()];
  const slotOf = (which: number, payment: string): Slot => {
    let slot = by[which].get(payment);
    if (!slot) {
      slot = {
        count: 0,
        total: 0,
        topUpCount: 0,
        topUpTotal: 0,
        refundCount: 0,
        refundTotal: 0,
      };
      by[which].set(payment, slot);
    }
    return slot;
  };
  const whichOf = (cell: unknown) => {
    const d = parseDay(cell, tz);
    return d === today ? 0 : d === today - 1 ? 1 : -1;
  };
  for (let i = 0; i < rows.dates.length; i++) {
    const which = whichOf(rows.dates[i]);
    if (which < 0) continue;
    const out = days[which];
    if (isVoid(rows.voids[i])) {
      out.voided++;
      continue;
    }
    const amount = parseAmount(rows.amounts[i]);
    out.count++;
    const payment = paymentOf(rows.payments[i]) ?? '';
    if (payment === 'stored') {
      out.fromBalances.count++;
      if (typeof amount === 'number') {
        out.fromBalances.total = round2(out.fromBalances.total + amount);
      } else {
        out.unreadable++;
      }
      continue;
    }
    const slot = slotOf(which, payment);
    slot.count++;
    if (typeof amount === 'number') {
      out.total = round2(out.total + amount);
      slot.total = round2(slot.total + amount);
    } else {
      out.unreadable++;
    }
  }
  for (let i = 0; i < ledger.dates.length; i++) {
    const reason = ledger.reasons[i];
    // Bonus, payment, void and adjustment rows move balances, not money.
    if (reason !== 'topUp' && reason !== 'refund') continue;
    const which = whichOf(ledger.dates[i]);
    if (which < 0) continue;
    const out = days[which];
    const amount = parseAmount(ledger.changes[i]);
    if (typeof amount !== 'number') {
      out.unreadable++;
      continue;
    }
    const method = ledger.payments[i];
    const slot = slotOf(which, method && method !== 'stored' ? method : '');
    if (reason === 'refund') {
      // Written as a negative change; a hand-typed positive one means the same.
      const money = Math.abs(amount);
      slot.refundCount++;
      slot.refundTotal = round2(slot.refundTotal + money);
      slot.total = round2(slot.total - money);
      out.refunds.count++;
      out.refunds.total = round2(out.refunds.total + money);
      out.total = round2(out.total - money);
      continue;
    }
    slot.topUpCount++;
    slot.topUpTotal = round2(slot.topUpTotal + amount);
    slot.total = round2(slot.total + amount);
    out.topUps.count++;
    out.topUps.total = round2(out.topUps.total + amount);
    out.total = round2(out.total + amount);
  }
  const order: Array<PaymentKey | ''> = [
    ...PAYMENTS.filter(p => p !== 'stored'),
    '',
  ];
  days.forEach((day, k) => {
    day.byPayment = order
      .filter(p => by[k].has(p))
      .map(p => ({payment: p, ...by[k].get(p)!}));
  });
  return {today: days[0], yesterday: days[1]};
}
