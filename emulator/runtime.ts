/**
 * What every emulated service shares: the clock, the call counter, the execution in
 * progress (its authorisation mode, start and locks) and the realm values are created in.
 *
 * `guard` is called first by every service method. It enforces, in this order, the
 * execution-time limit, the authorisation mode, the manifest's OAuth scopes, and counts
 * the call, so no service can forget one of the rules.
 */
import {CallCounter} from './calls';
import {Clock} from './clock';
import {MSG} from './errors';
import {Faults, FaultPlan} from './faults';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/**
 * What a method needs:
 * - free: services that never need authorisation (Utilities, Logger, enums, builders);
 * - menu: building menus (allowed in every mode, AuthMode.NONE included);
 * - read / write: the current document;
 * - props, lock, cache: PropertiesService, LockService, CacheService;
 * - ui: dialogs and sidebars (not from triggers or custom functions);
 * - auth: services that need the user's authorisation beyond the document (mail,
 *   triggers, other files, the user's identity).
 */
export type Need =
  | 'free'
  | 'menu'
  | 'read'
  | 'write'
  | 'props'
  | 'lock'
  | 'cache'
  | 'ui'
  | 'auth';

export interface Execution {
  id: number;
  authMode: AuthModeName;
  customFunction: boolean;
  trigger: boolean;
  startMs: number;
  /** 0 = no limit (the ambient execution of an in-process test). */
  limitMs: number;
  locks: Set<{release(): void}>;
  /**
   * How to undo the sheet writes made since the last flush, oldest first. Apps Script
   * batches spreadsheet writes until SpreadsheetApp.flush() or the end of the
   * execution; an execution that is killed loses them (see Runtime.end).
   */
  journal: Array<() => void>;
  /** Counted service calls of this execution so far (for faults.killAt). */
  callNo: number;
  /** The kill armed for this execution, if any. */
  fault?: FaultPlan;
  /** Set once the execution is killed or out of time: every later call throws it. */
  dead?: string;
  /**
   * A web app's execution (webapp.ts): a standalone script with no containing document,
   * run as `effective`, visited by `active` ('' when Google withholds the identity).
   */
  webApp?: WebAppIdentity;
}

export interface WebAppIdentity {
  active: string;
  effective: string;
}

export const SIX_MINUTES = 6 * 60_000;
/**
 * Custom functions (Custom functions guide) and simple triggers (Simple triggers guide,
 * Restrictions: "They cannot run for longer than 30 seconds") have 30 seconds.
 */
export const THIRTY_SECONDS = 30_000;

/** Constructors of the realm code runs in (node:vm contexts have their own). */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
}

