/**
 * The book as an import sees it: who is on it (Customers), which purchases it already
 * has (Sales, as sale keys), and which rows each earlier import added. One getValues
 * per tab.
 */
import {isDate} from '../../domain/dates';
import {Lang} from '../../domain/i18n';
import {BookCustomer, saleKey} from '../../domain/import/plan';
import {cellText} from '../../sheets/cells';
import {CUSTOMERS, SALES} from '../../sheets/schema';
import {openTable, Table} from '../../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Book {
  sales: Table;
  customers: Table;
}

/** The Sales and Customers tabs; null when Set up shop has not made them. */
export function openBook(ss: Spreadsheet, lang: Lang, tz: string): Book | null {
  const sales = openTable(ss, SALES, lang, {tz});
  const customers = openTable(ss, CUSTOMERS, lang, {tz});
  if (!sales || !customers) return null;
  if (!sales.has('batch') || !customers.has('batch')) return null;
  return {sales, customers};
}

export function bookCustomers(book: Book): BookCustomer[] {
  return book.customers.rows.map(r => ({
    id: r.raw.id ?? '',
    phone: r.raw.phone ?? '',
    name: r.raw.name ?? '',
  }));
}

export function bookSaleKeys(book: Book): Set<string> {
  const keys = new Set<string>();
  const tz = book.sales.tz;
  for (const r of book.sales.rows) {
    const date = r.values.date;
    const amount = r.values.amount;
    if (!isDate(date) || typeof amount !== 'number') continue;
    keys.add(
      saleKey(
        r.raw.receipt,
        date,
        amount,
        cellText(r.raw.customer, tz).trim(),
        tz,
      ),
    );
  }
  return keys;
}

export interface BatchCount {
  batch: string;
  sales: number;
  customers: number;
  /** Opening rows of balances on the ledgers (counted by the import, not here). */
  balances?: number;
}

/** The imports whose rows are on the book, newest last (in the order first met). */
export function batchesOf(book: Book): BatchCount[] {
  const out = new Map<string, BatchCount>();
  const count = (t: Table, field: 'sales' | 'customers') => {
    for (const r of t.rows) {
      const b = cellText(r.raw.batch, t.tz).trim();
      if (!b) continue;
      const c = out.get(b) ?? {batch: b, sales: 0, customers: 0};
      c[field]++;
      out.set(b, c);
    }
  };
  count(book.sales, 'sales');
  count(book.customers, 'customers');
  return [...out.values()];
}
