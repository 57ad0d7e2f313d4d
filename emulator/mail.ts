/**
 * MailApp: every message lands in the outbox; recipients (to, cc and bcc) count against a
 * daily quota that restarts at midnight Pacific time (Apps Script quotas page: 100
 * recipients a day for a consumer account, 1,500 for Workspace), and the call that would
 * exceed it throws "Service invoked too many times for one day: email." without sending.
 */
import {MSG} from './errors';
import {Runtime, SCOPES} from './runtime';
import {wallOf} from './zoned';

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

export interface MailState {
  outbox: SentMail[];
  quota: number;
  used: number;
  /** The Pacific-time day the `used` count belongs to. */
  day: string;
}

const MAX_RECIPIENTS_PER_MESSAGE = 50;
const MAX_BODY = 200 * 1024;
const MAX_SUBJECT = 250;
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

export function pacificDay(ms: number): string {
  const w = wallOf(ms, 'America/Los_Angeles');
  return `${w.year}-${w.month}-${w.day}`;
}

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
    private readonly from: string,
  ) {}

  private roll(): void {
    const day = pacificDay(this.rt.clock.nowMs());
    if (day !== this.state.day) {
      this.state.day = day;
      this.state.used = 0;
    }
  }

  getRemainingDailyQuota(): number {
    this.rt.guard('MailApp', 'getRemainingDailyQuota', 'auth', SCOPES.sendMail);
    this.roll();
    return Math.max(0, this.state.quota - this.state.used);
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
    this.roll();
    if (this.state.used + all.length > this.state.quota) {
      throw this.rt.error(MSG.mailQuota);
    }
    this.state.used += all.length;
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
      from: this.from,
      at: this.rt.clock.now(),
    });
  }
}
