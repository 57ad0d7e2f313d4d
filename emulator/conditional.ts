/**
 * Conditional format rules: built, stored on the sheet and read back; not rendered here
 * (the preview colours gradient rules).
 * SpreadsheetApp.newConditionalFormatRule() → builder → Sheet.setConditionalFormatRules.
 *
 * A rule holds one condition: a boolean one (whenX) or a gradient (GradientCondition
 * reference: "Each conditional format rule may contain a single gradient condition …
 * defined by three points along a number scale (min, mid, and max)"); getBooleanCondition
 * and getGradientCondition return null for the other kind (ConditionalFormatRule
 * reference). A gradient without both ends is refused at build: the pages do not say
 * what Sheets makes of it.
 */
import {ConditionalRuleData} from './model';
import {Range} from './range';
import {Runtime} from './runtime';

export class ConditionalFormatRule {
  constructor(
    private readonly rt: Runtime,
    readonly data: ConditionalRuleData,
    private readonly rangeViews: Range[],
  ) {}

  getRanges(): Range[] {
    this.rt.guard('ConditionalFormatRule', 'getRanges', 'free');
    return [...this.rangeViews];
  }
  getBooleanCondition(): {
    getCriteriaType(): string;
    getCriteriaValues(): unknown[];
    getBackground(): string | null;
    getFontColor(): string | null;
    getBold(): boolean | null;
  } | null {
    this.rt.guard('ConditionalFormatRule', 'getBooleanCondition', 'free');
    const {condition, format} = this.data;
    if (condition.type === GRADIENT) return null;
    return {
      getCriteriaType: () => condition.type,
      getCriteriaValues: () => [...condition.values],
      getBackground: () => (format.background as string) ?? null,
      getFontColor: () => (format.fontColor as string) ?? null,
      getBold: () => (format.bold as boolean) ?? null,
    };
  }
  getGradientCondition(): {
    getMinColorObject(): {asRgbColor(): {asHexString(): string}} | null;
    getMidColorObject(): {asRgbColor(): {asHexString(): string}} | null;
    getMaxColorObject(): {asRgbColor(): {asHexString(): string}} | null;
    getMinColor(): string;
    getMidColor(): string;
    getMaxColor(): string;
    getMinType(): string | null;
    getMidType(): string | null;
    getMaxType(): string | null;
    getMinValue(): string;
    getMidValue(): string;
    getMaxValue(): string;
  } | null {
    this.rt.guard('ConditionalFormatRule', 'getGradientCondition', 'free');
    const {condition} = this.data;
    if (condition.type !== GRADIENT) return null;
    const points = condition.values as GradientPoint[];
    const at = (k: GradientPoint['at']) => points.find(p => p.at === k);
    const color = (k: GradientPoint['at']) => {
      const p = at(k);
      return p ? {asRgbColor: () => ({asHexString: () => p.color})} : null;
    };
    return {
      getMinColorObject: () => color('min'),
      getMidColorObject: () => color('mid'),
      getMaxColorObject: () => color('max'),
      // The older string getters (still in the reference, marked deprecated).
      getMinColor: () => at('min')?.color ?? '',
      getMidColor: () => at('mid')?.color ?? '',
      getMaxColor: () => at('max')?.color ?? '',
      getMinType: () => at('min')?.type ?? null,
      getMidType: () => at('mid')?.type ?? null,
      getMaxType: () => at('max')?.type ?? null,
      getMinValue: () => at('min')?.value ?? '',
      getMidValue: () => at('mid')?.value ?? '',
      getMaxValue: () => at('max')?.value ?? '',
    };
  }
  copy(): ConditionalFormatRuleBuilder {
    this.rt.guard('ConditionalFormatRule', 'copy', 'free');
    const b = new ConditionalFormatRuleBuilder(this.rt);
    b.load(this.data, this.rangeViews);
    return b;
  }
}

export const GRADIENT = 'GRADIENT';

/** One point of a gradient: its colour, and where it sits (type and value). */
export interface GradientPoint {
  at: 'min' | 'mid' | 'max';
  color: string;
  /** InterpolationType: MIN, MAX, NUMBER, PERCENT or PERCENTILE. */
  type: string;
  value: string;
}

export class ConditionalFormatRuleBuilder {
  private condition: ConditionalRuleData['condition'] | null = null;
  private format: Record<string, unknown> = {};
  private rangeViews: Range[] = [];

