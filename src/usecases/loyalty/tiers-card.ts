/**
 * The card's tier part: the Tiers tab and the Tier log read (one call each), the
 * referral links from the Customers tab the card has already read. While the customer
 * is in grace, Settings is read for the grace period to say until when.
 */
import {normaliseKey} from '../../domain/keys';
import {readReferrals} from '../../domain/loyalty/referrals';
import {buildTierCard, TierCard} from '../../domain/loyalty/tiers-card';
import {foldTierLog} from '../../domain/loyalty/tiers-moves';
import {cellText} from '../../sheets/cells';
import {loadSettings} from '../../sheets/settings';
import {Table, TableRow} from '../../sheets/table';
import {CounterContext} from '../counter-context';
import {graceDaysOf} from './tiers';
import {openTierLog, readTierTable} from './tiers-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function tierCard(
  ss: Spreadsheet,
  ctx: Pick<CounterContext, 'lang' | 'tz'>,
  book: Table,
  row: TableRow,
  today: number,
): TierCard | null {
  const {lang, tz} = ctx;
  const text = (v: unknown) => cellText(v, tz).trim();
  const keyOf = (r: TableRow) =>
    normaliseKey(r.raw.id) || normaliseKey(r.raw.phone);
  const me = keyOf(row);
  const table = readTierTable(ss, lang, tz);
  const log = table && table.tiers.length ? openTierLog(ss, lang, tz) : null;
  const state = log ? foldTierLog(log.rows).get(me) : undefined;
  const {links} = readReferrals(
    book.rows.map(r => ({
      key: keyOf(r),
      id: r.raw.id,
      phone: r.raw.phone,
      name: text(r.raw.name) || text(r.raw.id) || text(r.raw.phone),
      referredBy: r.raw.referredBy,
    })),
    lang,
  );
  const grace =
    state?.belowSince !== null && state?.belowSince !== undefined
      ? graceDaysOf(loadSettings(ss).settings.tierGraceDays)
      : 0;
  return buildTierCard({
    table,
    state,
    today,
    graceDays: grace,
    referredBy: links.find(l => l.referred === me)?.referrerName ?? null,
    brought: links.filter(l => l.referrer === me).map(l => l.referredName),
  });
}
