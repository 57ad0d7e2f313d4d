/**
 * Which customers get a greeting email today, and which one: at most one a customer a
 * day, the best by EMAIL_ORDER of what is held from earlier runs and what is due today
 * together (a birthday greeting, which has only its day, before a win-back, which
 * keeps). The others wait, logged "held" (so nothing is lost), or "expired" once past
 * their day.
 */
import {
  EMAIL_ORDER,
  EmailKind,
  Occasion,
  PRIORITY,
} from '../domain/followup/occasions';
import {compareText} from '../domain/followup/text';
import {CustomerCard} from './reminders-facts';
import {EmailRef, emailEntry} from './reminders-intent';
import {emailDeadline, emailKindOfItem} from './reminders-items';
import {LogEntry, LogRow} from './reminders-log';
import {consentFor} from './privacy/consent-for';

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

export interface EmailCandidate {
  ref: EmailRef;
  card: CustomerCard;
  prio: number;
}

export interface EmailChoice {
  /** Today's emails, in the order they go. */
  candidates: EmailCandidate[];
  /** Names of the customers whose held greeting is past its day. */
  expired: string[];
  /** Log entries: the held emails expired now, then the ones that wait. */
  entries: LogEntry[];
}

export interface EmailChoiceInput {
  /** Held emails by customer and item; the ones expired now are taken out. */
  heldRows: Map<string, LogRow>;
  emailDue: ReadonlyMap<string, Occasion[]>;
  byCustomer: ReadonlyMap<string, CustomerCard>;
  dueToday: ReadonlyMap<string, Set<string>>;
  emailedToday: ReadonlySet<string>;
  today: number;
  start: Date;
  todayIso: string;
}

export function chooseEmails(input: EmailChoiceInput): EmailChoice {
  const {heldRows, byCustomer, today, start, todayIso} = input;
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
    if (
      kind === 'winback' &&
      !input.dueToday.get(row.customer)?.has(row.item)
    ) {
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
  for (const [customer, list] of input.emailDue) {
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
  const candidates: EmailCandidate[] = [];
  const waiting: LogEntry[] = [];
  for (const [customer, list] of options) {
    const card = byCustomer.get(customer) as CustomerCard;
    list.sort(
      (a, b) =>
        EMAIL_ORDER.indexOf(a.ref.kind) - EMAIL_ORDER.indexOf(b.ref.kind) ||
        Number(b.held) - Number(a.held),
    );
    // Emailed already today (an earlier run): everything waits for the next day.
    const best = input.emailedToday.has(customer) ? null : list[0];
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
  return {candidates, expired, entries: [...expiredEntries, ...waiting]};
}
