/**
 * What crosses google.script.run between the counter sidebar and the server. Apps Script
 * refuses Dates and functions there and turns undefined into null, so every type here is
 * plain JSON: dates are ISO text ('2025-03-05' or a full ISO instant), days are day
 * numbers of the shop's time zone.
 */
import {Lang} from '../i18n';
import type {CardPrivacy} from '../privacy/wire';
import type {TierCard} from '../loyalty/tiers-card';
import {
  LoyaltyCard,
  LoyaltyRules,
  RedeemRequest,
  SaleLoyalty,
} from '../loyalty/wire';

/** A type as it arrives after JSON: what google.script.run really delivers. */
export type Jsonify<T> = T extends Date
  ? string
  : T extends string | number | boolean | null
    ? T
    : T extends undefined
      ? null
      : T extends (...args: never[]) => unknown
        ? never
        : T extends object
          ? {[K in keyof T]: Jsonify<T[K]>} // arrays and tuples keep their shape
          : never;

/** 'stored': paid from the customer's stored value (储值, usecases/loyalty). */
export type PaymentKey =
  'cash' | 'wechat' | 'alipay' | 'card' | 'other' | 'stored';
export const PAYMENTS: readonly PaymentKey[] = [
  'cash',
  'wechat',
  'alipay',
  'card',
  'other',
  'stored',
];

export type FeedbackKind = 'praise' | 'suggestion' | 'complaint' | 'survey';
export const FEEDBACK_KINDS: readonly FeedbackKind[] = [
  'praise',
  'suggestion',
  'complaint',
  'survey',
];

export type ChannelKey = 'phone' | 'sms' | 'wechat' | 'email' | 'inPerson';
export const CHANNELS: readonly ChannelKey[] = [
  'phone',
  'sms',
  'wechat',
  'email',
  'inPerson',
];

/**
 * The customer book in columns, one entry per customer: four arrays of equal length are
 * far smaller on the wire than 20,000 objects repeating their field names.
 */
export interface CustomerIndex {
  ids: string[];
  names: string[];
  phones: string[];
  grades: string[];
  /** Purchases a month (the Customers tab's computed column, to 0.1; 0 when blank). */
  perMonth: number[];
  /** Days since the last visit, null when never; with perMonth it ranks search hits. */
  daysSince: Array<number | null>;
}

/** The customers read again for an open sidebar (counterCustomers). */
export interface CustomerRefresh {
  customers: CustomerIndex;
  notices: string[];
}

/**
 * The last follow-up made with a customer, as the Contacts tab holds it: its day
 * (YYYY-MM-DD), the channel's key when it reads as one (else as typed, '' when blank),
 * and the reason and outcome as written.
 */
export interface CardContact {
  date: string;
  channel: string;
  reason: string;
  outcome: string;
}

export interface GradeRulesWire {
  thresholds: [number, number, number, number];
  windowDays: number;
}

export interface Bootstrap {
  /** The shop's notice (Settings, in the book's language) shown before consent. */
  consentNotice: string;
  /** The spreadsheet's time zone: times on the counter are the shop's. */
  tz: string;
  /** The language of the person at the sidebar: its labels and messages. */
  lang: Lang;
  /** The book's language (Settings): what the shop is, e.g. which payment comes first. */
  bookLang: Lang;
  shopName: string;
  currency: string;
  pointsPerUnit: number;
  /** Redemption rate, top-up bonus tiers and expiry (Settings); absent before read. */
  loyalty?: LoyaltyRules | null;
  /** Promotions running today (the Promotions tab), by name; absent before read. */
  promotions?: string[] | null;
  /** Today in the shop's time zone, as a day number and as 'YYYY-MM-DD'. */
  today: number;
  todayIso: string;
  grade: GradeRulesWire;
  /** The shop's most-sold items of recent sales, most sold first. */
  topItems: string[];
  customers: CustomerIndex;
  /** Things the owner should fix (a missing tab), in the user's language. */
  notices: string[];
}

export interface ComplaintWire {
  /** Sheet row of the complaint in the Feedback tab. */
  row: number;
  date: string;
  kind: FeedbackKind;
  rating: number | null;
  text: string;
}

export interface Card {
  id: string;
  name: string;
  phone: string;
  wechat: string;
  email: string;
  preferences: string;
  family: string;
  notes: string;
  /** '' for a customer who never bought. */
  grade: string;
  perMonth: number;
  visits: number;
  spend: number;
  points: number;
  /** null when they never bought. */
  lastVisitDaysAgo: number | null;
  favourites: Array<{item: string; count: number}>;
  /**
   * Their birthday, null when none can be read: the next one (`date`, a solar day, and
   * `inDays`), and the month and day as the book holds them, in the lunar calendar when
   * `lunar` (八月十五 stays 8/15 whatever solar day it falls on this year).
   */
  birthday: {
    date: string;
    inDays: number;
    lunar: boolean;
    month: number;
    day: number;
  } | null;
  complaints: ComplaintWire[];
  /** What is due for this customer today, in the user's language. */
  due: Array<{kind: string; text: string; row: number | null}>;
  /** Days of their purchases up to today: the sidebar recomputes the grade after a sale. */
  saleDays: number[];
  today: number;
  /** Their consent and retention (usecases/privacy/card-part.ts). */
  privacy?: CardPrivacy | null;
  /** Points and stored value from their ledgers (usecases/loyalty/card.ts). */
  loyalty?: LoyaltyCard | null;
  /** Their member tier, its perks and who brought whom (usecases/loyalty/tiers-card.ts). */
  tier?: TierCard | null;
  /** Items customers with baskets like theirs buy and they haven't (usecases/recommend). */
  recommended?: Array<{item: string; because: string}> | null;
  /** Their last follow-up and what came of it (counter.ts), null when none. */
  contact?: CardContact | null;
}

