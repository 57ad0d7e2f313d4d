/**
 * 查阅复制: a copy of everything the book holds about one customer, as a CSV file made in
 * the sidebar and downloaded there (PIPL Art. 45). A download needs no permission beyond
 * the add-on's own; a file in Drive would need the drive scope, which reaches every file
 * of the owner's, for something the owner can just as well send from their computer or
 * phone. Tab names and headers are the book's, so the copy is in the book's language.
 *
 * What a customer asking "what do you keep about me" gets: every column of every row
 * about them, the grade and segment the book works out about them included and explained
 * (a profile is personal data too), ticks as yes/no words; Shuke's own bookkeeping (an
 * import's batch, a request id) is about the record, not them, and is left out.
 */
import {dayToIso, dayNumber} from '../../domain/dates';
import {Lang, t} from '../../domain/i18n';
import {CsvBlock, toCsv} from '../../domain/privacy/csv';
import {
  BOOKKEEPING_COLUMNS,
  DERIVED_COLUMNS,
  EXPORT_TEXTS,
} from '../../domain/privacy/export-texts';
import {PRIVACY_TEXTS as T} from '../../domain/privacy/texts';
import {CustomerExport} from '../../domain/privacy/wire';
import {cellText} from '../../sheets/cells';
import {CUSTOMERS} from '../../sheets/schema-customers';
import {BookScan, scanBook, TabScan} from './book-scan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A cell as the customer reads it: yes/no words for a checkbox, dates in `tz`. */
function exportCell(v: unknown, tz: string, lang: Lang): string {
  if (v === true) return t(EXPORT_TEXTS.yes, lang);
  if (v === false) return t(EXPORT_TEXTS.no, lang);
  return cellText(v ?? '', tz);
}

/**
 * The columns of a tab the copy shows, with their header: Shuke's bookkeeping left out
 * (export-texts.ts), what the book works out about the customer explained.
 */
function shownColumns(
  tab: TabScan,
  width: number,
  lang: Lang,
): Array<{i: number; header: string}> {
  const keyAt = new Map<number, string>();
  for (const [k, i] of tab.columns) keyAt.set(i, k);
  const derived = tab.def === CUSTOMERS;
  const out: Array<{i: number; header: string}> = [];
  for (let i = 0; i < width; i++) {
    const key = keyAt.get(i);
    if (key !== undefined && BOOKKEEPING_COLUMNS.has(key)) continue;
    const why = derived && key !== undefined ? DERIVED_COLUMNS[key] : undefined;
    const header = tab.headers[i];
    out.push({
      i,
      header: why
        ? t(EXPORT_TEXTS.explained, lang, {header, why: t(why, lang)})
        : header,
    });
  }
  return out;
}

/** Their rows per tab, as text in the shop's time zone; tabs with none left out. */
export function exportBlocks(
  scan: BookScan,
  tz: string,
  lang: Lang,
): CsvBlock[] {
  const blocks: CsvBlock[] = [];
  for (const tab of scan.tabs) {
    if (!tab.theirs.length) continue;
    // Up to the last header: the owner's unnamed scratch columns are not a record.
    let width = tab.headers.length;
    while (width > 0 && tab.headers[width - 1] === '') width--;
    const shown = shownColumns(tab, width, lang);
    blocks.push({
      title: tab.name,
      headers: shown.map(c => c.header),
      rows: tab.theirs.map(r =>
        shown.map(c => exportCell(r.cells[c.i], tz, lang)),
      ),
    });
  }
  return blocks;
}

function safeFilePart(s: string): string {
  return s
    .replace(/[\\/:*?"<>|\s=+@'`]+/g, '_')
    .replace(/^[-_]+/, '')
    .slice(0, 40);
}

export function customerExportIn(
  ss: Spreadsheet,
  key: string,
  opts: {lang: Lang; tz: string; now: Date; shopName: string},
): CustomerExport | null {
  const scan = scanBook(ss, key, opts.lang, opts.tz);
  if (!scan) return null;
  const date = dayToIso(dayNumber(opts.now, opts.tz));
  const blocks = exportBlocks(scan, opts.tz, opts.lang);
  const heading = [
    t(T.exportTitle, opts.lang, {shop: opts.shopName || ss.getName(), date}),
    t(T.exportNote, opts.lang),
  ];
  const who = safeFilePart(scan.person.id || scan.person.name) || 'customer';
  return {
    fileName: `${t(T.exportFile, opts.lang)}-${who}-${date}.csv`,
    csv: toCsv(heading, blocks),
    tabs: blocks.map(b => ({tab: b.title, rows: b.rows.length})),
  };
}
