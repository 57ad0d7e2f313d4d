/**
 * Writing the grade formulas into the Customers tab, without ever writing over what the
 * owner typed there.
 */
import {isDate} from '../../domain/dates';
import {Lang, t} from '../../domain/i18n';
import {CUSTOMERS} from '../../sheets/schema-customers';
import {loadSettings, SettingsRead} from '../../sheets/settings';
import {DATE_FORMAT, moneyFormat} from '../../sheets/setup';
import {classifyColumns, firstContent, runsOf} from '../grade-columns';
import {refreshAsOf} from './as-of';
import {gradeFormulas} from './formulas';
import {findLayout, GRADE_COLUMNS, GradeColumn, Layout} from './layout';
import {GRADE_TEXTS} from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sheets may respace or recase a formula it stores; that is not a change. */
function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) => f.replace(/\s+/g, '').toUpperCase();
  return norm(a) === norm(b);
}

export interface GradeFormulaReport {
  /** Columns whose row 2 was written now (a formula new or changed, or one cleared). */
  written: GradeColumn[];
  /** Columns already right. */
  unchanged: GradeColumn[];
  /** Columns left alone, with the reason in the sheet's language. */
  skipped: Array<{column: GradeColumn; message: string}>;
  /** Problems for the owner, in the sheet's language (empty when all is well). */
  messages: string[];
}

function formatOfColumn(col: GradeColumn, currency: string): string | null {
  switch (col) {
    case 'perMonth':
      return '0.0';
    case 'lastVisit':
      return DATE_FORMAT;
    case 'totalSpend':
      return moneyFormat(currency);
    default:
      return null;
  }
}

/**
 * Puts one CUSTOMER_FIGURES formula in row 2 of the first of the Customers tab's
 * computed columns; it spills across the others, so a recalculation passes the Sales
 * columns once. Columns an owner moved apart get one formula per run of adjacent ones.
 * An older book's formulas (one CUSTOMER_* per column) are migrated: the other columns'
 * row 2 is cleared (what stood below them was their spill, never the owner's data) and
 * the first column's formula replaced. Idempotent: right formulas are left alone.
 * Never writes over the owner's data or own formula in those columns; those are
 * reported instead, and left out of the runs.
 */
export function installGradeFormulas(
  ss: Spreadsheet,
  lang: Lang,
  settings?: SettingsRead,
  found?: Layout | null,
): GradeFormulaReport {
  const report: GradeFormulaReport = {
    written: [],
    unchanged: [],
    skipped: [],
    messages: [],
  };
  const layout = found === undefined ? findLayout(ss, lang) : found;
  if (!layout) {
    report.messages.push(t(GRADE_TEXTS.noTab, lang));
    return report;
  }
  const cc = layout.customerCols;
  if (!cc.has('id') && !cc.has('phone')) {
    report.messages.push(t(GRADE_TEXTS.noKey, lang));
    return report;
  }
  if (!layout.salesCols.has('customer') || !layout.salesCols.has('date')) {
    report.messages.push(t(GRADE_TEXTS.noSales, lang));
    return report;
  }
  const read = settings ?? loadSettings(ss);
  // Grades move with the days once "Grades as of" holds a date (as-of.ts): a new shop
  // starts with today's.
  if (!isDate(read.settings.asOf)) refreshAsOf(ss, new Date(), read);
  const formulaOf = gradeFormulas(layout, read);
  // Spend needs the Sales tab's amounts; without them its column is the owner's.
  const present = GRADE_COLUMNS.filter(
    c => cc.has(c) && (c !== 'totalSpend' || layout.salesCols.has('amount')),
  );
  if (!formulaOf || present.length === 0) return report;

  // One read of the computed columns (row 2 formulas, and every value below) for all.
  const sheet = layout.customers;
  const idx = present.map(c => cc.get(c) as number);
  const c0 = Math.min(...idx);
  const width = Math.max(...idx) - c0 + 1;
  const last = Math.max(sheet.getLastRow(), 2);
  const block = sheet.getRange(2, c0 + 1, last - 1, width);
  const row2 = sheet.getRange(2, c0 + 1, 1, width).getFormulas()[0];
  const values = block.getValues();
  const name = (c: GradeColumn) =>
    CUSTOMERS.columns.find(d => d.key === c)!.names[lang];
  const currency = String(read.settings.currency ?? '');
  const maxRows = sheet.getMaxRows();
  const states = classifyColumns(
    present.map(c => ({
      column: c,
      offset: (cc.get(c) as number) - c0,
    })),
    row2,
    values,
  );
  for (const st of states) {
    if (st.state === 'ownerFormula') {
      report.skipped.push({
        column: st.column,
        message: t(GRADE_TEXTS.ownerFormula, lang, {column: name(st.column)}),
      });
    } else if (st.state === 'ownerData') {
      report.skipped.push({
        column: st.column,
        message: t(GRADE_TEXTS.ownerData, lang, {
          column: name(st.column),
          row: st.row ?? 2,
        }),
      });
    }
  }
  for (const run of runsOf(states)) {
    const head = run[0];
    const want = formulaOf(run.map(s => s.column));
    // Row 2 beside the head must be empty for the spill: clear the old formulas first.
    for (const st of run.slice(1)) {
      if (st.formula === '') {
        report.unchanged.push(st.column);
        continue;
      }
      sheet.getRange(2, c0 + st.offset + 1).clearContent();
      report.written.push(st.column);
    }
    const blockedAt = firstContent(values, run, 1);
    if (head.formula !== '' && values[0]?.[head.offset] === '#REF!') {
      if (blockedAt) {
        report.messages.push(
          t(GRADE_TEXTS.blocked, lang, {
            column: name(blockedAt.column),
            row: blockedAt.row,
          }),
        );
      }
    }
    if (sameFormula(head.formula, want)) {
      report.unchanged.push(head.column);
    } else {
      sheet.getRange(2, c0 + head.offset + 1).setFormula(want);
      report.written.push(head.column);
    }
    for (const st of run) {
      const format = formatOfColumn(st.column, currency);
      if (format && st.state === 'empty') {
        sheet
          .getRange(2, c0 + st.offset + 1, maxRows - 1, 1)
          .setNumberFormat(format);
      }
    }
  }
  const order = (c: GradeColumn) => GRADE_COLUMNS.indexOf(c);
  report.written.sort((a, b) => order(a) - order(b));
  report.unchanged.sort((a, b) => order(a) - order(b));
  report.messages.push(...report.skipped.map(s => s.message));
  return report;
}
