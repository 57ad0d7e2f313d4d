/**
 * The CUSTOMER_* functions' common part: the Sales columns summarised once, then one answer
 * per row of `customer_ids`, so one formula fills a whole column in one execution. A
 * blank id gives a blank; an id that is an error value gives '?' in its own cell; sales
 * rows that can't be read are skipped.
 *
 * Time zones: the manifest pins the script's zone (Asia/Shanghai) while a shop's
 * spreadsheet may be in Vancouver or London. Every day number here is a calendar day of
 * the spreadsheet. Date arguments are read in the zone they were carried in (see
 * `dateArgumentZone`), and CUSTOMER_LAST_VISIT answers a Date carried the same way, so a
 * sale typed as 2025-03-05 counts and shows as 2025-03-05 whichever way Google converts.
 */
import {
  dateArgumentZone,
  dayNumber,
  isDate,
  parseDay,
  wallSerial,
} from '../../domain/dates';
import {
  CustomerStats,
  SalesSummary,
  statsOf,
  statsOfKeys,
  summariseSales,
} from '../../domain/customer-stats';
import {Lang} from '../../domain/i18n';
import {historySeeds} from '../compaction/history-read';
import {
  asGrid,
  asList,
  asOfDay,
  BAD,
  blank,
  context,
  Context,
  errorValue,
  langOf,
  rulesOf,
  sameSize,
  single,
  thresholdsOf,
  windowOf,
} from './arguments';
import {Cell, CustomFunctionHost, Grid} from './host';

export interface SalesArgs {
  customerIds: unknown;
  saleCustomerIds: unknown;
  saleDates?: unknown;
  saleAmounts?: unknown;
  asOf?: unknown;
  windowDays?: unknown;
  thresholds?: unknown;
  rules?: unknown;
  language?: unknown;
  /** A second key per customer row (the phone), for sales logged under it. */
  customerPhones?: unknown;
  /** The Sales tab's Void column: rows marked there count for nothing. */
  saleVoids?: unknown;
  /** The Sales history tab with its header row: compacted sales, counted as rows. */
  history?: unknown;
}

/**
 * Whether sale_dates was given. Left out (omitted, as CUSTOMER_SPEND allows, or skipped
 * with `,,`), every sale is undated and counts. A range is given even when all its cells
 * are blank: those sales can't be dated, so they are skipped (Refresh grades reports
 * them), never counted as made on as_of. A blank single value beside a range of customers can't be their
 * dates (the sizes differ): it is a skipped argument.
 */
function datesGiven(dates: unknown, customers: unknown): boolean {
  if (dates === undefined || dates === null) return false;
  if (Array.isArray(dates)) return true;
  return !blank(dates) || !Array.isArray(customers);
}

function summarise(ctx: Context, a: SalesArgs): SalesSummary {
  const customers = asList(a.saleCustomerIds);
  let dates = datesGiven(a.saleDates, a.saleCustomerIds)
    ? asList(a.saleDates)
    : null;
  ctx.dateTz = dateArgumentZone(single(a.asOf), dates, ctx.tz, ctx.scriptTz);
  if (dates && ctx.dateTz !== ctx.tz) dates = asSerials(dates, ctx.dateTz);
  const amounts = blank(a.saleAmounts) ? null : asList(a.saleAmounts);
  const voids = blank(a.saleVoids) ? null : asList(a.saleVoids);
  if (voids) {
    sameSize(ctx, ['sale_customer_ids', customers], ['sale_voids', voids]);
  }
  if (dates) {
    sameSize(ctx, ['sale_customer_ids', customers], ['sale_dates', dates]);
  }
  if (amounts) {
    sameSize(ctx, ['sale_customer_ids', customers], ['sale_amounts', amounts]);
  }
  return summariseSales(
    {customers, dates, amounts, voids},
    {
      asOf: asOfDay(ctx, a.asOf),
      tz: ctx.tz,
      grade: {
        thresholds: thresholdsOf(ctx, a.thresholds),
        windowDays: windowOf(ctx, a.windowDays),
      },
      segments: rulesOf(a.rules),
      history: blank(a.history)
        ? undefined
        : historySeeds(asGrid(a.history), v =>
            isDate(v) ? dayNumber(v, ctx.dateTz) : parseDay(v, ctx.tz),
          ),
    },
  );
}

/**
 * One output cell per cell of `customer_ids`, same shape; the phone in the same place of
 * `customer_phones`, when given, is the customer's other key.
 */
export function perCustomer(
  host: CustomFunctionHost,
  a: SalesArgs,
  pick: (s: CustomerStats, ctx: Context, lang: Lang) => Cell,
): Grid {
  const ctx = context(host);
  const lang = langOf(ctx, a.language);
  const summary = summarise(ctx, a);
  const phones = blank(a.customerPhones) ? null : asGrid(a.customerPhones);
  return trimmed(asGrid(a.customerIds), phones).map((row, i) =>
    row.map((id, j) => {
      if (errorValue(id)) return BAD;
      const phone = phones?.[i]?.[j];
      const s =
        phone === undefined || errorValue(phone)
          ? statsOf(summary, id)
          : statsOfKeys(summary, [id, phone]);
      return s === null ? '' : pick(s, ctx, lang);
    }),
  );
}

/**
 * One output row per row of `customer_ids` (its first column), `width` cells wide: the
 * form of a function that fills several columns at once. A blank id gives a row of
 * blanks, an id that is an error value a row of '?'.
 */
export function perCustomerRows(
  host: CustomFunctionHost,
  a: SalesArgs,
  width: number,
  pick: (s: CustomerStats, ctx: Context, lang: Lang) => Cell[],
): Grid {
  const ctx = context(host);
  const lang = langOf(ctx, a.language);
  const summary = summarise(ctx, a);
  const phones = blank(a.customerPhones) ? null : asGrid(a.customerPhones);
  const blanks = (): Cell[] => new Array<Cell>(width).fill('');
  return trimmed(asGrid(a.customerIds), phones).map((row, i) => {
    const id = row[0];
    if (errorValue(id)) return new Array<Cell>(width).fill(BAD);
    const phone = phones?.[i]?.[0];
    const s =
      phone === undefined || errorValue(phone)
        ? statsOf(summary, id)
        : statsOfKeys(summary, [id, phone]);
    return s === null ? blanks() : pick(s, ctx, lang);
  });
}

/**
 * The rows up to the last one with an id (or phone): Sheets passes an open range like
 * A2:A to the end of the sheet, and an answer for every blank row below the book would
 * spill '' down to the last row, where it counts as content (getLastRow, appends).
 * At least one row, so the formula cell itself shows a value.
 */
function trimmed(ids: unknown[][], phones: unknown[][] | null): unknown[][] {
  let last = ids.length - 1;
  while (
    last > 0 &&
    ids[last].every(blank) &&
    (phones === null || (phones[last] ?? []).every(blank))
  ) {
    last--;
  }
  return last === ids.length - 1 ? ids : ids.slice(0, last + 1);
}

/**
 * Date cells carried in the script zone's wall clock, as the serial numbers the cells
 * hold (the engine reads serials as wall-clock times of the spreadsheet); the rest as is.
 */
function asSerials(dates: unknown[], dateTz: string): unknown[] {
  return dates.map(v => (isDate(v) ? wallSerial(v, dateTz) : v));
}
