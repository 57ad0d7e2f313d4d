/**
 * Grades in a real-looking shop on the emulator: Set up shop, owners typing customers and
 * sales (junk included), the formulas Shuke installs computing through the emulator's
 * formula engine, and "Refresh grades" moving them with the days.
 */
import {createEmulator} from '../../emulator';
import * as cf from '../../src/usecases/custom-functions/sheet-functions';
import {CUSTOMER_FIGURES} from '../../src/usecases/customer-figures';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {findSheet, mapColumns} from '../../src/sheets/tabs';
import {installGradeFormulas} from '../../src/usecases/grades/install';
import {refreshAsOf} from '../../src/usecases/grades/as-of';
import {refreshGradesIn} from '../../src/usecases/grades/refresh-menu';
import {setUpShopIn} from '../../src/usecases/setup-shop';
import {loadSettings} from '../../src/sheets/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Emu = ReturnType<typeof createEmulator>;

const FUNCTIONS = [
  'GRADE',
  'CUSTOMER_GRADE',
  'CUSTOMER_PER_MONTH',
  'CUSTOMER_LAST_VISIT',
  'CUSTOMER_DAYS_SINCE',
  'CUSTOMER_SPEND',
  'CUSTOMER_SEGMENT',
  'CUSTOMER_LIFECYCLE',
  'CUSTOMER_VALUE',
] as const;

const GRADE_KEYS = new Set([
  'grade',
  'perMonth',
  'lastVisit',
  'totalSpend',
  'segment',
]);

let emu: Emu;
let uninstall: (() => void) | null = null;

function start(
  locale = 'zh_CN',
  now = '2025-06-30T10:00:00+08:00',
): Spreadsheet {
  emu = createEmulator({locale, timeZone: 'Asia/Shanghai', now});
  uninstall = emu.install();
  for (const name of FUNCTIONS) {
    emu.customFunctions.set(name, cf[name] as (...a: unknown[]) => unknown);
  }
  emu.customFunctions.set(
    'CUSTOMER_FIGURES',
    CUSTOMER_FIGURES as (...a: unknown[]) => unknown,
  );
  return SpreadsheetApp.getActiveSpreadsheet();
}

afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function setUp(ss: Spreadsheet): void {
  setUpShopIn({ss, notify: () => {}});
}

function tab(ss: Spreadsheet, which: 'customers' | 'sales'): Sheet {
  return findSheet(ss, which === 'customers' ? CUSTOMERS : SALES, 'en')!;
}

function cols(sheet: Sheet, which: 'customers' | 'sales') {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  return mapColumns(header, which === 'customers' ? CUSTOMERS : SALES);
}

/** Writes records by column key under the header, as an owner would type them. */
function type(
  sheet: Sheet,
  which: 'customers' | 'sales',
  rows: Array<Record<string, unknown>>,
): void {
  const c = cols(sheet, which);
  const width = sheet.getLastColumn();
  // Below the last row with something the owner typed (formula columns don't count).
  const typed = [...c].filter(([k]) => !GRADE_KEYS.has(k)).map(([, j]) => j);
  const values = sheet.getDataRange().getValues();
  let at = 2;
  values.forEach((line, i) => {
    if (i > 0 && typed.some(j => line[j] !== '')) at = i + 2;
  });
  const grid = rows.map(r => {
    const line: unknown[] = new Array(width).fill('');
    for (const [k, v] of Object.entries(r)) line[c.get(k)!] = v;
    return line;
  });
  const need = at + grid.length - 1;
  if (need > sheet.getMaxRows()) {
    sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
  }
  // Only the columns the owner types, so the formula columns stay empty below row 2.
  for (const k of new Set(rows.flatMap(r => Object.keys(r)))) {
    const j = c.get(k)!;
    sheet
      .getRange(at, j + 1, grid.length, 1)
      .setValues(grid.map(line => [line[j]]) as never);
  }
}

function column(ss: Spreadsheet, key: string): unknown[] {
  const sheet = tab(ss, 'customers');
  const j = cols(sheet, 'customers').get(key)!;
  const n = sheet.getLastRow() - 1;
  return sheet
    .getRange(2, j + 1, n, 1)
    .getValues()
    .map(r => r[0]);
}

const at = (iso: string) => new Date(`${iso}+08:00`);

