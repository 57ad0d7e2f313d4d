/**
 * What every counter call needs to know before it writes, kept in the document cache so
 * that logging a sale does not read the Settings tab each time: the language, the time
 * zone, the points rate and where the tabs are. Opening the sidebar refreshes it; a call
 * that finds it missing (expired after CONTEXT_SECONDS) reads Settings once. A change the
 * owner makes in Settings therefore reaches the counter when the sidebar is next opened,
 * or within half an hour.
 *
 * Request ids live in the same cache as a shortcut: a write remembers its outcome under
 * its request id for REQUEST_SECONDS once its row is flushed, so a double tap answers
 * without reading the sheet. It is never the authority: CacheService may drop entries
 * before they expire and holds at most 1,000 (Cache reference), so every write also
 * looks for its request id in the tab's Request ID column, read with the header in the
 * same getValues (counter-append.ts), and a request found there is not written again.
 */
import {Lang} from '../domain/i18n';
import {CONTACTS, CUSTOMERS, FEEDBACK, SALES, TabDef} from '../sheets/schema';
import {loadSettings} from '../sheets/settings';
import {findSheet, mapColumns} from '../sheets/tabs';
import {cellText} from '../sheets/cells';
import {validThreshold, validWindow} from '../domain/grading';
import {dayNumber, isDate} from '../domain/dates';
import {LoyaltySettings, loyaltySettingsOf} from './loyalty/rules';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const CONTEXT_SECONDS = 1800;
/** Six hours: the longest CacheService keeps anything. */
export const REQUEST_SECONDS = 21_600;

export interface CounterContext {
  lang: Lang;
  tz: string;
  currency: string;
  shopName: string;
  pointsPerUnit: number;
  thresholds: [number, number, number, number];
  windowDays: number;
  cadence: {A: number; B: number; C: number; D: number; E: number};
  birthdayNoticeDays: number;
  afterSaleDays: number;
  lapsedCadences: number;
  /** The shop's notice shown before a new customer's consent is recorded (Settings). */
  consentNotice: string;
  /**
   * The day Settings "Grades as of" held when read, null when it held no date; absent in
   * a context cached before it was kept. A sale brings it to today (grades-today.ts).
   */
  gradesAsOfDay?: number | null;
  /** Points for 1 off, top-up bonus, expiry (usecases/loyalty/rules.ts). */
  loyalty?: LoyaltySettings;
  /** Settings' months to keep a customer's details (privacy/card-part.ts); raw. */
  retentionMonths?: unknown;
  /** Tab names as found, by tab key: one getSheetByName instead of a search. */
  tabs: Partial<Record<TabDef['key'], string>>;
  /**
   * The Sales tab's key columns (the customer) formatted as plain text in row 2 when the
   * sidebar opened, by column key; absent when not read. It spares a sale the read of
   * the tab's number formats that a customer key needing the plain-text guard would
   * cost (an apostrophe stays visible in a plain-text cell). Only key columns: their
   * values are ids from the book, never formulas, so a format the owner changed since
   * the sidebar opened (at most CONTEXT_SECONDS ago) could at worst store an id as typed;
   * free text is always guarded against the formats read at the time of writing.
   */
  plainKeys?: Partial<Record<TabDef['key'], string[]>>;
}

/** A small string store with expiry: CacheService's document cache in production. */
export interface KeyValueCache {
  get(key: string): string | null;
  put(key: string, value: string, seconds: number): void;
}

export function documentCache(
  cache = CacheService.getDocumentCache(),
): KeyValueCache {
  if (!cache) throw new Error('No document cache: the add-on is not bound');
  return {
    get: k => cache.get(k),
    put: (k, v, s) => cache.put(k, v, s),
  };
}

const CONTEXT_KEY = 'shuke.counter.context';

function num(v: unknown, def: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : def;
}

