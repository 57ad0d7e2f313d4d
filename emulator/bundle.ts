/**
 * Loads the file `clasp push` would upload (dist/Code.js) into a node:vm context whose
 * globals are the emulator's services, the way Apps Script loads a project: as a classic
 * script (an `import` or `export` is a syntax error), top-level function declarations
 * being the callable names. No service may run while the file loads: Apps Script loads
 * the whole project for every execution, onOpen in AuthMode.NONE and custom functions
 * included, where most services throw.
 */
import * as fs from 'node:fs';
import * as vm from 'node:vm';
import type {Emulator, RunOptions} from './index';
import {LOCAL_TIME_SHIM, LocalTimeHost, localTimeHost} from './local-time';
import {Realm} from './runtime';
import {isDate} from './values';

export interface BundleApp {
  context: vm.Context;
  /** Top-level function declarations, in file order. */
  functions: string[];
  /** Those whose JSDoc says @customfunction. */
  customFunctions: string[];
  /** Calls a top-level function as one execution (FULL unless opts say otherwise). */
  call(name: string, args?: unknown[], opts?: RunOptions): unknown;
}

const DATE_SHIM = `(function (nowMs) {
  const Real = Date;
  globalThis.Date = new Proxy(Real, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length ? args : [nowMs()], newTarget);
    },
    apply() {
      return new Real(nowMs()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return () => nowMs();
      return Reflect.get(target, prop, receiver);
    },
  });
})`;

/** Names of top-level function declarations (column 0, as the build writes them). */
export function topLevelFunctions(code: string): string[] {
  return [
    ...code.matchAll(
      /^(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/gm,
    ),
  ].map(m => m[1]);
}

export function customFunctionNames(code: string): string[] {
  const out: string[] = [];
  const re =
    /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;
  for (const m of code.matchAll(re)) {
    if (/@customfunction\b/.test(m[1])) out.push(m[2]);
  }
  return out;
}

/** Copies Dates (deeply, through arrays and plain objects) into another realm. */
export function intoRealm(v: unknown, realm: Realm): unknown {
  if (isDate(v)) return new realm.Date(v.getTime());
  if (Array.isArray(v)) return v.map(x => intoRealm(x, realm));
  return v;
}

export function loadBundle(emu: Emulator, file: string): BundleApp {
  const code = fs.readFileSync(file, 'utf8');
  const sandbox: Record<string, unknown> = {console, ...emu.globals};
  const context = vm.createContext(sandbox, {name: file});
  (vm.runInContext(DATE_SHIM, context) as (f: () => number) => void)(() =>
    emu.clock.nowMs(),
  );
  (vm.runInContext(LOCAL_TIME_SHIM, context) as (h: LocalTimeHost) => void)(
    localTimeHost(() => emu.session.scriptTimeZone),
  );
  const realm = vm.runInContext('({Date, Error, Array})', context) as Realm;

  const script = new vm.Script(code, {filename: file});
  emu.rt.loading = true;
  try {
    script.runInContext(context);
  } finally {
    emu.rt.loading = false;
  }

  const functions = topLevelFunctions(code).filter(
    n => typeof sandbox[n] === 'function',
  );
  const customFunctions = customFunctionNames(code).filter(n =>
    functions.includes(n),
  );
  const fnOf = (name: string) => sandbox[name] as (...a: unknown[]) => unknown;
  // Services hand the bundle Dates and Errors of its own realm while it runs.
  const inRealm =
    (name: string) =>
    (...args: unknown[]): unknown => {
      const before = emu.rt.realm;
      emu.rt.realm = realm;
      try {
        return fnOf(name)(...args.map(a => intoRealm(a, realm)));
      } finally {
        emu.rt.realm = before;
      }
    };
  for (const name of functions) emu.functions.set(name, inRealm(name));
  for (const name of customFunctions)
    emu.customFunctions.set(name, inRealm(name));

  return {
    context,
    functions,
    customFunctions,
    call(name, args = [], opts = {}) {
      if (!functions.includes(name))
        throw new Error(`Script function not found: ${name}`);
      return emu.run(() => inRealm(name)(...args), opts);
    },
  };
}
