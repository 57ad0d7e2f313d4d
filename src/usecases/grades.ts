/**
 * Grades in the Customers tab: one custom-function formula (CUSTOMER_FIGURES) in row 2
 * of the first computed column fills them all (grade, purchases a month, last visit,
 * total spend, segment) from one pass of the Sales tab, so grades appear by themselves
 * and recalculate whenever a sale is added.
 *
 * Why an "as of" cell: Sheets refuses volatile functions (TODAY, NOW) as custom-function
 * arguments, and a custom function recalculates only when one of its arguments changes.
 * Left alone, grades would freeze on the day they were first computed. So the formulas
 * take the Settings cell "Grades as of" as an argument, and the daily trigger and the
 * menu "Refresh grades" write today's date into it: the cell changes, every grade
 * formula recalculates. Thresholds, window and segment rules are passed the same way, so
 * an owner who edits them in Settings sees the grades follow at once.
 */
import {
  CustomerStats,
  SalesSummary,
  statsOfKeys,
  summariseSales,
} from '../domain/customer-stats';
import {dateOfDay, dayNumber, dayToIso, isDate, todayIn} from '../domain/dates';
import {
  DEFAULT_THRESHOLDS,
  DEFAULT_WINDOW_DAYS,
  Thresholds,
  validThreshold,
  validWindow,
} from '../domain/grading';
import {Lang, t, Texts} from '../domain/i18n';
import {segmentRulesFrom} from '../domain/segments';
import {cellUsage, cellWarning} from '../sheets/cell-usage';
import {CUSTOMERS, SALES} from '../sheets/schema';
import {findHistorySheet, readHistorySeeds} from './compaction/history-read';
import {loadSettings, SettingsRead, writeSetting} from '../sheets/settings';
import {DATE_FORMAT, moneyFormat} from '../sheets/setup';
import {findSheet, mapColumns} from '../sheets/tabs';
import {userLang} from '../services/locale';
import {FieldName} from './customer-figures';
import {classifyColumns, firstContent, runsOf} from './grade-columns';

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

/** The custom function the Customers tab's formulas call. */
const FIGURES = 'CUSTOMER_FIGURES';

// ---------------------------------------------------------------------------------------
// A1 references

export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) {
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  }
  return s;
}

/** Always quoted: names like 销售, "Sales 2025" or O'Brien's all work. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** Rows 2 to the end of a column (0-based index), on `sheet` when given. */
function wholeColumn(index: number, sheet?: string): string {
  const c = columnLetter(index + 1);
  return `${sheet ? sheetRef(sheet) : ''}$${c}$2:$${c}`;
}

