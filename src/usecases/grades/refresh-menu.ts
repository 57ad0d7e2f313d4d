/**
 * Menu ▸ Refresh grades: today into "Grades as of", the formulas checked, and a summary
 * for the owner.
 */
import {SalesSummary} from '../../domain/customer-stats';
import {dayNumber, dayToIso, isDate} from '../../domain/dates';
import {Lang, t} from '../../domain/i18n';
import {cellUsage, cellWarning} from '../../sheets/cell-usage';
import {loadSettings} from '../../sheets/settings';
import {userLang} from '../../services/locale';
import {refreshAsOf} from './as-of';
import {gradeFromTabs} from './engine';
import {GradeFormulaReport, installGradeFormulas} from './install';
import {findLayout} from './layout';
import {GRADE_TEXTS} from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
