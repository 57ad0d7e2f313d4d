/**
 * The card's privacy part: the customer's consent now, when it was recorded, and whether
 * they are past the retention period. One read of the Privacy log.
 */
import {parseDay, dayToIso} from '../../domain/dates';
import {Lang} from '../../domain/i18n';
import {normaliseKey} from '../../domain/keys';
import {consentOf, ConsentColumn} from '../../domain/privacy/consent';
import {isPastRetention, latest} from '../../domain/privacy/retention';
import {CardPrivacy} from '../../domain/privacy/wire';
import {parseOption} from '../../sheets/schema-options';
import {readPrivacyLog} from './privacy-log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function retentionMonthsOf(v: unknown): number | null {
  const n = typeof v === 'number' ? v : Number(String(v ?? '').trim());
  return Number.isFinite(n) && n > 0 ? n : null;
}

export function cardPrivacy(
  ss: Spreadsheet,
  ctx: {lang: Lang; tz: string; retentionMonths?: unknown},
  raw: Readonly<Record<string, unknown>>,
  card: {id: string; lastVisitDaysAgo: number | null; today: number},
): CardPrivacy {
  const log = readPrivacyLog(ss, ctx.lang, ctx.tz);
  const mine = log.get(normaliseKey(card.id));
  const column = parseOption('consent', raw.consent) as ConsentColumn;
  const lastVisit =
    card.lastVisitDaysAgo === null ? null : card.today - card.lastVisitDaysAgo;
  const lastSeen = latest(lastVisit, parseDay(raw.since, ctx.tz));
  return {
    email: consentOf(column, mine?.consent, 'email'),
    messages: consentOf(column, mine?.consent, 'messages'),
    recordedOn:
      mine && mine.recordedOn !== null ? dayToIso(mine.recordedOn) : '',
    pastRetention: isPastRetention(
      {lastSeen, keptOn: mine?.keptOn ?? null},
      card.today,
      retentionMonthsOf(
        ctx.retentionMonths === undefined ? 24 : ctx.retentionMonths,
      ),
    ),
  };
}
