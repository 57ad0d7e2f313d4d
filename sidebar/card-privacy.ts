/**
 * The card's "customer data" block: consent (the shop's notice shown first), a copy of
 * everything about them, a correction, keeping them past the retention period, and an
 * erasure behind a confirmation that names what will go.
 *
 * The copy is a CSV file made here from the server's answer and downloaded by the
 * browser (a Blob link), so no Drive permission is needed. Google's HTML service pages do
 * not say whether their sandboxed frame lets a download through; the same text can also
 * be copied from the block, so the owner has the copy either way.
 */
import {call} from './api';
import {clear, h} from './dom';
import {choices, FormKit, textArea, textInput, watchLength} from './form-kit';
import {staffName} from './device';
import {CardData, state, tr} from './state';
import {LIMITS} from '../src/domain/counter/validate';
import {
  CONSENT_HOWS,
  CONSENT_PURPOSES,
  CONSENT_STATUSES,
  ConsentHow,
  ConsentPurpose,
  ConsentStatus,
  HOW_NAMES,
  PURPOSE_NAMES,
  STATUS_NAMES,
} from '../src/domain/privacy/consent';
import {PRIVACY_UI as P} from '../src/domain/privacy/ui-texts';
import {MSG, UI} from '../src/domain/counter/messages';
import {NEW_CUSTOMER} from '../src/domain/counter/stall-messages';
import type {Texts} from '../src/domain/i18n';

export interface PrivacyHooks {
  /** The card changed on the server (consent, correction): read it again. */
  reopen: () => void;
  /** The customer is gone: leave the card and forget them. */
  erased: (id: string) => void;
}

type Panel = 'consent' | 'export' | 'correct' | 'erase' | 'keep';

function statusText(s: ConsentStatus | null): string {
  return s ? tr(STATUS_NAMES[s]) : tr(P.notAsked);
}

export function privacyBlock(card: CardData, hooks: PrivacyHooks): HTMLElement {
  const p = card.privacy;
  const panel = h('div', {
    class: 'privacy-panel',
    'data-role': 'privacy-panel',
  });
  const open = (which: Panel) => {
    clear(panel);
    panel.append(PANELS[which](card, hooks, () => clear(panel)));
  };
  const button = (which: Panel, label: Texts, cls = 'small') =>
    h(
      'button',
      {
        type: 'button',
        class: cls,
        'data-role': `privacy-${which}`,
        on: {click: () => open(which)},
      },
      tr(label),
    );
  return h(
    'div',
    {class: 'block privacy', 'data-role': 'privacy'},
    h('h3', null, tr(P.title)),
    p
      ? h(
          'div',
          {class: 'line', 'data-role': 'consent-status'},
          tr(P.consentLine, {
            email: statusText(p.email),
            messages: statusText(p.messages),
          }) + (p.recordedOn ? tr(P.recordedOn, {date: p.recordedOn}) : ''),
        )
      : null,
    p?.pastRetention
      ? h(
          'p',
          {class: 'notice', 'data-role': 'past-retention'},
          tr(P.pastRetention),
        )
      : null,
    h(
      'div',
      {class: 'privacy-actions'},
      button('consent', P.consent),
      button('export', P.export),
      button('correct', P.correct),
      p?.pastRetention ? button('keep', P.keep) : null,
      button('erase', P.erase, 'small erase'),
    ),
    panel,
  );
}

const PANELS: Record<
  Panel,
  (card: CardData, hooks: PrivacyHooks, close: () => void) => HTMLElement
> = {
  consent: consentPanel,
  export: exportPanel,
  correct: correctPanel,
  erase: erasePanel,
  keep: keepPanel,
};

