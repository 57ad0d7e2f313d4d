/**
 * The card's tier part: the tier as a badge with its perks beside it (the discount, the
 * birthday gift, double points days and whether today is one), a line while the
 * customer is in grace, and who brought them and whom they brought. Names come from
 * the book and are set as text.
 */
import {h} from './dom';
import {num, tr} from './state';
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
