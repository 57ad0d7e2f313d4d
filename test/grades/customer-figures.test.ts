/**
 * One formula per recalculation, through the built bundle: CUSTOMER_FIGURES fills the
 * grade, purchases a month, last visit, spend and segment columns with exactly what the
 * five CUSTOMER_* functions gave; Set up shop (and Refresh grades) migrates a book with
 * the older five-formula layout without touching a value, an owner's column or row, and
 * running it again changes nothing; the Sales columns pass once instead of five times.
 */
import {bundleShop, CUSTOMERS, putRows, SALES, sheetOf} from '../counter/shop';
import {toLegacyLayout} from '../../bench/legacy-formulas';
import {mapColumns} from '../../src/sheets/tabs';

type Emu = ReturnType<typeof bundleShop>['emu'];
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const day = (iso: string, h = 10) =>
  new Date(`${iso}T${String(h).padStart(2, '0')}:00:00+08:00`);

/** A small shop: regulars, a lapsed one, one who bought by phone, a void, a walk-in. */
function fill(emu: Emu): void {
  putRows(emu, CUSTOMERS, [
    {id: 'C1', name: '张三', phone: '13800000001'},
    {id: 'C2', name: '李四', phone: '13800000002'},
    {id: 'C3', name: '王五', phone: '13800000003'},
    {id: 'C4', name: '赵六', phone: '13800000004'},
    {id: 'C5', name: '孙七', phone: '13800000005'},
  ]);
  const sales: Array<Record<string, unknown>> = [];
  for (let i = 0; i < 40; i++) {
    const d = new Date(day('2025-06-29').getTime() - i * 2 * 86_400_000);
    sales.push({date: d, customer: 'C1', amount: 20 + (i % 3)});
  }
  for (let i = 0; i < 6; i++) {
    sales.push({
      date: new Date(day('2025-02-01').getTime() + i * 7 * 86_400_000),
      customer: 'C2',
      amount: 300,
    });
  }
  sales.push({date: day('2025-06-20'), customer: '13800000003', amount: 15});
  sales.push({date: day('2025-06-21'), customer: 'C3', amount: 15});
  sales.push({
    date: day('2025-06-22'),
    customer: 'C4',
    amount: 99,
    void: '作废',
  });
  sales.push({date: day('2025-06-23'), customer: '', amount: 8});
  putRows(emu, SALES, sales);
}

function customersTab(emu: Emu): Sheet {
  return sheetOf(emu, CUSTOMERS);
}

function gradeColumn(emu: Emu): number {
  const s = customersTab(emu);
  const header = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];
  return mapColumns(header, CUSTOMERS).get('grade')! + 1;
}

/** Every tab's values, in order: what an owner sees. */
function values(emu: Emu): unknown[] {
  return emu.spreadsheet
    .getSheets()
    .map(s => [s.getName(), s.getDataRange().getValues()]);
}

function row2Formulas(emu: Emu): string[] {
  const s = customersTab(emu);
  return s.getRange(2, 1, 1, s.getLastColumn()).getFormulas()[0];
}

function shop() {
  const {emu, app} = bundleShop('zh_CN', '2025-06-30T02:00:00Z');
  fill(emu);
  return {emu, app};
}

test('Set up shop writes one CUSTOMER_FIGURES formula that fills all five columns', () => {
  const {emu} = shop();
  const g = gradeColumn(emu);
  const formulas = row2Formulas(emu).filter(f => f !== '');
  expect(formulas).toHaveLength(1);
  expect(formulas[0]).toMatch(
    /^=CUSTOMER_FIGURES\(.*"grade,per_month,last_visit,spend,segment"\)$/,
  );
  const figures = byId(emu, g);
  expect(['C1', 'C2', 'C3', 'C4', 'C5'].map(id => figures.get(id)![0])).toEqual(
    ['A', 'E', 'E', '', ''],
  );
  // C3 bought once under the phone and once under the id: two visits, 30 spent.
  expect(figures.get('C3')![3]).toBe(30);
  // C4's only sale was voided: a potential customer.
  expect(figures.get('C4')![4]).toBe('潜在客户');
});

/** The five computed cells of each customer, by id. */
function byId(emu: Emu, g: number): Map<string, unknown[]> {
  const s = customersTab(emu);
  const header = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];
  const idCol = mapColumns(header, CUSTOMERS).get('id')!;
  const rows = s.getDataRange().getValues().slice(1);
  return new Map(
    rows
      .filter(r => r[idCol] !== '')
      .map(r => [String(r[idCol]), r.slice(g - 1, g + 4)]),
  );
}

test('the one formula gives what the five functions gave; the Sales columns pass once', () => {
  const {emu} = shop();
  const g = gradeColumn(emu);
  const after = values(emu);
  const one = {...emu.customCells.last};
  toLegacyLayout(customersTab(emu), g);
  expect(values(emu)).toEqual(after);
  const five = {...emu.customCells.last};
  expect(five.calls).toBe(5);
  expect(one.calls).toBe(1);
  // Sales columns are most of what is passed: five passes against one.
  expect(one.cellsIn * 3).toBeLessThan(five.cellsIn);
  expect(one.cellsOut).toBe(five.cellsOut);
});

test('Set up shop migrates an older book: values, owner columns and rows kept; twice changes nothing', () => {
  const {emu, app} = shop();
  const s = customersTab(emu);
  toLegacyLayout(s, gradeColumn(emu));
  // The owner's own column after the computed ones, and a note typed far below.
  const own = s.getLastColumn() + 1;
  s.insertColumnAfter(s.getLastColumn());
  s.getRange(1, own).setValue('我的备注');
  s.getRange(3, own).setValue('=留着');
  s.getRange(20, 2).setValue('手写的客户');
  const before = values(emu);
  app.call('setUpShop');
  expect(values(emu)).toEqual(before);
  const formulas = row2Formulas(emu);
  expect(formulas.filter(f => f !== '')).toEqual([
    expect.stringMatching(/^=CUSTOMER_FIGURES\(/),
  ]);
  expect(emu.customCells.last.calls).toBe(1);
  const book = () => emu.serialize();
  const once = book();
  app.call('setUpShop');
  expect(book()).toBe(once);
});

test('Refresh grades migrates too', () => {
  const {emu, app} = shop();
  toLegacyLayout(customersTab(emu), gradeColumn(emu));
  const before = values(emu);
  app.call('refreshGrades');
  expect(values(emu)).toEqual(before);
  expect(row2Formulas(emu).filter(f => f !== '')).toHaveLength(1);
});

test('columns the owner moved apart get one formula per run of adjacent ones', () => {
  const {emu, app} = shop();
  const s = customersTab(emu);
  const g = gradeColumn(emu);
  toLegacyLayout(s, g);
  // An owner's column between purchases a month and last visit.
  s.insertColumnAfter(g + 1);
  s.getRange(1, g + 2).setValue('会员卡号');
  s.getRange(2, g + 2, 2, 1).setValues([['V1'], ['V2']]);
  const before = values(emu);
  app.call('setUpShop');
  expect(values(emu)).toEqual(before);
  const formulas = row2Formulas(emu).filter(f => f !== '');
  expect(formulas).toEqual([
    expect.stringMatching(/"grade,per_month"\)$/),
    expect.stringMatching(/"last_visit,spend,segment"\)$/),
  ]);
  expect(emu.customCells.last.calls).toBe(2);
});
