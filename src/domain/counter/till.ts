/**
 * Today's till: what the Sales tab says was taken today and yesterday, in the
 * spreadsheet's time zone, by payment method. Void rows never count. Pure: the rows come
 * as the sheet gives them (dates as Date, amounts as numbers or typed text, payment in
 * any of the three languages).
 */
import {parseDay} from '../dates';
import {parseAmount} from '../customer-stats';
import {isVoid} from './void-mark';
import {PaymentKey, PAYMENTS} from './wire';

export interface TillDay {
  /** Day number (dates.ts). */
  day: number;
  count: number;
  /** In cents-rounded currency units. */
  total: number;
  /** One entry per payment method seen that day, in the order of PAYMENTS; '' unknown. */
  byPayment: Array<{payment: PaymentKey | ''; count: number; total: number}>;
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

function emptyDay(day: number): TillDay {
  return {day, count: 0, total: 0, byPayment: [], unreadable: 0, voided: 0};
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The till of `today` and the day before. `paymentOf` reads a payment cell typed in any
 * of the book's languages (the sheets layer knows the option names).
 */
export function tillOf(
  rows: TillRows,
  today: number,
  tz: string,
  paymentOf: (cell: unknown) => string | null,
): Till {
  const days = [emptyDay(today), emptyDay(today - 1)];
  const by = [new Map<string, {count: number; total: number}>(), new Map()];
  for (let i = 0; i < rows.dates.length; i++) {
    const d = parseDay(rows.dates[i], tz);
    const which = d === today ? 0 : d === today - 1 ? 1 : -1;
    if (which < 0) continue;
    const out = days[which];
    if (isVoid(rows.voids[i])) {
      out.voided++;
      continue;
    }
    const amount = parseAmount(rows.amounts[i]);
    out.count++;
    const payment = paymentOf(rows.payments[i]) ?? '';
    const slot = by[which].get(payment) ?? {count: 0, total: 0};
    slot.count++;
    if (typeof amount === 'number') {
      out.total = round2(out.total + amount);
      slot.total = round2(slot.total + amount);
    } else {
      out.unreadable++;
    }
    by[which].set(payment, slot);
  }
  const order: Array<PaymentKey | ''> = [...PAYMENTS, ''];
  days.forEach((day, k) => {
    day.byPayment = order
      .filter(p => by[k].has(p))
      .map(p => ({payment: p, ...by[k].get(p)!}));
  });
  return {today: days[0], yesterday: days[1]};
}
