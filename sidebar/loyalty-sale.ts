/**
 * The sale form's loyalty part: points spent on the sale (money off or a gift) and the
 * stored-value balance when the sale is paid from it. Everything is shown before the
 * sale is sent: how much money off, what is left to pay, each balance before and after.
 * Nothing here can take a balance below zero: the form says so beside the field, and the
 * server refuses it again under its lock with its own message, which the form shows.
 */
import {h} from './dom';
import {choices, FormKit, textInput} from './form-kit';
import {onBalancesChanged} from './loyalty-lines';
import {LOYALTY} from './loyalty-texts';
import {money, state, tr} from './state';
import {parseMoneyInput} from '../src/domain/counter/money';
import {moneyOffFor} from '../src/domain/loyalty/earn';
import type {LoyaltyCard, RedeemRequest} from '../src/domain/loyalty/wire';

export interface LoyaltySalePart {
  /** Goes under the amount: redeeming points, or why there is nothing to redeem. */
  redeemEl: HTMLElement;
  /** Goes under the payment: the stored-value balance before and after. */
  storedEl: HTMLElement;
  /** What the request carries; null when no points are spent. */
  redeem: () => RedeemRequest | null;
  /** What is left to pay once the money off is taken (null: no amount yet). */
  payable: () => number | null;
  /** Shows the previews again (amount, payment or balances changed). */
  refresh: () => void;
  /** After a sale: nothing redeemed any more, previews from the new balances. */
  reset: () => void;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function loyaltySalePart(
  kit: FormKit,
  o: {
    loyalty: () => LoyaltyCard | null | undefined;
    amount: HTMLInputElement;
    payment: () => string;
    /**
     * What is due on the typed price before points: the server takes the tier's
     * discount off first (loyalty/tiers-sale.ts), so money off and the balance after
     * are counted from what is left. The typed price when absent.
     */
    due?: (typed: number) => number;
  },
): LoyaltySalePart {
  const rate = state.boot?.loyalty?.pointsPerMoneyOff ?? 0;
  const canMoney = moneyOffFor(1, rate) !== null;
  let open = false;

  const points = () => o.loyalty()?.points ?? 0;
  const amountValue = (): number | null => {
    const a = parseMoneyInput(o.amount.value);
    if (!a.ok || !(a.value > 0)) return null;
    return o.due ? Math.max(0, round2(o.due(a.value))) : a.value;
  };

  const as = choices<'money' | 'gift'>(
    'redeemAs',
    canMoney
      ? [
          ['money', LOYALTY.asMoney],
          ['gift', LOYALTY.asGift],
        ]
      : [['gift', LOYALTY.asGift]],
    canMoney ? 'money' : 'gift',
    () => refresh(),
  );
  const count = textInput({
    inputmode: 'numeric',
    'data-input': 'redeemPoints',
    placeholder: '0',
  });
  const gift = textInput({'data-input': 'gift'});
  const all = h('button', {
    type: 'button',
    class: 'chip',
    'data-role': 'redeem-all',
    on: {
      click: () => {
        count.value = String(maxUsable());
        refresh();
      },
    },
  });
  const preview = h('div', {
    class: 'loyalty-preview',
    'data-role': 'redeem-preview',
  });
  const giftField = kit.field('gift', LOYALTY.gift, gift);
  const body = h(
    'div',
    {class: 'redeem-body', 'data-role': 'redeem-body'},
    kit.field('redeemAs', LOYALTY.redeemAs, as.el),
    kit.field(
      'redeem',
      LOYALTY.redeemPoints,
      h('div', {class: 'redeem-count'}, count, all),
    ),
    giftField,
    preview,
  );
  // The points box sits in a row with its "all" chip; the server's 'redeem' errors go beside it.
  count.id = 'sale-redeem';
  const toggle = h('button', {
    type: 'button',
    class: 'small',
    'data-role': 'redeem',
    'aria-expanded': 'false',
    on: {
      click: () => {
        open = !open;
        if (!open) {
          count.value = '';
          gift.value = '';
        }
        refresh();
        if (open) count.focus();
      },
    },
  });
  const none = h(
    'p',
    {class: 'muted small', 'data-role': 'redeem-none'},
    tr(LOYALTY.redeemNothing),
  );
  const redeemEl = h(
    'div',
    {class: 'redeem', 'data-role': 'redeem-part'},
    toggle,
    none,
    body,
  );
  const storedEl = h('div', {
    class: 'loyalty-preview',
    'data-role': 'stored-preview',
  });

  /** Points this sale can take: all of them for a gift, no more than the amount off. */
  function maxUsable(): number {
    const have = points();
    const a = amountValue();
    if (as.value() !== 'money' || a === null || !canMoney) return have;
    // The most points whose money off does not pass the amount.
    return Math.min(have, Math.floor(a * rate + 1e-9));
  }

  function chosen(): number | null {
    const s = count.value.normalize('NFKC').trim();
    if (s === '') return 0;
    return /^\d{1,9}$/.test(s) ? Number(s) : null;
  }

  function moneyOff(): number {
    const n = chosen();
    if (!open || as.value() !== 'money' || !n) return 0;
    return moneyOffFor(n, rate) ?? 0;
  }

  function payable(): number | null {
    const a = amountValue();
    return a === null ? null : Math.max(0, round2(a - moneyOff()));
  }

  function refresh(): void {
    const have = points();
    none.hidden = have > 0 || open;
    toggle.hidden = have <= 0 && !open;
    toggle.textContent = open
      ? `− ${tr(LOYALTY.redeem)}`
      : `+ ${tr(LOYALTY.redeem)} · ${have}`;
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
    giftField.hidden = as.value() !== 'gift';
    all.textContent = tr(LOYALTY.redeemAll, {n: maxUsable()});
    const n = chosen();
    const a = amountValue();
    let note = '';
    preview.textContent = '';
    if (open) {
      if (n === null) note = tr(LOYALTY.redeemWhole);
      else if (n > have) note = tr(LOYALTY.redeemTooMany, {n: have});
      else if (
        as.value() === 'money' &&
        a !== null &&
        (moneyOffFor(n, rate) ?? 0) > a + 1e-9
      )
        note = tr(LOYALTY.redeemOverAmount, {amount: money(a)});
      else if (n > 0 && as.value() === 'money')
        preview.textContent = tr(LOYALTY.redeemMoney, {
          off: money(moneyOff()),
          pay: a === null ? '–' : money(payable() ?? 0),
          before: have,
          after: have - n,
        });
      else if (n > 0)
        preview.textContent = tr(LOYALTY.redeemGift, {
          before: have,
          after: have - n,
        });
    }
    kit.note('redeem', note);
    storedPreview();
  }

  let lastPayment = o.payment();
  function storedPreview(): void {
    // A refusal of the last try (short balance) is moot once another payment is chosen.
    if (
      o.payment() !== lastPayment &&
      kit.el.querySelector('.form-status.error')
    )
      kit.say('', 'error');
    lastPayment = o.payment();
    storedEl.textContent = '';
    storedEl.classList.remove('short');
    if (o.payment() !== 'stored') {
      kit.note('payment', '');
      return;
    }
    const before = o.loyalty()?.stored ?? 0;
    const pay = payable();
    let note = '';
    if (before <= 0) note = tr(LOYALTY.storedNone);
    else if (pay !== null && pay > before + 1e-9)
      note = tr(LOYALTY.storedShort, {
        before: money(before),
        amount: money(pay),
      });
    else if (pay === null)
      storedEl.textContent = tr(LOYALTY.storedNow, {before: money(before)});
    else
      storedEl.textContent = tr(LOYALTY.storedAfter, {
        before: money(before),
        after: money(round2(before - pay)),
      });
    kit.note('payment', note);
  }

  o.amount.addEventListener('input', refresh);
  count.addEventListener('input', refresh);
  refresh();
  // A top-up, refund or adjustment on the card beside the form: the toggle's points,
  // the balance after and a short balance are counted again, and a refusal for a
  // short balance no longer stands once the balance has changed.
  onBalancesChanged(redeemEl, () => {
    if (o.payment() === 'stored' && kit.el.querySelector('.form-status.error'))
      kit.say('', 'error');
    refresh();
  });

  return {
    redeemEl,
    storedEl,
    redeem: () => {
      const n = chosen();
      if (!open || !n) return null;
      return as.value() === 'gift'
        ? {points: n, as: 'gift', gift: gift.value}
        : {points: n, as: 'money'};
    },
    payable,
    refresh,
    reset: () => {
      open = false;
      count.value = '';
      gift.value = '';
      refresh();
    },
  };
}
