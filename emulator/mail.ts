/**
 * MailApp: every message lands in the outbox; recipients (to, cc and bcc) count against
 * the sending user's daily quota, and the call that would exceed it throws "Service
 * invoked too many times for one day: email." without sending.
 *
 * Quotas for Google Services (https://developers.google.com/apps-script/guides/services/quotas):
 * "Quotas are per user and reset 24 hours after the first request"; email recipients per
 * day 100 on consumer accounts, 1,500 on Google Workspace, fewer on a trial (the page
 * marks the figure with a note; the emulator takes it from `mailQuota`). So the count
 * belongs to the account that sends (the trigger's owner in a trigger run, not the
 * person at the screen), and it restarts 24 hours after that account's first send of
 * the window, not at any midnight.
 */
import {MSG} from './errors';
import {Runtime, SCOPES} from './runtime';

export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  from: string;
  at: Date;
}

/** One account's count: recipients since the first send of its 24-hour window. */
export interface MailAccount {
  used: number;
  /** When the window's first send went; null before any. */
  sinceMs: number | null;
}

export interface MailState {
  outbox: SentMail[];
  /** Recipients a day per account. */
  quota: number;
  /** By account (email address). */
  accounts: Record<string, MailAccount>;
}

export const MAIL_WINDOW_MS = 24 * 3_600_000;

/** Email recipients a day by kind of account (Quotas for Google Services). */
export const MAIL_QUOTAS = {consumer: 100, workspace: 1500} as const;

/** The account's count now: a window 24 h past its first send is over. */
export function mailAccount(
  state: MailState,
  user: string,
  nowMs: number,
): MailAccount {
  let a = state.accounts[user];
  if (!a) a = state.accounts[user] = {used: 0, sinceMs: null};
  if (a.sinceMs !== null && nowMs >= a.sinceMs + MAIL_WINDOW_MS) {
    a.used = 0;
    a.sinceMs = null;
  }
  return a;
}

/** Recipients `user` may still send now. */
export function mailRemaining(
  state: MailState,
  user: string,
  nowMs: number,
): number {
  return Math.max(0, state.quota - mailAccount(state, user, nowMs).used);
}

const MAX_RECIPIENTS_PER_MESSAGE = 50;
const MAX_BODY = 200 * 1024;
const MAX_SUBJECT = 250;
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

interface MessageOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
  inlineImages?: unknown;
}

export class MailApp {
  constructor(
    private readonly rt: Runtime,
    private readonly state: MailState,
    /** The account the script runs as (Session's effective user). */
    private readonly user: () => string,
  ) {}

  getRemainingDailyQuota(): number {
    this.rt.guard('MailApp', 'getRemainingDailyQuota', 'auth', SCOPES.sendMail);
    return mailRemaining(this.state, this.user(), this.rt.clock.nowMs());
  }

  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    this.rt.guard('MailApp', 'sendEmail', 'auth', SCOPES.sendMail);
    let m: MessageOptions;
    if (a !== null && typeof a === 'object') {
      m = a as MessageOptions;
    } else if (typeof d === 'string') {
      // sendEmail(recipient, replyTo, subject, body)
      m = {to: String(a), replyTo: String(b), subject: String(c), body: d};
    } else {
      if (c === undefined) {
        throw this.rt.error(
          "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
        );
      }
      m = {
        ...((d as MessageOptions | undefined) ?? {}),
        to: String(a),
        subject: String(b),
        body: String(c),
      };
    }
    const list = (v: unknown) =>
      v === undefined || v === null || v === ''
        ? []
        : String(v)
            .split(',')
            .map(s => s.trim())
            .filter(Boolean);
    const to = list(m.to);
    const cc = list(m.cc);
    const bcc = list(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0)
      throw this.rt.error('Failed to send email: no recipient');
    for (const addr of all) {
      const bare = /<([^>]+)>\s*$/.exec(addr)?.[1] ?? addr;
      if (!EMAIL.test(bare)) throw this.rt.error(`Invalid email: ${addr}`);
    }
    if (all.length > MAX_RECIPIENTS_PER_MESSAGE) {
      throw this.rt.error('Limit Exceeded: Email Recipients Per Message.');
    }
    const subject = m.subject === undefined ? '' : String(m.subject);
    if (subject.length > MAX_SUBJECT)
      throw this.rt.error('Argument too large: subject');
    const body = m.body === undefined ? '' : String(m.body);
    const html = m.htmlBody === undefined ? undefined : String(m.htmlBody);
    if (Buffer.byteLength(body) + Buffer.byteLength(html ?? '') > MAX_BODY) {
      throw this.rt.error('Limit Exceeded: Email Body Size.');
    }
    const now = this.rt.clock.nowMs();
    const account = mailAccount(this.state, this.user(), now);
    if (account.used + all.length > this.state.quota) {
      throw this.rt.error(MSG.mailQuota);
    }
    account.used += all.length;
    if (account.sinceMs === null) account.sinceMs = now;
    this.state.outbox.push({
      to,
      cc,
      bcc,
      subject,
      body,
      htmlBody: html,
      name: m.name === undefined ? undefined : String(m.name),
      replyTo: m.replyTo === undefined ? undefined : String(m.replyTo),
      noReply: m.noReply === undefined ? undefined : Boolean(m.noReply),
      from: this.user(),
      at: this.rt.clock.now(),
    });
  }
}
