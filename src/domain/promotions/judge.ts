/**
 * Did a promotion work? Its days against the same weekdays in the weeks before.
 *
 * What is counted, per day, over the sales a promotion covers (every sale, or the sales
 * naming one of its items or categories), voided sales left out:
 * - visits: sales rows (one row is one visit, one receipt);
 * - revenue: their amounts;
 * - new customers: customers whose first purchase ever was that day;
 * - returning customers: customers who bought that day and had bought before.
 *
 * Which days: from the start to the end, but only whole days (never today, which is not
 * over). The baseline is the same stretch of days moved back by whole weeks, so Mondays
 * meet Mondays: by one, two, three and four times the promotion's length rounded up to
 * a week, so a two-week promotion is compared with the two-week stretches before it and
 * never with itself. Stretches from before the shop's first recorded sale don't count.
 *
 * The verdict, a rule an owner can check by hand:
 * - fewer than MIN_DAYS whole days yet: too early to tell;
 * - fewer than MIN_BASELINES earlier stretches: nothing to compare with;
 * - fewer than MIN_VISITS visits during it: too few to tell;
 * - otherwise the visits during it are compared with the earlier stretches' average.
 *   How much those stretches differ from one another is the shop's normal swing (their
 *   standard deviation, and never less than the square root of the average, the swing
 *   of counts that small by chance alone). More than twice that swing above the average
 *   is "more customers came"; more than twice below is "fewer came"; anything in between
 *   is within the normal ups and downs: no clear effect.
 */
import {dayToIso} from '../dates';
import {Lang, t} from '../i18n';
import {PROMO_TEXTS} from './texts';

export const MIN_DAYS = 3;
export const MIN_BASELINES = 2;
export const BASELINE_WEEKS = 4;
export const MIN_VISITS = 20;
/** How many swings away from the average counts as a change. */
export const SWINGS = 2;

export interface Promotion {
  name: string;
  /** Day numbers (domain/dates), both included. */
  start: number;
  end: number;
  /** Item or category keys (itemKey) it covers; null for every sale. */
  items: ReadonlySet<string> | null;
}

/** One sale as the judge needs it; void sales are never passed in. */
export interface PromoSale {
  day: number;
  /** normaliseKey of the customer; '' for a walk-in. */
  customer: string;
  amount: number;
  /** itemKey of each item named, and of the category. */
  keys: readonly string[];
}

export interface Figures {
  visits: number;
  revenue: number;
  newCustomers: number;
  returning: number;
}

export type VerdictKind =
  'upcoming' | 'tooEarly' | 'noBaseline' | 'tooFew' | 'up' | 'down' | 'flat';

export interface Judgement {
  kind: VerdictKind;
  /** Whole days judged (0 for one not started). */
  days: number;
  during: Figures;
  /** The earlier stretches' average; null without any. */
  baseline: Figures | null;
  /** Visits and revenue during it against the baseline (0.25 = +25 %); null when none. */
  visitsUplift: number | null;
  revenueUplift: number | null;
  /** The normal swing of visits between stretches, as a share of their average. */
  swing: number | null;
  baselines: number;
}

const ZERO: Figures = {visits: 0, revenue: 0, newCustomers: 0, returning: 0};

/** Items and categories compare without case, width or surrounding spaces. */
export function itemKey(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase();
}

/**
 * Per-day figures of every sale: the first purchase of each customer and whether a
 * sale's customer had bought before that day are worked out once for all promotions.
 */
export class SalesByDay {
  private readonly first = new Map<string, number>();
  readonly firstDay: number | null;

  constructor(private readonly sales: readonly PromoSale[]) {
    let min: number | null = null;
    for (const s of sales) {
      if (min === null || s.day < min) min = s.day;
      if (s.customer === '') continue;
      const f = this.first.get(s.customer);
      if (f === undefined || s.day < f) this.first.set(s.customer, s.day);
    }
    this.firstDay = min;
  }

  /** The figures of the sales `covers` accepts on the days of [from, to]. */
  figures(
    from: number,
    to: number,
    covers: (s: PromoSale) => boolean,
  ): Figures {
    const out = {...ZERO};
    const newSeen = new Set<string>();
    const backSeen = new Set<string>();
    for (const s of this.sales) {
      if (s.day < from || s.day > to || !covers(s)) continue;
      out.visits++;
      out.revenue += s.amount;
      if (s.customer === '') continue;
      const first = this.first.get(s.customer) as number;
      // Distinct per day: two visits on one day are one customer that day.
      const k = `${s.day}|${s.customer}`;
      if (first === s.day) {
        if (!newSeen.has(k)) out.newCustomers++;
        newSeen.add(k);
      } else if (!backSeen.has(k)) {
        out.returning++;
        backSeen.add(k);
      }
    }
    out.revenue = Math.round(out.revenue * 100) / 100;
    return out;
  }
}

