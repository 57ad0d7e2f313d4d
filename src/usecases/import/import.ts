/**
 * Import sales / customers from a tab: the owner brings a till's export into a tab
 * (File ▸ Import), Shuke recognises it by its header row, shows the columns, the first
 * rows and every row it can't read, and only then writes, under the document lock. The
 * plan is made again under the lock from what the tabs hold then, so a second click, a
 * retry after a killed run or an import of the same export twice adds nothing.
 *
 * Each row written carries its batch in the Import batch column; undoing a batch removes
 * exactly those rows (customers who have sales logged since are kept), under the lock,
 * and a second undo finds nothing left to remove.
 */
import {civilDay, dateOfDay, dayNumber} from '../../domain/dates';
import {Lang, t} from '../../domain/i18n';
import {
  FIELD_NAMES,
  formatLabel,
  IMPORT_TEXTS as T,
  KEPT_NOTES,
  NOTE_JOIN,
  REASONS,
  VOID_MARKS,
} from '../../domain/import/texts';
import {ImportField} from '../../domain/import/format';
import {
  AmbiguousDate,
  BirthdayRead,
  DayMonthOrder,
} from '../../domain/import/cells';
import {recognise} from '../../domain/import/headers';
import {Kept, leftOut, parseExport} from '../../domain/import/parse';
import {bookPhoneText} from '../../domain/import/phone-text';
import {
  customerColumnMissing,
  phoneLikeColumn,
} from '../../domain/import/customer-column';
import {itemSeparator} from '../../domain/counter/items';
import {ImportPlan, planImport, PlannedSale} from '../../domain/import/plan';
import {normaliseKey} from '../../domain/keys';
import {BalancePlan} from '../../domain/import/balances';
import {
  BALANCE_TEXTS,
  balanceLine,
  balanceProblemLine,
} from '../../domain/import/balance-texts';
import {BusyError, Locker} from '../../services/lock';
import {cellText} from '../../sheets/cells';
import {CUSTOMERS, parseOption, SALES, SETTINGS} from '../../sheets/schema';
import {loadSettings} from '../../sheets/settings';
import {Table} from '../../sheets/table';
import {findSheet} from '../../sheets/tabs';
import {readSheetValues} from '../../sheets/read-values';
import {
  batchesOf,
  BatchCount,
  Book,
  bookCustomers,
  bookSaleKeys,
  openBook,
} from './import-book';
import {
  Ledgers,
  openingCounts,
  openingRowsOf,
  openLedgers,
  planOpenings,
  writeOpenings,
} from './balances';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ImportDeps {
  spreadsheet: () => Spreadsheet;
  locker: Locker;
  now: () => Date;
  flush: () => void;
  /** The language of the person at the screen (the dialog's). */
  viewerLang: () => Lang;
  /** A short random tag making two imports in one minute two batches. */
  tag: () => string;
  /** Whether a phone (local digits) was erased at its owner's request. */
  erased: (ss: Spreadsheet, lang: Lang) => (phone: string) => boolean;
}

export interface SampleRow {
  row: string;
  cells: string[];
}

/** What the dialog asks; `order` is the owner's answer when the tab can't tell. */
export interface ImportRequest {
  sheet: string;
  order?: DayMonthOrder | '';
  /** The column the owner chose as the customer's phone when none was recognised. */
  phoneColumn?: string;
}

/** "03/02/2026 is 3 February or March 2?", in the viewer's language. */
export interface DateQuestion {
  question: string;
  choices: Array<{order: DayMonthOrder; label: string}>;
  chosen: DayMonthOrder | null;
}

