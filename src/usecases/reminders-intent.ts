/**
 * At-most-once for customer emails: the intent is in PropertiesService (written at once,
 * unlike sheet writes, which Apps Script batches) before MailApp is called. A run that
 * stops between the send and its record leaves the intent; the next run records it as
 * "unsure" and never sends it again, and the digest tells the owner, who can check with
 * the customer. The other choice, resending, would greet someone twice for every crash;
 * a missed greeting the owner is told about costs less than a duplicate a customer sees.
 * The digest's intent works the same way: a digest that may have gone is logged
 * "unsure" rather than sent twice.
 */
import {EmailKind} from '../domain/followup/occasions';
import {KeyValueStore} from '../services/properties';
import {LogEntry, ReminderLog} from './reminders-log';

export const INFLIGHT_KEY = 'shuke.reminders.inflight';
export const DIGEST_INTENT_KEY = 'shuke.reminders.digestIntent';

export interface EmailRef {
  customer: string;
  item: string;
  name: string;
  kind: EmailKind;
}

export interface Inflight {
  day: string;
  sent: EmailRef[];
  sending: EmailRef | null;
}

/** A customer and a log item as one map key. */
export const PAIR = (customer: string, item: string) =>
  `${customer}\u0001${item}`;

/**
 * Puts the intent of an interrupted run into the log; returns the unsure emails. The log
 * is flushed before an intent is removed: sheet writes are batched, and an execution
 * that dies between the two would otherwise lose both, and send again.
 */
export function recover(
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

export function emailEntry(
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
