/**
 * 删除: a customer erased in one step (PIPL Art. 47). Their Customers row goes, and so do
 * their rows on every tab with a Customer column (feedback, contacts, the reminder and
 * privacy logs, tabs added later). Rows of the shop's accounts (Sales, the points and
 * stored-value ledgers) stay with their amounts and dates, the Customer cell emptied, so
 * the day's takings and every total are what they were. Any other cell mentioning them
 * (their phone, email, WeChat ID, id, or their name when no other customer has it) has
 * the mention replaced by ***. Their request ids leave the cache; document properties
 * that mention them go. The Erasure log gets one row with no personal data: when, who,
 * how many rows, a fingerprint of the phone (erased-phones.ts).
 *
 * Once-only and safe to kill at any call: the log row comes first (flushed), then every
 * change but the Customers row (flushed), then the Customers row (flushed), then the log
 * row is marked done. A rerun with the same request id finds the log row and does what
 * is left; the Customers row goes last because it is how what is left is found.
 */
import {Lang, t} from '../../domain/i18n';
import {scrub} from '../../domain/privacy/person';
import {PRIVACY_TEXTS as T} from '../../domain/privacy/texts';
import {ErasurePreview} from '../../domain/privacy/wire';
import {cellText, guardText, needsTextGuard} from '../../sheets/cells';
import {CUSTOMERS} from '../../sheets/schema-customers';
import {ERASURE_LOG} from '../../sheets/schema-privacy';
import {rectangles} from '../../sheets/table';
import {findSheet, mapColumns} from '../../sheets/tabs';
import {BookScan, isAccountTab, scanBook, TabScan} from './book-scan';
import {bookSalt, phoneFingerprint, SaltStore} from './erased-phones';
import {openLog} from './log-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface EraseDeps {
  ss: Spreadsheet;
  lang: Lang;
  tz: string;
  now: () => Date;
  flush: () => void;
  salt: SaltStore;
  /** Removes cache entries (the counter's remembered outcomes of their requests). */
  forget: (keys: string[]) => void;
  /** The document's properties, scanned for anything naming them. */
  properties: {
    getProperties(): Record<string, string>;
    deleteProperty(key: string): unknown;
  };
}

type Plan = 'remove' | 'unlink' | 'scrub';

function planOf(tab: TabScan): Plan {
  if (!tab.def || !tab.columns.has('customer')) {
    return tab.def === CUSTOMERS ? 'remove' : 'scrub';
  }
  return isAccountTab(tab.def) ? 'unlink' : 'remove';
}

export function previewOf(scan: BookScan): ErasurePreview {
  const removed: ErasurePreview['removed'] = [];
  const unlinked: ErasurePreview['unlinked'] = [];
  let mentions = 0;
  for (const tab of scan.tabs) {
    const plan = planOf(tab);
    const n = tab.theirs.length;
    mentions += tab.mentions.length;
    if (!n) continue;
    if (plan === 'remove') removed.push({tab: tab.name, rows: n});
    else if (plan === 'unlink') unlinked.push({tab: tab.name, rows: n});
    else mentions += n;
  }
  return {
    name: scan.person.name || scan.person.id,
    removed,
    unlinked,
    mentions,
    nameShared: scan.nameShared,
  };
}

function summary(
  p: ErasurePreview,
  lang: Lang,
): {rows: number; detail: string} {
  const list = (xs: Array<{tab: string; rows: number}>) =>
    xs.length
      ? xs.map(x => t(T.tabRows, lang, x)).join(t(T.listSep, lang))
      : t(T.none, lang);
  const rows = [...p.removed, ...p.unlinked].reduce((s, x) => s + x.rows, 0);
  return {
    rows,
    detail: t(T.erasureDetail, lang, {
      removed: list(p.removed),
      unlinked: list(p.unlinked),
      mentions: p.mentions,
    }),
  };
}

interface CellWrite {
  r: number;
  c: number;
  v: unknown;
}

