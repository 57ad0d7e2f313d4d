/**
 * What crosses google.script.run for points and stored value (储值). Plain JSON like
 * every wire type (domain/counter/wire.ts): dates are ISO text, money is a number in the
 * shop's currency, points are whole numbers.
 */

/** A reason a points balance changed (the Points tab's Reason column, as option keys). */
export type PointsReason =
  | 'sale'
  | 'redemption'
  | 'referral'
  | 'birthday'
  | 'adjustment'
  | 'expiry'
  | 'void';

/** A reason a stored-value balance changed. */
export type StoredReason =
  'topUp' | 'bonus' | 'payment' | 'refund' | 'void' | 'adjustment';

export type LedgerKind = 'points' | 'stored';

/** Points spent on a sale: as money off the amount, or for a gift (named). */
export interface RedeemRequest {
  points: number;
  as: 'money' | 'gift';
  /** The gift, free text, when `as` is 'gift'. */
  gift?: string;
}

export interface TopUpRequest {
  requestId: string;
  customerId: string;
  /** As typed: "100", "¥100", "１００". */
  amount: string;
  /** How the money was paid (cash, WeChat Pay… not 'stored'). */
  payment: string;
  staff?: string;
}

export interface TopUpDone {
  /** The money paid in. */
  paid: number;
  /** The bonus the Settings tiers gave (0 when none). */
  bonus: number;
  /** The stored-value balance before and after. */
  before: number;
  after: number;
  date: string;
  /** Settings' bonus rule could not be read, so no bonus was given (viewer's language). */
  bonusProblem?: string | null;
}

export interface RefundRequest {
  requestId: string;
  customerId: string;
  /** As typed; never more than the balance. */
  amount: string;
  /** How the money was paid back (cash, WeChat Pay… not 'stored'): the till counts it. */
  payment: string;
  reason: string;
  staff?: string;
}

export interface RefundDone {
  refunded: number;
  /** The method it was paid back with (a PaymentKey). */
  payment: string;
  before: number;
  after: number;
  date: string;
}

/** The owner adds or takes points, with a reason. */
export interface AdjustRequest {
  requestId: string;
  customerId: string;
  /** Whole points, + or −; the balance never goes below zero. */
  change: number;
  reason: string;
  staff?: string;
}

export interface AdjustDone {
  change: number;
  before: number;
  after: number;
  date: string;
}

/** One ledger line as the card lists it, newest first. */
export interface LedgerLine {
  /** ISO instant. */
  when: string;
  change: number;
  balanceAfter: number;
  /** The reason key (PointsReason or StoredReason), or the cell's text when unknown. */
  reason: string;
  kind: LedgerKind;
}

export interface LoyaltyCard {
  points: number;
  stored: number;
  /**
   * The part of `stored` that is top-up bonus still held: spent in the shop, never
   * paid back (domain/loyalty/refundable.ts).
   */
  storedBonus: number;
  recent: LedgerLine[];
  /** Rows of this customer's ledgers that cannot be read (see the self-check). */
  problems: number;
}

/** What the sale's Done adds: both balances before and after, when they changed. */
export interface SaleLoyalty {
  pointsBefore: number;
  pointsAfter: number;
  /** Points earned by this sale. */
  earned: number;
  /** Points redeemed on this sale (0 when none) and the money off they gave. */
  redeemed: number;
  moneyOff: number;
  /**
   * The stored-value balance before and after; null when the sale was not paid from it
   * (the Stored value tab is then not read, which saves a sale three calls).
   */
  storedBefore: number | null;
  storedAfter: number | null;
  /** Paid from stored value (0 when paid otherwise). */
  storedPaid: number;
}

/** The rules the sidebar needs to show what a sale, a redemption or a top-up will do. */
export interface LoyaltyRules {
  pointsPerUnit: number;
  /** Points for one unit of money off (100 → 100 points take 1 off); 0 = no money off. */
  pointsPerMoneyOff: number;
  /** Top-up bonus tiers, lowest first: pay `min` or more, get `bonus`. */
  bonusTiers: Array<{min: number; bonus: number}>;
  /** Months after which unspent points expire; null = never. */
  expiryMonths: number | null;
}
