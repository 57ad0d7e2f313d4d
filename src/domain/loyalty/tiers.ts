/**
 * Member tiers: the owner lists them in the Tiers tab, one row each, from the tier every
 * customer starts in down to the highest (the row order is the rank, because tiers may be
 * reached by different measures that no number can put in order). A customer is in the
 * highest tier whose rule they meet; a tier with no rule is met by everyone.
 *
 * Rules are read tolerantly (a rule in any of the three languages, "1,000", "¥3000",
 * "B级") and a rule that can't be read is reported with its row and never guessed: while
 * any rule is unreadable the daily run moves no one, since a typo must not drop every
 * 金卡 customer to 普通.
 */
import {dayToIso} from '../dates';
import {GRADES, Grade, looseNumber} from '../grading';
import {Lang, t} from '../i18n';
import {normaliseLabel} from '../followup/text';
import {DoubleDays, parseDoubleDays} from './tiers-days';
import {TIER_TEXTS} from './tiers-texts';
import {round2} from '../counter/money';

export type TierMeasure = 'points' | 'spend' | 'grade';

export type TierRule =
  | {measure: 'none'}
  | {measure: 'points' | 'spend'; min: number}
  | {measure: 'grade'; min: Grade};

export interface TierDef {
  name: string;
  /** 0 for the first row, the entry tier. */
  rank: number;
  rule: TierRule;
  /** Percent off a sale at the counter, 0 when none. */
  discount: number;
  /** What the owner gives on the birthday, '' when nothing. */
  birthdayGift: string;
  doubleDays: DoubleDays;
  /** The double points days as typed, for the card. */
  doubleDaysText: string;
  /** The sheet row it was read from. */
  row: number;
}

/** One row of the Tiers tab as the sheet gave it (cells by column key). */
export interface TierRowInput {
  row: number;
  name: unknown;
  measure: unknown;
  min: unknown;
  discount: unknown;
  gift: unknown;
  doubleDays: unknown;
}

export type TierColumn = 'name' | 'measure' | 'min' | 'discount' | 'doubleDays';

export interface TierProblem {
  row: number;
  column: TierColumn;
  value: string;
  /** In the book's language. */
  message: string;
  /** True when the tier's rule (not only a perk) could not be read. */
  rule: boolean;
}

export interface TierTable {
  tiers: TierDef[];
  problems: TierProblem[];
  /** False while a rule is unreadable or two tiers share a name: no one moves then. */
  movable: boolean;
}

/** The words each measure is typed as, in any language. */
const MEASURE_WORDS: Readonly<Record<TierMeasure, readonly string[]>> = {
  points: ['积分', '積分', 'points', 'point', 'pts'],
  spend: [
    '消费',
    '消費',
    '近12个月消费',
    '近12個月消費',
    '12个月消费',
    '12個月消費',
    '年消费',
    '年消費',
    'spend',
    'spending',
    'spendin12months',
    'spendinthelast12months',
    '12monthspend',
  ],
  grade: ['等级', '等級', '评级', '評級', 'grade'],
};

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v).normalize('NFKC').trim();
}

export function parseMeasure(v: unknown): TierMeasure | 'none' | null {
  const s = normaliseLabel(text(v));
  if (s === '') return 'none';
  for (const m of Object.keys(MEASURE_WORDS) as TierMeasure[]) {
    if (MEASURE_WORDS[m].some(w => normaliseLabel(w) === s)) return m;
  }
  return null;
}

/** "B", "b级", "B級", "grade B" → 'B'. */
export function parseGrade(v: unknown): Grade | null {
  const s = text(v)
    .toUpperCase()
    .replace(/^GRADE\s*/, '')
    .replace(/\s*[级級]$/, '')
    .trim();
  return (GRADES as readonly string[]).includes(s) ? (s as Grade) : null;
}

/**
 * A discount as owners write it: "10%", "10", "0.1" is not taken (a tenth of a percent
 * or ten percent?), and the Chinese 折: "9折" is 10 % off, "9.5折" and "95折" 5 % off.
 * A blank cell is no discount; anything outside (0, 100) is unreadable.
 */
export function parseDiscount(v: unknown): number | null {
  if (v === '' || v === null || v === undefined) return 0;
  if (typeof v === 'number') {
    // A cell formatted as a percentage holds 0.1 for 10 %.
    if (v > 0 && v < 1) return round2(v * 100);
    return v >= 0 && v < 100 ? v : null;
  }
  const s = text(v).replace(/\s+/g, '');
  if (s === '') return 0;
  const zhe = /^(\d+(?:\.\d+)?)折$/.exec(s);
  if (zhe) {
    let n = Number(zhe[1]);
    // 95折 is 9.5折; 10折 is the full price, not a discount anyone writes.
    if (n > 10 && Number.isInteger(n) && n < 100) n = n / 10;
    if (!(n > 0 && n < 10)) return null;
    return round2(100 - n * 10);
  }
  const pct = /^(\d+(?:\.\d+)?)%?(?:off)?$/i.exec(s);
  if (!pct) return null;
  const n = Number(pct[1]);
  return n >= 0 && n < 100 ? n : null;
}

