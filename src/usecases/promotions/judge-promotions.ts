/**
 * "Judge promotions" (menu) and its daily job: every promotion on the Promotions tab is
 * judged (domain/promotions/judge.ts) and its figures and verdict written beside its row,
 * in the book's language. One read of the Promotions tab and one of the Sales tab; the
 * owner's own columns (name, dates, items, note) are never written. Writing the same
 * figures again changes nothing, so a run that dies part way is simply run again.
 */
import {splitItems} from '../../domain/counter/items';
import {dateOfDay, dayNumber, parseDay} from '../../domain/dates';
import {Lang, t} from '../../domain/i18n';
import {
  itemKey,
  judge,
  Judgement,
  PromoSale,
  Promotion,
  SalesByDay,
  verdictText,
} from '../../domain/promotions/judge';
import {ALL_WORDS, PROMO_TEXTS} from '../../domain/promotions/texts';
import {DigestSection} from '../../domain/followup/render';
import {cellText} from '../../sheets/cells';
import {PROMOTIONS} from '../../sheets/schema-promotions';
import {loadSettings} from '../../sheets/settings';
import {DATE_FORMAT, ensureDataTab, moneyFormat} from '../../sheets/setup';
import {listSheets} from '../../sheets/tabs';
import {openTable, Table} from '../../sheets/table';
import {documentLocker} from '../../services/lock';
import {userLang} from '../../services/locale';
import {DailyJob} from '../daily/jobs';
import {readSaleLines, saleKeys} from './sales-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The uplift columns read as percentages. */
const PERCENT = '+0%;-0%;0%';
/** A promotion stays in the digest this many days after it ended. */
const DIGEST_DAYS_AFTER = 7;

const ALL = new Set(ALL_WORDS.map(itemKey));

/** The items cell as keys; null (every sale) when blank or "All" in any language. */
export function promoItems(cell: unknown, tz: string): Set<string> | null {
  const text = cellText(cell, tz).trim();
  const keys = splitItems(text).map(itemKey);
  if (keys.length === 0 || keys.some(k => ALL.has(k))) return null;
  return new Set(keys);
}

export interface PromotionRow {
  row: number;
  promotion: Promotion | null;
}

/** The tab's promotions; `promotion` is null for a row whose dates can't be read. */
export function promotionsOf(table: Table): PromotionRow[] {
  const tz = table.tz;
  return table.rows.map(r => {
    const name = cellText(r.raw.name, tz).trim();
    const start = parseDay(r.raw.start, tz);
    const end = parseDay(r.raw.end, tz);
    if (name === '' || start === null || end === null || end < start)
      return {row: r.row, promotion: null};
    return {
      row: r.row,
      promotion: {name, start, end, items: promoItems(r.raw.items, tz)},
    };
  });
}

/** The promotions running on `day`, by name as the tab writes them. */
export function runningOn(table: Table, day: number): Promotion[] {
  return promotionsOf(table)
    .map(p => p.promotion)
    .filter((p): p is Promotion => !!p && p.start <= day && day <= p.end);
}

/**
 * The earlier stretches' average count, as a whole number: a count is whole, and the
 * verdict beside it says it is an average.
 */
function wholeAverage(x: number): number {
  return Math.round(x);
}

function resultCells(
  j: Judgement,
  p: Promotion,
  lang: Lang,
  today: number,
  tz: string,
): Record<string, unknown> {
  const b = j.baseline;
  const none = j.kind === 'upcoming';
  return {
    days: j.days,
    visits: none ? '' : j.during.visits,
    baseVisits: b ? wholeAverage(b.visits) : '',
    visitsUplift: j.visitsUplift ?? '',
    revenue: none ? '' : j.during.revenue,
    baseRevenue: b ? Math.round(b.revenue * 100) / 100 : '',
    revenueUplift: j.revenueUplift ?? '',
    newCustomers: none ? '' : j.during.newCustomers,
    baseNew: b ? wholeAverage(b.newCustomers) : '',
    returning: none ? '' : j.during.returning,
    baseReturning: b ? wholeAverage(b.returning) : '',
    verdict: verdictText(j, p, lang),
    judgedOn: dateOfDay(today, tz),
  };
}

export interface JudgedPromotion {
  row: number;
  promotion: Promotion;
  judgement: Judgement;
  verdict: string;
}

export interface JudgeOutcome {
  judged: JudgedPromotion[];
  /** Rows whose dates couldn't be read. */
  unreadable: number[];
  tab: string;
}

/**
 * Judges every promotion of an open Promotions tab and writes the results beside them.
 * The Sales tab is read only when there is something to judge.
 */
