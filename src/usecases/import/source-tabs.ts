/**
 * The tabs the import dialog offers: none of Shuke's own (the book's tabs, the ledgers,
 * the logs, the dashboard: importing one of them would bring the book into itself), and
 * the most likely export first, since the dialog pre-selects the first: a till's own
 * export recognised by its signature, then a tab read by its column names, then the rest
 * in the spreadsheet's order.
 */
import {DASHBOARD_NAMES} from '../../domain/dashboard/texts';
import {EXPORT_FORMATS} from '../../domain/import/formats';
import {recognise} from '../../domain/import/headers';
import {Lang, LANGS} from '../../domain/i18n';
import {TabDef, TABS} from '../../sheets/schema';
import {findSheet} from '../../sheets/tabs';
import {REMINDER_LOG} from '../reminders-log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows read of each tab to recognise it: recognise() looks for a header no lower. */
const HEAD_ROWS = 10;

const OWN_TABS: readonly TabDef[] = [...TABS, REMINDER_LOG];

/**
 * Shuke's own tabs in this book: each found as the book finds it (its name in any
 * language, then an alias), so an export that happens to be called "receipts" is still
 * offered while the book has its own Sales tab.
 */
export function shukeSheets(ss: Spreadsheet, lang: Lang): Set<number> {
  const out = new Set<number>();
  for (const def of OWN_TABS) {
    const s = findSheet(ss, def, lang);
    if (s) out.add(s.getSheetId());
  }
  for (const l of LANGS) {
    const s = ss.getSheetByName(DASHBOARD_NAMES[l]);
    if (s) out.add(s.getSheetId());
  }
  return out;
}

/** 2: a till's export, 1: a tab of sales or customers by its headers, 0: neither. */
function likelihood(sheet: Sheet): number {
  const rows = Math.min(sheet.getLastRow(), HEAD_ROWS);
  const cols = sheet.getLastColumn();
  if (rows < 1 || cols < 1) return 0;
  const head = sheet.getRange(1, 1, rows, cols).getValues();
  const rec = recognise(head);
  if (!rec) return 0;
  return EXPORT_FORMATS.includes(rec.format) ? 2 : 1;
}

export function sourceTabs(ss: Spreadsheet, bookLang: Lang): string[] {
  const own = shukeSheets(ss, bookLang);
  return ss
    .getSheets()
    .filter(s => !own.has(s.getSheetId()))
    .map((sheet, i) => ({name: sheet.getName(), rank: likelihood(sheet), i}))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map(t => t.name);
}
