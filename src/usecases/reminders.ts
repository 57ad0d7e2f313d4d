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
import {DEFAULT_GRADE_RULES, GradeRules, Thresholds} from '../domain/grading';
import {fill, Lang, t} from '../domain/i18n';
import {
  HOLIDAYS,
  holidaysBetween,
  parseHolidayList,
} from '../domain/followup/holidays';
import {
  EMAIL_ORDER,
  EmailKind,
  FollowupRules,
  Grade,
  GRADES,
  Occasion,
  occasionsFor,
  PRIORITY,
  ReasonKind,
} from '../domain/followup/occasions';
import {
  DigestLine,
  reasonText,
  renderCustomerEmail,
  renderDigest,
  sortLines,
} from '../domain/followup/render';
import {
  ANY_ITEM,
  OWNER_FALLBACK,
  TemplateKey,
} from '../domain/followup/templates';
import {DIGEST as DIGEST_TEXTS, RUN_TEXTS} from '../domain/followup/texts';
import {FAILURE_TEXTS} from '../domain/followup/switch-texts';
import {cellText, compareText} from '../domain/followup/text';
import {Clock} from '../services/clock';
import {Mailer, recipientCount} from '../services/mail';
import {KeyValueStore} from '../services/properties';
import {BusyError, Locker} from '../services/lock';
import {
  loadSettings,
  Settings,
  SettingsRead,
  writeSetting,
} from '../sheets/settings';
import {cellUsage, cellWarning} from '../sheets/cell-usage';
import {CustomerCard, readShopFacts} from './reminders-facts';
import {LogEntry, LogRow, ReminderLog} from './reminders-log';
import {
  carriedLineExpired,
  emailDeadline,
  emailKindOfItem,
  groupOfItem,
} from './reminders-items';
import {LAST_RUN_KEY, writeLastRun} from './reminders-state';
import {DailyJob, runDailyJobs} from './daily/jobs';
import {DAILY_JOBS} from './daily/job-list';
import {consentFor, mayListLine} from './privacy/consent-for';

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
  /** The grades' as-of date, refreshed by the same morning run (grades.ts). */
  refreshAsOf?: (ss: Spreadsheet, now: Date, read: SettingsRead) => void;
  /** The day's other jobs (daily/job-list.ts unless a test gives its own). */
  jobs?: readonly DailyJob[];
}

export type RunOutcome =
  'done' | 'partial' | 'quota' | 'already' | 'busy' | 'noOwner' | 'failed';

export interface RunReport {
  outcome: RunOutcome;
  day: string;
  /** Customers on today's digest. */
  lines: number;
  /** Customer emails sent by this run. */
  emails: number;
  /** Customer emails held back for the next run. */
  held: number;
  /** Emails recorded as unsure after an interrupted run. */
  unsure: number;
  digest: 'sent' | 'none' | 'already' | 'held';
  error?: string;
  /** The owner's warning at 80 % of the spreadsheet's 10,000,000 cells. */
  cells?: string;
}

export const DEFAULT_BUDGET_MS = 270_000; // 4.5 of Apps Script's 6 minutes
/** Lines shown in one digest; more go the next day (Gmail clips long emails). */
export const MAX_DIGEST_LINES = 150;
/** Emails logged together; the intent in the properties covers the ones in between. */
const EMAIL_LOG_BATCH = 20;

export const INFLIGHT_KEY = 'shuke.reminders.inflight';
export const DIGEST_INTENT_KEY = 'shuke.reminders.digestIntent';
export {LAST_RUN_KEY};

interface EmailRef {
  customer: string;
  item: string;
  name: string;
  kind: EmailKind;
}

interface Inflight {
  day: string;
  sent: EmailRef[];
  sending: EmailRef | null;
}

const PAIR = (customer: string, item: string) => `${customer}\u0001${item}`;

const TEMPLATE_OF: Readonly<Record<ReasonKind, TemplateKey>> = {
  complaint: 'msgComplaint',
  birthday: 'msgBirthday',
  lapsed: 'msgWinback',
  holiday: 'msgHoliday',
  afterSale: 'msgAfterSale',
  checkin: 'msgCheckin',
};

