/**
 * The daily run's referral job: a customer brought by another (Customers ▸ Referred by)
 * who has made a first purchase earns their referrer the Settings reward, once, as a
 * Points ledger row (reason "referral", ref `referral:<the referred customer's key>`).
 *
 * Why the daily run and not the sale: a first purchase also arrives typed into the Sales
 * tab by hand or pasted from a cash register's export, and the run sees those as well as
 * the counter's; the sale keeps its few calls; and the ref makes a run that dies and runs
 * again write the row once. The reward comes the morning after the purchase, told in
 * the digest. A first purchase voided later keeps the reward given: a ledger row is never
 * edited, and the owner can take it back with an adjustment.
 */
import {dayReader} from '../../domain/dates';
import {looseNumber} from '../../domain/grading';
import {t} from '../../domain/i18n';
import {
  readReferrals,
  referralRewardsDue,
  ReferralLink,
} from '../../domain/loyalty/referrals';
import {REFERRAL_TEXTS} from '../../domain/loyalty/tiers-texts';
import {DailyJob, DailyJobContext, DailyJobResult} from '../daily/jobs';
import {freshContext} from '../counter-context';
import {openLedger} from './ledger-tab';
import {readBookCustomers} from './tiers-read';

/** A first purchase this many days old or less still earns (a sale typed in late). */
export const REFERRAL_LOOKBACK_DAYS = 30;

const NO_CACHE = {get: () => null, put: () => undefined};

export function referralPointsOf(v: unknown): number {
  const n = looseNumber(v);
  return n !== null && n > 0 ? Math.floor(n) : 0;
}

export function runReferralJob(ctx: DailyJobContext): DailyJobResult {
  const {ss, lang, tz, today} = ctx;
  const points = referralPointsOf(ctx.read.settings.referralPoints);
  if (points === 0) return {};
  const customers = readBookCustomers(ss, lang, tz);
  const {links, problems} = readReferrals(customers, lang);
  const notices = problems.map(p => p.message);
  if (links.length === 0) return {notices};
  const first = new Map<string, number | null>();
  for (const card of ctx.facts.customers) {
    first.set(card.key, card.facts.firstPurchase);
  }
  const ledger = openLedger(ss, 'points', freshContext(ss, NO_CACHE, false));
  if (!ledger) {
    return {notices: [...notices, t(REFERRAL_TEXTS.noLedger, lang)]};
  }
  const due = referralRewardsDue(
    links,
    key => first.get(key) ?? null,
    ref => ledger.ledger.hasRef(ref),
    {points, today, lookbackDays: REFERRAL_LOOKBACK_DAYS},
  );
  const bookKey = new Map(customers.map(c => [c.key, c.bookKey]));
  for (const r of due) {
    ledger.write(
      {
        when: ctx.start,
        customer: bookKey.get(r.link.referrer) || r.link.referrer,
        change: r.points,
        reason: 'referral',
        ref: r.ref,
        note: t(REFERRAL_TEXTS.ledgerNote, lang, {
          referred: r.link.referredName,
        }),
      },
      lang,
    );
  }
  if (due.length) ctx.flush();
  // Today's rewards from the ledger itself, so those a killed run wrote are told too.
  const byReferred = new Map<string, ReferralLink>(
    links.map(l => [l.referred, l]),
  );
  const dayOf = dayReader(tz);
  const lines: string[] = [];
  for (const e of ledger.ledger.entries) {
    if (!e.ref.startsWith('referral:') || e.reason !== 'referral') continue;
    if (e.when === null || dayOf(e.when) !== today) continue;
    const link = byReferred.get(e.ref.slice('referral:'.length));
    lines.push(
      t(REFERRAL_TEXTS.rewarded, lang, {
        referrer: link?.referrerName ?? e.key,
        points: e.units,
        referred: link?.referredName ?? e.ref.slice('referral:'.length),
      }),
    );
  }
  return {
    sections: [{title: t(REFERRAL_TEXTS.sectionTitle, lang), lines}],
    notices,
  };
}

export const REFERRAL_JOB: DailyJob = {
  id: 'referrals',
  name: REFERRAL_TEXTS.sectionTitle,
  run: runReferralJob,
};
