/**
 * Checks what the sidebar sends before anything is written. Each problem is a message
 * for the field it belongs to, in the user's language; text is otherwise taken exactly as
 * typed (trimmed): "=HYPERLINK(…)", "<script>", emoji and 2,000-character names are
 * ordinary input and are stored as text by the sheets layer.
 */
import {parseBirthday} from '../followup/birthday';
import {civilDay} from '../dates';
import {STALL_FIELDS} from './stall-messages';
import {Lang, t, Texts} from '../i18n';
import {MSG} from './messages';
import {parseMoneyInput} from './money';
import {phoneDigits} from './ids';
import {quantityOf} from './items';
import {
  CHANNELS,
  ChannelKey,
  ContactRequest,
  FEEDBACK_KINDS,
  FeedbackKind,
  FeedbackRequest,
  FieldErrors,
  NewCustomerInput,
  PAYMENTS,
  PaymentKey,
  ResolveRequest,
  SaleRequest,
} from './wire';

export const LIMITS = {
  name: 2000,
  text: 5000,
  short: 2000,
  amount: 10_000_000,
  /** A staff name: a person's name, not a note. */
  staff: 100,
} as const;

const AMOUNT_REASONS = {
  empty: MSG.amountRequired,
  invalid: MSG.amountInvalid,
  ambiguous: MSG.amountAmbiguous,
  decimals: MSG.amountDecimals,
} as const;

export type Checked<T> =
  {ok: true; value: T} | {ok: false; fields: FieldErrors};

export class Check {
  readonly fields: FieldErrors = {};
  constructor(readonly lang: Lang) {}

  fail(field: string, texts: Texts, values?: Record<string, string | number>) {
    if (!this.fields[field]) this.fields[field] = t(texts, this.lang, values);
  }

  text(field: string, v: unknown, max: number, required?: Texts): string {
    const s = typeof v === 'string' ? v.trim() : '';
    if (required && s === '') this.fail(field, required);
    else if (s.length > max)
      this.fail(field, field === 'name' ? MSG.nameTooLong : MSG.tooLong, {max});
    return s;
  }

  /** The amount as typed, or NaN with the reason beside the field. */
  amount(v: unknown): number {
    const p = parseMoneyInput(v ?? '');
    if (!p.ok) {
      const value = typeof v === 'string' ? v.trim() : '';
      this.fail('amount', AMOUNT_REASONS[p.reason], {value});
      return NaN;
    }
    if (!(p.value > 0 && p.value < LIMITS.amount)) {
      this.fail('amount', MSG.amountRange);
      return NaN;
    }
    // Two decimals at most were accepted: rounding only drops binary noise.
    return Math.round(p.value * 100) / 100;
  }

  get ok(): boolean {
    return Object.keys(this.fields).length === 0;
  }

  done<T>(value: T): Checked<T> {
    return this.ok ? {ok: true, value} : {ok: false, fields: this.fields};
  }
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,100}$/;

/** A request id the sidebar made; a malformed one is a bug, not the user's doing. */
export function validRequestId(v: unknown): v is string {
  return typeof v === 'string' && REQUEST_ID.test(v);
}

function customerIdOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return s === '' ? null : s;
}

export interface CleanNewCustomer {
  name: string;
  phone: string;
  /**
   * Absent fields were left blank. The birthday is a day number (dates.ts) for a solar
   * date with its year, else the text as typed.
   */
  birthday?: number | string;
  birthdayKind?: 'solar' | 'lunar';
  wechat?: string;
  email?: string;
  consent?: 'yes' | 'no';
}

function checkNewCustomer(c: Check, n: NewCustomerInput): CleanNewCustomer {
  const name = c.text('name', n.name, LIMITS.name, MSG.nameRequired);
  const phone =
    typeof n.phone === 'string' ? n.phone.normalize('NFKC').trim() : '';
  const digits = phoneDigits(phone);
  if (phone === '') c.fail('phone', MSG.phoneRequired);
  else if (
    !/^\+?[\d\s()-]+$/.test(phone) ||
    digits.length < 5 ||
    digits.length > 20
  )
    c.fail('phone', MSG.phoneInvalid);
  return {name, phone, ...checkExtras(c, n)};
}

const EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()"]+$/;
const WECHAT_MAX = 100;

/**
 * The optional parts of a new customer. A solar birthday with its year is a date cell;
 * any other (a lunar one, or a month and day alone) is kept as typed, as text, with its
 * calendar beside it: a lunar 30th has no solar date, and the reminders read both forms
 * (followup/birthday.ts).
 */
