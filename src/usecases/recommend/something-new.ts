/**
 * "Something new" (menu and counter): the fans of an item or category (domain/recommend/
 * fans.ts) written to the "Something new" tab, each with a ready-to-copy message in the
 * book's language, for the owner to work down and tick Done. One read of Customers, one
 * of Sales (and one of the Sales history: an item bought only before old sales were
 * compacted still makes a fan), one of the list itself, one append.
 *
 * Once only: a customer already listed for the same item on the same day is not listed
 * again, so running it twice (or a retry after an execution died) adds nothing; on
 * another day the item can be announced again. The daily job (PENDING_NEWS_JOB) puts what
 * is still unticked in the morning digest.
 */
import {
  dateOfDay,
  dayNumber,
  dayReader,
  dayToIso,
  parseDay,
} from '../../domain/dates';
import {splitItems} from '../../domain/counter/items';
import {Lang, t} from '../../domain/i18n';
import {normaliseKey} from '../../domain/keys';
import {recKey} from '../../domain/recommend/cooccurrence';
import {
  Fan,
  FanCandidate,
  fanMessage,
  findFans,
  howOf,
} from '../../domain/recommend/fans';
import {NEWS_TEXTS} from '../../domain/recommend/texts';
import {DigestSection} from '../../domain/followup/render';
import {ConsentColumn} from '../../domain/privacy/consent';
import {cellText} from '../../sheets/cells';
import {CUSTOMERS} from '../../sheets/schema-customers';
import {SOMETHING_NEW} from '../../sheets/schema-promotions';
import {loadSettings, SettingsRead} from '../../sheets/settings';
import {ensureDataTab} from '../../sheets/setup';
import {listSheets} from '../../sheets/tabs';
import {openTable, Table} from '../../sheets/table';
import {documentLocker} from '../../services/lock';
import {userLang} from '../../services/locale';
import {DailyJob} from '../daily/jobs';
import {historyRows, readHistoryGrid} from '../compaction/history-read';
import {readSaleLines} from '../promotions/sales-read';
import {
  attachConsentLog,
  ConsentHolder,
  consentFor,
} from '../privacy/consent-for';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const MAX_ITEM = 60;
/** Lists older than this leave the digest, ticked or not. */
const DIGEST_DAYS = 14;

export interface NewsOutcome {
  item: string;
  tab: string;
  /** Rows added now. */
  listed: number;
  /** Fans already listed for this item today. */
  already: number;
  withheld: number;
}

/** The item as the owner typed it, or a reason (in `ui`) it can't be used. */
export function checkItem(
  item: unknown,
  ui: Lang,
): {ok: true; item: string} | {ok: false; message: string} {
  const s = typeof item === 'string' ? item.trim() : '';
  if (s === '') return {ok: false, message: t(NEWS_TEXTS.empty, ui)};
  if (Array.from(s).length > MAX_ITEM)
    return {ok: false, message: t(NEWS_TEXTS.tooLong, ui, {max: MAX_ITEM})};
  return {ok: true, item: s};
}

/**
 * The customers with their consent as the privacy records have it (the Customers
 * column for email, the Privacy log for messages: usecases/privacy/consent-for.ts).
 */
function candidates(ss: Spreadsheet, lang: Lang, tz: string): FanCandidate[] {
  const book = openTable(ss, CUSTOMERS, lang, {tz});
  if (!book) return [];
  const rows: Array<{c: Omit<FanCandidate, 'consent'>; holder: ConsentHolder}> =
    [];
  for (const r of book.rows) {
    const id = cellText(r.raw.id, tz).trim();
    const phone = cellText(r.raw.phone, tz).trim();
    const key = id || phone;
    if (!key) continue;
    rows.push({
      c: {
        key,
        name: cellText(r.raw.name, tz).trim(),
        phone,
        email: cellText(r.raw.email, tz).trim(),
        wechat: cellText(r.raw.wechat, tz).trim(),
        preferences: cellText(r.raw.preferences, tz),
      },
      holder: {
        key: normaliseKey(key),
        alias: id && phone ? normaliseKey(phone) : undefined,
        facts: {consent: (r.values.consent as ConsentColumn) ?? null},
      },
    });
  }
  attachConsentLog(
    ss,
    lang,
    tz,
    rows.map(x => x.holder),
  );
  return rows.map(({c, holder}) => ({
    ...c,
    consent: {
      email: consentFor(holder, 'email'),
      messages: consentFor(holder, 'messages'),
    },
  }));
}

