/**
 * What a reminder log item id says of itself ("birthday:C001:2025-03-05", "winback:…"):
 * its email kind, its digest group, how late a held email may still go, and when a line
 * carried over from an earlier day no longer means anything.
 */
import {isoToDay} from '../domain/dates';
import {EmailKind, ReasonKind} from '../domain/followup/occasions';
import {CustomerCard} from './reminders-facts';

/** A held birthday or holiday greeting still goes this many days late, not later. */
const EMAIL_GRACE_DAYS = 2;

export function emailKindOfItem(item: string): EmailKind | null {
  if (item.startsWith('birthday:')) return 'birthday';
  if (item.startsWith('holiday:')) return 'holiday';
  if (item.startsWith('winback:')) return 'winback';
  return null;
}

export function groupOfItem(item: string): ReasonKind {
  if (item.startsWith('complaint:')) return 'complaint';
  if (item.startsWith('birthday')) return 'birthday';
  if (item.startsWith('winback:')) return 'lapsed';
  if (item.startsWith('holiday:')) return 'holiday';
  if (item.startsWith('aftersale:')) return 'afterSale';
  return 'checkin';
}

/** The last day a held email may still go: its occasion's day plus grace. */
export function emailDeadline(item: string): number {
  const iso = /(\d{4}-\d{2}-\d{2})$/.exec(item)?.[1];
  const day = iso ? isoToDay(iso) : null;
  if (day === null || item.startsWith('winback:'))
    return Number.MAX_SAFE_INTEGER;
  return day + EMAIL_GRACE_DAYS;
}

/**
 * Owner lines carried over (pending from an earlier day: over the digest's cap, or in a
 * digest that may not have arrived) are listed first next time, but only while they
 * still mean something; a shop with more lines than the cap every day would otherwise
 * build a backlog that never ends, and "birthday today" a week late helps nobody.
 *  - birthday: until BIRTHDAY_LINE_GRACE_DAYS (2) after the birthday, long enough for a
 *    belated wish; a birthday notice ("in 3 days") until the birthday itself, whose own
 *    line takes over;
 *  - holiday: until HOLIDAY_LINE_GRACE_DAYS (1) after the holiday (a late 拜年 the day
 *    after is fine, later is not);
 *  - after-sale and grade-cadence check-ins are recomputed every day: a carried one
 *    stands only while today's run finds the very same occasion due, so it goes once
 *    the customer has bought or been contacted since, its window has closed, or a newer
 *    check-in of the same reason replaced it;
 *  - open complaint: never while the complaint is open; gone once it is resolved;
 *  - win-back: once today's run no longer finds it due: the customer has bought since,
 *    or a contact logged since answered it (a later one has an id of its own).
 * A line whose customer is no longer in the Customers tab keeps only the date rules (and
 * the complaint one).
 */
const BIRTHDAY_LINE_GRACE_DAYS = 2;
const HOLIDAY_LINE_GRACE_DAYS = 1;

export function carriedLineExpired(
  item: string,
  card: CustomerCard | undefined,
  dueToday: ReadonlySet<string>,
  today: number,
): boolean {
  const iso = /(\d{4}-\d{2}-\d{2})$/.exec(item)?.[1];
  const day = iso ? isoToDay(iso) : null;
  if (item.startsWith('birthday-notice:')) return day !== null && today >= day;
  if (item.startsWith('birthday:'))
    return day !== null && today > day + BIRTHDAY_LINE_GRACE_DAYS;
  if (item.startsWith('holiday:'))
    return day !== null && today > day + HOLIDAY_LINE_GRACE_DAYS;
  // No card at all for a complaint: none of that customer's complaints is open.
  if (item.startsWith('complaint:'))
    return !card?.facts.complaints.some(k =>
      item.startsWith(`complaint:${k.id}:`),
    );
  if (!card) return false;
  if (
    item.startsWith('winback:') ||
    item.startsWith('aftersale:') ||
    item.startsWith('checkin:')
  )
    return !dueToday.has(item);
  return false;
}
