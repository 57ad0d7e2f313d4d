/**
 * Creating or completing the shop's tabs. Only adds: a missing tab, a missing column at
 * the end of the header row, a missing Settings row at the end. Whatever the owner typed
 * stays in its cell, and running it again changes nothing.
 */
import {ensureVoidFormat} from './void-format';
import {Lang, t} from '../domain/i18n';
import {guardText} from './cells';
import {ColumnDef, TabDef, TABS} from './schema';
import {optionLabel, OPTIONS} from './schema-options';
import {SETTINGS} from './schema-settings-tab';
import {
  settingDefault,
  settingOfLabel,
  settingsFromValues,
  settingsToSettle,
} from './settings';
import {ALL_SETTINGS, SettingDef} from './settings-schema';
import {findSheetIn, listSheets, mapColumns, NamedSheet} from './tabs';
import {SETUP_TEXTS} from './texts';
import {readSheetValues} from './read-values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const TEXT_FORMAT = '@';

/** Money with the shop's currency symbol, as Sheets writes a literal in a format. */
export function moneyFormat(currency: string): string {
  const symbol = currency.replace(/["\\]/g, '').trim();
  return symbol ? `"${symbol}"#,##0.00` : '#,##0.00';
}

/** The number format Shuke gives a column of this kind, or null to leave it alone. */
export function formatOf(col: ColumnDef, currency: string): string | null {
  switch (col.kind) {
    case 'date':
      return DATE_FORMAT;
    case 'datetime':
      return DATETIME_FORMAT;
    case 'money':
      return moneyFormat(currency);
    // Phone numbers and member numbers typed by hand keep their leading 0 and "+86".
    case 'key':
      return TEXT_FORMAT;
    default:
      return null;
  }
}

export interface TabResult {
  key: TabDef['key'];
  sheet: Sheet;
  /** The tab's name as it is in the spreadsheet. */
  name: string;
  created: boolean;
  /** Columns added at the end of the header row (all of them for a new tab). */
  addedColumns: ColumnDef[];
}

export interface EnsureContext {
  lang: Lang;
  currency: string;
  sheets: NamedSheet[];
  /** Tabs already given to another definition, so one tab never serves two. */
  used: Set<Sheet>;
}

function isEmptySheet(sheet: Sheet): boolean {
  return sheet.getLastRow() === 0 && sheet.getLastColumn() === 0;
}

/**
 * Finds the tab for `def` or creates it. A new spreadsheet's one empty tab ("Sheet1",
 * "工作表1") becomes the first of Shuke's tabs instead of being left lying around.
 */
export function ensureSheet(
  ss: Spreadsheet,
  def: TabDef,
  ctx: EnsureContext,
): {sheet: Sheet; created: boolean} {
  const found = findSheetIn(ctx.sheets, def, ctx.used);
  if (found) {
    ctx.used.add(found);
    return {sheet: found, created: false};
  }
  const name = def.names[ctx.lang];
  const spare =
    ctx.sheets.length === 1 && ctx.used.size === 0 ? ctx.sheets[0] : null;
  if (
    spare &&
    !TABS.some(d => findSheetIn([spare], d)) &&
    isEmptySheet(spare.sheet)
  ) {
    spare.sheet.setName(name);
    spare.name = name;
    ctx.used.add(spare.sheet);
    return {sheet: spare.sheet, created: true};
  }
  const sheet = ss.insertSheet(name, ctx.sheets.length);
  ctx.sheets.push({sheet, name});
  ctx.used.add(sheet);
  return {sheet, created: true};
}

/**
 * A tab made by insertSheet is Google's 1,000 × 26 grid, and every cell of it counts
 * against the spreadsheet's 10,000,000, empty or not. Columns past `width` (and, when
 * `rows` is given, rows past it) are deleted: only in a tab Shuke has just made, and
 * only past the last one with anything in it, so nothing typed is ever lost.
 */
export function trimNewTab(sheet: Sheet, width: number, rows?: number): void {
  const keepCols = Math.max(width, sheet.getLastColumn(), 1);
  const maxCols = sheet.getMaxColumns();
  if (maxCols > keepCols) sheet.deleteColumns(keepCols + 1, maxCols - keepCols);
  if (rows === undefined) return;
  // Frozen rows plus one: Sheets refuses to delete every non-frozen row.
  const keepRows = Math.max(rows, sheet.getLastRow(), 2);
  const maxRows = sheet.getMaxRows();
  if (maxRows > keepRows) sheet.deleteRows(keepRows + 1, maxRows - keepRows);
}

/** A grid has 26 columns to begin with; an owner's extra columns can use them up. */
function ensureColumns(sheet: Sheet, width: number): void {
  const max = sheet.getMaxColumns();
  if (width > max) sheet.insertColumnsAfter(max, width - max);
}

/** The header row, as wide as the tab's last column with anything in it. */
function readHeader(sheet: Sheet): unknown[] {
  const width = sheet.getLastColumn();
  if (width === 0) return [];
  return sheet.getRange(1, 1, 1, width).getValues()[0];
}

/**
 * Completes one data tab: missing headers at the end of row 1, header row bold and
 * frozen, then formats and validation for every column Shuke knows (the owner's
 * existing columns included, since the same settings twice change nothing).
 */
export function ensureDataTab(
  ss: Spreadsheet,
  def: TabDef,
  ctx: EnsureContext,
): TabResult {
  const {sheet, created} = ensureSheet(ss, def, ctx);
  const header = readHeader(sheet);
  const cols = mapColumns(header, def);
  const added = def.columns.filter(c => !cols.has(c.key));
  // New headers go after the last column with anything in it, so a column of the
  // owner's that has data but no header never gets one of Shuke's names.
  if (added.length) {
    ensureColumns(sheet, header.length + added.length);
    sheet
      .getRange(1, header.length + 1, 1, added.length)
      .setValues([added.map(c => guardText(c.names[ctx.lang]))]);
    added.forEach((c, i) => cols.set(c.key, header.length + i));
  }
  const width = header.length + added.length;
  if (created) trimNewTab(sheet, width);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  for (const col of def.columns) {
    const c = (cols.get(col.key) as number) + 1;
    if (added.includes(col) && col.width) sheet.setColumnWidth(c, col.width);
    const format = formatOf(col, ctx.currency);
    const rule = validationOf(def, col, ctx.lang);
    if (rows < 1 || (!format && !rule)) continue;
    const range = sheet.getRange(2, c, rows, 1);
    if (format) range.setNumberFormat(format);
    if (rule) range.setDataValidation(rule);
  }
  // A voided sale's row is struck through (void-format.ts).
  const voidCol = cols.get('void');
  if (def.key === 'sales' && voidCol !== undefined)
    ensureVoidFormat(sheet, voidCol);
  return {
    key: def.key,
    sheet,
    name: sheet.getName(),
    created,
    addedColumns: added,
  };
}

/**
 * Dropdowns of the option labels in the sheet's language. Other values are allowed (with
 * a warning mark) because owners write what they mean: "微信" for WeChat Pay, a payment
 * method Shuke doesn't list, an English label in a Chinese sheet. The reader accepts all
 * of those; refusing them at the keyboard would only make owners stop typing.
 * A rating, by contrast, is 1 to 5 or it is not a rating.
 */
export function validationOf(
  def: TabDef,
  col: ColumnDef,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  if (col.kind === 'enum' && col.options) {
    const set = col.options;
    return SpreadsheetApp.newDataValidation()
      .requireValueInList(
        OPTIONS[set].map(o => optionLabel(set, o.key, lang)),
        true,
      )
      .setAllowInvalid(true)
      .setHelpText(t(SETUP_TEXTS.optionHelp, lang))
      .build();
  }
  if (def.key === 'feedback' && col.key === 'rating') {
    return SpreadsheetApp.newDataValidation()
      .requireNumberBetween(1, 5)
      .setAllowInvalid(false)
      .setHelpText(t(SETUP_TEXTS.ratingHelp, lang))
      .build();
  }
  return null;
}

/**
 * A value cell that offers its choices: the three languages (anything parseLang reads is
 * still accepted) and a checkbox for yes/no settings.
 */
function settingValidation(
  def: SettingDef,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  if (def.type === 'lang') {
    return SpreadsheetApp.newDataValidation()
      .requireValueInList(['简体中文', '繁體中文', 'English'], true)
      .setAllowInvalid(true)
      .build();
  }
  if (def.type === 'boolean') {
    return SpreadsheetApp.newDataValidation().requireCheckbox().build();
  }
  return null;
}

export interface SettingsResult extends TabResult {
  addedSettings: SettingDef[];
}

/**
 * The Settings tab: a header (項目 | 值 | 說明) when the tab is new or row 1 is empty,
 * then one row per setting the tab lacks, with its default and help, at the end.
 */
export function ensureSettingsTab(
  ss: Spreadsheet,
  ctx: EnsureContext,
  tz: string,
): SettingsResult {
  const {sheet, created} = ensureSheet(ss, SETTINGS, ctx);
  // A tab just made is empty; one already there is read in one call, and the single
  // blank cell an empty tab reads as is no rows.
  const grid = created ? [] : readSheetValues(sheet);
  let values: unknown[][] =
    grid.length === 1 && grid[0].every(v => v === '') ? [] : grid;
  const addedColumns: ColumnDef[] = [];
  let header = values[0] ?? [];
  const cols = mapColumns(header, SETTINGS);
  const headed =
    !header.some(v => settingOfLabel(v)) &&
    cols.has('label') &&
    cols.has('value');
  // Headers are written only into an empty tab or a header row the owner already has;
  // a tab of settings without one keeps its layout (label in A, value in B).
  if (values.length === 0 || headed) {
    const missing = SETTINGS.columns.filter(c => !cols.has(c.key));
    const end = header.length;
    if (missing.length) {
      ensureColumns(sheet, end + missing.length);
      sheet
        .getRange(1, end + 1, 1, missing.length)
        .setValues([missing.map(c => guardText(c.names[ctx.lang]))]);
      header = [
        ...header.slice(0, end),
        ...missing.map(c => c.names[ctx.lang]),
      ];
      values = values.length ? [header, ...values.slice(1)] : [header];
      addedColumns.push(...missing);
      missing.forEach(c => {
        if (c.width)
          sheet.setColumnWidth(end + 1 + missing.indexOf(c), c.width);
      });
    }
    sheet.getRange(1, 1, 1, header.length).setFontWeight('bold');
    if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  }
  const read = settingsFromValues(values, ctx.lang, tz, sheet);
  for (const {row, value} of settingsToSettle(read, values)) {
    sheet.getRange(row, read.layout.value + 1).setValue(guardText(value));
  }
  const lacking = ALL_SETTINGS.filter(d => !read.rows.has(d.key));
  if (lacking.length) {
    const {layout} = read;
    const width = Math.max(layout.label, layout.value, layout.help) + 1;
    const lines = lacking.map(def => {
      const line: Cell[] = new Array(width).fill('');
      line[layout.label] = guardText(def.label[ctx.lang]);
      // The currency Set up shop settled on (the locale's symbol on a new book).
      const v =
        def.key === 'currency' && ctx.currency
          ? ctx.currency
          : settingDefault(def, ctx.lang);
      line[layout.value] =
        v === null ? '' : typeof v === 'string' ? guardText(v) : v;
      if (layout.help >= 0 && def.help) {
        line[layout.help] = guardText(def.help[ctx.lang]);
      }
      return line;
    });
    const at = values.length + 1;
    const need = at + lines.length - 1;
    const max = sheet.getMaxRows();
    if (need > max) sheet.insertRowsAfter(max, need - max);
    sheet.getRange(at, 1, lines.length, width).setValues(lines);
    for (const [i, def] of lacking.entries()) {
      const rule = settingValidation(def);
      if (def.type !== 'date' && !rule) continue;
      const cell = sheet.getRange(at + i, layout.value + 1);
      if (def.type === 'date') cell.setNumberFormat(DATE_FORMAT);
      if (rule) cell.setDataValidation(rule);
    }
  }
  // Settings is a list that only grows when Shuke adds a setting (rows are inserted
  // then), so a new tab keeps its own rows and none of the 1,000 empty ones.
  if (created) {
    const width = Math.max(header.length, SETTINGS.columns.length);
    trimNewTab(sheet, width, values.length + lacking.length);
  }
  return {
    key: 'settings',
    sheet,
    name: sheet.getName(),
    created,
    addedColumns,
    addedSettings: lacking,
  };
}

/**
 * All five tabs, in the order owners read them. `sheets` is the spreadsheet's tab list
 * when the caller already has it (to find Settings before deciding the language).
 */
export function ensureShopTabs(
  ss: Spreadsheet,
  opts: {lang: Lang; tz: string; currency: string; sheets?: NamedSheet[]},
): {tabs: TabResult[]; settings: SettingsResult} {
  const ctx: EnsureContext = {
    lang: opts.lang,
    currency: opts.currency,
    sheets: opts.sheets ?? listSheets(ss),
    used: new Set(),
  };
  const tabs: TabResult[] = [];
  let settings: SettingsResult | null = null;
  for (const def of TABS) {
    if (def.key === 'settings') {
      settings = ensureSettingsTab(ss, ctx, opts.tz);
      tabs.push(settings);
    } else {
      tabs.push(ensureDataTab(ss, def, ctx));
    }
  }
  return {tabs, settings: settings as SettingsResult};
}
