/**
 * Why an "as of" cell: Sheets refuses volatile functions (TODAY, NOW) as custom-function
 * arguments, and a custom function recalculates only when one of its arguments changes.
 * Left alone, grades would freeze on the day they were first computed. So the formulas
 * take the Settings cell "Grades as of" as an argument, and the daily trigger and the
 * menu "Refresh grades" write today's date into it: the cell changes, every grade
 * formula recalculates.
 */
import {dateOfDay, dayNumber, isDate, todayIn} from '../../domain/dates';
import {loadSettings, SettingsRead, writeSetting} from '../../sheets/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Writes today's date (in the spreadsheet's time zone) into Settings "Grades as of", so
 * every grade formula recalculates. No write when it already holds today as a value.
 * Returns the day number of today, whether the cell changed, and the formula it replaced
 * when an owner had typed a volatile one there.
 */
export function refreshAsOf(
  ss: Spreadsheet,
  now: Date,
  settings?: SettingsRead,
): {day: number; changed: boolean; replaced: string | null} {
  const read = settings ?? loadSettings(ss);
  const day = todayIn(read.tz, now);
  const current = read.settings.asOf;
  if (isDate(current) && dayNumber(current, read.tz) === day) {
    // =TODAY() shows today too, but no custom function ever loads with it as an
    // argument (custom functions guide, "Arguments": "displays Loading...
    // indefinitely"); only then is the cell's formula worth a read.
    const formula = asOfFormula(read);
    if (!VOLATILE_FORMULA.test(formula)) {
      return {day, changed: false, replaced: null};
    }
    const changed = writeSetting(ss, 'asOf', dateOfDay(day, read.tz), read);
    return {day, changed, replaced: formula};
  }
  const changed = writeSetting(ss, 'asOf', dateOfDay(day, read.tz), read);
  return {day, changed, replaced: null};
}

/** Sheets' volatile functions, which a custom-function argument must not depend on. */
const VOLATILE_FORMULA = /\b(?:NOW|TODAY|RAND|RANDBETWEEN|RANDARRAY)\s*\(/i;

function asOfFormula(read: SettingsRead): string {
  const row = read.rows.get('asOf');
  if (!read.sheet || row === undefined) return '';
  return read.sheet.getRange(row, read.layout.value + 1).getFormula();
}
