/**
 * A form at the counter: labelled fields with their message beside them, one-tap
 * choice buttons, and a save button that is disabled while saving. A failure says what
 * happened and leaves every field as typed; the request id stays the same until a save
 * succeeds, so sending again after a lost answer still writes once.
 */
import {newRequestId} from './api';
import {h, clear} from './dom';
import {state, tr} from './state';
import {MSG, UI} from '../src/domain/counter/messages';
import type {Texts} from '../src/domain/i18n';

export interface Failure {
  ok: false;
  message: string;
  fields: Partial<Record<string, string>>;
}

export class FormKit {
  readonly el: HTMLFormElement;
  readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly errors = new Map<
    string,
    {err: HTMLElement; input?: HTMLElement}
  >();
  requestId = newRequestId();
  busy = false;

  constructor(
    readonly name: string,
    private readonly saveLabel: Texts = UI.save,
  ) {
    this.button = h(
      'button',
      {type: 'submit', class: 'primary', 'data-role': 'save'},
      tr(saveLabel),
    );
    this.status = h('div', {
      class: 'form-status',
      role: 'status',
      'aria-live': 'polite',
    });
    this.el = h('form', {
      class: `form form-${name}`,
      novalidate: true,
      autocomplete: 'off',
    });
    // "Logged ¥12" under a form already half-filled for the next sale reads as if that
    // one were saved too: the note goes once staff start typing again.
    this.el.addEventListener('input', () => {
      if (this.status.classList.contains('ok')) this.say('', 'ok');
    });
  }

  /** A labelled field; `input` may be any element (a text box, choice buttons). */
  field(
    key: string,
    label: Texts,
    input: HTMLElement,
    hint?: string,
  ): HTMLElement {
    const err = h('div', {class: 'err', 'data-err': key});
    this.errors.set(key, {err, input});
    const id = `${this.name}-${key}`;
    if (
      input instanceof HTMLInputElement ||
      input instanceof HTMLTextAreaElement
    ) {
      input.id = id;
      input.name = key;
    }
    return h(
      'div',
      {class: 'field', 'data-field': key},
      h(
        'label',
        {for: id},
        tr(label),
        hint ? h('span', {class: 'hint'}, hint) : null,
      ),
      input,
      err,
    );
  }

  /** Adds the rows and the save button to the form. */
  finish(...rows: Array<Node | null>): HTMLFormElement {
    for (const r of rows) if (r) this.el.append(r);
    this.el.append(this.status, this.button);
    return this.el;
  }

  clearErrors(): void {
    for (const {err, input} of this.errors.values()) {
      err.textContent = '';
      input?.removeAttribute('aria-invalid');
    }
    this.status.textContent = '';
    this.status.className = 'form-status';
  }

  showErrors(fields: Partial<Record<string, string>>): void {
    let first: HTMLElement | undefined;
    for (const [k, msg] of Object.entries(fields)) {
      if (!msg) continue;
      const f = this.errors.get(k);
      if (!f) continue;
      f.err.textContent = msg;
      f.input?.setAttribute('aria-invalid', 'true');
      first = first ?? f.input;
    }
    first?.focus();
  }

  /** A message beside one field before anything is sent ('' clears it). */
  note(key: string, message: string): void {
    const f = this.errors.get(key);
    if (!f) return;
    f.err.textContent = message;
    if (message) f.input?.setAttribute('aria-invalid', 'true');
    else f.input?.removeAttribute('aria-invalid');
  }

  say(message: string, kind: 'ok' | 'error'): void {
    this.status.textContent = message;
    this.status.className = message ? `form-status ${kind}` : 'form-status';
  }

  /**
   * Sends the form once: the button is disabled at once (a double click sends nothing
   * more), and the answer is shown where the user is looking.
   */
  async submit<T extends {ok: boolean}>(
    send: (requestId: string) => Promise<T>,
    onOk: (answer: T) => void,
    onFail?: (answer: T & Failure) => void,
  ): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.button.disabled = true;
    this.button.textContent = tr(UI.saving);
    this.el.setAttribute('aria-busy', 'true');
    this.clearErrors();
    try {
      const answer = await send(this.requestId);
      if (answer.ok) {
        this.requestId = newRequestId();
        onOk(answer);
      } else {
        const f = answer as unknown as T & Failure;
        this.showErrors(f.fields ?? {});
        this.say(f.message, 'error');
        onFail?.(f);
      }
    } catch (e) {
      const reason =
        e instanceof Error && e.message ? e.message : tr(MSG.offline);
      this.say(tr(MSG.failed, {reason}), 'error');
    } finally {
      this.busy = false;
      this.button.disabled = false;
      this.button.textContent = tr(this.saveLabel);
      this.el.removeAttribute('aria-busy');
    }
  }
}

/**
 * Says beside a field, as staff type, that the text is longer than the server takes.
 * The browser's maxlength would cut pasted text without a word, so there is none: the
 * text stays whole, the note shows at once, and the server refuses it the same way.
 */
export function watchLength(
  kit: FormKit,
  key: string,
  input: HTMLInputElement | HTMLTextAreaElement,
  max: number,
): void {
  const check = () => {
    const n = input.value.trim().length;
    kit.note(key, n > max ? tr(UI.tooLongCount, {n, max}) : '');
  };
  input.addEventListener('input', check);
  check();
}

/** One-tap choice buttons; `value` is the chosen key ('' for none). */
export function choices<K extends string>(
  group: string,
  options: ReadonlyArray<[K, Texts]>,
  initial: K | '',
  onChange?: (v: K) => void,
): {el: HTMLElement; value: () => K | ''; set: (v: K | '') => void} {
  let value: K | '' = initial;
  const buttons: HTMLButtonElement[] = [];
  const el = h('div', {
    class: 'choices',
    role: 'radiogroup',
    'data-group': group,
  });
  const paint = () => {
    for (const b of buttons) {
      const on = b.dataset.value === value;
      b.setAttribute('aria-checked', on ? 'true' : 'false');
      b.classList.toggle('on', on);
    }
  };
  for (const [key, label] of options) {
    const b = h(
      'button',
      {
        type: 'button',
        role: 'radio',
        'data-value': key,
        on: {
          click: () => {
            value = key;
            paint();
            onChange?.(key);
          },
        },
      },
      tr(label),
    );
    buttons.push(b);
    el.append(b);
  }
  paint();
  return {
    el,
    value: () => value,
    set: v => {
      value = v;
      paint();
    },
  };
}

export function textInput(
  attrs: Record<string, string | number | boolean> = {},
): HTMLInputElement {
  return h('input', {type: 'text', ...attrs});
}

export function textArea(rows = 2): HTMLTextAreaElement {
  return h('textarea', {rows});
}

export function emptyNode(el: HTMLElement): void {
  clear(el);
}

export {state};
