/**
 * Reads what the daily run needs from the shop's tabs, one getValues per tab, and turns it
 * into the pure follow-up model (domain/followup). Grades come from the grades engine
 * over the Sales tab, not from the Grade column, so a stale or deleted formula never
 * hides a customer.
 */
import {appendHistorySales} from './compaction/history-sales';
import {isVoid} from '../domain/counter/void-mark';
import {dayReader} from '../domain/dates';
import {
  CustomerStats,
  parseAmount,
  statsOfKeys,
  summariseSales,
} from '../domain/customer-stats';
import {gradeOf, GradeRules, spanDays, Thresholds} from '../domain/grading';
import {Lang} from '../domain/i18n';
import {normaliseKey} from '../domain/keys';
import {Birthday, parseBirthday} from '../domain/followup/birthday';
import {
  CustomerFacts,
  Grade,
  OpenComplaint,
} from '../domain/followup/occasions';
import {cellText, compareText, isEmail} from '../domain/followup/text';
import {CONTACTS} from '../sheets/schema-contacts';
import {CUSTOMERS} from '../sheets/schema-customers';
import {FEEDBACK} from '../sheets/schema-feedback';
import {OptionSetKey, TabDef} from '../sheets/schema';
import {parseOption} from '../sheets/schema-options';
import {SALES} from '../sheets/schema-sales';
import {findSheet, mapColumns} from '../sheets/tabs';
import {ConsentByPurpose} from '../domain/privacy/consent';
import {attachConsentLog} from './privacy/consent-for';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CustomerCard {
  key: string;
  /** Another key the sales may use (the phone when the id is the key). */
  alias: string;
  name: string;
  phone: string;
  email: string;
  wechat: string;
  favourites: string[];
  facts: CustomerFacts;
  /** Their consent answers in the Privacy log (usecases/privacy/consent-for.ts). */
  consentLog?: ConsentByPurpose;
}

export interface ShopFacts {
  customers: CustomerCard[];
  /** Cells that could not be read, as short descriptions for the digest. */
  problems: string[];
}

export interface FactRules {
  today: number;
  tz: string;
  lang: Lang;
  grade: GradeRules;
  largeSale: number;
  /** How far back large purchases matter (after-sale days plus grace). */
  largeSaleLookback: number;
}

interface TabValues {
  values: unknown[][];
  cols: Map<string, number>;
}

/**
 * A tab's values, one getValues for the header and one for the data: only the span of
 * columns from the first to the last one needed, so a Sales tab with a dozen columns
 * (and the owner's own) is read at a third of its width. Rows keep their sheet order;
 * column indexes in `cols` are relative to the span.
 */
function readTab(
  ss: Spreadsheet,
  def: TabDef,
  lang: Lang,
  keys: readonly string[],
): TabValues | null {
  const sheet = findSheet(ss, def, lang);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow < 1 || lastCol < 1) return {values: [], cols: new Map()};
  const header = sheet.getRange(1, 1, 1, lastCol).getValues()[0];
  const all = mapColumns(header, def);
  const wanted = keys
    .map(k => all.get(k))
    .filter((i): i is number => i !== undefined);
  if (wanted.length === 0 || lastRow < 2) {
    return {values: [header], cols: all};
  }
  const c0 = Math.min(...wanted);
  const c1 = Math.max(...wanted);
  const body = sheet.getRange(2, c0 + 1, lastRow - 1, c1 - c0 + 1).getValues();
  const cols = new Map<string, number>();
  for (const k of keys) {
    const i = all.get(k);
    if (i !== undefined) cols.set(k, i - c0);
  }
  return {values: [header.slice(c0, c1 + 1), ...body], cols};
}

function col(t: TabValues | null, key: string): number {
  return t?.cols.get(key) ?? -1;
}

const PREF_SPLIT = /[,，、;；/\n]+/;

