/**
 * A chart of the emulated sheet as a Chart.js configuration (the preview page draws it
 * with chart.js from node_modules; nothing of this reaches dist/Code.js). Sheets' chart
 * types map to Chart.js's: LINE → line, COLUMN → bar, BAR → horizontal bar, PIE → pie,
 * AREA → filled line. Rows without a label (a padded top-10 list) are left out.
 */
import {ChartSnapshot} from './chart-snapshot';

/** Google Sheets' default series colours. */
const PALETTE = [
  '#4285f4',
  '#db4437',
  '#f4b400',
  '#0f9d58',
  '#ab47bc',
  '#00acc1',
  '#ff7043',
];

export function chartConfig(c: ChartSnapshot): Record<string, unknown> {
  const [labelCol, ...series] = c.columns;
  const keep = (labelCol?.labels ?? []).map(l => l !== '');
  const labels = (labelCol?.labels ?? []).filter((_, i) => keep[i]);
  const pie = c.type === 'PIE';
  const type = pie
    ? 'pie'
    : c.type === 'LINE' || c.type === 'AREA'
      ? 'line'
      : 'bar';
  const right = new Set(c.rightAxis);
  const datasets = series.map((s, i) => {
    const colour = PALETTE[i % PALETTE.length];
    return {
      label: s.header,
      // A blank cell is a gap in a line (a month without ratings), not a zero.
      data: s.values.filter((_, j) => keep[j]).map(v => (pie ? (v ?? 0) : v)),
      backgroundColor: pie
        ? labels.map((_, j) => PALETTE[j % PALETTE.length])
        : colour,
      borderColor: pie ? '#ffffff' : colour,
      borderWidth: pie ? 1 : 2,
      pointRadius: type === 'line' ? 1.5 : undefined,
      fill: c.type === 'AREA',
      yAxisID: pie ? undefined : right.has(i) ? 'y1' : 'y',
    };
  });
  const scales: Record<string, unknown> = {};
  if (!pie) {
    const horizontal = c.type === 'BAR';
    scales.y = {
      beginAtZero: true,
      title: {display: !!c.axisTitles[0], text: c.axisTitles[0]},
    };
    if (right.size > 0) {
      scales.y1 = {
        position: 'right',
        beginAtZero: true,
        grid: {drawOnChartArea: false},
        title: {display: !!c.axisTitles[1], text: c.axisTitles[1]},
      };
    }
    if (horizontal) {
      scales.x = {beginAtZero: true};
      delete scales.y1;
      (scales.y as Record<string, unknown>).beginAtZero = undefined;
      datasets.forEach(d => (d.yAxisID = undefined));
    }
  }
  return {
    type,
    data: {labels, datasets},
    options: {
      responsive: false,
      animation: false,
      indexAxis: c.type === 'BAR' ? 'y' : 'x',
      plugins: {
        title: {display: !!c.title, text: c.title, font: {size: 14}},
        legend: {position: pie ? 'right' : 'bottom'},
      },
      scales,
    },
  };
}

/** '#rrggbb' between two colours, t in [0, 1]. */
export function mix(a: string, b: string, t: number): string {
  const p = (h: string) => [1, 3, 5].map(i => parseInt(h.slice(i, i + 2), 16));
  const [x, y] = [p(a), p(b)];
  return `#${x
    .map((v, i) =>
      Math.round(v + (y[i] - v) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
