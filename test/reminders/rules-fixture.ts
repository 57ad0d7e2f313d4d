/** What the reminders' pure tests share: calendar days from ISO dates and a shop's rules. */
import {civilDay} from '../../src/domain/dates';
import {FollowupRules} from '../../src/domain/followup/occasions';

/** The day number of an ISO date (YYYY-MM-DD), as the follow-up rules count days. */
export const day = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return civilDay(y, m, d) as number;
};

/** A shop's follow-up rules as Settings holds them by default. */
export const RULES: FollowupRules = {
  cadence: {A: 7, B: 14, C: 30, D: 30, E: 90},
  birthdayNoticeDays: 3,
  afterSaleDays: 3,
  lapsedCadences: 3,
  holidayGreetings: true,
};
