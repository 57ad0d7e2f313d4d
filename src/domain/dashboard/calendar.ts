/** Months and weekdays of the day numbers of domain/dates, as the dashboard counts them. */
import {DAY_MS} from '../dates';

/** Year × 12 + month of a day number. */
export function monthOfDay(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The day number of the first day of a month index. */
export function firstDayOfMonth(month: number): number {
  return Math.floor(Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY_MS);
}

/** Monday = 0 … Sunday = 6 (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
