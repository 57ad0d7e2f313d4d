/**
 * The Dashboard tab (看板): small summary tables Shuke writes, with native Sheets charts
 * over them, built from the menu and refreshed by the daily run.
 *
 * Reads each tab once (Sales, Customers, Feedback, the Sales history when there is one;
 * Settings as the caller has it),
 * computes in memory (domain/dashboard), and writes each table into its fixed place
 * (layout.ts): the tab's other cells, the owner's own charts and conditional format
 * rules are left as they are.
 */
import {computeDashboard} from '../../domain/dashboard/figures';
import {DashboardLayout, layoutDashboard} from '../../domain/dashboard/layout';
import {DASH, DASHBOARD_NAMES} from '../../domain/dashboard/texts';
import {dayNumber} from '../../domain/dates';
import {
  DEFAULT_GRADE_RULES,
  GradeRules,
  validThreshold,
  validWindow,
} from '../../domain/grading';
import {Lang, LANGS, t} from '../../domain/i18n';
import {segmentRulesFrom} from '../../domain/segments';
import {guardText} from '../../sheets/cells';
import {loadSettings, SettingsRead} from '../../sheets/settings';
import {moneyFormat} from '../../sheets/setup';
import {KeyValueStore} from '../../services/properties';
import {ChartOutcome, placeCharts} from './place-charts';
import {readDashboardHistory} from './read-history';
import {readDashboardInput} from './read-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface DashboardOutcome {
  sheet: Sheet;
  created: boolean;
  charts: ChartOutcome;
}

/** The tab by its name in the book's language, then the other two. */
function findDashboard(ss: Spreadsheet, lang: Lang): Sheet | null {
  const names = [lang, ...LANGS.filter(l => l !== lang)].map(
    l => DASHBOARD_NAMES[l],
  );
  for (const name of new Set(names)) {
    const s = ss.getSheetByName(name);
    if (s) return s;
  }
  return null;
}

/** A new tab sized to the layout: a new tab is 1,000 × 26 cells of the 10 million. */
function createDashboard(
  ss: Spreadsheet,
  lang: Lang,
  layout: DashboardLayout,
): Sheet {
  const sheet = ss.insertSheet(DASHBOARD_NAMES[lang]);
  const rows = sheet.getMaxRows();
  if (rows > layout.rows) sheet.deleteRows(layout.rows + 1, rows - layout.rows);
  layout.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  return sheet;
}

/** Room for the layout on a tab the owner may have trimmed. */
function ensureSize(sheet: Sheet, layout: DashboardLayout): void {
  const rows = sheet.getMaxRows();
  if (rows < layout.rows) sheet.insertRowsAfter(rows, layout.rows - rows);
  const cols = sheet.getMaxColumns();
  if (cols < layout.cols) sheet.insertColumnsAfter(cols, layout.cols - cols);
}

function writeBlocks(sheet: Sheet, layout: DashboardLayout): void {
  for (const b of layout.blocks) {
    const height = b.values.length;
    const width = b.values[0].length;
    const range = sheet.getRange(b.row, b.col, height, width);
    // Formats first: a text column is plain text ('@'), so an item called "1/2" or
    // "=x" is kept as typed; dates and money get theirs.
    const formats = b.values.map((_, i) =>
      b.values[0].map((__, j) =>
        i < 2 || (b.key !== 'head' && i === height - 1)
          ? '@'
          : (b.formats[j] ?? '@'),
      ),
    );
    range.setNumberFormats(formats);
    range.setValues(
      b.values.map(r =>
        r.map(v => (typeof v === 'string' ? guardText(v, true) : v)),
      ),
    );
    range.setFontWeights(
      b.values.map((r, i) => r.map(() => (i === 0 ? 'bold' : 'normal'))),
    );
  }
}

/** The heat map: one gradient rule over the peak-hours grid, the owner's rules kept. */
function colourHeat(sheet: Sheet, layout: DashboardLayout): void {
  const [r, c, nr, nc] = layout.heat;
  const mine = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) =>
    rule.getGradientCondition() !== null &&
    rule
      .getRanges()
      .some(
        x =>
          x.getRow() === r &&
          x.getColumn() === c &&
          x.getNumRows() === nr &&
          x.getNumColumns() === nc,
      );
  const rules = sheet.getConditionalFormatRules().filter(x => !mine(x));
  rules.push(
    SpreadsheetApp.newConditionalFormatRule()
      .setGradientMinpoint('#ffffff')
      .setGradientMaxpoint('#e67c73')
      .setRanges([sheet.getRange(r, c, nr, nc)])
      .build(),
  );
  sheet.setConditionalFormatRules(rules);
}

/**
 * The grade rules as Settings has them, the defaults for what can't be read (as the
 * reminders read them; not imported from there, which would make the daily run's job
 * list import itself).
 */
function gradeRulesOf(s: SettingsRead['settings']): GradeRules {
  const d = DEFAULT_GRADE_RULES;
  const keys = ['gradeA', 'gradeB', 'gradeC', 'gradeD'] as const;
  return {
    thresholds: keys.map(
      (k, i) => validThreshold(s[k]) ?? d.thresholds[i],
    ) as unknown as GradeRules['thresholds'],
    windowDays: validWindow(s.windowDays) ?? d.windowDays,
  };
}

function stamp(now: Date, tz: string): string {
  return Utilities.formatDate(now, tz, 'yyyy-MM-dd HH:mm');
}

/**
 * The daily run's refresh: only a dashboard the owner has asked for (the tab is there).
 * A book without one, or whose owner deleted it, gets none each morning; null then.
 */
export function refreshDashboard(
  ss: Spreadsheet,
  now: Date,
  store: KeyValueStore,
  read: SettingsRead = loadSettings(ss),
): DashboardOutcome | null {
  if (!findDashboard(ss, read.lang)) return null;
  return buildDashboard(ss, now, store, read);
}

export function buildDashboard(
  ss: Spreadsheet,
  now: Date,
  store: KeyValueStore,
  read: SettingsRead = loadSettings(ss),
): DashboardOutcome {
  const {lang, tz, settings} = read;
  const today = dayNumber(now, tz);
  const input = readDashboardInput(ss, lang);
  input.history = readDashboardHistory(ss, lang, tz);
  const figures = computeDashboard(input, {
    today,
    tz,
    grade: gradeRulesOf(settings),
    segments: segmentRulesFrom(settings),
  });
  const currency = String(settings.currency ?? '');
  const layout = layoutDashboard(figures, {
    lang,
    tz,
    currency,
    moneyFormat: moneyFormat(currency),
    updatedAt: stamp(now, tz),
  });
  let sheet = findDashboard(ss, lang);
  const created = !sheet;
  if (!sheet) sheet = createDashboard(ss, lang, layout);
  ensureSize(sheet, layout);
  writeBlocks(sheet, layout);
  colourHeat(sheet, layout);
  const charts = placeCharts(sheet, layout.charts, store);
  return {sheet, created, charts};
}

export function dashboardDoneMessage(o: DashboardOutcome, ui: Lang): string {
  return t(DASH.done, ui, {tab: o.sheet.getName()});
}
