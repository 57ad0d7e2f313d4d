/**
 * Where the dashboard's tables and charts go on the tab, and what each cell holds.
 *
 * Every table has a fixed place and a fixed size, whatever the shop's data (a top-10
 * list with 4 items is padded with blanks), so a run rewrites exactly the cells it wrote
 * before and nothing else of the tab: an owner's note beside a table survives, and each
 * chart's data range never moves. Charts float to the right of their table.
 */
import {dateOfDay, dayToIso} from '../dates';
import {Grade, GRADES} from '../grading';
import {fill, Lang, t} from '../i18n';
import {LIFECYCLE_LABELS, Lifecycle} from '../segments';
import {AT_RISK_SHOWN} from './customers';
import {DashboardFigures} from './figures';
import {DAYS_SHOWN} from './days';
import {firstDayOfMonth} from './calendar';
import {MONTHS_SHOWN} from './months';
import {MOVERS, TOP_ITEMS} from './items';
import {DASH} from './texts';

export type DashCell = string | number | Date;

export type DashChartType = 'LINE' | 'COLUMN' | 'BAR' | 'PIE';

/** [row, column, rows, columns], 1-based, on the dashboard tab. */
export type Box = [number, number, number, number];

export interface DashChart {
  /** Stable name: how a run finds the chart it made before. */
  key: string;
  type: DashChartType;
  /** Header row included (numHeaders 1); several ranges are joined column by column. */
  ranges: Box[];
  anchor: {row: number; col: number};
  options: Record<string, unknown>;
}

export interface DashBlock {
  key: string;
  row: number;
  col: number;
  /** Title row, header row, data rows: a rectangle, the same size on every run. */
  values: DashCell[][];
  /** Number format per column of the data rows (null: leave as is). */
  formats: Array<string | null>;
}

export interface DashboardLayout {
  blocks: DashBlock[];
  charts: DashChart[];
  /** The peak-hours grid's numbers, for the heat-map rule. */
  heat: Box;
  /** Rows and columns the tab needs. */
  rows: number;
  cols: number;
  /** Width in pixels of columns 1… the first time the tab is made. */
  widths: number[];
}

export interface LayoutContext {
  lang: Lang;
  tz: string;
  moneyFormat: string;
  /** "2026-11-30 08:00" as the owner reads it. */
  updatedAt: string;
  currency: string;
}

const TABLE_COL = 1;
/** Charts start here, right of the widest table but the peak grid. */
const CHART_COL = 8;
const CHART_ROWS = 16;
const CHART_W = 560;
const CHART_H = 300;
const FIRST_ROW = 5;
export const GRID_COLS = 25;

const DATE_FORMAT = 'yyyy-mm-dd';
const MONTH_FORMAT = 'yyyy-mm';

function pad(row: DashCell[], width: number): DashCell[] {
  return row.length >= width
    ? row
    : [...row, ...new Array<DashCell>(width - row.length).fill('')];
}

