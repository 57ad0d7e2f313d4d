/**
 * Today's till, one tap from the counter's home: today's and yesterday's sales, total
 * and payment methods (void rows left out by the server), the sales logged on this
 * device with a Void button each, and the device's staff name. A day with stored-value
 * refunds shows what came in, what was paid back, and what should be in hand after.
 */
import {call, newRequestId} from './api';
import {clear, h} from './dom';
import {
  markVoided,
  recentSales,
  RecentSale,
  setStaffName,
  staffName,
} from './device';
import {PAYMENT_LABELS} from './options';
import {money, state, tr} from './state';
import {MSG, UI} from '../src/domain/counter/messages';
import {STALL} from '../src/domain/counter/stall-messages';
import type {TillDayView} from '../src/domain/counter/wire';

/** The sale's time as the shop's clock showed it (the spreadsheet's time zone). */
function shopTime(iso: string): string {
  const time = new Date(iso);
  if (isNaN(time.getTime())) return '';
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: state.boot?.tz,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(time);
  } catch {
    return time.toTimeString().slice(0, 5);
  }
}

/** The shop's calendar day of an instant, 2026-03-09, in the spreadsheet's time zone. */
function shopDay(time: Date): string {
  if (isNaN(time.getTime())) return '';
  try {
    // en-CA writes the day as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: state.boot?.tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(time);
  } catch {
    return time.toISOString().slice(0, 10);
  }
}

function paymentLabel(key: string): string {
  const found = PAYMENT_LABELS.find(([k]) => k === key);
  return found ? tr(found[1]) : tr(STALL.unknownPayment);
}

type TillSum = TillDayView['fromBalances'];

/** Money with its sign in front, so money paid out reads "−¥30", not "¥-30". */
function signed(n: number): string {
  return n < 0 ? `\u2212${money(-n)}` : money(n);
}

/** "Sales: 2", "Top-ups: 1", "Refunds: 1" for a method, one a line; only what it did. */
function paymentCounts(p: TillDayView['byPayment'][number]): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (p.count) parts.push(h('span', null, tr(STALL.sales, {n: p.count})));
  if (p.topUpCount) {
    parts.push(h('span', null, tr(STALL.topUps, {n: p.topUpCount})));
  }
  if (p.refundCount) {
    parts.push(
      h(
        'span',
        {'data-role': 'refund-count'},
        tr(STALL.refundCount, {n: p.refundCount}),
      ),
    );
  }
  return parts;
}

/**
 * The day's total: money received alone, or, on a day with refunds, received, paid back
 * and what should be in hand after (the `total` role is always the last).
 */
function totals(d: TillDayView): HTMLElement[] {
  const line = (role: string, label: string, figure: HTMLElement) =>
    h('div', {class: `till-total ${role}`}, h('span', null, label), figure);
  if (!d.refunds.count) {
    return [
      line(
        'total',
        tr(STALL.total),
        h('strong', {'data-role': 'total'}, money(d.total)),
      ),
    ];
  }
  const received = Math.round((d.total + d.refunds.total) * 100) / 100;
  return [
    line(
      'received',
      tr(STALL.total),
      h('span', {class: 'num', 'data-role': 'received'}, money(received)),
    ),
    line(
      'refunds-out',
      tr(STALL.refundsOut, {n: d.refunds.count}),
      h(
        'span',
        {class: 'num', 'data-role': 'refunds-out'},
        signed(-d.refunds.total),
      ),
    ),
    line(
      'net',
      tr(STALL.net),
      h('strong', {'data-role': 'total'}, signed(d.total)),
    ),
  ];
}

function dayBlock(role: string, title: string, d: TillDayView): HTMLElement {
  const lines = h('ul', {class: 'till-pay'});
  for (const p of d.byPayment) {
    lines.append(
      h(
        'li',
        {'data-payment': p.payment || 'unknown'},
        h('span', null, paymentLabel(p.payment)),
        h('span', {class: 'muted counts'}, ...paymentCounts(p)),
        h('span', {class: 'num'}, signed(p.total)),
      ),
    );
  }
  // Not money in: a sale paid from stored value spends a top-up already counted.
  const apart = (role: string, label: string, sum: TillSum) =>
    sum.count
      ? h(
          'li',
          {'data-role': role, class: 'muted'},
          h('span', null, label),
          h('span', null, tr(STALL.sales, {n: sum.count})),
          h('span', {class: 'num'}, money(sum.total)),
        )
      : null;
  const aside = [
    apart('from-balances', tr(STALL.fromBalances), d.fromBalances),
  ].filter((e): e is HTMLLIElement => e !== null);
  return h(
    'section',
    {class: 'till-day', 'data-role': role},
    h(
      'div',
      {class: 'till-head'},
      h('strong', null, `${title} · `, h('span', {class: 'nowrap'}, d.iso)),
      h('span', {'data-role': 'count'}, tr(STALL.sales, {n: d.count})),
    ),
    ...totals(d),
    d.byPayment.length ? lines : null,
    aside.length ? h('ul', {class: 'till-pay till-apart'}, ...aside) : null,
    d.voided
      ? h('p', {class: 'muted small'}, tr(STALL.voidedCount, {n: d.voided}))
      : null,
    d.unreadable
      ? h('p', {class: 'notice'}, tr(STALL.unreadable, {n: d.unreadable}))
      : null,
  );
}

