/**
 * The Dashboard tab through the built bundle on the emulator: the tables as the owner
 * reads them, the native charts over them (updated in place on a second run, found again
 * after a run that died between inserting a chart and remembering it), and the owner's
 * own charts, cells and rules on the tab left alone. The daily run refreshes it.
 */
import {bundleShop, CUSTOMERS, putRows, SALES} from '../counter/shop';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {DASHBOARD_JOB} from '../../src/usecases/dashboard/dashboard-menu';
import {DAILY_JOBS} from '../../src/usecases/daily/job-list';
import {CHART_IDS_KEY} from '../../src/usecases/dashboard/place-charts';

type Emu = ReturnType<typeof bundleShop>['emu'];

const NOW = '2026-03-10T06:00:00Z'; // 14:00 in Shanghai, a Tuesday
const at = (iso: string, hhmm = '00:00') => new Date(`${iso}T${hhmm}:00+08:00`);

function shop(locale = 'zh_CN', sales = 3) {
  const s = bundleShop(locale, NOW);
  s.emu.run(() => {
    putRows(s.emu, CUSTOMERS, [
      {id: 'C1', name: '张三', phone: '13800138000'},
      {id: 'C2', name: '=HYPERLINK("x")', phone: '13900139000'},
    ]);
    const rows: Array<Record<string, unknown>> = [
      {
        date: at('2026-03-10', '12:30'),
        customer: 'C1',
        items: '奶茶 ×2、蛋挞',
        amount: 30,
      },
      {
        date: at('2026-03-09', '09:15'),
        customer: 'C2',
        items: "'=SUM(A1:A2)",
        amount: 10,
      },
      {
        date: at('2026-03-10', '13:00'),
        customer: 'C1',
        items: '奶茶',
        amount: 100,
        void: '已作废',
      },
    ];
    for (let i = rows.length; i < sales; i++) {
      rows.push({
        date: at('2026-02-01', '10:00'),
        customer: 'C1',
        items: '薯片',
        amount: 1,
      });
    }
    putRows(s.emu, SALES, rows);
    putRows(s.emu, FEEDBACK, [
      {
        date: at('2026-03-02'),
        customer: 'C1',
        type: '投诉',
        rating: 2,
        status: '已解决',
        resolvedOn: at('2026-03-05'),
      },
    ]);
  });
  return s;
}

function dashboard(emu: Emu, name = '看板') {
  const data = emu.workbook.sheets.find(s => s.name === name);
  if (!data) throw new Error(`no ${name}`);
  const sheet = emu.spreadsheet.getSheetByName(name)!;
  return {data, cells: sheet.getDataRange().getDisplayValues(), sheet};
}

/** The rows under the header whose first cell is `title`, until a blank first cell. */
function table(cells: string[][], title: string): string[][] {
  const i = cells.findIndex(r => r[0] === title);
  if (i < 0) throw new Error(`no table ${title}`);
  const out: string[][] = [];
  for (let r = i + 1; r < cells.length && cells[r][0] !== ''; r++)
    out.push(cells[r]);
  return out;
}

