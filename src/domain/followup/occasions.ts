/**
 * What is due for one customer on one day. Each reason to get in touch is an occasion
 * with a stable id (the same birthday notice has the same id on every day of its notice
 * window), so a ledger of ids makes every reminder idempotent: a run that missed a day,
 * or ran twice, lists each occasion exactly once while its window is open.
 */
import {dayToIso} from '../dates';
import {Birthday, birthdaysBetween} from './birthday';
import {HolidayOccurrence} from './holidays';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

/** Priority groups of the owner's list, first to last. */
export type ReasonKind =
  'complaint' | 'birthday' | 'lapsed' | 'holiday' | 'afterSale' | 'checkin';

export const PRIORITY: Readonly<Record<ReasonKind, number>> = {
  complaint: 0,
  birthday: 1,
  lapsed: 2,
  holiday: 3,
  afterSale: 4,
  checkin: 4,
};

/** The customer email an occasion may send (consent permitting). */
export type EmailKind = 'birthday' | 'holiday' | 'winback';

export interface Occasion {
  customer: string; // normalised key
  kind: ReasonKind;
  id: string;
  /** Last day this occasion is still worth mentioning (inclusive). */
  until: number;
  /** Values for the reason text: days until a birthday, the holiday key, … */
  detail: Readonly<Record<string, string | number>>;
  email: EmailKind | null;
}

export interface OpenComplaint {
  id: string; // stable for the row: date and a digest of its text
  day: number;
  text: string;
}

export interface CustomerFacts {
  key: string;
  birthday: Birthday | null;
  consent: 'yes' | 'no' | 'unsubscribed' | null;
  grade: Grade | null;
  /** The grade on the day of the last purchase: who this customer was. */
  gradeAtLastPurchase: Grade | null;
  firstPurchase: number | null;
  lastPurchase: number | null;
  lastContact: number | null;
  /** Days of purchases at or above the large-sale threshold, recent ones at least. */
  largeSales: readonly number[];
  complaints: readonly OpenComplaint[];
}

export interface FollowupRules {
  cadence: Readonly<Record<Grade, number>>;
  birthdayNoticeDays: number;
  afterSaleDays: number;
  /** Lapsed when gone this many cadences (of the grade they had). */
  lapsedCadences: number;
  holidayGreetings: boolean;
}

/** Days an after-sale check-in stays on the list when missed. */
const AFTER_SALE_GRACE = 6;

