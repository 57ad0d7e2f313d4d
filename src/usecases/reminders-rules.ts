/**
 * The daily run's rules as Settings has them: the grade thresholds and window, and the
 * follow-up cadences, with the defaults for what can't be read.
 */
import {DEFAULT_GRADE_RULES, GradeRules, Thresholds} from '../domain/grading';
import {FollowupRules, Grade, GRADES} from '../domain/followup/occasions';
import {Settings} from '../sheets/settings';

/** A Settings number, or `def` when the cell holds something else. */
export function num(v: unknown, def: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : def;
}

export function gradeRulesOf(s: Settings): GradeRules {
  const th: Thresholds = [
    num(s.gradeA, 15),
    num(s.gradeB, 10),
    num(s.gradeC, 5),
    num(s.gradeD, 3),
  ];
  const w = Math.round(num(s.windowDays, DEFAULT_GRADE_RULES.windowDays));
  return {thresholds: th, windowDays: w >= 1 && w <= 3660 ? w : 90};
}

/** The follow-up rules as Settings has them (defaults for what can't be read). */
export function followupRulesOf(s: Settings): FollowupRules {
  return {
    cadence: Object.fromEntries(
      GRADES.map(g => [g, num(s[`cadence${g}`], 30)]),
    ) as Record<Grade, number>,
    birthdayNoticeDays: num(s.birthdayNoticeDays, 3),
    afterSaleDays: num(s.afterSaleDays, 3),
    lapsedCadences: num(s.lapsedCadences, 3),
    holidayGreetings: s.holidayGreetings !== false,
  };
}
