/**
 * Top-up bonus tiers from Settings: "100:10, 300:40" means pay 100 or more, get 10;
 * pay 300 or more, get 40. The highest tier reached applies (not the sum). Typed by
 * hand, so read tolerantly: full-width digits and colons, 充100送10, commas, semicolons,
 * spaces or new lines between tiers. A part that cannot be read is reported and the
 * whole rule gives no bonus until fixed: a bonus is money, and a guessed tier would pay
 * out what the owner never meant.
 */
import {parseMoneyInput} from '../counter/money';

export interface BonusTier {
  min: number;
  bonus: number;
}

export type BonusRules =
  {ok: true; tiers: BonusTier[]} | {ok: false; unreadable: string};

const PAIR =
  /^(?:充值?|儲值?|储值|pay|top[- ]?up)?\s*([^:：送赠贈+=\s]+)\s*(?:[:：=+]|送|赠|贈|get|bonus)\s*([^\s]+)$/i;

export function parseBonusRules(text: unknown): BonusRules {
  const s = String(text ?? '')
    .normalize('NFKC')
    .trim();
  if (s === '') return {ok: true, tiers: []};
  const parts = s
    .split(/[,;，；、\n]+/)
    .map(p => p.trim())
    .filter(p => p !== '');
  const tiers: BonusTier[] = [];
  for (const part of parts) {
    const m = PAIR.exec(part);
    const min = m ? parseMoneyInput(m[1]) : null;
    const bonus = m ? parseMoneyInput(m[2]) : null;
    if (
      !min?.ok ||
      !bonus?.ok ||
      min.value <= 0 ||
      bonus.value < 0 ||
      tiers.some(t => t.min === min.value)
    ) {
      return {ok: false, unreadable: part};
    }
    tiers.push({min: min.value, bonus: bonus.value});
  }
  tiers.sort((a, b) => a.min - b.min);
  return {ok: true, tiers};
}

/** The bonus of the highest tier `paid` reaches, 0 when none. */
export function bonusFor(paid: number, tiers: readonly BonusTier[]): number {
  let bonus = 0;
  for (const t of tiers) if (paid + 1e-9 >= t.min) bonus = t.bonus;
  return bonus;
}
