/**
 * What each CUSTOMER_* function shows for one customer, from the figures the Sales
 * columns give (per-customer.ts).
 */
import {dateOfDay} from '../../domain/dates';
import {CustomerStats} from '../../domain/customer-stats';
import {round2} from '../../domain/counter/money';
import {Lang, t} from '../../domain/i18n';
import {
  LIFECYCLE_LABELS,
  SEGMENT_LABELS,
  VALUE_CLASS_LABELS,
} from '../../domain/segments';
import {Context} from './arguments';
import {Cell, CustomFunctionHost, Grid} from './host';
import {perCustomer, SalesArgs} from './per-customer';

/** What each CUSTOMER_* function shows for one customer. */
export const PICKS = {
  grade: (s: CustomerStats): Cell => s.grade,
  perMonth: (s: CustomerStats): Cell =>
    s.total === 0 ? '' : round2(s.perMonth),
  lastVisit: (s: CustomerStats, ctx: Context): Cell =>
    s.total === 0 ? '' : dateOfDay(s.last, ctx.dateTz),
  daysSince: (s: CustomerStats): Cell => (s.total === 0 ? '' : s.daysSinceLast),
  spend: (s: CustomerStats): Cell => (s.total === 0 ? '' : round2(s.spend)),
  segment: (s: CustomerStats, _: Context, lang: Lang): Cell =>
    t(SEGMENT_LABELS[s.segment], lang),
  lifecycle: (s: CustomerStats, _: Context, lang: Lang): Cell =>
    t(LIFECYCLE_LABELS[s.lifecycle], lang),
  valueClass: (s: CustomerStats, _: Context, lang: Lang): Cell =>
    t(VALUE_CLASS_LABELS[s.valueClass], lang),
} as const;

export function customerFn(
  host: CustomFunctionHost,
  what: keyof typeof PICKS,
  args: SalesArgs,
): Grid {
  return perCustomer(host, args, PICKS[what]);
}
