/**
 * A strict, in-memory Apps Script for Shuke's tests, benchmarks and local preview.
 *
 *   const emu = createEmulator({locale: 'zh_CN'});
 *   const uninstall = emu.install();            // globals for in-process tests
 *   emu.run(() => setUpShop(), {authMode: 'FULL'});
 *   const app = emu.loadBundle();               // dist/Code.js in node:vm
 *   app.call('onOpen', [{authMode: 'NONE'}], {authMode: 'NONE'});
 *   await emu.scriptRun('getCounterData', []);  // google.script.run semantics
 *
 * See README.md for the rules it enforces and where they come from.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Cache, CacheControl, CacheService, CacheStores} from './cache';
import {Clock} from './clock';
import {CustomFunction, recalculate} from './formulas';
import {SheetsHost} from './host';
import {HtmlService} from './html';
import {LockService, LockTable} from './lock';
import {MAIL_QUOTAS, MailApp, MailState, SentMail, mailRemaining} from './mail';
import {SheetData, Workbook} from './model';
import {PropertiesService, PropertyStores} from './properties';
import {
  AuthModeName,
  Realm,
  Runtime,
  SIX_MINUTES,
  WebAppIdentity,
} from './runtime';
import {manifestWebApp, WebApp, WebAppConfig} from './webapp';
import {manifestTimeZone, Session, SessionInfo} from './session';
import type {CustomFunctionDates} from './formulas';
import {Spreadsheet, SpreadsheetAppImpl} from './spreadsheet';
import {ChartsService} from './charts';
import {ScriptApp, TriggerData, TriggerState, nextFire} from './triggers';
import {UiState} from './ui';
import {Logger, Utilities} from './utilities';
import {toWire, WireError} from './wire';
import {BundleApp, loadBundle} from './bundle';
import {restoreState, snapshotState} from './serialize';

export {MSG} from './errors';
export type {CallInfo, KillOptions} from './faults';
export type {BundleApp} from './bundle';
export type {SentMail} from './mail';
export type {TriggerData} from './triggers';
export type {AuthModeName} from './runtime';
export type {WebAppConfig, WebResponse, WebPage} from './webapp';
export {Clock} from './clock';
export {CallCounter} from './calls';
export {formatDate} from './utilities';

export interface EmulatorOptions {
  /** Spreadsheet locale, e.g. 'en_US', 'zh_CN', 'zh_TW'. Default 'en_US'. */
  locale?: string;
  /** Spreadsheet time zone. Default 'Asia/Shanghai'. */
  timeZone?: string;
  /**
   * Script time zone. Default: the manifest's `timeZone` (appsscript.json, as Google
   * takes it), else the spreadsheet's.
   */
  scriptTimeZone?: string;
  /**
   * How Date cells cross into custom functions when the two zones differ (formulas.ts).
   * Default 'script-wall-clock', the harder of the two readings of Google's guide.
   */
  customFunctionDates?: CustomFunctionDates;
  /** Session.getActiveUserLocale(). Default: derived from `locale` ('zh_CN' → 'zh_CN'). */
  userLocale?: string;
  /** Virtual time at start. Default: the real now. */
  now?: Date | string | number;
  /**
   * Email recipients a day per account. Default by `mailAccount`: 100 (consumer), 1,500
   * (Workspace); a trial account's lower figure is given here.
   */
  mailQuota?: number;
  /** The kind of Google account the users have. Default 'consumer'. */
  mailAccount?: 'consumer' | 'workspace';
  /** The account executions run as (Session's user) unless told otherwise. */
  userEmail?: string;
  /** Spreadsheet name. */
  name?: string;
  /** Spreadsheet id. */
  id?: string;
  /** Title of the add-on menu (Extensions › this). Default 'Shuke'. */
  addonName?: string;
  /**
   * OAuth scopes granted: 'manifest' (default) reads appsscript.json's oauthScopes (from
   * `manifest` or ./appsscript.json), 'all' grants everything, or an explicit list.
   */
  scopes?: 'manifest' | 'all' | string[];
  manifest?: string;
  /** Where HtmlService finds files. Default ./dist. */
  htmlDir?: string;
  /** Enforce the add-on trigger rules (one per type, hourly at most). Default true. */
  addon?: boolean;
}