export const SCOPES = {
  currentSpreadsheet:
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  userEmail: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

/** A scope is satisfied by itself or by a broader one. */
const BROADER: Record<string, string[]> = {
  [SCOPES.currentSpreadsheet]: [SCOPES.spreadsheets],
};

export class Runtime {
  readonly calls = new CallCounter();
  readonly faults = new Faults();
  realm: Realm = {Date, Error, Array};
  private ambient: Execution;
  private stack: Execution[] = [];
  private nextId = 1;
  /** True while a script file loads: no service may be called at top level. */
  loading = false;
  /** Scopes from appsscript.json; undefined = every scope granted. */
  scopes: Set<string> | undefined;

  constructor(readonly clock: Clock) {
    this.ambient = this.newExecution('FULL', {limitMs: 0});
  }

  get execution(): Execution {
    return this.stack[this.stack.length - 1] ?? this.ambient;
  }

  get inExecution(): boolean {
    return this.stack.length > 0;
  }

  newExecution(
    authMode: AuthModeName,
    o: {
      customFunction?: boolean;
      trigger?: boolean;
      limitMs?: number;
      simpleTrigger?: boolean;
      webApp?: WebAppIdentity;
    } = {},
  ): Execution {
    const customFunction = o.customFunction ?? authMode === 'CUSTOM_FUNCTION';
    // AuthMode NONE and LIMITED only ever run simple triggers (ScriptApp.AuthMode
    // reference); onInstall is a simple trigger in FULL and says so with simpleTrigger.
    const simple =
      o.simpleTrigger ?? (authMode === 'NONE' || authMode === 'LIMITED');
    return {
      id: this.nextId++,
      authMode: customFunction ? 'CUSTOM_FUNCTION' : authMode,
      customFunction,
      trigger: o.trigger ?? false,
      startMs: this.clock.nowMs(),
      limitMs:
        o.limitMs ?? (customFunction || simple ? THIRTY_SECONDS : SIX_MINUTES),
      locks: new Set(),
      journal: [],
      callNo: 0,
      webApp: o.webApp,
    };
  }

  /** Runs fn as one execution; locks it still holds are released when it ends. */
  within<T>(ex: Execution, fn: () => T): T {
    const outer = this.stack.length === 0;
    if (outer) {
      this.calls.startExecution();
      ex.fault = this.faults.take();
    }
    // A custom function recalculated during a read is its own execution in Sheets: its
    // calls don't belong to the execution that happened to trigger the read.
    const saved = !outer && ex.customFunction ? this.calls.detach() : undefined;
    this.stack.push(ex);
    const finish = () => {
      this.end(ex);
      if (saved) this.calls.attach(saved);
    };
    let out: T;
    try {
      out = fn();
    } catch (e) {
      finish();
      this.rethrowIfDead(ex);
      throw e;
    }
    if (out && typeof (out as {then?: unknown}).then === 'function') {
      return (out as unknown as Promise<unknown>).then(
        v => {
          finish();
          this.rethrowIfDead(ex);
          return v;
        },
        e => {
          finish();
          this.rethrowIfDead(ex);
          throw e;
        },
      ) as unknown as T;
    }
    finish();
    this.rethrowIfDead(ex);
    return out;
  }

  /**
   * A killed execution ends as killed even when the script caught the error and went
   * on: Apps Script stops it, the caller (google.script.run, a trigger) sees a failure.
   */
  private rethrowIfDead(ex: Execution): void {
    if (ex.dead) throw this.error(ex.dead);
  }

  /**
   * Ends an execution once: a normal end (an uncaught ordinary error included) commits
   * its pending writes; a killed one loses those made since its last flush, except the
   * first `keepUnflushed` (Google may have applied part of a batch already).
   */
  private end(ex: Execution): void {
    const i = this.stack.lastIndexOf(ex);
    if (i < 0) return;
    if (ex.dead) {
      const keep = ex.fault?.keepUnflushed ?? 0;
      const from = keep === 'all' ? ex.journal.length : keep;
      for (let j = ex.journal.length - 1; j >= from; j--) ex.journal[j]();
      if (ex.journal.length > from) this.onRollback?.();
    }
    ex.journal = [];
    for (const l of [...ex.locks]) l.release();
    this.stack.splice(i, 1);
    if (i === 0) this.faults.ended(ex.callNo, ex.dead !== undefined);
  }

  /** Called after a rollback (the workbook marks itself changed). */
  onRollback: (() => void) | undefined;

  /**
   * Records how to undo a sheet write about to be made. `undo` is only built when the
   * write happens inside an execution that may still be rolled back.
   */
  journal(undo: () => () => void): void {
    const ex = this.stack[this.stack.length - 1];
    if (!ex || ex.customFunction) return;
    ex.journal.push(undo());
  }

  /** SpreadsheetApp.flush(): the pending writes are applied and can no longer be lost. */
  flush(): void {
    this.execution.journal = [];
  }

  /** Sheet writes of the current execution not yet flushed. */
  get pendingWrites(): number {
    return this.execution.journal.length;
  }

  error(message: string): Error {
    return new this.realm.Error(message);
  }

  /** Throws unless the current execution may call `cls.method`; then counts the call. */
  guard(cls: string, method: string, need: Need, scope?: string): void {
    if (this.loading) {
      throw this.error(
        `${cls}.${method} was called while the script file loads; Apps Script loads every file for every execution (onOpen in AuthMode.NONE too), so services belong inside functions.`,
      );
    }
    const ex = this.execution;
    if (ex.dead) throw this.error(ex.dead);
    if (ex.limitMs > 0 && this.clock.nowMs() > ex.startMs + ex.limitMs) {
      // Out of time is a kill: nothing after it runs, unflushed writes are lost.
      if (this.inExecution) ex.dead = MSG.timeout;
      throw this.error(MSG.timeout);
    }
    if (this.inExecution) ex.callNo++;
    if (ex.fault && this.inExecution) {
      if (this.faults.hits(ex.fault, cls, method, ex.callNo)) {
        ex.dead = MSG.timeout;
        throw this.error(MSG.timeout);
      }
    }
    this.checkMode(ex, cls, method, need, scope);
    if (scope && this.scopes && ex.authMode === 'FULL') {
      const ok = [scope, ...(BROADER[scope] ?? [])].some(s =>
        this.scopes!.has(s),
      );
      if (!ok) {
        throw this.error(MSG.noPermissionScoped(`${cls}.${method}`, scope));
      }
    }
    this.calls.record(cls, method);
  }

  private checkMode(
    ex: Execution,
    cls: string,
    method: string,
    need: Need,
    scope: string | undefined,
  ): void {
    const what = `${cls}.${method}`;
    const denied = () =>
      this.error(
        scope ? MSG.noPermissionScoped(what, scope) : MSG.noPermission(what),
      );
    if (need === 'free' || need === 'menu') return;
    switch (ex.authMode) {
      case 'NONE':
        // AuthMode.NONE: no service that needs authorisation, the document included.
        throw denied();
      case 'LIMITED':
        // Simple triggers: the document and menus, nothing needing the user's consent
        // (dialogs and sidebars need script.container.ui).
        if (need === 'auth' || need === 'ui') throw denied();
        return;
      case 'CUSTOM_FUNCTION':
        // Custom functions: read-only document access; no UI, no authorised services.
        if (need === 'write') throw this.error(MSG.noPermission(method));
        if (need === 'ui') throw this.error(MSG.uiContext(what));
        if (need === 'auth') throw denied();
        return;
      case 'FULL':
        if (need === 'ui' && ex.trigger) throw this.error(MSG.uiContext(what));
        return;
    }
  }
}
