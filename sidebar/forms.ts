/** The three things staff log at the counter: a sale, feedback, a contact. */
import {rememberLogged, staffName} from './device';
import {customerExtras} from './customer-extras';
import {PROMO_LABEL, promoPick} from './promo-pick';
import {saleLoyaltyText} from './loyalty-lines';
import {loyaltySalePart} from './loyalty-sale';
import {tierSalePart} from './card-tier';
import {call, Answer, newRequestId} from './api';
import {sendSale} from './outbox';
import {h} from './dom';
import {choices, FormKit, textArea, textInput, watchLength} from './form-kit';
import {
  CHANNEL_LABELS,
  CONTACT_REASONS,
  FEEDBACK_LABELS,
  PAYMENT_LABELS,
} from './options';
import {money, num, state, tr} from './state';
import {MSG, UI} from '../src/domain/counter/messages';
import {addItem} from '../src/domain/counter/items';
import {parseMoneyInput} from '../src/domain/counter/money';
import {pointsFor} from '../src/domain/counter/points';
import {LIMITS} from '../src/domain/counter/validate';
import {dayToIso} from '../src/domain/dates';
import type {
  CardContact,
  ChannelKey,
  CustomerEntry,
  FeedbackKind,
  PaymentKey,
} from '../src/domain/counter/wire';
import type {LoyaltyCard} from '../src/domain/loyalty/wire';
import type {TierCard} from '../src/domain/loyalty/tiers-card';

export interface SaleDraft {
  name: string;
  phone: string;
  items: string;
  amount: string;
  payment: string;
  note: string;
}

export type SaleAnswer = Answer<'logSale'>;

export interface SaleFormOptions {
  /** The customer buying; null with `asNew` false is a walk-in. */
  customer: CustomerEntry | null;
  asNew: boolean;
  draft?: Partial<SaleDraft>;
  onDone: (answer: Extract<SaleAnswer, {ok: true}>) => void;
  /** The new customer's phone is on the book already. */
  onDuplicate: (existing: CustomerEntry, draft: SaleDraft) => void;
  /** The customer's balances as the card shows them now (points, stored value). */
  loyalty?: () => LoyaltyCard | null | undefined;
  /** The customer's tier as the card shows it (its discount and double points). */
  tier?: () => TierCard | null | undefined;
}

