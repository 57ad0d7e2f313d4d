/**
 * What tiers and referrals read from the book: the Tiers tab, the Tier log, the
 * Customers tab's keys and "Referred by", each sale's spend. One getValues per tab,
 * only the span of columns asked for; a missing tab reads as none.
 */
import {isVoid} from '../../domain/counter/void-mark';
import {parseAmount} from '../../domain/customer-stats';
import {dayReader} from '../../domain/dates';
import {Lang, LANGS} from '../../domain/i18n';
import {normaliseKey} from '../../domain/keys';
import {parseTierTable, TierTable} from '../../domain/loyalty/tiers';
import {TierChange, TierLogRow} from '../../domain/loyalty/tiers-moves';
import {TIER_TEXTS} from '../../domain/loyalty/tiers-texts';
import {normaliseLabel} from '../../domain/followup/text';
import {cellText} from '../../sheets/cells';
import {CUSTOMERS, SALES, TabDef} from '../../sheets/schema';
import {TIER_LOG, TIERS} from '../../sheets/schema-tiers';
import {openTable, Table} from '../../sheets/table';
import {findSheet, mapColumns} from '../../sheets/tabs';
import {readSheetValues} from '../../sheets/read-values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Rows of the columns asked for, by key; missing columns give ''. */
export interface Columns {
  /** Sheet row number of each row (the header is row 1). */
  rows: number[];
  get(key: string, i: number): unknown;
  has(key: string): boolean;
}

export function readColumns(
  ss: Spreadsheet,
  def: TabDef,
  lang: Lang,
  keys: readonly string[],
): Columns | null {
  const sheet = findSheet(ss, def, lang);
  if (!sheet) return null;
  const values = readSheetValues(sheet);
  const header = values[0] ?? [];
  const cols = mapColumns(header, def);
  const at = new Map<string, number>();
  for (const k of keys) {
    const i = cols.get(k);
    if (i !== undefined) at.set(k, i);
  }
  const rows: number[] = [];
  for (let i = 1; i < values.length; i++) rows.push(i + 1);
  return {
    rows,
    has: k => at.has(k),
    get: (k, i) => {
      const c = at.get(k);
      return c === undefined ? '' : (values[i + 1]?.[c] ?? '');
    },
  };
}

export function readTierTable(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
): TierTable | null {
  const c = readColumns(ss, TIERS, lang, [
    'name',
    'measure',
    'min',
    'discount',
    'gift',
    'doubleDays',
  ]);
  if (!c) return null;
  return parseTierTable(
    c.rows.map((row, i) => ({
      row,
      name: c.get('name', i),
      measure: c.get('measure', i),
      min: c.get('min', i),
      discount: c.get('discount', i),
      gift: c.get('gift', i),
      doubleDays: c.get('doubleDays', i),
    })),
    lang,
    tz,
  );
}

const CHANGES: ReadonlyArray<[TierChange, Set<string>]> = (
  Object.keys(TIER_TEXTS.change) as TierChange[]
).map(k => [
  k,
  new Set([k, ...LANGS.map(l => TIER_TEXTS.change[k][l])].map(normaliseLabel)),
]);

export function parseTierChange(v: unknown): TierChange | null {
  const s = normaliseLabel(v);
  for (const [k, names] of CHANGES) if (names.has(s)) return k;
  return null;
}

export interface TierLogTab {
  table: Table;
  rows: TierLogRow[];
  hasRef(ref: string): boolean;
}

/**
 * The Tier log read whole. A row without a customer or a readable date is left out:
 * it can't say whose tier it is or from when.
 */
export function openTierLog(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
): TierLogTab | null {
  const table = openTable(ss, TIER_LOG, lang, {tz});
  if (!table) return null;
  const dayOf = dayReader(tz);
  const refs = new Set<string>();
  const rows: TierLogRow[] = [];
  for (const r of table.rows) {
    const ref = cellText(r.raw.requestId, tz).trim();
    if (ref) refs.add(ref);
    const customer = normaliseKey(r.raw.customer);
    const day = dayOf(r.raw.date);
    if (!customer || day === null) continue;
    rows.push({
      row: r.row,
      day,
      customer,
      to: cellText(r.raw.to, tz).trim(),
      change: parseTierChange(r.raw.change),
    });
  }
  return {table, rows, hasRef: ref => refs.has(ref)};
}

export interface BookCustomer {
  /** The id, or the phone when there is none (normalised). */
  key: string;
  /** The phone's key when the id is the key: sales and ledgers may use either. */
  alias: string;
  /** The id (or phone) as the book writes it, for rows Shuke writes about them. */
  bookKey: string;
  id: unknown;
  phone: unknown;
  name: string;
  referredBy: unknown;
}

export function readBookCustomers(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
): BookCustomer[] {
  const c = readColumns(ss, CUSTOMERS, lang, [
    'id',
    'name',
    'phone',
    'referredBy',
  ]);
  if (!c) return [];
  const out: BookCustomer[] = [];
  const seen = new Set<string>();
  c.rows.forEach((_, i) => {
    const id = c.get('id', i);
    const phone = c.get('phone', i);
    const idKey = normaliseKey(id);
    const phoneKey = normaliseKey(phone);
    const key = idKey || phoneKey;
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({
      key,
      alias: idKey && phoneKey && phoneKey !== idKey ? phoneKey : '',
      bookKey: cellText(idKey ? id : phone, tz).trim(),
      id,
      phone,
      name: cellText(c.get('name', i), tz).trim().slice(0, 60) || key,
      referredBy: c.get('referredBy', i),
    });
  });
  return out;
}

/**
 * Spend by sales key over the days (from, to], voided sales left out. An amount that
 * can't be read counts nothing (the grades report it).
 */
export function spendByKey(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
  from: number,
  to: number,
): Map<string, number> {
  const c = readColumns(ss, SALES, lang, [
    'date',
    'customer',
    'amount',
    'void',
  ]);
  const out = new Map<string, number>();
  if (!c) return out;
  const dayOf = dayReader(tz);
  const keyOf = new Map<unknown, string>();
  for (let i = 0; i < c.rows.length; i++) {
    if (isVoid(c.get('void', i))) continue;
    const day = dayOf(c.get('date', i));
    if (day === null || day <= from || day > to) continue;
    const amount = parseAmount(c.get('amount', i));
    if (typeof amount !== 'number') continue;
    const raw = c.get('customer', i);
    let key = keyOf.get(raw);
    if (key === undefined) {
      key = normaliseKey(raw);
      keyOf.set(raw, key);
    }
    if (!key) continue;
    // In cents, so a year of 0.1s adds up to what the till says.
    out.set(key, (out.get(key) ?? 0) + Math.round(amount * 100));
  }
  for (const [k, cents] of out) out.set(k, cents / 100);
  return out;
}