// ---------------------------------------------------------------------------------------
// Messages

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const GRADE_TEXTS = {
  volatileAsOf: tx(
    '“等级计算日期”里的公式 {formula} 会让等级一直显示 Loading…（表格不接受 TODAY、NOW 等作为自定义函数的参数），已换成今天的日期；每天早上的提醒和“刷新客户等级”会让它保持最新。',
    '「等級計算日期」裡的公式 {formula} 會讓等級一直顯示 Loading…（試算表不接受 TODAY、NOW 等作為自訂函數的引數），已換成今天的日期；每天早上的提醒和「重新整理客戶等級」會讓它保持最新。',
    '"Grades as of" held {formula}, which keeps every grade at "Loading..." (Sheets does not take TODAY, NOW and the like as custom-function arguments). It now holds today\'s date; the morning reminders and "Refresh grades" keep it current.',
  ),
  ownerData: tx(
    '“{column}”列第 {row} 行已有内容，未写入公式。请清空该列（第 2 行起）后再运行“设置店铺”。',
    '「{column}」欄第 {row} 列已有內容，未寫入公式。請清空該欄（第 2 列起）後再執行「設定店鋪」。',
    'Column "{column}" has content in row {row}, so no formula was written. Clear the column from row 2 down and run "Set up shop" again.',
  ),
  ownerFormula: tx(
    '“{column}”列第 2 行是您自己的公式，已保留。',
    '「{column}」欄第 2 列是您自己的公式，已保留。',
    'Column "{column}" row 2 holds your own formula; it was kept.',
  ),
  blocked: tx(
    '“{column}”列的公式无法向下填充：下方有手动输入的内容（如第 {row} 行）。请删除这些内容。',
    '「{column}」欄的公式無法向下填充：下方有手動輸入的內容（如第 {row} 列）。請刪除這些內容。',
    'The formula in column "{column}" cannot fill the column: something is typed below it (row {row}). Delete it.',
  ),
  noKey: tx(
    '“客户”表缺少“客户编号”或“手机号”列，无法计算等级。',
    '「客戶」表缺少「客戶編號」或「手機號碼」欄，無法計算等級。',
    'The Customers tab has no "Customer ID" or "Phone" column, so grades cannot be computed.',
  ),
  noSales: tx(
    '“销售”表缺少“客户”或“日期时间”列，无法计算等级。',
    '「銷售」表缺少「客戶」或「日期時間」欄，無法計算等級。',
    'The Sales tab has no "Customer" or "Date" column, so grades cannot be computed.',
  ),
  noTab: tx(
    '找不到“客户”或“销售”表，请先运行“设置店铺”。',
    '找不到「客戶」或「銷售」表，請先執行「設定店鋪」。',
    'The Customers or Sales tab is missing: run "Set up shop" first.',
  ),
  refreshedTitle: tx('客户等级', '客戶等級', 'Customer grades'),
  refreshed: tx(
    '等级已按 {date} 更新：{count} 位客户。',
    '等級已依 {date} 更新：{count} 位客戶。',
    'Grades updated as of {date}: {count} {count|customer|customers}.',
  ),
  byGrade: tx(
    'A {A} · B {B} · C {C} · D {D} · E {E} · 未购买 {none}',
    'A {A} · B {B} · C {C} · D {D} · E {E} · 未購買 {none}',
    'A {A} · B {B} · C {C} · D {D} · E {E} · never bought {none}',
  ),
  skipped: tx(
    '有 {count} 行销售记录无法读取，未计入：',
    '有 {count} 列銷售紀錄無法讀取，未計入：',
    '{count} sales {count|row|rows} could not be read and {count|was|were} left out:',
  ),
  badDate: tx(
    '第 {row} 行：日期“{value}”无法识别',
    '第 {row} 列：日期「{value}」無法識別',
    'row {row}: date "{value}" not understood',
  ),
  badAmount: tx(
    '第 {row} 行：金额“{value}”无法识别',
    '第 {row} 列：金額「{value}」無法識別',
    'row {row}: amount "{value}" not understood',
  ),
  noDate: tx(
    '第 {row} 行：没有日期',
    '第 {row} 列：沒有日期',
    'row {row}: no date',
  ),
  more: tx('……另有 {count} 行', '……另有 {count} 列', '… and {count} more'),
} as const;

// ---------------------------------------------------------------------------------------
// Where things are

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

/** The Settings cells the formulas read, as A1 references ('""' when missing). */
function settingRefs(read: SettingsRead): {
  cell(key: string): string;
  range(keys: readonly string[]): string;
} {
  const name = read.sheet?.getName();
  const col = columnLetter(read.layout.value + 1);
  const at = (row: number) => `${sheetRef(name as string)}$${col}$${row}`;
  const cell = (key: string) => {
    const row = read.rows.get(key);
    return name && row ? at(row) : '""';
  };
  const range = (keys: readonly string[]) => {
    const rows = keys.map(k => read.rows.get(k));
    if (!name || rows.some(r => r === undefined)) {
      // Some rows are missing: the ones there still count, the rest are defaults.
      return rows.every(r => r === undefined)
        ? '""'
        : `{${keys.map(cell).join(';')}}`;
    }
    const list = rows as number[];
    const together = list.every((r, i) => i === 0 || r === list[i - 1] + 1);
    return together
      ? `${sheetRef(name)}$${col}$${list[0]}:$${col}$${list[list.length - 1]}`
      : `{${list.map(at).join(';')}}`;
  };
  return {cell, range};
}