function checkExtras(
  c: Check,
  n: NewCustomerInput,
): Omit<CleanNewCustomer, 'name' | 'phone'> {
  const out: Omit<CleanNewCustomer, 'name' | 'phone'> = {};
  const birthday =
    typeof n.birthday === 'string' ? n.birthday.normalize('NFKC').trim() : '';
  if (birthday !== '') {
    const kind = n.birthdayKind === 'lunar' ? 'lunar' : 'solar';
    const read = parseBirthday(birthday, kind, 'UTC');
    if (!read || (read.calendar === 'lunar' && read.day > 30)) {
      c.fail('birthday', STALL_FIELDS.birthdayInvalid);
    } else {
      const full =
        /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*[日号號]?$/.exec(
          birthday,
        );
      const day =
        full && read.calendar === 'solar'
          ? civilDay(Number(full[1]), Number(full[2]), Number(full[3]))
          : null;
      if (full && read.calendar === 'solar' && day === null)
        c.fail('birthday', STALL_FIELDS.birthdayInvalid);
      out.birthday = day ?? birthday;
      out.birthdayKind = read.calendar;
    }
  }
  const wechat = c.text('wechat', n.wechat, WECHAT_MAX);
  if (wechat !== '') out.wechat = wechat;
  const email =
    typeof n.email === 'string' ? n.email.normalize('NFKC').trim() : '';
  if (email !== '') {
    if (!EMAIL.test(email) || email.length > 254)
      c.fail('email', STALL_FIELDS.emailInvalid);
    else out.email = email;
  }
  if (n.consent === 'yes' || n.consent === 'no') out.consent = n.consent;
  return out;
}

export interface CleanSale {
  requestId: string;
  customerId: string | null;
  newCustomer: CleanNewCustomer | null;
  items: string;
  /** How many things the items name ("冰红茶 ×2、蛋挞" is 3); null when none were typed. */
  quantity: number | null;
  amount: number;
  payment: PaymentKey;
  note: string;
  /** Who served ('' when the device has no staff name). */
  staff: string;
}

export function checkSale(r: SaleRequest, lang: Lang): Checked<CleanSale> {
  const c = new Check(lang);
  const customerId = customerIdOf(r.customerId);
  const newCustomer =
    !customerId && r.newCustomer ? checkNewCustomer(c, r.newCustomer) : null;
  const items = c.text('items', r.items, LIMITS.short);
  const amount = c.amount(r.amount);
  const payment = PAYMENTS.find(p => p === r.payment);
  if (!payment) c.fail('payment', MSG.paymentInvalid);
  const note = c.text('note', r.note, LIMITS.short);
  const staff = c.text('staff', r.staff ?? '', LIMITS.staff);
  return c.done({
    requestId: r.requestId,
    customerId,
    newCustomer,
    items,
    quantity: items === '' ? null : quantityOf(items),
    amount,
    payment: payment as PaymentKey,
    note,
    staff,
  });
}

export interface CleanFeedback {
  requestId: string;
  customerId: string | null;
  kind: FeedbackKind;
  rating: number | null;
  text: string;
}

export function checkFeedback(
  r: FeedbackRequest,
  lang: Lang,
): Checked<CleanFeedback> {
  const c = new Check(lang);
  const kind = FEEDBACK_KINDS.find(k => k === r.kind);
  if (!kind) c.fail('kind', MSG.kindInvalid);
  let rating: number | null = null;
  if (r.rating !== null && r.rating !== undefined) {
    const n = Number(r.rating);
    if (Number.isInteger(n) && n >= 1 && n <= 5) rating = n;
    else c.fail('rating', MSG.ratingInvalid);
  }
  // A complaint or a suggestion is its text; praise or a survey may be a rating alone.
  const needsText =
    kind === 'complaint' || kind === 'suggestion' || rating === null;
  const text = c.text(
    'text',
    r.text,
    LIMITS.text,
    needsText ? MSG.textRequired : undefined,
  );
  return c.done({
    requestId: r.requestId,
    customerId: customerIdOf(r.customerId),
    kind: kind as FeedbackKind,
    rating,
    text,
  });
}

export interface CleanResolve {
  requestId: string;
  customerId: string;
  row: number;
  resolution: string;
}

export function checkResolve(
  r: ResolveRequest,
  lang: Lang,
): Checked<CleanResolve> {
  const c = new Check(lang);
  const customerId = customerIdOf(r.customerId);
  if (!customerId) c.fail('customer', MSG.customerRequired);
  const row = Number(r.row);
  if (!Number.isInteger(row) || row < 2) c.fail('row', MSG.complaintGone);
  const resolution = c.text(
    'resolution',
    r.resolution,
    LIMITS.short,
    MSG.resolutionRequired,
  );
  return c.done({
    requestId: r.requestId,
    customerId: customerId as string,
    row,
    resolution,
  });
}

export interface CleanContact {
  requestId: string;
  customerId: string;
  channel: ChannelKey;
  reason: string;
  outcome: string;
}

export function checkContact(
  r: ContactRequest,
  lang: Lang,
): Checked<CleanContact> {
  const c = new Check(lang);
  const customerId = customerIdOf(r.customerId);
  if (!customerId) c.fail('customer', MSG.customerRequired);
  const channel = CHANNELS.find(k => k === r.channel);
  if (!channel) c.fail('channel', MSG.channelInvalid);
  const reason = c.text('reason', r.reason, LIMITS.short, MSG.reasonRequired);
  const outcome = c.text('outcome', r.outcome, LIMITS.short);
  return c.done({
    requestId: r.requestId,
    customerId: customerId as string,
    channel: channel as ChannelKey,
    reason,
    outcome,
  });
}
