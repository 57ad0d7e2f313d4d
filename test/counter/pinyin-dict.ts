/** pinyin-match's dictionary for tests: jest doesn't load ES modules from node_modules. */
import * as fs from 'node:fs';
import {readingsFrom} from '../../sidebar/pinyin-readings';
import type {Readings} from '../../src/domain/counter/search';

export function testReadings(): Readings {
  const file = require.resolve('pinyin-match/src/simplified_dict.js');
  const src = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const json = /var simplified = (\{[\s\S]*?\});/.exec(src);
  if (!json) throw new Error('unexpected dictionary layout');
  const table = readingsFrom(JSON.parse(json[1]) as Record<string, string>);
  return ch => table.get(ch);
}