export interface RunOptions {
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
  customFunction?: boolean;
  trigger?: boolean;
  /** Execution limit in ms (default 6 minutes, 30 s for custom functions and simple triggers). */
  limitMs?: number;
  /**
   * A simple trigger (onOpen, onEdit, onInstall): 30 seconds. Default: true in AuthMode
   * NONE and LIMITED, which only simple triggers run in.
   */
  simpleTrigger?: boolean;
  /** Realm whose Date/Error the services hand out (set by the bundle). */
  realm?: Realm;
  /** Run as this account (another editor of the spreadsheet); default the session's. */
  user?: string;
  /** A web app's execution: no containing document, visitor and effective user (webapp.ts). */
  webApp?: WebAppIdentity;
}

export interface Globals {
  SpreadsheetApp: SpreadsheetAppImpl;
  MailApp: MailApp;
  ScriptApp: ScriptApp;
  PropertiesService: PropertiesService;
  LockService: LockService;
  CacheService: CacheService;
  Session: Session;
  Utilities: Utilities;
  Logger: Logger;
  HtmlService: HtmlService;
  Charts: ChartsService;
}

export interface TriggerRun {
  trigger: TriggerData;
  at: Date;
  ok: boolean;
  error?: string;
  /**
   * Who Google emails about the failure: the trigger's owner, and only when the handler
   * threw (installable triggers guide, failure notifications); a run that returns, however
   * little it did, is a success nobody hears of.
   */
  failureNotice?: string;
}

/** Names are upper-cased as Sheets does; a change makes formulas recompute. */
class FunctionRegistry extends Map<string, CustomFunction> {
  constructor(private readonly changed: () => void) {
    super();
  }
  set(name: string, fn: CustomFunction): this {
    super.set(name.toUpperCase(), fn);
    this.changed?.();
    return this;
  }
  get(name: string): CustomFunction | undefined {
    return super.get(name.toUpperCase());
  }
  has(name: string): boolean {
    return super.has(name.toUpperCase());
  }
  delete(name: string): boolean {
    this.changed?.();
    return super.delete(name.toUpperCase());
  }
}

const DEFAULT_SHEET: Record<string, string> = {
  zh_CN: '工作表1',
  zh_TW: '工作表1',
  zh_HK: '工作表1',
  ja_JP: 'シート1',
};

function readScopes(opts: EmulatorOptions): Set<string> | undefined {
  const s = opts.scopes ?? 'manifest';
  if (s === 'all') return undefined;
  if (Array.isArray(s)) return new Set(s);
  const file = opts.manifest ?? path.resolve('appsscript.json');
  if (!fs.existsSync(file)) return undefined;
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    oauthScopes?: string[];
  };
  return json.oauthScopes ? new Set(json.oauthScopes) : undefined;
}

export class Emulator {
  readonly rt: Runtime;
  readonly clock: Clock;
  readonly workbook: Workbook;
  readonly ui = new UiState();
  readonly mail: MailState & {remaining(user?: string): number};
  /** The account the emulator started with: owner of triggers saved without one. */
  private readonly firstUser: string;
  readonly triggers: TriggerState = {list: [], nextId: 1};
  readonly properties: PropertyStores = {script: {}, document: {}, user: {}};
  readonly caches: CacheStores = {
    script: new Map(),
    document: new Map(),
    user: new Map(),
  };
  readonly locks: LockTable;
  /** Early cache evictions on demand (see cache.ts). */
  readonly cacheControl = new CacheControl(() => this.caches);
  readonly session: SessionInfo;
  readonly globals: Globals;
  /** Custom functions by name (any case), used by formula cells; setting one recalculates. */
  readonly customFunctions: Map<string, CustomFunction> = new FunctionRegistry(
    () => this.workbook.touch(),
  );
  /** Functions triggers and scriptRun call by name (the bundle's, or set by tests). */
  readonly functions = new Map<string, (...args: unknown[]) => unknown>();
  readonly triggerRuns: TriggerRun[] = [];
  readonly options: Required<
    Pick<EmulatorOptions, 'addonName' | 'htmlDir' | 'addon'>
  >;
  /**
   * Cells passed into custom functions (their arguments) and out of them (their
   * results): `last` for the latest recalculation of the workbook, `total` since the
   * emulator started or `reset()`.
   */
  readonly customCells = {
    last: {calls: 0, cellsIn: 0, cellsOut: 0},
    total: {calls: 0, cellsIn: 0, cellsOut: 0},
    reset(): void {
      this.total = {calls: 0, cellsIn: 0, cellsOut: 0};
    },
  };
  private calculating = false;
  private readonly host: SheetsHost;

  /** The manifest the scopes (and a web app's settings) come from. */
  readonly manifestFile: string;

