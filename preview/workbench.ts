/**
 * The preview's spreadsheet: the built dist/Code.js loaded on the emulator, the way Apps
 * Script would run it, with its state kept in a local file so the shop survives a restart.
 * Every action the page offers is one execution here (a menu click, a google.script.run
 * call, time passing), followed by a save.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  BundleApp,
  createEmulator,
  deserializeEmulator,
  Emulator,
  EmulatorOptions,
  TriggerData,
} from '../emulator';
import {dayNumber, tzOffsetMs} from '../src/domain/dates';
import {Lang, langFromLocale} from '../src/domain/i18n';
import {readSettings} from '../src/sheets/settings';
import {DEMO_OWNER_EMAIL, demoBook, writeDemoShop} from './demo-data';
import {MailView, MenuItemView, PageView, TriggerView} from './render';
import {readTabs} from './snapshot';
import {DialogPending} from '../emulator/ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const FILE_FORMAT = 'shuke-preview-workbook';
const FILE_VERSION = 1;

export interface WorkbenchOptions {
  dataFile: string;
  /** Where dist/Code.js, dist/sidebar.html live. */
  distDir: string;
  manifest: string;
  locale: string;
  /** The virtual time a fresh demo shop starts at. */
  now?: Date;
}

export interface ErrorView {
  name: string;
  message: string;
}

/** A dialog the script showed (Ui.showModalDialog / showModelessDialog). */
export interface DialogView {
  kind: 'modal' | 'modeless';
  title: string;
  width: number | null;
  height: number | null;
}

/** The owner's answer to one alert or prompt: the button pressed and the text typed. */
export interface DialogAnswer {
  button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
  text?: string;
}

/**
 * An alert asking a question (buttons other than OK) or a prompt the script is waiting
 * on: the page shows it and runs the menu item again with the answers so far.
 */
export interface AskView {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
}

/** What an action did that the page shows beside the new state. */
export interface ActionResult {
  ok: boolean;
  error?: ErrorView;
  alerts: Array<{title: string; prompt: string}>;
  toasts: Array<{title: string; message: string}>;
  /** The script showed a sidebar: the page reloads its panel. */
  sidebarShown: boolean;
  /**
   * The script showed a modal or modeless dialog: the page draws it over the sheet with
   * its HTML from GET /dialog, at the size the script asked for.
   */
  dialog?: DialogView;
  /** The run stopped at this question; nothing it did was kept. */
  ask?: AskView;
  /** Clock triggers that ran. */
  runs: Array<{handler: string; at: string; ok: boolean; error?: string}>;
}

function errorView(e: unknown): ErrorView {
  const err = e as {name?: unknown; message?: unknown};
  return {
    name: typeof err?.name === 'string' ? err.name : 'Error',
    message:
      typeof err?.message === 'string' ? err.message : String(e as string),
  };
}

export class Workbench {
  emu!: Emulator;
  app!: BundleApp;

  private constructor(private readonly opts: WorkbenchOptions) {}

  /** Opens the saved workbook, or creates the demo shop when there is none (or `fresh`). */
  static open(opts: WorkbenchOptions, fresh = false): Workbench {
    const wb = new Workbench(opts);
    const saved = fresh ? null : wb.readFile();
    if (saved) wb.load(saved);
    else wb.createDemo(opts.now ?? new Date());
    wb.save();
    return wb;
  }

  private emulatorOptions(): EmulatorOptions {
    return {
      locale: this.opts.locale,
      timeZone: 'Asia/Shanghai',
      // The file's title, in the language of the demo shop's book.
      name: demoBook(langFromLocale(this.opts.locale)).title,
      userEmail: DEMO_OWNER_EMAIL,
      htmlDir: this.opts.distDir,
      manifest: this.opts.manifest,
    };
  }

  private readFile(): string | null {
    if (!fs.existsSync(this.opts.dataFile)) return null;
    const text = fs.readFileSync(this.opts.dataFile, 'utf8');
    const data = JSON.parse(text) as {
      format?: string;
      version?: number;
      emulator?: string;
    };
    if (data.format !== FILE_FORMAT || typeof data.emulator !== 'string') {
      throw new Error(
        `${this.opts.dataFile} is not a preview workbook; delete it or start with fresh: true`,
      );
    }
    return data.emulator;
  }

