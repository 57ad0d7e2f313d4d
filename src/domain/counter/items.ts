/**
 * Items as staff type them into one cell: "奶茶, 蛋挞×2、薯片". Counting items means
 * splitting on the separators people use and dropping a quantity suffix, so "蛋挞×2" and
 * "蛋挞" are one item.
 */

const SEPARATORS = /[,，、;；\n/|+＋]+/;
const QUANTITY =
  /\s*(?:[x×*＊]\s*\d+|\d+\s*(?:个|個|件|份|杯|盒|包|瓶|袋|斤|只|隻|x|×))\s*$/i;

export function splitItems(text: unknown): string[] {
  if (typeof text !== 'string' && typeof text !== 'number') return [];
  return String(text)
    .split(SEPARATORS)
    .map(s => s.replace(QUANTITY, '').trim())
    .filter(s => s !== '' && s.length <= 60);
}

/** Items by how many sales name them, most first; ties in first-seen order. */
export function topItems(
  cells: Iterable<unknown>,
  limit: number,
): Array<{item: string; count: number}> {
  const counts = new Map<string, {item: string; count: number; at: number}>();
  let at = 0;
  for (const cell of cells) {
    const seen = new Set<string>();
    for (const item of splitItems(cell)) {
      const key = item.normalize('NFKC').toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, {item, count: 1, at: at++});
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.at - b.at)
    .slice(0, Math.max(0, limit))
    .map(({item, count}) => ({item, count}));
}
