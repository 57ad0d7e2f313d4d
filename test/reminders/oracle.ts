/**
 * What is due, worked out from the README's words alone, for checking the daily run from
 * the outside. It shares no code with src/domain/followup (nor the grades engine): an
 * off-by-one there must disagree with this, not repeat itself here.
 *
 * README, "Grades A–E": expected purchases a month = purchases in the last 90 days × 30
 * ÷ the days the customer has been known, clamped to 30–90; A 15, B 10, C 5, D 3, E
 * bought once or too rarely for D, blank never bought.
 * README, "Daily reminders": open complaints; birthdays (with a notice the Settings'
 * "birthday notice" days before); lapsed regulars (A–C at their last purchase, gone three
 * of their grade's cadences) to win back, a logged contact answering it for one cadence;
 * holidays (today or tomorrow, customers who agreed to marketing); check-ins by grade
 * cadence (A 7, B 14, C 30, D 30, E 90) from the last purchase or logged contact.
 * Shanghai has no daylight saving, so a day is UTC+8 throughout.
 */

export const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;

/** Days since 1970-01-01 in Shanghai. */
export function dayOf(at: Date | number): number {
  const ms = typeof at === 'number' ? at : at.getTime();
  return Math.floor((ms + SHANGHAI_MS) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function dayFromIso(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

const THRESHOLDS: Array<[Grade, number]> = [
  ['A', 15],
  ['B', 10],
  ['C', 5],
  ['D', 3],
];
export const CADENCE: Record<Grade, number> = {
  A: 7,
  B: 14,
  C: 30,
  D: 30,
  E: 90,
};
const WINDOW = 90;
const LAPSED_CADENCES = 3;
const BIRTHDAY_NOTICE = 3;

export function gradeOn(
  saleDays: readonly number[],
  asOf: number,
): Grade | null {
  const upTo = saleDays.filter(d => d <= asOf);
  if (upTo.length === 0) return null;
  if (upTo.length === 1) return 'E';
  const first = Math.min(...upTo);
  const n = upTo.filter(d => asOf - d < WINDOW).length;
  const span = Math.min(WINDOW, Math.max(30, asOf - first + 1));
  for (const [g, t] of THRESHOLDS) if (n * 30 >= t * span) return g;
  return 'E';
}

export interface OracleCustomer {
  key: string; // lower-cased id, as the log writes it
  saleDays: number[];
  contactDays: number[];
  /** Solar birthday as month and day. */
  birthday?: {month: number; day: number};
  consent: 'yes' | 'no' | 'unsubscribed' | null;
  email: boolean;
  /** Days of complaints still open (none is resolved in the month). */
  complaints: number[];
}

/**
 * The README's holidays (春节, 元宵, 端午, 中秋 and 元旦; 除夕 only when added in Settings)
 * that fall in or next to this month, dated once from the lunar calendar.
 */
export const HOLIDAYS_2026: ReadonlyArray<[string, string]> = [
  ['spring', '2026-02-17'],
  ['lantern', '2026-03-03'],
];

/**
 * The owner's lines due for `c` on `today`, as instance keys: what one listing answers.
 * 'checkin' and 'lapsed' are one instance each (their streaks are checked by day);
 * a complaint is due afresh each day; a birthday and its notice, and each holiday, are
 * their own.
 */
export function linesDue(c: OracleCustomer, today: number): string[] {
  const out: string[] = [];
  for (const k of c.complaints) {
    if (today >= k + 1) out.push(`complaint@${isoOf(today)}`);
  }
  // README, "Your customers' data": once a customer has withdrawn (the old column's
  // "Unsubscribed"), the owner's greetings and win-backs for them stop; complaints stay.
  if (c.consent === 'unsubscribed') return out;
  if (c.birthday) {
    for (let ahead = 0; ahead <= BIRTHDAY_NOTICE; ahead++) {
      const d = new Date((today + ahead) * DAY_MS);
      if (
        d.getUTCMonth() + 1 === c.birthday.month &&
        d.getUTCDate() === c.birthday.day
      ) {
        out.push(
          ahead === 0
            ? `birthday:${isoOf(today)}`
            : `birthday-notice:${isoOf(today + ahead)}`,
        );
      }
    }
  }
  const sales = c.saleDays.filter(d => d <= today);
  const last = sales.length ? Math.max(...sales) : null;
  const contacts = c.contactDays.filter(d => d <= today);
  const contact = contacts.length ? Math.max(...contacts) : null;
  let lapsed = false;
  if (last !== null) {
    const was = gradeOn(sales, last);
    if (was === 'A' || was === 'B' || was === 'C') {
      if (today - last >= LAPSED_CADENCES * CADENCE[was]) {
        lapsed = true;
        const answered =
          contact !== null && contact > last && today - contact < CADENCE[was];
        if (!answered) out.push('lapsed');
      }
    }
  }
  const emailOnly = c.email && c.consent === 'yes' && c.complaints.length === 0;
  if (c.consent === 'yes' && !emailOnly) {
    for (const [key, iso] of HOLIDAYS_2026) {
      const h = dayFromIso(iso);
      if (h === today || h === today + 1) out.push(`holiday:${key}`);
    }
  }
  const grade = gradeOn(sales, today);
  if (!lapsed && grade && last !== null) {
    const touch = Math.max(last, contact ?? -Infinity);
    if (today - touch >= CADENCE[grade]) out.push('checkin');
  }
  return out;
}

/** The instance key a logged line answers, from its item (the log's own id). */
export function instanceOfItem(item: string, day: string): string {
  if (item.startsWith('complaint:')) return `complaint@${day}`;
  if (item.startsWith('birthday-notice:')) return item;
  if (item.startsWith('birthday:')) return item;
  if (item.startsWith('winback:')) return 'lapsed';
  if (item.startsWith('holiday:')) return `holiday:${item.split(':')[1]}`;
  if (item.startsWith('checkin:')) return 'checkin';
  return item; // after-sale and anything else: due in no shop of this test
}

/** The emails due for `c` on `today` by kind (consent and an address permitting). */
export function emailsDue(c: OracleCustomer, today: number): string[] {
  if (!(c.email && c.consent === 'yes' && c.complaints.length === 0)) return [];
  // A win-back email only before any contact: after a call it is the owner's to follow.
  const last = Math.max(...c.saleDays.filter(d => d <= today));
  const called = c.contactDays.some(d => d > last && d <= today);
  return linesDueAll(c, today).filter(
    k =>
      k.startsWith('birthday:') ||
      (k === 'lapsed' && !called) ||
      k.startsWith('holiday:'),
  );
}

/** As linesDue, with the holidays of email-only customers too. */
function linesDueAll(c: OracleCustomer, today: number): string[] {
  const out = linesDue(c, today);
  if (c.consent === 'yes' && c.email && c.complaints.length === 0) {
    for (const [key, iso] of HOLIDAYS_2026) {
      const h = dayFromIso(iso);
      if (h === today || h === today + 1) out.push(`holiday:${key}`);
    }
  }
  return out;
}
