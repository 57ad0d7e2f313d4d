/**
 * Embedded charts: Sheet.newChart() → EmbeddedChartBuilder → Sheet.insertChart, read back
 * with Sheet.getCharts(), changed with chart.modify() … build() → Sheet.updateChart.
 * Modelled as data (type, ranges, position, options) so tests can check what a script
 * built and the preview can draw it; nothing is rendered here.
 *
 * Rules, from Google's reference pages:
 * - EmbeddedChartBuilder: "Changes made to the chart are not saved until
 *   Sheet.updateChart(chart) is called on the rebuilt chart" — a built chart is a copy.
 * - EmbeddedChart.getChartId: "a stable identifier for the chart that is unique across the
 *   spreadsheet containing the chart or null if the chart is not in a spreadsheet" — a
 *   chart built by newChart() has none until inserted; modify() keeps it.
 * - ContainerInfo: anchor row and column are 1-indexed, offsets in pixels.
 * Where the pages are silent (a chart without a type or ranges, updating a chart that is
 * not on the sheet), the emulator refuses, so the product never relies on a default.
 */
import {Range} from './range';
import {Runtime} from './runtime';
import {SheetData, Workbook} from './model';

/** Charts.ChartType, as strings (Apps Script's enum prints as its name). */
export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** [sheet id, row, column, rows, columns] of one data range. */
export type ChartRange = [number, number, number, number, number];

export interface ChartData {
  id: number;
  type: ChartType;
  ranges: ChartRange[];
  position: {row: number; col: number; offsetX: number; offsetY: number};
  options: Record<string, unknown>;
  /** -1: Sheets guesses the header rows. */
  numHeaders: number;
  transpose: boolean;
}

export class ChartsService {
  readonly ChartType: Readonly<Record<ChartType, ChartType>>;
  constructor() {
    this.ChartType = Object.fromEntries(CHART_TYPES.map(t => [t, t])) as Record<
      ChartType,
      ChartType
    >;
  }
}

/** What a chart view needs from the emulator around it. */
export interface ChartHost {
  rt: Runtime;
  wb: Workbook;
  rangeOf(r: ChartRange): Range;
}

export class EmbeddedChart {
  constructor(
    private readonly host: ChartHost,
    /** A copy: changing the sheet's chart takes updateChart. */
    readonly data: ChartData,
    /** False until inserted: getChartId is null (not a service call). */
    readonly inserted: boolean,
  ) {}

  private g(method: string): void {
    this.host.rt.guard('EmbeddedChart', method, 'free');
  }
  getChartId(): number | null {
    this.g('getChartId');
    return this.inserted ? this.data.id : null;
  }
  getRanges(): Range[] {
    this.g('getRanges');
    return this.data.ranges.map(r => this.host.rangeOf(r));
  }
  getOptions(): {get(option: string): unknown} {
    this.g('getOptions');
    const options = structuredClone(this.data.options);
    return {get: (o: string) => options[o] ?? null};
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    this.g('getContainerInfo');
    const p = {...this.data.position};
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.col,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  getNumHeaders(): number {
    this.g('getNumHeaders');
    return this.data.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    this.g('getTransposeRowsAndColumns');
    return this.data.transpose;
  }
  modify(): EmbeddedChartBuilder {
    this.g('modify');
    return new EmbeddedChartBuilder(
      this.host,
      structuredClone(this.data),
      this.inserted,
    );
  }
}

export class EmbeddedChartBuilder {
  constructor(
    private readonly host: ChartHost,
    private readonly data: ChartData | Omit<ChartData, 'type'>,
    private readonly inserted: boolean,
    private type: ChartType | null = 'type' in data ? data.type : null,
  ) {}

