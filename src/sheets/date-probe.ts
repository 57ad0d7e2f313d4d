/**
 * How a date cell reaches a custom function on this host, learnt by asking it: a date is
 * typed into a scratch tab, a formula hands it to SHUKE_PROBE (src/entry.ts), and the
 * result says which instant arrived. Google's custom-function guide only says that when
 * the spreadsheet's and the script's time zones differ "the custom function needs to
 * compensate"; this is how an owner's spreadsheet shows which way it goes.
 *
 * The scratch tab is deleted whatever happens, and the tab the owner was on is made
 * active again, so nothing is left behind. When the spreadsheet has no room for a tab
 * (10,000,000 cells) the probe says so instead.
 */
import {isDate} from '../domain/dates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PROBE_FUNCTION = 'SHUKE_PROBE';
/** The day typed into the scratch cell, as an owner would type it. */
export const PROBE_DAY = '2025-03-05';

export type ProbeOutcome =
  | {kind: 'date'; ms: number}
  /** Not a date: the function's text, or an error such as #NAME? or #ERROR!. */
  | {kind: 'other'; text: string}
  /** Still "Loading…" after every try: Sheets did not run it in time. */
  | {kind: 'loading'}
  /** No scratch tab could be made (or written): the error's message. */
  | {kind: 'failed'; error: string};

/** The custom function itself: what it was handed, as text that survives the cell. */
export function probeValue(value: unknown): string {
  const v = Array.isArray(value) ? value[0]?.[0] : value;
  if (isDate(v)) return `date:${v.getTime()}`;
  return `${typeof v}:${String(v)}`;
}

/** "Loading…" (and the blank before it) is what a custom function shows until it ran. */
function pending(v: unknown): boolean {
  return v === '' || /^loading/i.test(String(v));
}

export interface ProbeHost {
  flush(): void;
  sleep(ms: number): void;
}

export function probeDateArgument(
  ss: Spreadsheet,
  host: ProbeHost,
  tries = 10,
): ProbeOutcome {
  const active = ss.getActiveSheet();
  let scratch: GoogleAppsScript.Spreadsheet.Sheet;
  try {
    scratch = ss.insertSheet(`Shuke check ${Date.now()}`);
  } catch (err) {
    return {
      kind: 'failed',
      error: err instanceof Error ? err.message : String(err),
    };
  }
  try {
    scratch.getRange(1, 1).setValue(PROBE_DAY);
    scratch.getRange(1, 2).setFormula(`=${PROBE_FUNCTION}(A1)`);
    host.flush();
    // Sheets does not promise when a custom function has run (the docs are silent), so
    // the cell is read a few times, a second apart, and "still loading" is an answer.
    for (let i = 0; i < tries; i++) {
      const v = scratch.getRange(1, 2).getValue();
      if (pending(v)) {
        host.sleep(1000);
        continue;
      }
      const m = /^date:(-?\d+)$/.exec(String(v));
      return m
        ? {kind: 'date', ms: Number(m[1])}
        : {kind: 'other', text: String(v)};
    }
    return {kind: 'loading'};
  } catch (err) {
    return {
      kind: 'failed',
      error: err instanceof Error ? err.message : String(err),
    };
  } finally {
    ss.deleteSheet(scratch);
    ss.setActiveSheet(active);
  }
}
