/**
 * The dashboard's figures, from the shop's tabs as getValues gives them (one read per
 * tab), computed in one pass over the sales plus the grade engine. Pure: no Apps Script.
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
import {itemEntries} from '../counter/items';
import {
  CustomerStats,
  parseAmount,
  SalesSummary,
  statsOfKeys,
  summariseSales,
} from '../customer-stats';
import {DAY_MS, dayReader, isDate, tzOffsetMs} from '../dates';
import {Grade, gradeOf, gradeRank, GradeRules, spanDays} from '../grading';
import {normaliseKey} from '../keys';
import {Lifecycle, SegmentRules} from '../segments';

/** The columns the dashboard reads, each as the tab's cells (data rows only). */
export interface DashboardInput {
  sales: {
    dates: readonly unknown[];
    customers: readonly unknown[];
    items: readonly unknown[];
    amounts: readonly unknown[];
    voids: readonly unknown[];
  };
  customers: {
    ids: readonly unknown[];
    names: readonly unknown[];
    phones: readonly unknown[];
  };
  feedback: {
    dates: readonly unknown[];
    types: readonly unknown[];
    ratings: readonly unknown[];
    statuses: readonly unknown[];
    resolvedOn: readonly unknown[];
  };
  /** Compacted old sales, when the book has a Sales history. */
  history?: DashboardHistory;
  /** The option readers of the sheets layer, passed in to keep this pure of sheets. */
  isComplaint: (type: unknown) => boolean;
  isResolved: (status: unknown) => boolean;
}

/**
 * The Sales history's purchases as sales (customer, date, amount cells, as replayed for
 * the card), and the day before which the Sales tab's rows were folded (null: none).
 */
export interface DashboardHistory {
  customers: unknown[];
  dates: unknown[];
  amounts: unknown[];
  cut: number | null;
}

export interface DashboardOptions {
  today: number;
  tz: string;
  grade: GradeRules;
  segments: SegmentRules;
}

export const DAYS_SHOWN = 56;
export const MONTHS_SHOWN = 13;
export const ITEM_DAYS = 30;
export const TOP_ITEMS = 10;
export const MOVERS = 5;
export const AT_RISK_SHOWN = 15;
const YEAR_DAYS = 364;

export interface DayRow {
  day: number;
  revenue: number;
  visits: number;
  /**
   * Blank (null) when that day a year before comes before the book's first sale: the
   * book knows nothing of it, and a 0 would read as "sold nothing last year".
   */
  revenueLastYear: number | null;
  visitsLastYear: number | null;
}

export interface MonthRow {
  /** Year × 12 + month index (0–11). */
  month: number;
  revenue: number;
  visits: number;
  /** Blank (null) when that month a year before ends before the book's first sale. */
  revenueLastYear: number | null;
  visitsLastYear: number | null;
}

export interface ItemRow {
  item: string;
  now: number;
  before: number;
}

export interface AtRiskRow {
  name: string;
  phone: string;
  gradeThen: Grade;
  lastVisit: number;
  daysSince: number;
  spendYear: number;
}

export interface SatisfactionRow {
  month: number;
  ratingAverage: number | null;
  ratings: number;
  complaintsOpened: number;
  complaintsResolved: number;
  medianDaysToResolve: number | null;
}

export interface DashboardFigures {
  today: number;
  days: DayRow[];
  months: MonthRow[];
  byCount: ItemRow[];
  byRevenue: ItemRow[];
  risers: ItemRow[];
  fallers: ItemRow[];
  /** [weekday 0 = Monday][hour]. */
  peak: number[][];
  /** Sales of the last 8 weeks without a time of day. */
  untimed: number;
  grades: Record<Grade | 'none', number>;
  lifecycles: Record<Lifecycle, number>;
  moved: {up: number; down: number; same: number; firstGraded: number};
  atRisk: AtRiskRow[];
  atRiskTotal: number;
  satisfaction: SatisfactionRow[];
  openComplaints: number;
  /** Sales rows skipped because their date could not be read. */
  unreadDates: number;
  /** Sales before this day were compacted into the Sales history; null when none were. */
  compactedBefore: number | null;
}

/** Year × 12 + month of a day number. */
export function monthOfDay(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The day number of the first day of a month index. */
export function firstDayOfMonth(month: number): number {
  return Math.floor(Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS);
}

/** Monday = 0 … Sunday = 6 (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Wall-clock hour in `tz`, the zone offset looked up once per hour of instants. */
function hourReader(tz: string): (ms: number) => number {
  const offsets = new Map<number, number>();
  return ms => {
    const bucket = Math.floor(ms / 3_600_000);
    let off = offsets.get(bucket);
    if (off === undefined) {
      off = tzOffsetMs(ms, tz);
      offsets.set(bucket, off);
    }
    const local = ms + off;
    return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 3_600_000);
  };
}