export function parseTierTable(
  rows: readonly TierRowInput[],
  lang: Lang,
  tz = 'UTC',
): TierTable {
  const tiers: TierDef[] = [];
  const problems: TierProblem[] = [];
  const seen = new Map<string, number>();
  let movable = true;
  const report = (
    row: number,
    column: TierColumn,
    value: unknown,
    key: keyof typeof TIER_TEXTS.problem,
    rule: boolean,
  ) => {
    problems.push({
      row,
      column,
      value: text(value),
      message: t(TIER_TEXTS.problem[key], lang, {row, value: text(value)}),
      rule,
    });
    if (rule) movable = false;
  };
  for (const r of rows) {
    const name = text(r.name);
    const blank =
      name === '' &&
      [r.measure, r.min, r.discount, r.gift, r.doubleDays].every(
        c => text(c) === '',
      );
    if (blank) continue;
    if (name === '') {
      report(r.row, 'name', r.name, 'noName', true);
      continue;
    }
    const key = normaliseLabel(name);
    if (seen.has(key)) {
      report(r.row, 'name', name, 'sameName', true);
      continue;
    }
    seen.set(key, r.row);
    const measure = parseMeasure(r.measure);
    let rule: TierRule | null = null;
    if (measure === null) {
      report(r.row, 'measure', r.measure, 'measure', true);
    } else if (measure === 'none') {
      if (text(r.min) !== '')
        report(r.row, 'measure', r.measure, 'measure', true);
      else rule = {measure: 'none'};
    } else if (measure === 'grade') {
      const g = parseGrade(r.min);
      if (g) rule = {measure, min: g};
      else report(r.row, 'min', r.min, 'grade', true);
    } else {
      const n = looseNumber(r.min);
      if (n !== null && n >= 0) rule = {measure, min: n};
      else report(r.row, 'min', r.min, 'min', true);
    }
    let discount = parseDiscount(r.discount);
    if (discount === null) {
      report(r.row, 'discount', r.discount, 'discount', false);
      discount = 0;
    }
    const days = parseDoubleDays(r.doubleDays, tz);
    for (const bad of days.unread) {
      report(r.row, 'doubleDays', bad, 'doubleDays', false);
    }
    if (!rule) continue;
    tiers.push({
      name,
      rank: tiers.length,
      rule,
      discount,
      birthdayGift: text(r.gift).slice(0, 100),
      doubleDays: days.days,
      doubleDaysText:
        r.doubleDays instanceof Date
          ? days.days.days.map(dayToIso).join(', ')
          : text(r.doubleDays),
      row: r.row,
    });
  }
  return {tiers, problems, movable};
}

/** What a customer has, as the tier rules measure it. */
export interface TierMeasures {
  /** Points balance (the ledger's sum). */
  points: number;
  /** Money spent in the last 365 days up to today, voided sales left out. */
  spend: number;
  grade: Grade | null;
}

function gradeAtLeast(g: Grade | null, min: Grade): boolean {
  return g !== null && GRADES.indexOf(g) <= GRADES.indexOf(min);
}

export function meetsRule(rule: TierRule, m: TierMeasures): boolean {
  switch (rule.measure) {
    case 'none':
      return true;
    case 'points':
      return m.points >= rule.min;
    case 'spend':
      // In cents: 999.9 + 0.1 reaches a 1,000 rule.
      return Math.round(m.spend * 100) >= Math.round(rule.min * 100);
    case 'grade':
      return gradeAtLeast(m.grade, rule.min);
  }
}

/** The highest tier the customer meets; null when they meet none. */
export function qualifiedTier(
  tiers: readonly TierDef[],
  m: TierMeasures,
): TierDef | null {
  for (let i = tiers.length - 1; i >= 0; i--) {
    if (meetsRule(tiers[i].rule, m)) return tiers[i];
  }
  return null;
}

/** The tier everyone is in without a log row: the highest tier with no rule. */
export function entryTier(tiers: readonly TierDef[]): TierDef | null {
  for (let i = tiers.length - 1; i >= 0; i--) {
    if (tiers[i].rule.measure === 'none') return tiers[i];
  }
  return null;
}

export function tierNamed(
  tiers: readonly TierDef[],
  name: string,
): TierDef | null {
  const k = normaliseLabel(name);
  if (k === '') return null;
  return tiers.find(x => normaliseLabel(x.name) === k) ?? null;
}