export interface ImportPreview {
  ok: true;
  sheet: string;
  /** The answer the preview was read with, to be sent back with the import. */
  order: DayMonthOrder | null;
  /** The phone column the owner chose, to be sent back with the import; '' for none. */
  phoneColumn: string;
  /** No customer column recognised, and this one holds phones: the owner is asked. */
  customerColumn: string | null;
  dateQuestion: DateQuestion | null;
  /** Rows there but none of them readable: nothing to import, and why. */
  unreadable: boolean;
  format: string;
  kind: 'sales' | 'customers';
  mapping: Array<{field: string; header: string}>;
  /** The tab's columns Shuke takes nothing from (a till's points, address…), by header. */
  notTaken: string[];
  /** Column labels of `sample`. */
  sampleHeaders: string[];
  sample: SampleRow[];
  summary: string;
  /** Rows left out, and why. */
  problems: string[];
  problemCount: number;
  /** Cells of imported rows that could not be read, kept as written in the notes. */
  kept: string[];
  keptCount: number;
  /** Balances (points, stored value) the import brings in and their totals; null: none. */
  balances: string | null;
  /** Balances not brought in, and why. */
  balanceProblems: string[];
  balanceProblemCount: number;
  canImport: boolean;
}

export interface Failure {
  ok: false;
  message: string;
}

export interface ImportDone {
  ok: true;
  batch: string;
  sales: number;
  customers: number;
  message: string;
  problems: string[];
  problemCount: number;
  kept: string[];
  keptCount: number;
  /** Opening rows written on the ledgers. */
  balances: number;
  balanceProblems: string[];
  balanceProblemCount: number;
}

export interface UndoDone {
  ok: true;
  batch: string;
  sales: number;
  customers: number;
  kept: number;
  /** Opening rows removed from the ledgers. */
  balances: number;
  message: string;
}

/** Rows shown in the preview, and problems listed in full up to this many. */
const SAMPLE_ROWS = 5;
const PROBLEMS_SHOWN = 200;
/** Rows per setValues: a 50,000-receipt import is a handful of writes. */
const WRITE_CHUNK = 10_000;

interface Ctx {
  ss: Spreadsheet;
  lang: Lang;
  tz: string;
  viewer: Lang;
}

function context(deps: ImportDeps): Ctx {
  const ss = deps.spreadsheet();
  const read = loadSettings(ss);
  return {ss, lang: read.lang, tz: read.tz, viewer: deps.viewerLang()};
}

function fail(message: string): Failure {
  return {ok: false, message};
}

function ownSheets(ss: Spreadsheet, lang: Lang): Set<number> {
  const out = new Set<number>();
  for (const def of [SALES, CUSTOMERS, SETTINGS]) {
    const s = findSheet(ss, def, lang);
    if (s) out.add(s.getSheetId());
  }
  return out;
}

interface Planned {
  plan: ImportPlan;
  columns: Partial<Record<ImportField, number>>;
  headers: string[];
  book: Book;
  ledgers: Ledgers;
  balances: BalancePlan;
  values: unknown[][];
  question: AmbiguousDate | null;
  readable: number;
  /** The header of a column that looks like phones, when no customer column is known. */
  phoneLike: string | null;
}

function phoneColumnOf(req: unknown): string {
  const c = (req as {phoneColumn?: unknown} | null)?.phoneColumn;
  return typeof c === 'string' ? c : '';
}

