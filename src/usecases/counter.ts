/**
 * The counter's server API: what the sidebar calls through google.script.run. Reads
 * open the tabs they need once; writes are validated first, then done under the document
 * lock, once per request id, in one append or one update.
 */
import {buildCard, ComplaintRow} from '../domain/counter/card';
import {gradesCountToday} from './grades-today';
import {reasonInBook} from '../domain/counter/contact-reasons';
import {nextCustomerId, samePhone} from '../domain/counter/ids';
import {topItems} from '../domain/counter/items';
import {MSG} from '../domain/counter/messages';
import {pointsFor} from '../domain/counter/points';
import {isVoid} from '../domain/counter/void-mark';
import {
  checkContact,
  checkFeedback,
  checkResolve,
  checkSale,
  LIMITS,
  CleanNewCustomer,
  validRequestId,
} from '../domain/counter/validate';
import {
  Bootstrap,
  Card,
  ContactDone,
  ContactRequest,
  CustomerEntry,
  CustomerIndex,
  CustomerRefresh,
  FeedbackDone,
  FeedbackKind,
  FeedbackRequest,
  FieldErrors,
  Outcome,
  ResolveDone,
  ResolveRequest,
  SaleDone,
  SaleRequest,
} from '../domain/counter/wire';
import {dateOfDay, dayNumber, dayToIso, parseDay} from '../domain/dates';
import {whoDid} from '../services/who';
import {Lang, t} from '../domain/i18n';
import {normaliseKey, sameKey} from '../domain/keys';
import {BusyError, Locker} from '../services/lock';
import {cellText} from '../sheets/cells';
import {historyItems, replayHistory} from './compaction/history-sales';
import {readHistoryGrid} from './compaction/history-read';
import {CONTACTS, CUSTOMERS, FEEDBACK, SALES, TabDef} from '../sheets/schema';
import {
  mustOpenTable,
  openTable,
  Table,
  TableRow,
  tableOfSheet,
} from '../sheets/table';
import {AppendTab, MissingColumnError, openAppend} from './counter-append';
import {completeSaleLoyalty, planSaleLoyalty} from './loyalty/sale';
import {loyaltyCard} from './loyalty/card';
import {
  customerLedgerKeys,
  ledgerKeys,
  rememberLedgerAliases,
} from './loyalty/customer-keys';
import {tierCard} from './loyalty/tiers-card';
import {primeSaleTiers, saleTier} from './loyalty/tiers-sale';
import {loyaltyRules} from './loyalty/rules';
import {promoOfSale, promotionsToday} from './promotions/sale-promo';
import {cardRecommendations} from './recommend/card-recommend';
import {cardPrivacy} from './privacy/card-part';
import {
  CounterContext,
  counterContext,
  freshContext,
  KeyValueCache,
  rememberedOutcome,
  rememberOutcome,
  sheetOf,
} from './counter-context';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CounterDeps {
  spreadsheet: () => Spreadsheet;
  locker: Locker;
  cache: KeyValueCache;
  now: () => Date;
  /**
   * SpreadsheetApp.flush: a write's rows are applied before its outcome is remembered
   * and before the lock goes to the next till (Lock reference, releaseLock).
   */
  flush: () => void;
  /**
   * The language of the person at the sidebar: its labels, the card and every message
   * to them. What is written into the book stays in the book's language (ctx.lang).
   * The book's language when not given.
   */
  viewerLang?: () => Lang;
}

function viewerOf(deps: CounterDeps, ctx: CounterContext): Lang {
  try {
    return deps.viewerLang?.() ?? ctx.lang;
  } catch {
    return ctx.lang;
  }
}

/** Recent sales the best sellers are counted over. */
const TOP_ITEMS_ROWS = 2000;
const TOP_ITEMS = 8;

/** One getActiveSpreadsheet per call, asked only when needed. */
function lazy<T>(f: () => T): () => T {
  let v: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v as T;
  };
}

export function failure<T>(
  message: string,
  fields: FieldErrors = {},
  duplicate: CustomerEntry | null = null,
): Outcome<T> {
  return {ok: false, message, fields, duplicate};
}

