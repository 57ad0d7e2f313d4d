/**
 * The card's "may also like": items customers with baskets like theirs buy and they
 * have not (usecases/recommend/card-recommend.ts), each with the item of theirs it goes
 * with, so staff can say why. Nothing when there is nothing to say.
 */
import {h} from './dom';
import {CardData, tr} from './state';
import {NEWS_TEXTS} from '../src/domain/recommend/texts';

export function recommendBlock(card: CardData): HTMLElement | null {
  const list = card.recommended ?? [];
  if (list.length === 0) return null;
  const chips = h('div', {class: 'chips static', 'data-role': 'recommended'});
  for (const r of list)
    chips.append(
      h(
        'span',
        {class: 'chip', title: tr(NEWS_TEXTS.because, {item: r.because})},
        r.item,
        h('small', null, tr(NEWS_TEXTS.because, {item: r.because})),
      ),
    );
  return h(
    'div',
    {class: 'block'},
    h('h3', null, tr(NEWS_TEXTS.youMayLike)),
    chips,
  );
}