function orderOf(req: unknown): DayMonthOrder | null {
  const o = (req as {order?: unknown} | null)?.order;
  return o === 'dmy' || o === 'mdy' ? o : null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A day and month as the viewer reads them: "3 February" / "March 2", "2月3日". */
function dayMonth(
  day: number,
  month: number,
  order: DayMonthOrder,
  lang: Lang,
) {
  if (lang !== 'en') return `${month}月${day}日`;
  const name = MONTHS[month - 1];
  return order === 'dmy' ? `${day} ${name}` : `${name} ${day}`;
}

function questionOf(
  q: AmbiguousDate,
  chosen: DayMonthOrder | null,
  lang: Lang,
): DateQuestion {
  const dmy = dayMonth(q.first, q.second, 'dmy', lang);
  const mdy = dayMonth(q.second, q.first, 'mdy', lang);
  return {
    question: t(T.dateQuestion, lang, {value: q.text, dmy, mdy}),
    choices: [
      {order: 'dmy', label: dmy},
      {order: 'mdy', label: mdy},
    ],
    chosen,
  };
}

function planFor(
  ctx: Ctx,
  deps: ImportDeps,
  sheetName: string,
  chosen: DayMonthOrder | null,
  phoneColumn = '',
): Planned | Failure {
  const sheet: Sheet | null = ctx.ss.getSheetByName(String(sheetName ?? ''));
  if (!sheet) return fail(t(T.noTab, ctx.viewer, {name: String(sheetName)}));
  if (ownSheets(ctx.ss, ctx.lang).has(sheet.getSheetId()))
    return fail(t(T.ownTab, ctx.viewer));
  const book = openBook(ctx.ss, ctx.lang, ctx.tz);
  if (!book) return fail(t(T.missingTabs, ctx.viewer));
  const values = readSheetValues(sheet);
  const found = recognise(values);
  if (!found) return fail(t(T.notRecognised, ctx.viewer));
  let rec = found;
  const missing =
    rec.format.kind === 'sales' && customerColumnMissing(rec.columns);
  // The owner's choice is taken only where no customer column was found.
  const picked =
    missing && phoneColumn.trim()
      ? rec.headers.findIndex(h => h.trim() === phoneColumn.trim())
      : -1;
  if (picked >= 0 && !Object.values(rec.columns).includes(picked))
    rec = {...rec, columns: {...rec.columns, phone: picked}};
  const like =
    missing && picked < 0
      ? phoneLikeColumn(values, rec.headerRow, rec.columns)
      : null;
  const parsed = parseExport(
    values,
    rec,
    ctx.tz,
    chosen,
    itemSeparator(ctx.lang),
  );
  const plan = planImport({
    parsed,
    format: rec.format,
    customers: bookCustomers(book),
    saleKeys: rec.format.kind === 'sales' ? bookSaleKeys(book) : new Set(),
    tz: ctx.tz,
    isErased: deps.erased(ctx.ss, ctx.lang),
  });
  // Only a customers export with a balance column reads the ledgers.
  const ledgers: Ledgers =
    rec.format.kind === 'customers' &&
    (rec.columns.points !== undefined || rec.columns.stored !== undefined)
      ? openLedgers(ctx.ss, ctx.lang, ctx.tz)
      : {points: null, stored: null};
  const balances = planOpenings(plan, values, rec.columns, ledgers);
  return {
    plan,
    columns: rec.columns,
    headers: rec.headers,
    book,
    ledgers,
    balances,
    values,
    question: parsed.dateQuestion,
    readable: parsed.purchases.length + parsed.customers.length,
    phoneLike: like === null ? null : (rec.headers[like] ?? '').trim() || null,
  };
}

/** The rows left out (`kept` false) or the cells kept in notes (true), listed. */
function report(
  plan: ImportPlan,
  lang: Lang,
  kept: boolean,
): {lines: string[]; count: number} {
  const all = plan.problems.filter(p => leftOut(p) !== kept);
  const lines = all.slice(0, PROBLEMS_SHOWN).map(p =>
    t(T.problemLine, lang, {
      row: p.row,
      reason: t(REASONS[p.reason], lang, {
        value: p.value,
        field: p.field ? t(FIELD_NAMES[p.field], lang) : '',
      }),
    }),
  );
  return {lines, count: all.length};
}

function reportFields(plan: ImportPlan, lang: Lang, balances: BalancePlan) {
  const out = report(plan, lang, false);
  const kept = report(plan, lang, true);
  return {
    problems: out.lines,
    problemCount: out.count,
    kept: kept.lines,
    keptCount: kept.count,
    balanceProblems: balances.problems
      .slice(0, PROBLEMS_SHOWN)
      .map(b => balanceProblemLine(b, lang)),
    balanceProblemCount: balances.problems.length,
  };
}

/** A new customer's balance cells that were not brought in, kept in their notes. */
function balanceKept(balances: BalancePlan, row: number): Kept[] {
  return balances.problems
    .filter(b => b.kept && b.row === row)
    .map(b => ({
      field: b.kind,
      reason: b.issue === 'unreadable' ? 'keptUnreadable' : 'keptMore',
      value: b.value,
    }));
}

/** A note with the cells kept beside it, in the book's language. */
function noteWith(note: string, kept: readonly Kept[], lang: Lang): string {
  return [
    note,
    ...kept.map(k =>
      t(KEPT_NOTES[k.reason], lang, {
        field: t(FIELD_NAMES[k.field], lang),
        value: k.value,
      }),
    ),
  ]
    .filter(Boolean)
    .join(t(NOTE_JOIN, lang));
}

/**
 * A birthday as the Customers tab keeps one (the counter's way): a solar date with its
 * year is a date cell; a month and day alone, or a lunar birthday, is text the birthday
 * reader reads (the export's own when it reads the same, else 3月4日 / 03-04), with its
 * calendar beside it.
 */
function birthdayCells(
  b: (BirthdayRead & {ok: true}) | null,
  lang: Lang,
  tz: string,
): {birthday?: Date | string; birthdayKind?: 'solar' | 'lunar'} {
  if (!b) return {};
  const day =
    b.year !== null && (b.calendar === 'solar' || b.text === null)
      ? civilDay(b.year, b.month, b.day)
      : null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const plain =
    lang === 'en'
      ? `${pad(b.month)}-${pad(b.day)}`
      : `${b.leap ? '闰' : ''}${b.month}月${b.day}日`;
  return {
    birthday: day !== null ? dateOfDay(day, tz) : (b.text ?? plain),
    birthdayKind: b.calendar,
  };
}

function summaryOf(plan: ImportPlan, lang: Lang): string {
  if (plan.format.kind === 'customers') {
    return t(T.summaryCustomers, lang, {
      rows: plan.rows,
      created: plan.customers.length,
      matched: plan.matched,
    });
  }
  return t(T.summarySales, lang, {
    rows: plan.rows,
    sales: plan.sales.length,
    refunds: plan.refunds,
    voids: plan.voids,
    already: plan.alreadyThere,
    created: plan.customers.length,
    matched: plan.matched,
  });
}

function money(n: number): string {
  return n.toFixed(2);
}

function sampleOf(
  p: Planned,
  ctx: Ctx,
): {headers: string[]; rows: SampleRow[]} {
  const v = ctx.viewer;
  const name = (f: ImportField) => t(FIELD_NAMES[f], v);
  if (p.plan.format.kind === 'customers') {
    return {
      headers: [
        name('memberNo'),
        name('customerName'),
        name('phone'),
        name('birthday'),
        name('since'),
      ],
      rows: p.plan.customers.slice(0, SAMPLE_ROWS).map(c => ({
        row: String(c.row),
        cells: [
          c.id,
          c.name,
          c.phone,
          // As it will be written: a date, or the book's text for a year-less one.
          cellText(
            birthdayCells(c.birthday, ctx.lang, ctx.tz).birthday ?? '',
            ctx.tz,
          ),
          c.since ? cellText(c.since, ctx.tz) : '',
        ],
      })),
    };
  }
  const who = new Map(
    p.plan.customers.map(c => [normaliseKey(c.id), c.name || c.phone]),
  );
  for (const r of p.book.customers.rows) {
    const k = normaliseKey(r.raw.id);
    if (k && !who.has(k))
      who.set(k, cellText(r.raw.name, ctx.tz) || cellText(r.raw.phone, ctx.tz));
  }
  return {
    headers: [
      name('date'),
      name('receipt'),
      t(T.customerCol, v),
      name('item'),
      name('amount'),
      name('status'),
    ],
    rows: p.plan.sales.slice(0, SAMPLE_ROWS).map(s => ({
      row: s.rows.join(', '),
      cells: [
        cellText(s.date, ctx.tz),
        s.receipt,
        s.customer ? (who.get(normaliseKey(s.customer)) ?? s.customer) : '',
        s.items,
        money(s.amount),
        s.void ? t(VOID_MARKS[s.void], v) : '',
      ],
    })),
  };
}

/** What importing the tab would do; nothing is written. */
export function previewTab(
  req: string | ImportRequest,
  deps: ImportDeps,
): ImportPreview | Failure {
  const ctx = context(deps);
  const sheetName = typeof req === 'string' ? req : String(req?.sheet ?? '');
  const chosen = orderOf(req);
  const phoneColumn = phoneColumnOf(req);
  const p = planFor(ctx, deps, sheetName, chosen, phoneColumn);
  if ('ok' in p) return p;
  const sample = sampleOf(p, ctx);
  const mapping = (Object.entries(p.columns) as Array<[ImportField, number]>)
    .sort((a, b) => a[1] - b[1])
    .map(([field, i]) => ({
      field: t(FIELD_NAMES[field], ctx.viewer),
      header: p.headers[i] ?? '',
    }));
  const taken = new Set(Object.values(p.columns));
  const notTaken = p.headers
    .map((h, i) => ({h: String(h).trim(), i}))
    .filter(({h, i}) => h !== '' && !taken.has(i))
    .map(({h}) => h);
  return {
    ok: true,
    sheet: String(sheetName),
    notTaken,
    order: p.question ? chosen : null,
    phoneColumn: p.columns.phone !== undefined ? phoneColumn : '',
    customerColumn: p.phoneLike,
    dateQuestion: p.question
      ? questionOf(p.question, chosen, ctx.viewer)
      : null,
    unreadable: p.plan.rows > 0 && p.readable === 0,
    format: formatLabel(p.plan.format, ctx.viewer),
    kind: p.plan.format.kind,
    mapping,
    sampleHeaders: sample.headers,
    sample: sample.rows,
    summary: summaryOf(p.plan, ctx.viewer),
    balances: balanceLine(p.balances, ctx.viewer),
    ...reportFields(p.plan, ctx.viewer, p.balances),
    canImport:
      p.plan.sales.length +
        p.plan.customers.length +
        p.balances.openings.length >
      0,
  };
}

function batchName(ctx: Ctx, format: string, now: Date, tag: string): string {
  const local = cellText(now, ctx.tz).slice(0, 16);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(local) ? `${local} 00:00` : local;
  return `${format} · ${day} · ${tag}`;
}

/** Each new customer's since: as exported, else the day of their first purchase here. */
function sinceOf(plan: ImportPlan, tz: string): Map<string, Date> {
  const first = new Map<string, number>();
  for (const s of plan.sales) {
    if (!s.customer) continue;
    const d = dayNumber(s.date, tz);
    const have = first.get(s.customer);
    if (have === undefined || d < have) first.set(s.customer, d);
  }
  const out = new Map<string, Date>();
  for (const c of plan.customers) {
    if (c.since) out.set(c.id, dateOfDay(dayNumber(c.since, tz), tz));
    else if (first.has(c.id))
      out.set(c.id, dateOfDay(first.get(c.id) as number, tz));
  }
  return out;
}

function saleRecord(s: PlannedSale, lang: Lang, batch: string) {
  return {
    date: s.date,
    customer: s.customer,
    items: s.items,
    category: s.category,
    quantity: s.quantity ?? '',
    amount: s.amount,
    payment: s.payment ? (parseOption('payment', s.payment) ?? s.payment) : '',
    receipt: s.receipt,
    staff: s.staff,
    note: noteWith(s.note, s.kept, lang),
    void: s.void ? t(VOID_MARKS[s.void], lang) : '',
    batch: batch,
  };
}

function appendChunked(
  table: Table,
  records: Array<Record<string, unknown>>,
): void {
  for (let i = 0; i < records.length; i += WRITE_CHUNK) {
    table.append(records.slice(i, i + WRITE_CHUNK));
  }
}

/** Imports the tab under the document lock. */
export function writeImport(
  req: ImportRequest,
  deps: ImportDeps,
): ImportDone | Failure {
  const ctx = context(deps);
  try {
    return deps.locker.withLock(() => {
      const p = planFor(
        ctx,
        deps,
        req?.sheet,
        orderOf(req),
        phoneColumnOf(req),
      );
      if ('ok' in p) return p;
      const {plan, book, balances} = p;
      const total =
        plan.sales.length + plan.customers.length + balances.openings.length;
      if (total === 0) return fail(t(T.nothingNew, ctx.viewer));
      const batch = batchName(
        ctx,
        formatLabel(plan.format, ctx.lang),
        deps.now(),
        deps.tag(),
      );
      // Sales first, carrying the new customers' ids: a run killed in between leaves
      // sales whose customers the retry adds under the same ids (the plan numbers new
      // customers from the book's largest id, and finds the sales by receipt).
      appendChunked(
        book.sales,
        plan.sales.map(s => saleRecord(s, ctx.lang, batch)),
      );
      const since = sinceOf(plan, ctx.tz);
      appendChunked(
        book.customers,
        plan.customers.map(c => ({
          id: c.id,
          name: c.name,
          phone: bookPhoneText(c.phone, ctx.lang),
          email: c.email,
          wechat: c.wechat,
          ...birthdayCells(c.birthday, ctx.lang, ctx.tz),
          since: since.get(c.id) ?? '',
          notes: noteWith(
            c.note,
            [...c.kept, ...balanceKept(balances, c.row)],
            ctx.lang,
          ),
          batch: batch,
        })),
      );
      // After the customers they belong to: a run killed before this line leaves
      // customers the retry finds on the book, and their balances still to write.
      const opened = writeOpenings(
        p.ledgers,
        balances,
        batch,
        deps.now(),
        formatLabel(plan.format, ctx.lang),
        ctx.lang,
      );
      deps.flush();
      return {
        ok: true as const,
        batch,
        sales: plan.sales.length,
        customers: plan.customers.length,
        message: [
          t(T.done, ctx.viewer, {
            sales: plan.sales.length,
            created: plan.customers.length,
            batch,
          }),
          opened ? balanceLine(balances, ctx.viewer) : '',
        ]
          .filter(Boolean)
          .join(' '),
        balances: opened,
        ...reportFields(plan, ctx.viewer, balances),
      };
    });
  } catch (e) {
    if (e instanceof BusyError) return fail(t(T.busy, ctx.viewer));
    throw e;
  }
}

/** The imports on the book, for the dialog's list. */
export function listBatches(deps: ImportDeps): BatchCount[] {
  const ctx = context(deps);
  const book = openBook(ctx.ss, ctx.lang, ctx.tz);
  if (!book) return [];
  const list = batchesOf(book);
  const openings = openingCounts(openLedgers(ctx.ss, ctx.lang, ctx.tz));
  for (const b of list) b.balances = openings.get(b.batch) ?? 0;
  // An import that brought only balances (its customers were on the book already).
  const listed = new Set(list.map(b => b.batch));
  for (const [batch, n] of openings)
    if (!listed.has(batch))
      list.push({batch, sales: 0, customers: 0, balances: n});
  return list;
}

/** Runs of consecutive rows, bottom first, so deleting one never moves the next. */
function runsOf(rows: number[]): Array<[number, number]> {
  const sorted = [...new Set(rows)].sort((a, b) => b - a);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] - 1 === r) last[0] = r;
    else out.push([r, r]);
  }
  return out;
}

