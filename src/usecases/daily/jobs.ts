/**
 * The daily run's other work: besides the follow-ups, features do their once-a-day part
 * here (expire points, move tiers, refresh the dashboard, list who is past retention…).
 * Each feature keeps its job in its own module and adds one line to DAILY_JOBS
 * (daily/job-list.ts).
 *
 * Jobs run inside the run's document lock, after the run has recovered from an earlier
 * one and read the shop, and before any email goes, so what a job writes is seen by the
 * rest of the run. A job's writes must be once-only by themselves (a run can die after
 * any call and run again the same day): key them by day in the sheet they write. A job
 * that throws is told in the digest by name and the run goes on: one feature's trouble
 * must not cost the owner today's follow-ups.
 */
import {Lang, Texts} from '../../domain/i18n';
import {DigestSection} from '../../domain/followup/render';
import {Clock} from '../../services/clock';
import {SettingsRead} from '../../sheets/settings';
import {ShopFacts} from '../reminders-facts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DailyJobContext {
  ss: Spreadsheet;
  read: SettingsRead;
  lang: Lang;
  tz: string;
  /** The run's day (day number of domain/dates) and its ISO form. */
  today: number;
  todayIso: string;
  /** When the run started. */
  start: Date;
  clock: Clock;
  /** The customers as the reminders read them (grades, facts, contact details). */
  facts: ShopFacts;
  /** SpreadsheetApp.flush: commit before anything that must not run twice. */
  flush: () => void;
}

export interface DailyJobResult {
  /** Titled lists for the owner's digest, in the book's language. */
  sections?: DigestSection[];
  /** One-line notices for the digest's foot, in the book's language. */
  notices?: string[];
  /**
   * By customer key, a note for their birthday line in the digest (a tier's birthday
   * gift), in the book's language; shown only on a day their birthday is listed.
   */
  birthdayNotes?: Readonly<Record<string, string>>;
}

export interface DailyJob {
  /** Short and stable: logs and the digest's failure line name the job by it. */
  id: string;
  /** What the owner calls it, for the digest when it fails ("积分过期" / "Points expiry"). */
  name: Texts;
  run(ctx: DailyJobContext): DailyJobResult | void;
}

export interface DailyJobsOutcome {
  sections: DigestSection[];
  notices: string[];
  birthdayNotes: Record<string, string>;
  failed: Array<{id: string; name: Texts; error: string}>;
}

export function runDailyJobs(
  jobs: readonly DailyJob[],
  ctx: DailyJobContext,
): DailyJobsOutcome {
  const out: DailyJobsOutcome = {
    sections: [],
    notices: [],
    // No prototype: a customer key is whatever the owner typed ("constructor" too).
    birthdayNotes: Object.create(null) as Record<string, string>,
    failed: [],
  };
  for (const job of jobs) {
    try {
      const r = job.run(ctx);
      if (!r) continue;
      out.sections.push(...(r.sections ?? []).filter(s => s.lines.length > 0));
      out.notices.push(...(r.notices ?? []));
      for (const [k, note] of Object.entries(r.birthdayNotes ?? {})) {
        const had = out.birthdayNotes[k];
        out.birthdayNotes[k] = had ? `${had}; ${note}` : note;
      }
    } catch (err) {
      // By shape, not instanceof: a service's error may come from another realm.
      const message = (err as {message?: unknown} | null)?.message;
      const error = typeof message === 'string' ? message : String(err);
      console.error(`Shuke daily job ${job.id} failed`, err);
      out.failed.push({id: job.id, name: job.name, error});
    }
  }
  return out;
}
