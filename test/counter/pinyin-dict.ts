/**
 * The sidebar's pinyin readings for tests: pinyin-match's dictionaries are ES modules,
 * which jest does not load from node_modules, so their data is read from the files.
 */
import * as fs from 'node:fs';
import {collationReading, tableReadings} from '../../sidebar/pinyin-readings';
import {surnameReadings} from '../../sidebar/pinyin-surnames';
import {traditional} from '../../sidebar/pinyin-traditional';
import type {Readings} from '../../src/domain/counter/search';

/** One of pinyin-match's tables: pinyin syllable → the characters read that way. */
export function pinyinMatchDict(
  which: 'simplified' | 'traditional',
): Record<string, string> {
  const file = require.resolve(`pinyin-match/src/${which}_dict.js`);
  const src = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const json = new RegExp(`var ${which} = (\\{[\\s\\S]*?\\});`).exec(src);
  if (!json) throw new Error(`unexpected layout of ${file}`);
  return JSON.parse(json[1]) as Record<string, string>;
}

/** Exactly what sidebar/pinyin.ts builds, collation fallback included. */
export function testReadings(): Readings {
  return tableReadings(
    () => [pinyinMatchDict('simplified'), traditional, surnameReadings],
    collationReading,
  );
}

/** The tables alone, without the collation fallback. */
export function tableOnlyReadings(): Readings {
  return tableReadings(() => [
    pinyinMatchDict('simplified'),
    traditional,
    surnameReadings,
  ]);
}
