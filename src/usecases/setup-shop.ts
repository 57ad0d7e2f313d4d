/**
 * Menu ▸ Set up shop: creates or completes the five tabs in the spreadsheet's language,
 * puts the grade formulas in place and tells the owner what it did.
 */
import {Lang, langFromLocale, t} from '../domain/i18n';
import {currencyForLocale, FALLBACK_CURRENCY} from '../domain/currency-default';
import {SETTINGS} from '../sheets/schema-settings-tab';
import {settingsFromValues} from '../sheets/settings';
import {ensureShopTabs} from '../sheets/setup';
import {findSheetIn, listSheets} from '../sheets/tabs';
import {SETUP_TEXTS} from '../sheets/texts';
import {userLang} from '../services/locale';
import {installGradeFormulas} from './grades/install';
import {readSheetValues} from '../sheets/read-values';
import {PROTECT_TEXTS} from '../domain/privacy/texts';
import {protectShukeTabs} from './privacy/protect-tabs';
import {carryLines, carrySalesPoints} from './loyalty/carry-points';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetUpSummary {
  lang: Lang;
  /** The language the owner is told in: theirs, not necessarily the book's. */
  viewer: Lang;
  /** Tabs created, by their names in the spreadsheet. */
  createdTabs: string[];
  /** Columns added to tabs that already existed: tab name → column headers. */
  addedColumns: Array<{tab: string; columns: string[]}>;
  /** Settings rows added (keys). */
  addedSettings: string[];
  /** True when nothing at all had to be added. */
  unchanged: boolean;
  /** Settings values that can't be read (the default is used), in the owner's language. */
  settingProblems: string[];
  /** Grade columns left alone (the owner's data or formula is there), in their language. */
  formulaProblems: string[];
  /** Points carried from the Sales tab into a new Points ledger (one row a customer). */
  carriedPoints: {customers: number; total: number; problems: number};
  /** What the owner is told. */
  message: string;
}

export interface SetUpDeps {
  ss: Spreadsheet;
  /** The language of the person who clicked (their chrome); defaults to the book's. */
  viewer?: Lang;
  /** Shows the result; the menu action passes an alert. */
  notify?: (title: string, message: string) => void;
  /** Tests that don't need grades pass a no-op. */
  installFormulas?: (
    ss: Spreadsheet,
    lang: Lang,
  ) => {messages: string[]} | void;
}

export function setUpShopIn(deps: SetUpDeps): SetUpSummary {
  const {ss} = deps;
  const tz = ss.getSpreadsheetTimeZone();
  const sheets = listSheets(ss);
  const settingsSheet = findSheetIn(sheets, SETTINGS);
  const values = settingsSheet ? readSheetValues(settingsSheet) : [];
  const locale = ss.getSpreadsheetLocale();
  const localeLang = langFromLocale(locale);
  const read = settingsFromValues(values, localeLang, tz, settingsSheet);
  const lang = read.lang;
  // A Currency row the owner has keeps its value; a new one starts with the locale's.
  const currency = read.rows.has('currency')
    ? String(read.settings.currency || FALLBACK_CURRENCY)
    : currencyForLocale(locale);
  const {tabs, settings} = ensureShopTabs(ss, {lang, tz, currency, sheets});
  // The ledger is now there, new or not: points a book kept only in Sales go into it.
  const carried = carrySalesPoints(ss, lang, tz, new Date());
  const formulaProblems =
    (deps.installFormulas ?? installGradeFormulas)(ss, lang)?.messages ?? [];
  const protectedTabs = protectShukeTabs(ss, lang);

  const createdTabs = tabs.filter(r => r.created).map(r => r.name);
  const addedColumns = tabs
    .filter(r => !r.created && r.addedColumns.length)
    .map(r => ({
      tab: r.name,
      columns: r.addedColumns.map(c => c.names[lang]),
    }));
  const addedSettings = settings.created
    ? []
    : settings.addedSettings.map(d => d.key);
  const unchanged =
    !createdTabs.length &&
    !addedColumns.length &&
    !addedSettings.length &&
    !protectedTabs.length &&
    !carried.written;
  // The tabs and columns keep their book names; the sentences are the clicker's.
  const ui = deps.viewer ?? lang;
  const sep = t(SETUP_TEXTS.listSep, ui);
  const lines: string[] = [];
  if (unchanged) {
    lines.push(t(SETUP_TEXTS.nothing, ui));
  } else {
    if (createdTabs.length) {
      lines.push(t(SETUP_TEXTS.createdTabs, ui, {list: createdTabs.join(sep)}));
    }
    for (const a of addedColumns) {
      lines.push(
        t(SETUP_TEXTS.addedColumns, ui, {
          tab: a.tab,
          list: a.columns.join(sep),
        }),
      );
    }
    if (addedSettings.length) {
      lines.push(
        t(SETUP_TEXTS.addedSettings, ui, {count: addedSettings.length}),
      );
    }
    if (protectedTabs.length) {
      lines.push(t(PROTECT_TEXTS.added, ui, {list: protectedTabs.join(sep)}));
    }
    if (tabs.some(r => !r.created)) lines.push(t(SETUP_TEXTS.kept, ui));
  }
  lines.push(...carryLines(carried, ui));
  lines.push(...formulaProblems);
  // Settings the owner typed that can't be read: said now, while they are looking.
  const problems = settingsFromValues(
    readSheetValues(settings.sheet),
    localeLang,
    tz,
  ).problems;
  for (const p of problems.slice(0, 5)) lines.push(p.message);
  if (problems.length > 5) {
    lines.push(t(SETUP_TEXTS.more, ui, {count: problems.length - 5}));
  }
  const message = lines.join('\n');
  deps.notify?.(t(SETUP_TEXTS.title, ui), message);
  return {
    lang,
    viewer: ui,
    createdTabs,
    addedColumns,
    addedSettings,
    unchanged,
    settingProblems: problems.map(p => p.message),
    formulaProblems,
    carriedPoints: {
      customers: carried.written,
      total: carried.total,
      problems: carried.problems.length,
    },
    message,
  };
}

/**
 * The menu item. Under the document lock, so two clicks can't create a tab twice; the
 * lock is released before the alert, which waits for the owner to close it while the
 * counter and the daily run need the lock.
 */
export function setUpShop(): SetUpSummary {
  const lock = LockService.getDocumentLock();
  lock.waitLock(30_000);
  let summary: SetUpSummary;
  try {
    summary = setUpShopIn({
      ss: SpreadsheetApp.getActiveSpreadsheet(),
      viewer: userLang(),
    });
    // Lock reference: pending sheet writes are applied before the lock goes, so a till
    // that takes it next finds the tabs whole, not half made.
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert(
    t(SETUP_TEXTS.title, summary.viewer),
    summary.message,
    ui.ButtonSet.OK,
  );
  return summary;
}