/** Writes single cells, adjacent ones together, text kept as text. */
function writeCells(sheet: Sheet, cells: CellWrite[]): void {
  for (const rect of rectangles(cells)) {
    const range = sheet.getRange(
      rect.row,
      rect.col + 1,
      rect.cells.length,
      rect.cells[0].length,
    );
    const risky = rect.cells.some(l =>
      l.some(v => typeof v === 'string' && needsTextGuard(v)),
    );
    const formats = risky ? range.getNumberFormats() : null;
    range.setValues(
      rect.cells.map((l, i) =>
        l.map((v, j) =>
          typeof v === 'string'
            ? guardText(v, formats?.[i]?.[j] === '@')
            : (v as string | number | boolean | Date),
        ),
      ),
    );
  }
}

/** Every change on a tab except deleting Customers rows. */
function changesOf(scan: BookScan, tab: TabScan): CellWrite[] {
  const who = scan.who;
  const withName = !scan.nameShared;
  const out: CellWrite[] = [];
  const scrubCell = (row: number, col: number, v: unknown) => {
    const text = cellText(v, 'UTC');
    if (text === '') return;
    const next = scrub(text, who, withName);
    if (next !== text) out.push({r: row, c: col, v: next});
  };
  const plan = planOf(tab);
  const custCol = tab.columns.get('customer');
  const formulaCols = new Set(
    (tab.def?.columns ?? [])
      .filter(c => c.kind === 'formula')
      .map(c => tab.columns.get(c.key))
      .filter((i): i is number => i !== undefined),
  );
  if (plan === 'unlink' || plan === 'scrub') {
    for (const r of tab.theirs) {
      r.cells.forEach((v, c) => {
        if (formulaCols.has(c)) return;
        if (plan === 'unlink' && c === custCol) {
          if (cellText(v, 'UTC') !== '') out.push({r: r.row, c, v: ''});
        } else scrubCell(r.row, c, v);
      });
    }
  }
  for (const m of tab.mentions) {
    scrubCell(m.row, m.col, tab.values[m.row - 1][m.col]);
  }
  return out;
}

/**
 * Deletes rows, the lowest last so row numbers above stay right. A tab whose formulas
 * sit in row 2 (the Customers tab's grades, spilling down) never loses row 2: the next
 * row that stays is copied up into it and deleted instead, or row 2 is emptied.
 */
function deleteRows(tab: TabScan, rows: number[]): void {
  const sheet = tab.sheet;
  const set = new Set(rows);
  const formulaCols = (tab.def?.columns ?? [])
    .filter(c => c.kind === 'formula')
    .map(c => tab.columns.get(c.key))
    .filter((i): i is number => i !== undefined);
  if (set.has(2) && formulaCols.length) {
    set.delete(2);
    const width = Math.max(tab.values[0]?.length ?? 0, 1);
    let next = 3;
    while (set.has(next) && next <= tab.values.length) next++;
    const skip = new Set(formulaCols);
    const source =
      next <= tab.values.length
        ? tab.values[next - 1]
        : new Array(width).fill('');
    let formulas: string[][] | null = null;
    if (next <= tab.values.length) {
      formulas = sheet.getRange(next, 1, 1, width).getFormulas();
      set.add(next);
    }
    const cells: CellWrite[] = [];
    for (let c = 0; c < width; c++) {
      if (skip.has(c)) continue;
      const f = formulas?.[0]?.[c] ?? '';
      cells.push({r: 2, c, v: f !== '' ? {formula: f} : (source[c] ?? '')});
    }
    writeRow2(sheet, cells);
  }
  const sorted = [...set].sort((a, b) => b - a);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] - 1) j++;
    const first = sorted[j];
    sheet.deleteRows(first, sorted[i] - first + 1);
    i = j + 1;
  }
}

/** Row 2 rewritten from the row below: its formulas as formulas, text as text. */
function writeRow2(sheet: Sheet, cells: CellWrite[]): void {
  const plain: CellWrite[] = [];
  for (const c of cells) {
    const v = c.v as {formula?: string};
    if (v && typeof v === 'object' && 'formula' in v && v.formula) {
      sheet.getRange(2, c.c + 1).setFormula(v.formula);
    } else plain.push(c);
  }
  writeCells(sheet, plain);
}

/**
 * An execution killed between row 2's copy of the next customer and that customer's
 * own row going (deleteRows) leaves them twice, in rows 2 and 3, and the erased customer
 * nowhere to find: a rerun removes the copy below, so no customer is on the book twice.
 */
