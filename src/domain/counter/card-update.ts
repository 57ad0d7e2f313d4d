/**
 * The card after something logged at the counter, computed in the sidebar from what the
 * card already holds (its purchase days), so a sale never needs the Sales tab read again.
 * The grade comes from the grades engine's own rule (grading.ts), so it is the grade the
 * Customers tab's formulas will show.
 */
import {
  Grade,
  gradeOf,
  GradeRules,
  MONTH_DAYS,
  spanDays,
  Thresholds,
} from '../grading';
import {recKey} from '../recommend/cooccurrence';
import {splitItems} from './items';
import {Card, CardContact, GradeRulesWire} from './wire';

const FAVOURITES = 5;

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Grade and purchases a month from purchase days, exactly as the grades engine does. */
export function gradeFromDays(
  days: readonly number[],
  asOf: number,
  rules: GradeRules | GradeRulesWire,
): {grade: Grade | ''; perMonth: number; total: number} {
  let total = 0;
  let n = 0;
  let first = Infinity;
  for (const d of days) {
    if (d > asOf) continue;
    total++;
    if (d < first) first = d;
    if (asOf - d < rules.windowDays) n++;
  }
  if (total === 0) return {grade: '', perMonth: 0, total};
  const span = spanDays(asOf, first, rules.windowDays);
  return {
    grade: gradeOf(total, n, span, rules.thresholds as Thresholds),
    perMonth: round2((n * MONTH_DAYS) / span),
    total,
  };
}

/** The card after a sale logged at the counter, without asking the server again. */
export function afterSale(
  card: Card,
  sale: {day: number; amount: number; points: number; items: string},
  rules: GradeRulesWire,
): Card {
  const saleDays = [...card.saleDays, sale.day].sort((a, b) => a - b);
  const g = gradeFromDays(saleDays, card.today, rules);
  const favourites = card.favourites.map(f => ({...f}));
  const seen = new Set<string>();
  for (const item of splitItems(sale.items)) {
    const key = item.normalize('NFKC').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const f = favourites.find(
      x => x.item.normalize('NFKC').toLowerCase() === key,
    );
    if (f) f.count++;
    else favourites.push({item, count: 1});
  }
  favourites.sort((a, b) => b.count - a.count);
  // What they just bought is no longer something they might like: the server leaves
  // out whatever they have bought, the same way (recKey).
  const bought = new Set(splitItems(sale.items).map(recKey));
  const recommended = card.recommended
    ? card.recommended.filter(r => !bought.has(recKey(r.item)))
    : card.recommended;
  return {
    ...card,
    grade: g.grade,
    perMonth: g.perMonth,
    visits: card.visits + 1,
    spend: round2(card.spend + sale.amount),
    points: round2(card.points + sale.points),
    lastVisitDaysAgo: Math.max(0, card.today - sale.day),
    favourites: favourites.slice(0, FAVOURITES),
    recommended,
    // A purchase restarts the follow-up clock and ends a lapse.
    due: card.due.filter(d => d.kind !== 'checkin' && d.kind !== 'lapsed'),
    saleDays,
  };
}

/**
 * The card after a contact: the follow-up clock restarts, and the contact answers a
 * win-back or an after-sale check-in too (domain/followup/occasions.ts).
 */
export function afterContact(card: Card, contact?: CardContact): Card {
  return {
    ...card,
    contact: contact ?? card.contact,
    due: card.due.filter(
      d =>
        d.kind !== 'checkin' && d.kind !== 'lapsed' && d.kind !== 'afterSale',
    ),
  };
}

/** The card after a complaint is resolved. */
export function afterResolve(card: Card, row: number): Card {
  return {
    ...card,
    complaints: card.complaints.filter(k => k.row !== row),
    due: card.due.filter(d => d.row !== row),
  };
}
