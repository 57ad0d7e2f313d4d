/**
 * Points and stored value on the customer's card: both balances big enough to read out,
 * the last changes as a line each ("+12 消费 11/28"), rows the server could not read
 * flagged, 充值 one tap away and the owner's refund and adjustment behind "more".
 *
 * The block keeps its own copy of the balances: a top-up, refund or adjustment repaints
 * only it (an open form and its answer stay on screen) and hands the new balances to
 * the card's owner, so the next sale form and a later repaint start from them.
 */
import {clear, h} from './dom';
import {
  BALANCES_CHANGED,
  afterAdjust,
  afterRefund,
  afterTopUp,
  balanceText,
  reasonText,
  shopDay,
  signed,
} from './loyalty-lines';
import {adjustForm, refundForm} from './loyalty-owner';
import {LOYALTY} from './loyalty-texts';
import {topUpForm} from './loyalty-topup';
import {money, tr} from './state';
import type {LoyaltyCard} from '../src/domain/loyalty/wire';

export function loyaltyBlock(
  customerId: string,
  initial: LoyaltyCard,
  onChange: (next: LoyaltyCard) => void,
): HTMLElement {
  let l = initial;
  const balances = h('div', {class: 'balances'});
  const recent = h('div', {class: 'ledger-recent'});
  const problems = h('div');
  const update = (next: LoyaltyCard) => {
    l = next;
    paint();
    onChange(next);
    document.dispatchEvent(new Event(BALANCES_CHANGED));
  };

  const topUpHost = h('div', {class: 'topup-host'});
  const topUpButton = h(
    'button',
    {
      type: 'button',
      class: 'small',
      'data-role': 'top-up',
      'aria-expanded': 'false',
      on: {
        click: () => {
          const opening = topUpHost.childElementCount === 0;
          clear(topUpHost);
          topUpButton.setAttribute('aria-expanded', String(opening));
          if (!opening) return;
          topUpHost.append(
            topUpForm({
              customerId,
              balance: () => l.stored,
              onDone: d => update(afterTopUp(l, d)),
            }),
          );
          topUpHost.querySelector('input')?.focus();
        },
      },
    },
    `+ ${tr(LOYALTY.topUp)}`,
  );

  const paint = () => {
    clear(balances);
    balances.append(
      h(
        'div',
        {class: 'balance', 'data-role': 'points-balance'},
        h('b', {class: 'num'}, balanceText('points', l.points)),
        h('span', null, tr(LOYALTY.points)),
      ),
      h(
        'div',
        {class: 'balance', 'data-role': 'stored-balance'},
        h('b', {class: 'num'}, money(l.stored)),
        h('span', null, tr(LOYALTY.stored)),
      ),
    );
    clear(recent);
    if (l.recent.length === 0) {
      recent.append(h('p', {class: 'muted small'}, tr(LOYALTY.noChanges)));
    } else {
      const list = h('ul', {'data-role': 'ledger-recent'});
      for (const r of l.recent) {
        list.append(
          h(
            'li',
            {'data-kind': r.kind, class: r.change < 0 ? 'minus' : 'plus'},
            h('span', {class: 'chg num'}, signed(r.kind, r.change)),
            h(
              'span',
              {class: 'why'},
              `${tr(r.kind === 'points' ? LOYALTY.kindPoints : LOYALTY.kindStored)} · ${reasonText(r)}`,
            ),
            h('span', {class: 'when num'}, shopDay(r.when)),
          ),
        );
      }
      recent.append(h('h3', null, tr(LOYALTY.recent)), list);
    }
    clear(problems);
    if (l.problems > 0)
      problems.append(
        h(
          'p',
          {class: 'notice', 'data-role': 'loyalty-problems'},
          `⚠ ${tr(LOYALTY.problems, {n: l.problems})}`,
        ),
      );
  };
  paint();

  const more = h(
    'details',
    {class: 'owner-more', 'data-role': 'loyalty-more'},
    h('summary', null, tr(LOYALTY.more)),
  );
  // Built when first opened: most cards never need them, and until then the sale form
  // is the only one with an amount on the page.
  more.addEventListener('toggle', () => {
    if (!more.open || more.querySelector('form')) return;
    more.append(
      refundForm({
        customerId,
        balance: () => l.stored,
        bonus: () => l.storedBonus,
        onDone: d => update(afterRefund(l, d)),
      }),
      adjustForm({
        customerId,
        balance: () => l.points,
        onDone: d => update(afterAdjust(l, d)),
      }),
    );
  });

  return h(
    'div',
    {class: 'block loyalty', 'data-role': 'loyalty'},
    h('div', {class: 'balance-row'}, balances, topUpButton),
    topUpHost,
    problems,
    recent,
    more,
  );
}
