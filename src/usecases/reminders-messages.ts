/**
 * The words of the daily run's messages: the owner's templates in Settings filled with a
 * customer's details, for the customer emails and for the digest's suggested message.
 */
import {dayToIso} from '../domain/dates';
import {fill, Lang, t} from '../domain/i18n';
import {HOLIDAYS} from '../domain/followup/holidays';
import {EmailKind, ReasonKind} from '../domain/followup/occasions';
import {Email, renderCustomerEmail} from '../domain/followup/render';
import {
  ANY_ITEM,
  OWNER_FALLBACK,
  TemplateKey,
} from '../domain/followup/templates';
import {cellText} from '../domain/followup/text';
import {Settings} from '../sheets/settings';
import {CustomerCard} from './reminders-facts';
import {EmailRef} from './reminders-intent';

export const TEMPLATE_OF: Readonly<Record<ReasonKind, TemplateKey>> = {
  complaint: 'msgComplaint',
  birthday: 'msgBirthday',
  lapsed: 'msgWinback',
  holiday: 'msgHoliday',
  afterSale: 'msgAfterSale',
  checkin: 'msgCheckin',
};

const EMAIL_TEMPLATE: Readonly<Record<EmailKind, TemplateKey>> = {
  birthday: 'msgBirthday',
  holiday: 'msgHoliday',
  winback: 'msgWinback',
};

export function templateText(s: Settings, key: TemplateKey): string {
  return String(s[key] ?? '');
}

export interface Values {
  name: string;
  shop: string;
  owner: string;
  item: string;
  phone: string;
  date: string;
  holiday: string;
  greeting: string;
}

export function valuesFor(
  card: CustomerCard | undefined,
  s: Settings,
  lang: Lang,
  today: number,
  holidayKey: string | null,
): Values {
  const h = holidayKey ? HOLIDAYS.find(x => x.key === holidayKey) : undefined;
  return {
    name: card?.name ?? '',
    shop: cellText(s.shopName, 80),
    owner: cellText(s.ownerName, 40) || t(OWNER_FALLBACK, lang),
    item: card?.favourites[0] ?? t(ANY_ITEM, lang),
    phone: cellText(s.shopPhone, 40),
    date: dayToIso(today),
    holiday: h ? h.names[lang] : '',
    greeting: h ? h.greeting[lang] : '',
  };
}

/** A customer's greeting email, and the shop's name it is sent under. */
export function customerEmailOf(
  ref: EmailRef,
  card: CustomerCard,
  s: Settings,
  lang: Lang,
  today: number,
): {email: Email; shop: string} {
  const holidayKey =
    ref.kind === 'holiday' ? (ref.item.split(':')[1] ?? null) : null;
  const v = valuesFor(card, s, lang, today, holidayKey);
  const email = renderCustomerEmail({
    lang,
    kind: ref.kind,
    shop: v.shop,
    body: fill(templateText(s, EMAIL_TEMPLATE[ref.kind]), {...v}),
    footer: fill(templateText(s, 'msgUnsubscribe'), {...v}),
    greeting: v.greeting,
  });
  return {email, shop: v.shop};
}
