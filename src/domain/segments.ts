/**
 * Value class, lifecycle stage and RFM segment of a customer, by fixed rules the owner
 * can read and change in Settings.
 *
 * Why not RFM quintile scores: quintiles rank customers against each other, so in a shop
 * of 30 customers one customer's visit moves the edges and relabels others who did
 * nothing, and "R = 5" means something different in every shop and every week. A shop
 * owner needs labels that mean the same thing tomorrow. So R, F and M are read against
 * fixed thresholds that are already the shop's own vocabulary:
 *   R (recency)   days since the last purchase against `lapsedDays` (default 42, Square's
 *                 "6 weeks absent") — or twice the customer's own usual gap, if longer,
 *                 so someone who comes every two months is not "lapsed" after six weeks —
 *                 and `lostDays` (default 180).
 *   F (frequency) the grade: A/B frequent, C/D regular, E occasional.
 *   M (monetary)  spend in the last 365 days against `vipSpend` (default 1000; 0 = off).
 *
 * Segments, first rule that matches:
 *   potential   never bought
 *   new         one purchase, less than `newDays` (30) ago
 *   passerBy    one purchase, longer ago
 *   lost        bought more than once, nothing for `lostDays` or more
 *   cantLose    lapsed (see R) and M high: worth a personal call
 *   atRisk      lapsed: a win-back offer
 *   champion    grade A or B
 *   loyal       grade C or D
 *   new         first purchase less than `newDays` ago (a second visit, not yet a habit)
 *   bigSpender  grade E, M high
 *   occasional  grade E
 *
 * Lifecycle (002 §16, 004 §15): potential (never bought) → new (first purchase less than
 * `newDays` ago) → active → lapsed (the R rule above; includes lost).
 *
 * Value class (003 §2, 004 §2): potential (never bought); VIP when the grade is
 * `vipGrade` (default B) or better and the customer is not lapsed, or when M is high;
 * otherwise ordinary.
 */
import {Lang, Texts} from './i18n';
import {Grade, gradeRank, looseNumber, parseGrade} from './grading';

export interface SegmentRules {
  newDays: number;
  lapsedDays: number;
  lostDays: number;
  /** This grade or better makes a VIP; null: grades alone never do. */
  vipGrade: Grade | null;
  /** Spend in the last 365 days that makes a VIP; 0: spend alone never does. */
  vipSpend: number;
}

export const DEFAULT_SEGMENT_RULES: SegmentRules = {
  newDays: 30,
  lapsedDays: 42,
  lostDays: 180,
  vipGrade: 'B',
  vipSpend: 1000,
};

/** Days of spend that count for M. */
export const SPEND_YEAR_DAYS = 365;

export type Lifecycle = 'potential' | 'new' | 'active' | 'lapsed';
export type ValueClass = 'potential' | 'ordinary' | 'vip';
export type Segment =
  | 'potential'
  | 'new'
  | 'passerBy'
  | 'lost'
  | 'cantLose'
  | 'atRisk'
  | 'champion'
  | 'loyal'
  | 'bigSpender'
  | 'occasional';

/** What the rules need to know about one customer. */
export interface Behaviour {
  total: number;
  first: number;
  last: number;
  asOf: number;
  grade: Grade | '';
  spendYear: number;
}

/**
 * No purchase for `lapsedDays`, or for twice the customer's own average gap between
 * purchases when that is longer.
 */
export function isLapsed(b: Behaviour, rules: SegmentRules): boolean {
  if (b.total <= 0) return false;
  const since = b.asOf - b.last;
  const gap = b.total > 1 ? (b.last - b.first) / (b.total - 1) : 0;
  return since >= Math.max(rules.lapsedDays, 2 * gap);
}

function isNew(b: Behaviour, rules: SegmentRules): boolean {
  return b.asOf - b.first < rules.newDays;
}

function bigSpend(b: Behaviour, rules: SegmentRules): boolean {
  return rules.vipSpend > 0 && b.spendYear >= rules.vipSpend;
}

export function lifecycleOf(b: Behaviour, rules: SegmentRules): Lifecycle {
  if (b.total <= 0) return 'potential';
  if (isLapsed(b, rules)) return 'lapsed';
  if (isNew(b, rules)) return 'new';
  return 'active';
}