function text(v: unknown, tz: string): string {
  return cellText(v, tz).trim();
}

/** A customer's key as the Sales tab holds it: the id, or the phone when there is none. */
function keyOf(id: string, phone: string): string {
  return id !== '' ? id : phone;
}

// ---------------------------------------------------------------------------------------
// Opening the sidebar

/**
 * The customers as the sidebar searches them, read in one pass of the Customers tab; a
 * missing tab is said in `notices`.
 */
function readCustomerIndex(
  ss: Spreadsheet,
  ctx: CounterContext,
  deps: CounterDeps,
  today: number,
  ui: Lang,
  notices: string[],
): CustomerIndex {
  const customers: CustomerIndex = {
    ids: [],
    names: [],
    phones: [],
    grades: [],
    perMonth: [],
    daysSince: [],
  };
  const book = openTable(ss, CUSTOMERS, ctx.lang, {tz: ctx.tz});
  if (!book) {
    notices.push(t(MSG.missingTab, ui, {tab: CUSTOMERS.names[ctx.lang]}));
  } else {
    // The phone behind each id, for the sales that follow (loyalty/customer-keys.ts).
    rememberLedgerAliases(
      deps.cache,
      book.rows.map(r => ({id: r.raw.id, phone: r.raw.phone})),
    );
    for (const r of book.rows) {
      const id = text(r.raw.id, ctx.tz);
      const phone = text(r.raw.phone, ctx.tz);
      const key = keyOf(id, phone);
      if (key === '') continue;
      customers.ids.push(key);
      customers.names.push(text(r.raw.name, ctx.tz));
      customers.phones.push(phone);
      customers.grades.push(text(r.raw.grade, ctx.tz));
      // For ranking search hits only: the formulas' values, whatever they hold.
      const perMonth = r.raw.perMonth;
      customers.perMonth.push(
        typeof perMonth === 'number' && Number.isFinite(perMonth)
          ? Math.round(perMonth * 10) / 10
          : 0,
      );
      const last = parseDay(r.raw.lastVisit, ctx.tz);
      customers.daysSince.push(
        last === null ? null : Math.max(0, today - last),
      );
    }
  }
  return customers;
}

export function counterBootstrap(deps: CounterDeps): Bootstrap {
  const ss = deps.spreadsheet();
  const ctx = freshContext(ss, deps.cache);
  const ui = viewerOf(deps, ctx);
  const today = dayNumber(deps.now(), ctx.tz);
  // The day's tiers into the cache: the sales that follow cost no call for them.
  primeSaleTiers(ss, ctx, deps.cache, deps.now());
  const notices: string[] = [];
  const customers = readCustomerIndex(ss, ctx, deps, today, ui, notices);
  let top: string[] = [];
  const salesSheet = sheetOf(ss, SALES, ctx);
  if (!salesSheet) {
    notices.push(t(MSG.missingTab, ui, {tab: SALES.names[ctx.lang]}));
  } else {
    const head = tableOfSheet(salesSheet, SALES, ctx.lang, ctx.tz, {
      headerOnly: true,
    });
    const col = head.columns.get('items');
    const last = salesSheet.getLastRow();
    if (col !== undefined && last >= 2) {
      const from = Math.max(2, last - TOP_ITEMS_ROWS + 1);
      const cells = salesSheet
        .getRange(from, col + 1, last - from + 1, 1)
        .getValues()
        .map(r => r[0]);
      top = topItems(cells, TOP_ITEMS).map(x => x.item);
    }
  }
  return {
    lang: ui,
    bookLang: ctx.lang,
    shopName: ctx.shopName,
    consentNotice: ctx.consentNotice,
    tz: ctx.tz,
    currency: ctx.currency,
    pointsPerUnit: ctx.pointsPerUnit,
    loyalty: loyaltyRules(ctx),
    today,
    todayIso: dayToIso(today),
    grade: {thresholds: ctx.thresholds, windowDays: ctx.windowDays},
    topItems: top,
    customers,
    notices,
    promotions: promotionsToday(ss, ctx.lang, ctx.tz, today),
  };
}

