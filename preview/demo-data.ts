/**
 * The preview's demo shop: a snack shop near a school (小林零食铺, 阿美柑仔店 or Corner
 * Snack Shop, in the book's language, demo-book-*.ts), with about forty
 * customers and four months of sales up to the preview's "today" (most members joined in
 * the last three). Generated from a seeded random stream and the clock, so the same start
 * gives the same shop, and grades, birthdays and reminders fall on sensible days whatever
 * the date.
 *
 * The customers cover what the book must handle: daily regulars (A) down to passers-by
 * (E), a regular who stopped coming, a new customer, people on the book who never bought,
 * walk-ins without a customer, phone numbers stored as numbers, lunar birthdays, and text
 * owners really type (a note starting with "=" or "+", emoji, pasted HTML).
 */
import {DAY_MS, dateOfDay, dayNumber} from '../src/domain/dates';
import {Lang} from '../src/domain/i18n';
import {
  CONTACTS,
  CUSTOMERS,
  FEEDBACK,
  SALES,
  TabDef,
} from '../src/sheets/schema';
import {writeSetting} from '../src/sheets/settings';
import {mustOpenTable, RecordInput} from '../src/sheets/table';
import {seededRandom} from '../tools/seeded-random';
import {DemoBook, DemoProduct, TagKey} from './demo-book';
import {DEMO_BOOK_EN} from './demo-book-en';
import {DEMO_BOOK_ZH_CN} from './demo-book-zh-cn';
import {DEMO_BOOK_ZH_TW} from './demo-book-zh-tw';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export {DEMO_OWNER_EMAIL} from './demo-book';

const BOOKS: Record<Lang, DemoBook> = {
  'zh-CN': DEMO_BOOK_ZH_CN,
  'zh-TW': DEMO_BOOK_ZH_TW,
  en: DEMO_BOOK_EN,
};

/** The words of the demo shop whose book is in `lang`. */
export function demoBook(lang: Lang): DemoBook {
  return BOOKS[lang];
}

type Pattern =
  | {kind: 'regular'; perMonth: number; startAgo: number; stopAgo?: number}
  | {kind: 'once'; ago: number}
  | {kind: 'never'};

/** A customer's part in the shop, whatever the language: how they buy and what they like. */
interface DemoRole {
  pattern: Pattern;
  prefs: TagKey[];
  /** Stored as a number, as a cash-register import or a typed long number would be. */
  phoneAsNumber?: boolean;
  /** Birthday: month and day; lunar ones are months and days of the lunar calendar. */
  birthday?: {y: number; m: number; d: number; lunar: boolean};
  /** 1-based: the role of the customer who brought them. */
  referredBy?: number;
  consent?: 'yes' | 'no' | 'unsubscribed';
}

