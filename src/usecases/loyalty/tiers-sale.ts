/**
 * A tier's perks at the sale: the discount and double points of the customer's tier.
 *
 * The discount: staff type the till's price and the form shows the tier's discount
 * before saving (a box, ticked, to leave it off). The Sales tab's Amount is what was
 * paid after it, so spend, grades and points count money that changed hands, and the
 * Note says what was taken off and from what ("金卡 10% 折扣：原价 18，优惠 1.80"), so
 * the row explains itself to the owner. The server applies the tier it finds, not the
 * one the sidebar showed: a card opened before the morning's run can't grant a
 * discount the customer lost.
 *
 * Cost: the tier of every customer comes from the Tiers tab and the whole Tier log; the
 * first sale of a half hour reads them and keeps the result in the document cache
 * (CONTEXT_SECONDS, as the counter keeps Settings), so a sale usually adds no
 * SpreadsheetApp call. A cache that forgets only means reading the tabs again.
 */
import {dayNumber, dayToIso} from '../../domain/dates';
import {Lang, t} from '../../domain/i18n';
import {normaliseKey} from '../../domain/keys';
import {isDoubleDay} from '../../domain/loyalty/tiers-days';
import {discounted} from '../../domain/loyalty/tiers-card';
import {currentTier, foldTierLog} from '../../domain/loyalty/tiers-moves';
import {TIER_TEXTS} from '../../domain/loyalty/tiers-texts';
import {
  CONTEXT_SECONDS,
  CounterContext,
  KeyValueCache,
} from '../counter-context';
import {openTierLog, readTierTable} from './tiers-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface TierToday {
  name: string;
  discount: number;
  double: boolean;
}

/** What the cache keeps for a day: the tiers, and the tier of each customer not in the entry one. */
interface TiersOfDay {
  tiers: TierToday[];
  /** Index into `tiers` of the entry tier, -1 when none. */
  entry: number;
  /** Customer key → index into `tiers`. */
  of: Record<string, number>;
}

const CACHE_PREFIX = 'shuke.tiers.';
/** CacheService keeps values up to 100 KB: a larger book is read each time. */
const CACHE_MAX = 90_000;

function tiersOfDay(
  ss: Spreadsheet,
  ctx: Pick<CounterContext, 'lang' | 'tz'>,
  day: number,
  cache: KeyValueCache,
): TiersOfDay {
  const key = CACHE_PREFIX + dayToIso(day);
  try {
    const hit = cache.get(key);
    if (hit) return JSON.parse(hit) as TiersOfDay;
  } catch {
    // A cache that fails or holds a damaged entry: the tabs are the authority.
  }
  const table = readTierTable(ss, ctx.lang, ctx.tz);
  const tierDefs = table?.tiers ?? [];
  // A shop without tiers is remembered too: its sales then cost no call for them.
  const log = tierDefs.length ? openTierLog(ss, ctx.lang, ctx.tz) : null;
  const entry = currentTier(tierDefs, undefined);
  const out: TiersOfDay = {
    tiers: tierDefs.map(x => ({
      name: x.name,
      discount: x.discount,
      double: isDoubleDay(x.doubleDays, day),
    })),
    entry: entry ? entry.rank : -1,
    of: Object.create(null),
  };
  for (const [customer, state] of foldTierLog(log?.rows ?? [])) {
    const tier = currentTier(tierDefs, state);
    const rank = tier ? tier.rank : -1;
    if (rank !== out.entry) out.of[customer] = rank;
  }
  const json = JSON.stringify(out);
  if (utf8Bytes(json) <= CACHE_MAX) {
    try {
      cache.put(key, json, CONTEXT_SECONDS);
    } catch {
      // Too big or the cache is down: the next sale reads the tabs again.
    }
  }
  return out;
}

/** CacheService's limit counts bytes: a Chinese character is three of them. */
function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
  }
  return n;
}

export interface SaleTier {
  /** What the sale's amount is after the discount (the typed amount when none). */
  amount: number;
  /** Points multiplier today: 2 on the tier's double points days. */
  multiplier: number;
  /** The note to write: the typed note with the discount said after it. */
  note: string;
  /** The discount taken off, 0 when none. */
  off: number;
}

/**
 * The customer's tier perks applied to a sale of `amount` (the typed price): the
 * discount only when `applyDiscount` is not false.
 */
export function saleTier(
  ss: Spreadsheet,
  ctx: Pick<CounterContext, 'lang' | 'tz'>,
  cache: KeyValueCache,
  v: {
    customerId: string | null;
    amount: number;
    note: string;
    applyDiscount?: boolean | null;
    now: Date;
  },
): SaleTier {
  const none: SaleTier = {
    amount: v.amount,
    multiplier: 1,
    note: v.note,
    off: 0,
  };
  const key = normaliseKey(v.customerId);
  if (!key) return none;
  const day = dayNumber(v.now, ctx.tz);
  const of = tiersOfDay(ss, ctx, day, cache);
  if (of.tiers.length === 0) return none;
  const rank = key in of.of ? of.of[key] : of.entry;
  const tier = rank >= 0 ? of.tiers[rank] : undefined;
  if (!tier) return none;
  const multiplier = tier.double ? 2 : 1;
  if (v.applyDiscount === false || !(tier.discount > 0) || !(v.amount > 0)) {
    return {...none, multiplier};
  }
  const amount = discounted(v.amount, tier.discount);
  const off = Math.round((v.amount - amount) * 100) / 100;
  if (off <= 0) return {...none, multiplier};
  return {
    amount,
    multiplier,
    off,
    note: [v.note, discountNote(ctx.lang, tier, v.amount, off)]
      .filter(s => s !== '')
      .join(ctx.lang === 'en' ? '; ' : '；'),
  };
}

function money(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

function discountNote(
  lang: Lang,
  tier: TierToday,
  listed: number,
  off: number,
): string {
  return t(TIER_TEXTS.saleNote, lang, {
    tier: tier.name,
    n: money(tier.discount),
    listed: money(listed),
    off: money(off),
  });
}

/**
 * Reads the day's tiers into the cache when the counter opens, so the sales that follow
 * cost no call for them. Never fails the opening: a sale reads the tabs itself.
 */
export function primeSaleTiers(
  ss: Spreadsheet,
  ctx: Pick<CounterContext, 'lang' | 'tz'>,
  cache: KeyValueCache,
  now: Date,
): void {
  try {
    tiersOfDay(ss, ctx, dayNumber(now, ctx.tz), cache);
  } catch (err) {
    console.warn('Shuke: the tiers could not be read for the counter', err);
  }
}
