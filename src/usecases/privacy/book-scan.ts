/**
 * Everything the book holds about one customer, found the same way for export and for
 * erasure, over every tab of the spreadsheet:
 * - rows that are theirs: the Customers row, and every row of a Shuke tab whose Customer
 *   column names them (sales, feedback, contacts, ledgers, the reminder and privacy logs,
 *   tabs added later with such a column);
 * - rows of any other tab (the owner's own) holding their phone, email, WeChat ID or id;
 * - cells elsewhere that mention them, their name included (a note on someone else's
 *   row): scrubbed on erasure, never exported, since those rows are about someone else.
 *
 * Settings and the Erasure log are left out: neither holds a customer.
 */
import {normaliseKey} from '../../domain/keys';
import {samePhone} from '../../domain/counter/ids';
import {
  identityOf,
  Identity,
  isTheirKey,
  mentions,
  mentionsStrongly,
  Person,
} from '../../domain/privacy/person';
import {Lang} from '../../domain/i18n';
import {cellText} from '../../sheets/cells';
import {CUSTOMERS} from '../../sheets/schema-customers';
import {SETTINGS} from '../../sheets/schema-settings-tab';
import {TabDef, TABS} from '../../sheets/schema';
import {tabMatches} from '../../sheets/schema-labels';
import {ERASURE_LOG} from '../../sheets/schema-privacy';
import {SOMETHING_NEW} from '../../sheets/schema-promotions';
import {mapColumns} from '../../sheets/tabs';
import {readSheetValues} from '../../sheets/read-values';
import {REMINDER_LOG} from '../reminders-log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Tabs whose rows are the shop's accounts: on erasure they stay, unlinked. */
const ACCOUNT_TABS: ReadonlySet<string> = new Set([
  'sales',
  'points',
  'stored',
]);

export function isAccountTab(def: TabDef): boolean {
  return ACCOUNT_TABS.has(def.key) || def.columns.some(c => c.kind === 'money');
}

export interface TheirRow {
  /** 1-based sheet row. */
  row: number;
  cells: unknown[];
}

export interface MentionCell {
  row: number;
  /** 0-based column. */
  col: number;
  text: string;
}

export interface TabScan {
  sheet: Sheet;
  name: string;
  def: TabDef | null;
  headers: string[];
  /** 0-based columns by key, for a Shuke tab. */
  columns: ReadonlyMap<string, number>;
  values: unknown[][];
  theirs: TheirRow[];
  /** Cells outside their rows that mention them. */
  mentions: MentionCell[];
}

export interface BookScan {
  person: Person;
  who: Identity;
  /** Their name is someone else's too: mentions of it are left alone. */
  nameShared: boolean;
  tabs: TabScan[];
}

// Tabs made on demand (not by Set up shop) are Shuke's too: their Customer column says
// whose a row is, so erasure removes the row rather than leave it scrubbed to ***.
const KNOWN: readonly TabDef[] = [...TABS, REMINDER_LOG, SOMETHING_NEW];
const SKIPPED: readonly TabDef[] = [SETTINGS, ERASURE_LOG];

function defOf(name: string): TabDef | null {
  return KNOWN.find(d => tabMatches(name, d)) ?? null;
}

function text(v: unknown, tz: string): string {
  return cellText(v, tz).trim();
}

/** The customer a key names on the Customers tab, with their identifiers. */
export function findPerson(
  values: readonly (readonly unknown[])[],
  key: string,
  tz: string,
): {person: Person; row: number} | null {
  const cols = mapColumns(
    (values[0] ?? []).map(h => text(h, tz)),
    CUSTOMERS,
  );
  const at = (r: readonly unknown[], k: string) => {
    const i = cols.get(k);
    return i === undefined ? '' : text(r[i], tz);
  };
  const wanted = normaliseKey(key);
  if (wanted === '') return null;
  // By their key (the card's), else by their phone however typed (the menu's).
  let row = -1;
  for (let i = 1; i < values.length && row < 0; i++) {
    const id = at(values[i], 'id');
    if (normaliseKey(id !== '' ? id : at(values[i], 'phone')) === wanted)
      row = i;
  }
  for (let i = 1; i < values.length && row < 0; i++) {
    if (samePhone(at(values[i], 'phone'), key)) row = i;
  }
  if (row < 0) return null;
  const r = values[row];
  return {
    row: row + 1,
    person: {
      id: at(r, 'id'),
      phone: at(r, 'phone'),
      name: at(r, 'name'),
      email: at(r, 'email'),
      wechat: at(r, 'wechat'),
    },
  };
}