function dropRowTwoCopy(ss: Spreadsheet, lang: Lang, tz: string): void {
  const sheet = findSheet(ss, CUSTOMERS, lang);
  if (!sheet || sheet.getLastRow() < 3) return;
  const values = sheet.getRange(1, 1, 3, sheet.getLastColumn()).getValues();
  const cols = mapColumns(values[0], CUSTOMERS);
  const id = cols.get('id');
  if (id === undefined || cellText(values[1][id], tz).trim() === '') return;
  const formulas = new Set(
    CUSTOMERS.columns
      .filter(c => c.kind === 'formula')
      .map(c => cols.get(c.key)),
  );
  const same = values[1].every(
    (v, c) => formulas.has(c) || cellText(v, tz) === cellText(values[2][c], tz),
  );
  if (same) sheet.deleteRows(3, 1);
}

function dropProperties(scan: BookScan, deps: EraseDeps): void {
  const all = deps.properties.getProperties();
  for (const [k, v] of Object.entries(all)) {
    if (k.startsWith('shuke.privacy.')) continue;
    if (scrub(`${k} ${v}`, scan.who, false) !== `${k} ${v}`) {
      deps.properties.deleteProperty(k);
    }
  }
}

function requestIdsOf(scan: BookScan): string[] {
  const ids: string[] = [];
  for (const tab of scan.tabs) {
    const c = tab.columns.get('requestId');
    if (c === undefined) continue;
    for (const r of tab.theirs) {
      const id = cellText(r.cells[c], 'UTC').trim();
      if (id) ids.push(`shuke.req.${id}`);
    }
  }
  return ids;
}

/** Step 2: everything but the Customers row. */
function eraseAround(scan: BookScan, deps: EraseDeps): void {
  for (const tab of scan.tabs) {
    const writes = changesOf(scan, tab);
    if (writes.length) writeCells(tab.sheet, writes);
    if (
      tab.def !== CUSTOMERS &&
      planOf(tab) === 'remove' &&
      tab.theirs.length
    ) {
      deleteRows(
        tab,
        tab.theirs.map(r => r.row),
      );
    }
  }
  dropProperties(scan, deps);
  const keys = requestIdsOf(scan);
  if (keys.length) deps.forget(keys);
}

export interface EraseOutcome {
  rows: number;
  repeated: boolean;
}

/** Runs under the caller's lock. Null when the customer is not on the book. */
export function eraseCustomerIn(
  key: string,
  requestId: string,
  by: string,
  deps: EraseDeps,
): EraseOutcome | null {
  const {ss, lang, tz} = deps;
  const log = openLog(ss, ERASURE_LOG, lang, tz);
  const done = t(T.erasureDone, lang);
  let entry = log.rows.find(
    r => cellText(r.raw.requestId, tz).trim() === requestId,
  );
  if (entry && cellText(entry.raw.status, tz).trim() === done) {
    return {rows: Number(entry.values.rows) || 0, repeated: true};
  }
  let scan = scanBook(ss, key, lang, tz);
  const resumed = entry !== undefined;
  if (!entry) {
    if (!scan) return null;
    const salt = bookSalt(deps.salt);
    const s = summary(previewOf(scan), lang);
    const [row] = log.append([
      {
        date: deps.now(),
        by,
        rows: s.rows,
        detail: s.detail,
        status: t(T.erasureStarted, lang),
        phoneHash: phoneFingerprint(scan.person.phone, salt),
        requestId,
      },
    ]);
    deps.flush();
    entry = log.rowAt(row);
  }
  if (scan) {
    eraseAround(scan, deps);
    deps.flush();
    // Rows moved on the Customers tab only if it was scanned as another tab's: read again.
    scan = scanBook(ss, key, lang, tz);
    const customers = scan?.tabs.find(tb => tb.def === CUSTOMERS);
    if (customers && customers.theirs.length) {
      deleteRows(
        customers,
        customers.theirs.map(r => r.row),
      );
      deps.flush();
    }
  }
  if (resumed) dropRowTwoCopy(ss, lang, tz);
  const rowNo = entry?.row;
  if (rowNo) log.update(rowNo, {status: done});
  deps.flush();
  return {rows: Number(entry?.values.rows) || 0, repeated: false};
}