function isMidnight(ms: number, tz: string): boolean {
  const local = ms + tzOffsetMs(ms, tz);
  return ((local % DAY_MS) + DAY_MS) % DAY_MS === 0;
}

interface ItemAcc {
  item: string;
  countNow: number;
  countBefore: number;
  revenueNow: number;
  revenueBefore: number;
}

function rank(rows: ItemAcc[], now: keyof ItemAcc, before: keyof ItemAcc) {
  return rows
    .filter(r => (r[now] as number) > 0)
    .sort(
      (a, b) =>
        (b[now] as number) - (a[now] as number) ||
        (a.item < b.item ? -1 : a.item > b.item ? 1 : 0),
    )
    .slice(0, TOP_ITEMS)
    .map(r => ({
      item: r.item,
      now: r[now] as number,
      before: r[before] as number,
    }));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function computeDashboard(
  input: DashboardInput,
  opts: DashboardOptions,
): DashboardFigures {
  const {today, tz} = opts;
  const dayOf = dayReader(tz);
  const hourOf = hourReader(tz);
  const s = input.sales;
  const n = s.dates.length;

  const dayFrom = today - DAYS_SHOWN + 1;
  const days: DayRow[] = [];
  for (let d = dayFrom; d <= today; d++) {
    days.push({
      day: d,
      revenue: 0,
      visits: 0,
      revenueLastYear: 0,
      visitsLastYear: 0,
    });
  }
  const thisMonth = monthOfDay(today);
  const monthFrom = thisMonth - MONTHS_SHOWN + 1;
  const months: MonthRow[] = [];
  for (let m = monthFrom; m <= thisMonth; m++) {
    months.push({
      month: m,
      revenue: 0,
      visits: 0,
      revenueLastYear: 0,
      visitsLastYear: 0,
    });
  }
  const peak = Array.from({length: 7}, () => new Array<number>(24).fill(0));
  let untimed = 0;
  let unreadDates = 0;
  const items = new Map<string, ItemAcc>();
  const itemsNowFrom = today - ITEM_DAYS + 1;
  const itemsBeforeFrom = itemsNowFrom - ITEM_DAYS;
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
    const di = day - dayFrom;
    if (di >= 0) {
      days[di].revenue += amount;
      days[di].visits++;
      if (isDate(rawDate)) {
        const ms = rawDate.getTime();
        if (isMidnight(ms, tz)) untimed++;
        else peak[weekdayOf(day)][hourOf(ms)]++;
      } else {
        untimed++;
      }
    }
    const ly = day + YEAR_DAYS - dayFrom;
    if (ly >= 0 && ly < DAYS_SHOWN) {
      days[ly].revenueLastYear! += amount;
      days[ly].visitsLastYear!++;
    }
    const month = monthOfDay(day);
    const mi = month - monthFrom;
    if (mi >= 0) {
      months[mi].revenue += amount;
      months[mi].visits++;
    }
    const lm = month + 12 - monthFrom;
    if (lm >= 0 && lm < MONTHS_SHOWN) {
      months[lm].revenueLastYear! += amount;
      months[lm].visitsLastYear!++;
    }
    if (day >= itemsBeforeFrom) {
      const entries = itemEntries(s.items[i]);
      const qty = entries.reduce((a, e) => a + e.count, 0);
      const now = day >= itemsNowFrom;
      for (const e of entries) {
        let acc = items.get(e.key);
        if (!acc) {
          acc = {
            item: e.item,
            countNow: 0,
            countBefore: 0,
            revenueNow: 0,
            revenueBefore: 0,
          };
          items.set(e.key, acc);
        }
        const share = qty > 0 ? (amount * e.count) / qty : 0;
        if (now) {
          acc.countNow += e.count;
          acc.revenueNow += share;
        } else {
          acc.countBefore += e.count;
          acc.revenueBefore += share;
        }
      }
    }
  }
  const firstMonth = Number.isFinite(firstDay)
    ? monthOfDay(firstDay)
    : Infinity;
  for (const d of days) {
    d.revenue = round2(d.revenue);
    d.revenueLastYear = round2(d.revenueLastYear!);
    if (
      d.day - YEAR_DAYS < firstDay ||
      (cut !== null && d.day - YEAR_DAYS < cut)
    ) {
      d.revenueLastYear = null;
      d.visitsLastYear = null;
    }
  }
  for (const m of months) {
    m.revenue = round2(m.revenue);
    m.revenueLastYear = round2(m.revenueLastYear!);
    if (
      m.month - 12 < firstMonth ||
      (cut !== null && firstDayOfMonth(m.month - 12) < cut)
    ) {
      m.revenueLastYear = null;
      m.visitsLastYear = null;
    }
  }
  const itemRows = [...items.values()];
  for (const r of itemRows) {
    r.revenueNow = round2(r.revenueNow);
    r.revenueBefore = round2(r.revenueBefore);
  }
  const byCount = rank(itemRows, 'countNow', 'countBefore');
  const byRevenue = rank(itemRows, 'revenueNow', 'revenueBefore');
  const change = (r: ItemAcc) => r.countNow - r.countBefore;
  const moverOrder = (a: ItemAcc, b: ItemAcc) =>
    Math.abs(change(b)) - Math.abs(change(a)) ||
    (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);
  const asRow = (r: ItemAcc): ItemRow => ({
    item: r.item,
    now: r.countNow,
    before: r.countBefore,
  });
  const risers = itemRows
    .filter(r => change(r) > 0)
    .sort(moverOrder)
    .slice(0, MOVERS)
    .map(asRow);
  const fallers = itemRows
    .filter(r => change(r) < 0)
    .sort(moverOrder)
    .slice(0, MOVERS)
    .map(asRow);

  // Customers: the engine today and at the end of last month.
  const columns = {customers: keys, dates, amounts};
  const now = summariseSales(columns, {
    asOf: today,
    tz,
    grade: opts.grade,
    segments: opts.segments,
  });
  const monthStart = firstDayOfMonth(thisMonth);
  const then = summariseSales(columns, {
    asOf: monthStart - 1,
    tz,
    grade: opts.grade,
    segments: opts.segments,
  });
  const customers = customerFigures(input, now, then, opts, keys, dates);

  return {
    today,
    days,
    months,
    byCount,
    byRevenue,
    risers,
    fallers,
    peak,
    untimed,
    ...customers,
    ...satisfaction(input, opts, monthFrom, thisMonth),
    unreadDates,
    compactedBefore: cut,
  };
}

