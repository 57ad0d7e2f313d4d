/**
 * Referrals: the Customers tab's "Referred by" cell names who brought a customer, by
 * their customer id or their phone, typed any way the book's keys are (a phone as a
 * number, full-width digits, +86: domain/keys.ts, counter/ids.ts samePhone).
 *
 * A link is refused, and said, when it can't be one person bringing another: a name that
 * is no one on the book, a value that fits several customers, a customer who referred
 * themselves, or a loop (A brought B and B brought A), since someone can't be brought by
 * a person they brought. Refused links earn nothing.
 *
 * The referrer is rewarded once, when the customer they brought first buys: the ledger
 * row's ref is `referral:<the referred customer's key>`, so however often the daily run
 * runs (or is killed and runs again), the ledger holds at most one such row.
 */
import {Lang, t} from '../i18n';
import {normaliseKey} from '../keys';
import {localPhone, phoneDigits} from '../counter/ids';
import {REFERRAL_TEXTS} from './tiers-texts';

export interface ReferralCustomer {
  /** The customer's key: the id, or the phone when there is no id. */
  key: string;
  id: unknown;
  phone: unknown;
  name: string;
  referredBy: unknown;
}

export interface ReferralLink {
  referred: string;
  referredName: string;
  referrer: string;
  referrerName: string;
}

export interface ReferralProblem {
  customer: string;
  kind: keyof typeof REFERRAL_TEXTS.problem;
  message: string;
}

export interface Referrals {
  links: ReferralLink[];
  problems: ReferralProblem[];
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' && Number.isFinite(v)
    ? normaliseKey(v)
    : String(v).normalize('NFKC').trim();
}

export function readReferrals(
  customers: readonly ReferralCustomer[],
  lang: Lang,
): Referrals {
  const byId = new Map<string, Set<string>>();
  const byPhone = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  const add = (m: Map<string, Set<string>>, k: string, key: string) => {
    if (!k) return;
    const s = m.get(k) ?? new Set<string>();
    s.add(key);
    m.set(k, s);
  };
  for (const c of customers) {
    if (!c.key) continue;
    if (!names.has(c.key)) names.set(c.key, c.name || c.key);
    add(byId, normaliseKey(c.id), c.key);
    add(byId, c.key, c.key);
    const digits = localPhone(phoneDigits(c.phone));
    if (digits.length >= 5) add(byPhone, digits, c.key);
  }
  const problems: ReferralProblem[] = [];
  const refer = new Map<string, string>();
  const said = (
    c: {key: string; name: string},
    kind: ReferralProblem['kind'],
    value: unknown,
    chain = '',
  ) =>
    problems.push({
      customer: c.key,
      kind,
      message: t(REFERRAL_TEXTS.problem[kind], lang, {
        name: c.name || c.key,
        value: cellText(value),
        chain,
      }),
    });
  for (const c of customers) {
    if (!c.key || refer.has(c.key)) continue;
    const raw = c.referredBy;
    const k = normaliseKey(raw);
    if (!k) continue;
    let found = byId.get(k);
    if (!found) {
      const digits = localPhone(phoneDigits(raw));
      // Only a value that is a phone number, not an id with digits in it ("C00012").
      if (digits.length >= 5 && /^[+\d\s()-]+$/.test(cellText(raw))) {
        found = byPhone.get(digits);
      }
    }
    if (!found || found.size === 0) {
      said(c, 'unknown', raw);
      continue;
    }
    if (found.size > 1) {
      said(c, 'ambiguous', raw);
      continue;
    }
    const referrer = [...found][0];
    if (referrer === c.key) {
      said(c, 'self', raw);
      continue;
    }
    refer.set(c.key, referrer);
  }
  // Loops: following who brought whom comes back to where it started.
  const onLoop = new Set<string>();
  for (const start of refer.keys()) {
    const path: string[] = [start];
    let at = refer.get(start);
    while (
      at !== undefined &&
      !path.includes(at) &&
      path.length <= refer.size
    ) {
      path.push(at);
      at = refer.get(at);
    }
    if (at === start) {
      onLoop.add(start);
      const chain = [...path, start].map(k => names.get(k) ?? k).join(' → ');
      const c = customers.find(x => x.key === start);
      if (c) said(c, 'loop', c.referredBy, chain);
    }
  }
  const links: ReferralLink[] = [];
  for (const [referred, referrer] of refer) {
    if (onLoop.has(referred)) continue;
    links.push({
      referred,
      referredName: names.get(referred) ?? referred,
      referrer,
      referrerName: names.get(referrer) ?? referrer,
    });
  }
  return {links, problems};
}

export function referralRef(referredKey: string): string {
  return `referral:${referredKey}`;
}

export interface ReferralReward {
  link: ReferralLink;
  points: number;
  ref: string;
  /** The referred customer's first purchase. */
  firstPurchase: number;
}

/**
 * The rewards due: links whose referred customer has bought, first within the last
 * `lookbackDays` (so turning the rule on does not pay for years of old referrals at
 * once, while a sale typed in by hand a few days late still counts), and whose ref the
 * ledger does not hold yet.
 */
export function referralRewardsDue(
  links: readonly ReferralLink[],
  firstPurchase: (key: string) => number | null,
  refsPresent: (ref: string) => boolean,
  rule: {points: number; today: number; lookbackDays: number},
): ReferralReward[] {
  const points = Math.floor(rule.points);
  if (!(points > 0)) return [];
  const out: ReferralReward[] = [];
  for (const link of links) {
    const first = firstPurchase(link.referred);
    if (first === null || first > rule.today) continue;
    if (rule.today - first >= rule.lookbackDays) continue;
    const ref = referralRef(link.referred);
    if (refsPresent(ref)) continue;
    out.push({link, points, ref, firstPurchase: first});
  }
  return out;
}