function consentPanel(card: CardData, hooks: PrivacyHooks): HTMLElement {
  const kit = new FormKit('privacy-consent', P.saveConsent);
  const status = choices<ConsentStatus>(
    'consent-status',
    CONSENT_STATUSES.map(s => [s, STATUS_NAMES[s]] as [ConsentStatus, Texts]),
    '',
  );
  const how = choices<ConsentHow>(
    'consent-how',
    CONSENT_HOWS.map(s => [s, HOW_NAMES[s]] as [ConsentHow, Texts]),
    'counter',
  );
  const picked = new Set<ConsentPurpose>(CONSENT_PURPOSES);
  const purposes = h('div', {
    class: 'choices',
    'data-group': 'consent-purposes',
  });
  for (const pu of CONSENT_PURPOSES) {
    const b = h(
      'button',
      {type: 'button', role: 'checkbox', 'data-value': pu},
      tr(PURPOSE_NAMES[pu]),
    );
    const paint = () => {
      b.setAttribute('aria-checked', picked.has(pu) ? 'true' : 'false');
      b.classList.toggle('on', picked.has(pu));
    };
    b.addEventListener('click', () => {
      if (picked.has(pu)) picked.delete(pu);
      else picked.add(pu);
      paint();
    });
    paint();
    purposes.append(b);
  }
  kit.el.addEventListener('submit', e => {
    e.preventDefault();
    void kit.submit(
      requestId =>
        call('recordConsent', {
          requestId,
          customerId: card.id,
          status: status.value() as ConsentStatus,
          how: how.value() as ConsentHow,
          purposes: [...picked],
          by: staffName(),
        }),
      () => {
        kit.say(tr(P.consentSaved), 'ok');
        hooks.reopen();
      },
      // The server's message is the field's own, already shown beside it: said once
      // there, the form's line points to it rather than repeating it.
      fail => {
        if (Object.values(fail.fields ?? {}).some(Boolean))
          kit.say(tr(MSG.fixFields), 'error');
      },
    );
  });
  return h(
    'div',
    {class: 'consent'},
    h('p', {class: 'small muted'}, tr(P.noticeFirst)),
    h(
      'div',
      {class: 'notice-text', 'data-role': 'notice-text'},
      state.boot?.consentNotice ?? '',
    ),
    kit.finish(
      kit.field('status', P.status, status.el),
      kit.field('purposes', P.purposes, purposes),
      kit.field('how', P.how, how.el),
    ),
  );
}

function exportPanel(card: CardData): HTMLElement {
  const out = h(
    'div',
    {class: 'privacy-export', 'data-role': 'export'},
    h('p', {class: 'muted'}, tr(UI.loading)),
  );
  call('customerExport', card.id).then(
    copy => {
      clear(out);
      if (!copy) {
        out.append(h('p', {class: 'notice'}, tr(P.failed, {reason: card.id})));
        return;
      }
      const blob = new Blob([copy.csv], {type: 'text/csv;charset=utf-8'});
      const link = h(
        'a',
        {
          href: URL.createObjectURL(blob),
          download: copy.fileName,
          class: 'download',
          'data-role': 'download',
        },
        tr(P.download, {file: copy.fileName}),
      );
      const text = h('textarea', {
        rows: 4,
        readonly: true,
        class: 'export-text',
        'data-role': 'export-text',
      });
      text.value = copy.csv.replace(/^\ufeff/, '');
      const copyButton = h(
        'button',
        {type: 'button', class: 'small', 'data-role': 'export-copy'},
        tr(P.copyText),
      );
      copyButton.addEventListener('click', () => {
        text.select();
        const done = () => (copyButton.textContent = tr(P.copied));
        const clip = (navigator as Navigator & {clipboard?: Clipboard})
          .clipboard;
        if (clip)
          clip
            .writeText(text.value)
            .then(done, () => document.execCommand('copy') && done());
        else if (document.execCommand('copy')) done();
      });
      out.append(
        h('p', null, tr(P.exportReady)),
        h(
          'ul',
          {class: 'export-tabs', 'data-role': 'export-tabs'},
          ...copy.tabs.map(t =>
            h('li', null, tr(P.tabRows, {tab: t.tab, rows: t.rows})),
          ),
        ),
        link,
        h('p', {class: 'small muted'}, tr(P.exportHint)),
        text,
        copyButton,
      );
    },
    (e: unknown) => {
      clear(out);
      out.append(
        h(
          'p',
          {class: 'notice'},
          tr(P.failed, {reason: String((e as Error)?.message ?? e)}),
        ),
      );
    },
  );
  return out;
}

const FIELDS: ReadonlyArray<[keyof CardData & string, Texts, number]> = [
  ['name', UI.name, LIMITS.name],
  ['phone', UI.phone, 200],
  ['email', NEW_CUSTOMER.email, 200],
  ['wechat', NEW_CUSTOMER.wechat, 200],
  ['preferences', UI.preferences, LIMITS.short],
  ['family', UI.family, LIMITS.short],
  ['notes', UI.notes, LIMITS.short],
];

function correctPanel(card: CardData, hooks: PrivacyHooks): HTMLElement {
  const kit = new FormKit('privacy-correct', P.saveCorrection);
  const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  const rows = FIELDS.map(([key, label, max]) => {
    const input =
      key === 'notes' || key === 'family' || key === 'preferences'
        ? textArea(2)
        : textInput({'data-input': key});
    input.setAttribute('data-input', key);
    input.value = String(card[key] ?? '');
    inputs.set(key, input);
    const row = kit.field(key, label, input);
    watchLength(kit, key, input, max);
    return row;
  });
  kit.el.addEventListener('submit', e => {
    e.preventDefault();
    const fields: Record<string, string> = {};
    for (const [k, input] of inputs) {
      if (input.value.trim() !== String(card[k as keyof CardData] ?? '').trim())
        fields[k] = input.value;
    }
    void kit.submit(
      requestId =>
        call('correctCustomer', {
          requestId,
          customerId: card.id,
          fields,
          by: staffName(),
        }),
      () => {
        kit.say(tr(P.corrected), 'ok');
        hooks.reopen();
      },
    );
  });
  return kit.finish(...rows);
}

