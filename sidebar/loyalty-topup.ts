/**
 * 充值 at the counter: the amount paid in, how it was paid, and before anything is sent
 * the bonus the shop's rule gives and the balance it makes. The answer says what the
 * server wrote (paid, bonus, before, after), which is what the customer is told.
 */
import {call} from './api';
import {staffName} from './device';
import {h} from './dom';
import {choices, FormKit, textInput} from './form-kit';
import {LOYALTY} from './loyalty-texts';
import {PAYMENT_LABELS} from './options';
import {money, state, tr} from './state';
import {parseMoneyInput} from '../src/domain/counter/money';
import {bonusFor} from '../src/domain/loyalty/bonus';
import type {PaymentKey} from '../src/domain/counter/wire';
import type {TopUpDone} from '../src/domain/loyalty/wire';

/** Ways money is paid in: every payment but the balance being topped up. */
export const PAID_IN = PAYMENT_LABELS.filter(([k]) => k !== 'stored');

/** The payment a sale would default to, when it is one a top-up can take. */
export function defaultPaidIn(): PaymentKey {
  const last = state.payment as PaymentKey;
  if (PAID_IN.some(([k]) => k === last)) return last;
  return (state.boot?.bookLang ?? state.lang) === 'en' ? 'cash' : 'wechat';
}

export function topUpForm(o: {
  customerId: string;
  balance: () => number;
  onDone: (done: TopUpDone) => void;
}): HTMLElement {
  const kit = new FormKit('topup', LOYALTY.topUpConfirm);
  const tiers = state.boot?.loyalty?.bonusTiers ?? [];
  const amount = textInput({
    inputmode: 'decimal',
    'data-input': 'topUpAmount',
    placeholder: tiers.length ? String(tiers[0].min) : '100',
  });
  const pay = choices<PaymentKey>('topUpPayment', PAID_IN, defaultPaidIn());
  const preview = h('div', {
    class: 'loyalty-preview',
    'data-role': 'topup-preview',
  });
  const rules = h('div', {class: 'chips', 'data-role': 'bonus-rules'});
  for (const t of tiers) {
    rules.append(
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          'data-min': t.min,
          on: {
            click: () => {
              amount.value = String(t.min);
              amount.dispatchEvent(new Event('input'));
            },
          },
        },
        tr(LOYALTY.bonusRule, {amount: money(t.min), bonus: money(t.bonus)}),
      ),
    );
  }
  const showPreview = () => {
    const a = parseMoneyInput(amount.value);
    if (!a.ok || a.value <= 0) {
      preview.textContent = '';
      return;
    }
    const bonus = bonusFor(a.value, tiers);
    const before = o.balance();
    // "no bonus" said once, as its own words, not as the bonus's amount.
    preview.textContent = tr(
      bonus > 0 ? LOYALTY.topUpPreview : LOYALTY.topUpPreviewPlain,
      {
        paid: money(a.value),
        bonus: money(bonus),
        total: money(round2(a.value + bonus)),
        before: money(before),
        after: money(round2(before + a.value + bonus)),
      },
    );
  };
  amount.addEventListener('input', showPreview);

  kit.el.addEventListener('submit', e => {
    e.preventDefault();
    void kit.submit(
      requestId =>
        call('topUp', {
          requestId,
          customerId: o.customerId,
          amount: amount.value,
          payment: pay.value(),
          staff: staffName(),
        }),
      answer => {
        if (!answer.ok) return;
        const d = answer.value;
        // An unreadable bonus rule gave nothing: the owner hears why, with the result.
        kit.say(
          tr(d.bonus > 0 ? LOYALTY.topUpDone : LOYALTY.topUpDonePlain, {
            paid: money(d.paid),
            bonus: money(d.bonus),
            before: money(d.before),
            after: money(d.after),
          }) + (d.bonusProblem ? `\n${d.bonusProblem}` : ''),
          'ok',
        );
        amount.value = '';
        showPreview();
        o.onDone(d);
      },
    );
  });
  return kit.finish(
    tiers.length ? rules : null,
    kit.field('amount', LOYALTY.topUpAmount, amount),
    preview,
    kit.field('payment', LOYALTY.topUpPayment, pay.el),
  );
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