/** Who is on the book: the i-th role is played by the i-th person of every book. */
function roles(): DemoRole[] {
  const r = (perMonth: number, startAgo = 92, stopAgo?: number): Pattern => ({
    kind: 'regular',
    perMonth,
    startAgo,
    stopAgo,
  });
  const once = (ago: number): Pattern => ({kind: 'once', ago});
  const never: Pattern = {kind: 'never'};
  const bd = (y: number, m: number, d: number, lunar = false) => ({
    y,
    m,
    d,
    lunar,
  });
  return [
    // Daily regulars: grade A.
    {
      pattern: r(24),
      prefs: ['spicy', 'drinks'],
      birthday: bd(1962, 8, 15, true),
      consent: 'no',
      phoneAsNumber: true,
    },
    {
      pattern: r(20),
      prefs: ['tea', 'crisps'],
      consent: 'yes',
      birthday: bd(1995, 3, 12),
    },
    {
      pattern: r(17),
      prefs: ['jelly', 'biscuits'],
      birthday: bd(1988, 11, 2),
      consent: 'yes',
    },
    // Nearly every other day: grade B.
    {pattern: r(12), prefs: ['nuts'], phoneAsNumber: true},
    {pattern: r(11), prefs: ['tea'], birthday: bd(2001, 6, 20)},
    {pattern: r(12), prefs: ['spicy', 'braised'], referredBy: 2},
    {
      pattern: r(10.5),
      prefs: ['plum', 'sweets'],
      birthday: bd(1979, 1, 8, true),
      consent: 'no',
    },
    // Twice a week or so: grade C.
    {pattern: r(7), prefs: ['crisps', 'drinks']},
    {
      pattern: r(6),
      prefs: ['jelly', 'sweets'],
      consent: 'yes',
      birthday: bd(1990, 9, 30),
    },
    {pattern: r(6.5), prefs: ['braised', 'drinks'], phoneAsNumber: true},
    {pattern: r(5.5), prefs: ['nuts', 'biscuits'], referredBy: 3},
    {pattern: r(6), prefs: ['spicy']},
    {pattern: r(5.2), prefs: ['tea', 'plum'], birthday: bd(1998, 4, 4)},
    // About once a week: grade D.
    {
      pattern: r(4),
      prefs: ['nuts'],
      birthday: bd(1955, 9, 9, true),
      phoneAsNumber: true,
    },
    {pattern: r(3.6), prefs: ['jelly'], referredBy: 1},
    // Came twice a week until three weeks ago: at risk.
    {pattern: r(8, 92, 21), prefs: ['drinks', 'crisps']},
    {pattern: r(4.2), prefs: ['biscuits', 'sweets'], consent: 'unsubscribed'},
    {pattern: r(3.4), prefs: ['spicy', 'tea'], referredBy: 1},
    {pattern: r(3.8), prefs: ['nuts', 'plum'], birthday: bd(1985, 12, 24)},
    {pattern: r(3.2), prefs: ['braised']},
    // Now and then: grade E.
    {pattern: r(1.6), prefs: ['tea']},
    {pattern: r(1.2), prefs: ['jelly', 'biscuits']},
    {pattern: r(1.5), prefs: ['crisps'], phoneAsNumber: true},
    {pattern: r(1.3), prefs: ['sweets'], birthday: bd(1993, 2, 14)},
    {pattern: r(1.8), prefs: ['spicy']},
    {pattern: r(1.1), prefs: ['plum']},
    {pattern: r(1.4), prefs: ['drinks']},
    {pattern: r(1.7), prefs: ['nuts', 'tea'], consent: 'yes'},
    // Bought once.
    {pattern: once(61), prefs: ['crisps']},
    {pattern: once(34), prefs: ['tea']},
    {pattern: once(12), prefs: ['spicy']},
    {pattern: once(3), prefs: ['jelly'], referredBy: 9},
    // A regular who stopped coming three months ago: lapsed, worth winning back.
    {pattern: r(14, 120, 95), prefs: ['braised', 'spicy', 'drinks']},
    // New: three purchases since the first one a few days ago (grade D by the rule).
    {pattern: r(9, 9), prefs: ['tea', 'nuts'], referredBy: 5, consent: 'yes'},
    {pattern: r(2.2, 40), prefs: ['biscuits']},
    {pattern: r(4.5, 50), prefs: ['spicy', 'crisps'], birthday: bd(2008, 7, 1)},
    // On the book, never bought: potential customers.
    {pattern: never, prefs: ['tea']},
    {pattern: never, prefs: []},
    {pattern: never, prefs: ['nuts'], referredBy: 4},
    {pattern: never, prefs: []},
  ];
}

export interface DemoShop {
  settings: DemoBook['shop'];
  customers: RecordInput[];
  sales: RecordInput[];
  feedback: RecordInput[];
  contacts: RecordInput[];
  /** Rows whose phone (and id) cells are written as numbers: 0-based customer index. */
  numericPhones: number[];
}

/**
 * The shop's rows, by column key. Sales are in time order and end before `now`; every
 * purchase is one row (one visit, one receipt). Customer keys are the phone numbers,
 * the member number at a Chinese counter.
 */
