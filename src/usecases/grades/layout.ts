/**
 * Where the grades live: the Customers tab's computed columns, the Sales columns the
 * formulas read, and the Sales history tab when old sales were compacted.
 */
import {Lang} from '../../domain/i18n';
import {CUSTOMERS} from '../../sheets/schema-customers';
import {SALES} from '../../sheets/schema-sales';
import {findSheet, mapColumns} from '../../sheets/tabs';
import {findHistorySheet} from '../compaction/history-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Customers columns Shuke fills. */
export const GRADE_COLUMNS = [
  'grade',
  'perMonth',
  'lastVisit',
  'totalSpend',
  'segment',
] as const;
export type GradeColumn = (typeof GRADE_COLUMNS)[number];

export interface Layout {
  customers: Sheet;
  sales: Sheet;
  salesName: string;
  /** 0-based columns of the Customers tab, by key. */
  customerCols: Map<string, number>;
  salesCols: Map<string, number>;
  /** The Sales history tab (compacted sales), when the book has one. */
  history: {name: string; width: number} | null;
}

export function findLayout(ss: Spreadsheet, lang: Lang): Layout | null {
  const customers = findSheet(ss, CUSTOMERS, lang);
  const sales = findSheet(ss, SALES, lang);
  if (!customers || !sales) return null;
  const header = (sheet: Sheet): unknown[] => {
    const width = sheet.getLastColumn();
    return width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0] : [];
  };
  const ch = header(customers);
  const hist = findHistorySheet(ss, lang);
  return {
    history: hist
      ? {name: hist.getName(), width: Math.max(hist.getLastColumn(), 1)}
      : null,
    customers,
    sales,
    salesName: sales.getName(),
    customerCols: mapColumns(ch, CUSTOMERS),
    salesCols: mapColumns(header(sales), SALES),
  };
}
