/**
 * Consent on record: what a customer agreed to, declined or withdrew, for which purpose,
 * when and how. Pure: the Privacy log's rows and the Customers tab's consent column come
 * in as plain values.
 *
 * Two purposes, because a customer may welcome one and not the other:
 * - 'email': greetings Shuke emails for the shop (birthday, holiday, win-back);
 * - 'messages': the ready-to-copy messages on the owner's list, sent by phone or WeChat.
 *
 * The Customers tab's Marketing consent column is the current answer for 'email' (the
 * counter writes it with every record, and an owner may still type it by hand). For
 * 'messages' the latest Privacy log row wins; without one, "Unsubscribed" in that column
 * is a withdrawal too, and a customer never asked keeps the owner's list as before.
 */
import {Lang, Texts} from '../i18n';
import {normaliseLabel} from './labels';

export type ConsentStatus = 'agreed' | 'declined' | 'withdrawn';
export type ConsentPurpose = 'email' | 'messages';
export type ConsentHow = 'counter' | 'form' | 'message';

export const CONSENT_STATUSES: readonly ConsentStatus[] = [
  'agreed',
  'declined',
  'withdrawn',
];
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = [
  'email',
  'messages',
];
export const CONSENT_HOWS: readonly ConsentHow[] = [
  'counter',
  'form',
  'message',
];

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

/** The words written into the book (its language) and read back in any language. */
export const STATUS_NAMES: Readonly<Record<ConsentStatus, Texts>> = {
  agreed: tx('同意', '同意', 'Agreed'),
  declined: tx('不同意', '不同意', 'Declined'),
  withdrawn: tx('撤回', '撤回', 'Withdrawn'),
};
export const PURPOSE_NAMES: Readonly<Record<ConsentPurpose, Texts>> = {
  email: tx('邮件问候', '郵件問候', 'Greetings by email'),
  messages: tx('电话/微信消息', '電話/微信訊息', 'Messages by phone/WeChat'),
};
export const HOW_NAMES: Readonly<Record<ConsentHow, Texts>> = {
  counter: tx('店内当面', '店內當面', 'At the counter'),
  form: tx('书面表格', '書面表格', 'Form'),
  message: tx('消息', '訊息', 'Message'),
};

const STATUS_ALIASES: Readonly<Record<ConsentStatus, readonly string[]>> = {
  agreed: ['yes', '是', 'agree'],
  declined: ['no', '否', 'decline', 'refused'],
  withdrawn: ['withdraw', '已撤回', '退订', '退訂', '已退订', '已退訂'],
};

function readNamed<K extends string>(
  names: Readonly<Record<K, Texts>>,
  aliases: Readonly<Partial<Record<K, readonly string[]>>>,
  v: unknown,
): K | null {
  const text = normaliseLabel(v);
  if (!text) return null;
  for (const k of Object.keys(names) as K[]) {
    const all = [k, ...Object.values<string>(names[k]), ...(aliases[k] ?? [])];
    if (all.some(x => normaliseLabel(x) === text)) return k;
  }
  return null;
}

export function readStatus(v: unknown): ConsentStatus | null {
  return readNamed(STATUS_NAMES, STATUS_ALIASES, v);
}

export function readHow(v: unknown): ConsentHow | null {
  return readNamed(HOW_NAMES, {}, v);
}

/** The purposes a "For" cell names ("邮件问候、电话/微信消息"), in any language. */
export function readPurposes(v: unknown): ConsentPurpose[] {
  const text = String(v ?? '');
  const out: ConsentPurpose[] = [];
  for (const part of text.split(/[,，、;；\n]+/)) {
    const p = readNamed(PURPOSE_NAMES, {}, part);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

export function purposesText(
  ps: readonly ConsentPurpose[],
  lang: Lang,
): string {
  const sep = lang === 'en' ? ', ' : '、';
  return ps.map(p => PURPOSE_NAMES[p][lang]).join(sep);
}

/** The Customers tab's consent column, read by parseOption('consent'). */
export type ConsentColumn = 'yes' | 'no' | 'unsubscribed' | null;

export function columnFor(status: ConsentStatus): Exclude<ConsentColumn, null> {
  if (status === 'agreed') return 'yes';
  return status === 'declined' ? 'no' : 'unsubscribed';
}

export function statusOfColumn(c: ConsentColumn): ConsentStatus | null {
  if (c === 'yes') return 'agreed';
  if (c === 'no') return 'declined';
  if (c === 'unsubscribed') return 'withdrawn';
  return null;
}

/** One consent row of the Privacy log, as read. */
export interface ConsentEntry {
  /** Milliseconds; rows without a readable date sort first. */
  at: number;
  /** Sheet order, for rows of the same instant. */
  order: number;
  status: ConsentStatus;
  purposes: readonly ConsentPurpose[];
}

export type ConsentByPurpose = Partial<Record<ConsentPurpose, ConsentStatus>>;

/** The latest answer per purpose of one customer's consent rows. */
export function latestConsent(
  entries: readonly ConsentEntry[],
): ConsentByPurpose {
  const sorted = [...entries].sort((a, b) => a.at - b.at || a.order - b.order);
  const out: ConsentByPurpose = {};
  for (const e of sorted) for (const p of e.purposes) out[p] = e.status;
  return out;
}

/** What a customer's consent is for a purpose; null when never asked. */
export function consentOf(
  column: ConsentColumn,
  log: ConsentByPurpose | undefined,
  purpose: ConsentPurpose,
): ConsentStatus | null {
  if (purpose === 'email') return statusOfColumn(column);
  const logged = log?.messages;
  if (logged) return logged;
  return column === 'unsubscribed' ? 'withdrawn' : null;
}

/**
 * Whether the owner's list may carry a marketing message (a greeting, a win-back, a
 * check-in) for this customer: not once they declined or withdrew. Service follow-ups (an
 * open complaint, after a sale) are not marketing and stay.
 */
export function mayMarket(status: ConsentStatus | null): boolean {
  return status !== 'declined' && status !== 'withdrawn';
}
