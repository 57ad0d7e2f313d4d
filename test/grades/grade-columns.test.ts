/**
 * Telling Shuke's computed columns apart from the owner's: row 2's formulas, spills from
 * CUSTOMER_FIGURES to the left, and runs of adjacent columns; the fields argument.
 */
import {
  classifyColumns,
  figuresWidth,
  runsOf,
} from '../../src/usecases/grade-columns';
import {parseFields} from '../../src/usecases/customer-figures';

const FIG = '=CUSTOMER_FIGURES(A2:A, B2:B, "grade,per_month,last_visit")';
const cols = ['g', 'p', 'l', 's'].map((column, offset) => ({column, offset}));

test('a working CUSTOMER_FIGURES spill covers as many columns as its fields', () => {
  expect(figuresWidth(FIG)).toBe(3);
  expect(figuresWidth('=CUSTOMER_FIGURES(A2:A, B2:B)')).toBe(5);
  expect(figuresWidth('=CUSTOMER_GRADE(A2:A, B2:B)')).toBe(1);
  const states = classifyColumns(
    cols,
    [FIG, '', '', ''],
    [
      ['A', 3, 'x', ''],
      ['E', 1, 'y', 'typed'],
    ],
  );
  expect(states.map(s => s.state)).toEqual([
    'ours',
    'spill',
    'spill',
    'ownerData',
  ]);
  expect(states[3].row).toBe(3);
  expect(runsOf(states).map(r => r.map(s => s.column))).toEqual([
    ['g', 'p', 'l'],
  ]);
});

test('a blocked spill (#REF!) covers nothing: what stands beside it is the owner’s', () => {
  const states = classifyColumns(
    cols,
    [FIG, '', '=SUM(1)', ''],
    [
      ['#REF!', '', 1, ''],
      ['', 'mine', '', ''],
    ],
  );
  expect(states.map(s => s.state)).toEqual([
    'ours',
    'ownerData',
    'ownerFormula',
    'empty',
  ]);
  expect(runsOf(states).map(r => r.map(s => s.column))).toEqual([['g'], ['s']]);
});

test('fields: names in any case and separator; an unknown one is refused in the book language', () => {
  expect(parseFields('', 'en')).toEqual([
    'grade',
    'per_month',
    'last_visit',
    'spend',
    'segment',
  ]);
  expect(parseFields([['Grade; DAYS_SINCE，value']], 'en')).toEqual([
    'grade',
    'days_since',
    'value',
  ]);
  expect(() => parseFields('grade,vip', 'zh-CN')).toThrow(
    /fields 应为.*grade,vip/,
  );
});
