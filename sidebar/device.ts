/**
 * What this device remembers between openings: the staff name chosen once, and the
 * last sales logged here (their request ids, so they can be voided).
 *
 * The HtmlService sandbox is an iframe with allow-same-origin ("HTML Service:
 * Restrictions", developers.google.com/apps-script/guides/html/restrictions), so
 * localStorage is the page's own. The docs do not promise it, and a browser blocking
 * third-party storage refuses it: every access is guarded and falls back to memory for
 * the open page, so the counter works either way (it only forgets on closing).
 */
import type {SaleDone} from '../src/domain/counter/wire';

const KEY_STAFF = 'shuke.staff';
const KEY_RECENT = 'shuke.recentSales';
/** Sales kept for voiding: the mistakes worth undoing are the last few. */
export const RECENT_MAX = 10;

export interface RecentSale {
  requestId: string;
  /** ISO time of the sale. */
  date: string;
  amount: number;
  items: string;
  /** The customer's name, '' for a walk-in. */
  who: string;
  customerId: string | null;
  /** The Void mark once voided from here. */
  voided?: string;
}

const memory = new Map<string, string>();

function read(key: string): string | null {
  try {
    const v = window.localStorage.getItem(key);
    if (v !== null) return v;
  } catch {
    // Storage refused: memory below.
  }
  return memory.get(key) ?? null;
}

function write(key: string, value: string): void {
  memory.set(key, value);
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Kept in memory for this page only.
  }
}

export function staffName(): string {
  return read(KEY_STAFF) ?? '';
}

export function setStaffName(name: string): void {
  write(KEY_STAFF, name.trim().slice(0, 100));
}

export function recentSales(): RecentSale[] {
  try {
    const list = JSON.parse(read(KEY_RECENT) ?? '[]') as unknown;
    return Array.isArray(list)
      ? (list as RecentSale[]).filter(s => s && typeof s.requestId === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Newest first; a repeated request id (a retry) replaces its entry. */
export function rememberSale(sale: RecentSale): void {
  const list = recentSales().filter(s => s.requestId !== sale.requestId);
  list.unshift(sale);
  write(KEY_RECENT, JSON.stringify(list.slice(0, RECENT_MAX)));
}

/**
 * A sale the book has written, as its answer tells it: sent from the form at once or
 * later from the outbox, it lands in the same list, so either can be voided.
 */
export function rememberLogged(
  requestId: string,
  done: SaleDone,
  who: string,
): void {
  rememberSale({
    requestId,
    date: done.date,
    amount: done.amount,
    items: done.items,
    who: who || done.created?.name || '',
    customerId: done.customerId,
  });
}

export function markVoided(requestId: string, mark: string): void {
  const list = recentSales().map(s =>
    s.requestId === requestId ? {...s, voided: mark} : s,
  );
  write(KEY_RECENT, JSON.stringify(list));
}