/**
 * Removes rows of a tab. Row 2 of a tab with Shuke's formula columns holds the formulas
 * that fill those columns, so there its data cells are cleared instead.
 */
function removeRows(table: Table, rows: number[]): void {
  const formulas = table.def.columns
    .filter(c => c.kind === 'formula' && table.has(c.key))
    .map(c => table.columns.get(c.key) as number);
  for (const [first, last] of runsOf(rows)) {
    let from = first;
    if (first === 2 && formulas.length) {
      const blank: Record<string, unknown> = {};
      for (const c of table.def.columns)
        if (c.kind !== 'formula' && table.has(c.key)) blank[c.key] = '';
      table.update(2, blank);
      from = 3;
    }
    if (last >= from) table.sheet.deleteRows(from, last - from + 1);
  }
}

/** Undoes one import as a whole, under the document lock; once only. */
export function undoBatch(
  req: {batch: string},
  deps: ImportDeps,
): UndoDone | Failure {
  const ctx = context(deps);
  const batch = String(req?.batch ?? '').trim();
  try {
    return deps.locker.withLock(() => {
      const book = openBook(ctx.ss, ctx.lang, ctx.tz);
      if (!book) return fail(t(T.missingTabs, ctx.viewer));
      const inBatch = (raw: Record<string, unknown>, tz: string) =>
        batch !== '' && cellText(raw.batch, tz).trim() === batch;
      const saleRows = book.sales.rows.filter(r => inBatch(r.raw, ctx.tz));
      const customerRows = book.customers.rows.filter(r =>
        inBatch(r.raw, ctx.tz),
      );
      // Only a customers export brings balances, and it writes no sales: a batch with
      // sales has no opening rows of its own. The customers it added may have had
      // balances brought in by a later batch, so then the ledgers are read too.
      const ledgers: Ledgers =
        saleRows.length && !customerRows.length
          ? {points: null, stored: null}
          : openLedgers(ctx.ss, ctx.lang, ctx.tz);
      const openings = openingRowsOf(
        ledgers,
        batch,
        new Set(customerRows.map(r => normaliseKey(r.raw.id))),
      );
      if (
        !saleRows.length &&
        !customerRows.length &&
        !openings.rows.points.length &&
        !openings.rows.stored.length &&
        !openings.kept
      )
        return fail(t(T.nothingToUndo, ctx.viewer, {batch}));
      // A customer the counter has logged sales for since the import stays, and one
      // whose balance brought in has been used since.
      const used = new Set<string>(openings.keptCustomers);
      for (const r of book.sales.rows) {
        if (!inBatch(r.raw, ctx.tz)) used.add(normaliseKey(r.raw.customer));
      }
      const gone = customerRows.filter(r => !used.has(normaliseKey(r.raw.id)));
      const kept = customerRows.length - gone.length;
      // Another batch's opening rows go with the customer they belong to, and only then.
      const goneKeys = new Set(gone.map(r => normaliseKey(r.raw.id)));
      for (const kind of ['points', 'stored'] as const)
        for (const o of openings.others[kind])
          if (goneKeys.has(o.customer)) openings.rows[kind].push(o.row);
      const opened = openings.rows.points.length + openings.rows.stored.length;
      removeRows(
        book.sales,
        saleRows.map(r => r.row),
      );
      removeRows(
        book.customers,
        gone.map(r => r.row),
      );
      for (const kind of ['points', 'stored'] as const) {
        const table = ledgers[kind];
        if (table) removeRows(table, openings.rows[kind]);
      }
      deps.flush();
      const message = [
        t(T.undone, ctx.viewer, {
          batch,
          sales: saleRows.length,
          customers: gone.length,
        }),
        kept ? t(T.keptCustomers, ctx.viewer, {n: kept}) : '',
        opened ? t(BALANCE_TEXTS.undone, ctx.viewer, {n: opened}) : '',
        openings.kept
          ? t(BALANCE_TEXTS.keptBalances, ctx.viewer, {n: openings.kept})
          : '',
      ]
        .filter(Boolean)
        .join(' ');
      return {
        ok: true as const,
        batch,
        sales: saleRows.length,
        customers: gone.length,
        kept,
        balances: opened,
        message,
      };
    });
  } catch (e) {
    if (e instanceof BusyError) return fail(t(T.busy, ctx.viewer));
    throw e;
  }
}