/** Items and categories each customer bought, under both their id and phone. */
function purchasesOf(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
  customers: readonly FanCandidate[],
): Map<string, Map<string, number>> {
  const bySaleKey = new Map<string, Map<string, number>>();
  for (const s of readSaleLines(ss, lang, tz)) {
    if (s.customer === '') continue;
    let m = bySaleKey.get(s.customer);
    if (!m) {
      m = new Map();
      bySaleKey.set(s.customer, m);
    }
    const named = s.category ? [...s.items, s.category] : s.items;
    for (const item of new Set(named)) m.set(item, (m.get(item) ?? 0) + 1);
  }
  // Compacted sales: each item text with the purchases that named it (no categories:
  // the history keeps none).
  const history = readHistoryGrid(ss, lang);
  for (const r of history ? historyRows(history.grid, dayReader(tz)) : []) {
    if (r.pending || r.key === '') continue;
    let m = bySaleKey.get(r.key);
    if (!m) {
      m = new Map();
      bySaleKey.set(r.key, m);
    }
    for (const [text, n] of r.items) {
      for (const item of new Set(splitItems(text)))
        m.set(item, (m.get(item) ?? 0) + n);
    }
  }
  const out = new Map<string, Map<string, number>>();
  for (const c of customers) {
    const merged = new Map<string, number>();
    for (const k of new Set([normaliseKey(c.key), normaliseKey(c.phone)])) {
      for (const [item, n] of bySaleKey.get(k) ?? [])
        merged.set(item, (merged.get(item) ?? 0) + n);
    }
    out.set(c.key, merged);
  }
  return out;
}

function whyOf(
  f: Fan,
  item: string,
  lang: Lang,
): {row: string; message: string} {
  if (f.bought.length) {
    const items = f.bought.slice(0, 3).join('、');
    // "Bubble tea has just arrived… You often buy Bubble tea" says the item twice: when
    // what they buy is the item itself, the message says "it".
    const same = f.bought.every(b => recKey(b) === recKey(item));
    return {
      row: t(NEWS_TEXTS.whyBought, lang, {items, n: f.times}),
      message: same
        ? t(NEWS_TEXTS.msgBoughtIt, lang)
        : t(NEWS_TEXTS.msgBought, lang, {items}),
    };
  }
  return {
    row: t(NEWS_TEXTS.whyLikes, lang, {likes: f.likes}),
    message: t(NEWS_TEXTS.msgLikes, lang, {likes: f.likes}),
  };
}

function listTable(
  ss: Spreadsheet,
  read: SettingsRead,
  create: boolean,
): Table | null {
  const found = openTable(ss, SOMETHING_NEW, read.lang, {tz: read.tz});
  if (found && found.missing.length === 0) return found;
  if (!found && !create) return null;
  const tab = ensureDataTab(ss, SOMETHING_NEW, {
    lang: read.lang,
    currency: String(read.settings.currency ?? '¥'),
    sheets: listSheets(ss),
    used: new Set(),
  });
  return openTable(ss, SOMETHING_NEW, read.lang, {
    tz: read.tz,
    sheet: tab.sheet,
  });
}