/**
 * The customers again, for an open sidebar whose search found nothing: a customer added
 * since it opened (imported, typed into the sheet, logged at another till) is found
 * without reopening it. Only the Customers tab is read.
 */
export function counterCustomers(deps: CounterDeps): CustomerRefresh {
  const ss = deps.spreadsheet();
  const ctx = counterContext(() => ss, deps.cache);
  const ui = viewerOf(deps, ctx);
  const today = dayNumber(deps.now(), ctx.tz);
  const notices: string[] = [];
  const customers = readCustomerIndex(ss, ctx, deps, today, ui, notices);
  return {customers, notices};
}

// ---------------------------------------------------------------------------------------
// The customer card

function isOpenComplaint(values: Record<string, unknown>): boolean {
  return values.type === 'complaint' && values.status !== 'resolved';
}

export function customerCard(key: string, deps: CounterDeps): Card | null {
  const ss = deps.spreadsheet();
  const ctx = counterContext(() => ss, deps.cache);
  const {lang, tz} = ctx;
  const today = dayNumber(deps.now(), tz);
  const book = mustOpenTable(ss, CUSTOMERS, lang, {tz});
  const wanted = normaliseKey(key);
  const row = book.rows.find(
    r =>
      normaliseKey(keyOf(text(r.raw.id, tz), text(r.raw.phone, tz))) === wanted,
  );
  if (!row || wanted === '') return null;
  const v = row.values;
  const raw = row.raw;
  const sales = openTable(ss, SALES, lang, {tz});
  // Their sales under the id or under the phone, as the Customers tab's formulas count
  // them (gradeFormulas, statsOfKeys): hand-logged sales often carry the phone.
  const mine = (sales?.rows ?? []).filter(
    r =>
      !isVoid(r.raw.void) &&
      (sameKey(r.raw.customer, raw.id) || sameKey(r.raw.customer, raw.phone)),
  );
  const feedback = openTable(ss, FEEDBACK, lang, {tz});
  const complaints: ComplaintRow[] = (feedback?.rows ?? [])
    .filter(r => sameKey(r.raw.customer, key) && isOpenComplaint(r.values))
    .map(r => ({
      row: r.row,
      date: r.raw.date,
      kind: r.values.type as FeedbackKind,
      rating: typeof r.values.rating === 'number' ? r.values.rating : null,
      text: String(r.values.text ?? ''),
    }));
  const contacts = openTable(ss, CONTACTS, lang, {tz});
  let lastContact: number | null = null;
  let contactRow: TableRow | null = null;
  for (const r of contacts?.rows ?? []) {
    if (!sameKey(r.raw.customer, key)) continue;
    const d = parseDay(r.raw.date, tz);
    // The same day: the lower row was written later.
    if (
      d !== null &&
      d <= today &&
      (lastContact === null || d >= lastContact)
    ) {
      lastContact = d;
      contactRow = r;
    }
  }
  const history = readHistoryGrid(ss, lang);
  const past = history
    ? replayHistory(history.grid, tz, [raw.id, raw.phone])
    : [];
  const card = buildCard({
    customer: {
      id: keyOf(text(raw.id, tz), text(raw.phone, tz)),
      name: text(raw.name, tz),
      phone: text(raw.phone, tz),
      wechat: String(v.wechat ?? ''),
      email: String(v.email ?? ''),
      preferences: String(v.preferences ?? ''),
      family: String(v.family ?? ''),
      notes: String(v.notes ?? ''),
      birthday: raw.birthday,
      birthdayKind: (v.birthdayKind as string | null) ?? null,
      consent: (v.consent as string | null) ?? null,
    },
    sales: [
      // Compacted old sales (Sales history), as the rows they replaced: first, where
      // the old rows stood.
      ...past,
      ...mine.map(r => ({
        date: r.raw.date,
        amount: r.raw.amount,
        items: r.raw.items,
        points: r.raw.points,
      })),
    ],
    openComplaints: complaints,
    lastContact,
    today,
    tz,
    lang: viewerOf(deps, ctx),
    grade: {thresholds: ctx.thresholds, windowDays: ctx.windowDays},
    followup: {
      cadence: ctx.cadence,
      birthdayNoticeDays: ctx.birthdayNoticeDays,
      afterSaleDays: ctx.afterSaleDays,
      lapsedCadences: ctx.lapsedCadences,
      holidayGreetings: false,
    },
    pointsPerUnit: ctx.pointsPerUnit,
  });
  card.recommended = cardRecommendations(
    sales?.rows,
    mine,
    deps.cache,
    3,
    past.map(s => s.items),
    () => (history ? historyItems(history.grid, tz) : []),
  );
  card.loyalty = loyaltyCard(ss, ctx, ledgerKeys(raw.id, raw.phone));
  card.tier = tierCard(ss, ctx, book, row, today);
  card.privacy = cardPrivacy(ss, ctx, raw, card);
  card.contact =
    contactRow && lastContact !== null
      ? {
          date: dayToIso(lastContact),
          channel:
            typeof contactRow.values.channel === 'string'
              ? contactRow.values.channel
              : text(contactRow.raw.channel, tz),
          reason: text(contactRow.raw.reason, tz),
          outcome: text(contactRow.raw.outcome, tz),
        }
      : null;
  return card;
}

