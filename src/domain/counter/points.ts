/**
 * Points on a purchase: amount × the shop's rate (Settings "Points per 1 spent"). Kept
 * to two decimals so 19.9 × 1 shows 19.9, not 19.900000000000002; a rate that can't be a
 * rate (negative, not a number) earns nothing rather than taking points away.
 */
export function pointsFor(amount: number, pointsPerUnit: number): number {
  if (!Number.isFinite(amount) || !Number.isFinite(pointsPerUnit)) return 0;
  if (amount <= 0 || pointsPerUnit <= 0) return 0;
  return Math.round(amount * pointsPerUnit * 100) / 100;
}
