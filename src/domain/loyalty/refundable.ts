/**
 * How much of a stored-value balance can be paid back as money. A top-up bonus (充100送10)
 * is the shop's gift, to be spent in the shop, never taken away as cash: the refundable
 * part is the balance less the bonuses received and not yet used up. Spending uses the
 * money the customer paid first, so a bonus is only used up once that money is gone;
 * refunds take paid money only (the refund itself is refused beyond it).
 *
 * Read from the ledger's rows in order, in units (cents), so a hand-edited ledger gives
 * the same answer each time. Rows other than bonuses that add (a top-up, an owner's
 * adjustment, a spend given back) add paid money, except that a void giving back a spend
 * first restores the bonus that spend had used: giving it back as paid money would turn
 * a gift into cash.
 */
export interface StoredRow {
  /** Signed change in cents. */
  units: number;
  /** The row's reason key (StoredReason), or the cell's text when unknown. */
  reason: string;
}

export interface StoredParts {
  /** Money the customer paid in and still holds, in cents: the most a refund pays. */
  paid: number;
  /** Bonus still on the balance, in cents: spent in the shop, not paid back. */
  bonus: number;
}

export function storedParts(rows: readonly StoredRow[]): StoredParts {
  let paid = 0;
  let bonus = 0;
  // Bonus used up by spending, which a void giving the spend back restores first.
  let bonusUsed = 0;
  for (const {units, reason} of rows) {
    if (units === 0) continue;
    if (reason === 'bonus') {
      bonus += units;
      // A bonus row taken down by hand below what is left: the rest comes off paid.
      if (bonus < 0) {
        paid += bonus;
        bonus = 0;
      }
    } else if (units > 0) {
      const restored = reason === 'void' ? Math.min(units, bonusUsed) : 0;
      bonusUsed -= restored;
      bonus += restored;
      paid += units - restored;
    } else {
      paid += units;
      if (paid < 0) {
        const fromBonus = Math.min(-paid, bonus);
        bonus -= fromBonus;
        bonusUsed += fromBonus;
        paid += fromBonus;
      }
    }
  }
  // A balance below zero (a hand edit) has nothing to pay back.
  return {paid: Math.max(0, paid), bonus: Math.max(0, bonus)};
}

/**
 * The bonus still held once a spend has left `balanceAfter`: paid money goes first, so
 * the bonus is only touched when the balance falls below it.
 */
export function bonusAfterSpend(balanceAfter: number, bonus: number): number {
  return Math.max(0, Math.min(bonus, balanceAfter));
}
