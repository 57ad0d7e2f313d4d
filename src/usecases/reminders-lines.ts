/**
 * The owner's lines of a daily run: what the reminder log already knows, today's
 * occasions and the lines carried from earlier days gathered into one line per customer,
 * their order in the digest and its cap, and the new ones logged "pending" before
 * anything is sent. A line whose digest may not have arrived stays "pending" and is
 * repeated the next day, since a forgotten complaint costs more than a line read twice.
 */
import {Lang} from '../domain/i18n';
import {HolidayOccurrence} from '../domain/followup/holidays';
import {
  FollowupRules,
  Occasion,
  occasionsFor,
  PRIORITY,
  ReasonKind,
} from '../domain/followup/occasions';
import {reasonText, sortLines} from '../domain/followup/render';
import {CustomerCard} from './reminders-facts';
import {greetedByEmailOnly} from './reminders-email-choice';
import {PAIR} from './reminders-intent';
import {carriedLineExpired, groupOfItem} from './reminders-items';
import {LogEntry, LogRow, ReminderLog} from './reminders-log';
import {mayListLine} from './privacy/consent-for';

/** Lines shown in one digest; more go the next day (Gmail clips long emails). */
export const MAX_DIGEST_LINES = 150;

/** What the reminder log already knows, read once at the start of a run. */
export interface LogKnowledge {
  /** Customer and item of every line ever logged. */
  lineSeen: Set<string>;
  /** Lines still pending from an earlier run. */
  pending: LogRow[];
  /** Customer and item of every email sent, unsure or expired. */
  emailDone: Set<string>;
  /** Emails held by an earlier run and not done since, by customer and item. */
  heldRows: Map<string, LogRow>;
  /** Customers emailed today already. */
  emailedToday: Set<string>;
  /** Whether today's digest went already. */
  digestToday: boolean;
}

export function readLog(
  rows: readonly LogRow[],
  todayIso: string,
): LogKnowledge {
  const lineSeen = new Set<string>();
  const pending: LogRow[] = [];
  const emailDone = new Set<string>();
  const heldRows = new Map<string, LogRow>();
  const emailedToday = new Set<string>();
  let digestToday = false;
  for (const r of rows) {
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
  return {lineSeen, pending, emailDone, heldRows, emailedToday, digestToday};
}

export interface PlannedLine {
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

export interface LinePlan {
  byCustomer: Map<string, CustomerCard>;
  /** Email occasions due today and not done or held, by customer. */
  emailDue: Map<string, Occasion[]>;
  /**
   * Every occasion due today by customer, listed before or not: carried lines and held
   * win-backs are judged against it.
   */
  dueToday: Map<string, Set<string>>;
  /** Carried lines out of date, to log "expired" (counted in the digest, not listed). */
  expiredLines: LogRow[];
  /** The lines in today's digest (none once it went). */
  shown: PlannedLine[];
  /** Lines over the cap, promised for the next digest. */
  more: number;
  /** Lines not in today's digest (over the cap, or found after it went). */
  notShown: PlannedLine[];
}

export interface LinePlanInput {
  customers: readonly CustomerCard[];
  known: LogKnowledge;
  today: number;
  rules: FollowupRules;
  holidays: readonly HolidayOccurrence[];
  /** A job's note for a customer's birthday line (daily/jobs.ts). */
  birthdayNotes: Readonly<Record<string, string>>;
  lang: Lang;
}

/** Today's occasions and the carried lines, one line per customer, in digest order. */
export function planLines(input: LinePlanInput): LinePlan {
  const {known, today, rules, holidays, lang} = input;
  const {lineSeen, emailDone, heldRows, pending, digestToday} = known;
  const byCustomer = new Map<string, CustomerCard>();
  for (const c of input.customers) byCustomer.set(c.key, c);
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
  for (const card of input.customers) {
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
    const gift = input.birthdayNotes[l.customer];
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
      PRIORITY[a.group] - PRIORITY[b.group] || (sa < sb ? -1 : sa > sb ? 1 : 0)
    );
  });
  const shown = digestToday ? [] : ordered.slice(0, MAX_DIGEST_LINES);
  const more = digestToday ? 0 : ordered.length - shown.length;
  // Lines that do not make it into today's digest (over the cap, or found after it
  // went) are logged pending too: they carry over like an undelivered digest's.
  const notShown = ordered.slice(shown.length);
  return {byCustomer, emailDue, dueToday, expiredLines, shown, more, notShown};
}

/**
 * Logs the new lines as pending, before anything is sent; returns the rows pending in
 * today's digest (new and carried), to mark "listed" once it went.
 */
export function logNewLines(
  log: ReminderLog,
  plan: LinePlan,
  start: Date,
  todayIso: string,
  lang: Lang,
): LogRow[] {
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
  for (const l of plan.shown) {
    freshEntries.push(...freshOf(l));
    pendingNow.push(...l.carriedRows);
  }
  const shownFresh = freshEntries.length;
  for (const l of plan.notShown) freshEntries.push(...freshOf(l));
  pendingNow.push(...log.append(freshEntries).slice(0, shownFresh));
  return pendingNow;
}
