/**
 * A sale counts on the Customers tab the day it is made. The grade formulas count sales
 * up to Settings "Grades as of" (grades/as-of.ts), which the daily trigger and the menu
 * move to today; a sale made before that happened (before the trigger's hour, or in a shop
 * without the daily trigger) was left out, so a new customer's grade cell stayed blank
 * while their card, counted as of today, said E. So the first sale of a day brings
 * "Grades as of" to today, as the daily trigger would. The counter context holds the
 * day the cell held when Settings was read, and the cache the day it was last brought
 * forward, so a sale on a day already counted reads nothing more.
 */
import {dayNumber, isDate, todayIn} from '../domain/dates';
import {loadSettings} from '../sheets/settings';
import {refreshAsOf} from './grades/as-of';
import {
  CounterContext,
  KeyValueCache,
  REQUEST_SECONDS,
} from './counter-context';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const KEY = 'shuke.grades.today';

/**
 * Moves "Grades as of" forward to today when it holds an earlier date. Never backwards,
 * and a cell that holds no date is the owner's to fix (the self-check and the menu say
 * so): the sale is already written, so nothing here may fail it.
 */
export function gradesCountToday(
  ss: Spreadsheet,
  cache: KeyValueCache,
  ctx: Pick<CounterContext, 'tz' | 'gradesAsOfDay'>,
  now: Date,
): void {
  const day = todayIn(ctx.tz, now);
  const known = ctx.gradesAsOfDay;
  if (known === null || (known !== undefined && known >= day)) return;
  const today = String(day);
  try {
    if (cache.get(KEY) === today) return;
    const read = loadSettings(ss);
    const asOf = read.settings.asOf;
    if (isDate(asOf) && dayNumber(asOf, read.tz) < todayIn(read.tz, now)) {
      refreshAsOf(ss, now, read);
    }
    cache.put(KEY, today, REQUEST_SECONDS);
  } catch {
    // Settings unreadable: the daily trigger or the menu brings the grades up to date.
  }
}
