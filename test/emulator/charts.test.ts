/**
 * Embedded charts and gradient rules, as Google's reference pages describe them:
 * - Class EmbeddedChartBuilder (developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder):
 *   "Changes made to the chart are not saved until Sheet.updateChart(chart) is called on
 *   the rebuilt chart"; addRange, setChartType, setPosition, setOption, build.
 * - Class EmbeddedChart (…/spreadsheet/embedded-chart): getChartId "a stable identifier
 *   for the chart that is unique across the spreadsheet containing the chart or null if
 *   the chart is not in a spreadsheet"; modify(); getRanges(); getOptions().
 * - Class ContainerInfo (…/spreadsheet/container-info): anchor row and column 1-indexed,
 *   offsets in pixels.
 * - Class Sheet (…/spreadsheet/sheet): newChart, insertChart, updateChart, removeChart,
 *   getCharts.
 * - Class GradientCondition (…/spreadsheet/gradient-condition): "Each conditional format
 *   rule may contain a single gradient condition … three points (min, mid, and max)";
 *   ConditionalFormatRule.getBooleanCondition / getGradientCondition return null for the
 *   other kind.
 */
import {createEmulator, deserializeEmulator} from '../../emulator';

function setup() {
  const emu = createEmulator({now: '2025-03-05T02:00:00Z', scopes: 'all'});
  const {SpreadsheetApp, Charts} = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  sheet.getRange(1, 1, 3, 2).setValues([
    ['day', 'sales'],
    ['Mon', 3],
    ['Tue', 5],
  ]);
  return {emu, ss, sheet, Charts, SpreadsheetApp};
}

test('a chart built by newChart has no id until insertChart; inserted, getCharts gives it with its id, type, ranges and position (EmbeddedChart.getChartId; ContainerInfo)', () => {
  const {sheet, Charts} = setup();
  const built = sheet
    .newChart()
    .addRange(sheet.getRange(1, 1, 3, 2))
    .setChartType(Charts.ChartType.LINE)
    .setOption('title', 'Sales')
    .setPosition(5, 4, 10, 20)
    .build();
  expect(built.getChartId()).toBeNull();
  sheet.insertChart(built);
  const [chart] = sheet.getCharts();
  expect(chart.getChartId()).toEqual(expect.any(Number));
  expect(chart.getOptions().get('title')).toBe('Sales');
  expect(chart.getRanges().map(r => r.getA1Notation())).toEqual(['A1:B3']);
  const info = chart.getContainerInfo();
  expect([
    info.getAnchorRow(),
    info.getAnchorColumn(),
    info.getOffsetX(),
    info.getOffsetY(),
  ]).toEqual([5, 4, 10, 20]);
  expect(chart.modify().getChartType()).toBe('LINE');
});

test('modify() … build() changes nothing until updateChart, which keeps the id (EmbeddedChartBuilder: "not saved until Sheet.updateChart")', () => {
  const {sheet, Charts} = setup();
  sheet.insertChart(
    sheet
      .newChart()
      .addRange(sheet.getRange('A1:B3'))
      .setChartType(Charts.ChartType.COLUMN)
      .setOption('title', 'Old')
      .build(),
  );
  const [chart] = sheet.getCharts();
  const id = chart.getChartId();
  const rebuilt = chart.modify().setOption('title', 'New').build();
  expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Old');
  sheet.updateChart(rebuilt);
  const after = sheet.getCharts();
  expect(after).toHaveLength(1);
  expect(after[0].getChartId()).toBe(id);
  expect(after[0].getOptions().get('title')).toBe('New');
});

test('updateChart of a chart never inserted throws; ids are unique across the spreadsheet (EmbeddedChart.getChartId)', () => {
  const {ss, sheet, Charts} = setup();
  const other = ss.insertSheet('Other');
  const make = (s: typeof sheet) =>
    s
      .newChart()
      .addRange(sheet.getRange('A1:B3'))
      .setChartType(Charts.ChartType.PIE)
      .build();
  expect(() => sheet.updateChart(make(sheet))).toThrow(/not on this sheet/);
  sheet.insertChart(make(sheet));
  other.insertChart(make(other));
  const ids = [...sheet.getCharts(), ...other.getCharts()].map(c =>
    c.getChartId(),
  );
  expect(new Set(ids).size).toBe(2);
  // A chart of another sheet is not this sheet's to update.
  expect(() => sheet.updateChart(other.getCharts()[0])).toThrow(
    /not on this sheet/,
  );
});