  constructor(opts: EmulatorOptions = {}) {
    this.manifestFile = opts.manifest ?? path.resolve('appsscript.json');
    this.clock = new Clock(opts.now);
    this.rt = new Runtime(this.clock);
    this.rt.scopes = readScopes(opts);
    // A killed execution's lost writes change what formulas see.
    this.rt.onRollback = () => this.workbook.touch();
    const locale = opts.locale ?? 'en_US';
    const tz = opts.timeZone ?? 'Asia/Shanghai';
    this.options = {
      addonName: opts.addonName ?? 'Shuke',
      htmlDir: opts.htmlDir ?? path.resolve('dist'),
      addon: opts.addon ?? true,
    };
    this.workbook = new Workbook(
      opts.id ?? '1EmuLatedSpreadsheetId0000000000000000000000',
      opts.name ?? 'Shuke',
      locale,
      tz,
    );
    this.workbook.addSheet(DEFAULT_SHEET[locale] ?? 'Sheet1');
    this.session = {
      userEmail: opts.userEmail ?? 'owner@example.com',
      userLocale: opts.userLocale ?? locale,
      scriptTimeZone:
        opts.scriptTimeZone ??
        manifestTimeZone(opts.manifest ?? path.resolve('appsscript.json')) ??
        tz,
      customFunctionDates: opts.customFunctionDates ?? 'script-wall-clock',
    };
    const mailState: MailState = {
      outbox: [],
      quota: opts.mailQuota ?? MAIL_QUOTAS[opts.mailAccount ?? 'consumer'],
      accounts: {},
    };
    this.mail = Object.assign(mailState, {
      /** Recipients `user` (default: the session's user) may still send now. */
      remaining: (user?: string) =>
        mailRemaining(
          mailState,
          user ?? this.session.userEmail,
          this.clock.nowMs(),
        ),
    });
    this.firstUser = this.session.userEmail;
    this.locks = new LockTable(this.rt);
    this.host = {
      rt: this.rt,
      wb: this.workbook,
      ensureCalculated: sheet => this.ensureCalculated(sheet),
      people: {
        user: () => this.session.userEmail,
        owner: () => this.firstUser,
      },
      toast: (message, title, timeoutSeconds) =>
        this.ui.toasts.push({
          message,
          title,
          timeoutSeconds,
          at: this.clock.now(),
        }),
    };
    this.globals = {
      SpreadsheetApp: new SpreadsheetAppImpl(
        this.host,
        this.ui,
        this.options.addonName,
      ),
      MailApp: new MailApp(this.rt, this.mail, () => this.session.userEmail),
      ScriptApp: new ScriptApp(
        this.rt,
        this.triggers,
        () => this.session.scriptTimeZone,
        this.options.addon,
        'emulated-script-id',
        () => this.session.userEmail,
        () => this.firstUser,
      ),
      PropertiesService: new PropertiesService(this.rt, this.properties),
      LockService: new LockService(this.rt, this.locks),
      CacheService: new CacheService(this.rt, this.caches, this.cacheControl),
      Session: new Session(this.rt, this.session),
      Utilities: new Utilities(this.rt),
      Logger: new Logger(this.rt),
      HtmlService: new HtmlService(this.rt, this.options.htmlDir),
      Charts: new ChartsService(),
    };
  }

  get calls() {
    return this.rt.calls;
  }

  /** Kill an execution at any service call (see faults.ts). */
  get faults() {
    return this.rt.faults;
  }

  /** The active spreadsheet, for setting up and inspecting tests (calls are counted). */
  get spreadsheet(): Spreadsheet {
    return new Spreadsheet(this.host);
  }

  /**
   * The same objects typed as @types/google-apps-script declares them, for handing to
   * product code that expects the real services (no casts in every test).
   */
  get gas(): {
    spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
    SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    MailApp: GoogleAppsScript.Mail.MailApp;
    ScriptApp: GoogleAppsScript.Script.ScriptApp;
    PropertiesService: GoogleAppsScript.Properties.PropertiesService;
    LockService: GoogleAppsScript.Lock.LockService;
    CacheService: GoogleAppsScript.Cache.CacheService;
    Session: GoogleAppsScript.Base.Session;
    Utilities: GoogleAppsScript.Utilities.Utilities;
    HtmlService: GoogleAppsScript.HTML.HtmlService;
  } {
    const g = this.globals as unknown as Record<string, unknown>;
    return {
      ...g,
      spreadsheet: this.spreadsheet,
    } as unknown as Emulator['gas'];
  }

  get outbox(): SentMail[] {
    return this.mail.outbox;
  }

  get logs(): string[] {
    return this.globals.Logger.lines;
  }

  /** A cache object without a service call (tests inspecting state). */
  cache(kind: keyof CacheStores): Cache {
    return new Cache(this.rt, this.caches[kind], this.cacheControl);
  }

