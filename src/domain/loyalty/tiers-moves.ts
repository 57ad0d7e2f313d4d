/**
 * Moving customers between tiers, once a day. The Tier log tab is the memory: every move
 * is a row (when, who, from, to, what happened), so the owner can read why a customer is
 * 金卡, and a customer's tier is what the last of their rows says (an owner may type a
 * row to put someone in a tier by hand; it counts like Shuke's own).
 *
 * Up is at once. Down waits a grace period: the first day a customer no longer meets
 * their tier a "grace" row is logged, and only when they still fall short `grace` days
 * later do they move down (to the tier they do meet then). Meeting the tier again in
 * between logs "back" and the clock stops. A grace of 0 moves down at once.
 */
import {normaliseLabel} from '../followup/text';
import {entryTier, TierDef, tierNamed} from './tiers';

export type TierChange = 'up' | 'down' | 'grace' | 'back';

/** A row of the Tier log as read. */
export interface TierLogRow {
  row: number;
  day: number;
  customer: string;
  to: string;
  /** null for a row typed by the owner without a change: it sets the tier. */
  change: TierChange | null;
}

export interface TierState {
  /** The tier's name as logged; '' when never logged (the entry tier). */
  tier: string;
  /** The day they were first found short of it, while in grace. */
  belowSince: number | null;
}

/** Each customer's state after their rows, taken in day order (rows in sheet order). */
export function foldTierLog(
  rows: readonly TierLogRow[],
): Map<string, TierState> {
  const sorted = rows
    .map((r, i) => ({r, i}))
    .sort((a, b) => a.r.day - b.r.day || a.i - b.i)
    .map(x => x.r);
  const out = new Map<string, TierState>();
  for (const r of sorted) {
    const s = out.get(r.customer) ?? {tier: '', belowSince: null};
    if (r.change === 'grace') {
      if (s.belowSince === null) s.belowSince = r.day;
    } else if (r.change === 'back') {
      s.belowSince = null;
    } else {
      s.tier = r.to;
      s.belowSince = null;
    }
    out.set(r.customer, s);
  }
  return out;
}

/** The tier a state stands for among today's tiers (the entry tier when none). */
export function currentTier(
  tiers: readonly TierDef[],
  state: TierState | undefined,
): TierDef | null {
  if (!state || state.tier === '') return entryTier(tiers);
  return tierNamed(tiers, state.tier);
}

export interface TierMove {
  change: TierChange;
  from: string;
  to: string;
  /** For a grace row: the day they move down unless they catch up. */
  downOn?: number;
}

/**
 * Today's move for one customer, or null. `qualified` is the tier they meet today.
 * A logged tier no longer in the Tiers tab (renamed or deleted) counts as none: the
 * customer moves to what they meet, up at once, since nothing known is taken away.
 */
export function decideMove(
  tiers: readonly TierDef[],
  state: TierState | undefined,
  qualified: TierDef | null,
  today: number,
  graceDays: number,
): TierMove | null {
  const cur = currentTier(tiers, state);
  const curRank = cur ? cur.rank : -1;
  const qRank = qualified ? qualified.rank : -1;
  const from = cur?.name ?? state?.tier ?? '';
  const to = qualified?.name ?? '';
  const known = !state || state.tier === '' || cur !== null;
  if (!known) {
    if (normaliseLabel(state?.tier) === normaliseLabel(to)) return null;
    return {change: qRank >= 0 ? 'up' : 'down', from, to};
  }
  if (qRank > curRank) return {change: 'up', from, to};
  const below = state?.belowSince ?? null;
  if (qRank === curRank) {
    return below !== null ? {change: 'back', from, to: from} : null;
  }
  const grace = Math.max(0, Math.floor(graceDays));
  if (grace === 0) return {change: 'down', from, to};
  if (below === null) {
    return {change: 'grace', from, to: from, downOn: today + grace};
  }
  if (today - below >= grace) return {change: 'down', from, to};
  return null;
}
