/**
 * Data validation rules (SpreadsheetApp.newDataValidation). A rule that rejects invalid
 * data (setAllowInvalid(false)) also rejects a script's write: Sheets throws "The data you
 * entered in cell X violates the data validation rules set on this cell."
 */
import {CellValue, isDate} from './values';

export type CriteriaType =
  | 'VALUE_IN_LIST'
  | 'VALUE_IN_RANGE'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_NOT_BETWEEN'
  | 'NUMBER_EQUAL_TO'
  | 'NUMBER_NOT_EQUAL_TO'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'DATE_IS_VALID_DATE'
  | 'DATE_AFTER'
  | 'DATE_BEFORE'
  | 'DATE_ON_OR_AFTER'
  | 'DATE_ON_OR_BEFORE'
  | 'CHECKBOX'
  | 'TEXT_IS_VALID_EMAIL'
  | 'TEXT_IS_VALID_URL'
  | 'TEXT_CONTAINS'
  | 'CUSTOM_FORMULA';

export const CRITERIA_TYPES: readonly CriteriaType[] = [
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'NUMBER_BETWEEN',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_NOT_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'CHECKBOX',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'TEXT_CONTAINS',
  'CUSTOM_FORMULA',
];

/** The stored rule: plain data, so the workbook serialises to JSON. */
export interface RuleData {
  type: CriteriaType;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

function dayMs(v: unknown): number | null {
  return isDate(v) ? v.getTime() : null;
}

/** Whether a value passes a rule (a blank cell always passes, as in Sheets). */
export function passes(rule: RuleData, v: CellValue): boolean {
  if (v === '') return true;
  const [a, b] = rule.values;
  const n = typeof v === 'number' ? v : null;
  const d = isDate(v) ? v.getTime() : null;
  switch (rule.type) {
    case 'VALUE_IN_LIST':
      return (rule.values[0] as unknown[]).some(
        x => String(x) === displayish(v),
      );
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Number(a) && n <= Number(b);
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && (n < Number(a) || n > Number(b));
    case 'NUMBER_EQUAL_TO':
      return n === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== Number(a);
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= Number(a);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= Number(a);
    case 'DATE_IS_VALID_DATE':
      return d !== null;
    case 'DATE_AFTER':
      return d !== null && d > (dayMs(a) ?? Infinity);
    case 'DATE_BEFORE':
      return d !== null && d < (dayMs(a) ?? -Infinity);
    case 'DATE_ON_OR_AFTER':
      return d !== null && d >= (dayMs(a) ?? Infinity);
    case 'DATE_ON_OR_BEFORE':
      return d !== null && d <= (dayMs(a) ?? -Infinity);
    case 'CHECKBOX':
      return rule.values.length === 0
        ? typeof v === 'boolean'
        : rule.values.some(x => String(x) === String(v));
    case 'TEXT_IS_VALID_EMAIL':
      return typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
    case 'TEXT_IS_VALID_URL':
      return typeof v === 'string' && /^(https?:\/\/)?[^\s.]+\.[^\s]+$/.test(v);
    case 'TEXT_CONTAINS':
      return typeof v === 'string' && v.includes(String(a));
    default:
      // Range lists and custom formulas are not evaluated here.
      return true;
  }
}

function displayish(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return isDate(v) ? v.toISOString() : String(v);
}
