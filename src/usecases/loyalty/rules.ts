/**
 * The loyalty rules as the counter uses them, read from Settings with the rest of the
 * counter's context (counter-context.ts) and cached with it.
 */
import {BonusRules, parseBonusRules} from '../../domain/loyalty/bonus';
import {LoyaltyRules} from '../../domain/loyalty/wire';

export interface LoyaltySettings {
  /** Points for 1 off; 0 when points buy gifts only (or the cell is unreadable). */
  pointsPerMoneyOff: number;
  /** The Top-up bonus cell as typed. */
  topUpBonus: string;
  expiryMonths: number | null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function loyaltySettingsOf(
  s: Readonly<Record<string, unknown>>,
): LoyaltySettings {
  const rate = num(s.pointsPerMoneyOff);
  const months = num(s.pointsExpiryMonths);
  return {
    pointsPerMoneyOff: rate !== null && rate > 0 ? rate : 0,
    topUpBonus: typeof s.topUpBonus === 'string' ? s.topUpBonus : '',
    expiryMonths: months !== null && months > 0 ? Math.floor(months) : null,
  };
}

/** A context cached before these rules were kept reads as the defaults. */
const DEFAULTS: LoyaltySettings = {
  pointsPerMoneyOff: 100,
  topUpBonus: '',
  expiryMonths: null,
};

export function loyaltySettings(ctx: {
  loyalty?: LoyaltySettings;
}): LoyaltySettings {
  return ctx.loyalty ?? DEFAULTS;
}

export function bonusRules(ctx: {loyalty?: LoyaltySettings}): BonusRules {
  return parseBonusRules(loyaltySettings(ctx).topUpBonus);
}

export function loyaltyRules(ctx: {
  pointsPerUnit: number;
  loyalty?: LoyaltySettings;
}): LoyaltyRules {
  const s = loyaltySettings(ctx);
  const bonus = parseBonusRules(s.topUpBonus);
  return {
    pointsPerUnit: ctx.pointsPerUnit,
    pointsPerMoneyOff: s.pointsPerMoneyOff,
    bonusTiers: bonus.ok ? bonus.tiers : [],
    expiryMonths: s.expiryMonths,
  };
}