test("the tables, in the book's language, with money in its currency; voided sales left out; hostile text stays text", () => {
  const {emu, app} = shop();
  app.call('updateDashboard');
  const {cells, sheet} = dashboard(emu);
  expect(cells[0][0]).toBe('熟客看板');
  expect(cells[1][0]).toBe(
    '更新于 2026-03-10 14:00（Asia/Shanghai）· 金额：¥ · 已作废的销售不计',
  );
  const days = table(cells, '近 8 周每日销售与来客（去年同期：52 周前同一天）');
  expect(days[0]).toEqual(
    expect.arrayContaining(['日期', '销售额', '去年同期销售额', '来客']),
  );
  // The book's first sale is 2026-03-09: a year before is blank, not ¥0.00.
  expect(days.at(-1)!.slice(0, 5)).toEqual([
    '2026-03-10',
    '¥30.00',
    '',
    '1',
    '',
  ]);
  const byCount = table(cells, '畅销商品（近 30 天，按件数）');
  expect(byCount.slice(0, 4).map(r => r.slice(0, 4))).toEqual([
    ['商品', '件数', '之前 30 天', '变化'],
    ['奶茶', '2', '0', '+2'],
    ['=SUM(A1:A2)', '1', '0', '+1'],
    ['蛋挞', '1', '0', '+1'],
  ]);
  // A sale's amount shared by quantity (奶茶 ×2、蛋挞 of ¥30); the change signed as
  // the count's is.
  const byRevenue = table(
    cells,
    '畅销商品（近 30 天，按销售额；一笔多件时按件数分摊）',
  );
  expect(byRevenue.slice(0, 3).map(r => r.slice(0, 4))).toEqual([
    ['商品', '销售额', '之前 30 天', '变化'],
    ['奶茶', '¥20.00', '¥0.00', '+¥20.00'],
    ['=SUM(A1:A2)', '¥10.00', '¥0.00', '+¥10.00'],
  ]);
  // The item typed "=SUM(A1:A2)" is text on the dashboard, not a formula.
  const row = cells.findIndex(r => r[0] === '=SUM(A1:A2)') + 1;
  expect(sheet.getRange(row, 1).getFormula()).toBe('');
  const peak = table(cells, '高峰时段（近 8 周，按星期和小时的销售笔数）');
  expect(peak[2][0]).toBe('周二');
  expect(peak[2][13]).toBe('1'); // Tuesday, 12:00–13:00
  expect(peak[1][10]).toBe('1'); // Monday, 09:00–10:00
  const grades = table(cells, '客户等级');
  expect(grades.map(r => r.slice(0, 2))).toEqual([
    ['等级', '客户数'],
    ['A', '0'],
    ['B', '0'],
    ['C', '0'],
    ['D', '0'],
    ['E', '2'],
    ['未消费', '0'],
  ]);
  const sat = table(cells, '满意度（每月）');
  expect(sat.at(-1)![0]).toBe('目前未解决的投诉：0');
  expect(sat.at(-2)!.slice(0, 6)).toEqual([
    '2026-03',
    '2.00',
    '1',
    '1',
    '1',
    '3.0',
  ]);
});

test('native charts over the tables: type, title, ranges and place; a heat map on the peak-hours grid', () => {
  const {emu, app} = shop();
  app.call('updateDashboard');
  const {data, sheet} = dashboard(emu);
  expect(data.charts.map(c => [c.type, c.options.title])).toEqual([
    ['LINE', '每日销售额与来客'],
    ['COLUMN', '每月销售额'],
    ['BAR', '畅销商品（件数）'],
    ['BAR', '畅销商品（销售额）'],
    ['PIE', '客户等级'],
    ['COLUMN', '客户阶段'],
    ['LINE', '每月平均评分'],
    ['COLUMN', '每月投诉'],
  ]);
  // Each chart's first range starts at its table's header row.
  for (const c of data.charts) {
    const [, row, col] = c.ranges[0];
    expect(sheet.getRange(row, col).getDisplayValue()).toMatch(
      /^(日期|月份|商品|等级|阶段)$/,
    );
    expect(c.ranges.every(r => r[0] === data.id)).toBe(true);
  }
  const rules = sheet.getConditionalFormatRules();
  expect(rules).toHaveLength(1);
  const [grid] = rules[0].getRanges();
  expect([grid.getNumRows(), grid.getNumColumns()]).toEqual([7, 24]);
  expect(grid.offset(-1, -1, 1, 1).getDisplayValue()).toBe('星期');
  expect(
    rules[0]
      .getGradientCondition()
      ?.getMaxColorObject()
      ?.asRgbColor()
      .asHexString(),
  ).toBe('#e67c73');
});

