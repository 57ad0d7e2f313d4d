/**
 * The daily run: what is due today, the owner's digest, greetings to customers who agreed
 * to them, and the reminder log that keeps all of it to once.
 *
 * Order of a run, under the document lock:
 *  1. recover: an earlier run that died mid-send left its intent in the document
 *     properties; what it sent is logged as sent, what it was sending as "unsure";
 *  2. compute everything due (domain/followup) from one read per tab;
 *  3. log the owner's new lines as "pending" before anything is sent, and carried ones
 *     that are out of date as "expired";
 *  4. customer emails, highest priority first, each one: intent → send → done, checking
 *     the quota and the time budget before each; the rest is logged "held" and goes
 *     first next run;
 *  5. the owner's digest (one a day), then its lines "listed".
 *
 * At-most-once for customer emails: the intent is in PropertiesService (written at once,
 * unlike sheet writes, which Apps Script batches) before MailApp is called. A run that
 * stops between the send and its record leaves the intent; the next run records it as
 * "unsure" and never sends it again, and the digest tells the owner, who can check with
 * the customer. The other choice, resending, would greet someone twice for every crash;
 * a missed greeting the owner is told about costs less than a duplicate a customer sees.
 * The owner's own lines are the opposite: a line whose digest may not have arrived stays
 * "pending" and is repeated the next day, since a forgotten complaint costs more than a
 * line read twice.
 */
import {dayNumber, dayToIso} from '../domain/dates';
import {t} from '../domain/i18n';
import {holidaysBetween, parseHolidayList} from '../domain/followup/holidays';
import {renderDigest} from '../domain/followup/render';
import {DIGEST as DIGEST_TEXTS} from '../domain/followup/texts';
import {cellText} from '../domain/followup/text';
import {Clock} from '../services/clock';
import {Mailer, recipientCount} from '../services/mail';
import {KeyValueStore} from '../services/properties';
import {BusyError, Locker} from '../services/lock';
import {loadSettings, SettingsRead, writeSetting} from '../sheets/settings';
import {cellUsage, cellWarning} from '../sheets/cell-usage';
import {readShopFacts} from './reminders-facts';
import {digestLinesOf} from './reminders-digest';
import {chooseEmails} from './reminders-email-choice';
import {DIGEST_INTENT_KEY, recover} from './reminders-intent';
import {logNewLines, planLines, readLog} from './reminders-lines';
import {ReminderLog} from './reminders-log';
import {lastRunText, RunReport, runFailed} from './reminders-report';
import {followupRulesOf, gradeRulesOf, num} from './reminders-rules';
import {sendEmails} from './reminders-send';
import {writeLastRun} from './reminders-state';
import {DailyJob, runDailyJobs} from './daily/jobs';
import {DAILY_JOBS} from './daily/job-list';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReminderDeps {
  ss: Spreadsheet;
  clock: Clock;
  mail: Mailer;
  props: KeyValueStore;
  /** The document lock (documentLocker): one run at a time per spreadsheet. */
  lock: Locker;
  /** How long the lock is waited for (ms), for the owner's message when it isn't had. */
  lockWaitMs?: number;
  /** SpreadsheetApp.flush: commits the log before an email goes. */
  flush: () => void;
  /** Stop sending customer emails after this long (ms); the digest still goes. */
  budgetMs?: number;
  /** The grades' as-of date, refreshed by the same morning run (grades/as-of.ts). */
  refreshAsOf?: (ss: Spreadsheet, now: Date, read: SettingsRead) => void;
  /** The day's other jobs (daily/job-list.ts unless a test gives its own). */
  jobs?: readonly DailyJob[];
}

export const DEFAULT_BUDGET_MS = 270_000; // 4.5 of Apps Script's 6 minutes

/**
 * One daily run. Never throws for a shop's data; an unexpected failure is recorded in
 * Settings' last run and rethrown so Apps Script's log has the stack.
 */
export function runDailyReminders(deps: ReminderDeps): RunReport {
  const {clock} = deps;
  const start = clock.now();
  const budget = deps.budgetMs ?? DEFAULT_BUDGET_MS;
  try {
    return deps.lock.withLock(() => runLocked(deps, start, budget));
  } catch (err) {
    if (!(err instanceof BusyError)) throw err;
    const report: RunReport = {
      outcome: 'busy',
      day: '',
      lines: 0,
      emails: 0,
      held: 0,
      unsure: 0,
      digest: 'none',
    };
    // Recorded without the lock: one cell and one property, which the run holding the
    // lock overwrites with its own outcome when it ends.
    recordRun(deps, loadSettings(deps.ss), report);
    return report;
  }
}

/** The run's outcome in the properties and in Settings' last-run cell. */
function recordRun(
  deps: ReminderDeps,
  read: SettingsRead,
  report: RunReport,
): void {
  const now = deps.clock.now();
  const text = lastRunText(
    read.lang,
    now,
    read.tz,
    report,
    deps.lockWaitMs ?? 30_000,
  );
  writeLastRun(deps.props, {
    ...report,
    at: now.toISOString(),
    text,
    ok: !runFailed(report),
  });
  writeSetting(deps.ss, 'remindersLastRun', text, read);
  deps.flush();
}

