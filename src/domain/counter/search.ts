/**
 * Finding a customer as staff type: any part of the phone number, any part of the name,
 * the id, or the name's pinyin in any mix of full syllables and initials ("zs",
 * "zhangs", "zhangsf", "oyxf", "ouyangxf" all find 张三丰 or 欧阳小凤). The index is
 * built once when the sidebar opens; each search is one pass over plain strings and small
 * arrays, a few milliseconds over 20,000 customers, so results follow every keystroke.
 *
 * Results come best first: an exact match (the whole phone, name, id or the whole name in
 * pinyin), then a match at the start, then one inside; within each, the customers who
 * come most often and most recently first, because they are the likelier person at the
 * till ("138" must not hide the best customer behind "10 more").
 *
 * Readings of Chinese characters come from outside (the sidebar's pinyin tables), so
 * this module stays pure and testable.
 */
import {CustomerIndex} from './wire';
import {localPhone, phoneDigits} from './ids';

/** The pinyin syllables of one character, without tones; undefined for non-Han. */
export type Readings = (ch: string) => readonly string[] | undefined;

/** How a name is spelt in pinyin: per character, every reading it may have. */
export type Spelling = ReadonlyArray<readonly string[]>;

export interface SearchIndex {
  customers: CustomerIndex;
  /** Phone digits per customer, without a +86 / 0086 before a mobile number. */
  digits: string[];
  /** Name, NFKC and lower case. */
  names: string[];
  /** Id, NFKC and lower case. */
  ids: string[];
  /** Per customer the name's spelling, null when it has no Chinese character. */
  spellings: Array<Spelling | null>;
  /**
   * Per customer, as bits a–z: the first letters of every reading, and every letter of
   * every reading. A query whose first letter or any letter is missing is no match,
   * found with two integer tests before any spelling is tried.
   */
  firsts: number[];
  letters: number[];
  /**
   * Per customer their place when everyone is lined up the likeliest at the till first
   * (see `likelier`), so a search sorts its hits by one number.
   */
  place: number[];
}

function fold(s: string): string {
  return /^[\x20-\x7e]*$/.test(s)
    ? s.toLowerCase()
    : s.normalize('NFKC').toLowerCase();
}

/**
 * The spelling of a name: each Chinese character with all its readings (the surname 单
 * is shan, the word dan; every reading is kept, so no name is missed for its reading),
 * Latin letters and digits as themselves; spaces and marks such as · are skipped.
 */
export function spellingOf(name: string, readings: Readings): Spelling | null {
  const out: Array<readonly string[]> = [];
  let han = false;
  for (const ch of fold(name)) {
    const r = readings(ch);
    if (r && r.length) {
      han = true;
      out.push(r);
    } else if (/[a-z0-9]/.test(ch)) {
      out.push([ch]);
    }
  }
  return han ? out : null;
}

/** Letters a–z as bits; anything else (digits) as no bit, never a reason to refuse. */
function letterBits(s: string, firstOnly: boolean): number {
  let bits = 0;
  for (let k = 0; k < (firstOnly ? Math.min(1, s.length) : s.length); k++) {
    const c = s.charCodeAt(k) - 97;
    if (c >= 0 && c < 26) bits |= 1 << c;
  }
  return bits;
}

/** Bits per character's readings: the tables share one array per character. */
const charBits = new WeakMap<readonly string[], [number, number]>();

function bitsOf(spelling: Spelling | null): [number, number] {
  let firsts = 0;
  let letters = 0;
  for (const rs of spelling ?? []) {
    let b = charBits.get(rs);
    if (!b) {
      b = [0, 0];
      for (const r of rs) {
        b[0] |= letterBits(r, true);
        b[1] |= letterBits(r, false);
      }
      charBits.set(rs, b);
    }
    firsts |= b[0];
    letters |= b[1];
  }
  return [firsts, letters];
}

/** Pinyin matching uses a bit per query letter; longer queries are not pinyin. */
const MAX_PINYIN = 30;

/** No match, a match inside the name, one from its first character, the whole name. */
const enum Spelt {
  None = -1,
  Inside = 2,
  Start = 1,
  Whole = 0,
}

/**
 * Whether `q` spells a run of characters of the name, each by a non-empty start of one
 * of its readings: zhangsf = zhang + s + f. Positions in `q` reachable after each
 * character are kept as bits, so polyphones cost no backtracking however many readings a
 * character has. With `anywhere` false the run must begin at the first character.
 */
