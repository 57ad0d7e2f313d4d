/**
 * Pinyin readings of Chinese characters, for searching names by initials ("zs" → 张三),
 * full pinyin or a mix ("zhangsf"). Every reading of the tables below counts:
 *
 * - pinyin-match's dictionary of the 6,768 common simplified characters with all their
 *   readings (单 is dan, shan and chan; 万 is wan and mo, as in 万俟), about 26 kB;
 * - pinyin-traditional.ts: the traditional forms of those characters (陳, 錢, 強, 單,
 *   歐陽) with their readings, about 14 kB, generated from pinyin-match's larger
 *   traditional dictionary (87 kB, too big to ship whole) and OpenCC's character tables;
 * - pinyin-surnames.ts: the few surname readings both lack (褚 Chu);
 * - and only for a Chinese character no table lists (rare given-name characters 喆, 堃),
 *   tiny-pinyin, which asks the browser's Chinese collation instead of carrying a table
 *   and knows one reading per character. It misreads some characters (強 and 錢 as
 *   qie), which is why the tables come first.
 *
 * pinyin-pro (about 460 kB bundled) was not taken for its size. pinyin-match's own
 * matcher is not used either: calling it per name takes about 60 ms over 20,000
 * customers, while the index in src/domain/counter/search.ts answers in a few.
 */
import {dict} from 'pinyin-match/src/simplified_dict.js';
import type {Readings} from '../src/domain/counter/search';
import {collationReading, tableReadings} from './pinyin-readings';
import {surnameReadings} from './pinyin-surnames';
import {traditional} from './pinyin-traditional';

export const readings: Readings = tableReadings(
  () => [dict, traditional, surnameReadings],
  collationReading,
);
