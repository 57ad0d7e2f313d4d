/**
 * Grades in the Customers tab: one custom-function formula (CUSTOMER_FIGURES) in row 2
 * of the first computed column fills them all (grade, purchases a month, last visit,
 * total spend, segment) from one pass of the Sales tab, so grades appear by themselves
 * and recalculate whenever a sale is added. Thresholds, window and segment rules are
 * passed as references to their Settings cells, so an owner who edits them in Settings
 * sees the grades follow at once ("Grades as of": as-of.ts).
 */
import {SettingsRead} from '../../sheets/settings';
import {FieldName} from '../customer-figures';
import {columnLetter, sheetRef, wholeColumn} from './a1';
import {GradeColumn, Layout} from './layout';

/** The custom function the Customers tab's formulas call. */
const FIGURES = 'CUSTOMER_FIGURES';

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

export const THRESHOLD_KEYS = ['gradeA', 'gradeB', 'gradeC', 'gradeD'] as const;
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