function spells(spelling: Spelling, q: string, anywhere: boolean): Spelt {
  const end = q.length;
  const last = spelling.length - 1;
  let reach = 1; // bit p: q[0, p) is spelt so far
  let found: Spelt = Spelt.None;
  for (let j = 0; j <= last; j++) {
    const rs = spelling[j];
    let next = 0;
    for (let bits = reach; bits !== 0; bits &= bits - 1) {
      const p = 31 - Math.clz32(bits & -bits);
      for (let k = 0; k < rs.length; k++) {
        const r = rs[k];
        const n = Math.min(r.length, end - p);
        for (let l = 0; l < n && r.charCodeAt(l) === q.charCodeAt(p + l); l++) {
          if (p + l + 1 === end) {
            if (anywhere) return Spelt.Inside;
            found = j === last ? Spelt.Whole : Spelt.Start;
          } else next |= 1 << (p + l + 1);
        }
      }
    }
    if (anywhere) next |= 1;
    else if (next === 0) return found;
    reach = next;
  }
  return found;
}

export function buildIndex(
  customers: CustomerIndex,
  readings?: Readings,
): SearchIndex {
  const index: SearchIndex = {
    customers,
    digits: [],
    names: [],
    ids: [],
    spellings: [],
    firsts: [],
    letters: [],
    place: [],
  };
  for (let i = 0; i < customers.ids.length; i++) indexOne(index, i, readings);
  placeAll(index);
  return index;
}

function indexOne(index: SearchIndex, i: number, readings?: Readings): void {
  const c = index.customers;
  const name = c.names[i] ?? '';
  const spelling = readings ? spellingOf(name, readings) : null;
  index.digits[i] = localPhone(phoneDigits(c.phones[i]));
  index.names[i] = fold(name);
  index.ids[i] = fold(c.ids[i] ?? '');
  index.spellings[i] = spelling;
  [index.firsts[i], index.letters[i]] = bitsOf(spelling);
}

export interface SearchResult {
  /** Positions in the index, best first. */
  hits: number[];
  /** How many matched in all (hits stops at the limit). */
  total: number;
}

type QueryKind = 'digits' | 'latin' | 'other';

