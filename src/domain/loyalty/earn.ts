/**
 * Points a sale earns, and what points are worth when spent. Whole points, rounded
 * down, as the counter always counted them (domain/counter/points.ts): 19.90 at 1 a
 * unit earns 19, and at double points 39 (the multiplier applies before rounding, so
 * double points are never less than twice the points).
 */
import {pointsFor} from '../counter/points';

export interface EarnRules {
  pointsPerUnit: number;
}

export function pointsEarned(
  amount: number,
  rules: EarnRules,
  opts: {multiplier?: number} = {},
): number {
  const m = opts.multiplier ?? 1;
  if (!Number.isFinite(m) || m <= 0) return 0;
  return pointsFor(amount, rules.pointsPerUnit * m);
}

/**
 * Money off for `points` at `pointsPerMoneyOff` points a unit, in cents rounded down
 * (150 points at 100 a unit take 1.50 off; 1 point at 3 a unit takes 0.33). Null when
 * points cannot be money (a rate of 0 or unreadable).
 */
export function moneyOffFor(
  points: number,
  pointsPerMoneyOff: number,
): number | null {
  if (!Number.isFinite(pointsPerMoneyOff) || pointsPerMoneyOff <= 0)
    return null;
  if (!Number.isInteger(points) || points <= 0) return 0;
  return Math.floor((points * 100) / pointsPerMoneyOff + 1e-9) / 100;
}