  private load(serialized: string): void {
    this.emu = deserializeEmulator(serialized, this.emulatorOptions());
    // The viewer chose their language with the spreadsheet's locale ("My language" sets
    // both): a restart opens the book for them in it, not in PREVIEW_LOCALE's default.
    this.emu.session.userLocale = this.emu.workbook.locale;
    this.loadCode();
  }

  /** Loads the bundle and opens the spreadsheet, which runs onOpen and builds the menu. */
  private loadCode(): void {
    this.app = this.emu.loadBundle(path.join(this.opts.distDir, 'Code.js'));
    this.openSpreadsheet();
  }

  private openSpreadsheet(): void {
    // The add-on is installed and authorised in this document: onOpen runs in LIMITED.
    if (!this.app.functions.includes('onOpen')) return;
    try {
      this.app.call('onOpen', [{authMode: 'LIMITED', user: DEMO_OWNER_EMAIL}], {
        authMode: 'LIMITED',
      });
    } catch (e) {
      console.error(`onOpen failed: ${errorView(e).message}`);
    }
  }

  private createDemo(now: Date): void {
    this.emu = createEmulator({...this.emulatorOptions(), now});
    this.loadCode();
    this.app.call('setUpShop', [], {authMode: 'FULL'});
    const lang = langFromLocale(this.opts.locale);
    this.emu.run(
      () =>
        writeDemoShop(
          this.emu.spreadsheet as unknown as Spreadsheet,
          lang,
          this.emu.clock.now(),
        ),
      {authMode: 'FULL', limitMs: 0},
    );
    // As an owner upgrading a book of older sales would: Set up shop again carries the
    // Sales tab's points into the new, empty Points ledger, so the cards show them.
    this.app.call('setUpShop', [], {authMode: 'FULL'});
    // The owner has turned on the daily email, so "+1 day" shows it arriving.
    if (this.app.functions.includes('turnOnReminders')) {
      try {
        this.app.call('turnOnReminders', [], {authMode: 'FULL'});
      } catch (e) {
        console.error(`turnOnReminders failed: ${errorView(e).message}`);
      }
    }
    this.emu.ui.alerts.length = 0;
    this.emu.ui.toasts.length = 0;
    this.emu.ui.shown.length = 0;
  }

  /**
   * Replaces the workbook with a fresh demo shop whose today is the start time given to
   * the preview, else the real today: "reset" also undoes the days the clock was moved.
   */
  reset(): void {
    this.createDemo(this.opts.now ?? new Date());
    this.save();
  }

  save(): void {
    const file = this.opts.dataFile;
    fs.mkdirSync(path.dirname(file), {recursive: true});
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(
      tmp,
      JSON.stringify({
        format: FILE_FORMAT,
        version: FILE_VERSION,
        savedAt: new Date().toISOString(),
        emulator: this.emu.serialize(),
      }),
    );
    fs.renameSync(tmp, file);
  }

  /** Runs `fn` and reports the alerts, toasts and sidebars it produced. */
  private observe(fn: () => ActionResult['runs'] | void): ActionResult {
    const ui = this.emu.ui;
    const a0 = ui.alerts.length;
    const t0 = ui.toasts.length;
    const s0 = ui.sidebars.length;
    const d0 = ui.shown.length;
    const out: ActionResult = {
      ok: true,
      alerts: [],
      toasts: [],
      sidebarShown: false,
      runs: [],
    };
    try {
      out.runs = fn() ?? [];
    } catch (e) {
      out.ok = false;
      out.error = errorView(e);
    }
    // Only messages are shown again; questions were answered in the page already.
    out.alerts = ui.alerts
      .slice(a0)
      .filter(a => a.kind === 'alert' && a.buttons === 'OK')
      .map(a => ({title: a.title, prompt: a.prompt}));
    out.toasts = ui.toasts
      .slice(t0)
      .map(x => ({title: x.title, message: x.message}));
    out.sidebarShown = ui.sidebars.length > s0;
    const dialog = this.lastDialog(d0);
    if (dialog) {
      out.dialog = {
        kind: dialog.kind as DialogView['kind'],
        title: dialog.title,
        width: dialog.width ?? null,
        height: dialog.height ?? null,
      };
    }
    this.save();
    return out;
  }