/** Everything due for `c` on `today`; `holidays` are the occurrences in [today, today+1]. */
export function occasionsFor(
  c: CustomerFacts,
  today: number,
  rules: FollowupRules,
  holidays: readonly HolidayOccurrence[],
): Occasion[] {
  const out: Occasion[] = [];
  const iso = dayToIso;
  const key = c.key;

  for (const k of c.complaints) {
    if (k.day <= today - 1) {
      // A contact recorded on or after the complaint's day followed it up: the owner
      // has called already, so the list says so and asks for it to be marked
      // resolved, rather than asking for the call again (a contact is kept by day only,
      // so one the same day counts as after).
      const followedUp =
        c.lastContact !== null && c.lastContact >= k.day ? c.lastContact : null;
      out.push({
        customer: key,
        kind: 'complaint',
        id: `complaint:${k.id}:${iso(today)}`,
        until: today,
        detail:
          followedUp === null
            ? {days: today - k.day, text: k.text}
            : {days: today - k.day, text: k.text, followedUp: iso(followedUp)},
        email: null,
      });
    }
  }

  if (c.birthday) {
    const notice = Math.max(0, Math.floor(rules.birthdayNoticeDays));
    for (const b of birthdaysBetween(c.birthday, today, today + notice)) {
      if (b === today) {
        out.push({
          customer: key,
          kind: 'birthday',
          id: `birthday:${iso(b)}`,
          until: b,
          detail: {days: 0, date: iso(b), calendar: c.birthday.calendar},
          email: 'birthday',
        });
      } else {
        out.push({
          customer: key,
          kind: 'birthday',
          id: `birthday-notice:${iso(b)}`,
          until: b - 1,
          detail: {
            days: b - today,
            date: iso(b),
            calendar: c.birthday.calendar,
          },
          email: null,
        });
      }
    }
  }

  let lapsed = false;
  const was = c.gradeAtLastPurchase;
  if (c.lastPurchase !== null && was && 'ABC'.includes(was)) {
    const gone = today - c.lastPurchase;
    const after = Math.ceil(rules.lapsedCadences * rules.cadence[was]);
    if (after > 0 && gone >= after) {
      // Lapsed: the win-back is their follow-up, check-ins wait.
      lapsed = true;
      const w = winbackAfterContact(c, today, rules.cadence[was]);
      if (w === 'first') {
        out.push({
          customer: key,
          kind: 'lapsed',
          id: `winback:${iso(c.lastPurchase)}`,
          until: Number.MAX_SAFE_INTEGER, // until they come back (a new id then)
          detail: {days: gone, was},
          email: 'winback',
        });
      } else if (w !== 'answered') {
        // Contacted, and one cadence of their grade later still not back: try again,
        // in person only (they have heard from the shop; no second automatic email).
        out.push({
          customer: key,
          kind: 'lapsed',
          id: `winback:${iso(c.lastPurchase)}:${iso(w)}`,
          until: Number.MAX_SAFE_INTEGER,
          detail: {days: gone, was},
          email: null,
        });
      }
    }
  }

  if (rules.holidayGreetings && c.consent === 'yes') {
    for (const h of holidays) {
      if (h.day === today || h.day === today + 1) {
        out.push({
          customer: key,
          kind: 'holiday',
          id: `holiday:${h.id}`,
          until: h.day,
          detail: {holiday: h.def.key, days: h.day - today},
          email: 'holiday',
        });
      }
    }
  }

  const after = Math.max(1, Math.floor(rules.afterSaleDays));
  const lastTouch = Math.max(
    c.lastPurchase ?? -Infinity,
    c.lastContact ?? -Infinity,
  );
  const afterSale = (start: number, what: string): void => {
    const due = start + after;
    // Back in the shop (or called) since: the owner has already heard how it went.
    if (lastTouch > start) return;
    if (today >= due && today <= due + AFTER_SALE_GRACE) {
      out.push({
        customer: key,
        kind: 'afterSale',
        id: `aftersale:${what}:${iso(start)}`,
        until: due + AFTER_SALE_GRACE,
        detail: {what, days: today - start},
        email: null,
      });
    }
  };
  if (c.firstPurchase !== null) afterSale(c.firstPurchase, 'first');
  for (const s of new Set(c.largeSales)) {
    if (s !== c.firstPurchase) afterSale(s, 'large');
  }

  if (!lapsed && c.grade) {
    const last = Math.max(
      c.lastPurchase ?? -Infinity,
      c.lastContact ?? -Infinity,
    );
    const every = Math.floor(rules.cadence[c.grade]);
    if (Number.isFinite(last) && every > 0 && today - last >= every) {
      const due = last + Math.floor((today - last) / every) * every;
      out.push({
        customer: key,
        kind: 'checkin',
        id: `checkin:${iso(due)}`,
        until: due + every - 1,
        detail: {days: today - last, grade: c.grade},
        email: null,
      });
    }
  }
  return out;
}

/**
 * A logged contact after the last purchase answers the win-back: the owner has reached
 * out, and listing the same line the next morning would ask for it twice. Without a
 * purchase, it is due again `cadence` days (of the grade they had) after that contact.
 * Returns 'first' when no contact since the purchase, 'answered' while a contact covers
 * it, or the day of the contact it follows up.
 */
function winbackAfterContact(
  c: CustomerFacts,
  today: number,
  cadence: number,
): 'first' | 'answered' | number {
  const last = c.lastPurchase as number;
  if (c.lastContact === null || c.lastContact <= last) return 'first';
  const every = Math.max(1, Math.floor(cadence));
  return today - c.lastContact >= every ? c.lastContact : 'answered';
}

/** Email kinds by preference when several are due the same day (one email a day). */
export const EMAIL_ORDER: readonly EmailKind[] = [
  'birthday',
  'winback',
  'holiday',
];
