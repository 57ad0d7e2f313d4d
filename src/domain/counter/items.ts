/**
 * Items as staff type them into one cell: "奶茶, 蛋挞×2、薯片". Counting items means
 * splitting on the separators people use and dropping a quantity suffix, so "蛋挞×2" and
 * "蛋挞" are one item. A slash is part of a name ("大/小杯奶茶", "1/2打蛋挞"), not a
 * separator.
 */

import {Lang} from '../i18n';

const SEPARATORS = /[,，、;；\n|+＋]+/;
const QUANTITY =
  /\s*(?:[x×*＊]\s*(\d+)|(\d+)\s*(?:个|個|件|份|杯|盒|包|瓶|袋|斤|只|隻|x|×))\s*$/i;
/** The separators as a capture group: splitting keeps them, so text is rebuilt as typed. */
const KEEP_SEPARATORS = /([,，、;；\n|+＋]+)/;

function itemKey(item: string): string {
  return item.normalize('NFKC').trim().toLowerCase();
}

/** One typed entry as its name and how many: "蛋挞×2" → 蛋挞, 2. */
function entryOf(part: string): {name: string; count: number} {
  const m = QUANTITY.exec(part);
  const count = m ? Number(m[1] ?? m[2]) : 1;
  return {name: part.replace(QUANTITY, '').trim(), count};
}

/**
 * The separator a tapped item is added with, in the book's language: the cell is the
 * book's, and a 顿号 has no place in an English book ("Bubble tea ×2, Iced tea"). Reading
 * takes every separator whatever the book's language.
 */
export function itemSeparator(bookLang: Lang): string {
  return bookLang === 'en' ? ', ' : '、';
}

/**
 * The items text after one more `item` is tapped: an item already there counts up
 * ("冰红茶" → "冰红茶 ×2"), a new one is added after what was typed, with the
 * separator of the book's language.
 */
export function addItem(text: string, item: string, bookLang: Lang): string {
  const parts = text.trimEnd().split(KEEP_SEPARATORS);
  const key = itemKey(item);
  for (let i = 0; i < parts.length; i += 2) {
    const e = entryOf(parts[i]);
    if (e.name === '' || itemKey(e.name) !== key) continue;
    const lead = /^\s*/.exec(parts[i])?.[0] ?? '';
    parts[i] = `${lead}${e.name} ×${e.count + 1}`;
    return parts.join('');
  }
  const now = text.trim();
  return now ? `${now}${itemSeparator(bookLang)}${item}` : item;
}

/** How many things a sale's items text names: "冰红茶 ×2、蛋挞" is 3; blank is 0. */
export function quantityOf(text: string): number {
  let n = 0;
  for (const part of text.split(SEPARATORS)) {
    const e = entryOf(part);
    if (e.name !== '' || e.count !== 1) n += e.count;
  }
  return n;
}

/**
 * The items a sale's text names with how many of each ("冰红茶 ×2、蛋挞" → 冰红茶 2, 蛋挞 1),
 * each with the key that groups spellings (case, full width).
 */
export function itemEntries(
  text: unknown,
): Array<{item: string; key: string; count: number}> {
  if (typeof text !== 'string' && typeof text !== 'number') return [];
  const out: Array<{item: string; key: string; count: number}> = [];
  for (const part of String(text).split(SEPARATORS)) {
    const e = entryOf(part);
    if (e.name === '' || e.name.length > 60 || e.count < 1) continue;
    out.push({item: e.name, key: itemKey(e.name), count: e.count});
  }
  return out;
}

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
      const key = itemKey(item);
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