function customerFigures(
  input: DashboardInput,
  now: SalesSummary,
  then: SalesSummary,
  opts: DashboardOptions,
  keys: readonly unknown[],
  dates: readonly unknown[],
): Pick<
  DashboardFigures,
  'grades' | 'lifecycles' | 'moved' | 'atRisk' | 'atRiskTotal'
> {
  const grades: Record<Grade | 'none', number> = {
    A: 0,
    B: 0,
    C: 0,
    D: 0,
    E: 0,
    none: 0,
  };
  const lifecycles: Record<Lifecycle, number> = {
    potential: 0,
    new: 0,
    active: 0,
    lapsed: 0,
  };
  const moved = {up: 0, down: 0, same: 0, firstGraded: 0};
  const c = input.customers;
  const seen = new Set<string>();
  const lapsed: Array<{
    stats: CustomerStats;
    keys: string[];
    name: string;
    phone: string;
  }> = [];
  for (let i = 0; i < c.ids.length; i++) {
    const id = normaliseKey(c.ids[i]);
    const phone = normaliseKey(c.phones[i]);
    const key = id || phone;
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const ids = [id, phone].filter(Boolean);
    const today = statsOfKeys(now, ids);
    const before = statsOfKeys(then, ids);
    if (!today) continue;
    grades[today.grade || 'none']++;
    lifecycles[today.lifecycle]++;
    const g1 = today.grade;
    const g0 = before?.grade ?? '';
    if (g1 !== '' && g0 === '') moved.firstGraded++;
    else if (g1 !== '' && g0 !== '') {
      const d = gradeRank(g0) - gradeRank(g1);
      if (d > 0) moved.up++;
      else if (d < 0) moved.down++;
      else moved.same++;
    }
    if (today.lifecycle === 'lapsed') {
      lapsed.push({
        stats: today,
        keys: ids,
        name: cellString(c.names[i]) || cellString(c.ids[i]),
        phone: cellString(c.phones[i]),
      });
    }
  }

  // Their grade on their last visit: purchases in the window before it (reminders-facts).
  const w = opts.grade.windowDays;
  const byKey = new Map<string, (typeof lapsed)[number][]>();
  for (const l of lapsed) {
    for (const k of l.keys) {
      const list = byKey.get(k);
      if (list) list.push(l);
      else byKey.set(k, [l]);
    }
  }
  const inWindowAtLast = new Map<(typeof lapsed)[number], number>();
  if (byKey.size > 0) {
    const dayOf = dayReader(opts.tz);
    const cellKeys = new Map<unknown, string>();
    for (let i = 0; i < keys.length; i++) {
      const raw = keys[i];
      if (raw === '') continue;
      let k = cellKeys.get(raw);
      if (k === undefined) {
        k = normaliseKey(raw);
        cellKeys.set(raw, k);
      }
      const found = byKey.get(k);
      if (!found) continue;
      const day = dayOf(dates[i]);
      if (day === null || day > opts.today) continue;
      for (const l of found) {
        if (l.stats.last - day < w)
          inWindowAtLast.set(l, (inWindowAtLast.get(l) ?? 0) + 1);
      }
    }
  }
  const atRisk: AtRiskRow[] = [];
  for (const l of lapsed) {
    const s = l.stats;
    const g = gradeOf(
      s.total,
      inWindowAtLast.get(l) ?? 0,
      spanDays(s.last, s.first, w),
      opts.grade.thresholds,
    );
    if (g !== 'A' && g !== 'B' && g !== 'C') continue;
    atRisk.push({
      name: l.name,
      phone: l.phone,
      gradeThen: g,
      lastVisit: s.last,
      daysSince: s.daysSinceLast,
      spendYear: round2(s.spendYear),
    });
  }
  atRisk.sort(
    (a, b) =>
      b.spendYear - a.spendYear ||
      a.daysSince - b.daysSince ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return {
    grades,
    lifecycles,
    moved,
    atRisk: atRisk.slice(0, AT_RISK_SHOWN),
    atRiskTotal: atRisk.length,
  };
}

function cellString(v: unknown): string {
  if (typeof v === 'string') return v.trim().slice(0, 60);
  if (typeof v === 'number') return String(v);
  return '';
}

function satisfaction(
  input: DashboardInput,
  opts: DashboardOptions,
  monthFrom: number,
  thisMonth: number,
): Pick<DashboardFigures, 'satisfaction' | 'openComplaints'> {
  const dayOf = dayReader(opts.tz);
  const rows: SatisfactionRow[] = [];
  const sums: number[] = [];
  const waits: number[][] = [];
  for (let m = monthFrom; m <= thisMonth; m++) {
    rows.push({
      month: m,
      ratingAverage: null,
      ratings: 0,
      complaintsOpened: 0,
      complaintsResolved: 0,
      medianDaysToResolve: null,
    });
    sums.push(0);
    waits.push([]);
  }
  let open = 0;
  const f = input.feedback;
  for (let i = 0; i < f.dates.length; i++) {
    const day = dayOf(f.dates[i]);
    if (day === null || day > opts.today) continue;
    const mi = monthOfDay(day) - monthFrom;
    const rating = ratingOf(f.ratings[i]);
    if (rating !== null && mi >= 0) {
      rows[mi].ratings++;
      sums[mi] += rating;
    }
    if (!input.isComplaint(f.types[i])) continue;
    if (mi >= 0) rows[mi].complaintsOpened++;
    const done = f.resolvedOn[i] === '' ? null : dayOf(f.resolvedOn[i]);
    if (done === null || done > opts.today) {
      // Marked resolved without a date: closed, but no month or wait to count.
      if (!input.isResolved(f.statuses[i])) open++;
      continue;
    }
    const ri = monthOfDay(done) - monthFrom;
    if (ri >= 0) {
      rows[ri].complaintsResolved++;
      waits[ri].push(Math.max(0, done - day));
    }
  }
  rows.forEach((r, i) => {
    if (r.ratings > 0) r.ratingAverage = round2(sums[i] / r.ratings);
    r.medianDaysToResolve = median(waits[i]);
  });
  return {satisfaction: rows, openComplaints: open};
}

/** A star rating 1–5 (a number, or text such as "4" or "★★★★"); null otherwise. */
export function ratingOf(v: unknown): number | null {
  let n: number | null = null;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') {
    const t = v.normalize('NFKC').trim();
    if (/^[★⭐]+$/u.test(t)) n = [...t].length;
    else if (/^\d+(\.\d+)?$/.test(t)) n = Number(t);
  }
  return n !== null && n >= 1 && n <= 5 ? n : null;
}