  hasFunction(name: string): boolean {
    return this.app.functions.includes(name);
  }

  /**
   * A menu click: the entry point runs as one FULL execution. Apps Script holds the run
   * while Ui.prompt / Ui.alert wait for the owner; the preview cannot hold it across two
   * requests, so a question without an answer in `answers` stops the run, the workbook
   * goes back to what it was before it, and the page asks and runs it again with the
   * answers so far (the entry points ask before they write).
   */
  runMenu(fn: string, answers: readonly DialogAnswer[] = []): ActionResult {
    const before = this.emu.serialize();
    let ask: AskView | undefined;
    const out = this.observe(() => {
      const ui = this.emu.ui;
      ui.interactive = true;
      for (const a of answers) ui.answer(a.button, a.text ?? '');
      try {
        this.app.call(fn, [], {authMode: 'FULL'});
      } catch (e) {
        if (!(e instanceof DialogPending)) throw e;
        ask = {...e.dialog};
      } finally {
        ui.interactive = false;
        while (ui.nextAnswer());
      }
    });
    // Most entry points ask before touching anything: only a run that changed the
    // workbook is rolled back (which reloads the script, the slow part).
    if (ask && this.emu.serialize() !== before) {
      const shown = this.emu.ui.shown;
      this.load(before);
      this.emu.ui.shown.push(...shown);
      this.save();
    }
    if (ask) out.ask = ask;
    return out;
  }

  /** google.script.run from the sidebar. */
  async scriptRun(
    name: string,
    args: unknown[],
  ): Promise<{ok: true; value: unknown} | {ok: false; error: ErrorView}> {
    try {
      const value = await this.emu.scriptRun(name, args);
      return {ok: true, value: value === undefined ? null : value};
    } catch (e) {
      return {ok: false, error: errorView(e)};
    } finally {
      this.save();
    }
  }

  /**
   * Time passes: clock triggers run when they fall due. Opening the sheet on a later day
   * recalculates TODAY(), so a new day invalidates the formulas as a reopened sheet would.
   */
  advance(ms: number): ActionResult {
    const tz = this.timeZone();
    const before = dayNumber(this.emu.clock.now(), tz);
    return this.observe(() => {
      const runs = this.emu.advance(ms);
      if (dayNumber(this.emu.clock.now(), tz) !== before) this.emu.invalidate();
      return runs.map(r => ({
        handler: r.trigger.handler,
        at: this.wall(r.at),
        ok: r.ok,
        error: r.error,
      }));
    });
  }

  /**
   * The owner changes File ▸ Settings ▸ Locale and their own account's language, then
   * reopens the spreadsheet: the menu and the counter follow them, the book keeps the
   * language Settings holds.
   */
  setLocale(locale: string): ActionResult {
    return this.observe(() => {
      this.emu.run(() => this.ss().setSpreadsheetLocale(locale), {
        authMode: 'FULL',
      });
      this.emu.session.userLocale = locale;
      this.emu.ui.menus.length = 0;
      this.openSpreadsheet();
    });
  }

  /**
   * The owner clicks a checkbox cell: it flips between the rule's checked and unchecked
   * values (TRUE and FALSE unless the rule names others; DataValidationBuilder
   * requireCheckbox reference), as a typed edit would. Any other cell is refused: the
   * preview edits nothing else.
   */
  toggle(tab: string, row: number, col: number): ActionResult {
    return this.observe(() => {
      this.emu.run(
        () => {
          const sheet = this.ss().getSheetByName(tab);
          if (!sheet) throw new Error(`no tab ${tab}`);
          const cell = sheet.getRange(row, col);
          const rule = cell.getDataValidation();
          if (!rule || String(rule.getCriteriaType()) !== 'CHECKBOX') {
            throw new Error('not a checkbox');
          }
          const values = rule.getCriteriaValues();
          const checked = values.length ? values[0] : true;
          const unchecked = values.length > 1 ? values[1] : false;
          cell.setValue(cell.getValue() === checked ? unchecked : checked);
        },
        {authMode: 'FULL'},
      );
    });
  }

