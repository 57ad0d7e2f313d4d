/**
 * Consent as the daily run reads it: the Customers column for email greetings, the
 * Privacy log for messages on the owner's list (domain/privacy/consent.ts). A withdrawal
 * recorded today counts from the next run: emails and marketing lines stop, a complaint
 * follow-up or an after-sale check-in is still listed.
 */
import {ReasonKind} from '../../domain/followup/occasions';
import {Lang} from '../../domain/i18n';
import {
  ConsentByPurpose,
  ConsentColumn,
  consentOf,
  ConsentPurpose,
  ConsentStatus,
  mayMarket,
} from '../../domain/privacy/consent';
import {readPrivacyLog} from './privacy-log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What consentFor needs of a customer: the reminders' CustomerCard fits. */
export interface ConsentHolder {
  key: string;
  alias?: string;
  facts: {consent: ConsentColumn};
  consentLog?: ConsentByPurpose;
}

export function consentFor(
  card: ConsentHolder | undefined,
  purpose: ConsentPurpose,
): ConsentStatus | null {
  if (!card) return null;
  return consentOf(card.facts.consent, card.consentLog, purpose);
}

/** Lines that market to the customer rather than serve them. */
const MARKETING: ReadonlySet<ReasonKind> = new Set([
  'birthday',
  'lapsed',
  'holiday',
  'checkin',
]);

/** Whether the owner's list may carry a line of this kind for the customer. */
export function mayListLine(
  kind: ReasonKind,
  card: ConsentHolder | undefined,
): boolean {
  return !MARKETING.has(kind) || mayMarket(consentFor(card, 'messages'));
}

/** Gives each customer their Privacy log answers (one read of the tab). */
export function attachConsentLog(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
  cards: ConsentHolder[],
): void {
  const log = readPrivacyLog(ss, lang, tz);
  if (!log.size) return;
  for (const c of cards) {
    const p = log.get(c.key) ?? (c.alias ? log.get(c.alias) : undefined);
    if (p) c.consentLog = p.consent;
  }
}
