/**
 * The counter card's "you may also like": recommendations (domain/recommend) from the
 * Sales tab the card has already read, so they cost no SpreadsheetApp call.
 *
 * The sheet is the authority, the cache a shortcut. What the customer has bought is
 * always taken from today's read, so an item bought a minute ago is never recommended.
 * Only the model (which items go together) is kept in the document cache, because
 * building it walks every sale: it is built again when the cache has forgotten it (six
 * hours at most, CacheService's limit), when the Sales tab has lost rows, or when it has
 * grown by more than REBUILD_SHARE since (a few new sales hardly move what goes with
 * what across hundreds of customers).
 */
import {splitItems} from '../../domain/counter/items';
import {isVoid} from '../../domain/counter/void-mark';
import {normaliseKey} from '../../domain/keys';
import {
  buildModel,
  recKey,
  recommend,
  Recommendation,
  RecModel,
} from '../../domain/recommend/cooccurrence';
import {TableRow} from '../../sheets/table';
import {KeyValueCache} from '../counter-context';

export const MODEL_KEY = 'shuke.recommend.model.v1';
const MODEL_SECONDS = 21_600;
/** The model is kept while the Sales tab has grown by less than this share… */
export const REBUILD_SHARE = 0.02;
/** …or by fewer than this many rows. */
export const REBUILD_ROWS = 50;
/** CacheService refuses values over 100 KB. */
const CACHE_LIMIT = 100_000;

interface Cached {
  rows: number;
  model: RecModel;
}

/** A customer's compacted sales (Sales history): their key and the items cells. */
export interface PastItems {
  key: string;
  items: readonly string[];
}

/**
 * The model over every sale of `rows` (void rows left out) and of the compacted `past`,
 * so that folding old sales into the history changes nothing of what goes with what.
 */
export function modelOfRows(
  rows: readonly TableRow[],
  past: Iterable<PastItems> = [],
): RecModel {
  const baskets = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  const add = (who: string, cell: unknown) => {
    if (who === '') return;
    let basket = baskets.get(who);
    if (!basket) {
      basket = new Set();
      baskets.set(who, basket);
    }
    for (const item of splitItems(cell)) {
      const k = recKey(item);
      basket.add(k);
      if (!names.has(k)) names.set(k, item);
    }
  };
  // The history first, where its rows stood: the first spelling met names an item.
  for (const p of past) for (const cell of p.items) add(p.key, cell);
  for (const r of rows) {
    if (isVoid(r.raw.void)) continue;
    add(normaliseKey(r.raw.customer), r.raw.items);
  }
  return buildModel(baskets.values(), names);
}

function cachedModel(cache: KeyValueCache, rows: number): RecModel | null {
  let text: string | null = null;
  try {
    text = cache.get(MODEL_KEY);
  } catch {
    return null; // a cache that fails is a cache that forgot
  }
  if (!text) return null;
  try {
    const c = JSON.parse(text) as Cached;
    const grown = rows - c.rows;
    if (grown < 0) return null;
    if (grown > Math.max(REBUILD_ROWS, c.rows * REBUILD_SHARE)) return null;
    return c.model;
  } catch {
    return null;
  }
}

function keep(cache: KeyValueCache, rows: number, model: RecModel): void {
  const text = JSON.stringify({rows, model} satisfies Cached);
  if (text.length > CACHE_LIMIT) return;
  try {
    cache.put(MODEL_KEY, text, MODEL_SECONDS);
  } catch (e) {
    console.warn(`recommendations not cached: ${String(e)}`);
  }
}

/**
 * Up to `limit` items for the customer whose sales are `mine`, from the shop's `all`
 * sales (the same rows the card read) and everyone's compacted sales (`past`, read only
 * when the model is built). `before` is the item texts of this customer's compacted
 * sales: what they bought then is not recommended as new to them.
 */
export function cardRecommendations(
  all: readonly TableRow[] | undefined,
  mine: readonly TableRow[],
  cache: KeyValueCache,
  limit = 3,
  before: readonly string[] = [],
  past: () => Iterable<PastItems> = () => [],
): Recommendation[] {
  if (mine.length === 0 && before.length === 0) return [];
  const rows = all ?? [];
  let model = cachedModel(cache, rows.length);
  if (!model) {
    model = modelOfRows(rows, past());
    keep(cache, rows.length, model);
  }
  const bought = new Set<string>();
  for (const r of mine) {
    if (isVoid(r.raw.void)) continue;
    for (const item of splitItems(r.raw.items)) bought.add(recKey(item));
  }
  for (const text of before) {
    for (const item of splitItems(text)) bought.add(recKey(item));
  }
  return recommend(model, bought, limit);
}
