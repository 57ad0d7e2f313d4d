/**
 * "Something new": who to tell about a new item, and how.
 *
 * A fan of X is a customer who bought an item named X or containing it ("奶茶" finds
 * 珍珠奶茶 and 奶茶) or contained in it (a new 芋头奶茶 finds who buys 奶茶), or bought
 * in the category X, or whose stated preferences (the
 * Customers tab's Preferences) name it. A one-letter X matches whole names only, so "a"
 * is not in everything.
 *
 * Consent decides how, and whether (domain/privacy/consent.ts: 'email' is the Customers
 * tab's Marketing consent, 'messages' the Privacy log's latest answer). One who agreed to
 * email and gave an address is told by email; one who agreed to messages, by WeChat or
 * phone. One never asked about messages is marked to tell in person next time: a new
 * product is plainly advertising, and a message needs consent for it (广告法 Art. 43).
 * One who declined or withdrew messages, with no email consent either, is left off
 * (counted, not named).
 */
import {fill} from '../i18n';
import {ConsentStatus, mayMarket} from '../privacy/consent';
import {recKey} from './cooccurrence';

/** A customer's answers, by purpose; null when never asked. */
export interface Consent {
  email: ConsentStatus | null;
  messages: ConsentStatus | null;
}

export interface FanCandidate {
  key: string;
  name: string;
  phone: string;
  email: string;
  wechat: string;
  preferences: string;
  consent: Consent;
}

/** What a customer bought: item (or category) as written → times. */
export type Purchases = ReadonlyMap<string, number>;

export type HowKind = 'email' | 'wechat' | 'phone' | 'inPerson';

export interface Fan {
  customer: FanCandidate;
  /** Items of theirs that matched, most bought first (as written). */
  bought: string[];
  times: number;
  /** Their preference that matched, or ''. */
  likes: string;
  how: HowKind;
  /** The address, WeChat id or phone to use; '' in person. */
  contact: string;
}

export interface FanList {
  fans: Fan[];
  /** Customers left off because they declined or withdrew consent. */
  withheld: number;
}

const PREF_SPLIT = /[,，、;；/\n]+/;

function matches(target: string, candidate: string): boolean {
  if (candidate === '' || target === '') return false;
  if (candidate === target) return true;
  // Characters, not UTF-16 units: one Chinese character is one.
  if (Array.from(target).length < 2) return false;
  return candidate.includes(target);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** How to tell them; null when they may not be told. */
export function howOf(
  c: Pick<FanCandidate, 'consent' | 'email' | 'wechat' | 'phone'>,
): {how: HowKind; contact: string} | null {
  if (c.consent.email === 'agreed' && EMAIL.test(c.email))
    return {how: 'email', contact: c.email};
  if (c.consent.messages === 'agreed') {
    if (c.wechat) return {how: 'wechat', contact: c.wechat};
    if (c.phone) return {how: 'phone', contact: c.phone};
  }
  if (!mayMarket(c.consent.messages)) return null;
  return {how: 'inPerson', contact: ''};
}

/** The fans of `target` among `customers`, those who bought it most first. */
export function findFans(
  target: string,
  customers: readonly FanCandidate[],
  purchases: ReadonlyMap<string, Purchases>,
): FanList {
  const t = recKey(target);
  const out: FanList = {fans: [], withheld: 0};
  for (const c of customers) {
    const bought: Array<[string, number]> = [];
    for (const [item, n] of purchases.get(c.key) ?? new Map<string, number>()) {
      // Either way round: "Taro bubble tea" is new to everyone, and its fans are those
      // who buy Bubble tea.
      const k = recKey(item);
      if (matches(t, k) || matches(k, t)) bought.push([item, n]);
    }
    const likes =
      c.preferences
        .split(PREF_SPLIT)
        .map(s => s.trim())
        .find(p => matches(t, recKey(p)) || matches(recKey(p), t)) ?? '';
    if (bought.length === 0 && likes === '') continue;
    const how = howOf(c);
    if (!how) {
      out.withheld++;
      continue;
    }
    bought.sort((a, b) => b[1] - a[1]);
    out.fans.push({
      customer: c,
      bought: bought.map(([i]) => i),
      times: bought.reduce((a, [, n]) => a + n, 0),
      likes,
      ...how,
    });
  }
  out.fans.sort(
    (a, b) =>
      b.times - a.times ||
      (a.customer.name < b.customer.name
        ? -1
        : a.customer.name > b.customer.name
          ? 1
          : 0),
  );
  return out;
}

/** The ready-to-copy message: the template filled, everything from cells as text. */
export function fanMessage(
  template: string,
  values: {name: string; shop: string; item: string; why: string},
): string {
  return fill(template, values).trim();
}