// ---------------------------------------------------------------------------------------
// Writes

/**
 * Runs one write: the context, validation, the lock, the request id. `write` returns
 * the outcome, and itself finds a request already written in its tab's Request ID column
 * (the authority: the cache may forget, an execution may die before remembering). A
 * successful outcome is flushed to the sheet, and only then remembered in the cache, a
 * shortcut for a double tap: remembered before the flush, it could outlive a row that an
 * execution killed after the remembering never wrote.
 */
export function guardedWrite<T>(
  deps: CounterDeps,
  requestId: unknown,
  write: (ss: Spreadsheet, ctx: CounterContext, ui: Lang) => Outcome<T>,
): Outcome<T> {
  if (!validRequestId(requestId)) throw new Error('Bad request id');
  const ss = lazy(deps.spreadsheet);
  const ctx = counterContext(ss, deps.cache);
  const ui = viewerOf(deps, ctx);
  try {
    return deps.locker.withLock(() => {
      const prior = rememberedOutcome(deps.cache, requestId);
      if (prior) {
        const done = JSON.parse(prior) as Outcome<T>;
        return done.ok ? {...done, repeated: true} : done;
      }
      let outcome: Outcome<T>;
      try {
        outcome = write(ss(), ctx, ui);
      } catch (e) {
        if (e instanceof MissingColumnError) {
          return failure<T>(
            t(MSG.missingColumn, ui, {
              tab: e.tab.names[ctx.lang],
              column: e.column.names[ctx.lang],
            }),
          );
        }
        throw e;
      }
      if (outcome.ok) {
        deps.flush();
        try {
          rememberOutcome(deps.cache, requestId, outcome);
        } catch (e) {
          // The row is written: saying it failed would invite a second one.
          console.warn(`request ${requestId} not remembered: ${String(e)}`);
        }
      }
      return outcome;
    });
  } catch (e) {
    if (e instanceof BusyError) return failure<T>(t(MSG.busy, ui));
    throw e;
  }
}

/** Said to the viewer, naming the tab as the book would have it. */
export function missingTab<T>(def: TabDef, ui: Lang, book: Lang): Outcome<T> {
  return failure<T>(t(MSG.missingTab, ui, {tab: def.names[book]}));
}

/**
 * A new customer as they will be added, or the one already on the book with that
 * phone. Ids already in the Sales tab count as taken: a sale whose customer row was lost
 * with its execution keeps its id for the retry that adds them.
 */
