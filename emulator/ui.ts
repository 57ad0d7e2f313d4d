/**
 * SpreadsheetApp.getUi(): menus (the add-on menu too), sidebars, dialogs, alerts and
 * prompts, recorded in `emu.ui` for tests and the local preview. Alerts and prompts
 * answer from a queue a test fills (`emu.ui.answer(...)`), else with OK / empty text.
 */
import {HtmlOutput} from './html';
import {Runtime, SCOPES} from './runtime';

export type MenuEntry =
  | {caption: string; functionName: string}
  | {separator: true}
  | {submenu: MenuRecord};

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width?: number;
  height?: number;
  at: Date;
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  kind: 'alert' | 'prompt';
  answer: string;
  text?: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
  at: Date;
}

export const Button = {
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
} as const;

export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

/**
 * Thrown by alert/prompt when the state is `interactive` and no answer is queued: the
 * local preview stops the execution there, shows the dialog, and runs the entry point
 * again from its saved state with the owner's answers queued (an Apps Script execution
 * waits for the dialog instead; the preview cannot hold a run open across HTTP requests).
 */
export class DialogPending extends Error {
  constructor(readonly dialog: Omit<AlertRecord, 'answer' | 'text'>) {
    super(`waiting for the answer to: ${dialog.prompt}`);
    this.name = 'DialogPending';
  }
}

/** What the emulator remembers of the user interface. */
export class UiState {
  /**
   * When true, a prompt (any buttons) or an alert with buttons other than OK that has no
   * queued answer throws DialogPending rather than answering for the user.
   */
  interactive = false;
  menus: MenuRecord[] = [];
  shown: ShownHtml[] = [];
  alerts: AlertRecord[] = [];
  toasts: ToastRecord[] = [];
  private answers: Array<{button?: string; text?: string}> = [];

  /** The add-on menu most recently added (what onOpen built), or undefined. */
  get addonMenu(): MenuRecord | undefined {
    return [...this.menus].reverse().find(m => m.addon);
  }

  get sidebars(): ShownHtml[] {
    return this.shown.filter(s => s.kind === 'sidebar');
  }

  /** Queues the user's answer to the next alert or prompt. */
  answer(button: keyof typeof Button, text?: string): void {
    this.answers.push({button, text});
  }

  nextAnswer(): {button?: string; text?: string} | undefined {
    return this.answers.shift();
  }

  clear(): void {
    this.menus = [];
    this.shown = [];
    this.alerts = [];
    this.toasts = [];
    this.answers = [];
  }
}

export class Menu {
  private readonly items: MenuEntry[] = [];
  constructor(
    private readonly rt: Runtime,
    private readonly state: UiState,
    private readonly title: string,
    private readonly addon: boolean,
  ) {}

  private g(method: string): void {
    this.rt.guard('Menu', method, 'menu');
  }

  addItem(caption: string, functionName: string): Menu {
    this.g('addItem');
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw this.rt.error(
        "The parameters don't match the method signature for Ui.Menu.addItem.",
      );
    }
    this.items.push({caption, functionName});
    return this;
  }
  addSeparator(): Menu {
    this.g('addSeparator');
    this.items.push({separator: true});
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this.g('addSubMenu');
    this.items.push({submenu: menu.record()});
    return this;
  }
  addToUi(): void {
    this.g('addToUi');
    const rec = this.record();
    const i = this.state.menus.findIndex(
      m => m.addon === rec.addon && m.title === rec.title,
    );
    if (i >= 0) this.state.menus[i] = rec;
    else this.state.menus.push(rec);
  }
  record(): MenuRecord {
    return {
      title: this.title,
      addon: this.addon,
      items: structuredClone(this.items),
    };
  }
}

/** alert/prompt take (prompt), (prompt, buttons) or (title, prompt, buttons). */
function signature(
  a: string,
  b: unknown,
  c: unknown,
): [string, string, string] {
  if (c !== undefined) return [String(a), String(b), String(c)];
  return ['', String(a), String(b ?? ButtonSet.OK)];
}

export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly rt: Runtime,
    private readonly state: UiState,
    private readonly addonName: string,
  ) {}

  createMenu(caption: string): Menu {
    this.rt.guard('Ui', 'createMenu', 'menu');
    return new Menu(this.rt, this.state, String(caption), false);
  }
  createAddonMenu(): Menu {
    this.rt.guard('Ui', 'createAddonMenu', 'menu');
    return new Menu(this.rt, this.state, this.addonName, true);
  }
  private show(
    kind: ShownHtml['kind'],
    method: string,
    html: unknown,
    title?: string,
  ): void {
    this.rt.guard('Ui', method, 'ui', SCOPES.containerUi);
    if (!(html instanceof HtmlOutput)) {
      throw this.rt.error(
        `The parameters don't match the method signature for Ui.${method}.`,
      );
    }
    this.state.shown.push({
      kind,
      title: title ?? html.getTitle(),
      content: html.getContent(),
      width: html.getWidth(),
      height: html.getHeight(),
      at: this.rt.clock.now(),
    });
  }
  showSidebar(userInterface: HtmlOutput): void {
    this.show('sidebar', 'showSidebar', userInterface);
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.show('modal', 'showModalDialog', userInterface, title);
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.show('modeless', 'showModelessDialog', userInterface, title);
  }
  alert(a: string, b?: unknown, c?: unknown): string {
    this.rt.guard('Ui', 'alert', 'ui', SCOPES.containerUi);
    const [title, prompt, buttons] = signature(a, b, c);
    const ans = this.state.nextAnswer();
    if (!ans && this.state.interactive && buttons !== ButtonSet.OK) {
      throw new DialogPending({kind: 'alert', title, prompt, buttons});
    }
    const answer = ans?.button ?? (buttons.startsWith('YES') ? 'YES' : 'OK');
    this.state.alerts.push({kind: 'alert', title, prompt, buttons, answer});
    return answer;
  }
  prompt(
    a: string,
    b?: unknown,
    c?: unknown,
  ): {getResponseText(): string; getSelectedButton(): string} {
    this.rt.guard('Ui', 'prompt', 'ui', SCOPES.containerUi);
    const [title, prompt, buttons] = signature(a, b, c);
    const ans = this.state.nextAnswer();
    if (!ans && this.state.interactive) {
      throw new DialogPending({kind: 'prompt', title, prompt, buttons});
    }
    // PromptResponse: the text typed, kept even when the button was Cancel or the close
    // button (developers.google.com/apps-script/reference/base/prompt-response).
    const answer = ans?.button ?? 'OK';
    const text = ans?.text ?? '';
    this.state.alerts.push({
      kind: 'prompt',
      title,
      prompt,
      buttons,
      answer,
      text,
    });
    return {getResponseText: () => text, getSelectedButton: () => answer};
  }
}