/** Lists the fans of `item` (already checked) today; the caller holds the lock. */
export function listFans(
  ss: Spreadsheet,
  item: string,
  now: Date,
  read: SettingsRead = loadSettings(ss),
): NewsOutcome {
  const {lang, tz} = read;
  const today = dayNumber(now, tz);
  const customers = candidates(ss, lang, tz);
  const found = findFans(item, customers, purchasesOf(ss, lang, tz, customers));
  const table = listTable(ss, read, true) as Table;
  const itemKey = recKey(item);
  const listedToday = new Set<string>();
  for (const r of table.rows) {
    if (parseDay(r.raw.date, tz) !== today) continue;
    if (recKey(cellText(r.raw.item, tz)) !== itemKey) continue;
    listedToday.add(normaliseKey(r.raw.customer));
  }
  const template = String(read.settings.msgSomethingNew ?? '');
  const shop = String(read.settings.shopName ?? '');
  const fresh = found.fans.filter(
    f => !listedToday.has(normaliseKey(f.customer.key)),
  );
  const records = fresh.map(f => {
    const why = whyOf(f, item, lang);
    return {
      date: dateOfDay(today, tz),
      item,
      customer: f.customer.key,
      name: f.customer.name,
      why: why.row,
      how: t(NEWS_TEXTS.how[f.how], lang),
      contact: f.contact,
      message: fanMessage(template, {
        name: f.customer.name,
        shop,
        item,
        why: why.message,
      }),
      done: false,
    };
  });
  const rows = table.append(records);
  const done = table.columns.get('done');
  if (rows.length && done !== undefined) {
    table.sheet
      .getRange(rows[0], done + 1, rows.length, 1)
      .setDataValidation(
        SpreadsheetApp.newDataValidation().requireCheckbox().build(),
      );
  }
  return {
    item,
    tab: table.sheet.getName(),
    listed: rows.length,
    already: found.fans.length - fresh.length,
    withheld: found.withheld,
  };
}

/** What the owner is told, in `ui`. */
export function newsSummary(o: NewsOutcome, ui: Lang): string {
  if (o.listed + o.already === 0 && o.withheld === 0)
    return t(NEWS_TEXTS.noFans, ui, {item: o.item});
  return t(NEWS_TEXTS.listed, ui, {
    item: o.item,
    n: o.listed,
    tab: o.tab,
    already: o.already,
    withheld: o.withheld,
  });
}