export function demoShop(
  now: Date,
  tz: string,
  seed = 20260301,
  lang: Lang = 'zh-CN',
): DemoShop {
  const book = demoBook(lang);
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(rand() * list.length)];
  const today = dayNumber(now, tz);
  const parts = roles();
  const people = parts.map((role, i) => ({...role, ...book.people[i]}));
  const at = (day: number, minutes: number): Date =>
    new Date(dateOfDay(day, tz).getTime() + minutes * 60_000);

  type Visit = {when: Date; who: number | null};
  const visits: Visit[] = [];
  const firstDay = new Map<number, number>();
  // Busy after school and after work (哪些时段是销售高峰期): peaks at 16–18h and 19–21h.
  const minuteOfDay = (): number => {
    const u = rand();
    const hour =
      u < 0.15
        ? 9 + rand() * 3
        : u < 0.3
          ? 12 + rand() * 2
          : u < 0.7
            ? 16 + rand() * 2.5
            : 19 + rand() * 2.5;
    return Math.floor(hour * 60);
  };
  const nowMinutes = Math.floor(
    (now.getTime() - dateOfDay(today, tz).getTime()) / 60_000,
  );
  const addVisit = (day: number, who: number | null) => {
    let m = minuteOfDay();
    if (day === today) {
      if (nowMinutes < 9 * 60 + 5) return;
      m = Math.min(m, nowMinutes - 1);
    }
    visits.push({when: at(day, m), who});
    if (who !== null && !(firstDay.get(who)! <= day)) firstDay.set(who, day);
  };

  people.forEach((p, i) => {
    const pat = p.pattern;
    if (pat.kind === 'once') addVisit(today - pat.ago, i);
    if (pat.kind !== 'regular') return;
    const start = today - pat.startAgo;
    const stop = today - (pat.stopAgo ?? 0);
    const chance = Math.min(0.95, pat.perMonth / 30);
    for (let d = start; d <= stop; d++) if (rand() < chance) addVisit(d, i);
  });
  // Walk-ins without a customer: a few every day since the shop began keeping the book.
  for (let d = today - 120; d <= today; d++) {
    const n = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) addVisit(d, null);
  }
  visits.sort((a, b) => a.when.getTime() - b.when.getTime());

  const receiptSeq = new Map<number, number>();
  const promoDays = new Set([today - 70, today - 69, today - 40, today - 39]);
  const sales: RecordInput[] = visits.map(v => {
    const p = v.who === null ? null : people[v.who];
    const tags = p?.prefs ?? [];
    const liked = book.products.filter(x => tags.includes(x.tag));
    const lines = 1 + (rand() < 0.35 ? 1 : 0) + (rand() < 0.1 ? 1 : 0);
    const chosen: DemoProduct[] = [];
    for (let k = 0; k < lines; k++) {
      const prod =
        liked.length && rand() < 0.8 ? pick(liked) : pick(book.products);
      if (!chosen.includes(prod)) chosen.push(prod);
    }
    let quantity = 0;
    let amount = 0;
    const names: string[] = [];
    for (const prod of chosen) {
      const q = rand() < 0.25 ? 2 : 1;
      quantity += q;
      amount += prod.price * q;
      names.push(q > 1 ? book.times(prod.name, q) : prod.name);
    }
    const day = dayNumber(v.when, tz);
    const promo = promoDays.has(day) && rand() < 0.5 ? book.promo.code : '';
    if (promo && amount >= book.promo.minimum) amount -= book.promo.off;
    amount = Math.round(amount * 100) / 100;
    const seq = (receiptSeq.get(day) ?? 0) + 1;
    receiptSeq.set(day, seq);
    const iso = new Date(day * DAY_MS)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    const payment = book.payment(rand());
    return {
      date: v.when,
      customer: p ? p.phone : '',
      items: names.join(book.listSeparator),
      category: chosen[0].category,
      quantity,
      amount,
      payment,
      promo,
      points: p ? Math.floor(amount) : '',
      receipt: `${book.receiptPrefix}${iso}-${String(seq).padStart(3, '0')}`,
      staff: pick(book.staff),
      note: '',
    };
  });

  const customerRows: RecordInput[] = people.map((p, i) => {
    const first = firstDay.get(i);
    const since =
      first !== undefined
        ? first - Math.floor(rand() * 3)
        : today - 5 - Math.floor(rand() * 60);
    return {
      id: p.phone,
      name: p.name,
      phone: p.phone,
      email: p.email ?? '',
      wechat: p.wechat ?? '',
      birthday: p.birthday
        ? dateOfDay(civil(p.birthday.y, p.birthday.m, p.birthday.d), tz)
        : '',
      birthdayKind: p.birthday
        ? p.birthday.lunar && book.lunarBirthdays
          ? 'lunar'
          : 'solar'
        : '',
      preferences: p.prefs.map(k => book.tags[k]).join(book.listSeparator),
      family: p.family ?? '',
      referredBy: p.referredBy ? people[p.referredBy - 1].phone : '',
      consent: p.consent ?? '',
      notes: p.notes ?? '',
      since: dateOfDay(since, tz),
    };
  });
  // A birthday in three days, so the reminders have someone to greet whatever the date,
  // and tomorrow's for the second customer (张伟: email and consent given), so the first "+1 day" in the
  // preview shows a customer greeting in the outbox beside the owner's digest.
  const birthdayIn = (row: number, days: number, year: number) => {
    const d = new Date((today + days) * DAY_MS);
    (customerRows[row] as Record<string, unknown>).birthday = dateOfDay(
      civil(year, d.getUTCMonth() + 1, d.getUTCDate()), // a leap year: any day exists
      tz,
    );
  };
  birthdayIn(4, 3, 2000);
  birthdayIn(1, 1, 1996);

  const phoneOf = (n: number) => people[n - 1].phone;
  const fb = book.feedback;
  const ct = book.contacts;
  const feedback: RecordInput[] = [
    {
      date: at(today - 2, 17 * 60 + 40),
      customer: phoneOf(9),
      type: 'complaint',
      rating: 2,
      text: fb[0].text,
      status: 'open',
      resolution: '',
      resolvedOn: '',
    },
    {
      date: at(today - 30, 19 * 60 + 5),
      customer: phoneOf(2),
      type: 'complaint',
      rating: 3,
      text: fb[1].text,
      status: 'resolved',
      resolution: fb[1].resolution ?? '',
      resolvedOn: dateOfDay(today - 29, tz),
    },
    {
      date: at(today - 21, 16 * 60 + 20),
      customer: phoneOf(3),
      type: 'praise',
      rating: 5,
      text: fb[2].text,
      status: '',
      resolution: '',
      resolvedOn: '',
    },
    {
      date: at(today - 14, 12 * 60 + 30),
      customer: phoneOf(4),
      type: 'suggestion',
      rating: 4,
      text: fb[3].text,
      status: 'open',
      resolution: '',
      resolvedOn: '',
    },
    {
      date: at(today - 45, 20 * 60),
      customer: '',
      type: 'survey',
      rating: 4,
      text: fb[4].text,
      status: 'resolved',
      resolution: fb[4].resolution ?? '',
      resolvedOn: dateOfDay(today - 40, tz),
    },
  ];
  const contacts: RecordInput[] = [
    {
      date: at(today - 60, 10 * 60),
      customer: phoneOf(33),
      channel: ct[0].channel ?? 'wechat',
      reason: ct[0].reason,
      outcome: ct[0].outcome,
      by: book.staff[0],
    },
    {
      date: at(today - 29, 11 * 60),
      customer: phoneOf(2),
      channel: 'phone',
      reason: ct[1].reason,
      outcome: ct[1].outcome,
      by: book.staff[0],
    },
    {
      date: at(today - 10, 15 * 60),
      customer: phoneOf(14),
      channel: 'inPerson',
      reason: ct[2].reason,
      outcome: ct[2].outcome,
      by: book.staff[1],
    },
    {
      date: at(today - 5, 9 * 60 + 30),
      customer: phoneOf(11),
      channel: 'sms',
      reason: ct[3].reason,
      outcome: ct[3].outcome,
      by: book.staff[2],
    },
  ];

  const byDate = (a: RecordInput, b: RecordInput) =>
    (a.date as Date).getTime() - (b.date as Date).getTime();
  return {
    settings: {...book.shop},
    customers: customerRows,
    sales,
    feedback: feedback.sort(byDate),
    contacts: contacts.sort(byDate),
    // A number keeps no leading 0: only phones that read back the same are stored so.
    numericPhones: people.flatMap((p, i) =>
      p.phoneAsNumber && String(Number(p.phone)) === p.phone ? [i] : [],
    ),
  };
}

