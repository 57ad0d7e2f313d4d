/**
 * Revenue and visits by day over the last 8 weeks (today and the 55 days before), each
 * beside the same weekday 52 weeks (364 days) before, so weekends line up.
 */
import {round2} from '../counter/money';

export const DAYS_SHOWN = 56;
const YEAR_DAYS = 364;

export interface DayRow {
  day: number;
  revenue: number;
  visits: number;
  /**
   * Blank (null) when that day a year before comes before the book's first sale: the
   * book knows nothing of it, and a 0 would read as "sold nothing last year".
   */
  revenueLastYear: number | null;
  visitsLastYear: number | null;
}

/** The first day shown when today is `today`. */
export function firstDayShown(today: number): number {
  return today - DAYS_SHOWN + 1;
}

/** The days' table, fed one counted sale at a time (in the Sales tab's order). */
export function dayTable(today: number) {
  const dayFrom = firstDayShown(today);
  const days: DayRow[] = [];
  for (let d = dayFrom; d <= today; d++) {
    days.push({
      day: d,
      revenue: 0,
      visits: 0,
      revenueLastYear: 0,
      visitsLastYear: 0,
    });
  }
  return {
    add(day: number, amount: number): void {
      const di = day - dayFrom;
      if (di >= 0) {
        days[di].revenue += amount;
        days[di].visits++;
      }
      const ly = day + YEAR_DAYS - dayFrom;
      if (ly >= 0 && ly < DAYS_SHOWN) {
        days[ly].revenueLastYear! += amount;
        days[ly].visitsLastYear!++;
      }
    },
    /**
     * The rows, last year blank before the book's first counted sale (`firstDay`) and
     * before the compaction's cut, whose folded sales keep no amount per day.
     */
    rows(firstDay: number, cut: number | null): DayRow[] {
      for (const d of days) {
        d.revenue = round2(d.revenue);
        d.revenueLastYear = round2(d.revenueLastYear!);
        if (
          d.day - YEAR_DAYS < firstDay ||
          (cut !== null && d.day - YEAR_DAYS < cut)
        ) {
          d.revenueLastYear = null;
          d.visitsLastYear = null;
        }
      }
      return days;
    },
  };
}
