/**
 * Points on a purchase: whole points, the amount × the shop's rate (Settings "Points per
 * 1 spent") rounded down, as a loyalty card counts them: 19.90 at 1 a unit earns 19. The
 * counter writes this number into the Sales tab's Points column and the card adds up
 * that column, so what staff are told, what the sheet holds and what the card shows
 * agree. A rate that can't be a rate (negative, not a number) earns nothing rather than
 * taking points away.
 */
export function pointsFor(amount: number, pointsPerUnit: number): number {
  if (!Number.isFinite(amount) || !Number.isFinite(pointsPerUnit)) return 0;
  if (amount <= 0 || pointsPerUnit <= 0) return 0;
  // In cents, so 0.29 × 100 is 29 and not 28.999999999999996 rounded down to 28; the
  // nudge is far below the smallest real fraction (a thousandth with a rate in tenths).
  const exact = (Math.round(amount * 100) * pointsPerUnit) / 100;
  return Math.floor(exact + 1e-9 + exact * 1e-12);
}
