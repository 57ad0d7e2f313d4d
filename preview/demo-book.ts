/**
 * What a demo shop says in its book's language: the shop, its staff, what it sells, who
 * its customers are and what they wrote. A book has one language, so each language has a
 * whole book of its own words (demo-book-*.ts), written as a shop there would write
 * them, not translated cell by cell. Who buys how often is the same in every language
 * (demo-data.ts), so the three shops grade alike.
 */

/** What a customer likes, the same in every language; each book names it its way. */
export type TagKey =
  | 'spicy'
  | 'nuts'
  | 'jelly'
  | 'crisps'
  | 'tea'
  | 'biscuits'
  | 'sweets'
  | 'plum'
  | 'braised'
  | 'drinks';

export interface DemoProduct {
  name: string;
  category: string;
  /** In the book's currency. */
  price: number;
  /** The preference that makes a customer pick it. */
  tag: TagKey;
}

/** One customer's own words; the i-th person of every book plays the same part. */
export interface DemoPerson {
  name: string;
  /** As the shop types it: no spaces, a trunk 0 where the country has one. */
  phone: string;
  email?: string;
  wechat?: string;
  family?: string;
  notes?: string;
}

export interface DemoFeedbackText {
  text: string;
  resolution?: string;
}

export interface DemoContactText {
  reason: string;
  outcome: string;
  /** How the shop reached them (OPTIONS.channel), where it is not the usual one. */
  channel?: string;
}

export interface DemoBook {
  /** The spreadsheet's own title. */
  title: string;
  shop: {
    shopName: string;
    ownerName: string;
    ownerEmail: string;
    shopPhone: string;
  };
  /** Who serves at the counter; the first is the owner. */
  staff: readonly [string, string, string];
  tags: Readonly<Record<TagKey, string>>;
  /** A sale's payment key (OPTIONS.payment) for a uniform random number in [0, 1). */
  payment(u: number): string;
  /** Between items and between preferences in one cell: "、" or ", ". */
  listSeparator: string;
  /** An item bought twice or more, as the book writes it. */
  times(name: string, count: number): string;
  products: readonly DemoProduct[];
  /** Forty people, in the order of the parts in demo-data.ts. */
  people: readonly DemoPerson[];
  promo: {code: string; minimum: number; off: number};
  /** Receipt numbers: prefix, the day, a number. */
  receiptPrefix: string;
  /** A complaint still open, a complaint resolved, praise, a suggestion, a survey. */
  feedback: readonly [
    DemoFeedbackText,
    DemoFeedbackText,
    DemoFeedbackText,
    DemoFeedbackText,
    DemoFeedbackText,
  ];
  /** A win-back call, a complaint followed up, news of a product, an offer. */
  contacts: readonly [
    DemoContactText,
    DemoContactText,
    DemoContactText,
    DemoContactText,
  ];
  /** Whether some customers keep a lunar birthday (Chinese-speaking shops). */
  lunarBirthdays: boolean;
}

/** The owner's address: Settings' owner email and the emulated user's own. */
export const DEMO_OWNER_EMAIL = 'xiaolin.snacks@example.com';