  // ------------------------------------------------------------------ formulas
  ensureCalculated(sheet?: SheetData): void {
    if (
      this.calculating ||
      this.workbook.calculatedVersion === this.workbook.version
    )
      return;
    if (sheet && !sheet.mayHaveFormulas && sheet.spill.size === 0) return;
    this.calculating = true;
    const last = {calls: 0, cellsIn: 0, cellsOut: 0};
    this.customCells.last = last;
    const total = this.customCells.total;
    try {
      recalculate({
        onCustomCall: (_name, cellsIn, cellsOut) => {
          last.calls++;
          last.cellsIn += cellsIn;
          last.cellsOut += cellsOut;
          total.calls++;
          total.cellsIn += cellsIn;
          total.cellsOut += cellsOut;
        },
        workbook: this.workbook,
        customFunction: name => this.customFunctions.get(name.toUpperCase()),
        callCustom: (fn, args) =>
          this.run(() => fn(...args), {customFunction: true}),
        now: () => this.clock.now(),
        newDate: ms => new this.rt.realm.Date(ms),
        scriptTimeZone: this.session.scriptTimeZone,
        customFunctionDates: this.session.customFunctionDates,
      });
      this.workbook.calculatedVersion = this.workbook.version;
    } finally {
      this.calculating = false;
    }
  }

  /** Forces formulas to recompute on the next read (e.g. after adding a custom function). */
  invalidate(): void {
    this.workbook.touch();
  }

  // ------------------------------------------------------------------ executions
  /**
   * Puts the services on `target` (globalThis by default) and, unless virtualDate is
   * false, makes Date read the virtual clock. Returns a function that undoes both.
   */
  install(
    target: object = globalThis,
    o: {virtualDate?: boolean} = {},
  ): () => void {
    const t = target as Record<string, unknown>;
    const saved = new Map<string, PropertyDescriptor | undefined>();
    const put = (k: string, v: unknown) => {
      saved.set(k, Object.getOwnPropertyDescriptor(t, k));
      Object.defineProperty(t, k, {
        value: v,
        configurable: true,
        writable: true,
        enumerable: false,
      });
    };
    for (const [k, v] of Object.entries(this.globals)) put(k, v);
    if (o.virtualDate !== false)
      put(
        'Date',
        virtualDate(t.Date as DateConstructor, () => this.clock.nowMs()),
      );
    return () => {
      for (const [k, d] of saved) {
        if (d) Object.defineProperty(t, k, d);
        else delete t[k];
      }
    };
  }

  /**
   * Runs fn as one Apps Script execution: its mode, start time, call count and locks; as
   * `o.user` when given (Session, MailApp's quota and ScriptApp's triggers are theirs).
   */
  run<T>(fn: () => T, o: RunOptions = {}): T {
    if (o.user !== undefined && o.user !== this.session.userEmail) {
      const before = this.session.userEmail;
      this.session.userEmail = o.user;
      try {
        return this.run(fn, {...o, user: undefined});
      } finally {
        this.session.userEmail = before;
      }
    }
    const ex = this.rt.newExecution(
      o.customFunction
        ? 'CUSTOM_FUNCTION'
        : ((o.authMode ?? 'FULL') as AuthModeName),
      {
        customFunction: o.customFunction,
        trigger: o.trigger,
        limitMs: o.limitMs,
        simpleTrigger: o.simpleTrigger,
        webApp: o.webApp,
      },
    );
    const realm = o.realm;
    if (!realm) return this.rt.within(ex, fn);
    const before = this.rt.realm;
    this.rt.realm = realm;
    try {
      return this.rt.within(ex, fn);
    } finally {
      this.rt.realm = before;
    }
  }

  /**
   * This project deployed as a web app by the emulator's first user: `config`, else the
   * manifest's `webapp` section.
   */
  webApp(config?: WebAppConfig): WebApp {
    const c = config ?? manifestWebApp(this.manifestFile);
    if (!c) throw new Error(`${this.manifestFile} has no webapp section`);
    return new WebApp(this, c, this.firstUser);
  }

  /** Loads dist/Code.js (or `file`) into node:vm with these services as its globals. */
  loadBundle(file = path.resolve('dist/Code.js')): BundleApp {
    return loadBundle(this, file);
  }