  /** The last dialog the script showed from index `from` of the shown list on. */
  private lastDialog(from = 0) {
    return this.emu.ui.shown
      .slice(from)
      .filter(s => s.kind === 'modal' || s.kind === 'modeless')
      .at(-1);
  }

  /** The HTML of the dialog the script last showed; null before any. */
  dialogHtml(): string | null {
    return this.lastDialog()?.content ?? null;
  }

  /** The HTML the script last showed as a sidebar, else the built dist/sidebar.html. */
  sidebarHtml(): string {
    const shown = this.emu.ui.sidebars;
    if (shown.length) return shown[shown.length - 1].content;
    return fs.readFileSync(
      path.join(this.opts.distDir, 'sidebar.html'),
      'utf8',
    );
  }

  private ss(): Spreadsheet {
    return this.emu.spreadsheet as unknown as Spreadsheet;
  }

  timeZone(): string {
    return this.emu.workbook.timeZone;
  }

  locale(): string {
    return this.emu.workbook.locale;
  }

  lang(): Lang {
    return langFromLocale(this.locale());
  }

  /** 'YYYY-MM-DD HH:mm' in the spreadsheet's time zone. */
  wall(d: Date | number): string {
    const ms = typeof d === 'number' ? d : d.getTime();
    const local = new Date(ms + tzOffsetMs(ms, this.timeZone())).toISOString();
    return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
  }

  private shopName(): string {
    try {
      const s = readSettings(this.ss());
      return String(s.shopName ?? '');
    } catch {
      return '';
    }
  }

  menu(): {title: string; items: MenuItemView[]} {
    const m = this.emu.ui.addonMenu;
    if (!m) return {title: '', items: []};
    const items: MenuItemView[] = [];
    const walk = (entries: typeof m.items) => {
      for (const e of entries) {
        if ('separator' in e) items.push({separator: true});
        else if ('submenu' in e) walk(e.submenu.items);
        else items.push({label: e.caption, fn: e.functionName});
      }
    };
    walk(m.items);
    return {title: m.title, items};
  }

  outbox(): MailView[] {
    return this.emu.outbox.map(m => ({
      to: m.to,
      cc: m.cc,
      bcc: m.bcc,
      subject: m.subject,
      body: m.body,
      htmlBody: m.htmlBody,
      at: this.wall(m.at),
    }));
  }

  triggers(): TriggerView[] {
    return this.emu.triggers.list.map((t: TriggerData) => ({
      handler: t.handler,
      description:
        t.nextMs !== undefined
          ? `${t.handler} → ${this.wall(t.nextMs)}`
          : t.handler,
    }));
  }

  view(sidebarOpen = true): PageView {
    const now = this.emu.clock.now();
    const lang = this.lang();
    const menu = this.menu();
    return {
      lang,
      locale: this.locale(),
      shopName: this.shopName(),
      timeZone: this.timeZone(),
      wallTime: this.wall(now),
      weekday: weekday(now, this.timeZone(), lang),
      menuTitle: menu.title,
      menu: menu.items,
      tabs: readTabs(this.ss(), this.emu.workbook),
      outbox: this.outbox(),
      triggers: this.triggers(),
      sidebarOpen,
    };
  }
}

const WEEKDAYS: Record<Lang, string[]> = {
  'zh-CN': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  'zh-TW': ['週日', '週一', '週二', '週三', '週四', '週五', '週六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

function weekday(now: Date, tz: string, lang: Lang): string {
  // Day 0 (1970-01-01) was a Thursday.
  return WEEKDAYS[lang][(dayNumber(now, tz) + 4) % 7];
}
