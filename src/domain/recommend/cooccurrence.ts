/**
 * "Customers who buy what you buy also buy…": recommendations by item co-occurrence.
 *
 * Each customer's basket is the set of items they have ever bought (voided sales left
 * out; an item bought ten times counts once, so a daily regular does not outweigh
 * everyone else). Two items go together as often as there are customers who bought
 * both, measured against how popular each is on its own (the cosine:
 * together / √(customers of one × customers of the other)), so a best seller everybody
 * buys does not go with everything. Pairs that fewer than MIN_TOGETHER customers share
 * are chance and dropped.
 *
 * For one customer, every item they have not bought scores the sum of how well it goes
 * with each item they have bought; the few best are recommended, each with the item of
 * theirs it goes with best (the "because"). A customer who never bought anything, or
 * whose items go with nothing, gets no recommendations rather than the best sellers:
 * those are on the sale form already.
 *
 * The model (items and their best neighbours) is small, whatever the number of sales:
 * at most MAX_ITEMS items with MAX_NEIGHBOURS each, so it can be kept in the cache.
 */

/** Items beyond this many (by customers who bought them) are left out of the model. */
export const MAX_ITEMS = 400;
export const MAX_NEIGHBOURS = 12;
export const MIN_TOGETHER = 2;
/** A basket this big (a staff account, a party buyer) says little about taste. */
export const MAX_BASKET = 60;

export interface RecModel {
  /** The items as first written, by index. */
  names: string[];
  /** Each item's best neighbours: [index, cosine × 1000, rounded]. */
  neighbours: Array<Array<[number, number]>>;
}

export interface Recommendation {
  item: string;
  /** The customer's own item it goes with best. */
  because: string;
  /** 0–1000 and up: the sum of cosines × 1000. */
  score: number;
}

/** Items compare without case, width or surrounding spaces. */
export function recKey(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase();
}

/**
 * Builds the model from baskets: for each customer, the items they bought (keys from
 * recKey, with a display name for each key in `names`).
 */
export function buildModel(
  baskets: Iterable<ReadonlySet<string>>,
  names: ReadonlyMap<string, string>,
): RecModel {
  const all = [...baskets].filter(b => b.size > 0);
  const popularity = new Map<string, number>();
  for (const b of all)
    for (const k of b) popularity.set(k, (popularity.get(k) ?? 0) + 1);
  const kept = [...popularity]
    .filter(([, n]) => n >= MIN_TOGETHER)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_ITEMS);
  const index = new Map(kept.map(([k], i) => [k, i]));
  const m = kept.length;
  const together = new Uint32Array(m * m);
  const idx: number[] = [];
  for (const b of all) {
    if (b.size < 2 || b.size > MAX_BASKET) continue;
    idx.length = 0;
    for (const k of b) {
      const i = index.get(k);
      if (i !== undefined) idx.push(i);
    }
    for (let x = 0; x < idx.length; x++) {
      const row = idx[x] * m;
      for (let y = 0; y < idx.length; y++)
        if (x !== y) together[row + idx[y]]++;
    }
  }
  const neighbours: Array<Array<[number, number]>> = [];
  for (let i = 0; i < m; i++) {
    const list: Array<[number, number]> = [];
    for (let j = 0; j < m; j++) {
      const c = together[i * m + j];
      if (c < MIN_TOGETHER) continue;
      const cos = c / Math.sqrt(kept[i][1] * kept[j][1]);
      list.push([j, Math.round(cos * 1000)]);
    }
    list.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    neighbours.push(list.slice(0, MAX_NEIGHBOURS));
  }
  return {names: kept.map(([k]) => names.get(k) ?? k), neighbours};
}

/** The best few items for a customer who bought `bought` (keys from recKey). */
export function recommend(
  model: RecModel,
  bought: ReadonlySet<string>,
  limit = 3,
): Recommendation[] {
  const index = new Map(model.names.map((n, i) => [recKey(n), i]));
  const mine: number[] = [];
  for (const k of bought) {
    const i = index.get(k);
    if (i !== undefined) mine.push(i);
  }
  const score = new Map<number, {sum: number; best: number; from: number}>();
  for (const i of mine) {
    for (const [j, s] of model.neighbours[i] ?? []) {
      if (bought.has(recKey(model.names[j]))) continue;
      const e = score.get(j) ?? {sum: 0, best: -1, from: i};
      e.sum += s;
      if (s > e.best) {
        e.best = s;
        e.from = i;
      }
      score.set(j, e);
    }
  }
  return [...score]
    .sort((a, b) => b[1].sum - a[1].sum || a[0] - b[0])
    .slice(0, Math.max(0, limit))
    .map(([j, e]) => ({
      item: model.names[j],
      because: model.names[e.from],
      score: e.sum,
    }));
}