function keepPanel(card: CardData, hooks: PrivacyHooks): HTMLElement {
  const kit = new FormKit('privacy-keep', P.keep);
  const reason = textInput({'data-input': 'reason'});
  watchLength(kit, 'reason', reason, LIMITS.short);
  kit.el.addEventListener('submit', e => {
    e.preventDefault();
    void kit.submit(
      requestId =>
        call('keepCustomer', {
          requestId,
          customerId: card.id,
          reason: reason.value,
          by: staffName(),
        }),
      () => {
        kit.say(tr(P.kept), 'ok');
        hooks.reopen();
      },
    );
  });
  return kit.finish(kit.field('reason', P.keepReason, reason));
}

/** Scrolls an answer into view: below the fold on a phone it would go unseen. */
function reveal(el: HTMLElement): void {
  // Not in every engine the page may meet (an old WebView): then it stays put.
  if (typeof el.scrollIntoView === 'function')
    el.scrollIntoView({block: 'nearest'});
}

function erasePanel(
  card: CardData,
  hooks: PrivacyHooks,
  close: () => void,
): HTMLElement {
  const out = h(
    'div',
    {class: 'privacy-erase', 'data-role': 'erase-confirm'},
    h('p', {class: 'muted'}, tr(UI.loading)),
  );
  const name = card.name || card.id;
  const sep = tr(P.listSep);
  const list = (xs: Array<{tab: string; rows: number}>) =>
    xs.map(x => tr(P.tabRows, {tab: x.tab, rows: x.rows})).join(sep);
  call('erasurePreview', card.id).then(
    preview => {
      clear(out);
      if (!preview) {
        out.append(h('p', {class: 'notice'}, tr(P.failed, {reason: card.id})));
        return;
      }
      if (preview.atDesk) {
        // Where erasing can't be done (the phone page): say so here, in place of a
        // button that would only be refused, and bring it into view.
        const notice = h(
          'p',
          {class: 'notice', role: 'alert', 'data-role': 'erase-at-desk'},
          preview.atDesk,
        );
        out.append(
          notice,
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              'data-role': 'erase-cancel',
              on: {click: close},
            },
            tr(P.cancel),
          ),
        );
        reveal(out);
        return;
      }
      const status = h('div', {
        class: 'form-status',
        role: 'status',
        'aria-live': 'polite',
      });
      const requestId = `erase-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      const confirm = h(
        'button',
        {
          type: 'button',
          class: 'danger',
          'data-armed': 'true',
          'data-role': 'erase-go',
        },
        tr(P.eraseConfirm, {name}),
      );
      const cancel = h(
        'button',
        {
          type: 'button',
          class: 'small',
          'data-role': 'erase-cancel',
          on: {click: close},
        },
        tr(P.cancel),
      );
      confirm.addEventListener('click', () => {
        confirm.disabled = true;
        cancel.disabled = true;
        call('eraseCustomer', {
          requestId,
          customerId: card.id,
          by: staffName(),
        }).then(
          answer => {
            if (answer.ok) {
              status.textContent = tr(P.erased, {rows: answer.value.rows});
              status.className = 'form-status ok';
              hooks.erased(card.id);
            } else {
              status.textContent = answer.message;
              status.className = 'form-status error';
              confirm.disabled = false;
              cancel.disabled = false;
              reveal(status);
            }
          },
          (e: unknown) => {
            status.textContent = tr(P.failed, {
              reason: String((e as Error)?.message ?? e),
            });
            status.className = 'form-status error';
            confirm.disabled = false;
            cancel.disabled = false;
            reveal(status);
          },
        );
      });
      out.append(
        h('p', {class: 'erase-title'}, tr(P.eraseWill, {name})),
        h(
          'ul',
          {class: 'erase-list', 'data-role': 'erase-list'},
          preview.removed.length
            ? h('li', null, tr(P.eraseRemoved, {list: list(preview.removed)}))
            : null,
          preview.unlinked.length
            ? h('li', null, tr(P.eraseUnlinked, {list: list(preview.unlinked)}))
            : null,
          preview.mentions
            ? h('li', null, tr(P.eraseMentions, {n: preview.mentions}))
            : null,
          preview.nameShared ? h('li', null, tr(P.eraseNameShared)) : null,
        ),
        h('p', {class: 'notice'}, tr(P.eraseFinal)),
        confirm,
        cancel,
        status,
      );
    },
    (e: unknown) => {
      clear(out);
      out.append(
        h(
          'p',
          {class: 'notice'},
          tr(P.failed, {reason: String((e as Error)?.message ?? e)}),
        ),
      );
    },
  );
  return out;
}
