/** SpreadsheetApp.newDataValidation(): the builder and the rule it builds. */
import {Runtime} from './runtime';
import {CriteriaType, RuleData} from './validation';
import {isDate} from './values';

export class DataValidation {
  constructor(
    private readonly rt: Runtime,
    private readonly data: RuleData,
  ) {}

  static dataOf(rule: DataValidation): RuleData {
    if (!(rule instanceof DataValidation)) {
      throw new Error(
        'setDataValidation needs a rule from SpreadsheetApp.newDataValidation().build()',
      );
    }
    return rule.data;
  }

  private g(method: string): void {
    this.rt.guard('DataValidation', method, 'free');
  }
  getCriteriaType(): CriteriaType {
    this.g('getCriteriaType');
    return this.data.type;
  }
  getCriteriaValues(): unknown[] {
    this.g('getCriteriaValues');
    return structuredClone(this.data.values);
  }
  getAllowInvalid(): boolean {
    this.g('getAllowInvalid');
    return this.data.allowInvalid;
  }
  getHelpText(): string | null {
    this.g('getHelpText');
    return this.data.helpText;
  }
  copy(): DataValidationBuilder {
    this.g('copy');
    return new DataValidationBuilder(this.rt, structuredClone(this.data));
  }
}

export class DataValidationBuilder {
  private data: RuleData;

  constructor(
    private readonly rt: Runtime,
    data?: RuleData,
  ) {
    this.data = data ?? {
      type: 'VALUE_IN_LIST',
      values: [],
      allowInvalid: true,
      helpText: null,
    };
    this.empty = !data;
  }

  /** No criteria chosen yet: build() refuses, as Apps Script does. */
  private empty: boolean;

  private set(method: string, type: CriteriaType, values: unknown[]): this {
    this.rt.guard('DataValidationBuilder', method, 'free');
    this.data = {...this.data, type, values};
    this.empty = false;
    return this;
  }

  private date(method: string, d: unknown): Date {
    if (!isDate(d)) {
      throw this.rt.error(
        `The parameters (${typeof d}) don't match the method signature for SpreadsheetApp.DataValidationBuilder.${method}.`,
      );
    }
    return new Date(d.getTime());
  }

  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values)) {
      throw this.rt.error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.",
      );
    }
    return this.set('requireValueInList', 'VALUE_IN_LIST', [
      values.map(String),
      showDropdown,
    ]);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    // Stored as A1 text so the rule stays plain data.
    const ref =
      (range as {refText?: () => string}).refText?.() ?? String(range);
    return this.set('requireValueInRange', 'VALUE_IN_RANGE', [
      ref,
      showDropdown,
    ]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.set('requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', [
      start,
      end,
    ]);
  }
  requireNumberEqualTo(n: number): this {
    return this.set('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this.set('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set(
      'requireNumberGreaterThanOrEqualTo',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      [n],
    );
  }
  requireNumberLessThan(n: number): this {
    return this.set('requireNumberLessThan', 'NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set(
      'requireNumberLessThanOrEqualTo',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      [n],
    );
  }
  requireDate(): this {
    return this.set('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): this {
    return this.set('requireDateAfter', 'DATE_AFTER', [
      this.date('requireDateAfter', date),
    ]);
  }
  requireDateBefore(date: Date): this {
    return this.set('requireDateBefore', 'DATE_BEFORE', [
      this.date('requireDateBefore', date),
    ]);
  }
  requireDateOnOrAfter(date: Date): this {
    return this.set('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [
      this.date('requireDateOnOrAfter', date),
    ]);
  }
  requireDateOnOrBefore(date: Date): this {
    return this.set('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [
      this.date('requireDateOnOrBefore', date),
    ]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this.set('requireCheckbox', 'CHECKBOX', values);
  }
  requireTextIsEmail(): this {
    return this.set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.set('requireTextIsUrl', 'TEXT_IS_VALID_URL', []);
  }
  requireTextContains(text: string): this {
    return this.set('requireTextContains', 'TEXT_CONTAINS', [text]);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: CriteriaType, args: unknown[]): this {
    return this.set('withCriteria', criteria, [...args]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.rt.guard('DataValidationBuilder', 'setAllowInvalid', 'free');
    this.data = {...this.data, allowInvalid: Boolean(allowInvalidData)};
    return this;
  }
  setHelpText(helpText: string): this {
    this.rt.guard('DataValidationBuilder', 'setHelpText', 'free');
    this.data = {...this.data, helpText: String(helpText)};
    return this;
  }
  getCriteriaType(): CriteriaType {
    return this.data.type;
  }
  getCriteriaValues(): unknown[] {
    return structuredClone(this.data.values);
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }
  getHelpText(): string | null {
    return this.data.helpText;
  }
  build(): DataValidation {
    this.rt.guard('DataValidationBuilder', 'build', 'free');
    if (this.empty)
      throw this.rt.error(
        'You must specify a criteria type for the data validation rule.',
      );
    return new DataValidation(this.rt, structuredClone(this.data));
  }
}