function civil(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export interface DemoSummary {
  customers: number;
  sales: number;
  feedback: number;
  contacts: number;
}

/**
 * Fills a spreadsheet that Set up shop has prepared (the tabs must exist) with the demo
 * shop, through the same table code the add-on uses, so the cells look like Shuke's own.
 */
export function writeDemoShop(
  ss: Spreadsheet,
  lang: Lang,
  now: Date,
  seed?: number,
): DemoSummary {
  const tz = ss.getSpreadsheetTimeZone();
  const shop = demoShop(now, tz, seed, lang);
  const append = (def: TabDef, rows: RecordInput[]) => {
    const table = mustOpenTable(ss, def, lang, {tz, headerOnly: true});
    return {table, rows: table.append(rows)};
  };
  const cust = append(CUSTOMERS, shop.customers);
  // Some phone numbers arrive as numbers (typed as a long number, or imported): the
  // grade and the counter must treat 13800010001 and "13800010001" as one customer.
  const idCol = cust.table.columns.get('id');
  const phoneCol = cust.table.columns.get('phone');
  for (const i of shop.numericPhones) {
    const row = cust.rows[i];
    const digits = Number(shop.customers[i].phone);
    for (const col of [idCol, phoneCol]) {
      if (col !== undefined) {
        cust.table.sheet.getRange(row, col + 1).setValue(digits);
      }
    }
  }
  append(SALES, shop.sales);
  append(FEEDBACK, shop.feedback);
  append(CONTACTS, shop.contacts);
  for (const [key, value] of Object.entries(shop.settings)) {
    writeSetting(ss, key, value);
  }
  return {
    customers: shop.customers.length,
    sales: shop.sales.length,
    feedback: shop.feedback.length,
    contacts: shop.contacts.length,
  };
}
