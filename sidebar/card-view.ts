/** The customer card: who they are, how they buy, what is open and what is due. */
import {call} from './api';
import {h} from './dom';
import {FormKit, textInput, watchLength} from './form-kit';
import {recommendBlock} from './card-recommend';
import {loyaltyBlock} from './loyalty-card';
import {privacyBlock, PrivacyHooks} from './card-privacy';
import {tierBlock} from './card-tier';
import {CHANNEL_LABELS} from './options';
import {CardData, money, num, tr} from './state';
import {perMonthFigure, UI} from '../src/domain/counter/messages';
import {samePhone} from '../src/domain/counter/ids';
import {LIMITS} from '../src/domain/counter/validate';
import type {LoyaltyCard} from '../src/domain/loyalty/wire';

export function gradeBadge(grade: string): HTMLElement {
  const g = grade || '–';
  return h(
    'span',
    {
      class: `grade g-${grade || 'none'}`,
      'data-role': 'grade',
      title: tr(UI.grade),
    },
    g,
  );
}

function stat(
  label: string,
  value: string,
  role: string,
  said?: string,
): HTMLElement {
  return h(
    'div',
    said
      ? {class: 'stat', 'data-role': role, role: 'group', 'aria-label': said}
      : {class: 'stat', 'data-role': role},
    h('b', null, value),
    h('span', null, label),
  );
}

function lastVisit(card: CardData): string {
  if (card.lastVisitDaysAgo === null) return tr(UI.never);
  if (card.lastVisitDaysAgo === 0) return tr(UI.today);
  return tr(UI.daysAgo, {n: card.lastVisitDaysAgo});
}

function line(label: string, value: string, role: string): HTMLElement | null {
  if (!value) return null;
  return h(
    'div',
    {class: 'line', 'data-role': role},
    h('span', {class: 'k'}, label),
    h('span', {class: 'v'}, value),
  );
}

export function cardView(
  card: CardData,
  onResolved: (row: number) => void,
  onLoyalty: (next: LoyaltyCard) => void = () => {},
  onPrivacy?: PrivacyHooks,
): HTMLElement {
  const head = h(
    'div',
    {class: 'card-head'},
    gradeBadge(card.grade),
    h(
      'div',
      {class: 'who'},
      h('div', {class: 'name', 'data-role': 'name'}, card.name || card.id),
      h(
        'div',
        {class: 'phone'},
        card.phone
          ? h(
              'a',
              {href: `tel:${card.phone.replace(/[^\d+]/g, '')}`},
              card.phone,
            )
          : null,
        // A shop keyed by phone has the phone as the id: shown once.
        card.id === card.phone || samePhone(card.id, card.phone)
          ? null
          : h('span', {class: 'id'}, card.id),
      ),
    ),
  );
  const stats = h(
    'div',
    {class: 'stats'},
    card.grade
      ? stat(
          tr(UI.perMonth),
          tr(UI.perMonthValue, {n: perMonthFigure(card.perMonth)}),
          'per-month',
          tr(UI.perMonthSaid, {n: perMonthFigure(card.perMonth)}),
        )
      : stat(tr(UI.potential), '–', 'per-month'),
    stat(tr(UI.lastVisit), lastVisit(card), 'last-visit'),
    stat(tr(UI.visits), String(card.visits), 'visits'),
    stat(tr(UI.spend), money(card.spend), 'spend'),
    // With a points ledger its balance is the one figure shown, in the loyalty block.
    card.loyalty ? null : stat(tr(UI.points), num(card.points), 'points'),
  );
  const out = h('section', {class: 'card', 'data-role': 'card'}, head, stats);
  if (card.loyalty) out.append(loyaltyBlock(card.id, card.loyalty, onLoyalty));
  if (card.tier) out.append(tierBlock(card.tier));

  if (card.due.length) {
    const list = h('ul', {class: 'due', 'data-role': 'due'});
    for (const d of card.due)
      list.append(h('li', {class: `due-${d.kind}`}, d.text));
    out.append(h('div', {class: 'block'}, h('h3', null, tr(UI.due)), list));
  }

  if (card.complaints.length) {
    const list = h('ul', {class: 'complaints', 'data-role': 'complaints'});
    for (const k of card.complaints)
      list.append(complaintItem(card, k, onResolved));
    out.append(
      h('div', {class: 'block alert'}, h('h3', null, tr(UI.complaints)), list),
    );
  }

  if (card.favourites.length) {
    const chips = h('div', {class: 'chips static', 'data-role': 'favourites'});
    for (const f of card.favourites)
      chips.append(
        // Times bought, not a quantity: "×2" now means two in one sale.
        h(
          'span',
          {class: 'chip'},
          f.item,
          h('small', null, tr(UI.timesBought, {n: f.count})),
        ),
      );
    out.append(
      h('div', {class: 'block'}, h('h3', null, tr(UI.favourites)), chips),
    );
  }
  const recommended = recommendBlock(card);
  if (recommended) out.append(recommended);

  const b = card.birthday;
  const birthday = b
    ? b.inDays === 0
      ? tr(UI.birthdayToday)
      : tr(UI.birthdayIn, {date: b.date.slice(5), n: b.inDays}) +
        (b.lunar ? ` · ${tr(UI.lunar)}` : '')
    : '';
  const details = [
    line(tr(UI.birthday), birthday, 'birthday'),
    line(tr(UI.preferences), card.preferences, 'preferences'),
    line(tr(UI.family), card.family, 'family'),
    line(tr(UI.notes), card.notes, 'notes'),
    line(tr(UI.lastContact), contactText(card), 'last-contact'),
  ].filter((x): x is HTMLElement => x !== null);
  if (details.length)
    out.append(h('div', {class: 'block details'}, ...details));
  if (onPrivacy) out.append(privacyBlock(card, onPrivacy));
  return out;
}

/** "2026-03-10 · 微信 · 投诉跟进：已道歉，下次送一杯少糖", '' without a contact. */
function contactText(card: CardData): string {
  const c = card.contact;
  if (!c) return '';
  const channel = CHANNEL_LABELS.find(([k]) => k === c.channel);
  const what = [c.reason, c.outcome].filter(Boolean).join(tr(UI.contactSep));
  return [c.date, channel ? tr(channel[1]) : c.channel, what]
    .filter(Boolean)
    .join(' · ');
}

function complaintItem(
  card: CardData,
  k: CardData['complaints'][number],
  onResolved: (row: number) => void,
): HTMLElement {
  const li = h(
    'li',
    {'data-row': k.row},
    h('div', {class: 'ctext'}, k.text),
    h(
      'div',
      {class: 'cmeta'},
      [k.date, k.rating ? '★'.repeat(k.rating) : '']
        .filter(Boolean)
        .join(' · '),
    ),
  );
  const open = h(
    'button',
    {type: 'button', class: 'small', 'data-role': 'resolve'},
    tr(UI.resolve),
  );
  open.addEventListener('click', () => {
    open.remove();
    const kit = new FormKit(`resolve-${k.row}`, UI.resolve);
    const resolution = textInput({'data-input': 'resolution'});
    kit.el.addEventListener('submit', e => {
      e.preventDefault();
      void kit.submit(
        requestId =>
          call('resolveFeedback', {
            requestId,
            customerId: card.id,
            row: k.row,
            resolution: resolution.value,
          }),
        answer => {
          if (answer.ok) onResolved(k.row);
        },
      );
    });
    li.append(kit.finish(kit.field('resolution', UI.resolution, resolution)));
    watchLength(kit, 'resolution', resolution, LIMITS.short);
    resolution.focus();
  });
  li.append(open);
  return li;
}
