/**
 * The charts and heat maps of a tab as the preview draws them, read through the
 * Spreadsheet API like a script would: each chart's type, title and data (the ranges it
 * draws, joined column by column, the first column giving the labels), and the gradient
 * rules with their colours.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ChartColumn {
  header: string;
  /** Display values (labels). */
  labels: string[];
  /** Numbers where the cell holds one. */
  values: Array<number | null>;
}

export interface ChartSnapshot {
  type: string;
  title: string;
  anchorRow: number;
  anchorCol: number;
  columns: ChartColumn[];
  /** Data series (0 = the first column after the labels) drawn on the right axis. */
  rightAxis: number[];
  axisTitles: string[];
}

export interface HeatSnapshot {
  row: number;
  col: number;
  rows: number;
  cols: number;
  min: string;
  max: string;
}

function record(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
}

export function readCharts(sheet: Sheet): ChartSnapshot[] {
  return sheet.getCharts().map(chart => {
    const columns: ChartColumn[] = [];
    for (const range of chart.getRanges()) {
      const raw = range.getValues();
      const shown = range.getDisplayValues();
      for (let c = 0; c < range.getNumColumns(); c++) {
        columns.push({
          header: shown[0]?.[c] ?? '',
          labels: shown.slice(1).map(r => r[c]),
          values: raw
            .slice(1)
            .map(r => (typeof r[c] === 'number' ? (r[c] as number) : null)),
        });
      }
    }
    const options = chart.getOptions();
    const series = record(options.get('series'));
    const vAxes = record(options.get('vAxes'));
    const info = chart.getContainerInfo();
    return {
      type: String(chart.modify().getChartType()),
      title: String(options.get('title') ?? ''),
      anchorRow: info.getAnchorRow(),
      anchorCol: info.getAnchorColumn(),
      columns,
      rightAxis: Object.entries(series)
        .filter(([, s]) => record(s).targetAxisIndex === 1)
        .map(([i]) => Number(i)),
      axisTitles: [0, 1].map(i => String(record(vAxes[i]).title ?? '')),
    };
  });
}

export function readHeat(sheet: Sheet): HeatSnapshot[] {
  const out: HeatSnapshot[] = [];
  for (const rule of sheet.getConditionalFormatRules()) {
    const g = rule.getGradientCondition();
    if (!g) continue;
    const min = g.getMinColor() || '#ffffff';
    const max = g.getMaxColor() || '#e67c73';
    for (const r of rule.getRanges()) {
      out.push({
        row: r.getRow(),
        col: r.getColumn(),
        rows: r.getNumRows(),
        cols: r.getNumColumns(),
        min,
        max,
      });
    }
  }
  return out;
}
