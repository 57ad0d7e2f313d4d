/**
 * The counter's pinyin search over a corpus of a few thousand real-looking names,
 * 简体 and 繁體: every name must be found by its initials ("zsf"), its full pinyin
 * ("zhangsanfeng") and its full surname with the given name's initials ("zhangsf",
 * "ouyangxf"). The corpus is drawn reproducibly from the surname frequency list and the
 * given-name characters in test/fixtures/chinese-names.ts; each name's pinyin comes from
 * pinyin-pro in its surname mode (单 Shan, 区 Ou, 万俟 Moqi), a library the sidebar
 * does not use, and its 繁體 form from OpenCC (the pinyin stays the simplified name's:
 * 單雄信 is still Shan Xiongxin). The readings searched are exactly the sidebar's.
 */
import * as fs from 'node:fs';
import * as OpenCC from 'opencc-js';
import {pinyin} from 'pinyin-pro';
import {buildIndex, search} from '../../src/domain/counter/search';
import {CustomerIndex} from '../../src/domain/counter/wire';
import {seededRandom} from '../../tools/seeded-random';
import {
  COMMON_SURNAMES,
  COMPOUND_SURNAMES,
  GIVEN_CHARS,
  RARE_GIVEN_CHARS,
  REPORTED_MISSES,
  SPECIAL_SURNAMES,
} from '../fixtures/chinese-names';
import {testReadings} from './pinyin-dict';

type Group = 'common' | 'compound' | 'special' | 'rare given' | '繁體';
type Kind = 'initials' | 'full pinyin' | 'surname+initials';
const KINDS: readonly Kind[] = ['initials', 'full pinyin', 'surname+initials'];

interface Entry {
  name: string;
  group: Group;
  /** The simplified name's syllables, from pinyin-pro. */
  syllables: string[];
  /** How many of the syllables are the surname. */
  surname: number;
}

const toTaiwan = OpenCC.Converter({from: 'cn', to: 'tw'});
const toHongKong = OpenCC.Converter({from: 'cn', to: 'hk'});

const random = seededRandom(20_260_301);
const pick = <T>(xs: ArrayLike<T>): T => xs[Math.floor(random() * xs.length)];
const given = () =>
  random() < 0.3 ? pick(GIVEN_CHARS) : pick(GIVEN_CHARS) + pick(GIVEN_CHARS);

const total = COMMON_SURNAMES.reduce((s, [, share]) => s + share, 0);
function commonSurname(): string {
  let x = random() * total;
  for (const [name, share] of COMMON_SURNAMES) {
    x -= share;
    if (x < 0) return name;
  }
  return COMMON_SURNAMES[0][0];
}

function syllablesOf(name: string): string[] {
  return (
    pinyin(name, {mode: 'surname', toneType: 'none', type: 'array'}) as string[]
  ).map(s => s.replace(/ü/g, 'v'));
}

function corpus(): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  const add = (name: string, group: Group, surname: number) => {
    if (seen.has(name)) return;
    seen.add(name);
    out.push({name, group, syllables: syllablesOf(name), surname});
  };
  while (out.length < 1600) add(commonSurname() + given(), 'common', 1);
  for (let i = 0; i < 240; i++)
    add(pick(COMPOUND_SURNAMES) + given(), 'compound', 2);
  for (let i = 0; i < 240; i++)
    add(pick(SPECIAL_SURNAMES) + given(), 'special', 1);
  for (let i = 0; i < 120; i++) {
    const g =
      random() < 0.5
        ? pick(RARE_GIVEN_CHARS)
        : pick(GIVEN_CHARS) + pick(RARE_GIVEN_CHARS);
    add(commonSurname() + g, 'rare given', 1);
  }
  for (const e of [...out]) {
    const t = toTaiwan(e.name);
    if (t !== e.name && !seen.has(t)) {
      seen.add(t);
      out.push({...e, name: t, group: '繁體'});
    }
  }
  return out;
}

function queryOf(e: Entry, kind: Kind): string {
  const initials = (xs: string[]) => xs.map(s => s[0]).join('');
  switch (kind) {
    case 'initials':
      return initials(e.syllables);
    case 'full pinyin':
      return e.syllables.join('');
    case 'surname+initials':
      return (
        e.syllables.slice(0, e.surname).join('') +
        initials(e.syllables.slice(e.surname))
      );
  }
}

