/**
 * The sale form's promotion: the promotions running today (Bootstrap.promotions, from
 * the Promotions tab), one tap to choose, another to clear. The server checks the name
 * against the tab again and stores the tab's own spelling.
 */
import {h} from './dom';
import {state} from './state';
import {PROMO_TEXTS} from '../src/domain/promotions/texts';

export interface PromoPick {
  /** The field's content; null when no promotion runs today. */
  el: HTMLElement | null;
  /** The chosen promotion's name; null when none. */
  value: () => string | null;
  clear: () => void;
}

export function promoPick(): PromoPick {
  const names = state.boot?.promotions ?? [];
  let chosen: string | null = null;
  if (names.length === 0) return {el: null, value: () => null, clear: () => {}};
  const el = h('div', {class: 'chips', 'data-group': 'promo'});
  const buttons = names.map(name =>
    h(
      'button',
      {
        type: 'button',
        class: 'chip',
        'aria-pressed': 'false',
        'data-value': name,
        on: {
          click: () => {
            chosen = chosen === name ? null : name;
            paint();
          },
        },
      },
      name,
    ),
  );
  const paint = () => {
    for (const b of buttons) {
      const on = b.dataset.value === chosen;
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
      b.classList.toggle('on', on);
    }
  };
  el.append(...buttons);
  return {
    el,
    value: () => chosen,
    clear: () => {
      chosen = null;
      paint();
    },
  };
}

export const PROMO_LABEL = PROMO_TEXTS.pick;