/**
 * Reads every tab once and finds what is theirs. Null when the key names nobody on the
 * Customers tab.
 */
export function scanBook(
  ss: Spreadsheet,
  key: string,
  lang: Lang,
  tz: string,
): BookScan | null {
  const sheets = ss.getSheets();
  const read = sheets.map(sheet => {
    const name = sheet.getName();
    return {sheet, name, def: defOf(name)};
  });
  const customers = read.find(s => s.def === CUSTOMERS);
  if (!customers) return null;
  const custValues = readSheetValues(customers.sheet);
  const found = findPerson(custValues, key, tz);
  if (!found) return null;
  const who = identityOf(found.person);
  const nameShared = sameNameElsewhere(custValues, found, tz);
  const tabs: TabScan[] = [];
  for (const s of read) {
    if (s.def && SKIPPED.includes(s.def)) continue;
    if (!s.def && SKIPPED.some(d => tabMatches(s.name, d))) continue;
    const values = s === customers ? custValues : readSheetValues(s.sheet);
    tabs.push(
      scanTab(
        s.sheet,
        s.name,
        s.def,
        values,
        who,
        nameShared,
        lang,
        tz,
        found.row,
      ),
    );
  }
  return {person: found.person, who, nameShared, tabs};
}

function sameNameElsewhere(
  values: readonly (readonly unknown[])[],
  found: {person: Person; row: number},
  tz: string,
): boolean {
  const cols = mapColumns(
    (values[0] ?? []).map(h => text(h, tz)),
    CUSTOMERS,
  );
  const i = cols.get('name');
  const name = found.person.name;
  if (i === undefined || name === '') return false;
  return values.some(
    (r, j) => j > 0 && j + 1 !== found.row && text(r[i], tz) === name,
  );
}

function scanTab(
  sheet: Sheet,
  name: string,
  def: TabDef | null,
  values: unknown[][],
  who: Identity,
  nameShared: boolean,
  lang: Lang,
  tz: string,
  customerRow: number,
): TabScan {
  void lang;
  const headers = (values[0] ?? []).map(h => text(h, tz));
  const columns = def ? mapColumns(headers, def) : new Map<string, number>();
  const formulaCols = new Set(
    def
      ? def.columns
          .filter(c => c.kind === 'formula')
          .map(c => columns.get(c.key))
          .filter((i): i is number => i !== undefined)
      : [],
  );
  const theirs: TheirRow[] = [];
  const found: MentionCell[] = [];
  const custCol = columns.get('customer');
  for (let i = 1; i < values.length; i++) {
    const r = values[i];
    const row = i + 1;
    let mine = false;
    if (def === CUSTOMERS) mine = row === customerRow;
    else if (def && custCol !== undefined) mine = isTheirKey(r[custCol], who);
    else if (!def || custCol === undefined) {
      mine = r.some(v => mentionsStrongly(text(v, tz), who));
    }
    if (mine) {
      theirs.push({row, cells: r});
      continue;
    }
    for (let c = 0; c < r.length; c++) {
      if (formulaCols.has(c)) continue;
      const t = text(r[c], tz);
      if (t !== '' && mentions(t, who, !nameShared)) {
        found.push({row, col: c, text: cellText(r[c], tz)});
      }
    }
  }
  return {sheet, name, def, headers, columns, values, theirs, mentions: found};
}