  private g(method: string): this {
    this.host.rt.guard('EmbeddedChartBuilder', method, 'free');
    return this;
  }
  addRange(range: Range): this {
    this.g('addRange');
    const b = range.box();
    this.data.ranges.push([b.sheet.id, b.row, b.col, b.rows, b.cols]);
    return this;
  }
  removeRange(range: Range): this {
    this.g('removeRange');
    const b = range.box();
    this.data.ranges = this.data.ranges.filter(
      r =>
        !(
          r[0] === b.sheet.id &&
          r[1] === b.row &&
          r[2] === b.col &&
          r[3] === b.rows &&
          r[4] === b.cols
        ),
    );
    return this;
  }
  clearRanges(): this {
    this.g('clearRanges');
    this.data.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    this.g('getRanges');
    return this.data.ranges.map(r => this.host.rangeOf(r));
  }
  setChartType(type: unknown): this {
    this.g('setChartType');
    const name = String(type) as ChartType;
    if (!CHART_TYPES.includes(name)) {
      throw this.host.rt.error(
        `The parameters (${typeof type}) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.`,
      );
    }
    this.type = name;
    return this;
  }
  getChartType(): ChartType | null {
    this.g('getChartType');
    return this.type;
  }
  asLineChart(): this {
    return this.g('asLineChart').typed('LINE');
  }
  asColumnChart(): this {
    return this.g('asColumnChart').typed('COLUMN');
  }
  asBarChart(): this {
    return this.g('asBarChart').typed('BAR');
  }
  asPieChart(): this {
    return this.g('asPieChart').typed('PIE');
  }
  asAreaChart(): this {
    return this.g('asAreaChart').typed('AREA');
  }
  private typed(t: ChartType): this {
    this.type = t;
    return this;
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): this {
    this.g('setPosition');
    for (const v of [anchorRowPos, anchorColPos, offsetX, offsetY]) {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw this.host.rt.error(
          "The parameters don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setPosition.",
        );
      }
    }
    if (anchorRowPos < 1 || anchorColPos < 1) {
      throw this.host.rt.error(
        'The coordinates of the range are outside the dimensions of the sheet.',
      );
    }
    this.data.position = {
      row: Math.floor(anchorRowPos),
      col: Math.floor(anchorColPos),
      offsetX: Math.floor(offsetX),
      offsetY: Math.floor(offsetY),
    };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.g('setOption');
    // Options are kept as given (JSON-like): a Date or function would not survive.
    this.data.options[option] = structuredClone(value);
    return this;
  }
  setNumHeaders(headers: number): this {
    this.g('setNumHeaders');
    this.data.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.g('setTransposeRowsAndColumns');
    this.data.transpose = transpose;
    return this;
  }
  build(): EmbeddedChart {
    this.g('build');
    if (!this.type) {
      throw this.host.rt.error(
        'A chart needs a chart type (setChartType) before it is built.',
      );
    }
    return new EmbeddedChart(
      this.host,
      structuredClone({...this.data, type: this.type}),
      this.inserted,
    );
  }
}

/** A builder for a new chart on `sheet` (Sheet.newChart). */
export function newChartBuilder(
  host: ChartHost,
  sheet: SheetData,
): EmbeddedChartBuilder {
  void sheet;
  return new EmbeddedChartBuilder(
    host,
    {
      id: -1,
      ranges: [],
      position: {row: 1, col: 1, offsetX: 0, offsetY: 0},
      options: {},
      numHeaders: -1,
      transpose: false,
    },
    false,
  );
}

function checkRanges(host: ChartHost, chart: EmbeddedChart): void {
  if (chart.data.ranges.length === 0) {
    throw host.rt.error('A chart needs at least one data range (addRange).');
  }
  for (const [id] of chart.data.ranges) {
    if (!host.wb.sheets.some(s => s.id === id)) {
      throw host.rt.error('The chart refers to a sheet that no longer exists.');
    }
  }
}

/** Sheet.insertChart: the chart gets its id, unique across the spreadsheet. */
export function insertChart(
  host: ChartHost,
  sheet: SheetData,
  chart: EmbeddedChart,
): void {
  checkRanges(host, chart);
  const data = structuredClone(chart.data);
  data.id = host.wb.nextChartId++;
  sheet.charts.push(data);
}

/** Sheet.updateChart: replaces the chart of the same id on this sheet. */
export function updateChart(
  host: ChartHost,
  sheet: SheetData,
  chart: EmbeddedChart,
): void {
  const id = chart.inserted ? chart.data.id : null;
  const i = id === null ? -1 : sheet.charts.findIndex(c => c.id === id);
  if (i < 0) {
    throw host.rt.error(
      'The chart is not on this sheet: insert it with insertChart first.',
    );
  }
  checkRanges(host, chart);
  sheet.charts[i] = structuredClone(chart.data);
}

export function removeChart(
  host: ChartHost,
  sheet: SheetData,
  chart: EmbeddedChart,
): void {
  const id = chart.inserted ? chart.data.id : null;
  const i = id === null ? -1 : sheet.charts.findIndex(c => c.id === id);
  if (i < 0) throw host.rt.error('The chart is not on this sheet.');
  sheet.charts.splice(i, 1);
}

export function chartsOf(host: ChartHost, sheet: SheetData): EmbeddedChart[] {
  return sheet.charts.map(
    d => new EmbeddedChart(host, structuredClone(d), true),
  );
}
