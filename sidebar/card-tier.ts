/**
 * The card's tier part: the tier as a badge with its perks beside it (the discount, the
 * birthday gift, double points days and whether today is one), a line while the
 * customer is in grace, and who brought them and whom they brought. Names come from
 * the book and are set as text.
 */
import {h} from './dom';
import {money, num, tr} from './state';
import {discounted} from '../src/domain/loyalty/tiers-card';
import {TIER_UI} from '../src/domain/loyalty/tiers-texts';
import type {TierCard} from '../src/domain/loyalty/tiers-card';

export function tierBlock(tier: TierCard): HTMLElement {
  const perks: string[] = [];
  if (tier.discount > 0)
    perks.push(tr(TIER_UI.discount, {n: num(tier.discount)}));
  if (tier.birthdayGift)
    perks.push(tr(TIER_UI.gift, {gift: tier.birthdayGift}));
  if (tier.doubleDays) perks.push(tr(TIER_UI.double, {days: tier.doubleDays}));
  const sep = tr(TIER_UI.listSep);
  return h(
    'div',
    {class: 'block tier', 'data-role': 'tier'},
    h(
      'div',
      {class: 'tier-head'},
      h(
        'span',
        {
          class: tier.name ? 'tier-badge' : 'tier-badge none',
          'data-role': 'tier-name',
          title: tr(TIER_UI.tier),
        },
        tier.name || tr(TIER_UI.noTier),
      ),
      tier.doubleToday
        ? h(
            'span',
            {class: 'tier-today', 'data-role': 'tier-double-today'},
            tr(TIER_UI.doubleToday),
          )
        : null,
    ),
    perks.length
      ? h(
          'ul',
          {class: 'tier-perks', 'data-role': 'tier-perks'},
          ...perks.map(p => h('li', null, p)),
        )
      : null,
    tier.graceUntil
      ? h(
          'div',
          {class: 'tier-grace', 'data-role': 'tier-grace'},
          tr(TIER_UI.grace, {date: tier.graceUntil}),
        )
      : null,
    tier.referredBy
      ? h(
          'div',
          {class: 'tier-ref', 'data-role': 'referred-by'},
          tr(TIER_UI.referredBy, {name: tier.referredBy}),
        )
      : null,
    tier.brought.length
      ? h(
          'div',
          {class: 'tier-ref', 'data-role': 'brought'},
          tr(TIER_UI.brought, {
            n: tier.brought.length,
            names: tier.brought.join(sep),
          }),
        )
      : null,
  );
}

export interface TierSalePart {
  el: HTMLElement;
  /** Whether the discount is to be taken (the box, ticked unless staff untick it). */
  applied(): boolean;
  /** Money the discount takes off `amount` (0 when unticked or none). */
  off(amount: number): number;
  /** Points multiplier today. */
  multiplier: number;
  /** Repaints the line for the amount typed now. */
  refresh(amount: number | null): void;
}

/**
 * The sale form's tier line: the discount the server will take off the typed price, as
 * money, and a box to leave it off. The server applies the tier it finds (the card may
 * be older than the morning's run); this says what that will most likely be.
 */
export function tierSalePart(tier: TierCard): TierSalePart | null {
  const multiplier = tier.doubleToday ? 2 : 1;
  if (!(tier.discount > 0)) {
    return multiplier === 1
      ? null
      : {
          el: h(
            'div',
            {class: 'tier-today', 'data-role': 'tier-double-sale'},
            tr(TIER_UI.doubleToday),
          ),
          applied: () => false,
          off: () => 0,
          multiplier,
          refresh: () => {},
        };
  }
  const box = h('input', {
    type: 'checkbox',
    checked: true,
    'data-input': 'tier-discount',
    'aria-label': tr(TIER_UI.applyDiscount),
  });
  const text = h('span', {'data-role': 'tier-discount-line'});
  const el = h(
    'label',
    {class: 'tier-discount', 'data-role': 'tier-discount'},
    box,
    text,
  );
  const off = (amount: number) =>
    box.checked && amount > 0
      ? Math.round((amount - discounted(amount, tier.discount)) * 100) / 100
      : 0;
  let last: number | null = null;
  const refresh = (amount: number | null) => {
    last = amount;
    const a = amount ?? 0;
    const cut = off(a);
    text.textContent =
      a > 0
        ? tr(TIER_UI.saleDiscount, {
            tier: tier.name,
            n: num(tier.discount),
            off: money(cut),
            paid: money(Math.round((a - cut) * 100) / 100),
          })
        : tr(TIER_UI.discountOnly, {tier: tier.name, n: num(tier.discount)});
    el.classList.toggle('off', !box.checked);
  };
  box.addEventListener('change', () => refresh(last));
  refresh(null);
  return {el, applied: () => box.checked, off, multiplier, refresh};
}
