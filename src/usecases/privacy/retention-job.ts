/**
 * Once a week (Mondays, the shop's calendar), the digest lists customers past Settings'
 * retention period (PIPL Art. 19) for the owner to erase or keep with a reason. Weekly
 * because the list changes slowly and a daily repeat would teach the owner to skip it.
 * It only reads, so a rerun the same day lists the same customers and writes nothing.
 */
import {dayToIso, parseDay} from '../../domain/dates';
import {t} from '../../domain/i18n';
import {normaliseKey} from '../../domain/keys';
import {isPastRetention, latest} from '../../domain/privacy/retention';
import {PRIVACY_TEXTS as T} from '../../domain/privacy/texts';
import {cellText} from '../../sheets/cells';
import {CUSTOMERS} from '../../sheets/schema-customers';
import {openTable} from '../../sheets/table';
import {DailyJob, DailyJobContext, DailyJobResult} from '../daily/jobs';
import {retentionMonthsOf} from './card-part';
import {readPrivacyLog} from './privacy-log';

/** At most this many names in the digest; the rest are counted. */
const LISTED = 30;

/** Day numbers count from 1970-01-01, a Thursday. */
export function isMonday(day: number): boolean {
  return (((day + 3) % 7) + 7) % 7 === 0;
}

export function retentionDigest(ctx: DailyJobContext): DailyJobResult | void {
  const months = retentionMonthsOf(ctx.read.settings.retentionMonths ?? 24);
  if (!months || !isMonday(ctx.today)) return;
  const {ss, lang, tz} = ctx;
  const book = openTable(ss, CUSTOMERS, lang, {tz});
  if (!book) return;
  const log = readPrivacyLog(ss, lang, tz);
  const byKey = new Map(ctx.facts.customers.map(c => [c.key, c]));
  const lines: string[] = [];
  let past = 0;
  for (const r of book.rows) {
    const id = cellText(r.raw.id, tz).trim();
    const phone = cellText(r.raw.phone, tz).trim();
    const key = normaliseKey(id || phone);
    if (!key) continue;
    const facts = byKey.get(key)?.facts;
    const lastSeen = latest(
      facts?.lastPurchase ?? null,
      parseDay(r.raw.since, tz),
    );
    const keptOn = log.get(key)?.keptOn ?? null;
    if (!isPastRetention({lastSeen, keptOn}, ctx.today, months)) continue;
    past++;
    if (lines.length < LISTED) {
      lines.push(
        t(T.retentionLine, lang, {
          name: cellText(r.raw.name, tz).trim() || id || phone,
          key: id || phone,
          last: dayToIso(lastSeen as number),
        }),
      );
    }
  }
  if (!past) return;
  if (past > LISTED)
    lines.push(t(T.retentionMore, lang, {count: past - LISTED}));
  lines.push(t(T.retentionHow, lang, {months}));
  return {sections: [{title: t(T.retentionTitle, lang, {months}), lines}]};
}

export const RETENTION_JOB: DailyJob = {
  id: 'retention',
  name: T.retentionJob,
  run: retentionDigest,
};
