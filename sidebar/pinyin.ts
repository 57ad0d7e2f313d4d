/**
 * Pinyin readings of Chinese characters, for searching names by initials ("zs" → 张三)
 * or full pinyin. The data is pinyin-match's dictionary of common simplified characters
 * (about 50 kB, with polyphones: 曾 is zeng and ceng), chosen over pinyin-pro (about
 * 460 kB bundled). Characters it lacks, traditional ones above all (陳, 劉, 龍 for shops
 * in Taiwan and Hong Kong), are read by tiny-pinyin (10 kB), which asks the browser's
 * Chinese collation instead of carrying a table; it knows one reading per character.
 * pinyin-match's own matcher is not used: calling it per name takes about 60 ms over
 * 20,000 customers, while the index in src/domain/counter/search.ts, built from these
 * readings once, answers in a few.
 */
import {dict} from 'pinyin-match/src/simplified_dict.js';
import TinyPinyin from 'tiny-pinyin';
import type {Readings} from '../src/domain/counter/search';
import {readingsFrom} from './pinyin-readings';

let table: Map<string, string[]> | null = null;
let collation: boolean | null = null;

const HAN = /^\p{Script=Han}$/u;

function fromCollation(ch: string): string[] | undefined {
  if (collation === null) collation = TinyPinyin.isSupported();
  if (!collation) return undefined;
  const p = TinyPinyin.convertToPinyin(ch, '', true);
  return /^[a-z]+$/.test(p) ? [p] : undefined;
}

export const readings: Readings = ch => {
  if (!table) table = readingsFrom(dict);
  const known = table.get(ch);
  if (known || !HAN.test(ch)) return known;
  const found = fromCollation(ch) ?? [];
  table.set(ch, found);
  return found.length ? found : undefined;
};