function runLocked(deps: ReminderDeps, start: Date, budget: number): RunReport {
  const {ss, clock, props, mail} = deps;
  const read = loadSettings(ss);
  const s = read.settings;
  const {lang, tz} = read;
  const today = dayNumber(start, tz);
  const todayIso = dayToIso(today);
  const report: RunReport = {
    outcome: 'done',
    day: todayIso,
    lines: 0,
    emails: 0,
    held: 0,
    unsure: 0,
    digest: 'none',
  };
  const finish = (): RunReport => {
    recordRun(deps, read, report);
    return report;
  };
  try {
    const log = ReminderLog.open(ss, lang);
    const cells = cellWarning(cellUsage(ss), lang);
    if (cells) report.cells = cells;
    const unsureNow = recover(log, props, start, deps.flush);
    report.unsure = unsureNow.length;
    if (deps.refreshAsOf) {
      try {
        deps.refreshAsOf(ss, start, read);
      } catch (err) {
        // The grades' date is a convenience; the follow-ups are the point of the run.
        console.error(
          'Shuke reminders: refreshing the grades date failed',
          err,
        );
      }
    }

    const owner = cellText(s.ownerEmail, 500);
    if (!owner) {
      report.outcome = 'noOwner';
      return finish();
    }

    const rules = followupRulesOf(s);
    const facts = readShopFacts(ss, {
      today,
      tz,
      lang,
      grade: gradeRulesOf(s),
      largeSale: num(s.largeSale, 200),
      largeSaleLookback: Math.max(1, rules.afterSaleDays) + 7,
    });
    const jobs = runDailyJobs(deps.jobs ?? DAILY_JOBS, {
      ss,
      read,
      lang,
      tz,
      today,
      todayIso,
      start,
      clock,
      facts,
      flush: deps.flush,
    });
    const jobNotices = [
      ...jobs.notices,
      ...jobs.failed.map(f =>
        t(DIGEST_TEXTS.jobFailed, lang, {job: t(f.name, lang), error: f.error}),
      ),
    ];
    const holidays = rules.holidayGreetings
      ? holidaysBetween(today, today + 1, parseHolidayList(s.holidays).keys)
      : [];

    // 2. What the log already knows, and today's lines, one per customer.
    const known = readLog(log.rows, todayIso);
    const {digestToday} = known;
    const plan = planLines({
      customers: facts.customers,
      known,
      today,
      rules,
      holidays,
      birthdayNotes: jobs.birthdayNotes,
      lang,
    });
    const {shown, expiredLines} = plan;

    // 3. Log new lines as pending before anything is sent.
    const pendingNow = logNewLines(log, plan, start, todayIso, lang);
    log.setStatus(expiredLines, 'expired');
    deps.flush();

    // 4. Customer emails (reminders-email-choice.ts, reminders-send.ts).
    const choice = chooseEmails({
      heldRows: known.heldRows,
      emailDue: plan.emailDue,
      byCustomer: plan.byCustomer,
      dueToday: plan.dueToday,
      emailedToday: known.emailedToday,
      today,
      start,
      todayIso,
    });
    const {expired} = choice;
    log.append(choice.entries);

    const ownerRecipients = recipientCount(owner);
    const {emailedLine, heldNames, stopped} = sendEmails({
      candidates: choice.candidates,
      heldRows: known.heldRows,
      reserve: digestToday ? 0 : ownerRecipients,
      budget,
      start,
      today,
      todayIso,
      owner,
      settings: s,
      lang,
      clock,
      mail,
      props,
      flush: deps.flush,
      log,
      report,
      unsureNow,
    });
    report.held = heldNames.length;
    if (stopped === 'time') report.outcome = 'partial';
    if (stopped === 'quota') report.outcome = 'quota';

    // 5. The owner's digest.
    if (digestToday) {
      report.digest = 'already';
      if (report.outcome === 'done' && report.emails === 0) {
        report.outcome = 'already';
      }
      return finish();
    }
    // Lines that only expired are no reason for an email of their own (the log has them).
    const nothing =
      shown.length === 0 &&
      heldNames.length === 0 &&
      unsureNow.length === 0 &&
      expired.length === 0 &&
      jobs.sections.length === 0 &&
      jobNotices.length === 0;
    if (nothing && s.allClearEmail !== true) {
      report.digest = 'none';
      return finish();
    }
    const digest = renderDigest({
      lang,
      shop: cellText(s.shopName, 80) || 'Shuke 熟客',
      today,
      lines: digestLinesOf(shown, emailedLine, s, lang, today),
      more: plan.more,
      emailsSent: report.emails,
      held: heldNames,
      unsure: unsureNow.map(u => u.name),
      expired,
      expiredLines: expiredLines.length,
      problems: facts.problems,
      url: ss.getUrl(),
      notices: [...(report.cells ? [report.cells] : []), ...jobNotices],
      sections: jobs.sections,
    });
    if (mail.remainingQuota() < ownerRecipients) {
      report.digest = 'held';
      report.outcome = 'quota';
      return finish();
    }
    props.set(DIGEST_INTENT_KEY, todayIso);
    mail.send({
      to: owner,
      subject: digest.subject,
      text: digest.text,
      html: digest.html,
      name: cellText(s.shopName, 80) || 'Shuke 熟客',
    });
    log.append([
      {
        at: clock.now(),
        day: todayIso,
        customer: '',
        name: '',
        channel: 'digest',
        item: `digest:${todayIso}`,
        status: 'sent',
        note: `${shown.length}`,
      },
    ]);
    log.setStatus(pendingNow, 'listed');
    deps.flush();
    props.remove(DIGEST_INTENT_KEY);
    report.digest = 'sent';
    report.lines = shown.length;
    return finish();
  } catch (err) {
    report.outcome = 'failed';
    // By shape, not instanceof: a service's error may come from another realm.
    const message = (err as {message?: unknown} | null)?.message;
    report.error = typeof message === 'string' ? message : String(err);
    try {
      finish();
    } catch {
      // The failure itself is what matters; it is rethrown below.
    }
    throw err;
  }
}
