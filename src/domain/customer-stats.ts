/**
 * The customer engine: one pass over the sales, grouped by customer key once, gives every
 * customer's purchases, days, spend, grade, lifecycle, value class and segment.
 *
 * Sales come as columns (what a custom function receives, and what a tab's getValues
 * gives column by column), one row = one purchase. A row is:
 *   - blank (no customer, date or amount): ignored;
 *   - without a customer: a walk-in sale, counted as anonymous, not a problem;
 *   - with a customer but a date that can't be read: skipped and reported;
 *   - dated after `asOf`: ignored (counted), as if not yet happened;
 *   - otherwise a purchase. An amount that can't be read is reported and adds nothing to
 *     spend, but the visit still counts; a negative amount (a refund) lowers spend.
 */
import type {HistorySeed} from './compaction/history';
import {isVoid} from './counter/void-mark';
import {dayReader} from './dates';
import {
  DEFAULT_GRADE_RULES,
  Grade,
  gradeOf,
  GradeRules,
  MONTH_DAYS,
  spanDays,
} from './grading';
import {normaliseKey} from './keys';
import {
  Behaviour,
  DEFAULT_SEGMENT_RULES,
  Lifecycle,
  lifecycleOf,
  Segment,
  segmentOf,
  SegmentRules,
  SPEND_YEAR_DAYS,
  ValueClass,
  valueClassOf,
} from './segments';

export interface SalesColumns {
  customers: ArrayLike<unknown>;
  /** null: undated sales (spend alone), each counted as on `asOf`. */
  dates: ArrayLike<unknown> | null;
  /** Omit when spend is not wanted (grades alone). */
  amounts?: ArrayLike<unknown> | null;
  /** Sheet row number of index 0, for reports (default 2: data under a header). */
  firstRow?: number;
  /** The Void column: a row with anything in it was undone and counts for nothing. */
  voids?: ArrayLike<unknown> | null;
}

export interface EngineOptions {
  /** Day number (dates.ts) the figures are as of. */
  asOf: number;
  /** The spreadsheet's time zone: days are its calendar days. */
  tz: string;
  grade?: GradeRules;
  segments?: SegmentRules;
  /**
   * Compacted sales (compaction/history.ts), counted as the rows they replaced: their
   * purchases, days and spend. They lie before every window by the choice of the cut.
   */
  history?: ReadonlyArray<HistorySeed>;
}

export interface CustomerStats extends Behaviour {
  key: string;
  /** Purchases up to asOf. */
  total: number;
  /** Day of the first and last purchase; NaN when there is none. */
  first: number;
  last: number;
  /** asOf - last; NaN when there is no purchase. */
  daysSinceLast: number;
  /** Purchases in the window (n). */
  inWindow: number;
  /** The estimate's span in days; NaN when there is no purchase. */
  span: number;
  /** n × 30 / span; NaN when there is no purchase. */
  perMonth: number;
  grade: Grade | '';
  /** Sum of readable amounts up to asOf. */
  spend: number;
  /** Purchases that had a readable amount. */
  spendCount: number;
  /** spend / spendCount; NaN when no amount was readable. */
  averageSpend: number;
  /** Spend in the last 365 days (M of RFM). */
  spendYear: number;
  lifecycle: Lifecycle;
  valueClass: ValueClass;
  segment: Segment;
}

export type SaleProblemReason = 'date' | 'amount';

export interface SaleProblem {
  /** Sheet row number. */
  row: number;
  reason: SaleProblemReason;
  value: unknown;
  /** The customer key of the row. */
  key: string;
}

export interface SalesSummary {
  asOf: number;
  tz: string;
  grade: GradeRules;
  segments: SegmentRules;
  /** By normalised key (keys.ts). */
  customers: Map<string, CustomerStats>;
  /** The first MAX_PROBLEMS problems, in row order. */
  problems: SaleProblem[];
  /** All problems, also those beyond the list. */
  problemCount: number;
  rows: number;
  /** Rows that counted as purchases. */
  purchases: number;
  afterAsOf: number;
  anonymous: number;
}

