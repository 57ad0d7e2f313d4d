/**
 * The keys a customer's ledger rows may be under: their id, and their phone. Rows written
 * before a customer got an id carry the phone (the counter keys an id-less customer by
 * it), and the owner may type either by hand; every balance check, the card and the void
 * count both, as the tiers do, so no place refuses what another shows.
 *
 * A sale knows only the key the counter's index gives. The phone behind an id comes from
 * a map the counter keeps in the document cache when it opens (it reads the Customers
 * tab then anyway), so a sale costs no SpreadsheetApp call for it; when the cache has
 * forgotten any part of it, the Customers tab is read again.
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
/** About 80,000 customers of map; a bigger book reads its Customers tab at each sale. */
const MAX_PARTS = 20;

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

/**
 * Keeps the map for the sales that follow (called where the book is read anyway). A
 * value holds at most 100 KB, about 4,000 customers of map, so a bigger map goes in
 * parts under one generation's keys; the list of parts is put last, so a reader finds
 * either a whole map or none (and then reads the tab).
 */
export function rememberLedgerAliases(
  cache: KeyValueCache,
  customers: ReadonlyArray<{id: unknown; phone: unknown}>,
): void {
  const parts: string[] = [];
  let part: Aliases = Object.create(null);
  let bytes = 2;
  for (const [id, phone] of Object.entries(aliasesOf(customers))) {
    const entry = utf8Bytes(JSON.stringify(id) + JSON.stringify(phone)) + 2;
    if (bytes + entry > CACHE_MAX) {
      parts.push(JSON.stringify(part));
      part = Object.create(null);
      bytes = 2;
    }
    part[id] = phone;
    bytes += entry;
  }
  parts.push(JSON.stringify(part));
  if (parts.length > MAX_PARTS) return;
  const generation = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  try {
    parts.forEach((p, i) =>
      cache.put(`${CACHE_KEY}.${generation}.${i}`, p, CONTEXT_SECONDS),
    );
    cache.put(
      CACHE_KEY,
      JSON.stringify({generation, parts: parts.length}),
      CONTEXT_SECONDS,
    );
  } catch {
    // Too big or the cache is down: a sale reads the Customers tab instead.
  }
}

/** The whole map from the cache, or null when any part of it is gone. */
function cachedAliases(cache: KeyValueCache): Aliases | null {
  const head = cache.get(CACHE_KEY);
  if (!head) return null;
  const {generation, parts} = JSON.parse(head) as {
    generation: string;
    parts: number;
  };
  const out: Aliases = Object.create(null);
  for (let i = 0; i < parts; i++) {
    const p = cache.get(`${CACHE_KEY}.${generation}.${i}`);
    if (!p) return null; // forgotten: caches keep what they like
    Object.assign(out, JSON.parse(p) as Aliases);
  }
  return out;
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
    if (cache) aliases = cachedAliases(cache);
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
