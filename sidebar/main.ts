/**
 * The counter sidebar: find a customer, see their card, log what happened. One compact
 * index of the customer book is fetched when it opens; searching happens here, as staff
 * type. Everything shown from the sheet goes through text nodes (dom.ts).
 */
import {call} from './api';
import {outboxBar} from './outbox';
import {cardView} from './card-view';
import {$, clear, h} from './dom';
import {contactForm, feedbackForm, SaleDraft, saleForm} from './forms';
import {readings} from './pinyin';
import {CardData, state, tr} from './state';
import {MSG, UI} from '../src/domain/counter/messages';
import {STALL} from '../src/domain/counter/stall-messages';
import {tillView} from './till-view';
import {newsView} from './promo-news';
import {NEWS_TEXTS} from '../src/domain/recommend/texts';
import {withSaleLoyalty} from './loyalty-lines';
import {
  afterContact,
  afterResolve,
  afterSale,
} from '../src/domain/counter/card-update';
import {
  addToIndex,
  buildIndex,
  search,
  updateFigures,
} from '../src/domain/counter/search';
import {langFromLocale} from '../src/domain/i18n';
import type {CustomerEntry} from '../src/domain/counter/wire';

const MAX_RESULTS = 30;
/** How long a search that found nothing in a fresh read is not asked of the book again. */
const REFRESH_MEMORY_MS = 10_000;
/** Coming back to the sidebar after this long reads the customers again. */
const STALE_ON_FOCUS_MS = 30_000;

let searchBox: HTMLInputElement;
let view: HTMLElement;

function show(...nodes: Node[]): void {
  clear(view);
  view.append(...nodes);
  view.scrollTop = 0;
}

function entryAt(i: number): CustomerEntry {
  const c = state.index!.customers;
  return {
    id: c.ids[i],
    name: c.names[i],
    phone: c.phones[i],
    grade: c.grades[i],
  };
}

function gradeTag(grade: string): HTMLElement {
  return h('span', {class: `grade small g-${grade || 'none'}`}, grade || '–');
}

// ---------------------------------------------------------------------------------------
// Home and search

function home(said = ''): void {
  const boot = state.boot!;
  const actions = h(
    'div',
    {class: 'actions'},
    h(
      'button',
      {
        type: 'button',
        class: 'big',
        'data-role': 'new-customer',
        on: {click: () => newCustomer()},
      },
      tr(UI.newCustomer),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'big ghost',
        'data-role': 'walk-in',
        on: {click: () => walkIn()},
      },
      tr(UI.walkIn),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'big ghost',
        'data-role': 'till',
        on: {click: () => show(backBar(tr(STALL.till)), tillView())},
      },
      tr(STALL.till),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'big ghost',
        'data-role': 'news',
        on: {
          click: () => show(backBar(tr(NEWS_TEXTS.promptTitle)), newsView()),
        },
      },
      tr(NEWS_TEXTS.promptTitle),
    ),
  );
  const notices = boot.notices.map(n => h('p', {class: 'notice'}, n));
  const saids = said
    ? [
        h(
          'p',
          {
            class: 'form-status ok center',
            role: 'status',
            'data-role': 'home-said',
          },
          said,
        ),
      ]
    : [];
  show(
    ...saids,
    actions,
    h(
      'p',
      {class: 'muted center', 'data-role': 'count'},
      tr(UI.customers, {n: boot.customers.ids.length}),
    ),
    ...notices,
  );
}

/**
 * The customers read again from the book, one call at a time: the index this sidebar
 * opened with does not know a customer imported or typed into the sheet since.
 */
let refreshing: Promise<void> | null = null;
let refreshedAt = 0;
/** A query that found nothing just after a refresh: what extends it finds nothing too. */
let missedAfterRefresh = '';

function refreshCustomers(): Promise<void> {
  refreshing ??= call('counterCustomers')
    .then(fresh => {
      state.boot!.customers = fresh.customers;
      state.index = buildIndex(fresh.customers, readings);
      refreshedAt = Date.now();
    })
    .finally(() => (refreshing = null));
  return refreshing;
}

/** Worth asking the book: not for a longer spelling of what it just did not have. */
function askBook(query: string): boolean {
  const q = query.trim().toLowerCase();
  return !(
    Date.now() - refreshedAt < REFRESH_MEMORY_MS &&
    missedAfterRefresh !== '' &&
    q.startsWith(missedAfterRefresh)
  );
}

