/**
 * A customer's tier and perks as the counter card shows them, and who brought whom. The
 * tier is the one the Tier log holds (moved by the daily run), not one worked out at the
 * counter, so the card, the digest and the log tell the same tier.
 */
import {dayToIso} from '../dates';
import {isDoubleDay} from './tiers-days';
import {TierTable} from './tiers';
import {currentTier, TierState} from './tiers-moves';

export interface TierCard {
  /** '' when the shop has tiers but the customer is in none. */
  name: string;
  /** Percent off a sale. */
  discount: number;
  birthdayGift: string;
  /** The double points days as the Tiers tab has them, '' when none. */
  doubleDays: string;
  /** Today earns double points. */
  doubleToday: boolean;
  /** In grace: the day (YYYY-MM-DD) they move down unless they meet the tier again. */
  graceUntil: string | null;
  /** Who brought them (a name), null when no one or the link was refused. */
  referredBy: string | null;
  /** The customers they brought. */
  brought: string[];
}

export function buildTierCard(input: {
  table: TierTable | null;
  state: TierState | undefined;
  today: number;
  graceDays: number;
  referredBy: string | null;
  brought: string[];
}): TierCard | null {
  const {table, state, today} = input;
  const tier = table ? currentTier(table.tiers, state) : null;
  if (!tier && input.referredBy === null && input.brought.length === 0) {
    return null;
  }
  const below = state?.belowSince ?? null;
  return {
    name: tier?.name ?? '',
    discount: tier?.discount ?? 0,
    birthdayGift: tier?.birthdayGift ?? '',
    doubleDays: tier?.doubleDaysText ?? '',
    doubleToday: tier ? isDoubleDay(tier.doubleDays, today) : false,
    graceUntil:
      tier && below !== null ? dayToIso(below + input.graceDays) : null,
    referredBy: input.referredBy,
    brought: input.brought,
  };
}

/** The sale's amount after a tier's discount, in cents rounded to the nearest cent. */
export function discounted(amount: number, percent: number): number {
  if (!(percent > 0) || !(amount > 0)) return amount;
  return Math.round(amount * 100 * (1 - percent / 100)) / 100;
}