export function layoutDashboard(
  f: DashboardFigures,
  cx: LayoutContext,
): DashboardLayout {
  const {lang, tz} = cx;
  const L = (x: (typeof DASH)[keyof typeof DASH]) =>
    t(x as Parameters<typeof t>[0], lang);
  const money = cx.moneyFormat;
  const blocks: DashBlock[] = [];
  const charts: DashChart[] = [];
  let row = FIRST_ROW;

  /** Adds a table block; returns the row of its header. */
  const table = (
    key: string,
    title: string,
    header: string[],
    data: DashCell[][],
    size: number,
    formats: Array<string | null>,
    note = '',
    chartCount = 0,
  ): number => {
    const width = Math.max(header.length, 2);
    const rows = [
      pad([title], width),
      pad(header, width),
      ...data.map(r => pad(r, width)),
    ];
    while (rows.length < size + 2)
      rows.push(new Array<DashCell>(width).fill(''));
    rows.push(pad([note], width));
    blocks.push({key, row, col: TABLE_COL, values: rows, formats});
    const headerRow = row + 1;
    const height = Math.max(rows.length, chartCount > 0 ? CHART_ROWS : 0);
    row += height + 1;
    return headerRow;
  };
  const chart = (
    key: string,
    type: DashChartType,
    title: string,
    ranges: Box[],
    anchorRow: number,
    slot = 0,
    options: Record<string, unknown> = {},
  ) => {
    charts.push({
      key,
      type,
      ranges,
      anchor: {row: anchorRow, col: CHART_COL + slot * 8},
      options: {
        title,
        width: CHART_W,
        height: CHART_H,
        legend: {position: type === 'PIE' ? 'right' : 'bottom'},
        ...options,
      },
    });
  };

  // Sales by day: revenue lines on the left axis, visits on the right.
  const dayRows = f.days.map(d => [
    dateOfDay(d.day, tz),
    d.revenue,
    d.revenueLastYear ?? '',
    d.visits,
    d.visitsLastYear ?? '',
  ]);
  let h = table(
    'days',
    L(DASH.days),
    [
      L(DASH.date),
      L(DASH.revenue),
      L(DASH.revenueLastYear),
      L(DASH.visits),
      L(DASH.visitsLastYear),
    ],
    dayRows,
    DAYS_SHOWN,
    [DATE_FORMAT, money, money, '0', '0'],
    '',
    1,
  );
  chart(
    'days',
    'LINE',
    L(DASH.chartDays),
    [[h, 1, DAYS_SHOWN + 1, 5]],
    h - 1,
    0,
    {
      series: {2: {targetAxisIndex: 1}, 3: {targetAxisIndex: 1}},
      vAxes: {0: {title: L(DASH.revenue)}, 1: {title: L(DASH.visits)}},
    },
  );

  // By month, against the same month a year before.
  const monthRows = f.months.map(m => [
    dateOfDay(firstDayOfMonth(m.month), tz),
    m.revenue ?? '',
    m.revenueLastYear ?? '',
    m.visits ?? '',
    m.visitsLastYear ?? '',
  ]);
  h = table(
    'months',
    L(DASH.months),
    [
      L(DASH.month),
      L(DASH.revenue),
      L(DASH.revenueLastYear),
      L(DASH.visits),
      L(DASH.visitsLastYear),
    ],
    monthRows,
    MONTHS_SHOWN,
    [MONTH_FORMAT, money, money, '0', '0'],
    '',
    1,
  );
  chart(
    'months',
    'COLUMN',
    L(DASH.chartMonths),
    [[h, 1, MONTHS_SHOWN + 1, 3]],
    h - 1,
  );

  // Best sellers.
  const itemHeader = (now: string) => [
    L(DASH.item),
    now,
    L(DASH.before),
    L(DASH.change),
  ];
  h = table(
    'byCount',
    L(DASH.byCount),
    itemHeader(L(DASH.count)),
    f.byCount.map(r => [r.item, r.now, r.before, r.now - r.before]),
    TOP_ITEMS,
    [null, '0', '0', '+0;-0;0'],
    '',
    1,
  );
  chart(
    'byCount',
    'BAR',
    L(DASH.chartByCount),
    [[h, 1, TOP_ITEMS + 1, 3]],
    h - 1,
  );
  h = table(
    'byRevenue',
    L(DASH.byRevenue),
    itemHeader(L(DASH.revenue)),
    f.byRevenue.map(r => [
      r.item,
      r.now,
      r.before,
      Math.round((r.now - r.before) * 100) / 100,
    ]),
    TOP_ITEMS,
    // The change signed, as the count's is: "+¥78.67" reads as a rise at a glance.
    [null, money, money, `+${money};-${money};${money}`],
    '',
    1,
  );
  chart(
    'byRevenue',
    'BAR',
    L(DASH.chartByRevenue),
    [[h, 1, TOP_ITEMS + 1, 3]],
    h - 1,
  );
  const moverRows: DashCell[][] = [];
  for (let i = 0; i < MOVERS; i++) {
    const u = f.risers[i];
    const d = f.fallers[i];
    moverRows.push([
      u ? u.item : '',
      u ? u.now - u.before : '',
      d ? d.item : '',
      d ? d.now - d.before : '',
    ]);
  }
  table(
    'movers',
    L(DASH.movers),
    [L(DASH.up), L(DASH.change), L(DASH.down), L(DASH.change)],
    moverRows,
    MOVERS,
    [null, '+0;-0;0', null, '+0;-0;0'],
  );

  // Peak hours: a weekday × hour grid, coloured by a gradient rule (the heat map).
  const hours = Array.from({length: 24}, (_, i) => i);
  const gridRows = f.peak.map((counts, wd) => [
    t(DASH.weekdays[wd], lang),
    ...counts,
  ]);
  h = table(
    'peak',
    L(DASH.peak),
    [L(DASH.weekday), ...hours.map(String)],
    gridRows,
    7,
    [null, ...hours.map(() => '0')],
    f.untimed > 0 ? fill(L(DASH.untimed), {n: f.untimed}) : '',
  );
  const heat: Box = [h + 1, 2, 7, 24];

  // Customers.
  const gradeKeys: Array<Grade | 'none'> = [...GRADES, 'none'];
  h = table(
    'grades',
    L(DASH.grades),
    [L(DASH.grade), L(DASH.customers)],
    gradeKeys.map(g => [g === 'none' ? L(DASH.noPurchase) : g, f.grades[g]]),
    gradeKeys.length,
    [null, '0'],
    '',
    1,
  );
  chart(
    'grades',
    'PIE',
    L(DASH.chartGrades),
    [[h, 1, gradeKeys.length + 1, 2]],
    h - 1,
  );
  const stages: Lifecycle[] = ['potential', 'new', 'active', 'lapsed'];
  h = table(
    'lifecycles',
    L(DASH.lifecycles),
    [L(DASH.stage), L(DASH.customers)],
    stages.map(s => [t(LIFECYCLE_LABELS[s], lang), f.lifecycles[s]]),
    stages.length,
    [null, '0'],
    '',
    1,
  );
  chart(
    'lifecycles',
    'COLUMN',
    L(DASH.chartLifecycles),
    [[h, 1, stages.length + 1, 2]],
    h - 1,
  );
  table(
    'moved',
    L(DASH.moved),
    [
      L(DASH.movedUp),
      L(DASH.movedDown),
      L(DASH.movedSame),
      L(DASH.firstGraded),
    ],
    [[f.moved.up, f.moved.down, f.moved.same, f.moved.firstGraded]],
    1,
    ['0', '0', '0', '0'],
  );

  // At-risk regulars.
  table(
    'atRisk',
    L(DASH.atRisk),
    [
      L(DASH.name),
      L(DASH.phone),
      L(DASH.gradeThen),
      L(DASH.lastVisit),
      L(DASH.daysSince),
      L(DASH.spendYear),
    ],
    f.atRisk.map(r => [
      r.name,
      r.phone,
      r.gradeThen,
      dateOfDay(r.lastVisit, tz),
      r.daysSince,
      r.spendYear,
    ]),
    AT_RISK_SHOWN,
    [null, '@', null, DATE_FORMAT, '0', money],
    f.atRiskTotal > f.atRisk.length
      ? fill(L(DASH.atRiskMore), {n: f.atRiskTotal - f.atRisk.length})
      : '',
  );

  // Satisfaction by month.
  h = table(
    'satisfaction',
    L(DASH.satisfaction),
    [
      L(DASH.month),
      L(DASH.rating),
      L(DASH.ratings),
      L(DASH.opened),
      L(DASH.resolved),
      L(DASH.medianDays),
    ],
    f.satisfaction.map(s => [
      dateOfDay(firstDayOfMonth(s.month), tz),
      s.ratingAverage ?? '',
      s.ratings,
      s.complaintsOpened,
      s.complaintsResolved,
      s.medianDaysToResolve ?? '',
    ]),
    MONTHS_SHOWN,
    [MONTH_FORMAT, '0.00', '0', '0', '0', '0.0'],
    fill(L(DASH.openNow), {n: f.openComplaints}),
    1,
  );
  chart(
    'rating',
    'LINE',
    L(DASH.chartRating),
    [[h, 1, MONTHS_SHOWN + 1, 2]],
    h - 1,
    0,
    {vAxis: {viewWindow: {min: 1, max: 5}}},
  );
  chart(
    'complaints',
    'COLUMN',
    L(DASH.chartComplaints),
    [
      [h, 1, MONTHS_SHOWN + 1, 1],
      [h, 4, MONTHS_SHOWN + 1, 2],
    ],
    h - 1,
    1,
  );

  // The head: what this tab is, when it was made, and rows that were left out.
  blocks.unshift({
    key: 'head',
    row: 1,
    col: 1,
    values: [
      [L(DASH.title)],
      [
        fill(L(DASH.updated), {
          when: cx.updatedAt,
          tz,
          currency: cx.currency || '—',
        }),
      ],
      [L(DASH.ownNote)],
      [
        [
          f.unreadDates > 0 ? fill(L(DASH.unread), {n: f.unreadDates}) : '',
          f.compactedBefore === null
            ? ''
            : fill(L(DASH.compacted), {date: dayToIso(f.compactedBefore)}),
        ]
          .filter(Boolean)
          .join(' '),
      ],
    ],
    formats: [null],
  });

  return {
    blocks,
    charts,
    heat,
    rows: row,
    cols: Math.max(GRID_COLS, CHART_COL + 16),
    widths: [96, 96, 96, 96, 96, 96],
  };
}