test('the emulator refuses what the pages leave undefined: no chart type, no range, an anchor outside the sheet', () => {
  const {sheet, Charts} = setup();
  expect(() =>
    sheet.newChart().addRange(sheet.getRange('A1:B3')).build(),
  ).toThrow(/chart type/);
  expect(() =>
    sheet.insertChart(
      sheet.newChart().setChartType(Charts.ChartType.LINE).build(),
    ),
  ).toThrow(/data range/);
  expect(() => sheet.newChart().setPosition(0, 1, 0, 0)).toThrow(
    /outside the dimensions/,
  );
});

test('removeChart takes one chart; the others stay; charts are counted service calls', () => {
  const {emu, sheet, Charts} = setup();
  for (const title of ['a', 'b']) {
    sheet.insertChart(
      sheet
        .newChart()
        .addRange(sheet.getRange('A1:B3'))
        .setChartType(Charts.ChartType.BAR)
        .setOption('title', title)
        .build(),
    );
  }
  emu.calls.reset();
  sheet.removeChart(sheet.getCharts()[0]);
  expect(sheet.getCharts().map(c => c.getOptions().get('title'))).toEqual([
    'b',
  ]);
  expect(emu.calls.of('Sheet.removeChart')).toBe(1);
});

test('a killed execution loses the charts it inserted since its last flush (Spreadsheet service: batched writes)', () => {
  const {emu, sheet, Charts} = setup();
  emu.faults.killAt(c => c.cls === 'Sheet' && c.method === 'getCharts');
  expect(() =>
    emu.run(() => {
      sheet.insertChart(
        sheet
          .newChart()
          .addRange(sheet.getRange('A1:B3'))
          .setChartType(Charts.ChartType.LINE)
          .build(),
      );
      sheet.getCharts();
    }),
  ).toThrow(/Exceeded maximum execution time/);
  expect(emu.workbook.sheets[0].charts).toHaveLength(0);
});

test('charts survive serialising the emulator (the preview keeps its workbook in a file)', () => {
  const {emu, sheet, Charts} = setup();
  sheet.insertChart(
    sheet
      .newChart()
      .addRange(sheet.getRange('A1:B3'))
      .setChartType(Charts.ChartType.COLUMN)
      .setOption('title', 'kept')
      .build(),
  );
  const back = deserializeEmulator(emu.serialize());
  const [chart] = back.workbook.sheets[0].charts;
  expect(chart.type).toBe('COLUMN');
  expect(chart.options.title).toBe('kept');
  expect(back.workbook.nextChartId).toBe(emu.workbook.nextChartId);
});

test('a gradient rule has a min and a max colour; getBooleanCondition is null for it and getGradientCondition null for a boolean rule (GradientCondition; ConditionalFormatRule)', () => {
  const {sheet, SpreadsheetApp} = setup();
  const range = sheet.getRange('B2:B3');
  const gradient = SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpoint('#ffffff')
    .setGradientMaxpoint('#e67c73')
    .setRanges([range])
    .build();
  const bool = SpreadsheetApp.newConditionalFormatRule()
    .whenNumberGreaterThan(4)
    .setBackground('#ff0000')
    .setRanges([range])
    .build();
  sheet.setConditionalFormatRules([gradient, bool]);
  const [g, b] = sheet.getConditionalFormatRules();
  expect(g.getBooleanCondition()).toBeNull();
  const gc = g.getGradientCondition();
  expect(gc?.getMinColorObject()?.asRgbColor().asHexString()).toBe('#ffffff');
  expect(gc?.getMaxColorObject()?.asRgbColor().asHexString()).toBe('#e67c73');
  expect(gc?.getMaxType()).toBe('MAX');
  expect(b.getGradientCondition()).toBeNull();
  expect(b.getBooleanCondition()?.getCriteriaType()).toBe(
    'NUMBER_GREATER_THAN',
  );
  // Half a gradient: the page does not say what Sheets does, the emulator refuses.
  expect(() =>
    SpreadsheetApp.newConditionalFormatRule()
      .setGradientMaxpoint('#e67c73')
      .setRanges([range])
      .build(),
  ).toThrow(/minpoint and a maxpoint/);
});

test('Charts.ChartType has the types of the Enum ChartType page; setChartType takes only those (Enum ChartType, Charts service)', () => {
  const {sheet, Charts} = setup();
  expect(Object.keys(Charts.ChartType)).toEqual(
    expect.arrayContaining(['AREA', 'BAR', 'COLUMN', 'LINE', 'PIE', 'SCATTER']),
  );
  expect(() => sheet.newChart().setChartType('DONUT' as never)).toThrow(
    /don't match the method signature/,
  );
});