export const MAX_PROBLEMS = 1000;

/**
 * Amount text typed or pasted: currency signs, thousands separators, full width. A comma
 * is read only as a thousands separator ("1,234.50"): "12,50" (a decimal comma, as € and
 * RM shops may type it) or "1,2" is refused, not read as 1250 or 12.
 */
export function parseAmount(v: unknown): number | null | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v === '' || v === null || v === undefined) return undefined;
  if (typeof v !== 'string') return null;
  let s = v.trim();
  if (s === '') return undefined;
  if (!/^[\d.-]*$/.test(s)) {
    s = s
      .normalize('NFKC')
      .replace(
        /(?:[a-z]{0,3}\$|rmb|cny|hkd|ntd|twd|usd|sgd|myr|gbp|aud|eur|mop|rm|[¥€£元圆圓\s])/gi,
        '',
      );
    if (s.includes(',')) {
      if (!/^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(s)) return null;
      s = s.replace(/,/g, '');
    }
  }
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(s)) return null;
  return Number(s);
}

function emptyStats(key: string, asOf: number): CustomerStats {
  return {
    key,
    asOf,
    total: 0,
    first: NaN,
    last: NaN,
    daysSinceLast: NaN,
    inWindow: 0,
    span: NaN,
    perMonth: NaN,
    grade: '',
    spend: 0,
    spendCount: 0,
    averageSpend: NaN,
    spendYear: 0,
    lifecycle: 'potential',
    valueClass: 'potential',
    segment: 'potential',
  };
}

function isBlankCell(v: unknown): boolean {
  return (
    v === '' ||
    v === null ||
    v === undefined ||
    (typeof v === 'string' && v.trim() === '')
  );
}