function results(query: string, asked = false): void {
  const found = search(state.index!, query, MAX_RESULTS);
  if (found.total === 0 && !asked && askBook(query)) {
    show(
      h(
        'p',
        {class: 'muted center loading', 'data-role': 'searching-book'},
        tr(UI.searchingBook),
      ),
    );
    refreshCustomers().then(
      () => {
        if (searchBox.value !== query) return;
        if (search(state.index!, query, 1).total === 0)
          missedAfterRefresh = query.trim().toLowerCase();
        results(query, true);
      },
      // Offline or refused: what this sidebar knows is all it can say.
      () => {
        if (searchBox.value === query) results(query, true);
      },
    );
    return;
  }
  const list = h('ul', {class: 'results', 'data-role': 'results'});
  for (const i of found.hits) {
    const e = entryAt(i);
    list.append(
      h(
        'li',
        null,
        h(
          'button',
          {
            type: 'button',
            class: 'result',
            'data-id': e.id,
            on: {click: () => void openCustomer(e)},
          },
          gradeTag(e.grade),
          h('span', {class: 'rname'}, e.name || e.id),
          h('span', {class: 'rphone'}, e.phone),
        ),
      ),
    );
  }
  const extra =
    found.total > found.hits.length
      ? h(
          'p',
          {class: 'muted center'},
          tr(UI.moreResults, {n: found.total - found.hits.length}),
        )
      : null;
  if (found.total === 0) {
    show(
      h('p', {class: 'muted center', 'data-role': 'no-match'}, tr(UI.noMatch)),
      h(
        'div',
        {class: 'actions'},
        h(
          'button',
          {type: 'button', class: 'big', on: {click: () => newCustomer(query)}},
          tr(UI.newCustomer),
        ),
      ),
    );
  } else {
    show(list, ...(extra ? [extra] : []));
  }
}

function onSearch(): void {
  const q = searchBox.value;
  if (q.trim() === '') home();
  else results(q);
}

function backBar(title: string): HTMLElement {
  return h(
    'div',
    {class: 'backbar'},
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        'data-role': 'back',
        on: {click: () => goHome()},
      },
      `‹ ${tr(UI.back)}`,
    ),
    h('span', {class: 'title'}, title),
  );
}

/** An erased customer leaves the search at once: the index is built again without them. */
function forgetCustomer(id: string, name: string): void {
  const c = state.index!.customers;
  const i = c.ids.indexOf(id);
  if (i >= 0) {
    for (const list of [
      c.ids,
      c.names,
      c.phones,
      c.grades,
      c.perMonth,
      c.daysSince,
    ])
      list.splice(i, 1);
    state.index = buildIndex(c, readings);
  }
  // Home says what was done, in the viewer's language, until the next search.
  setTimeout(() => goHome(tr(UI.erasedHome, {name: name || id})), 1500);
}

function goHome(said = ''): void {
  searchBox.value = '';
  home(said);
  searchBox.focus();
}

// ---------------------------------------------------------------------------------------
// A customer

async function openCustomer(
  entry: CustomerEntry,
  draft?: Partial<SaleDraft>,
): Promise<void> {
  show(
    backBar(entry.name || entry.id),
    h('p', {class: 'muted center loading'}, tr(UI.loading)),
  );
  let card: CardData | null;
  try {
    card = await call('customerCard', entry.id);
  } catch (e) {
    show(
      backBar(entry.name),
      h(
        'p',
        {class: 'notice'},
        tr(MSG.failed, {reason: (e as Error).message || tr(MSG.offline)}),
      ),
    );
    return;
  }
  if (!card) {
    show(
      backBar(entry.name),
      h('p', {class: 'notice'}, tr(MSG.unknownCustomer, {id: entry.id})),
    );
    return;
  }
  let current: CardData = card;
  const cardHost = h('div', {class: 'card-host'});
  const paint = () => {
    clear(cardHost);
    cardHost.append(
      cardView(
        current,
        row => {
          current = afterResolve(current, row);
          paint();
          flash(tr(UI.resolved));
        },
        // The block repaints itself; the card keeps the balances for the next repaint.
        loyalty => (current = {...current, loyalty}),
        {
          reopen: () => void openCustomer(entry),
          erased: id => forgetCustomer(id, current.name || entry.name),
        },
      ),
    );
  };
  paint();
  const updateIndexGrade = () => {
    const i = state.index!.customers.ids.indexOf(entry.id);
    if (i >= 0)
      updateFigures(state.index!, i, {
        grade: current.grade,
        perMonth: current.perMonth,
        daysSince: current.lastVisitDaysAgo,
      });
  };
  const forms: Record<'sale' | 'feedback' | 'contact', () => HTMLElement> = {
    sale: () =>
      saleForm({
        customer: entry,
        asNew: false,
        draft,
        loyalty: () => current.loyalty,
        tier: () => current.tier,
        onDone: answer => {
          current = afterSale(current, answer.value, state.boot!.grade);
          current = withSaleLoyalty(current, answer.value);
          updateIndexGrade();
          paint();
        },
        onDuplicate: () => {},
      }),
    feedback: () =>
      feedbackForm(entry, kind => {
        // A complaint must show on the card with its row, to be resolved from there.
        if (kind === 'complaint') {
          void call('customerCard', entry.id).then(c => {
            if (c) {
              current = c;
              paint();
            }
          });
        }
      }),
    contact: () =>
      contactForm(entry, contact => {
        current = afterContact(current, contact);
        paint();
      }),
  };
  const formHost = h('div', {class: 'form-host'});
  const tabs = h('div', {class: 'tabs', role: 'tablist'});
  const open = (k: keyof typeof forms) => {
    for (const b of Array.from(tabs.children)) {
      b.setAttribute(
        'aria-selected',
        (b as HTMLElement).dataset.tab === k ? 'true' : 'false',
      );
    }
    clear(formHost);
    formHost.append(forms[k]());
  };
  for (const [k, label] of [
    ['sale', UI.sale],
    ['feedback', UI.feedback],
    ['contact', UI.contact],
  ] as const) {
    tabs.append(
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          'data-tab': k,
          on: {click: () => open(k)},
        },
        tr(label),
      ),
    );
  }
  show(backBar(entry.name || entry.id), cardHost, tabs, formHost);
  open('sale');
}