function planCustomer(
  ss: Spreadsheet,
  ctx: CounterContext,
  c: CleanNewCustomer,
  takenInSales: readonly unknown[],
): {book: Table; created: CustomerEntry} | {duplicate: CustomerEntry} | null {
  const {lang, tz} = ctx;
  const book = openTable(ss, CUSTOMERS, lang, {tz});
  if (!book) return null;
  for (const r of book.rows) {
    const phone = text(r.raw.phone, tz);
    const id = text(r.raw.id, tz);
    // Shops that key customers by phone have the phone in the id column.
    const idIsPhone = /^\+?[\d\s-]+$/.test(id);
    if (samePhone(phone, c.phone) || (idIsPhone && samePhone(id, c.phone))) {
      return {
        duplicate: {
          id: keyOf(id, phone),
          name: text(r.raw.name, tz),
          phone,
          grade: text(r.raw.grade, tz),
        },
      };
    }
  }
  const id = nextCustomerId([...book.rows.map(r => r.raw.id), ...takenInSales]);
  return {book, created: {id, name: c.name, phone: c.phone, grade: ''}};
}

function addToBook(
  book: Table,
  c: CustomerEntry,
  day: number,
  tz: string,
  extra: CleanNewCustomer | null = null,
): void {
  const birthday = extra?.birthday;
  book.append([
    {
      id: c.id,
      name: c.name,
      phone: c.phone,
      since: dateOfDay(day, tz),
      birthday:
        typeof birthday === 'number' ? dateOfDay(birthday, tz) : birthday,
      birthdayKind: extra?.birthdayKind,
      wechat: extra?.wechat,
      email: extra?.email,
      consent: extra?.consent,
    },
  ]);
}

/**
 * The outcome of a sale whose row is already on the Sales tab (a retry, a double tap).
 * A new customer it created whose own row was lost with the execution is added now,
 * under the id the sale row carries.
 */
function saleAlreadyWritten(
  ss: Spreadsheet,
  ctx: CounterContext,
  v: {
    amount: number;
    items: string;
    newCustomer: CleanNewCustomer | null;
    requestId: string;
    staff: string;
  },
  row: Record<string, unknown>,
  now: Date,
): Outcome<SaleDone> {
  const date = row.date instanceof Date ? row.date : now;
  const day = dayNumber(date, ctx.tz);
  const customerId = text(row.customer, ctx.tz) || null;
  let created: CustomerEntry | null = null;
  if (v.newCustomer && customerId) {
    const c = v.newCustomer;
    created = {id: customerId, name: c.name, phone: c.phone, grade: ''};
    const book = openTable(ss, CUSTOMERS, ctx.lang, {tz: ctx.tz});
    if (book && !book.rows.some(r => sameKey(r.raw.id, customerId)))
      addToBook(book, created, day, ctx.tz, c);
  }
  // What was paid after any money off for points: the row's amount.
  const paid = typeof row.amount === 'number' ? row.amount : v.amount;
  // The row's Points are what the sale earned (double points days included).
  const earned =
    typeof row.points === 'number' && Number.isInteger(row.points)
      ? row.points
      : undefined;
  const loyalty = customerId
    ? completeSaleLoyalty(
        ss,
        ctx,
        {requestId: v.requestId, customerId, paid, earned, staff: v.staff},
        now,
      )
    : null;
  return {
    ok: true,
    repeated: true,
    value: {
      date: date.toISOString(),
      day,
      amount: paid,
      points: customerId
        ? (loyalty?.earned ?? pointsFor(paid, ctx.pointsPerUnit))
        : 0,
      items: v.items,
      created,
      customerId,
      loyalty,
    },
  };
}

