/**
 * 查阅复制: a copy of everything the book holds about one customer, as a CSV file made in
 * the sidebar and downloaded there (PIPL Art. 45). A download needs no permission beyond
 * the add-on's own; a file in Drive would need the drive scope, which reaches every file
 * of the owner's, for something the owner can just as well send from their computer or
 * phone. Tab names and headers are the book's, so the copy is in the book's language.
 */
import {dayToIso, dayNumber} from '../../domain/dates';
import {Lang, t} from '../../domain/i18n';
import {CsvBlock, toCsv} from '../../domain/privacy/csv';
import {PRIVACY_TEXTS as T} from '../../domain/privacy/texts';
import {CustomerExport} from '../../domain/privacy/wire';
import {cellText} from '../../sheets/cells';
import {BookScan, scanBook} from './book-scan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Their rows per tab, as text in the shop's time zone; tabs with none left out. */
export function exportBlocks(scan: BookScan, tz: string): CsvBlock[] {
  const blocks: CsvBlock[] = [];
  for (const tab of scan.tabs) {
    if (!tab.theirs.length) continue;
    // Up to the last header: the owner's unnamed scratch columns are not a record.
    let width = tab.headers.length;
    while (width > 0 && tab.headers[width - 1] === '') width--;
    blocks.push({
      title: tab.name,
      headers: tab.headers.slice(0, width),
      rows: tab.theirs.map(r =>
        Array.from({length: width}, (_, i) => cellText(r.cells[i] ?? '', tz)),
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
  const blocks = exportBlocks(scan, opts.tz);
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