function newCustomer(query = ''): void {
  const draft: Partial<SaleDraft> = {};
  const q = query.trim();
  if (/^\+?[\d\s-]{5,}$/.test(q)) draft.phone = q;
  else if (q && !/^[a-z]+$/i.test(q)) draft.name = q;
  const dupHost = h('div', {class: 'dup-host'});
  const form = saleForm({
    customer: null,
    asNew: true,
    draft,
    onDone: answer => {
      const created = answer.value.created;
      if (created) {
        addToIndex(state.index!, {...created, grade: 'E'}, readings);
        void openCustomer({...created, grade: 'E'});
      }
    },
    onDuplicate: (existing, d) => {
      clear(dupHost);
      dupHost.append(
        h(
          'div',
          {class: 'dup', 'data-role': 'duplicate'},
          h(
            'div',
            null,
            tr(MSG.duplicatePhone, {
              phone: existing.phone,
              name: existing.name,
            }),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              'data-role': 'use-existing',
              on: {click: () => void openCustomer(existing, d)},
            },
            tr(UI.useExisting),
          ),
        ),
      );
    },
  });
  show(backBar(tr(UI.newCustomer)), dupHost, form);
  (form.querySelector('input') as HTMLInputElement | null)?.focus();
}

function walkIn(): void {
  show(
    backBar(tr(UI.walkInTitle)),
    saleForm({
      customer: null,
      asNew: false,
      onDone: () => {},
      onDuplicate: () => {},
    }),
  );
}

function flash(message: string): void {
  const toast = $('toast');
  toast.textContent = message;
  toast.classList.add('on');
  setTimeout(() => toast.classList.remove('on'), 2500);
}

// ---------------------------------------------------------------------------------------

async function start(): Promise<void> {
  const app = $('app');
  state.lang = langFromLocale(navigator.language);
  clear(app);
  app.append(h('p', {class: 'muted center loading'}, tr(UI.loading)));
  let boot;
  try {
    boot = await call('counterBootstrap');
  } catch (e) {
    clear(app);
    app.append(
      h(
        'p',
        {class: 'notice'},
        tr(MSG.failed, {reason: (e as Error).message || tr(MSG.offline)}),
      ),
      // Reopened on a weak signal: the sales waiting on this device still show, are
      // still sent, and the counter starts again once the connection is back.
      outboxBar(() => {}),
    );
    window.addEventListener('online', () => void start(), {once: true});
    return;
  }
  performance.mark('shuke:data');
  state.boot = boot;
  state.lang = boot.lang;
  document.documentElement.lang = boot.lang;
  state.index = buildIndex(boot.customers, readings);
  performance.mark('shuke:index');
  searchBox = h('input', {
    type: 'search',
    id: 'q',
    class: 'search',
    placeholder: tr(UI.search),
    'aria-label': tr(UI.search),
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
  });
  searchBox.addEventListener('input', onSearch);
  searchBox.addEventListener('keydown', e => {
    if (e.key !== 'Enter') return;
    const first = view.querySelector<HTMLButtonElement>('button.result');
    if (first) first.click();
  });
  view = h('main', {id: 'view'});
  clear(app);
  app.append(
    h('header', {class: 'top'}, searchBox, outboxBar(flash)),
    view,
    h('div', {id: 'toast', role: 'status'}),
  );
  home();
  searchBox.focus();
  // Back at the sidebar after a while (an import, rows typed into the sheet): the
  // customers are read again in the background, and the home's count follows.
  refreshedAt = Date.now();
  window.addEventListener('focus', () => {
    if (Date.now() - refreshedAt < STALE_ON_FOCUS_MS) return;
    refreshCustomers().then(
      () => {
        if (searchBox.value.trim() !== '') return;
        if (!view.querySelector('[data-role=count]')) return;
        home(view.querySelector('[data-role=home-said]')?.textContent ?? '');
      },
      () => {},
    );
  });
  document.body.dataset.ready = 'true';
}

void start();