export function logSale(
  req: SaleRequest,
  deps: CounterDeps,
): Outcome<SaleDone> {
  return guardedWrite<SaleDone>(deps, req?.requestId, (ss, ctx, ui) => {
    const checked = checkSale(req, ui);
    if (!checked.ok) return failure(t(MSG.fixFields, ui), checked.fields);
    // No staff name on the device: the account at the keyboard (services/who.ts).
    const v = {
      ...checked.value,
      staff: whoDid(checked.value.staff, LIMITS.staff),
    };
    const now = deps.now();
    const promo = promoOfSale(ss, req.promo, ctx, dayNumber(now, ctx.tz), ui);
    if (!promo.ok) return failure(promo.message, {promo: promo.message});
    let customerId = v.customerId;
    let created: CustomerEntry | null = null;
    // The Sales tab and its columns first: a sale it can't take writes nothing at all.
    const sheet = sheetOf(ss, SALES, ctx);
    if (!sheet) return missingTab(SALES, ui, ctx.lang);
    const sales = openAppend(
      sheet,
      SALES,
      ctx.tz,
      ['date', 'customer', 'amount'],
      ctx.plainKeys?.sales,
    );
    const done = sales.rowOf(v.requestId);
    if (done !== null)
      return saleAlreadyWritten(ss, ctx, v, sales.recordAt(done), now);
    let book: Table | null = null;
    if (v.newCustomer) {
      const plan = planCustomer(
        ss,
        ctx,
        v.newCustomer,
        sales.column('customer'),
      );
      if (!plan) return missingTab(CUSTOMERS, ui, ctx.lang);
      if ('duplicate' in plan) {
        const d = plan.duplicate;
        return failure(
          t(MSG.duplicatePhone, ui, {phone: d.phone, name: d.name}),
          {
            phone: t(MSG.duplicatePhone, ui, {
              phone: d.phone,
              name: d.name,
            }),
          },
          d,
        );
      }
      ({book, created} = plan);
      customerId = created.id;
    }
    // Points spent and stored value paid are checked and written before the sale row
    // (loyalty/sale.ts says why); its amount is what was paid after money off.
    // The tier's discount and double points (loyalty/tiers-sale.ts); a customer
    // new today is in no tier yet.
    const tier = saleTier(ss, ctx, deps.cache, {
      customerId: v.newCustomer ? null : customerId,
      amount: v.amount,
      note: v.note,
      applyDiscount: req.tierDiscount,
      now,
    });
    const loyalty = planSaleLoyalty(ss, ctx, ui, {
      requestId: v.requestId,
      customerId,
      amount: tier.amount,
      multiplier: tier.multiplier,
      payment: v.payment,
      redeem: req.redeem,
      staff: v.staff,
      keys:
        customerId && !v.newCustomer
          ? customerLedgerKeys(ss, ctx, deps.cache, customerId)
          : undefined,
    });
    if (!loyalty.ok) return failure(loyalty.message, loyalty.fields);
    loyalty.spend(now);
    const points = loyalty.earned;
    // The sale row first, carrying the request id and the new customer's id: whatever
    // an execution killed in between keeps, the retry finds the sale and completes it.
    sales.append(
      {
        date: now,
        customer: customerId ?? '',
        items: v.items,
        quantity: v.quantity ?? '',
        amount: loyalty.paid,
        payment: v.payment,
        promo: promo.name,
        points: customerId ? points : '',
        note: tier.note,
        staff: v.staff,
        requestId: v.requestId,
      },
      ctx.lang,
    );
    if (book && created)
      addToBook(book, created, dayNumber(now, ctx.tz), ctx.tz, v.newCustomer);
    const balances = loyalty.earn(now);
    gradesCountToday(ss, deps.cache, ctx, now);
    return {
      ok: true,
      repeated: false,
      value: {
        date: now.toISOString(),
        day: dayNumber(now, ctx.tz),
        amount: loyalty.paid,
        points,
        items: v.items,
        created,
        customerId,
        loyalty: balances,
      },
    };
  });
}

/** A row already written under this request id (a retry), or null after appending it. */
function appendOnce(
  tab: AppendTab,
  requestId: string,
  record: Readonly<Record<string, unknown>>,
  lang: Lang,
): Record<string, unknown> | null {
  const done = tab.rowOf(requestId);
  if (done !== null) return tab.recordAt(done);
  tab.append(record, lang);
  return null;
}