  /**
   * google.script.run: arguments and result copied under its rules, asynchronous, one FULL
   * execution. A result holding a Date or function reaches the client as null.
   */
  async scriptRun(name: string, args: unknown[] = []): Promise<unknown> {
    let wireArgs: unknown[];
    try {
      wireArgs = args.map((a, i) => toWire(a, `argument ${i + 1}`));
    } catch (e) {
      throw new Error(
        `google.script.run.${name}: ${(e as Error).message}; not a legal parameter`,
      );
    }
    await Promise.resolve();
    // Names ending in "_" are private: the client can't call them (HTML service guide).
    const fn = name.endsWith('_') ? undefined : this.functions.get(name);
    if (!fn) throw new Error(`Script function not found: ${name}`);
    const out = await this.run(() => fn(...wireArgs), {authMode: 'FULL'});
    try {
      return toWire(out, 'result');
    } catch (e) {
      if (e instanceof WireError) return null;
      throw e;
    }
  }

  // ------------------------------------------------------------------ triggers
  /** Runs one trigger's handler now, as a trigger execution, and schedules its next run. */
  fireTrigger(id: string): TriggerRun {
    const t = this.triggers.list.find(x => x.id === id);
    if (!t) throw new Error(`no trigger ${id}`);
    const fn = this.functions.get(t.handler);
    const at = this.clock.now();
    const run: TriggerRun = {trigger: t, at, ok: true};
    if (t.schedule) {
      t.nextMs = nextFire(t.schedule, this.clock.nowMs(), this.clock.nowMs());
    }
    if (t.schedule?.atMs !== undefined)
      this.triggers.list = this.triggers.list.filter(x => x !== t);
    try {
      if (!fn) throw new Error(`Script function not found: ${t.handler}`);
      const w = new Date(at);
      // An installable trigger runs as the account that created it.
      const owner = t.owner ?? this.firstUser;
      this.run(
        () =>
          fn({
            authMode: 'FULL',
            triggerUid: t.id,
            year: w.getUTCFullYear(),
            month: w.getUTCMonth() + 1,
            'day-of-month': w.getUTCDate(),
            'day-of-week': w.getUTCDay() || 7,
            hour: w.getUTCHours(),
            minute: w.getUTCMinutes(),
            second: w.getUTCSeconds(),
            timezone: 'UTC',
          }),
        {authMode: 'FULL', trigger: true, user: owner},
      );
    } catch (e) {
      run.ok = false;
      run.error = (e as Error).message;
      run.failureNotice = t.owner ?? this.firstUser;
    }
    this.triggerRuns.push(run);
    return run;
  }

  /** Fires every clock trigger due by now, in time order (catching up missed runs once). */
  fireDueTriggers(): TriggerRun[] {
    const runs: TriggerRun[] = [];
    const due = this.triggers.list
      .filter(
        t =>
          t.eventType === 'CLOCK' &&
          t.nextMs !== undefined &&
          t.nextMs <= this.clock.nowMs(),
      )
      .sort((a, b) => a.nextMs! - b.nextMs!);
    for (const t of due) runs.push(this.fireTrigger(t.id));
    return runs;
  }

  /** Moves the clock forward, firing clock triggers at the times they fall due. */
  advance(ms: number): TriggerRun[] {
    const end = this.clock.nowMs() + ms;
    const runs: TriggerRun[] = [];
    for (;;) {
      const next = this.triggers.list
        .filter(
          t =>
            t.eventType === 'CLOCK' &&
            t.nextMs !== undefined &&
            t.nextMs <= end,
        )
        .sort((a, b) => a.nextMs! - b.nextMs!)[0];
      if (!next) break;
      if (next.nextMs! > this.clock.nowMs()) this.clock.set(next.nextMs!);
      runs.push(this.fireTrigger(next.id));
    }
    this.clock.set(Math.max(end, this.clock.nowMs()));
    return runs;
  }

  // ------------------------------------------------------------------ persistence
  /** The whole state as JSON text (Dates round-trip). */
  serialize(): string {
    return JSON.stringify(snapshotState(this));
  }
}

/** A Date that reads the virtual clock when constructed without arguments. */
export function virtualDate(
  Real: DateConstructor,
  nowMs: () => number,
): DateConstructor {
  return new Proxy(Real, {
    construct(target, args, newTarget) {
      return Reflect.construct(
        target,
        args.length ? args : [nowMs()],
        newTarget === undefined ? target : newTarget,
      );
    },
    apply() {
      return new Real(nowMs()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return () => nowMs();
      return Reflect.get(target, prop, receiver);
    },
  });
}

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  return new Emulator(opts);
}

/** Rebuilds an emulator from serialize()'s text; options not in the text come from opts. */
export function deserializeEmulator(
  json: string,
  opts: EmulatorOptions = {},
): Emulator {
  const emu = new Emulator(opts);
  restoreState(emu, JSON.parse(json));
  return emu;
}

export {SIX_MINUTES};