const EMAIL_TEMPLATE: Readonly<Record<EmailKind, TemplateKey>> = {
  birthday: 'msgBirthday',
  holiday: 'msgHoliday',
  winback: 'msgWinback',
};

function num(v: unknown, def: number): number {
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

function templateText(s: Settings, key: TemplateKey): string {
  return String(s[key] ?? '');
}

interface Values {
  name: string;
  shop: string;
  owner: string;
  item: string;
  phone: string;
  date: string;
  holiday: string;
  greeting: string;
}

function valuesFor(
  card: CustomerCard | undefined,
  s: Settings,
  lang: Lang,
  today: number,
  holidayKey: string | null,
): Values {
  const h = holidayKey ? HOLIDAYS.find(x => x.key === holidayKey) : undefined;
  return {
    name: card?.name ?? '',
    shop: cellText(s.shopName, 80),
    owner: cellText(s.ownerName, 40) || t(OWNER_FALLBACK, lang),
    item: card?.favourites[0] ?? t(ANY_ITEM, lang),
    phone: cellText(s.shopPhone, 40),
    date: dayToIso(today),
    holiday: h ? h.names[lang] : '',
    greeting: h ? h.greeting[lang] : '',
  };
}

/**
 * Whether a run did its job. A run that didn't is recorded and then thrown by the trigger
 * handler, since Google emails a trigger's owner only when its function throws.
 */
export function runFailed(r: RunReport): boolean {
  return (
    r.outcome === 'failed' ||
    r.outcome === 'busy' ||
    r.outcome === 'noOwner' ||
    r.digest === 'held'
  );
}

/** The run's summary as Settings shows it, in `lang`. */
export function lastRunText(
  lang: Lang,
  when: Date,
  tz: string,
  r: RunReport,
  lockWaitMs: number,
): string {
  const outcome =
    r.outcome === 'failed'
      ? t(RUN_TEXTS.failed, lang, {error: r.error ?? ''})
      : r.digest === 'held'
        ? t(FAILURE_TEXTS.digestHeld, lang)
        : r.outcome === 'partial'
          ? t(RUN_TEXTS.partial, lang)
          : r.outcome === 'quota'
            ? t(RUN_TEXTS.quota, lang)
            : r.outcome === 'already'
              ? t(RUN_TEXTS.already, lang)
              : r.outcome === 'noOwner'
                ? t(RUN_TEXTS.noOwnerEmail, lang)
                : r.outcome === 'busy'
                  ? t(FAILURE_TEXTS.busyFailed, lang, {
                      seconds: Math.round(lockWaitMs / 1000),
                    })
                  : t(RUN_TEXTS.done, lang);
  const local = new Date(when.getTime());
  const iso = dayToIso(dayNumber(local, tz));
  const hhmm = hourMinute(local, tz);
  const text = t(RUN_TEXTS.lastRun, lang, {
    when: `${iso} ${hhmm}`,
    outcome,
    lines: r.lines,
    emails: r.emails,
    held: r.held ? t(RUN_TEXTS.heldSuffix, lang, {count: r.held}) : '',
  });
  return r.cells ? `${text}\n${r.cells}` : text;
}

/** HH:MM of an instant in `tz`, without Utilities (pure, so tests need no globals). */
function hourMinute(d: Date, tz: string): string {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return f.format(d);
}

/**
 * Puts the intent of an interrupted run into the log; returns the unsure emails. The log
 * is flushed before an intent is removed: sheet writes are batched, and an execution
 * that dies between the two would otherwise lose both, and send again.
 */
function recover(
  log: ReminderLog,
  props: KeyValueStore,
  now: Date,
  flush: () => void,
): EmailRef[] {
  const unsure: EmailRef[] = [];
  const raw = props.get(INFLIGHT_KEY);
  if (raw) {
    let inflight: Inflight | null = null;
    try {
      inflight = JSON.parse(raw) as Inflight;
    } catch {
      inflight = null;
    }
    if (inflight) {
      const done = new Set(
        log.rows
          .filter(r => r.channel === 'email' && r.status !== 'held')
          .map(r => PAIR(r.customer, r.item)),
      );
      const entries: LogEntry[] = [];
      for (const e of inflight.sent ?? []) {
        if (done.has(PAIR(e.customer, e.item))) continue;
        done.add(PAIR(e.customer, e.item));
        entries.push(emailEntry(now, inflight.day, e, 'sent'));
      }
      const s = inflight.sending;
      if (s && !done.has(PAIR(s.customer, s.item))) {
        entries.push(emailEntry(now, inflight.day, s, 'unsure'));
        unsure.push(s);
      }
      log.append(entries);
      flush();
    }
    props.remove(INFLIGHT_KEY);
  }
  const digest = props.get(DIGEST_INTENT_KEY);
  if (digest) {
    const day = digest;
    if (!log.rows.some(r => r.channel === 'digest' && r.day === day)) {
      log.append([
        {
          at: now,
          day,
          customer: '',
          name: '',
          channel: 'digest',
          item: `digest:${day}`,
          status: 'unsure',
          note: '',
        },
      ]);
      flush();
    }
    props.remove(DIGEST_INTENT_KEY);
  }
  return unsure;
}

function emailEntry(
  at: Date,
  day: string,
  e: EmailRef,
  status: 'sent' | 'unsure' | 'held' | 'expired',
): LogEntry {
  return {
    at,
    day,
    customer: e.customer,
    name: e.name,
    channel: 'email',
    item: e.item,
    status,
    note: e.kind,
  };
}

/**
 * A holiday greeting the customer gets by email needs no line in the owner's list: on
 * Mid-Autumn a shop with hundreds of such customers would push everything else out.
 * The digest counts them; customers without an email stay on the list (to greet by
 * WeChat or in person).
 */
export function greetedByEmailOnly(o: Occasion, card: CustomerCard): boolean {
  return o.kind === 'holiday' && mayEmail(card);
}

/**
 * A customer gets greetings by email only with an address and consent, and not while a
 * complaint of theirs is open: a cheerful "happy holidays" to someone still waiting for
 * an answer makes it worse. The occasion still stands in the owner's list, to handle in
 * person.
 */
export function mayEmail(card: CustomerCard | undefined): card is CustomerCard {
  return (
    !!card &&
    card.email !== '' &&
    consentFor(card, 'email') === 'agreed' &&
    card.facts.complaints.length === 0
  );
}

interface PlannedLine {
  card: CustomerCard | undefined;
  name: string;
  customer: string;
  group: ReasonKind;
  why: string[];
  /** New occasions to log as pending. */
  fresh: Occasion[];
  /** Rows already pending from an earlier run. */
  carriedRows: LogRow[];
  email: 'sent' | 'held' | null;
}

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

    // What the log already knows.
    const lineSeen = new Set<string>();
    const pending: LogRow[] = [];
    const emailDone = new Set<string>();
    const heldRows = new Map<string, LogRow>();
    const emailedToday = new Set<string>();
    let digestToday = false;
    for (const r of log.rows) {
      const pair = PAIR(r.customer, r.item);
      if (r.channel === 'line') {
        lineSeen.add(pair);
        if (r.status === 'pending') pending.push(r);
      } else if (r.channel === 'email') {
        if (r.status === 'held') {
          heldRows.set(pair, r);
        } else {
          emailDone.add(pair);
          if (r.day === todayIso && r.status !== 'expired') {
            emailedToday.add(r.customer);
          }
        }
      } else if (r.channel === 'digest' && r.day === todayIso) {
        digestToday = true;
      }
    }
    for (const pair of emailDone) heldRows.delete(pair);

    // Today's occasions, one line per customer.
    const byCustomer = new Map<string, CustomerCard>();
    for (const c of facts.customers) byCustomer.set(c.key, c);
    const lines = new Map<string, PlannedLine>();
    const lineOf = (customer: string, name: string): PlannedLine => {
      let l = lines.get(customer);
      if (!l) {
        l = {
          card: byCustomer.get(customer),
          name,
          customer,
          group: 'checkin',
          why: [],
          fresh: [],
          carriedRows: [],
          email: null,
        };
        lines.set(customer, l);
      }
      return l;
    };
    const emailDue = new Map<string, Occasion[]>();
    // Every occasion due today by customer, listed before or not: carried lines are
    // judged against it (carriedLineExpired).
    const dueToday = new Map<string, Set<string>>();
    for (const card of facts.customers) {
      const ids = new Set<string>();
      dueToday.set(card.key, ids);
      for (const o of occasionsFor(card.facts, today, rules, holidays)) {
        ids.add(o.id);
        const pair = PAIR(card.key, o.id);
        if (
          !lineSeen.has(pair) &&
          !greetedByEmailOnly(o, card) &&
          mayListLine(o.kind, card)
        ) {
          lineOf(card.key, card.name).fresh.push(o);
        }
        if (o.email && !emailDone.has(pair) && !heldRows.has(pair)) {
          const list = emailDue.get(card.key) ?? [];
          list.push(o);
          emailDue.set(card.key, list);
        }
      }
    }
    // Once today's digest went, what is pending simply stays so for tomorrow's. What is
    // out of date is logged "expired" (step 3) and counted in the digest, not listed.
    const expiredLines: LogRow[] = [];
    for (const r of digestToday ? [] : pending) {
      const card = byCustomer.get(r.customer);
      const due = dueToday.get(r.customer) ?? new Set<string>();
      if (
        carriedLineExpired(r.item, card, due, today) ||
        !mayListLine(groupOfItem(r.item), card)
      ) {
        expiredLines.push(r);
        continue;
      }
      lineOf(r.customer, r.name).carriedRows.push(r);
    }
    for (const l of lines.values()) {
      l.fresh.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
      const groups = [
        ...l.fresh.map(o => o.kind),
        ...l.carriedRows.map(r => groupOfItem(r.item)),
      ];
      l.group = groups.reduce(
        (best, g) => (PRIORITY[g] < PRIORITY[best] ? g : best),
        groups[0] ?? 'checkin',
      );
      l.why = [
        ...l.fresh.map(o => reasonText(o, lang)),
        ...l.carriedRows.map(r => r.note).filter(n => n !== ''),
      ];
      // A job's note for the birthday line (a tier's gift), on the day it is listed.
      const gift = jobs.birthdayNotes[l.customer];
      const birthday = l.fresh.findIndex(o => o.kind === 'birthday');
      if (gift && birthday >= 0) l.why.splice(birthday + 1, 0, gift);
    }
    const ordered = sortLines(
      [...lines.values()].map(l => ({
        ...l,
        customer: {
          grade: l.card?.facts.grade ?? null,
          name: l.name,
        },
        plan: l,
      })),
    ).map(x => x.plan);
    // Lines left from an earlier day (not listed then, or in a digest that may not have
    // arrived) come first in their group, oldest first, so what a capped digest left out
    // is listed next time rather than pushed back again by the same day's newer lines.
    const since = (l: PlannedLine): string =>
      l.carriedRows.reduce((d, r) => (r.day < d ? r.day : d), '\uffff');
    ordered.sort((a, b) => {
      const sa = since(a);
      const sb = since(b);
      return (
        PRIORITY[a.group] - PRIORITY[b.group] ||
        (sa < sb ? -1 : sa > sb ? 1 : 0)
      );
    });
    const shown = digestToday ? [] : ordered.slice(0, MAX_DIGEST_LINES);
    const more = digestToday ? 0 : ordered.length - shown.length;
    // Lines that do not make it into today's digest (over the cap, or found after it
    // went) are logged pending too: they carry over like an undelivered digest's.
    const notShown = ordered.slice(shown.length);

    // 3. Log new lines as pending before anything is sent.
    const pendingNow: LogRow[] = [];
    const freshEntries: LogEntry[] = [];
    const freshOf = (l: PlannedLine): LogEntry[] =>
      l.fresh.map(o => ({
        at: start,
        day: todayIso,
        customer: l.customer,
        name: l.name,
        channel: 'line',
        item: o.id,
        status: 'pending',
        note: reasonText(o, lang),
      }));
    for (const l of shown) {
      freshEntries.push(...freshOf(l));
      pendingNow.push(...l.carriedRows);
    }
    const shownFresh = freshEntries.length;
    for (const l of notShown) freshEntries.push(...freshOf(l));
    pendingNow.push(...log.append(freshEntries).slice(0, shownFresh));
    log.setStatus(expiredLines, 'expired');
    deps.flush();

    // 4. Customer emails: at most one a customer a day, the best by EMAIL_ORDER of what
    // is held from earlier runs and what is due today together (a birthday greeting,
    // which has only its day, before a win-back, which keeps). The others wait, logged
    // "held" (so nothing is lost), or "expired" once past their day.
    const expired: string[] = [];
    const expiredEntries: LogEntry[] = [];
    interface Option {
      ref: EmailRef;
      held: boolean;
      prio: number;
    }
    const options = new Map<string, Option[]>();
    const addOption = (o: Option) => {
      const list = options.get(o.ref.customer);
      if (list) list.push(o);
      else options.set(o.ref.customer, [o]);
    };
    for (const [pair, row] of heldRows) {
      const card = byCustomer.get(row.customer);
      const kind = emailKindOfItem(row.item);
      if (!kind) continue;
      if (!mayEmail(card)) continue; // consent withdrawn or a complaint open
      if (emailDeadline(row.item) < today) {
        expired.push(row.name);
        expiredEntries.push(
          emailEntry(start, todayIso, {...row, kind}, 'expired'),
        );
        heldRows.delete(pair);
        continue;
      }
      if (kind === 'winback' && !dueToday.get(row.customer)?.has(row.item)) {
        // Back in the shop since, or the owner has been in touch: a "we miss you" would
        // be wrong now.
        expiredEntries.push(
          emailEntry(start, todayIso, {...row, kind}, 'expired'),
        );
        heldRows.delete(pair);
        continue;
      }
      addOption({
        ref: {customer: card.key, item: row.item, name: card.name, kind},
        held: true,
        prio: -1, // held from an earlier run: first
      });
    }
    for (const [customer, list] of emailDue) {
      const card = byCustomer.get(customer);
      if (!mayEmail(card)) continue;
      for (const o of list) {
        addOption({
          ref: {
            customer,
            item: o.id,
            name: card.name,
            kind: o.email as EmailKind,
          },
          held: false,
          prio: PRIORITY[o.kind],
        });
      }
    }
    const candidates: Array<{ref: EmailRef; card: CustomerCard; prio: number}> =
      [];
    const waiting: LogEntry[] = [];
    for (const [customer, list] of options) {
      const card = byCustomer.get(customer) as CustomerCard;
      list.sort(
        (a, b) =>
          EMAIL_ORDER.indexOf(a.ref.kind) - EMAIL_ORDER.indexOf(b.ref.kind) ||
          Number(b.held) - Number(a.held),
      );
      // Emailed already today (an earlier run): everything waits for the next day.
      const best = emailedToday.has(customer) ? null : list[0];
      for (const o of list) {
        if (o !== best && !o.held) {
          waiting.push(emailEntry(start, todayIso, o.ref, 'held'));
        }
      }
      if (best) candidates.push({ref: best.ref, card, prio: best.prio});
    }
    candidates.sort(
      (a, b) =>
        a.prio - b.prio ||
        compareText(a.card.facts.grade ?? 'Z', b.card.facts.grade ?? 'Z') ||
        compareText(a.card.name, b.card.name),
    );
    log.append([...expiredEntries, ...waiting]);

    const ownerRecipients = recipientCount(owner);
    const reserve = digestToday ? 0 : ownerRecipients;
    let sentBatch: EmailRef[] = [];
    const sentNames: string[] = [];
    const heldNew: EmailRef[] = [];
    const heldNames: string[] = [];
    let stopped: 'quota' | 'time' | null = null;
    const flushSent = () => {
      if (sentBatch.length === 0) return;
      log.append(
        sentBatch.map(e => emailEntry(clock.now(), todayIso, e, 'sent')),
      );
      deps.flush();
      props.remove(INFLIGHT_KEY);
      sentBatch = [];
    };
    // By customer and occasion: a line is marked only for the occasion really emailed.
    const emailedLine = new Map<string, 'sent' | 'held'>();
    for (const c of candidates) {
      if (!stopped && clock.now().getTime() - start.getTime() > budget) {
        stopped = 'time';
      }
      if (!stopped && mail.remainingQuota() < 1 + reserve) stopped = 'quota';
      if (stopped) {
        heldNames.push(c.ref.name);
        emailedLine.set(PAIR(c.ref.customer, c.ref.item), 'held');
        if (!heldRows.has(PAIR(c.ref.customer, c.ref.item)))
          heldNew.push(c.ref);
        continue;
      }
      const holidayKey =
        c.ref.kind === 'holiday' ? (c.ref.item.split(':')[1] ?? null) : null;
      const v = valuesFor(c.card, s, lang, today, holidayKey);
      const email = renderCustomerEmail({
        lang,
        kind: c.ref.kind,
        shop: v.shop,
        body: fill(templateText(s, EMAIL_TEMPLATE[c.ref.kind]), {...v}),
        footer: fill(templateText(s, 'msgUnsubscribe'), {...v}),
        greeting: v.greeting,
      });
      const intent: Inflight = {day: todayIso, sent: sentBatch, sending: c.ref};
      props.set(INFLIGHT_KEY, JSON.stringify(intent));
      let ok = true;
      try {
        mail.send({
          to: c.card.email,
          subject: email.subject,
          text: email.text,
          html: email.html,
          name: v.shop || undefined,
          replyTo: owner.split(',')[0].trim(),
        });
      } catch (err) {
        // MailApp refused (a bad address, a service error): whether it went is not
        // known, so it is never retried (at most once) and the owner is told.
        ok = false;
        log.append([emailEntry(clock.now(), todayIso, c.ref, 'unsure')]);
        deps.flush();
        props.set(
          INFLIGHT_KEY,
          JSON.stringify({day: todayIso, sent: sentBatch, sending: null}),
        );
        unsureNow.push(c.ref);
        report.unsure++;
        void err;
      }
      if (ok) {
        sentBatch = [...sentBatch, c.ref];
        props.set(
          INFLIGHT_KEY,
          JSON.stringify({day: todayIso, sent: sentBatch, sending: null}),
        );
        report.emails++;
        sentNames.push(c.ref.name);
        emailedLine.set(PAIR(c.ref.customer, c.ref.item), 'sent');
        if (sentBatch.length >= EMAIL_LOG_BATCH) flushSent();
      }
    }
    flushSent();
    log.append(heldNew.map(e => emailEntry(start, todayIso, e, 'held')));
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
    const emailMark = (l: PlannedLine): 'sent' | 'held' | null => {
      const marks = [
        ...l.fresh.map(o => o.id),
        ...l.carriedRows.map(r => r.item),
      ].map(item => emailedLine.get(PAIR(l.customer, item)));
      return marks.includes('sent')
        ? 'sent'
        : marks.includes('held')
          ? 'held'
          : null;
    };
    const digestLines: DigestLine[] = shown.map(l => {
      const card = l.card;
      const top = l.fresh[0];
      const holidayKey =
        top?.kind === 'holiday' ? String(top.detail.holiday) : null;
      const v = valuesFor(card, s, lang, today, holidayKey);
      return {
        customer: {
          name: l.name || l.customer,
          grade: card?.facts.grade ?? null,
          phone: card?.phone ?? '',
          wechat: card?.wechat ?? '',
          lastVisit: card?.facts.lastPurchase ?? null,
          favourites: card?.favourites ?? [],
        },
        group: l.group,
        why: l.why,
        message: fill(templateText(s, TEMPLATE_OF[l.group]), {...v}),
        email: emailMark(l),
        carried: l.fresh.length === 0 && l.carriedRows.length > 0,
        carriedFrom: l.carriedRows.map(r => r.day).sort()[0],
      };
    });
    const digest = renderDigest({
      lang,
      shop: cellText(s.shopName, 80) || 'Shuke 熟客',
      today,
      lines: digestLines,
      more,
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
