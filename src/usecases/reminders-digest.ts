/**
 * The owner's digest lines: one per customer listed today, with why, the suggested
 * message from the owner's template, and whether an email went to them today.
 */
import {fill, Lang} from '../domain/i18n';
import {DigestLine} from '../domain/followup/render';
import {Settings} from '../sheets/settings';
import {PAIR} from './reminders-intent';
import {PlannedLine} from './reminders-lines';
import {TEMPLATE_OF, templateText, valuesFor} from './reminders-messages';

/** Whether one of the line's occasions was emailed today, or held back. */
function emailMark(
  l: PlannedLine,
  emailedLine: ReadonlyMap<string, 'sent' | 'held'>,
): 'sent' | 'held' | null {
  const marks = [
    ...l.fresh.map(o => o.id),
    ...l.carriedRows.map(r => r.item),
  ].map(item => emailedLine.get(PAIR(l.customer, item)));
  return marks.includes('sent')
    ? 'sent'
    : marks.includes('held')
      ? 'held'
      : null;
}

/**
 * The suggested message of a line. A complaint followed up since (a contact on or after
 * its day) is not called about again with the generic words: the line asks for it to be
 * resolved, and the message is the next occasion's, or none.
 */
function messageOf(
  l: PlannedLine,
  s: Settings,
  v: ReturnType<typeof valuesFor>,
): string {
  const top = l.fresh[0];
  if (l.group !== 'complaint' || !top?.detail.followedUp)
    return fill(templateText(s, TEMPLATE_OF[l.group]), {...v});
  const next = l.fresh.find(
    o => !(o.kind === 'complaint' && o.detail.followedUp),
  );
  return next ? fill(templateText(s, TEMPLATE_OF[next.kind]), {...v}) : '';
}

export function digestLinesOf(
  shown: readonly PlannedLine[],
  emailedLine: ReadonlyMap<string, 'sent' | 'held'>,
  s: Settings,
  lang: Lang,
  today: number,
): DigestLine[] {
  return shown.map(l => {
    const card = l.card;
    const top = l.fresh[0];
    const holidayKey =
      top?.kind === 'holiday' ? String(top.detail.holiday) : null;
    const v = valuesFor(card, s, lang, today, holidayKey);
    return {
      customer: {
        name: l.name || l.customer,
        grade: card?.facts.grade ?? null,
        phone: card?.phone ?? '',
        wechat: card?.wechat ?? '',
        lastVisit: card?.facts.lastPurchase ?? null,
        favourites: card?.favourites ?? [],
      },
      group: l.group,
      why: l.why,
      message: messageOf(l, s, v),
      email: emailMark(l, emailedLine),
      carried: l.fresh.length === 0 && l.carriedRows.length > 0,
      carriedFrom: l.carriedRows.map(r => r.day).sort()[0],
    };
  });
}