/** The menu item: asks for the item, lists its fans, says how many. */
export function somethingNew(): void {
  const ui = SpreadsheetApp.getUi();
  const viewer = userLang();
  const title = t(NEWS_TEXTS.promptTitle, viewer);
  const answer = ui.prompt(
    title,
    t(NEWS_TEXTS.prompt, viewer),
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const checked = checkItem(answer.getResponseText(), viewer);
  if (!checked.ok) {
    ui.alert(title, checked.message, ui.ButtonSet.OK);
    return;
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const out = documentLocker(30_000).withLock(() => {
    const o = listFans(ss, checked.item, new Date());
    SpreadsheetApp.flush();
    return o;
  });
  ui.alert(title, newsSummary(out, viewer), ui.ButtonSet.OK);
}

type NotToTell = keyof typeof NEWS_TEXTS.notToTell;

/** Reads a How cell back in any of the three languages. */
function readMark<K extends string>(
  texts: Readonly<Record<K, Record<Lang, string>>>,
  cell: string,
): K | null {
  const s = cell.trim();
  for (const k of Object.keys(texts) as K[]) {
    if (Object.values<string>(texts[k]).includes(s)) return k;
  }
  return null;
}

export function isNotToTell(how: unknown, tz: string): boolean {
  return readMark(NEWS_TEXTS.notToTell, cellText(how, tz)) !== null;
}

/** A customer as the daily run reads them, enough to tell whether and how. */
export type Reachable = Pick<
  FanCandidate,
  'key' | 'email' | 'wechat' | 'phone' | 'consent'
> & {alias: string};

/**
 * The unticked rows of the digest's window whose customer may no longer be told as
 * listed: gone from the Customers tab (erased, or deleted by hand), or no longer
 * consenting (withdrawn: PIPL Art. 24, from the next run). Such a row is marked in its
 * How column with the reason, contact and message emptied, so nobody copies it by
 * mistake; a customer whose way to be told changed (email withdrawn, messages still
 * allowed) gets the new way. Writing the same values again changes nothing, so a run
 * killed half way and run again is fine.
 */
export function reviewList(
  table: Table,
  customers: readonly Reachable[],
  lang: Lang,
  today: number,
): void {
  const byKey = new Map<string, Reachable>();
  for (const c of customers) {
    if (c.alias) byKey.set(normaliseKey(c.alias), c);
  }
  for (const c of customers) byKey.set(normaliseKey(c.key), c);
  const tz = table.tz;
  const updates: Array<{row: number; values: Record<string, unknown>}> = [];
  for (const r of table.rows) {
    const day = parseDay(r.raw.date, tz);
    if (day === null || today - day > DIGEST_DAYS || r.values.done === true)
      continue;
    const how = cellText(r.raw.how, tz);
    if (isNotToTell(how, tz)) continue;
    const c = byKey.get(normaliseKey(cellText(r.raw.customer, tz).trim()));
    const now = c ? howOf(c) : null;
    if (!now) {
      const why: NotToTell = c ? 'withdrawn' : 'gone';
      updates.push({
        row: r.row,
        values: {
          how: t(NEWS_TEXTS.notToTell[why], lang),
          contact: '',
          message: '',
        },
      });
      continue;
    }
    if (readMark(NEWS_TEXTS.how, how) !== now.how) {
      updates.push({
        row: r.row,
        values: {how: t(NEWS_TEXTS.how[now.how], lang), contact: now.contact},
      });
    }
  }
  if (updates.length) table.updateMany(updates);
}

/**
 * The digest's section: lists of the last DIGEST_DAYS days with rows left to tick; rows
 * marked not to be told (reviewList) count in neither figure.
 */
export function pendingSection(
  table: Table,
  lang: Lang,
  today: number,
): DigestSection {
  const groups = new Map<
    string,
    {item: string; day: number; n: number; total: number}
  >();
  for (const r of table.rows) {
    const day = parseDay(r.raw.date, table.tz);
    const item = cellText(r.raw.item, table.tz).trim();
    if (day === null || item === '' || today - day > DIGEST_DAYS) continue;
    if (isNotToTell(r.raw.how, table.tz)) continue;
    const k = `${day}|${recKey(item)}`;
    const g = groups.get(k) ?? {item, day, n: 0, total: 0};
    g.total++;
    if (r.values.done !== true) g.n++;
    groups.set(k, g);
  }
  return {
    title: t(NEWS_TEXTS.digestTitle, lang),
    lines: [...groups.values()]
      .filter(g => g.n > 0)
      .sort((a, b) => b.day - a.day)
      .map(g =>
        t(NEWS_TEXTS.digestLine, lang, {
          item: g.item,
          date: dayToIso(g.day),
          n: g.n,
          total: g.total,
        }),
      ),
  };
}

/**
 * Every morning: first the rows of customers who may no longer be told are marked
 * (reviewList, from the customers the run has read: no further read), then what is still
 * to tell goes in the digest.
 */
export const PENDING_NEWS_JOB: DailyJob = {
  id: 'somethingNew',
  name: NEWS_TEXTS.jobName,
  run(ctx) {
    const table = listTable(ctx.ss, ctx.read, false);
    if (!table) return;
    const customers: Reachable[] = ctx.facts.customers.map(c => ({
      key: c.key,
      alias: c.alias,
      email: c.email,
      wechat: c.wechat,
      phone: c.phone,
      consent: {
        email: consentFor(c, 'email'),
        messages: consentFor(c, 'messages'),
      },
    }));
    reviewList(table, customers, ctx.lang, ctx.today);
    return {sections: [pendingSection(table, ctx.lang, ctx.today)]};
  },
};