describe('pinyin search over a corpus of real-looking names', () => {
  const entries = corpus();
  const readings = testReadings();
  const customers: CustomerIndex = {
    ids: entries.map((_, i) => `C${String(i + 1).padStart(5, '0')}`),
    names: entries.map(e => e.name),
    phones: entries.map((_, i) => `139${String(i).padStart(8, '0')}`),
    grades: entries.map(() => ''),
    perMonth: entries.map(() => 0),
    daysSince: entries.map(() => null),
  };
  const index = buildIndex(customers, readings);
  const positionOf = new Map(entries.map((e, i) => [e, i]));
  const answers = new Map<string, Set<number>>();
  const found = (q: string, position: number): boolean => {
    let hits = answers.get(q);
    if (!hits) {
      hits = new Set(search(index, q, Infinity).hits);
      answers.set(q, hits);
    }
    return hits.has(position);
  };

  it('has at least 2,000 names in every group it reports', () => {
    expect(entries.length).toBeGreaterThanOrEqual(2000);
    const groups = new Set(entries.map(e => e.group));
    expect([...groups].sort()).toEqual(
      ['common', 'compound', 'rare given', 'special', '繁體'].sort(),
    );
  });

  it('finds every name by initials, full pinyin and surname + initials (rates per group)', () => {
    const rows: string[] = [];
    const misses: string[] = [];
    const groups: Group[] = [
      'common',
      'compound',
      'special',
      'rare given',
      '繁體',
    ];
    const tally = (es: Entry[], label: string) => {
      const cells = KINDS.map(kind => {
        let hit = 0;
        for (const e of es) {
          const q = queryOf(e, kind);
          if (found(q, positionOf.get(e)!)) hit++;
          else misses.push(`${e.name} (${e.group}) by ${kind} "${q}"`);
        }
        return `${((100 * hit) / es.length).toFixed(1)}% (${hit}/${es.length})`;
      });
      rows.push(`| ${label} | ${cells.join(' | ')} |`);
    };
    for (const g of groups)
      tally(
        entries.filter(e => e.group === g),
        g,
      );
    const before = misses.length;
    tally(entries, 'all names');
    misses.splice(before); // the "all" row repeats the groups' misses
    console.log(
      [
        `pinyin search, ${entries.length} names (hit rate):`,
        `| group | ${KINDS.join(' | ')} |`,
        '| --- | --- | --- | --- |',
        ...rows,
      ].join('\n'),
    );
    expect(misses).toEqual([]);
  });

  it('finds the names of reported misses by what staff typed', () => {
    const reported: CustomerIndex = {
      ids: REPORTED_MISSES.map((_, i) => `R${i}`),
      names: [...new Set(REPORTED_MISSES.map(([n]) => n))],
      phones: [],
      grades: [],
      perMonth: [],
      daysSince: [],
    };
    reported.ids = reported.names.map((_, i) => `R${i}`);
    reported.phones = reported.names.map(() => '');
    reported.grades = reported.names.map(() => '');
    reported.perMonth = reported.names.map(() => 0);
    reported.daysSince = reported.names.map(() => null);
    const small = buildIndex(reported, readings);
    for (const [name, typed] of REPORTED_MISSES) {
      const found = search(small, typed).hits.map(i => reported.names[i]);
      expect({typed, found}).toEqual({
        typed,
        found: expect.arrayContaining([name]),
      });
    }
  });

  it('reads every surname pinyin-pro knows in its surname reading, 简体 and 繁體', () => {
    // pinyin-pro keeps its surname list inside its bundle; it is read from there.
    const file = require.resolve('pinyin-pro');
    const src = fs.readFileSync(file, 'utf8');
    const at = src.indexOf('{"南宫":');
    if (at < 0) throw new Error(`no surname list found in ${file}`);
    const surnames = JSON.parse(
      src.slice(at, src.indexOf('}', at) + 1),
    ) as Record<string, string>;
    const toneless = (s: string) =>
      s
        .normalize('NFD')
        .replace(/u\u0308/g, 'v')
        .replace(/[\u0300-\u036f]/g, '');
    const forms = [toTaiwan, toHongKong];
    const missing: string[] = [];
    let checked = 0;
    for (const [name, spoken] of Object.entries(surnames)) {
      const syllables = toneless(spoken).split(' ');
      for (const written of new Set([name, ...forms.map(f => f(name))])) {
        checked++;
        [...written].forEach((ch, k) => {
          if (!(readings(ch) ?? []).includes(syllables[k]))
            missing.push(`${written}: ${ch} ${syllables[k]} (${readings(ch)})`);
        });
      }
    }
    console.log(
      `surnames: ${checked} written forms of ${Object.keys(surnames).length} surnames checked`,
    );
    expect(checked).toBeGreaterThan(400);
    expect(missing).toEqual([]);
  });
});
