/**
 * Grades A–E by expected purchases a month (seed 001, the one exact rule in the seeds):
 * A ≥ 15, B ≥ 10, C ≥ 5, D ≥ 3, else E; blank for a customer who never bought and E for
 * one who bought once. The estimate, exactly as domain.md defines it, for a customer on
 * day `asOf` (calendar days of the spreadsheet's time zone, sales after `asOf` ignored):
 *
 *   total = purchases up to asOf,  first = day of the earliest
 *   n     = purchases with 0 <= asOf - day < W          (W = window, 90 days)
 *   span  = asOf - first + 1, clamped to [30, W]        (to W alone when W < 30)
 *   per month = n × 30 / span;  grade compares n × 30 >= threshold × span (no rounding)
 *
 * The lower clamp keeps a brand-new customer with 3 visits in 10 days at 3 a month rather
 * than 9; the upper one makes the estimate forget a habit that stopped.
 */

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

/** Expected purchases a month for A, B, C and D, in that order. */
export type Thresholds = readonly [number, number, number, number];

export const DEFAULT_THRESHOLDS: Thresholds = [15, 10, 5, 3];
export const DEFAULT_WINDOW_DAYS = 90;
/** Days in the estimate's "month". */
export const MONTH_DAYS = 30;

export interface GradeRules {
  thresholds: Thresholds;
  windowDays: number;
}

export const DEFAULT_GRADE_RULES: GradeRules = {
  thresholds: DEFAULT_THRESHOLDS,
  windowDays: DEFAULT_WINDOW_DAYS,
};

/**
 * A number as owners type it in Settings: 90, "90", "９０", "90天", "15 次", "1,000元";
 * null for anything else. Custom functions get the raw cell, not the Settings reader's
 * parsed value, so they read it the same forgiving way.
 */
export function looseNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v
    .normalize('NFKC')
    .trim()
    .replace(/,/g, '')
    .replace(
      /\s*(?:天|日|次|元|个月|個月|days?|times?|per month|\/\s*月|¥|\$)$/i,
      '',
    )
    .replace(/^[¥$]\s*/, '');
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(s)) return null;
  return Number(s);
}

/** A window the estimate can use: a whole number of days, 1 to 3660; else null. */
export function validWindow(v: unknown): number | null {
  const n = looseNumber(v);
  if (n === null) return null;
  const w = Math.round(n);
  return w >= 1 && w <= 3660 ? w : null;
}

/** A threshold: a finite number ≥ 0; else null. */
export function validThreshold(v: unknown): number | null {
  const n = looseNumber(v);
  return n !== null && n >= 0 ? n : null;
}

/** span = asOf - first + 1 clamped to [30, W] (W itself when the window is shorter). */
export function spanDays(
  asOf: number,
  first: number,
  windowDays: number,
): number {
  const s = Math.max(asOf - first + 1, MONTH_DAYS);
  return s < windowDays ? s : windowDays;
}

/**
 * The grade from the estimate's parts. Thresholds are tried from A to D and the first one
 * met wins, so an owner who sets them out of order still gets a definite answer.
 */
export function gradeOf(
  total: number,
  n: number,
  span: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Grade | '' {
  if (total <= 0) return '';
  if (total === 1) return 'E';
  const monthly = n * MONTH_DAYS;
  for (let i = 0; i < 4; i++) {
    if (monthly >= thresholds[i] * span) return GRADES[i];
  }
  return 'E';
}

/** The grade of a purchases-a-month figure (GRADE()): no totals, so never blank. */
export function gradeOfRate(
  perMonth: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Grade {
  for (let i = 0; i < 4; i++) {
    if (perMonth >= thresholds[i]) return GRADES[i];
  }
  return 'E';
}

/** 'A'…'E' typed in any case or width ("ｂ", " b "); null otherwise. */
export function parseGrade(v: unknown): Grade | null {
  if (typeof v !== 'string') return null;
  const s = v.normalize('NFKC').trim().toUpperCase();
  return (GRADES as readonly string[]).includes(s) ? (s as Grade) : null;
}

/** 0 for A … 4 for E; 5 for no grade. Lower is better. */
export function gradeRank(g: Grade | ''): number {
  return g === '' ? 5 : GRADES.indexOf(g);
}
