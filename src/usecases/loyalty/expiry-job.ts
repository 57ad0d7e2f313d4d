/**
 * The daily run's points expiry (Settings "Points expire after (months)"; blank: never).
 * Adds one row per customer whose oldest points passed the limit unspent (the FIFO rule
 * of domain/loyalty/expiry.ts), reason "expiry", ref "expiry:<day>:<customer>": the
 * run's lock makes the check and the write one step, and a run killed and run again the
 * same day finds its rows by ref. Old rows are never edited.
 */
import {dayNumber} from '../../domain/dates';
import {Texts, t} from '../../domain/i18n';
import {monthsBefore, pointsToExpire} from '../../domain/loyalty/expiry';
import {LEDGER_NOTE} from '../../domain/loyalty/messages';
import {DailyJob, DailyJobContext, DailyJobResult} from '../daily/jobs';
import {loyaltySettingsOf} from './rules';
import {openLedger} from './ledger-tab';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

const TITLE = tx('积分过期', '積分過期', 'Points expired');
const LINE = tx(
  '{customer}：{points} 分过期，余 {after} 分',
  '{customer}：{points} 分過期，餘 {after} 分',
  '{customer}: {points} points expired, {after} left',
);

export function expirePoints(ctx: DailyJobContext): DailyJobResult {
  const months = loyaltySettingsOf(ctx.read.settings).expiryMonths;
  if (months === null) return {};
  const tab = openLedger(ctx.ss, 'points', {
    lang: ctx.lang,
    tz: ctx.tz,
    tabs: {},
  });
  if (!tab) return {};
  const cutoff = monthsBefore(ctx.today, months);
  const byCustomer = new Map<
    string,
    {customer: string; entries: typeof tab.ledger.entries}
  >();
  for (const e of tab.ledger.entries) {
    const c = byCustomer.get(e.key) ?? {customer: e.customer, entries: []};
    c.entries.push(e);
    byCustomer.set(e.key, c);
  }
  const lines: string[] = [];
  const now = ctx.clock.now();
  for (const [key, c] of byCustomer) {
    const ref = `expiry:${ctx.todayIso}:${key}`;
    if (tab.ledger.hasRef(ref)) continue;
    const expire = pointsToExpire(
      c.entries.map(e => ({
        day: e.when ? dayNumber(e.when, ctx.tz) : null,
        units: e.units,
      })),
      cutoff,
    );
    // Never below zero: a balance a hand edit left short of its lots loses what it has.
    const points = Math.min(expire, tab.balance(c.customer));
    if (points <= 0) continue;
    const after = tab.write(
      {
        when: now,
        customer: c.customer,
        change: -points,
        reason: 'expiry',
        ref,
        note: t(LEDGER_NOTE.expiry, ctx.lang, {months}),
      },
      ctx.lang,
    );
    lines.push(
      t(LINE, ctx.lang, {customer: c.customer, points, after: after ?? 0}),
    );
  }
  return {sections: [{title: t(TITLE, ctx.lang), lines}]};
}

export const POINTS_EXPIRY_JOB: DailyJob = {
  id: 'pointsExpiry',
  name: TITLE,
  run: expirePoints,
};
