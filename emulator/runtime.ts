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
}

export const SIX_MINUTES = 6 * 60_000;
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
    o: {customFunction?: boolean; trigger?: boolean; limitMs?: number} = {},
  ): Execution {
    const customFunction = o.customFunction ?? authMode === 'CUSTOM_FUNCTION';
    return {
      id: this.nextId++,
      authMode: customFunction ? 'CUSTOM_FUNCTION' : authMode,
      customFunction,
      trigger: o.trigger ?? false,
      startMs: this.clock.nowMs(),
      limitMs: o.limitMs ?? (customFunction ? THIRTY_SECONDS : SIX_MINUTES),
      locks: new Set(),
    };
  }

  /** Runs fn as one execution; locks it still holds are released when it ends. */
  within<T>(ex: Execution, fn: () => T): T {
    const outer = this.stack.length === 0;
    if (outer) this.calls.startExecution();
    // A custom function recalculated during a read is its own execution in Sheets: its
    // calls don't belong to the execution that happened to trigger the read.
    const saved = !outer && ex.customFunction ? this.calls.detach() : undefined;
    this.stack.push(ex);
    let async = false;
    try {
      const out = fn();
      if (out && typeof (out as {then?: unknown}).then === 'function') {
        async = true;
        return (out as unknown as Promise<unknown>).finally(() =>
          this.end(ex),
        ) as unknown as T;
      }
      return out;
    } finally {
      if (!async) this.end(ex);
      if (saved) this.calls.attach(saved);
    }
  }

  private end(ex: Execution): void {
    for (const l of [...ex.locks]) l.release();
    const i = this.stack.lastIndexOf(ex);
    if (i >= 0) this.stack.splice(i, 1);
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
    if (ex.limitMs > 0 && this.clock.nowMs() > ex.startMs + ex.limitMs) {
      throw this.error(MSG.timeout);
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