  constructor(private readonly rt: Runtime) {}

  load(data: ConditionalRuleData, ranges: Range[]): void {
    this.condition = structuredClone(data.condition);
    this.format = structuredClone(data.format);
    this.rangeViews = [...ranges];
  }

  private when(method: string, type: string, values: unknown[]): this {
    this.rt.guard('ConditionalFormatRuleBuilder', method, 'free');
    this.condition = {type, values};
    return this;
  }
  private fmt(method: string, key: string, value: unknown): this {
    this.rt.guard('ConditionalFormatRuleBuilder', method, 'free');
    this.format[key] = value;
    return this;
  }

  whenCellEmpty(): this {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string): this {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
  }
  whenTextStartsWith(text: string): this {
    return this.when('whenTextStartsWith', 'TEXT_STARTS_WITH', [text]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when(
      'whenNumberGreaterThanOrEqualTo',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      [n],
    );
  }
  whenNumberLessThan(n: number): this {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when(
      'whenNumberLessThanOrEqualTo',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      [n],
    );
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [a, b]);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [n]);
  }
  whenDateBefore(d: unknown): this {
    return this.when('whenDateBefore', 'DATE_BEFORE', [d]);
  }
  whenDateAfter(d: unknown): this {
    return this.when('whenDateAfter', 'DATE_AFTER', [d]);
  }
  private point(
    method: string,
    at: GradientPoint['at'],
    color: string,
    type: string,
    value: string,
  ): this {
    this.rt.guard('ConditionalFormatRuleBuilder', method, 'free');
    const points =
      this.condition?.type === GRADIENT
        ? (this.condition.values as GradientPoint[]).filter(p => p.at !== at)
        : [];
    points.push({at, color, type: String(type), value: String(value)});
    this.condition = {type: GRADIENT, values: points};
    return this;
  }
  setGradientMinpoint(color: string): this {
    return this.point('setGradientMinpoint', 'min', color, 'MIN', '');
  }
  setGradientMaxpoint(color: string): this {
    return this.point('setGradientMaxpoint', 'max', color, 'MAX', '');
  }
  setGradientMinpointWithValue(
    color: string,
    type: unknown,
    value: string,
  ): this {
    return this.point(
      'setGradientMinpointWithValue',
      'min',
      color,
      String(type),
      value,
    );
  }
  setGradientMidpointWithValue(
    color: string,
    type: unknown,
    value: string,
  ): this {
    return this.point(
      'setGradientMidpointWithValue',
      'mid',
      color,
      String(type),
      value,
    );
  }
  setGradientMaxpointWithValue(
    color: string,
    type: unknown,
    value: string,
  ): this {
    return this.point(
      'setGradientMaxpointWithValue',
      'max',
      color,
      String(type),
      value,
    );
  }
  setBackground(color: string | null): this {
    return this.fmt('setBackground', 'background', color);
  }
  setFontColor(color: string | null): this {
    return this.fmt('setFontColor', 'fontColor', color);
  }
  setBold(bold: boolean | null): this {
    return this.fmt('setBold', 'bold', bold);
  }
  setItalic(italic: boolean | null): this {
    return this.fmt('setItalic', 'italic', italic);
  }
  setStrikethrough(s: boolean | null): this {
    return this.fmt('setStrikethrough', 'strikethrough', s);
  }
  setRanges(ranges: Range[]): this {
    this.rt.guard('ConditionalFormatRuleBuilder', 'setRanges', 'free');
    this.rangeViews = [...ranges];
    return this;
  }
  getRanges(): Range[] {
    return [...this.rangeViews];
  }
  build(): ConditionalFormatRule {
    this.rt.guard('ConditionalFormatRuleBuilder', 'build', 'free');
    if (!this.condition)
      throw this.rt.error('A conditional format rule needs a condition.');
    if (this.condition.type === GRADIENT) {
      const at = new Set(
        (this.condition.values as GradientPoint[]).map(p => p.at),
      );
      if (!at.has('min') || !at.has('max'))
        throw this.rt.error('A gradient rule needs a minpoint and a maxpoint.');
    }
    const data: ConditionalRuleData = {
      ranges: this.rangeViews.map(r => {
        const b = r.box();
        return [b.row, b.col, b.rows, b.cols];
      }),
      condition: structuredClone(this.condition),
      format: structuredClone(this.format),
    };
    return new ConditionalFormatRule(this.rt, data, [...this.rangeViews]);
  }
}
