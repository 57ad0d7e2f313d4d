/**
 * The keys a customer's ledger rows may be under: their id, and their phone. Rows written
 * before a customer got an id carry the phone (the counter keys an id-less customer by
 * it), and the owner may type either by hand; every balance check, the card and the void
 * count both, as the tiers do, so no place refuses what another shows.
 *
 * A sale knows only the key the counter's index gives. The phone behind an id comes from
 * a map the counter keeps in the document cache when it opens (it reads the Customers
 * tab then anyway), so a sale costs no SpreadsheetApp call for it; when the cache has
 * forgotten it, or the book is too big for it, the Customers tab is read again.
 */
import {normaliseKey} from '../../domain/keys';
import {Ledger} from '../../domain/loyalty/ledger';
import {CONTEXT_SECONDS, KeyValueCache} from '../counter-context';
import {readBookCustomers} from './tiers-read';
import {Lang} from '../../domain/i18n';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CACHE_KEY = 'shuke.ledgerAliases';
/** CacheService keeps values up to 100 KB. */
const CACHE_MAX = 90_000;

/** A customer's ledger keys, normalised, blank and repeated ones left out. */
export function ledgerKeys(...keys: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const key = normaliseKey(k);
    if (key !== '' && !out.includes(key)) out.push(key);
  }
  return out;
}

/** A customer's balance in a ledger: the sum over all their keys. */
export function balanceOver(ledger: Ledger, keys: readonly string[]): number {
  return ledger.balanceOfKeys(keys);
}

/** Id key → phone key, for customers whose phone differs from their id. */
type Aliases = Record<string, string>;

function aliasesOf(
  customers: ReadonlyArray<{id: unknown; phone: unknown}>,
): Aliases {
  const out: Aliases = Object.create(null);
  for (const c of customers) {
    const id = normaliseKey(c.id);
    const phone = normaliseKey(c.phone);
    if (id && phone && id !== phone && !(id in out)) out[id] = phone;
  }
  return out;
}

/** Keeps the map for the sales that follow (called where the book is read anyway). */
export function rememberLedgerAliases(
  cache: KeyValueCache,
  customers: ReadonlyArray<{id: unknown; phone: unknown}>,
): void {
  const json = JSON.stringify(aliasesOf(customers));
  // Bytes, not characters: a wide character is up to three of them.
  if (json.length * 3 > CACHE_MAX && utf8Bytes(json) > CACHE_MAX) return;
  try {
    cache.put(CACHE_KEY, json, CONTEXT_SECONDS);
  } catch {
    // Too big or the cache is down: a sale reads the Customers tab instead.
  }
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
  }
  return n;
}

/** The ledger keys of the customer the counter knows by `key` (id, or phone). */
export function customerLedgerKeys(
  ss: Spreadsheet,
  ctx: {lang: Lang; tz: string},
  cache: KeyValueCache | null,
  key: string,
): string[] {
  const k = normaliseKey(key);
  if (k === '') return [];
  let aliases: Aliases | null = null;
  try {
    const hit = cache?.get(CACHE_KEY);
    if (hit) aliases = JSON.parse(hit) as Aliases;
  } catch {
    // A damaged entry: the tab is the authority.
  }
  if (!aliases) {
    const book = readBookCustomers(ss, ctx.lang, ctx.tz);
    aliases = aliasesOf(book);
    if (cache) rememberLedgerAliases(cache, book);
  }
  return ledgerKeys(
    k,
    Object.prototype.hasOwnProperty.call(aliases, k) ? aliases[k] : '',
  );
}