export function saleForm(o: SaleFormOptions): HTMLElement {
  const kit = new FormKit('sale');
  const d = o.draft ?? {};
  const name = textInput({
    autocomplete: 'off',
    'data-input': 'name',
  });
  const phone = textInput({
    inputmode: 'tel',
    'data-input': 'phone',
  });
  name.value = d.name ?? '';
  phone.value = d.phone ?? '';
  const items = textInput({'data-input': 'items'});
  items.value = d.items ?? '';
  const amount = textInput({
    inputmode: 'decimal',
    'data-input': 'amount',
    placeholder: '0.00',
  });
  amount.value = d.amount ?? '';
  const extras = o.asNew ? customerExtras(kit) : null;
  const promo = promoPick();
  const note = textInput({'data-input': 'note'});
  note.value = d.note ?? '';
  const boot = state.boot;
  // Only a customer with a stored-value ledger can pay from it.
  const ledger = o.customer && o.loyalty?.() ? o.loyalty : undefined;
  const payOptions = ledger
    ? PAYMENT_LABELS
    : PAYMENT_LABELS.filter(([k]) => k !== 'stored');
  const asked = (d.payment ?? state.payment ?? '') as PaymentKey | '';
  const defaultPay = payOptions.some(([k]) => k === asked) ? asked : '';
  const pay = choices<PaymentKey>(
    'payment',
    payOptions,
    // A Chinese shop is paid by WeChat first, whoever is at the till.
    defaultPay || ((boot?.bookLang ?? state.lang) === 'en' ? 'cash' : 'wechat'),
    v => {
      // The next customer may have no balance: paying from it is chosen each time.
      if (v !== 'stored') state.payment = v;
      loyalty?.refresh();
      showPoints();
    },
  );
  const tierCard = o.customer ? o.tier?.() : null;
  const tier = tierCard ? tierSalePart(tierCard) : null;
  const loyalty = ledger
    ? loyaltySalePart(kit, {
        loyalty: ledger,
        amount,
        payment: pay.value,
        due: typed => typed - (tier?.off(typed) ?? 0),
      })
    : null;
  const pointsLine = h('div', {
    class: 'points-preview',
    'data-role': 'points-preview',
  });
  const showPoints = () => {
    const a = parseMoneyInput(amount.value);
    const earns = o.customer !== null || o.asNew;
    // Points are earned on what is paid, after any money off.
    // The tier's discount comes off the typed price first (loyalty/tiers-sale.ts).
    tier?.refresh(a.ok ? a.value : null);
    const typed = a.ok ? a.value : 0;
    const paid = loyalty?.payable() ?? typed - (tier?.off(typed) ?? 0);
    const p =
      a.ok && a.value > 0 && earns
        ? pointsFor(
            Math.max(0, paid),
            (boot?.pointsPerUnit ?? 0) * (tier?.multiplier ?? 1),
          )
        : 0;
    // No points are promised on a sale that cannot be paid as chosen: a balance too
    // short for it, or the server's refusal still standing.
    const refused =
      pay.value() === 'stored' &&
      ((ledger?.()?.stored ?? 0) < Math.max(0, paid) - 1e-9 ||
        kit.el.querySelector('.form-status.error') !== null);
    pointsLine.textContent =
      p > 0 && !refused ? tr(UI.pointsEarned, {n: num(p)}) : '';
    // "12,5" is said to be ambiguous as it is typed, not only once it is saved.
    const v = amount.value.trim();
    kit.note(
      'amount',
      !a.ok && (a.reason === 'ambiguous' || a.reason === 'decimals')
        ? tr(
            a.reason === 'ambiguous' ? MSG.amountAmbiguous : MSG.amountDecimals,
            {
              value: v,
            },
          )
        : '',
    );
  };
  amount.addEventListener('input', () => {
    // A refusal of the amount sent ("balance too short") is moot once it is changed.
    kit.say('', 'error');
    showPoints();
  });
  tier?.el.addEventListener('change', () => {
    loyalty?.refresh();
    showPoints();
  });
  // Points spent as money off lower what is paid, and with it the points earned.
  loyalty?.redeemEl.addEventListener('input', showPoints);
  loyalty?.redeemEl.addEventListener('click', showPoints);

  const picks = h('div', {class: 'chips', 'data-role': 'top-items'});
  for (const item of boot?.topItems ?? []) {
    picks.append(
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          on: {
            click: () => {
              items.value = addItem(
                items.value,
                item,
                boot?.bookLang ?? state.lang,
              );
              items.dispatchEvent(new Event('input'));
            },
          },
        },
        item,
      ),
    );
  }

  const draft = (): SaleDraft => ({
    name: name.value,
    phone: phone.value,
    items: items.value,
    amount: amount.value,
    payment: pay.value(),
    note: note.value,
  });

  kit.el.addEventListener('submit', e => {
    e.preventDefault();
    let sentId = '';
    void kit.submit(
      requestId =>
        sendSale(
          {
            requestId: (sentId = requestId),
            staff: staffName(),
            customerId: o.customer ? o.customer.id : null,
            newCustomer: o.asNew
              ? {name: name.value, phone: phone.value, ...extras?.value()}
              : null,
            items: items.value,
            amount: amount.value,
            payment: pay.value(),
            note: note.value,
            promo: promo.value(),
            redeem: loyalty?.redeem() ?? null,
            tierDiscount: tier ? tier.applied() : null,
          },
          o.customer?.name ?? '',
        ),
      answer => {
        if (!answer.ok) return;
        // Kept on this device so the sale can be voided from the till.
        rememberLogged(sentId, answer.value, o.customer?.name ?? '');
        const amountText = money(answer.value.amount);
        kit.say(
          (answer.value.points > 0
            ? tr(UI.saleSaved, {
                amount: amountText,
                points: num(answer.value.points),
              })
            : tr(UI.saleSavedNoPoints, {amount: amountText})) +
            saleLoyaltyText(answer.value.loyalty),
          'ok',
        );
        items.value = '';
        amount.value = '';
        note.value = '';
        o.onDone(answer);
        // Paying from the balance is chosen for each sale: the next one is paid the
        // usual way unless staff choose the balance again.
        if (pay.value() === 'stored')
          pay.set(
            state.payment && state.payment !== 'stored'
              ? (state.payment as PaymentKey)
              : (boot?.bookLang ?? state.lang) === 'en'
                ? 'cash'
                : 'wechat',
          );
        loyalty?.reset();
        showPoints();
      },
      fail => {
        if ('queued' in fail) {
          // Kept on this device (outbox.ts) under this request id: the next sale gets
          // its own, and the form is ready for it.
          kit.say(fail.message, 'ok');
          kit.requestId = newRequestId();
          items.value = '';
          amount.value = '';
          note.value = '';
          loyalty?.reset();
          showPoints();
          return;
        }
        if (!fail.duplicate) return;
        // The offer of the existing customer says it; the phone field keeps its note.
        kit.say('', 'error');
        o.onDuplicate(fail.duplicate, draft());
      },
    );
  });

  const form = kit.finish(
    o.asNew ? kit.field('name', UI.name, name) : null,
    o.asNew ? kit.field('phone', UI.phone, phone) : null,
    extras ? extras.el : null,
    kit.field('items', UI.items, items),
    picks.childElementCount ? picks : null,
    kit.field('amount', UI.amount, amount),
    tier?.el ?? null,
    loyalty?.redeemEl ?? null,
    pointsLine,
    kit.field('payment', UI.payment, pay.el),
    loyalty?.storedEl ?? null,
    promo.el
      ? kit.field('promo', PROMO_LABEL, promo.el, tr(UI.optional))
      : null,
    kit.field('note', UI.note, note, tr(UI.optional)),
  );
  showPoints();
  if (o.asNew) watchLength(kit, 'name', name, LIMITS.name);
  watchLength(kit, 'items', items, LIMITS.short);
  watchLength(kit, 'note', note, LIMITS.short);
  return form;
}