/** Grades and figures for everyone in the sales, in one pass. */
export function summariseSales(
  sales: SalesColumns,
  opts: EngineOptions,
): SalesSummary {
  const {asOf, tz} = opts;
  const gradeRules = opts.grade ?? DEFAULT_GRADE_RULES;
  const segRules = opts.segments ?? DEFAULT_SEGMENT_RULES;
  const w = gradeRules.windowDays;
  const {customers: keys, dates} = sales;
  const amounts = sales.amounts ?? null;
  const voids = sales.voids ?? null;
  const firstRow = sales.firstRow ?? 2;
  const rows = Math.max(keys.length, dates?.length ?? 0, amounts?.length ?? 0);

  const problems: SaleProblem[] = [];
  let problemCount = 0;
  let purchases = 0;
  let afterAsOf = 0;
  let anonymous = 0;
  const report = (
    i: number,
    reason: SaleProblemReason,
    value: unknown,
    key: string,
  ) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS) {
      problems.push({row: firstRow + i, reason, value, key});
    }
  };

  // Customers are numbered as they are met and their running figures kept in typed
  // arrays: a shop of 50,000 customers fits them in the CPU cache, where 50,000 objects
  // did not (the loop waited on memory more than it computed).
  const acc = new Accumulators();
  const indexOfKey = new Map<string, number>();
  // Keys repeat (a regular has hundreds of rows), so each distinct cell value is
  // normalised once and mapped straight to its customer. Phone numbers arrive as numbers
  // above 2^31, which a Map hashes slowly, hence a small open-addressing table for them.
  const byText = new Map<unknown, number>();
  const byNumber = new NumberTable();
  const dayOf = dayReader(tz);
  for (const h of opts.history ?? []) {
    if (!(h.purchases > 0) || !(h.first <= asOf)) continue;
    const key = normaliseKey(h.key);
    if (key === '') {
      anonymous += h.purchases;
      continue;
    }
    let c = indexOfKey.get(key) ?? -1;
    if (c < 0) {
      c = acc.add(key);
      indexOfKey.set(key, c);
    }
    purchases += h.purchases;
    acc.total[c] += h.purchases;
    if (h.first < acc.first[c]) acc.first[c] = h.first;
    if (h.last > acc.last[c]) acc.last[c] = h.last;
    acc.spend[c] += h.spend;
    acc.spendCount[c] += h.spendCount;
  }
  for (let i = 0; i < rows; i++) {
    if (voids !== null && i < voids.length && isVoid(voids[i])) continue;
    let rawKey = i < keys.length ? keys[i] : '';
    if (typeof rawKey === 'string') {
      // Phone numbers typed as text are the same key as the number: look them up as one.
      const n = digitsOf(rawKey);
      if (n >= 0) rawKey = n;
    }
    let c =
      typeof rawKey === 'number'
        ? byNumber.get(rawKey)
        : rawKey === ''
          ? -1
          : (byText.get(rawKey) ?? -1);
    if (c < 0) {
      const key = normaliseKey(rawKey);
      if (key === '') {
        const rawDate = dates && i < dates.length ? dates[i] : '';
        const rawAmount = amounts && i < amounts.length ? amounts[i] : '';
        if (!isBlankCell(rawDate) || !isBlankCell(rawAmount)) anonymous++;
        continue;
      }
      c = indexOfKey.get(key) ?? -1;
      if (c < 0) {
        c = acc.add(key);
        indexOfKey.set(key, c);
      }
      if (typeof rawKey === 'number') byNumber.set(rawKey, c);
      else byText.set(rawKey, c);
    }
    const rawDate = dates === null ? asOf : i < dates.length ? dates[i] : '';
    const day = dates === null ? asOf : dayOf(rawDate);
    if (day === null) {
      report(i, 'date', rawDate, acc.keys[c]);
      continue;
    }
    if (day > asOf) {
      afterAsOf++;
      continue;
    }
    purchases++;
    if (day < acc.first[c]) acc.first[c] = day;
    if (day > acc.last[c]) acc.last[c] = day;
    acc.total[c]++;
    const ago = asOf - day;
    if (ago < w) acc.inWindow[c]++;
    if (amounts !== null) {
      const a = parseAmount(i < amounts.length ? amounts[i] : '');
      if (a === null) {
        report(i, 'amount', amounts[i], acc.keys[c]);
      } else if (a !== undefined) {
        acc.spend[c] += a;
        acc.spendCount[c]++;
        if (ago < SPEND_YEAR_DAYS) acc.spendYear[c] += a;
      }
    }
  }

  // Customers seen only on unreadable or future rows have no purchase yet.
  const byKey = new Map<string, CustomerStats>();
  for (let c = 0; c < acc.size; c++) {
    if (acc.total[c] === 0) continue;
    const st = emptyStats(acc.keys[c], asOf);
    st.total = acc.total[c];
    st.first = acc.first[c];
    st.last = acc.last[c];
    st.inWindow = acc.inWindow[c];
    st.spend = acc.spend[c];
    st.spendCount = acc.spendCount[c];
    st.spendYear = acc.spendYear[c];
    finish(st, gradeRules, segRules);
    byKey.set(st.key, st);
  }
  return {
    asOf,
    tz,
    grade: gradeRules,
    segments: segRules,
    customers: byKey,
    problems,
    problemCount,
    rows,
    purchases,
    afterAsOf,
    anonymous,
  };
}

/**
 * The number a text of plain digits stands for as a key ("13800138000" → 13800138000),
 * or -1: anything else (spaces, a leading 0 that a number would lose, over 15 digits
 * that a double can't hold exactly) goes the general way through normaliseKey.
 */
function digitsOf(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15 || (n > 1 && s.charCodeAt(0) === 48)) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Running figures per customer number, growing by doubling. */
class Accumulators {
  size = 0;
  keys: string[] = [];
  first = new Int32Array(1024);
  last = new Int32Array(1024);
  total = new Int32Array(1024);
  inWindow = new Int32Array(1024);
  spendCount = new Int32Array(1024);
  spend = new Float64Array(1024);
  spendYear = new Float64Array(1024);