export function judgeTable(
  ss: Spreadsheet,
  table: Table,
  lang: Lang,
  today: number,
  currency: string,
): JudgeOutcome {
  const tz = table.tz;
  const rows = promotionsOf(table);
  const out: JudgeOutcome = {
    judged: [],
    unreadable: [],
    tab: table.sheet.getName(),
  };
  if (rows.length === 0) return out;
  const lines = readSaleLines(ss, lang, tz);
  const sales = new SalesByDay(
    lines.map((s): PromoSale => ({
      day: s.day,
      customer: s.customer,
      amount: s.amount,
      keys: saleKeys(s),
    })),
  );
  const updates: Array<{row: number; values: Record<string, unknown>}> = [];
  for (const {row, promotion} of rows) {
    if (!promotion) {
      out.unreadable.push(row);
      updates.push({row, values: blankResults(lang, today, tz)});
      continue;
    }
    const j = judge(promotion, sales, today);
    const cells = resultCells(j, promotion, lang, today, tz);
    updates.push({row, values: cells});
    out.judged.push({
      row,
      promotion,
      judgement: j,
      verdict: String(cells.verdict),
    });
  }
  table.updateMany(updates);
  const last = Math.max(...rows.map(r => r.row));
  // Every row written gets the formats of what Shuke wrote in it, the rows an owner added
  // below the first ones too (a new row has no format: a date would read 2026/12/1 0:00:00
  // and money a bare 53.8).
  const formats: Array<[string, string]> = [
    ['visitsUplift', PERCENT],
    ['revenueUplift', PERCENT],
    ['revenue', moneyFormat(currency)],
    ['baseRevenue', moneyFormat(currency)],
    ['judgedOn', DATE_FORMAT],
  ];
  for (const [key, format] of formats) {
    const c = table.columns.get(key);
    if (c !== undefined)
      table.sheet.getRange(2, c + 1, last - 1, 1).setNumberFormat(format);
  }
  // The verdict is a sentence or two: wrapped in its column rather than cut off.
  const v = table.columns.get('verdict');
  if (v !== undefined)
    table.sheet.getRange(2, v + 1, last - 1, 1).setWrap(true);
  return out;
}

function blankResults(
  lang: Lang,
  today: number,
  tz: string,
): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const c of PROMOTIONS.columns.slice(5)) cells[c.key] = '';
  cells.verdict = t(PROMO_TEXTS.badDates, lang);
  cells.judgedOn = dateOfDay(today, tz);
  return cells;
}

/** Opens the Promotions tab, adding Shuke's result columns an older tab lacks. */
function promotionsTable(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
  currency: string,
  create: boolean,
): Table | null {
  const found = openTable(ss, PROMOTIONS, lang, {tz});
  if (!found && !create) return null;
  if (found && found.missing.length === 0) return found;
  ensureDataTab(ss, PROMOTIONS, {
    lang,
    currency,
    sheets: listSheets(ss),
    used: new Set(),
  });
  return openTable(ss, PROMOTIONS, lang, {tz});
}

export interface JudgeRun {
  title: string;
  message: string;
  outcome: JudgeOutcome | null;
}

/** The menu item's work: judge, then say so in the viewer's language. */
export function judgePromotionsIn(
  ss: Spreadsheet,
  now: Date,
  viewer?: Lang,
): JudgeRun {
  const read = loadSettings(ss);
  const lang = read.lang;
  const ui = viewer ?? lang;
  const tz = read.tz;
  const today = dayNumber(now, tz);
  const table = promotionsTable(
    ss,
    lang,
    tz,
    String(read.settings.currency ?? '¥'),
    true,
  ) as Table;
  const tab = table.sheet.getName();
  const outcome = judgeTable(
    ss,
    table,
    lang,
    today,
    String(read.settings.currency ?? '¥'),
  );
  const n = outcome.judged.length + outcome.unreadable.length;
  return {
    title: t(PROMO_TEXTS.menu, ui),
    message:
      n === 0
        ? t(PROMO_TEXTS.none, ui, {tab})
        : t(PROMO_TEXTS.judged, ui, {n, tab}),
    outcome,
  };
}

export function judgePromotions(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const run = documentLocker(30_000).withLock(() => {
    const r = judgePromotionsIn(ss, new Date(), userLang());
    SpreadsheetApp.flush();
    return r;
  });
  const ui = SpreadsheetApp.getUi();
  ui.alert(run.title, run.message, ui.ButtonSet.OK);
}

/** The digest's lines: promotions running, or ended in the last week. */
export function digestSection(
  judged: readonly JudgedPromotion[],
  lang: Lang,
  today: number,
): DigestSection {
  return {
    title: t(PROMO_TEXTS.digestTitle, lang),
    lines: judged
      .filter(
        j =>
          j.promotion.start < today &&
          j.promotion.end >= today - DIGEST_DAYS_AFTER,
      )
      .map(j =>
        t(PROMO_TEXTS.digestLine, lang, {
          name: j.promotion.name,
          verdict: j.verdict,
        }),
      ),
  };
}

/** Every morning: a shop without a Promotions tab is left alone. */
export const JUDGE_PROMOTIONS_JOB: DailyJob = {
  id: 'promotions',
  name: PROMO_TEXTS.jobName,
  run(ctx) {
    const table = promotionsTable(
      ctx.ss,
      ctx.lang,
      ctx.tz,
      String(ctx.read.settings.currency ?? '¥'),
      false,
    );
    if (!table) return;
    const out = judgeTable(
      ctx.ss,
      table,
      ctx.lang,
      ctx.today,
      String(ctx.read.settings.currency ?? '¥'),
    );
    return {sections: [digestSection(out.judged, ctx.lang, ctx.today)]};
  },
};
