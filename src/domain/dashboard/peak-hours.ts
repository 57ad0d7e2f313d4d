/**
 * Peak hours: the last 8 weeks' sales by weekday and wall-clock hour. A sale whose time
 * is exactly midnight was typed as a date without a time and is counted apart.
 */
import {DAY_MS, isDate, tzOffsetMs} from '../dates';
import {weekdayOf} from './calendar';
import {firstDayShown} from './days';

/** Wall-clock hour in `tz`, the zone offset looked up once per hour of instants. */
function hourReader(tz: string): (ms: number) => number {
  const offsets = new Map<number, number>();
  return ms => {
    const bucket = Math.floor(ms / 3_600_000);
    let off = offsets.get(bucket);
    if (off === undefined) {
      off = tzOffsetMs(ms, tz);
      offsets.set(bucket, off);
    }
    const local = ms + off;
    return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 3_600_000);
  };
}

function isMidnight(ms: number, tz: string): boolean {
  const local = ms + tzOffsetMs(ms, tz);
  return ((local % DAY_MS) + DAY_MS) % DAY_MS === 0;
}

/** The peak hours' table, fed one counted sale at a time with its date cell. */
export function peakHours(today: number, tz: string) {
  const hourOf = hourReader(tz);
  const dayFrom = firstDayShown(today);
  /** [weekday 0 = Monday][hour]. */
  const peak = Array.from({length: 7}, () => new Array<number>(24).fill(0));
  const table = {
    peak,
    /** Sales of the last 8 weeks without a time of day. */
    untimed: 0,
    add(day: number, rawDate: unknown): void {
      if (day < dayFrom) return;
      if (isDate(rawDate)) {
        const ms = rawDate.getTime();
        if (isMidnight(ms, tz)) table.untimed++;
        else peak[weekdayOf(day)][hourOf(ms)]++;
      } else {
        table.untimed++;
      }
    },
  };
  return table;
}