export function valueClassOf(b: Behaviour, rules: SegmentRules): ValueClass {
  if (b.total <= 0) return 'potential';
  if (bigSpend(b, rules)) return 'vip';
  if (
    rules.vipGrade !== null &&
    b.grade !== '' &&
    gradeRank(b.grade) <= gradeRank(rules.vipGrade) &&
    !isLapsed(b, rules)
  ) {
    return 'vip';
  }
  return 'ordinary';
}

export function segmentOf(b: Behaviour, rules: SegmentRules): Segment {
  if (b.total <= 0) return 'potential';
  if (b.total === 1) return isNew(b, rules) ? 'new' : 'passerBy';
  if (b.asOf - b.last >= rules.lostDays) return 'lost';
  if (isLapsed(b, rules)) return bigSpend(b, rules) ? 'cantLose' : 'atRisk';
  if (b.grade === 'A' || b.grade === 'B') return 'champion';
  if (b.grade === 'C' || b.grade === 'D') return 'loyal';
  if (isNew(b, rules)) return 'new';
  return bigSpend(b, rules) ? 'bigSpender' : 'occasional';
}

/** Rules from loose values (Settings cells, a custom function's range); bad → default. */
export function segmentRulesFrom(v: {
  newDays?: unknown;
  lapsedDays?: unknown;
  lostDays?: unknown;
  vipGrade?: unknown;
  vipSpend?: unknown;
}): SegmentRules {
  const d = DEFAULT_SEGMENT_RULES;
  return {
    newDays: Math.round(nonNegative(v.newDays, d.newDays)),
    lapsedDays: Math.round(nonNegative(v.lapsedDays, d.lapsedDays)),
    lostDays: Math.round(nonNegative(v.lostDays, d.lostDays)),
    vipGrade: vipGradeOf(v.vipGrade),
    vipSpend: nonNegative(v.vipSpend, d.vipSpend),
  };
}

function nonNegative(x: unknown, def: number): number {
  const n = looseNumber(x);
  return n !== null && n >= 0 ? n : def;
}

/** A grade; "-", "无", "none"… switch the grade rule off; anything else: the default. */
function vipGradeOf(v: unknown): Grade | null {
  const g = parseGrade(v);
  if (g) return g;
  const s =
    typeof v === 'string' ? v.normalize('NFKC').trim().toLowerCase() : '';
  return ['-', '无', '無', 'none', 'no', 'off', '不用'].includes(s)
    ? null
    : DEFAULT_SEGMENT_RULES.vipGrade;
}

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const SEGMENT_LABELS: Readonly<Record<Segment, Texts>> = {
  potential: tx('潜在客户', '潛在客戶', 'Potential'),
  new: tx('新客', '新客', 'New'),
  passerBy: tx('过客', '過客', 'Passer-by'),
  lost: tx('已流失', '已流失', 'Lost'),
  cantLose: tx('重要挽回', '重要挽回', "Can't lose"),
  atRisk: tx('流失预警', '流失預警', 'At risk'),
  champion: tx('核心熟客', '核心熟客', 'Champion'),
  loyal: tx('常客', '常客', 'Regular'),
  bigSpender: tx('大额客户', '大額客戶', 'Big spender'),
  occasional: tx('偶尔光顾', '偶爾光顧', 'Occasional'),
};

export const LIFECYCLE_LABELS: Readonly<Record<Lifecycle, Texts>> = {
  potential: tx('潜在', '潛在', 'Potential'),
  new: tx('新客', '新客', 'New'),
  active: tx('活跃', '活躍', 'Active'),
  lapsed: tx('流失', '流失', 'Lapsed'),
};

export const VALUE_CLASS_LABELS: Readonly<Record<ValueClass, Texts>> = {
  potential: tx('潜在客户', '潛在客戶', 'Potential'),
  ordinary: tx('普通客户', '普通客戶', 'Ordinary'),
  vip: tx('VIP', 'VIP', 'VIP'),
};

export function segmentLabel(s: Segment, lang: Lang): string {
  return SEGMENT_LABELS[s][lang];
}