/** Reads Settings and the spreadsheet's locale and zone, and caches the result. */
export function freshContext(
  ss: Spreadsheet,
  cache: KeyValueCache,
  findTabs = true,
): CounterContext {
  const read = loadSettings(ss);
  const s = read.settings;
  const ctx: CounterContext = {
    lang: read.lang,
    tz: read.tz,
    currency: String(s.currency ?? '¥'),
    shopName: String(s.shopName ?? ''),
    pointsPerUnit: num(s.pointsPerUnit, 1),
    // The same fallbacks as the grade formulas, so the card never disagrees with the tab.
    thresholds: [
      validThreshold(s.gradeA) ?? 15,
      validThreshold(s.gradeB) ?? 10,
      validThreshold(s.gradeC) ?? 5,
      validThreshold(s.gradeD) ?? 3,
    ],
    windowDays: validWindow(s.windowDays) ?? 90,
    cadence: {
      A: num(s.cadenceA, 7),
      B: num(s.cadenceB, 14),
      C: num(s.cadenceC, 30),
      D: num(s.cadenceD, 30),
      E: num(s.cadenceE, 90),
    },
    birthdayNoticeDays: num(s.birthdayNoticeDays, 3),
    afterSaleDays: num(s.afterSaleDays, 3),
    lapsedCadences: num(s.lapsedCadences, 3),
    consentNotice: String(s.consentNotice ?? ''),
    gradesAsOfDay: isDate(s.asOf) ? dayNumber(s.asOf, read.tz) : null,
    loyalty: loyaltySettingsOf(s),
    retentionMonths: s.retentionMonths ?? null,
    tabs: {},
  };
  if (findTabs) {
    for (const def of [CUSTOMERS, SALES, FEEDBACK, CONTACTS]) {
      const sheet = findSheet(ss, def, ctx.lang);
      if (sheet) ctx.tabs[def.key] = sheet.getName();
      if (sheet && def === SALES) {
        const plain = plainKeyColumns(sheet, def, ctx.tz);
        if (plain) ctx.plainKeys = {[def.key]: plain};
      }
    }
  }
  cache.put(CONTEXT_KEY, JSON.stringify(ctx), CONTEXT_SECONDS);
  return ctx;
}

/** Key columns formatted as plain text in row 2 (Set up shop formats whole columns). */
function plainKeyColumns(
  sheet: Sheet,
  def: TabDef,
  tz: string,
): string[] | null {
  let top: GoogleAppsScript.Spreadsheet.Range;
  try {
    top = sheet.getRange('1:2');
  } catch {
    return null; // a tab cut down to its header row: the write reads its formats
  }
  const [header = []] = top.getValues();
  const formats = top.getNumberFormats()[1] ?? [];
  const cols = mapColumns(
    header.map(h => cellText(h, tz).trim()),
    def,
  );
  return def.columns
    .filter(c => c.kind === 'key' && formats[cols.get(c.key) ?? -1] === '@')
    .map(c => c.key);
}

/** The cached context, or a fresh one. */
export function counterContext(
  ss: () => Spreadsheet,
  cache: KeyValueCache,
): CounterContext {
  const cached = cache.get(CONTEXT_KEY);
  if (cached) {
    try {
      return JSON.parse(cached) as CounterContext;
    } catch {
      // A damaged entry is read again from the sheet.
    }
  }
  // A write in a hurry finds only the tab it needs (sheetOf), not all four.
  return freshContext(ss(), cache, false);
}

/**
 * A tab by the name remembered in the context (one call), else searched by its names in
 * every language; null when the shop has no such tab.
 */
export function sheetOf(
  ss: Spreadsheet,
  def: TabDef,
  ctx: CounterContext,
): Sheet | null {
  const known = ctx.tabs[def.key];
  if (known) {
    const sheet = ss.getSheetByName(known);
    if (sheet) return sheet;
  }
  return findSheet(ss, def, ctx.lang);
}

const REQUEST_PREFIX = 'shuke.req.';

export function rememberedOutcome(
  cache: KeyValueCache,
  requestId: string,
): string | null {
  return cache.get(REQUEST_PREFIX + requestId);
}

export function rememberOutcome(
  cache: KeyValueCache,
  requestId: string,
  outcome: unknown,
): void {
  cache.put(
    REQUEST_PREFIX + requestId,
    JSON.stringify(outcome),
    REQUEST_SECONDS,
  );
}
