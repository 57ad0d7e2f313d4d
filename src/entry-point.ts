/**
 * The shape of one function the Apps Script runtime can call by name. The build reads
 * the list in entry.ts and writes one top-level wrapper per entry, because Apps Script
 * only sees top-level function declarations and esbuild's IIFE hides everything else.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFn = (...args: any[]) => unknown;

/** One name per parameter, optional ones included: `(a, b?) => x` needs `['a', 'b']`. */
export type ParamNames<T extends unknown[]> = {[K in keyof T]-?: string};

export interface EntryPoint<F extends AnyFn = AnyFn> {
  fn: F;
  /** Real parameter names: Sheets shows them in autocomplete for custom functions. */
  params: ParamNames<Parameters<F>>;
  /** JSDoc body for a custom function (without the comment markers). */
  customFunction?: string;
}

export function entry<F extends AnyFn>(
  fn: F,
  params: ParamNames<Parameters<F>>,
  customFunction?: string,
): EntryPoint<F> {
  return {fn, params, customFunction};
}
