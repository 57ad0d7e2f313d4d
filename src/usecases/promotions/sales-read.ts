/**
 * The Sales tab as promotions and "Something new" need it: one getValues over the span
 * of the columns they read (date, customer, items, category, amount, void), whatever the
 * size of the tab. Voided rows and rows without a readable date are left out.
 */
import {splitItems} from '../../domain/counter/items';
import {isVoid} from '../../domain/counter/void-mark';
import {parseAmount} from '../../domain/customer-stats';
import {dayReader} from '../../domain/dates';
import {Lang} from '../../domain/i18n';
import {normaliseKey} from '../../domain/keys';
import {itemKey} from '../../domain/promotions/judge';
import {SALES} from '../../sheets/schema-sales';
import {findSheet, mapColumns} from '../../sheets/tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SaleLine {
  day: number;
  customer: string;
  amount: number;
  /** The items as typed, without quantities. */
  items: string[];
  category: string;
}

const WANTED = [
  'date',
  'customer',
  'items',
  'category',
  'amount',
  'void',
] as const;

/** Every sale that counts; [] when the shop has no Sales tab. */
export function readSaleLines(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
): SaleLine[] {
  const sheet = findSheet(ss, SALES, lang);
  if (!sheet) return [];
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow < 2 || lastCol < 1) return [];
  const header = sheet.getRange(1, 1, 1, lastCol).getValues()[0];
  const cols = mapColumns(header, SALES);
  const present = WANTED.map(k => cols.get(k)).filter(
    (i): i is number => i !== undefined,
  );
  if (!cols.has('date')) return [];
  const c0 = Math.min(...present);
  const c1 = Math.max(...present);
  const body = sheet.getRange(2, c0 + 1, lastRow - 1, c1 - c0 + 1).getValues();
  const at = (k: string) => {
    const i = cols.get(k);
    return i === undefined ? -1 : i - c0;
  };
  const [iDate, iCust, iItems, iCat, iAmount, iVoid] = WANTED.map(at);
  const dayOf = dayReader(tz);
  const out: SaleLine[] = [];
  for (const r of body) {
    if (iVoid >= 0 && isVoid(r[iVoid])) continue;
    const day = dayOf(r[iDate]);
    if (day === null) continue;
    const amount = iAmount >= 0 ? parseAmount(r[iAmount]) : 0;
    out.push({
      day,
      customer: iCust >= 0 ? normaliseKey(r[iCust]) : '',
      amount: typeof amount === 'number' ? amount : 0,
      items: iItems >= 0 ? splitItems(r[iItems]) : [],
      category: iCat >= 0 ? String(r[iCat] ?? '').trim() : '',
    });
  }
  return out;
}

/** The keys a promotion's items are matched against: each item and the category. */
export function saleKeys(s: SaleLine): string[] {
  const keys = s.items.map(itemKey);
  if (s.category) keys.push(itemKey(s.category));
  return keys;
}