function sampleShop(ss: Spreadsheet): void {
  type(tab(ss, 'customers'), 'customers', [
    {id: 'M001', name: '王阿姨', phone: 13800138000},
    {id: '', name: '李先生', phone: '13900139000'},
    {id: 'M003', name: '=cmd()', phone: ''},
    {id: 'M004', name: '张三', phone: ''},
  ]);
  const sales: Array<Record<string, unknown>> = [];
  // 王阿姨: every other day for three months → 15 a month → A.
  for (let i = 0; i < 45; i++) {
    const d = new Date(
      at('2025-06-30T09:00:00').getTime() - i * 2 * 86_400_000,
    );
    sales.push({date: d, customer: i % 3 ? 'M001' : 'm001 ', amount: 25});
  }
  // 李先生 (no id: sales under his phone, typed as text dates): 3 in 10 days → D.
  sales.push({date: '2025-06-21 18:30', customer: 13900139000, amount: 40});
  sales.push({date: '2025年6月25日', customer: '13900139000', amount: '¥40'});
  sales.push({date: '2025/6/30', customer: ' 13900139000', amount: 40});
  // M003: once → E.
  sales.push({date: at('2025-06-01T12:00:00'), customer: 'M003', amount: 10});
  // Junk: unreadable date, a future sale, a walk-in, a total row.
  sales.push({date: '昨天', customer: 'M004', amount: 10});
  sales.push({date: '2025-07-15', customer: 'M004', amount: 10});
  sales.push({date: at('2025-06-29T12:00:00'), customer: '', amount: 18});
  sales.push({date: '', customer: '合计', amount: 9999});
  type(tab(ss, 'sales'), 'sales', sales);
}

