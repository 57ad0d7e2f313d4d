/**
 * Finding a tab and its columns by name in any of the three languages, never by position:
 * owners rename tabs to their language, reorder columns and add their own.
 */
import {Lang, LANGS} from '../domain/i18n';
import {ColumnDef, TabDef} from './schema';
import {normaliseLabel, tabMatches} from './schema-labels';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The tab for `def`. Asks for the name in the sheet's language first, then the other two
 * (one call each, and the first nearly always hits), and only then lists every tab to
 * match aliases such as 会员 or "orders".
 */
export function findSheet(
  ss: Spreadsheet,
  def: TabDef,
  lang: Lang,
): Sheet | null {
  const tried = new Set<string>();
  for (const l of [lang, ...LANGS.filter(x => x !== lang)]) {
    const name = def.names[l];
    if (tried.has(name)) continue;
    tried.add(name);
    const sheet = ss.getSheetByName(name);
    if (sheet) return sheet;
  }
  return findSheetIn(listSheets(ss), def);
}

export interface NamedSheet {
  sheet: Sheet;
  name: string;
}

export function listSheets(ss: Spreadsheet): NamedSheet[] {
  return ss.getSheets().map(sheet => ({sheet, name: sheet.getName()}));
}

/** The first tab of `sheets` whose name is one of `def`'s names or aliases. */
export function findSheetIn(
  sheets: readonly NamedSheet[],
  def: TabDef,
  exclude?: ReadonlySet<Sheet>,
): Sheet | null {
  return (
    sheets.find(s => !exclude?.has(s.sheet) && tabMatches(s.name, def))
      ?.sheet ?? null
  );
}

function labels(col: ColumnDef): {names: Set<string>; aliases: Set<string>} {
  return {
    names: new Set(LANGS.map(l => normaliseLabel(col.names[l]))),
    aliases: new Set((col.aliases ?? []).map(normaliseLabel)),
  };
}

/**
 * Which header holds each column: key → 0-based index. A header is claimed by one column
 * only, and exact names win over aliases, so "备注" is Notes even though another
 * column lists it as an alias. Blank headers are never matched.
 */
export function mapColumns(
  headers: readonly unknown[],
  def: TabDef,
): Map<string, number> {
  const norm = headers.map(normaliseLabel);
  const taken = new Set<number>();
  const out = new Map<string, number>();
  const sets = def.columns.map(c => ({col: c, ...labels(c)}));
  for (const pass of ['names', 'aliases'] as const) {
    for (const s of sets) {
      if (out.has(s.col.key)) continue;
      const i = norm.findIndex(
        (h, idx) => h !== '' && !taken.has(idx) && s[pass].has(h),
      );
      if (i >= 0) {
        out.set(s.col.key, i);
        taken.add(i);
      }
    }
  }
  return out;
}
