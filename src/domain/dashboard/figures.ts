/**
 * The dashboard's figures, from the shop's tabs as getValues gives them (one read per
 * tab), computed in one pass over the sales plus the grade engine. Pure: no Apps Script.
 * Each table is its own module (days, months, peak hours, items, customers,
 * satisfaction); this one reads each sale once and hands it to them.
 *
 * Conventions, so every table can be checked by hand:
 * - a day is a calendar day in the spreadsheet's time zone; "today" is the last day of
 *   every window (the 8 weeks are today and the 55 days before);
 * - a voided sale, a sale whose date can't be read and a sale after today count nowhere;
 * - a visit is a sale row; revenue is the sum of readable amounts (a refund lowers it);
 * - "last year" for a day is the same weekday 52 weeks (364 days) before, so weekends
 *   line up; for a month, the same month a year before;
 * - an item's revenue is the sale's amount shared among its items by quantity (one sale
 *   of "奶茶 ×2、蛋挞" for 30 gives 奶茶 20 and 蛋挞 10): a till keeps no price per item;
 * - peak hours count the last 8 weeks' sales by weekday and hour; a sale whose time is
 *   exactly midnight was typed as a date without a time and is counted apart;
 * - grades and lifecycles are the engine's (customer-stats.ts), today and as of the last
 *   day of the previous month, from the same sales: a customer "moved up" this month when
 *   today's grade is better than that one. Only the sales are needed to know last month's
 *   grade, so nothing has to be stored from one month to the next, and an owner who
 *   corrects an old sale sees both sides corrected;
 * - at-risk regulars: lapsed now (segments.ts) and graded A–C on their last visit (the
 *   same estimate as of that day, as the reminders use);
 * - satisfaction by month: ratings 1–5 of any feedback, complaints opened (by their
 *   date) and resolved (by their resolved date), median days from one to the other;
 * - compacted sales (the Sales history) count for the customers as the rows they
 *   replaced, so grades, lifecycles, moves and at-risk regulars are the same before and
 *   after compaction; they keep no amount per day, so a day or month "last year" that
 *   reaches before the cut is blank, not a figure short of the folded sales.
 */
import {isVoid} from '../counter/void-mark';
import {parseAmount, summariseSales} from '../customer-stats';
import {dayReader} from '../dates';
import {firstDayOfMonth, monthOfDay} from './calendar';
import {CustomerTables, customerFigures} from './customers';
import {dayTable, DayRow} from './days';
import {DashboardInput, DashboardOptions} from './input';
import {itemTable, ItemTables} from './items';
import {MonthRow, monthTable} from './months';
import {peakHours} from './peak-hours';
import {satisfaction, SatisfactionTable} from './satisfaction';

export interface DashboardFigures
  extends ItemTables, CustomerTables, SatisfactionTable {
  today: number;
  days: DayRow[];
  months: MonthRow[];
  /** [weekday 0 = Monday][hour]. */
  peak: number[][];
  /** Sales of the last 8 weeks without a time of day. */
  untimed: number;
  /** Sales rows skipped because their date could not be read. */
  unreadDates: number;
  /** Sales before this day were compacted into the Sales history; null when none were. */
  compactedBefore: number | null;
}

export function computeDashboard(
  input: DashboardInput,
  opts: DashboardOptions,
): DashboardFigures {
  const {today, tz} = opts;
  const dayOf = dayReader(tz);
  const s = input.sales;
  const n = s.dates.length;

  const days = dayTable(today);
  const months = monthTable(today);
  const peak = peakHours(today, tz);
  const items = itemTable(today);
  let unreadDates = 0;
  /** The day of the book's first counted sale: before it, "last year" is unknown. */
  let firstDay = Infinity;
  // For the engine: the history's sales first (where the old rows stood), then the
  // Sales tab's with voided rows blanked, as if never made.
  const h = input.history;
  const hn = h ? h.customers.length : 0;
  const keys = new Array<unknown>(hn + n);
  const dates = new Array<unknown>(hn + n);
  const amounts = new Array<unknown>(hn + n);
  for (let j = 0; j < hn; j++) {
    keys[j] = h!.customers[j];
    dates[j] = h!.dates[j];
    amounts[j] = h!.amounts[j];
  }
  const cut = h?.cut ?? null;

  for (let i = 0; i < n; i++) {
    const voided = isVoid(s.voids[i]);
    const rawDate = s.dates[i];
    keys[hn + i] = voided ? '' : s.customers[i];
    dates[hn + i] = voided ? '' : rawDate;
    amounts[hn + i] = voided ? '' : s.amounts[i];
    if (voided || rawDate === '' || rawDate === null) continue;
    const day = dayOf(rawDate);
    if (day === null) {
      unreadDates++;
      continue;
    }
    if (day > today) continue;
    if (day < firstDay) firstDay = day;
    const parsed = parseAmount(s.amounts[i]);
    const amount = typeof parsed === 'number' ? parsed : 0;
    days.add(day, amount);
    peak.add(day, rawDate);
    months.add(day, amount);
    items.add(day, s.items[i], amount);
  }

  // Customers: the engine today and at the end of last month.
  const columns = {customers: keys, dates, amounts};
  const now = summariseSales(columns, {
    asOf: today,
    tz,
    grade: opts.grade,
    segments: opts.segments,
  });
  const monthStart = firstDayOfMonth(monthOfDay(today));
  const then = summariseSales(columns, {
    asOf: monthStart - 1,
    tz,
    grade: opts.grade,
    segments: opts.segments,
  });
  const customers = customerFigures(input, now, then, opts, keys, dates);

  return {
    today,
    days: days.rows(firstDay, cut),
    months: months.rows(firstDay, cut),
    ...items.tables(),
    peak: peak.peak,
    untimed: peak.untimed,
    ...customers,
    ...satisfaction(input, opts),
    unreadDates,
    compactedBefore: cut,
  };
}
