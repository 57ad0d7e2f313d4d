/** Revenue and visits by month over the last 13 months, beside the same month a year before. */
import {round2} from '../counter/money';
import {firstDayOfMonth, monthOfDay} from './calendar';

export const MONTHS_SHOWN = 13;

export interface MonthRow {
  /** Year × 12 + month index (0–11). */
  month: number;
  /** Blank (null) before the month of the book's first sale: the shop kept no book yet. */
  revenue: number | null;
  visits: number | null;
  /** Blank (null) when that month a year before ends before the book's first sale. */
  revenueLastYear: number | null;
  visitsLastYear: number | null;
}

/** The first month shown (a month index of calendar.ts) when today is `today`. */
export function firstMonthShown(today: number): number {
  return monthOfDay(today) - MONTHS_SHOWN + 1;
}

/** The months' table, fed one counted sale at a time (in the Sales tab's order). */
export function monthTable(today: number) {
  const thisMonth = monthOfDay(today);
  const monthFrom = firstMonthShown(today);
  const months: MonthRow[] = [];
  for (let m = monthFrom; m <= thisMonth; m++) {
    months.push({
      month: m,
      revenue: 0,
      visits: 0,
      revenueLastYear: 0,
      visitsLastYear: 0,
    });
  }
  return {
    add(day: number, amount: number): void {
      const month = monthOfDay(day);
      const mi = month - monthFrom;
      if (mi >= 0) {
        months[mi].revenue! += amount;
        months[mi].visits!++;
      }
      const lm = month + 12 - monthFrom;
      if (lm >= 0 && lm < MONTHS_SHOWN) {
        months[lm].revenueLastYear! += amount;
        months[lm].visitsLastYear!++;
      }
    },
    /**
     * The rows, blank before the month of the book's first counted sale (`firstDay`),
     * last year's too and when it reaches before the compaction's cut.
     */
    rows(firstDay: number, cut: number | null): MonthRow[] {
      const firstMonth = Number.isFinite(firstDay)
        ? monthOfDay(firstDay)
        : Infinity;
      for (const m of months) {
        m.revenue = round2(m.revenue!);
        if (m.month < firstMonth) {
          m.revenue = null;
          m.visits = null;
        }
        m.revenueLastYear = round2(m.revenueLastYear!);
        if (
          m.month - 12 < firstMonth ||
          (cut !== null && firstDayOfMonth(m.month - 12) < cut)
        ) {
          m.revenueLastYear = null;
          m.visitsLastYear = null;
        }
      }
      return months;
    },
  };
}
