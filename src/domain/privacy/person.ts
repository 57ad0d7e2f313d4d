/**
 * Who a customer is, as cells can show it: their key (id or phone) in a key column, and
 * their phone, email, WeChat ID, id or name mentioned inside any text. Export and erasure
 * find "everything about this customer" with these rules, over every tab, so tabs added
 * later (ledgers, promotions, the owner's own) are covered without a list to keep.
 */
import {phoneKey} from '../import/cells';
import {normaliseKey} from '../keys';

export interface Person {
  id: string;
  phone: string;
  name: string;
  email: string;
  wechat: string;
}

export interface Identity {
  readonly person: Person;
  readonly keys: ReadonlySet<string>;
  /**
   * The phone as the import compares phones (phoneKey: no trunk 0, no country code of
   * the region; '' when under 7 digits: too short to look for).
   */
  readonly phone: string;
  /** Patterns of the strong identifiers: phone, email, WeChat ID, id. */
  readonly strong: readonly RegExp[];
  /** The name's pattern; null when too short to tell from ordinary text. */
  readonly name: RegExp | null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Letters and digits: an ASCII token must stand alone ("Li" is not inside "Lisa"). */
function token(s: string): string {
  const e = escape(s);
  return /^[\x20-\x7e]+$/.test(s) ? `(?<![A-Za-z0-9])${e}(?![A-Za-z0-9])` : e;
}

/**
 * A phone's key digits in every writing the import would match to them: separators
 * people type (0933-100-105), a country code of the region before them (+86, +886,
 * 00852…), the trunk 0, or none (the number cell Sheets made of 0933100105).
 */
function phonePattern(digits: string): RegExp {
  const body = digits.split('').join('[\\s\\-.()]*');
  const code = '(?:(?:\\+|00)?(?:886|852|853|86|65|60)[\\s\\-]*)?';
  return new RegExp(`(?<!\\d)${code}(?:0[\\s\\-]*)?${body}(?!\\d)`, 'g');
}

export function identityOf(p: Person): Identity {
  const keys = new Set<string>();
  for (const k of [p.id, p.phone]) {
    const n = normaliseKey(k);
    if (n) keys.add(n);
  }
  const digits = phoneKey(p.phone);
  const phone = digits.length >= 7 ? digits : '';
  const strong: RegExp[] = [];
  if (phone) strong.push(phonePattern(phone));
  const email = p.email.trim();
  if (email.length >= 3) strong.push(new RegExp(escape(email), 'gi'));
  const wechat = p.wechat.trim();
  if (wechat.length >= 3) strong.push(new RegExp(token(wechat), 'gi'));
  const id = p.id.trim();
  if (id.length >= 3 && normaliseKey(id) !== normaliseKey(p.phone)) {
    strong.push(new RegExp(token(id), 'gi'));
  }
  const n = p.name.trim();
  // One CJK character or two Latin letters would match half the book.
  const longEnough = /^[\x20-\x7e]+$/.test(n) ? n.length >= 3 : n.length >= 2;
  const name = longEnough ? new RegExp(token(n), 'gi') : null;
  return {person: p, keys, phone, strong, name};
}

/** A key column's cell names this customer (by id, by phone, with or without +86). */
export function isTheirKey(v: unknown, who: Identity): boolean {
  const k = normaliseKey(v);
  if (k === '') return false;
  if (who.keys.has(k)) return true;
  return who.phone !== '' && phoneKey(v) === who.phone;
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** The text carries a phone, email, WeChat ID or id of theirs. */
export function mentionsStrongly(text: string, who: Identity): boolean {
  if (text === '') return false;
  return who.strong.some(re => test(re, text));
}

/** The text carries anything of theirs; the name only when `withName`. */
export function mentions(
  text: string,
  who: Identity,
  withName: boolean,
): boolean {
  if (mentionsStrongly(text, who)) return true;
  return withName && who.name !== null && test(who.name, text);
}

export const MASK = '***';

/** The text with every mention of theirs replaced by ***. */
export function scrub(text: string, who: Identity, withName: boolean): string {
  let out = text;
  for (const re of who.strong) out = out.replace(re, MASK);
  if (withName && who.name) out = out.replace(who.name, MASK);
  return out;
}
