/**
 * Pinyin readings of Chinese characters, for searching names by initials ("zs" → 张三)
 * or full pinyin. The data is pinyin-match's dictionary of common simplified characters
 * (about 50 kB, with polyphones), chosen over pinyin-pro (about 460 kB bundled) and
 * tiny-pinyin (10 kB, but it asks the browser's collation, which differs by browser and
 * knows no polyphones). pinyin-match's own matcher is not used: calling it per name is
 * about 60 ms over 20,000 customers, while the index in src/domain/counter/search.ts,
 * built from these readings once, answers in a few.
 */
import {dict} from 'pinyin-match/src/simplified_dict.js';
import type {Readings} from '../src/domain/counter/search';
import {readingsFrom} from './pinyin-readings';

let table: Map<string, string[]> | null = null;

export const readings: Readings = ch => {
  if (!table) table = readingsFrom(dict);
  return table.get(ch);
};