  add(key: string): number {
    if (this.size === this.first.length) this.grow();
    const c = this.size++;
    this.keys.push(key);
    this.first[c] = 2147483647;
    this.last[c] = -2147483648;
    return c;
  }

  private grow(): void {
    const n = this.first.length * 2;
    const int = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const dbl = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    this.first = int(this.first);
    this.last = int(this.last);
    this.total = int(this.total);
    this.inWindow = int(this.inWindow);
    this.spendCount = int(this.spendCount);
    this.spend = dbl(this.spend);
    this.spendYear = dbl(this.spendYear);
  }
}

function finish(
  s: CustomerStats,
  gradeRules: GradeRules,
  segRules: SegmentRules,
): void {
  s.daysSinceLast = s.asOf - s.last;
  s.span = spanDays(s.asOf, s.first, gradeRules.windowDays);
  s.perMonth = (s.inWindow * MONTH_DAYS) / s.span;
  s.grade = gradeOf(s.total, s.inWindow, s.span, gradeRules.thresholds);
  s.averageSpend = s.spendCount > 0 ? s.spend / s.spendCount : NaN;
  s.lifecycle = lifecycleOf(s, segRules);
  s.valueClass = valueClassOf(s, segRules);
  s.segment = segmentOf(s, segRules);
}

/**
 * The figures of a customer known by several keys (the counter logs a sale under the
 * customer's id, or the phone when there is no id; imports may use either): the sales
 * under each distinct key together, as if logged under one. Blank keys are ignored;
 * null when all are blank.
 */
export function statsOfKeys(
  summary: SalesSummary,
  ids: readonly unknown[],
): CustomerStats | null {
  const keys: string[] = [];
  for (const id of ids) {
    const k = normaliseKey(id);
    if (k !== '' && !keys.includes(k)) keys.push(k);
  }
  if (keys.length === 0) return null;
  const found = keys
    .map(k => summary.customers.get(k))
    .filter((s): s is CustomerStats => s !== undefined);
  if (found.length === 0) return emptyStats(keys[0], summary.asOf);
  if (found.length === 1) return found[0];
  const m = emptyStats(found[0].key, summary.asOf);
  m.first = Infinity;
  m.last = -Infinity;
  for (const s of found) {
    m.total += s.total;
    m.inWindow += s.inWindow;
    m.spend += s.spend;
    m.spendCount += s.spendCount;
    m.spendYear += s.spendYear;
    if (s.first < m.first) m.first = s.first;
    if (s.last > m.last) m.last = s.last;
  }
  finish(m, summary.grade, summary.segments);
  return m;
}

/**
 * The figures of one customer of the book: null for a blank key; a potential customer's
 * (no purchases) for a key with no sales.
 */
export function statsOf(
  summary: SalesSummary,
  customerId: unknown,
): CustomerStats | null {
  const key = normaliseKey(customerId);
  if (key === '') return null;
  const s = summary.customers.get(key);
  if (s) return s;
  return emptyStats(key, summary.asOf);
}

/**
 * number → customer number, open addressing over typed arrays (NaN marks a free slot;
 * NaN keys never reach it, they have no customer key). -1 when absent.
 */
class NumberTable {
  private keys: Float64Array;
  private vals: Int32Array;
  private mask: number;
  private size = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity).fill(NaN);
    this.vals = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private static hash(n: number): number {
    const lo = n | 0;
    const hi = (n / 4294967296) | 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
  }

  get(n: number): number {
    const keys = this.keys;
    let i = NumberTable.hash(n) & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === n) return this.vals[i];
      if (k !== k) return -1;
      i = (i + 1) & this.mask;
    }
  }

  set(n: number, v: number): void {
    if (n !== n) return;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    let i = NumberTable.hash(n) & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === n) {
        this.vals[i] = v;
        return;
      }
      if (k !== k) {
        keys[i] = n;
        this.vals[i] = v;
        this.size++;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    const cap = oldKeys.length * 2;
    this.keys = new Float64Array(cap).fill(NaN);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k === k) this.set(k, oldVals[i]);
    }
  }
}