test("a second run updates the same charts in place; the owner's chart, cells, rules and a chart they moved are kept", () => {
  const {emu, app} = shop();
  app.call('updateDashboard');
  const {data, sheet} = dashboard(emu);
  const ids = data.charts.map(c => c.id);
  // The owner adds a chart of their own on the dashboard tab, a note beside the tables,
  // a rule of their own, and drags our first chart elsewhere.
  emu.run(() => {
    const {Charts} = emu.globals;
    sheet.insertChart(
      sheet
        .newChart()
        .addRange(sheet.getRange('A6:B20'))
        .setChartType(Charts.ChartType.AREA)
        .setOption('title', 'my own')
        .setPosition(3, 20, 0, 0)
        .build(),
    );
    sheet.getRange('Z2').setValue('owner note');
    sheet.setConditionalFormatRules([
      ...sheet.getConditionalFormatRules(),
      emu.globals.SpreadsheetApp.newConditionalFormatRule()
        .whenCellNotEmpty()
        .setBackground('#ffff00')
        .setRanges([sheet.getRange('Z2')])
        .build(),
    ]);
    const mine = sheet.getCharts()[0];
    sheet.updateChart(mine.modify().setPosition(200, 2, 0, 0).build());
  });
  const owner = structuredClone(
    data.charts.find(c => c.options.title === 'my own'),
  );
  emu.clock.advance(86_400_000);
  app.call('updateDashboard');
  expect(data.charts).toHaveLength(9);
  expect(data.charts.slice(0, 8).map(c => c.id)).toEqual(ids);
  expect(data.charts.find(c => c.options.title === 'my own')).toEqual(owner);
  expect(data.charts[0].position.row).toBe(200);
  expect(sheet.getRange('Z2').getValue()).toBe('owner note');
  const rules = sheet.getConditionalFormatRules();
  expect(rules.map(r => (r.getGradientCondition() ? 'heat' : 'owner'))).toEqual(
    ['owner', 'heat'],
  );
  expect(sheet.getRange(2, 1).getDisplayValue()).toContain('2026-03-11');
});

test('a run that dies after inserting its charts but before remembering them: the next run finds them, no duplicates', () => {
  const {emu, app} = shop();
  emu.faults.killAt(c => c.cls === 'Properties' && c.method === 'setProperty', {
    keepUnflushed: 'all',
  });
  expect(() => app.call('updateDashboard')).toThrow(/Exceeded maximum/);
  const {data} = dashboard(emu);
  expect(data.charts).toHaveLength(8);
  expect(emu.properties.document[CHART_IDS_KEY]).toBeUndefined();
  app.call('updateDashboard');
  expect(data.charts).toHaveLength(8);
  expect(JSON.parse(emu.properties.document[CHART_IDS_KEY])).toEqual(
    Object.fromEntries(
      [
        'days',
        'months',
        'byCount',
        'byRevenue',
        'grades',
        'lifecycles',
        'rating',
        'complaints',
      ].map((k, i) => [k, data.charts[i].id]),
    ),
  );
});

test('an English book gets a Dashboard tab in English', () => {
  const {emu, app} = shop('en_US');
  app.call('updateDashboard');
  const {cells, data} = dashboard(emu, 'Dashboard');
  expect(cells[0][0]).toBe('Shuke dashboard');
  expect(table(cells, 'Customers by grade')[0].slice(0, 2)).toEqual([
    'Grade',
    'Customers',
  ]);
  expect(data.charts[2].options.title).toBe('Best sellers by count');
});

test('the daily run refreshes a dashboard the owner made, and makes none in a book without one', () => {
  expect(DAILY_JOBS).toContain(DASHBOARD_JOB);
  const {emu, app} = shop();
  const runJob = () => {
    const uninstall = emu.install();
    try {
      emu.run(() => {
        // What the job reads of its context (daily/jobs.ts).
        DASHBOARD_JOB.run({
          ss: SpreadsheetApp.getActiveSpreadsheet(),
          start: emu.clock.now(),
          read: undefined as never,
        } as never);
      });
    } finally {
      uninstall();
    }
  };
  runJob();
  expect(emu.workbook.sheets.some(s => s.name === '看板')).toBe(false);
  app.call('updateDashboard');
  emu.clock.advance(86_400_000);
  runJob();
  const {data, cells} = dashboard(emu);
  expect(data.charts).toHaveLength(8);
  expect(cells[1][0]).toContain('2026-03-11');
});

test('reads: one getValues per tab whatever the number of sales rows', () => {
  const counts = [3, 2000].map(n => {
    const {emu, app} = shop('zh_CN', n);
    app.call('updateDashboard');
    app.call('updateDashboard');
    return emu.calls.byMethod('execution');
  });
  expect(counts[0]).toEqual(counts[1]);
  // Customers, Sales, Feedback (header and body each) and Settings.
  expect(counts[0]['Range.getValues']).toBeLessThanOrEqual(7);
});
