/**
 * Finding a customer as staff type: any part of the phone number, any part of the name,
 * or the name's pinyin ("zs" or "zhangs" finds 张三). The index is built once when the
 * sidebar opens; each search is a scan of plain strings with `includes`, a few
 * milliseconds over 20,000 customers, so results follow every keystroke.
 *
 * Readings of Chinese characters come from outside (the sidebar's pinyin dictionary), so
 * this module stays pure and testable.
 */
import {CustomerIndex} from './wire';
import {phoneDigits} from './ids';

/** The pinyin syllables of one character, without tones; undefined for non-Han. */
export type Readings = (ch: string) => readonly string[] | undefined;

export interface SearchIndex {
  customers: CustomerIndex;
  /** Phone digits per customer. */
  digits: string[];
  /** Name and id, NFKC and lower case. */
  text: string[];
  /** Pinyin forms, each as initials and as full syllables, joined by \u0001. */
  pinyin: string[];
}

/** At most this many readings of a polyphonic name are kept (单 is dan or shan). */
const MAX_VARIANTS = 4;

function fold(s: string): string {
  return /^[\x20-\x7e]*$/.test(s)
    ? s.toLowerCase()
    : s.normalize('NFKC').toLowerCase();
}

/** The pinyin forms of a name: initials and full syllables of each reading. */
export function pinyinForms(name: string, readings: Readings): string[] {
  let variants: Array<{initials: string; full: string}> = [
    {initials: '', full: ''},
  ];
  let han = false;
  for (const ch of fold(name)) {
    const r = readings(ch);
    if (r && r.length) {
      han = true;
      const next: typeof variants = [];
      for (const v of variants) {
        for (const syllable of r) {
          if (next.length >= MAX_VARIANTS) break;
          next.push({
            initials: v.initials + syllable[0],
            full: v.full + syllable,
          });
        }
      }
      variants = next;
    } else if (/[a-z0-9]/.test(ch)) {
      variants = variants.map(v => ({
        initials: v.initials + ch,
        full: v.full + ch,
      }));
    }
  }
  if (!han) return [];
  const out = new Set<string>();
  for (const v of variants) {
    out.add(v.initials);
    out.add(v.full);
  }
  return [...out];
}

export function buildIndex(
  customers: CustomerIndex,
  readings?: Readings,
): SearchIndex {
  const n = customers.ids.length;
  const digits = new Array<string>(n);
  const text = new Array<string>(n);
  const pinyin = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const name = customers.names[i] ?? '';
    digits[i] = phoneDigits(customers.phones[i]);
    text[i] = `${fold(name)}\u0001${fold(customers.ids[i] ?? '')}`;
    pinyin[i] = readings ? pinyinForms(name, readings).join('\u0001') : '';
  }
  return {customers, digits, text, pinyin};
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
  if (/^[a-z\s']+$/.test(s)) return {kind: 'latin', q: s};
  return {kind: 'other', q: s};
}

/**
 * Customers matching `query`, best first: a match at the start of the phone, name or
 * pinyin before one inside it, then shorter names (the likelier person) first.
 */
export function search(
  index: SearchIndex,
  query: string,
  limit = 30,
): SearchResult {
  const parsed = queryOf(query);
  if (!parsed) return {hits: [], total: 0};
  const {kind, q} = parsed;
  const squeezed = q.replace(/[\s']+/g, '');
  const scored: Array<{i: number; score: number}> = [];
  const {digits, text, pinyin} = index;
  const n = digits.length;
  for (let i = 0; i < n; i++) {
    let score = -1;
    if (kind === 'digits') {
      const at = digits[i].indexOf(q);
      if (at >= 0) score = at === 0 ? 1 : 3;
      else {
        // Ids like 00123 and names with digits are searched too.
        const t = text[i].indexOf(q);
        if (t >= 0) score = t === 0 ? 2 : 4;
      }
    } else {
      const t = text[i].indexOf(q);
      if (t >= 0) score = t === 0 ? 0 : 2;
      if (kind === 'latin' && squeezed && pinyin[i]) {
        const p = pinyin[i].indexOf(squeezed);
        if (p >= 0) {
          const start = p === 0 || pinyin[i][p - 1] === '\u0001';
          const ps = start ? 1 : 3;
          if (score < 0 || ps < score) score = ps;
        }
      }
    }
    if (score >= 0) scored.push({i, score});
  }
  const names = index.customers.names;
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      (names[a.i]?.length ?? 0) - (names[b.i]?.length ?? 0) ||
      a.i - b.i,
  );
  return {
    hits: scored.slice(0, limit).map(s => s.i),
    total: scored.length,
  };
}

/** Adds one customer (one just created at the counter) to a built index. */
export function addToIndex(
  index: SearchIndex,
  entry: {id: string; name: string; phone: string; grade: string},
  readings?: Readings,
): number {
  const c = index.customers;
  c.ids.push(entry.id);
  c.names.push(entry.name);
  c.phones.push(entry.phone);
  c.grades.push(entry.grade);
  index.digits.push(phoneDigits(entry.phone));
  index.text.push(`${fold(entry.name)}\u0001${fold(entry.id)}`);
  index.pinyin.push(
    readings ? pinyinForms(entry.name, readings).join('\u0001') : '',
  );
  return c.ids.length - 1;
}