export interface NewCustomerInput {
  name: string;
  phone: string;
  /** Optional: as typed ("1990-08-15", "8-15", "八月十五"), in `birthdayKind`'s calendar. */
  birthday?: string;
  birthdayKind?: 'solar' | 'lunar';
  wechat?: string;
  email?: string;
  /**
   * Marketing consent, asked only after the shop's notice was shown: 'yes' or 'no' as
   * answered; absent or null when not asked (nothing is recorded).
   */
  consent?: 'yes' | 'no' | null;
}

export interface SaleRequest {
  requestId: string;
  /** An existing customer's id; null for a walk-in or a new customer. */
  customerId: string | null;
  newCustomer: NewCustomerInput | null;
  items: string;
  /** As typed: "12.5", "¥12.50", "１２". */
  amount: string;
  payment: string;
  note: string;
  /** Who served, as chosen once on this device; absent or '' when nobody was named. */
  staff?: string;
  /** Points spent on this sale (domain/loyalty/wire.ts); absent when none. */
  redeem?: RedeemRequest | null;
  /** The promotion it was sold under: a name from Bootstrap.promotions; absent when none. */
  promo?: string | null;
  /** False when staff left the customer's tier discount off (loyalty/tiers-sale.ts). */
  tierDiscount?: boolean | null;
}

/** Undo a sale logged on this device: its row stays, marked void. */
export interface VoidRequest {
  /** This void's own id (once-only like every write). */
  requestId: string;
  /** The request id the sale was logged with. */
  saleRequestId: string;
  /** Who voids it: the device's staff name, or ''. */
  by: string;
}

export interface VoidDone {
  saleRequestId: string;
  /** The Void cell as written (or found, when someone voided it first). */
  mark: string;
  /** The voided sale's customer, so the card can be read again; null for a walk-in. */
  customerId: string | null;
}

/** One day of the till: sales, total, by payment method; void rows left out. */
export interface TillDayView {
  iso: string;
  count: number;
  /**
   * What should be in hand: sales by a method and top-ups, less refunds paid out
   * (domain/counter/till.ts).
   */
  total: number;
  byPayment: Array<{
    payment: string;
    count: number;
    total: number;
    topUpCount: number;
    topUpTotal: number;
    refundCount: number;
    refundTotal: number;
  }>;
  /** Sales paid from stored value: no money taken. */
  fromBalances: {count: number; total: number};
  topUps: {count: number; total: number};
  /** Balances refunded: paid out, every method together, taken off `total`. */
  refunds: {count: number; total: number};
  unreadable: number;
  voided: number;
}

export interface TillView {
  today: TillDayView;
  yesterday: TillDayView;
}

export interface FeedbackRequest {
  requestId: string;
  customerId: string | null;
  kind: string;
  /** 1–5, or null when not given. */
  rating: number | null;
  text: string;
}

export interface ResolveRequest {
  requestId: string;
  customerId: string;
  /** Sheet row of the complaint in the Feedback tab. */
  row: number;
  resolution: string;
}

export interface ContactRequest {
  requestId: string;
  customerId: string;
  channel: string;
  reason: string;
  outcome: string;
}

/** One customer as the sidebar's index holds it. */
export interface CustomerEntry {
  id: string;
  name: string;
  phone: string;
  grade: string;
}

export interface SaleDone {
  /** The sale's time, ISO. */
  date: string;
  day: number;
  amount: number;
  points: number;
  items: string;
  /** Set when the sale created a customer. */
  created: CustomerEntry | null;
  customerId: string | null;
  /** Points and stored value before and after this sale; absent for a walk-in. */
  loyalty?: SaleLoyalty | null;
}

export interface FeedbackDone {
  date: string;
  kind: FeedbackKind;
  /** The complaint's row when it stays open. */
  openRow: number | null;
}

export interface ResolveDone {
  row: number;
  resolvedOn: string;
}

export interface ContactDone {
  date: string;
  day: number;
}

/** Field → message in the user's language. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * Writes answer with an outcome rather than an exception for what the user can fix:
 * google.script.run would turn an exception into a bare message.
 */
export type Outcome<T> =
  | {ok: true; value: T; repeated: boolean}
  | {
      ok: false;
      message: string;
      fields: FieldErrors;
      /** A new customer's phone is already on the book: offer that customer. */
      duplicate: CustomerEntry | null;
    };