const THRESHOLD_KEYS = ['gradeA', 'gradeB', 'gradeC', 'gradeD'] as const;
const RULE_KEYS = [
  'newDays',
  'lapsedDays',
  'lostDays',
  'vipGrade',
  'vipSpend',
] as const;

/** The field of CUSTOMER_FIGURES that fills each computed column. */
const FIELD_OF: Readonly<Record<GradeColumn, FieldName>> = {
  grade: 'grade',
  perMonth: 'per_month',
  lastVisit: 'last_visit',
  totalSpend: 'spend',
  segment: 'segment',
};

/**
 * The CUSTOMER_FIGURES formula for a run of adjacent computed columns (in sheet order),
 * from where the columns are today; null when the tabs lack what grades need.
 */
export function gradeFormulas(
  layout: Layout,
  read: SettingsRead,
): ((run: readonly GradeColumn[]) => string) | null {
  const cc = layout.customerCols;
  const sc = layout.salesCols;
  const keyCol = cc.get('id') ?? cc.get('phone');
  const saleKey = sc.get('customer');
  const saleDate = sc.get('date');
  if (keyCol === undefined || saleKey === undefined || saleDate === undefined) {
    return null;
  }
  const ids = wholeColumn(keyCol);
  // The counter logs a sale under the id, or the phone when there is none: both count.
  const phoneCol = cc.has('id') ? cc.get('phone') : undefined;
  const phones = phoneCol === undefined ? '""' : wholeColumn(phoneCol);
  const sales = (key: string) => {
    const c = sc.get(key);
    return c === undefined ? '""' : wholeColumn(c, layout.salesName);
  };
  const s = settingRefs(read);
  // Void rows (sales undone at the counter) count for nothing.
  const args = [
    ids,
    sales('customer'),
    sales('date'),
    sales('amount'),
    s.cell('asOf'),
    s.cell('windowDays'),
    s.range(THRESHOLD_KEYS),
    s.range(RULE_KEYS),
    s.cell('language'),
    phones,
    sales('void'),
  ].join(', ');
  // Compacted sales: the whole Sales history tab, header included (columns by name).
  const h = layout.history;
  const history = h
    ? `, ${sheetRef(h.name)}$A$1:$${columnLetter(h.width)}`
    : '';
  return run =>
    `=${FIGURES}(${args}, "${run.map(c => FIELD_OF[c]).join(',')}"${history})`;
}

// ---------------------------------------------------------------------------------------
// Installing the formulas

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
  // Grades move with the days once "Grades as of" holds a date (see the top of this
  // file): a new shop starts with today's.
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

// ---------------------------------------------------------------------------------------
// As of today

/**
 * Writes today's date (in the spreadsheet's time zone) into Settings "Grades as of", so
 * every grade formula recalculates. No write when it already holds today as a value.
 * Returns the day number of today, whether the cell changed, and the formula it replaced
 * when an owner had typed a volatile one there.
 */
export function refreshAsOf(
  ss: Spreadsheet,
  now: Date,
  settings?: SettingsRead,
): {day: number; changed: boolean; replaced: string | null} {
  const read = settings ?? loadSettings(ss);
  const day = todayIn(read.tz, now);
  const current = read.settings.asOf;
  if (isDate(current) && dayNumber(current, read.tz) === day) {
    // =TODAY() shows today too, but no custom function ever loads with it as an
    // argument (custom functions guide, "Arguments": "displays Loading...
    // indefinitely"); only then is the cell's formula worth a read.
    const formula = asOfFormula(read);
    if (!VOLATILE_FORMULA.test(formula)) {
      return {day, changed: false, replaced: null};
    }
    const changed = writeSetting(ss, 'asOf', dateOfDay(day, read.tz), read);
    return {day, changed, replaced: formula};
  }
  const changed = writeSetting(ss, 'asOf', dateOfDay(day, read.tz), read);
  return {day, changed, replaced: null};
}