function queryOf(q: string): {kind: QueryKind; q: string} | null {
  const s = fold(q).trim();
  if (s === '') return null;
  const compact = s.replace(/[\s()-]+/g, '');
  if (/^\+?\d+$/.test(compact))
    return {kind: 'digits', q: compact.replace('+', '')};
  if (/^[a-zü\s']+$/.test(s)) return {kind: 'latin', q: s};
  return {kind: 'other', q: s};
}

/** Exact 0, at the start 1, inside 2, no match -1. */
function textRank(hay: string, q: string): number {
  if (hay === q) return 0;
  const at = hay.indexOf(q);
  return at < 0 ? -1 : at === 0 ? 1 : 2;
}

function better(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/**
 * Staff often ask for the last four digits of the phone (手机尾号), so a phone ending
 * with at least that many typed digits ranks with a phone starting with them.
 */
const TAIL_DIGITS = 4;

function digitsRank(index: SearchIndex, i: number, q: string): number {
  const d = index.digits[i];
  let rank = textRank(d, q);
  if (rank === 0) return 0;
  if (rank === 2 && q.length >= TAIL_DIGITS && d.endsWith(q)) rank = 1;
  // Ids like 00123 and names with digits are searched too.
  return better(
    rank,
    better(textRank(index.ids[i], q), textRank(index.names[i], q)),
  );
}

function pinyinRank(
  index: SearchIndex,
  i: number,
  q: string,
  first: number,
  letters: number,
): number {
  const spelling = index.spellings[i];
  if (!spelling) return -1;
  if (!(index.firsts[i] & first) || letters & ~index.letters[i]) return -1;
  const fromStart = spells(spelling, q, false);
  if (fromStart !== Spelt.None) return fromStart;
  return spells(spelling, q, true);
}

const GRADE_ORDER = 'abcde';

/** A grade's place, best first; blank (never bought) and unknown text after E. */
function gradeRank(grade: string | undefined): number {
  const g = (grade ?? '').trim().toLowerCase();
  const at = g.length === 1 ? GRADE_ORDER.indexOf(g) : -1;
  return at >= 0 ? at : g === '' ? GRADE_ORDER.length + 1 : GRADE_ORDER.length;
}

function finite(v: unknown, none: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : none;
}

interface Likelihood {
  grade: number;
  perMonth: number;
  since: number;
  length: number;
}

function keyOf(c: CustomerIndex, i: number): Likelihood {
  return {
    grade: gradeRank(c.grades[i]),
    perMonth: finite(c.perMonth[i], 0),
    since: finite(c.daysSince[i], Infinity),
    length: (c.names[i] ?? '').length,
  };
}

/**
 * Who is likelier the person at the till: who comes more often (grade, then purchases a
 * month), then more recently (days since the last visit), then the shorter name (张三
 * before 张三丰). Negative when `a` goes first.
 */
function likelier(a: Likelihood, b: Likelihood): number {
  return (
    a.grade - b.grade ||
    b.perMonth - a.perMonth ||
    // Infinity - Infinity (neither has come) is NaN, falsy: a tie.
    a.since - b.since ||
    a.length - b.length
  );
}

function placeAll(index: SearchIndex): void {
  const c = index.customers;
  const keys = c.ids.map((_, i) => keyOf(c, i));
  const line = keys.map((_, i) => i);
  line.sort((a, b) => likelier(keys[a], keys[b]) || a - b);
  for (let k = 0; k < line.length; k++) index.place[line[k]] = k;
}

/**
 * Customers matching `query`, best first: exact matches, then matches at the start, then
 * matches inside; within each, the likelier person first (`likelier`).
 */
export function search(
  index: SearchIndex,
  query: string,
  limit = 30,
): SearchResult {
  const parsed = queryOf(query);
  if (!parsed) return {hits: [], total: 0};
  const {kind, q} = parsed;
  const squeezed = q.replace(/[\s']+/g, '').replace(/ü/g, 'v');
  const pinyin =
    kind === 'latin' && squeezed !== '' && squeezed.length <= MAX_PINYIN;
  const first = letterBits(squeezed, true);
  const letters = letterBits(squeezed, false);
  const ranked: number[][] = [[], [], []];
  const {names, ids, place} = index;
  // In book order (the arrays are read front to back), then each rank sorted by place.
  for (let i = 0; i < names.length; i++) {
    let rank: number;
    if (kind === 'digits') rank = digitsRank(index, i, q);
    else {
      rank = better(textRank(names[i], q), textRank(ids[i], q));
      if (pinyin && rank !== 0)
        rank = better(rank, pinyinRank(index, i, squeezed, first, letters));
    }
    if (rank >= 0) ranked[rank].push(i);
  }
  const total = ranked[0].length + ranked[1].length + ranked[2].length;
  const hits: number[] = [];
  // Only the ranks that reach the list shown are sorted.
  for (const r of ranked) {
    if (hits.length >= limit) break;
    r.sort((a, b) => place[a] - place[b]);
    for (let k = 0; k < r.length && hits.length < limit; k++) hits.push(r[k]);
  }
  return {hits, total};
}

/**
 * Adds one customer (one just created at the counter) to a built index. The counter
 * creates a customer with their first sale, so unless told otherwise they came today.
 */
export function addToIndex(
  index: SearchIndex,
  entry: {
    id: string;
    name: string;
    phone: string;
    grade: string;
    perMonth?: number;
    daysSince?: number | null;
  },
  readings?: Readings,
): number {
  const c = index.customers;
  const i = c.ids.length;
  c.ids.push(entry.id);
  c.names.push(entry.name);
  c.phones.push(entry.phone);
  c.grades.push(entry.grade);
  c.perMonth.push(entry.perMonth ?? 0);
  c.daysSince.push(entry.daysSince === undefined ? 0 : entry.daysSince);
  indexOne(index, i, readings);
  placeAll(index);
  return i;
}

/** A customer's figures after a sale at the counter: their place in the order moves. */
export function updateFigures(
  index: SearchIndex,
  i: number,
  figures: {grade: string; perMonth: number; daysSince: number | null},
): void {
  const c = index.customers;
  c.grades[i] = figures.grade;
  c.perMonth[i] = figures.perMonth;
  c.daysSince[i] = figures.daysSince;
  placeAll(index);
}