export function covers(p: Promotion): (s: PromoSale) => boolean {
  const items = p.items;
  if (!items) return () => true;
  return s => s.keys.some(k => items.has(k));
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function spread(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

function uplift(during: number, base: number): number | null {
  if (!(base > 0)) return null;
  return during / base - 1;
}

export function judge(
  p: Promotion,
  sales: SalesByDay,
  today: number,
): Judgement {
  const last = Math.min(p.end, today - 1);
  const days = Math.max(0, last - p.start + 1);
  const test = covers(p);
  const during = days > 0 ? sales.figures(p.start, last, test) : {...ZERO};
  const base: Judgement = {
    kind: 'upcoming',
    days,
    during,
    baseline: null,
    visitsUplift: null,
    revenueUplift: null,
    swing: null,
    baselines: 0,
  };
  if (p.start > today) return base;
  // Running since this morning: started, though no whole day is counted yet.
  if (p.start === today) return {...base, kind: 'tooEarly'};
  const step = Math.ceil(days / 7) * 7;
  const earlier: Figures[] = [];
  for (let k = 1; k <= BASELINE_WEEKS; k++) {
    const from = p.start - k * step;
    if (sales.firstDay === null || from < sales.firstDay) break;
    earlier.push(sales.figures(from, last - k * step, test));
  }
  const baseline: Figures | null = earlier.length
    ? {
        visits: mean(earlier.map(f => f.visits)),
        revenue: mean(earlier.map(f => f.revenue)),
        newCustomers: mean(earlier.map(f => f.newCustomers)),
        returning: mean(earlier.map(f => f.returning)),
      }
    : null;
  const out: Judgement = {
    ...base,
    baseline,
    baselines: earlier.length,
    visitsUplift: baseline ? uplift(during.visits, baseline.visits) : null,
    revenueUplift: baseline ? uplift(during.revenue, baseline.revenue) : null,
  };
  if (days < MIN_DAYS) return {...out, kind: 'tooEarly'};
  if (!baseline || earlier.length < MIN_BASELINES)
    return {...out, kind: 'noBaseline'};
  const noise = Math.max(
    spread(earlier.map(f => f.visits)),
    Math.sqrt(baseline.visits),
  );
  out.swing = baseline.visits > 0 ? noise / baseline.visits : null;
  if (during.visits < MIN_VISITS) return {...out, kind: 'tooFew'};
  const diff = during.visits - baseline.visits;
  if (diff > SWINGS * noise) return {...out, kind: 'up'};
  if (diff < -SWINGS * noise) return {...out, kind: 'down'};
  return {...out, kind: 'flat'};
}

function pct(x: number | null): string {
  if (x === null) return '–';
  const r = Math.round(x * 100);
  return `${r > 0 ? '+' : ''}${r}%`;
}

/** The verdict in plain words, in `lang`. */
export function verdictText(j: Judgement, p: Promotion, lang: Lang): string {
  const v = PROMO_TEXTS.verdict;
  const values = {
    days: j.days,
    min: MIN_DAYS,
    minVisits: MIN_VISITS,
    visits: j.during.visits,
    // Whole, as the tab's column beside it: a count, averaged.
    base: j.baseline ? Math.round(j.baseline.visits) : 0,
    uplift: pct(j.visitsUplift),
    revenue: pct(j.revenueUplift),
    // The line the verdict was drawn at (SWINGS times the swing), which the words name
    // as "twice the normal swing": the figure beside the change must be the rule applied.
    swing: j.swing === null ? '–' : `±${Math.round(SWINGS * j.swing * 100)}%`,
    length: p.end - p.start + 1,
    start: dayToIso(p.start),
    weeks: j.baselines,
  };
  // Today is never counted, so a promotion that starts today has 0 whole days.
  const key =
    j.kind !== 'tooEarly'
      ? j.kind
      : p.end - p.start + 1 < MIN_DAYS
        ? 'tooShort'
        : j.days === 0
          ? 'startedToday'
          : j.kind;
  return t(v[key], lang, values);
}