/** Sheets' volatile functions, which a custom-function argument must not depend on. */
const VOLATILE_FORMULA = /\b(?:NOW|TODAY|RAND|RANDBETWEEN|RANDARRAY)\s*\(/i;

function asOfFormula(read: SettingsRead): string {
  const row = read.rows.get('asOf');
  if (!read.sheet || row === undefined) return '';
  return read.sheet.getRange(row, read.layout.value + 1).getFormula();
}

// ---------------------------------------------------------------------------------------
// The menu item

export interface RefreshResult {
  asOf: number;
  formulas: GradeFormulaReport;
  /** Grades counted in-process, for the message (null when the tabs are missing). */
  summary: SalesSummary | null;
  counts: Record<string, number>;
  /** Said at 80 % of the spreadsheet's 10,000,000 cells (sheets/cell-usage.ts). */
  cellWarning: string | null;
  title: string;
  message: string;
}

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

function problemLine(
  p: SalesSummary['problems'][number],
  lang: Lang,
  tz: string,
): string {
  let value = isDate(p.value)
    ? dayToIso(dayNumber(p.value, tz))
    : String(p.value ?? '');
  if (value.length > 30) value = `${value.slice(0, 29)}…`;
  // A blank amount is no problem (no spend); a blank date is.
  if (value.trim() === '') return t(GRADE_TEXTS.noDate, lang, {row: p.row});
  return t(
    p.reason === 'date' ? GRADE_TEXTS.badDate : GRADE_TEXTS.badAmount,
    lang,
    {
      row: p.row,
      value,
    },
  );
}

/**
 * Menu ▸ Refresh grades, testable: today into "Grades as of", the formulas checked (and
 * put back if an owner deleted one), and a summary for the owner with the sales rows
 * that could not be read.
 */
export function refreshGradesIn(
  ss: Spreadsheet,
  now: Date,
  viewer?: Lang,
): RefreshResult {
  const read = loadSettings(ss);
  const lang = read.lang;
  // The summary is the clicker's chrome; the tabs are found by the book's language.
  const ui = viewer ?? lang;
  const {day, replaced} = refreshAsOf(ss, now, read);
  const layout = findLayout(ss, lang);
  const formulas = installGradeFormulas(ss, lang, read, layout);
  const graded = gradeFromTabs(ss, read, day, layout);
  const counts: Record<string, number> = {
    A: 0,
    B: 0,
    C: 0,
    D: 0,
    E: 0,
    none: 0,
  };
  const lines: string[] = [];
  if (graded) {
    for (const c of graded.customers) counts[c.grade || 'none']++;
    lines.push(
      t(GRADE_TEXTS.refreshed, ui, {
        date: dayToIso(day),
        count: graded.customers.length,
      }),
      t(GRADE_TEXTS.byGrade, ui, counts),
    );
    const {problems, problemCount} = graded.summary;
    if (problemCount > 0) {
      lines.push('', t(GRADE_TEXTS.skipped, ui, {count: problemCount}));
      const shownProblems = problems.slice(0, 10);
      for (const p of shownProblems)
        lines.push(`• ${problemLine(p, ui, read.tz)}`);
      if (problemCount > shownProblems.length) {
        lines.push(
          t(GRADE_TEXTS.more, ui, {
            count: problemCount - shownProblems.length,
          }),
        );
      }
    }
  }
  if (formulas.messages.length) {
    if (lines.length) lines.push('');
    lines.push(...formulas.messages);
  }
  if (replaced) {
    if (lines.length) lines.push('');
    lines.push(t(GRADE_TEXTS.volatileAsOf, ui, {formula: replaced}));
  }
  const cells = cellWarning(cellUsage(ss), ui);
  if (cells) {
    if (lines.length) lines.push('');
    lines.push(cells);
  }
  return {
    asOf: day,
    formulas,
    summary: graded?.summary ?? null,
    counts,
    cellWarning: cells,
    title: t(GRADE_TEXTS.refreshedTitle, ui),
    message: lines.join('\n'),
  };
}

/** Menu ▸ Refresh grades. */
export function refreshGrades(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const r = refreshGradesIn(ss, new Date(), userLang());
  const ui = SpreadsheetApp.getUi();
  ui.alert(r.title, r.message, ui.ButtonSet.OK);
}