function staffRow(): HTMLElement {
  const input = h('input', {
    type: 'text',
    'data-input': 'staff',
    'aria-label': tr(STALL.staffPrompt),
    autocomplete: 'off',
    maxlength: 100,
  });
  input.value = staffName();
  const saved = h('span', {class: 'muted small', role: 'status'});
  const save = () => {
    setStaffName(input.value);
    saved.textContent = staffName() || tr(STALL.staffNone);
  };
  return h(
    'div',
    {class: 'till-staff', 'data-role': 'staff'},
    h('label', null, tr(STALL.staffPrompt)),
    h(
      'div',
      {class: 'row'},
      input,
      h(
        'button',
        {type: 'button', 'data-role': 'save-staff', on: {click: save}},
        tr(STALL.save),
      ),
    ),
    saved,
  );
}

/** One recent sale, with its Void button; voided ones show their mark instead. */
function recentRow(
  s: RecentSale,
  refresh: () => void,
  todayIso: string,
): HTMLElement {
  const status = h('span', {class: 'muted small', role: 'status'});
  const hhmm = shopTime(s.date);
  // A sidebar left open overnight lists yesterday's sales beside today's: their day is
  // said, and voiding one names it.
  const day = shopDay(new Date(s.date));
  const earlier = day !== '' && day < todayIso ? day : '';
  const li = h(
    'li',
    {'data-request': s.requestId, class: s.voided ? 'voided' : ''},
    h(
      'div',
      {class: 'recent-line'},
      h('span', {'data-role': 'when'}, earlier ? `${earlier} ${hhmm}` : hhmm),
      h('span', {class: 'rname'}, s.who || '–'),
      h('span', {class: 'num'}, money(s.amount)),
    ),
    s.items ? h('div', {class: 'muted small'}, s.items) : null,
  );
  if (s.voided) {
    li.append(h('div', {class: 'muted small', 'data-role': 'mark'}, s.voided));
    return li;
  }
  // One id per voiding of this sale on this page: a retry after a lost answer is the
  // same request, written once.
  const requestId = newRequestId();
  const button = h(
    'button',
    {
      type: 'button',
      class: 'danger small',
      'data-role': 'void',
      on: {
        click: () => {
          // Two taps, the second on a button that says what voiding does: no native
          // dialog, which a phone's browser or the sandbox may not show.
          if (button.dataset.armed !== 'true') {
            button.dataset.armed = 'true';
            button.textContent = tr(STALL.voidConfirmButton);
            status.textContent = earlier
              ? tr(STALL.voidConfirmEarlier, {date: earlier})
              : tr(STALL.voidConfirm);
            return;
          }
          button.disabled = true;
          call('voidSale', {
            requestId,
            saleRequestId: s.requestId,
            by: staffName(),
          })
            .then(answer => {
              if (answer.ok) {
                markVoided(s.requestId, answer.value.mark);
                refresh();
              } else {
                status.textContent = answer.message;
                button.disabled = false;
              }
            })
            .catch((e: unknown) => {
              status.textContent = tr(MSG.failed, {
                reason: (e as Error)?.message || tr(MSG.offline),
              });
              button.disabled = false;
            });
        },
      },
    },
    tr(STALL.voidSale),
  );
  li.append(button, status);
  return li;
}

export function tillView(): HTMLElement {
  const host = h('div', {class: 'till', 'data-role': 'till'});
  const figures = h('div', {'data-role': 'till-figures'});
  const recent = h('div', {'data-role': 'recent'});
  // Today as the server's clock has it in the shop's time zone: the opening's day at
  // first, the till's own once it answers (a sidebar may stay open past midnight).
  const showRecent = (todayIso: string) => {
    clear(recent);
    const list = recentSales();
    recent.append(h('h3', null, tr(STALL.recent)));
    if (list.length === 0) {
      recent.append(h('p', {class: 'muted'}, tr(STALL.noRecent)));
    } else {
      const ul = h('ul', {class: 'recent'});
      for (const s of list) ul.append(recentRow(s, load, todayIso));
      recent.append(ul);
    }
  };
  const load = () => {
    clear(figures);
    figures.append(h('p', {class: 'muted center loading'}, tr(UI.loading)));
    const opened = state.boot?.todayIso ?? '';
    call('counterTill')
      .then(till => {
        if (till.today.iso !== opened) showRecent(till.today.iso);
        clear(figures);
        figures.append(
          dayBlock('today', tr(STALL.today), till.today),
          dayBlock('yesterday', tr(STALL.yesterday), till.yesterday),
        );
      })
      .catch((e: unknown) => {
        clear(figures);
        figures.append(
          h(
            'p',
            {class: 'notice'},
            tr(MSG.failed, {reason: (e as Error)?.message || tr(MSG.offline)}),
          ),
        );
      });
    showRecent(opened);
  };
  host.append(figures, recent, staffRow());
  load();
  return host;
}
