/**
 * Sending the day's customer emails, highest priority first, each one: intent → send →
 * done (reminders-intent.ts), checking the quota and the time budget before each; the
 * rest is logged "held" and goes first next run.
 */
import {Lang} from '../domain/i18n';
import {Clock} from '../services/clock';
import {Mailer} from '../services/mail';
import {KeyValueStore} from '../services/properties';
import {Settings} from '../sheets/settings';
import {EmailCandidate} from './reminders-email-choice';
import {
  EmailRef,
  emailEntry,
  Inflight,
  INFLIGHT_KEY,
  PAIR,
} from './reminders-intent';
import {LogRow, ReminderLog} from './reminders-log';
import {customerEmailOf} from './reminders-messages';
import {RunReport} from './reminders-report';

/** Emails logged together; the intent in the properties covers the ones in between. */
const EMAIL_LOG_BATCH = 20;

export interface SendInput {
  candidates: readonly EmailCandidate[];
  /** Emails held by an earlier run, by customer and item: not logged "held" again. */
  heldRows: ReadonlyMap<string, LogRow>;
  /** Recipients kept back from the quota for the owner's digest. */
  reserve: number;
  budget: number;
  start: Date;
  today: number;
  todayIso: string;
  /** The owner's addresses (replies go to the first). */
  owner: string;
  settings: Settings;
  lang: Lang;
  clock: Clock;
  mail: Mailer;
  props: KeyValueStore;
  flush: () => void;
  log: ReminderLog;
  /** Counts the emails sent and the unsure ones. */
  report: RunReport;
  /** Gets the emails whose sending failed (whether they went is not known). */
  unsureNow: EmailRef[];
}

export interface SendOutcome {
  /** By customer and occasion: a line is marked only for the occasion really emailed. */
  emailedLine: Map<string, 'sent' | 'held'>;
  /** Names of the customers whose email was held back. */
  heldNames: string[];
  stopped: 'quota' | 'time' | null;
}

export function sendEmails(input: SendInput): SendOutcome {
  const {clock, mail, props, log, report, todayIso, start} = input;
  const s = input.settings;
  let sentBatch: EmailRef[] = [];
  const heldNew: EmailRef[] = [];
  const heldNames: string[] = [];
  let stopped: 'quota' | 'time' | null = null;
  const flushSent = () => {
    if (sentBatch.length === 0) return;
    log.append(
      sentBatch.map(e => emailEntry(clock.now(), todayIso, e, 'sent')),
    );
    input.flush();
    props.remove(INFLIGHT_KEY);
    sentBatch = [];
  };
  const emailedLine = new Map<string, 'sent' | 'held'>();
  for (const c of input.candidates) {
    if (!stopped && clock.now().getTime() - start.getTime() > input.budget) {
      stopped = 'time';
    }
    if (!stopped && mail.remainingQuota() < 1 + input.reserve) {
      stopped = 'quota';
    }
    if (stopped) {
      heldNames.push(c.ref.name);
      emailedLine.set(PAIR(c.ref.customer, c.ref.item), 'held');
      if (!input.heldRows.has(PAIR(c.ref.customer, c.ref.item)))
        heldNew.push(c.ref);
      continue;
    }
    const {email, shop} = customerEmailOf(
      c.ref,
      c.card,
      s,
      input.lang,
      input.today,
    );
    const intent: Inflight = {day: todayIso, sent: sentBatch, sending: c.ref};
    props.set(INFLIGHT_KEY, JSON.stringify(intent));
    let ok = true;
    try {
      mail.send({
        to: c.card.email,
        subject: email.subject,
        text: email.text,
        html: email.html,
        name: shop || undefined,
        replyTo: input.owner.split(',')[0].trim(),
      });
    } catch (err) {
      // MailApp refused (a bad address, a service error): whether it went is not
      // known, so it is never retried (at most once) and the owner is told.
      ok = false;
      log.append([emailEntry(clock.now(), todayIso, c.ref, 'unsure')]);
      input.flush();
      props.set(
        INFLIGHT_KEY,
        JSON.stringify({day: todayIso, sent: sentBatch, sending: null}),
      );
      input.unsureNow.push(c.ref);
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
      emailedLine.set(PAIR(c.ref.customer, c.ref.item), 'sent');
      if (sentBatch.length >= EMAIL_LOG_BATCH) flushSent();
    }
  }
  flushSent();
  log.append(heldNew.map(e => emailEntry(start, todayIso, e, 'held')));
  return {emailedLine, heldNames, stopped};
}