export function logFeedback(
  req: FeedbackRequest,
  deps: CounterDeps,
): Outcome<FeedbackDone> {
  return guardedWrite<FeedbackDone>(deps, req?.requestId, (ss, ctx, ui) => {
    const checked = checkFeedback(req, ui);
    if (!checked.ok) return failure(t(MSG.fixFields, ui), checked.fields);
    const v = checked.value;
    const now = deps.now();
    const sheet = sheetOf(ss, FEEDBACK, ctx);
    if (!sheet) return missingTab(FEEDBACK, ui, ctx.lang);
    const open = v.kind === 'complaint';
    const tab = openAppend(sheet, FEEDBACK, ctx.tz, ['date', 'type', 'text']);
    const earlier = appendOnce(
      tab,
      v.requestId,
      {
        date: now,
        customer: v.customerId ?? '',
        type: v.kind,
        rating: v.rating ?? '',
        text: v.text,
        status: open ? 'open' : '',
        requestId: v.requestId,
      },
      ctx.lang,
    );
    const date = earlier?.date instanceof Date ? earlier.date : now;
    // The new row's number is only needed to resolve it from the card, which reads it.
    return {
      ok: true,
      repeated: earlier !== null,
      value: {date: date.toISOString(), kind: v.kind, openRow: null},
    };
  });
}

export function resolveFeedback(
  req: ResolveRequest,
  deps: CounterDeps,
): Outcome<ResolveDone> {
  return guardedWrite<ResolveDone>(deps, req?.requestId, (ss, ctx, ui) => {
    const checked = checkResolve(req, ui);
    if (!checked.ok) return failure(t(MSG.fixFields, ui), checked.fields);
    const v = checked.value;
    const table: Table | null = openTable(ss, FEEDBACK, ctx.lang, {tz: ctx.tz});
    if (!table) return missingTab(FEEDBACK, ui, ctx.lang);
    const row = table.rowAt(v.row);
    if (
      !row ||
      !sameKey(row.raw.customer, v.customerId) ||
      row.values.type !== 'complaint'
    ) {
      return failure(t(MSG.complaintGone, ui));
    }
    const today = dayNumber(deps.now(), ctx.tz);
    // Resolving is its own once-only: a retry of this resolution (the same text, or
    // none stored yet because its execution died part way) completes what is missing;
    // a complaint someone else resolved with other words keeps them.
    const storedText = text(row.raw.resolution, ctx.tz);
    const resolvedOn = parseDay(row.raw.resolvedOn, ctx.tz);
    const ours = storedText === '' || storedText === v.resolution.trim();
    const day = resolvedOn ?? today;
    const already = row.values.status === 'resolved';
    if (!already || (ours && resolvedOn === null)) {
      table.update(v.row, {
        status: 'resolved',
        resolution: ours ? v.resolution : undefined,
        resolvedOn: dateOfDay(day, ctx.tz),
      });
    } else if (ours && storedText === '') {
      table.update(v.row, {resolution: v.resolution});
    }
    return {
      ok: true,
      repeated: already,
      value: {row: v.row, resolvedOn: dayToIso(day)},
    };
  });
}

export function recordContact(
  req: ContactRequest,
  deps: CounterDeps,
): Outcome<ContactDone> {
  return guardedWrite<ContactDone>(deps, req?.requestId, (ss, ctx, ui) => {
    const checked = checkContact(req, ui);
    if (!checked.ok) return failure(t(MSG.fixFields, ui), checked.fields);
    const v = checked.value;
    const now = deps.now();
    const sheet = sheetOf(ss, CONTACTS, ctx);
    if (!sheet) return missingTab(CONTACTS, ui, ctx.lang);
    const tab = openAppend(sheet, CONTACTS, ctx.tz, ['date', 'customer']);
    const earlier = appendOnce(
      tab,
      v.requestId,
      {
        date: now,
        customer: v.customerId,
        channel: v.channel,
        // A tapped chip arrives in the viewer's language; the book keeps its own.
        reason: reasonInBook(v.reason, ctx.lang),
        outcome: v.outcome,
        requestId: v.requestId,
      },
      ctx.lang,
    );
    const date = earlier?.date instanceof Date ? earlier.date : now;
    return {
      ok: true,
      repeated: earlier !== null,
      value: {date: date.toISOString(), day: dayNumber(date, ctx.tz)},
    };
  });
}
