/**
 * What only the owner does to a balance, each with a reason written in the ledger:
 * refunding stored value (never more than the balance, paid back by a method the till
 * takes off what the drawer should hold) and adding or taking points (never below zero). The server refuses both the same way; saying it here first spares
 * a round trip and shows the balance it would leave.
 */
import {call} from './api';
import {staffName} from './device';
import {h} from './dom';
import {choices, FormKit, textInput, watchLength} from './form-kit';
import {onBalancesChanged} from './loyalty-lines';
import {LOYALTY} from './loyalty-texts';
import {defaultPaidIn, PAID_IN} from './loyalty-topup';
import {PAYMENT_LABELS} from './options';
import {money, tr} from './state';
import {parseMoneyInput, round2} from '../src/domain/counter/money';
import {LIMITS} from '../src/domain/counter/validate';
import type {PaymentKey} from '../src/domain/counter/wire';
import type {AdjustDone, RefundDone} from '../src/domain/loyalty/wire';

function paymentName(key: string): string {
  const found = PAYMENT_LABELS.find(([k]) => k === key);
  return found ? tr(found[1]) : key;
}

/** What a refund may pay back now: the balance less the bonus still held. */
function refundable(o: {balance: () => number; bonus: () => number}): {
  most: number;
  bonus: number;
} {
  const balance = o.balance();
  const bonus = Math.min(balance, Math.max(0, o.bonus()));
  return {most: round2(balance - bonus), bonus};
}

/** "At most ¥94", or "Up to ¥84 (the ¥10 bonus is not paid back)". */
function refundHint(r: {most: number; bonus: number}): string {
  return r.bonus > 0
    ? tr(LOYALTY.refundMaxBonus, {n: money(r.most), bonus: money(r.bonus)})
    : tr(LOYALTY.refundMax, {n: money(r.most)});
}

export function refundForm(o: {
  customerId: string;
  balance: () => number;
  /** The top-up bonus held in the balance, which is not paid back. */
  bonus: () => number;
  onDone: (done: RefundDone) => void;
}): HTMLElement {
  const kit = new FormKit('refund', LOYALTY.refundConfirm);
  const amount = textInput({
    inputmode: 'decimal',
    'data-input': 'refundAmount',
  });
  // Paid back the ways money is paid in: the till takes it off that method.
  const pay = choices<PaymentKey>('refundPayment', PAID_IN, defaultPaidIn());
  const reason = textInput({'data-input': 'refundReason'});
  const check = () => {
    const a = parseMoneyInput(amount.value);
    const r = refundable(o);
    kit.note(
      'amount',
      !a.ok || a.value <= r.most + 1e-9
        ? ''
        : a.value > o.balance() + 1e-9
          ? tr(LOYALTY.amountShort, {n: money(o.balance())})
          : refundHint(r),
    );
  };
  amount.addEventListener('input', check);
  kit.el.addEventListener('submit', e => {
    e.preventDefault();
    void kit.submit(
      requestId =>
        call('refundStored', {
          requestId,
          customerId: o.customerId,
          amount: amount.value,
          payment: pay.value(),
          reason: reason.value,
          staff: staffName(),
        }),
      answer => {
        if (!answer.ok) return;
        const d = answer.value;
        kit.say(
          tr(LOYALTY.refundDone, {
            amount: money(d.refunded),
            payment: paymentName(d.payment),
            before: money(d.before),
            after: money(d.after),
          }),
          'ok',
        );
        amount.value = '';
        reason.value = '';
        o.onDone(d);
      },
    );
  });
  const form = kit.finish(
    h('h4', null, tr(LOYALTY.refundTitle)),
    kit.field(
      'amount',
      LOYALTY.refundAmount,
      amount,
      refundHint(refundable(o)),
    ),
    kit.field('payment', LOYALTY.refundPayment, pay.el),
    kit.field('reason', LOYALTY.reasonLabel, reason),
  );
  watchLength(kit, 'reason', reason, LIMITS.short);
  // The most that can go back is the paid part of the balance now, after this or
  // another change.
  onBalancesChanged(form, () => {
    const hint = form.querySelector('[data-field=amount] .hint');
    if (hint) hint.textContent = refundHint(refundable(o));
    check();
  });
  return form;
}

/** "+50", "50", "-20", "−20", full-width too; null when not a whole number. */
export function parsePointsChange(text: string): number | null {
  const s = text
    .normalize('NFKC')
    .trim()
    .replace(/^\u2212/, '-');
  if (!/^[+-]?\d{1,9}$/.test(s)) return null;
  return Number(s);
}

export function adjustForm(o: {
  customerId: string;
  balance: () => number;
  onDone: (done: AdjustDone) => void;
}): HTMLElement {
  const kit = new FormKit('adjust', LOYALTY.adjustConfirm);
  const change = textInput({
    // A minus sign must be typeable: the phone's number pad may have none.
    inputmode: 'text',
    'data-input': 'change',
    placeholder: '50 / -20',
  });
  const reason = textInput({'data-input': 'adjustReason'});
  const preview = h('div', {
    class: 'loyalty-preview',
    'data-role': 'adjust-preview',
  });
  const check = () => {
    const n = change.value.trim() ? parsePointsChange(change.value) : null;
    const before = o.balance();
    let note = '';
    preview.textContent = '';
    if (change.value.trim() && n === null) note = tr(LOYALTY.redeemWhole);
    else if (n !== null && before + n < 0)
      note = tr(LOYALTY.adjustBelowZero, {n: before});
    else if (n)
      preview.textContent = tr(LOYALTY.redeemGift, {
        before,
        after: before + n,
      });
    kit.note('change', note);
  };
  change.addEventListener('input', check);
  kit.el.addEventListener('submit', e => {
    e.preventDefault();
    const n = parsePointsChange(change.value);
    if (n === null || n === 0) {
      kit.clearErrors();
      kit.showErrors({change: tr(LOYALTY.redeemWhole)});
      return;
    }
    void kit.submit(
      requestId =>
        call('adjustPoints', {
          requestId,
          customerId: o.customerId,
          change: n,
          reason: reason.value,
          staff: staffName(),
        }),
      answer => {
        if (!answer.ok) return;
        const d = answer.value;
        kit.say(
          tr(LOYALTY.adjustDone, {
            change: d.change > 0 ? `+${d.change}` : `\u2212${-d.change}`,
            before: d.before,
            after: d.after,
          }),
          'ok',
        );
        change.value = '';
        reason.value = '';
        preview.textContent = '';
        o.onDone(d);
      },
    );
  });
  const form = kit.finish(
    h('h4', null, tr(LOYALTY.adjustTitle)),
    kit.field('change', LOYALTY.adjustChange, change),
    preview,
    kit.field('reason', LOYALTY.reasonLabel, reason),
  );
  watchLength(kit, 'reason', reason, LIMITS.short);
  onBalancesChanged(form, check);
  return form;
}