describe('grades in the Customers tab', () => {
  test('Set up shop puts the formulas in; logged sales show grades', () => {
    const ss = start();
    setUp(ss);
    // A new shop's grades are as of today (Shanghai), so the days can move them.
    expect(loadSettings(ss).settings.asOf).toEqual(
      new Date('2025-06-29T16:00:00Z'),
    );
    refreshAsOf(ss, emu.clock.now());
    sampleShop(ss);
    expect(column(ss, 'grade')).toEqual(['A', 'D', 'E', '']);
    // 45 purchases since the first, 88 days ago: 45 × 30 / 89.
    expect(column(ss, 'perMonth')).toEqual([15.17, 3, 1, '']);
    const last = column(ss, 'lastVisit') as Date[];
    expect(last[0].toISOString()).toBe('2025-06-29T16:00:00.000Z');
    expect(last[3]).toBe('');
    expect(column(ss, 'totalSpend')).toEqual([1125, 120, 10, '']);
    expect(column(ss, 'segment')).toEqual([
      '核心熟客',
      '常客',
      '新客', // one purchase, 29 days ago
      '潜在客户',
    ]);
    // One formula in row 2 of the grade column fills all five columns (one pass of
    // the Sales tab), referencing Settings cells; the others hold no formula.
    const sheet = tab(ss, 'customers');
    const c = cols(sheet, 'customers');
    const g = c.get('grade')! + 1;
    const f = sheet.getRange(2, g).getFormula();
    expect(f).toMatch(
      /^=CUSTOMER_FIGURES\(\$A\$2:\$A, '销售'!\$B\$2:\$B, '销售'!\$A\$2:\$A, '销售'!\$F\$2:\$F, '设置'!\$B\$\d+, .*"grade,per_month,last_visit,spend,segment"\)$/,
    );
    expect(sheet.getRange(3, g).getFormula()).toBe('');
    expect(sheet.getRange(2, g, 1, 5).getFormulas()[0].slice(1)).toEqual([
      '',
      '',
      '',
      '',
    ]);
  });

  test('grades follow new sales and the days (the as-of cell)', () => {
    const ss = start();
    setUp(ss);
    sampleShop(ss);
    refreshAsOf(ss, emu.clock.now());
    expect(column(ss, 'grade')[3]).toBe('');
    type(tab(ss, 'sales'), 'sales', [
      {date: at('2025-06-30T08:00:00'), customer: 'M004', amount: 5},
    ]);
    expect(column(ss, 'grade')[3]).toBe('E');
    // Four months pass without a visit: refresh moves everyone down.
    emu.clock.set(at('2025-10-30T07:00:00'));
    const r = refreshAsOf(ss, emu.clock.now());
    expect(r.changed).toBe(true);
    expect(column(ss, 'grade')).toEqual(['E', 'E', 'E', 'E']);
    expect(column(ss, 'segment')).toEqual([
      '重要挽回',
      '流失预警',
      '过客',
      // M004's sale typed as 2025-07-15 counts now that the day has passed.
      '流失预警',
    ]);
    // The same day again: nothing to write.
    expect(refreshAsOf(ss, emu.clock.now()).changed).toBe(false);
  });

  test('thresholds edited in Settings apply at once', () => {
    const ss = start('en_US');
    setUp(ss);
    refreshAsOf(ss, emu.clock.now());
    sampleShop(ss);
    const read = loadSettings(ss);
    const row = read.rows.get('gradeA')!;
    read.sheet!.getRange(row, read.layout.value + 1).setValue(20);
    expect(column(ss, 'grade')[0]).toBe('B');
    expect(column(ss, 'segment')[1]).toBe('Regular');
  });

  test('Refresh grades tells the owner what it counted and what it skipped', () => {
    const ss = start('en_US');
    setUp(ss);
    sampleShop(ss);
    const r = refreshGradesIn(ss, emu.clock.now());
    expect(r.counts).toEqual({A: 1, B: 0, C: 0, D: 1, E: 1, none: 1});
    expect(r.message).toContain(
      'Grades updated as of 2025-06-30: 4 customers.',
    );
    expect(r.message).toContain('row 51: date "昨天" not understood');
    expect(r.message).toMatch(/2 sales rows could not be read/);
  });

  test('installing again changes nothing; owner data is never overwritten', () => {
    const ss = start('zh_TW');
    setUp(ss);
    const first = installGradeFormulas(ss, 'zh-TW');
    expect(first.written).toEqual([]);
    expect(first.unchanged).toEqual([
      'grade',
      'perMonth',
      'lastVisit',
      'totalSpend',
      'segment',
    ]);
    // An owner clears one formula and types in another column.
    const sheet = tab(ss, 'customers');
    const c = cols(sheet, 'customers');
    sheet.getRange(2, c.get('perMonth')! + 1).setValue('');
    sheet.getRange(2, c.get('segment')! + 1).setValue('');
    sheet.getRange(5, c.get('segment')! + 1).setValue('老朋友');
    sheet.getRange(2, c.get('totalSpend')! + 1).setFormula('=SUM(1)');
    const again = installGradeFormulas(ss, 'zh-TW');
    // The owner's cells block the spill; the run left to Shuke is grade to last visit.
    expect(again.written).toEqual(['grade']);
    expect(again.skipped.map(s => s.column)).toEqual(['totalSpend', 'segment']);
    expect(again.messages.join('\n')).toContain(
      '「客戶分群」欄第 5 列已有內容',
    );
    expect(again.messages.join('\n')).toContain(
      '「累計消費」欄第 2 列是您自己的公式',
    );
    expect(sheet.getRange(5, c.get('segment')! + 1).getValue()).toBe('老朋友');
    expect(sheet.getRange(2, c.get('totalSpend')! + 1).getFormula()).toBe(
      '=SUM(1)',
    );
    expect(sheet.getRange(2, c.get('grade')! + 1).getFormula()).toMatch(
      /"grade,per_month,last_visit"\)$/,
    );
    expect(sheet.getRange(2, c.get('grade')! + 1).getValue()).not.toBe('#REF!');
  });

  test('what a refresh costs does not grow with the sheet', () => {
    const cost = (customers: number, salesPer: number) => {
      const ss = start('en_US');
      setUp(ss);
      const rows = Array.from({length: customers}, (_, i) => ({id: `C${i}`}));
      type(tab(ss, 'customers'), 'customers', rows);
      const sales: Array<Record<string, unknown>> = [];
      for (let i = 0; i < customers; i++) {
        for (let k = 0; k < salesPer; k++) {
          sales.push({
            date: new Date(
              at('2025-06-30T09:00:00').getTime() - k * 86_400_000,
            ),
            customer: `C${i}`,
            amount: 10,
          });
        }
      }
      type(tab(ss, 'sales'), 'sales', sales);
      refreshGradesIn(ss, emu.clock.now()); // formulas in place, as of today
      emu.calls.reset();
      const r = refreshGradesIn(ss, emu.clock.now());
      expect(r.formulas.written).toEqual([]);
      return emu.calls.spreadsheet();
    };
    const small = cost(3, 2);
    const big = cost(300, 20);
    expect(big).toBe(small);
    // A ceiling, not a target: the reads of the tabs and Settings, the check of the
    // "as of" cell's formula (2 calls) and the cell-cap warning's size of each tab.
    // The warning reads each tab's size (3 calls), so the ceiling grows with the tabs;
    // the rest: the tabs' columns (void included), Settings, the Sales history lookup.
    const tabs = SpreadsheetApp.getActiveSpreadsheet().getSheets().length;
    expect(small).toBeLessThan(45 + 3 * tabs);
  });

  test('Refresh grades before Set up shop says what to do', () => {
    const ss = start('zh_CN');
    const r = refreshGradesIn(ss, emu.clock.now());
    expect(r.summary).toBeNull();
    expect(r.message).toBe('找不到“客户”或“销售”表，请先运行“设置店铺”。');
  });

  test('a blocked spill is reported', () => {
    const ss = start('en_US');
    setUp(ss);
    refreshAsOf(ss, emu.clock.now());
    sampleShop(ss);
    const sheet = tab(ss, 'customers');
    const c = cols(sheet, 'customers');
    sheet.getRange(4, c.get('grade')! + 1).setValue('VIP!');
    expect(sheet.getRange(2, c.get('grade')! + 1).getValue()).toBe('#REF!');
    const r = installGradeFormulas(ss, 'en');
    expect(r.messages.join('\n')).toContain(
      'The formula in column "Grade" cannot fill the column: something is typed below it (row 4).',
    );
  });

  test('columns moved by the owner: formulas are rewritten to follow', () => {
    const ss = start('en_US');
    setUp(ss);
    refreshAsOf(ss, emu.clock.now());
    sampleShop(ss);
    const sales = tab(ss, 'sales');
    sales.insertColumnBefore(1); // an owner's own column in front
    sales.getRange(1, 1).setValue('My notes');
    // Sheets shifts references itself; the formulas keep working.
    expect(column(ss, 'grade')).toEqual(['A', 'D', 'E', '']);
    const r = installGradeFormulas(ss, 'en');
    expect(r.written).toEqual([]);
  });
});
