/**
 * Readings per character from dictionaries laid out pinyin → characters (pinyin-match's
 * layout), with a fallback for characters no table lists. Kept apart from pinyin.ts so
 * tests build exactly what the sidebar builds.
 */
import TinyPinyin from 'tiny-pinyin';
import type {Readings} from '../src/domain/counter/search';

/**
 * ü is typed as v on Chinese keyboards (吕 lv), but people who spell names without an
 * input method write lu (passports use LYU or LU): both find it.
 */
function spellings(syllable: string): string[] {
  const v = syllable.replace(/ü/g, 'v');
  return /^[ln]v/.test(v) ? [v, v.replace('v', 'u')] : [v];
}

/** char → its readings, from any number of pinyin → characters tables. */
export function readingsFrom(
  ...dicts: ReadonlyArray<Readonly<Record<string, string>>>
): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const d of dicts) {
    for (const syllable of Object.keys(d)) {
      // The dictionaries list ü spellings (lü) next to v ones (lv); both become one.
      const typed = spellings(syllable);
      for (const ch of d[syllable]) {
        const list = m.get(ch) ?? [];
        if (list.length === 0) m.set(ch, list);
        for (const t of typed) if (!list.includes(t)) list.push(t);
      }
    }
  }
  return m;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * Readings from the tables (built on first use), and for a Chinese character none of
 * them lists, from `fallback`, asked once per character.
 */
export function tableReadings(
  tables: () => ReadonlyArray<Readonly<Record<string, string>>>,
  fallback?: (ch: string) => string[] | undefined,
): Readings {
  let table: Map<string, string[]> | null = null;
  return ch => {
    if (!table) table = readingsFrom(...tables());
    const known = table.get(ch);
    if (known || !fallback || !HAN.test(ch)) return known;
    const found = fallback(ch) ?? [];
    table.set(ch, found);
    return found.length ? found : undefined;
  };
}

let collation: boolean | null = null;

/**
 * One reading from the browser's Chinese collation (tiny-pinyin), for characters no
 * table lists; undefined where the browser has no such collation.
 */
export function collationReading(ch: string): string[] | undefined {
  if (collation === null) collation = TinyPinyin.isSupported();
  if (!collation) return undefined;
  const p = TinyPinyin.convertToPinyin(ch, '', true);
  return /^[a-z]+$/.test(p) ? [p] : undefined;
}
