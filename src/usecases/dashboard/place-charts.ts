/**
 * The dashboard's native charts, made once and then updated in place.
 *
 * How a run knows which charts are Shuke's: by id first. EmbeddedChart.getChartId is "a
 * stable identifier for the chart that is unique across the spreadsheet" (EmbeddedChart
 * reference), so the id of every chart Shuke inserts is kept in document properties
 * under the chart's name, and a chart with a remembered id is updated, wherever the owner
 * dragged it (its position is kept). A chart Shuke inserted but whose id it never got to
 * record (the run stopped between the insert and the save) is recognised by the place
 * and the data range Shuke gives it: anchored at exactly our cell over exactly our table.
 * Every other chart, on this tab or any other, is the owner's and is never touched.
 */
import {DashChart} from '../../domain/dashboard/layout';
import {KeyValueStore} from '../../services/properties';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export const CHART_IDS_KEY = 'shuke.dashboard.charts';

export interface ChartOutcome {
  inserted: string[];
  updated: string[];
}

function rememberedIds(store: KeyValueStore): Record<string, number> {
  try {
    const v = JSON.parse(store.get(CHART_IDS_KEY) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** "row,col|r,c,nr,nc;…": where a chart sits and what it draws, on the dashboard tab. */
function signatureOf(
  anchor: {row: number; col: number},
  boxes: ReadonlyArray<readonly number[]>,
): string {
  return `${anchor.row},${anchor.col}|${boxes.map(b => b.join(',')).join(';')}`;
}

function chartSignature(chart: EmbeddedChart, sheetId: number): string | null {
  const info = chart.getContainerInfo();
  const boxes: number[][] = [];
  for (const r of chart.getRanges()) {
    // A range on another tab is never one of ours.
    if (r.getSheet().getSheetId() !== sheetId) return null;
    boxes.push([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]);
  }
  return signatureOf(
    {row: info.getAnchorRow(), col: info.getAnchorColumn()},
    boxes,
  );
}

function describe(
  b: Builder,
  sheet: Sheet,
  spec: DashChart,
  place: boolean,
): Builder {
  b.clearRanges();
  for (const [r, c, nr, nc] of spec.ranges)
    b.addRange(sheet.getRange(r, c, nr, nc));
  b.setChartType(Charts.ChartType[spec.type]);
  b.setNumHeaders(1);
  for (const [k, v] of Object.entries(spec.options)) b.setOption(k, v);
  if (place) b.setPosition(spec.anchor.row, spec.anchor.col, 0, 0);
  return b;
}

export function placeCharts(
  sheet: Sheet,
  specs: readonly DashChart[],
  store: KeyValueStore,
): ChartOutcome {
  const ids = rememberedIds(store);
  const sheetId = sheet.getSheetId();
  const existing = sheet.getCharts();
  const byId = new Map<number, EmbeddedChart>();
  for (const c of existing) {
    const id = c.getChartId();
    if (id !== null) byId.set(id, c);
  }
  const out: ChartOutcome = {inserted: [], updated: []};
  const taken = new Set<EmbeddedChart>();
  let signatures: Map<string, EmbeddedChart> | null = null;
  const bySignature = () => {
    if (!signatures) {
      signatures = new Map();
      const ours = new Set(
        Object.values(ids)
          .map(id => byId.get(id))
          .filter(Boolean),
      );
      for (const c of existing) {
        if (ours.has(c)) continue;
        const s = chartSignature(c, sheetId);
        if (s) signatures.set(s, c);
      }
    }
    return signatures;
  };
  const fresh: DashChart[] = [];
  for (const spec of specs) {
    let chart =
      ids[spec.key] !== undefined ? byId.get(ids[spec.key]) : undefined;
    if (!chart) {
      chart = bySignature().get(signatureOf(spec.anchor, spec.ranges));
      if (chart) ids[spec.key] = chart.getChartId() as number;
    }
    if (chart && !taken.has(chart)) {
      taken.add(chart);
      // The owner may have moved or resized it: keep where it is.
      sheet.updateChart(describe(chart.modify(), sheet, spec, false).build());
      out.updated.push(spec.key);
    } else {
      sheet.insertChart(describe(sheet.newChart(), sheet, spec, true).build());
      out.inserted.push(spec.key);
      fresh.push(spec);
    }
  }
  if (fresh.length > 0) {
    // A built chart has no id until it is on the sheet: find the new ones by place.
    const known = new Set(Object.values(ids));
    const wanted = new Map(
      fresh.map(s => [signatureOf(s.anchor, s.ranges), s.key]),
    );
    for (const c of sheet.getCharts()) {
      const id = c.getChartId();
      if (id === null || known.has(id)) continue;
      const key = wanted.get(chartSignature(c, sheetId) ?? '');
      if (key) ids[key] = id;
    }
  }
  store.set(CHART_IDS_KEY, JSON.stringify(ids));
  return out;
}
