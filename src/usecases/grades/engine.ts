/**
 * The grades counted in-process from the tabs, by the same engine the formulas run
 * (domain/customer-stats), for what the owner is told.
 */
import {
  CustomerStats,
  SalesSummary,
  statsOfKeys,
  summariseSales,
} from '../../domain/customer-stats';
import {
  DEFAULT_THRESHOLDS,
  DEFAULT_WINDOW_DAYS,
  Thresholds,
  validThreshold,
  validWindow,
} from '../../domain/grading';
import {segmentRulesFrom} from '../../domain/segments';
import {SettingsRead} from '../../sheets/settings';
import {readHistorySeeds} from '../compaction/history-read';
import {THRESHOLD_KEYS} from './formulas';
import {findLayout, Layout} from './layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function columnValues(sheet: Sheet, index: number, rows: number): unknown[] {
  if (rows <= 0) return [];
  return sheet
    .getRange(2, index + 1, rows, 1)
    .getValues()
    .map(r => r[0]);
}

function thresholdsOf(read: SettingsRead): Thresholds {
  return THRESHOLD_KEYS.map(
    (k, i) => validThreshold(read.settings[k]) ?? DEFAULT_THRESHOLDS[i],
  ) as unknown as Thresholds;
}

/**
 * Grades everyone in-process from the tabs (the same engine the formulas run), for the
 * owner's summary: a few column reads, whatever the size of the sheet.
 */
export function gradeFromTabs(
  ss: Spreadsheet,
  read: SettingsRead,
  asOf: number,
  found?: Layout | null,
): {summary: SalesSummary; customers: CustomerStats[]} | null {
  const layout = found === undefined ? findLayout(ss, read.lang) : found;
  if (!layout) return null;
  const sc = layout.salesCols;
  const cc = layout.customerCols;
  const keyCol = cc.get('id') ?? cc.get('phone');
  if (keyCol === undefined || !sc.has('customer') || !sc.has('date')) {
    return null;
  }
  const salesRows = layout.sales.getLastRow() - 1;
  const customers = columnValues(
    layout.sales,
    sc.get('customer') as number,
    salesRows,
  );
  const dates = columnValues(layout.sales, sc.get('date') as number, salesRows);
  const amounts = sc.has('amount')
    ? columnValues(layout.sales, sc.get('amount') as number, salesRows)
    : null;
  const s = read.settings;
  const voids = sc.has('void')
    ? columnValues(layout.sales, sc.get('void') as number, salesRows)
    : null;
  const summary = summariseSales(
    {customers, dates, amounts, voids},
    {
      asOf,
      tz: read.tz,
      history: layout.history
        ? readHistorySeeds(ss, read.lang, read.tz)
        : undefined,
      grade: {
        thresholds: thresholdsOf(read),
        windowDays: validWindow(s.windowDays) ?? DEFAULT_WINDOW_DAYS,
      },
      segments: segmentRulesFrom({
        newDays: s.newDays,
        lapsedDays: s.lapsedDays,
        lostDays: s.lostDays,
        vipGrade: s.vipGrade,
        vipSpend: s.vipSpend,
      }),
    },
  );
  const bookRows = layout.customers.getLastRow() - 1;
  const ids = columnValues(layout.customers, keyCol, bookRows);
  const phoneCol = cc.has('id') ? cc.get('phone') : undefined;
  const phones =
    phoneCol === undefined
      ? null
      : columnValues(layout.customers, phoneCol, bookRows);
  const list: CustomerStats[] = [];
  ids.forEach((id, i) => {
    const st = statsOfKeys(summary, phones ? [id, phones[i]] : [id]);
    if (st) list.push(st);
  });
  return {summary, customers: list};
}
