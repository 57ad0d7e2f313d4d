/**
 * The customer card: who this is and what is due, from their Customers row and their
 * sales, feedback and contacts. Figures come from the grades engine (customer-stats.ts),
 * so the card and the Customers tab's formulas always agree. After a sale the sidebar
 * recomputes the grade itself from the purchase days it holds (`afterSale`), so logging a
 * sale never has to read the Sales tab again.
 */
import {parseDay} from '../dates';
import {parseAmount, statsOf, summariseSales} from '../customer-stats';
import {parseBirthday, birthdaysBetween} from '../followup/birthday';
import {
  CustomerFacts,
  FollowupRules,
  Occasion,
  occasionsFor,
  OpenComplaint,
} from '../followup/occasions';
import {reasonText} from '../followup/render';
import {Grade, GradeRules} from '../grading';
import {dayToIso} from '../dates';
import {Lang} from '../i18n';
import {topItems} from './items';
import {gradeFromDays} from './card-update';
import {pointsFor} from './points';
import {Card, ComplaintWire, FeedbackKind} from './wire';

export interface CustomerFields {
  id: string;
  name: string;
  phone: string;
  wechat: string;
  email: string;
  preferences: string;
  family: string;
  notes: string;
  birthday: unknown;
  /** 'solar' | 'lunar' | null, from the Birthday calendar column. */
  birthdayKind: string | null;
  consent: string | null;
}

/** One sale of this customer as read from the Sales tab (raw cells). */
export interface SaleCells {
  date: unknown;
  amount: unknown;
  items: unknown;
  points: unknown;
}

export interface ComplaintRow {
  row: number;
  date: unknown;
  kind: FeedbackKind;
  rating: number | null;
  text: string;
}

export interface CardInput {
  customer: CustomerFields;
  /**
   * Every sale of this customer, whichever key it was logged under (the id or the phone,
   * as the Customers tab's formulas count them): all are counted as one history.
   */
  sales: readonly SaleCells[];
  openComplaints: readonly ComplaintRow[];
  /** Day of the last contact logged for them, if any. */
  lastContact: number | null;
  today: number;
  tz: string;
  lang: Lang;
  grade: GradeRules;
  followup: FollowupRules;
  pointsPerUnit: number;
}

/**
 * Days ahead the card looks for the next birthday: a whole year (and a day, for a leap
 * year), so a birthday on the book always shows, not only when it is near. A lunar
 * birthday falls on a different solar day each year, so a shorter window hid it for
 * most of the year.
 */
const BIRTHDAY_AHEAD = 366;
const FAVOURITES = 5;

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export {gradeFromDays};

export function buildCard(input: CardInput): Card {
  const {customer: c, sales, today, tz, lang} = input;
  // One key for all their sales: those under the id and under the phone are one history.
  const summary = summariseSales(
    {
      customers: sales.map(() => c.id),
      dates: sales.map(s => s.date),
      amounts: sales.map(s => s.amount),
    },
    {asOf: today, tz, grade: input.grade},
  );
  const stats = statsOf(summary, c.id);
  const saleDays: number[] = [];
  let points = 0;
  for (const s of sales) {
    const day = parseDay(s.date, tz);
    if (day === null || day > today) continue;
    saleDays.push(day);
    if (typeof s.points === 'number' && Number.isFinite(s.points)) {
      points += s.points;
    } else {
      // A sale typed by hand without points earns them by the same rule ("¥12" too).
      const amount = parseAmount(s.amount);
      if (typeof amount === 'number')
        points += pointsFor(amount, input.pointsPerUnit);
    }
  }
  saleDays.sort((a, b) => a - b);

  const birthday = parseBirthday(c.birthday, c.birthdayKind, tz);
  const next = birthday
    ? birthdaysBetween(birthday, today, today + BIRTHDAY_AHEAD)[0]
    : undefined;

  const complaints: ComplaintWire[] = input.openComplaints.map(k => {
    const day = parseDay(k.date, tz);
    return {
      row: k.row,
      date: day === null ? '' : dayToIso(day),
      kind: k.kind,
      rating: k.rating,
      text: k.text,
    };
  });

  const grade = (stats?.grade ?? '') as Grade | '';
  const facts: CustomerFacts = {
    key: stats?.key ?? c.id,
    birthday,
    consent: (c.consent as CustomerFacts['consent']) ?? null,
    grade: grade === '' ? null : grade,
    gradeAtLastPurchase: gradeOnDay(saleDays, saleDays.at(-1), input.grade),
    firstPurchase: saleDays[0] ?? null,
    lastPurchase: saleDays.at(-1) ?? null,
    lastContact: input.lastContact,
    largeSales: [],
    complaints: input.openComplaints.map((k): OpenComplaint => ({
      id: `row${k.row}`,
      day: parseDay(k.date, tz) ?? today,
      text: k.text,
    })),
  };
  // Open complaints have their own block on the card, where they are resolved; listing
  // them again among what is due showed each one twice.
  const due = occasionsFor(facts, today, input.followup, [])
    .filter(o => o.kind !== 'complaint')
    .map((o: Occasion) => ({
      kind: o.kind,
      text: reasonText(o, lang),
      row: o.kind === 'complaint' ? complaintRow(o.id) : null,
    }));

  const total = stats?.total ?? 0;
  return {
    id: c.id,
    name: c.name,
    phone: c.phone,
    wechat: c.wechat,
    email: c.email,
    preferences: c.preferences,
    family: c.family,
    notes: c.notes,
    grade,
    perMonth: total > 0 ? round2(stats?.perMonth ?? 0) : 0,
    visits: total,
    spend: round2(stats?.spend ?? 0),
    points: round2(points),
    lastVisitDaysAgo: total > 0 ? today - (saleDays.at(-1) as number) : null,
    favourites: topItems(
      sales.map(s => s.items),
      FAVOURITES,
    ),
    birthday:
      next === undefined || !birthday
        ? null
        : {
            date: dayToIso(next),
            inDays: next - today,
            lunar: birthday.calendar === 'lunar',
            month: birthday.month,
            day: birthday.day,
          },
    complaints,
    due,
    saleDays,
    today,
  };
}

function complaintRow(occasionId: string): number | null {
  const m = /^complaint:row(\d+):/.exec(occasionId);
  return m ? Number(m[1]) : null;
}

/** The grade someone had on `day`, from their purchase days (null before any). */
function gradeOnDay(
  days: readonly number[],
  day: number | undefined,
  rules: GradeRules,
): Grade | null {
  if (day === undefined) return null;
  const g = gradeFromDays(days, day, rules).grade;
  return g === '' ? null : g;
}