export function feedbackForm(
  customer: CustomerEntry,
  onDone: (kind: FeedbackKind) => void,
): HTMLElement {
  const kit = new FormKit('feedback');
  const kind = choices<FeedbackKind>('kind', FEEDBACK_LABELS, 'praise');
  let rating: number | null = null;
  const stars: HTMLButtonElement[] = [];
  const starRow = h('div', {
    class: 'stars',
    role: 'radiogroup',
    'aria-label': tr(UI.rating),
    'data-group': 'rating',
  });
  const paint = () =>
    stars.forEach((s, i) => {
      s.classList.toggle('on', rating !== null && i < rating);
      s.setAttribute('aria-checked', rating === i + 1 ? 'true' : 'false');
    });
  for (let i = 1; i <= 5; i++) {
    const s = h(
      'button',
      {
        type: 'button',
        role: 'radio',
        // Its name says what it is ("3 星", "3 stars"): a bare ★ or digit does not.
        'aria-label': tr(UI.stars, {n: i}),
        'data-value': i,
        on: {
          click: () => {
            rating = rating === i ? null : i;
            paint();
          },
        },
      },
      '★',
    );
    stars.push(s);
    starRow.append(s);
  }
  paint();
  const text = textArea(3);
  text.setAttribute('data-input', 'text');
  kit.el.addEventListener('submit', e => {
    e.preventDefault();
    void kit.submit(
      requestId =>
        call('logFeedback', {
          requestId,
          customerId: customer.id,
          kind: kind.value(),
          rating,
          text: text.value,
        }),
      answer => {
        if (!answer.ok) return;
        kit.say(tr(UI.feedbackSaved), 'ok');
        text.value = '';
        rating = null;
        paint();
        onDone(answer.value.kind);
      },
    );
  });
  const form = kit.finish(
    kit.field('kind', UI.type, kind.el),
    kit.field('rating', UI.rating, starRow, tr(UI.optional)),
    kit.field('text', UI.text, text),
  );
  watchLength(kit, 'text', text, LIMITS.text);
  return form;
}

export function contactForm(
  customer: CustomerEntry,
  onDone: (contact: CardContact) => void,
): HTMLElement {
  const kit = new FormKit('contact');
  const channel = choices<ChannelKey>('channel', CHANNEL_LABELS, 'wechat');
  const reason = textInput({'data-input': 'reason'});
  const outcome = textArea(2);
  outcome.setAttribute('data-input', 'outcome');
  const picks = h('div', {class: 'chips'});
  for (const r of CONTACT_REASONS) {
    picks.append(
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          on: {click: () => (reason.value = tr(r))},
        },
        tr(r),
      ),
    );
  }
  kit.el.addEventListener('submit', e => {
    e.preventDefault();
    void kit.submit(
      requestId =>
        call('recordContact', {
          requestId,
          customerId: customer.id,
          channel: channel.value(),
          reason: reason.value,
          outcome: outcome.value,
        }),
      answer => {
        if (!answer.ok) return;
        kit.say(tr(UI.contactSaved), 'ok');
        // The card shows it at once, as the Contacts tab now holds it.
        const done: CardContact = {
          date: dayToIso(answer.value.day),
          channel: channel.value(),
          reason: reason.value.trim(),
          outcome: outcome.value.trim(),
        };
        reason.value = '';
        outcome.value = '';
        onDone(done);
      },
    );
  });
  const form = kit.finish(
    kit.field('channel', UI.channel, channel.el),
    kit.field('reason', UI.reason, reason),
    picks,
    kit.field('outcome', UI.outcome, outcome, tr(UI.optional)),
  );
  watchLength(kit, 'reason', reason, LIMITS.short);
  watchLength(kit, 'outcome', outcome, LIMITS.short);
  return form;
}