/** The Customers tab's columns the rules read, in the order readShopFacts takes them. */
const CUSTOMER_COLUMNS = [
  'id',
  'name',
  'phone',
  'email',
  'wechat',
  'birthday',
  'birthdayKind',
  'preferences',
  'consent',
] as const;

/** parseOption, remembered per distinct cell text (a column holds a handful). */
function optionReader(set: OptionSetKey): (v: unknown) => string | null {
  const seen = new Map<string, string | null>();
  return v => {
    const text = cellText(v);
    let k = seen.get(text);
    if (k === undefined) {
      k = parseOption(set, text);
      seen.set(text, k);
    }
    return k;
  };
}

/** What is known of a customer before the sales, contacts and feedback are read. */
function newFacts(
  key: string,
  birthday: Birthday | null,
  consent: CustomerFacts['consent'],
): CustomerFacts {
  return {
    key,
    birthday,
    consent,
    grade: null,
    gradeAtLastPurchase: null,
    firstPurchase: null,
    lastPurchase: null,
    lastContact: null,
    largeSales: [],
    complaints: [],
  };
}

function simpleHash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(36);
}

/** Everything the rules need, from four tabs. */
export function readShopFacts(ss: Spreadsheet, rules: FactRules): ShopFacts {
  const {lang, tz, today} = rules;
  const problems: string[] = [];
  const cust = readTab(ss, CUSTOMERS, lang, CUSTOMER_COLUMNS);
  const sales = readTab(ss, SALES, lang, [
    'date',
    'customer',
    'items',
    'amount',
    'void',
  ]);
  // Compacted old sales (Sales history), as the rows they replaced.
  if (sales && sales.values.length > 0) appendHistorySales(ss, lang, tz, sales);
  const feedback = readTab(ss, FEEDBACK, lang, [
    'date',
    'customer',
    'type',
    'text',
    'status',
    'resolvedOn',
  ]);
  const contacts = readTab(ss, CONTACTS, lang, ['date', 'customer']);
  const dayOf = dayReader(tz);

  // Customers, by key and by phone.
  const cards: CustomerCard[] = [];
  const byKey = new Map<string, CustomerCard>();
  if (cust) {
    const c = (k: string) => col(cust, k);
    const [
      iId,
      iName,
      iPhone,
      iEmail,
      iWechat,
      iBirth,
      iKind,
      iPref,
      iConsent,
    ] = CUSTOMER_COLUMNS.map(c);
    const get = (r: unknown[], i: number): unknown => (i >= 0 ? r[i] : '');
    const readKind = optionReader('birthdayKind');
    const readConsent = optionReader('consent');
    for (let i = 1; i < cust.values.length; i++) {
      const r = cust.values[i];
      const id = normaliseKey(get(r, iId));
      const phoneKey = normaliseKey(get(r, iPhone));
      const key = id || phoneKey;
      if (!key || byKey.has(key)) continue;
      const rawBirth = get(r, iBirth);
      const kind = readKind(get(r, iKind));
      let birthday: Birthday | null = null;
      if (cellText(rawBirth) !== '') {
        birthday = parseBirthday(rawBirth, kind, tz);
        if (!birthday) {
          problems.push(
            `${cellText(get(r, iName), 40) || key}: ${cellText(rawBirth, 40)}`,
          );
        }
      }
      const consent = readConsent(get(r, iConsent)) as
        'yes' | 'no' | 'unsubscribed' | null;
      const email = cellText(get(r, iEmail), 254);
      const card: CustomerCard = {
        key,
        alias: id && phoneKey && phoneKey !== id ? phoneKey : '',
        name: cellText(get(r, iName), 60) || cellText(get(r, iId), 60),
        phone: cellText(get(r, iPhone), 40),
        email: isEmail(email) ? email : '',
        wechat: cellText(get(r, iWechat), 60),
        favourites: cellText(get(r, iPref), 200)
          .split(PREF_SPLIT)
          .map(s => s.trim())
          .filter(Boolean)
          .slice(0, 3),
        facts: newFacts(key, birthday, consent),
      };
      cards.push(card);
      byKey.set(key, card);
    }
    for (const card of cards) {
      if (card.alias && !byKey.has(card.alias)) byKey.set(card.alias, card);
    }
    attachConsentLog(ss, lang, tz, cards);
  }

  // Sales: grades by the engine; per customer the days, favourite items, large sales.
  if (sales && sales.values.length > 1) {
    const iCust = col(sales, 'customer');
    const iDate = col(sales, 'date');
    const iItems = col(sales, 'items');
    const iAmount = col(sales, 'amount');
    const iVoid = col(sales, 'void');
    const n = sales.values.length - 1;
    const keys = new Array<unknown>(n);
    const dates = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const r = sales.values[i + 1];
      // A voided sale is as if never made: blank key and date, skipped by every pass.
      const voided = iVoid >= 0 && isVoid(r[iVoid]);
      keys[i] = iCust >= 0 && !voided ? r[iCust] : '';
      dates[i] = iDate >= 0 && !voided ? r[iDate] : '';
    }
    const summary = summariseSales(
      {customers: keys, dates},
      {asOf: today, tz, grade: rules.grade},
    );
    if (summary.problemCount > 0) {
      const p = summary.problems[0];
      problems.push(`${p.row}: ${cellText(p.value, 40)}`);
    }
    // Second pass for what the engine does not keep: purchases in the window before the
    // last visit (who they were), items, large purchases.
    const w = rules.grade.windowDays;
    // A customer's sales may be under the id and under the phone (the counter logs the
    // id, hand-typed rows often the phone): one history, as the sheet's formulas see it
    // (statsOfKeys), so the grade and the grade at the last purchase are those of all
    // the purchases together, not the better of two partial ones.
    interface Acc {
      card: CustomerCard;
      stats: CustomerStats;
      inWindowAtLast: number;
    }
    const accs: Acc[] = [];
    // By sales key, the customers whose history it is part of (one, unless two rows of
    // the book share a key); found by the raw cell (keys repeat: a regular has hundreds
    // of rows), so a row costs one Map lookup.
    const accsOf = new Map<string, Acc[]>();
    for (const card of cards) {
      const stats = statsOfKeys(summary, [card.key, card.alias]);
      if (!stats || stats.total === 0) continue;
      const acc: Acc = {card, stats, inWindowAtLast: 0};
      accs.push(acc);
      for (const k of card.alias ? [card.key, card.alias] : [card.key]) {
        if (!summary.customers.has(k)) continue;
        const list = accsOf.get(k);
        if (list) list.push(acc);
        else accsOf.set(k, [acc]);
      }
    }
    const items = new Map<string, Map<string, number>>();
    const large = new Map<string, number[]>();
    const sinceLarge = today - rules.largeSaleLookback;
    const accsOfCell = new Map<unknown, Acc[] | null>();
    for (let i = 0; i < n; i++) {
      const raw = keys[i];
      let found = accsOfCell.get(raw);
      if (found === undefined) {
        found = accsOf.get(normaliseKey(raw)) ?? null;
        accsOfCell.set(raw, found);
      }
      if (found === null) continue;
      const day = dayOf(dates[i]);
      if (day === null || day > today) continue;
      for (let j = 0; j < found.length; j++) {
        const acc = found[j];
        if (acc.stats.last - day < w) acc.inWindowAtLast++;
        const card = acc.card;
        const rawItem = iItems >= 0 ? sales.values[i + 1][iItems] : '';
        if (rawItem !== '' && card.favourites.length === 0) {
          const item = cellText(rawItem, 40);
          if (item) {
            let m = items.get(card.key);
            if (!m) items.set(card.key, (m = new Map()));
            m.set(item, (m.get(item) ?? 0) + 1);
          }
        }
        if (iAmount >= 0 && day >= sinceLarge && rules.largeSale > 0) {
          const amount = parseAmount(sales.values[i + 1][iAmount]);
          if (typeof amount === 'number' && amount >= rules.largeSale) {
            const list = large.get(card.key) ?? [];
            list.push(day);
            large.set(card.key, list);
          }
        }
      }
    }
    const thresholds: Thresholds = rules.grade.thresholds;
    for (const {card, stats: s, inWindowAtLast} of accs) {
      const f = card.facts;
      f.firstPurchase = s.first;
      f.lastPurchase = s.last;
      f.grade = (s.grade || null) as Grade | null;
      // Who they were on their last visit: the same estimate as of that day.
      f.gradeAtLastPurchase = (gradeOf(
        s.total,
        inWindowAtLast,
        spanDays(s.last, s.first, w),
        thresholds,
      ) || null) as Grade | null;
    }
    for (const card of cards) {
      const m = items.get(card.key);
      if (m && card.favourites.length === 0) {
        card.favourites = [...m]
          .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
          .slice(0, 2)
          .map(([item]) => item);
      }
      const l = large.get(card.key);
      if (l) card.facts.largeSales = [...new Set(l)].sort((a, b) => a - b);
    }
  }

  // Contacts: the last logged contact restarts the follow-up clock.
  if (contacts) {
    const iCust = col(contacts, 'customer');
    const iDate = col(contacts, 'date');
    if (iCust >= 0 && iDate >= 0) {
      for (let i = 1; i < contacts.values.length; i++) {
        const r = contacts.values[i];
        const card = byKey.get(normaliseKey(r[iCust]));
        const day = dayOf(r[iDate]);
        if (!card || day === null || day > today) continue;
        const f = card.facts;
        if (f.lastContact === null || day > f.lastContact) f.lastContact = day;
      }
    }
  }

  // Feedback: complaints still open.
  if (feedback) {
    const iCust = col(feedback, 'customer');
    const iDate = col(feedback, 'date');
    const iType = col(feedback, 'type');
    const iStatus = col(feedback, 'status');
    const iText = col(feedback, 'text');
    const iResolved = col(feedback, 'resolvedOn');
    if (iType >= 0 && iDate >= 0) {
      for (let i = 1; i < feedback.values.length; i++) {
        const r = feedback.values[i];
        if (parseOption('feedbackType', cellText(r[iType])) !== 'complaint') {
          continue;
        }
        const status =
          iStatus >= 0
            ? parseOption('feedbackStatus', cellText(r[iStatus]))
            : null;
        const resolvedOn = iResolved >= 0 ? cellText(r[iResolved]) : '';
        if (status === 'resolved' || (status === null && resolvedOn !== ''))
          continue;
        const day = dayOf(r[iDate]);
        if (day === null) continue;
        const key = iCust >= 0 ? normaliseKey(r[iCust]) : '';
        const text = iText >= 0 ? cellText(r[iText], 80) : '';
        let card = key ? byKey.get(key) : undefined;
        if (!card) {
          // A complaint from someone not on the book (or with no key) is still first.
          const pseudo = key || `feedback-row-${i + 1}`;
          card = byKey.get(pseudo);
          if (!card) {
            card = {
              key: pseudo,
              alias: '',
              name: key ? cellText(r[iCust], 40) : `#${i + 1}`,
              phone: /^\+?[\d\s-]{5,}$/.test(key) ? cellText(r[iCust], 40) : '',
              email: '',
              wechat: '',
              favourites: [],
              facts: newFacts(pseudo, null, null),
            };
            cards.push(card);
            byKey.set(pseudo, card);
          }
        }
        const complaint: OpenComplaint = {
          // By content, not row: an owner inserting rows must not make it new.
          id: simpleHash(`${day}|${key}|${text}`),
          day,
          text,
        };
        (card.facts.complaints as OpenComplaint[]).push(complaint);
      }
    }
  }
  return {customers: cards, problems};
}
