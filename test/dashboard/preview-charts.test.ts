/**
 * The preview draws the charts the script built: from the emulated sheet (type, ranges,
 * title, right-hand axis) to chart.js configurations on the page, the heat-map rule as
 * cell colours, and in Chromium every chart drawn.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {chartConfig, mix} from '../../preview/chart-config';
import {shootDashboard} from '../../preview/dashboard-shot';
import {renderWorkbook} from '../../preview/render';
import {readTabs} from '../../preview/snapshot';
import {buildDashboard} from '../../src/usecases/dashboard/build-dashboard';
import {documentProperties} from '../../src/services/properties';
import {newShop, putRows, SALES} from '../counter/shop';

const at = (iso: string, hhmm: string) => new Date(`${iso}T${hhmm}:00+08:00`);

test('the dashboard tab as the preview renders it: a chart.js configuration per chart, heat colours on the grid', () => {
  const {emu, uninstall} = newShop('zh_CN', '2025-06-15T04:00:00Z');
  try {
    emu.run(() => {
      putRows(emu, SALES, [
        {date: at('2025-06-15', '09:30'), items: '奶茶', amount: 10},
        {date: at('2025-06-15', '09:40'), items: '奶茶', amount: 10},
        {date: at('2025-06-14', '18:10'), items: '蛋挞', amount: 8},
      ]);
      buildDashboard(
        SpreadsheetApp.getActiveSpreadsheet(),
        emu.clock.now(),
        documentProperties(),
      );
    });
    const tabs = emu.run(() => readTabs(SpreadsheetApp.getActiveSpreadsheet()));
    const dash = tabs.find(t => t.name === '看板')!;
    expect(dash.charts.map(c => c.type)).toEqual([
      'LINE',
      'COLUMN',
      'BAR',
      'BAR',
      'PIE',
      'COLUMN',
      'LINE',
      'COLUMN',
    ]);
    const [days, , byCount] = dash.charts.map(chartConfig) as Array<{
      type: string;
      data: {
        labels: string[];
        datasets: Array<{label: string; data: unknown[]; yAxisID?: string}>;
      };
      options: {indexAxis: string};
    }>;
    // Visits on the right-hand axis, as the sheet's chart asks (series 2 and 3).
    expect(days.data.datasets.map(d => [d.label, d.yAxisID])).toEqual([
      ['销售额', 'y'],
      ['去年同期销售额', 'y'],
      ['来客', 'y1'],
      ['去年同期来客', 'y1'],
    ]);
    expect(days.data.datasets[0].data.at(-1)).toBe(20);
    // A horizontal bar chart of the items there are, not the blank padding rows.
    expect(byCount.type).toBe('bar');
    expect(byCount.options.indexAxis).toBe('y');
    expect(byCount.data.labels).toEqual(['奶茶', '蛋挞']);
    expect(byCount.data.datasets[0].data).toEqual([2, 1]);

    const html = renderWorkbook(
      {lang: 'zh-CN', tabs} as never,
      tabs.indexOf(dash),
    );
    expect(html.match(/<canvas /g)).toHaveLength(8);
    // Sunday 09:00 holds the most (2): the maximum colour; the empty hours the minimum.
    expect(html).toContain('background:#e67c73');
    expect(html).toContain('background:#ffffff');
    expect(html).toContain(`background:${mix('#ffffff', '#e67c73', 0.5)}`);
  } finally {
    uninstall();
  }
});

test('in Chromium the preview draws every chart of the dashboard (简体 and English)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-dash-test-'));
  const save = process.env.UPDATE_SCREENSHOTS === '1';
  const shots = path.join(__dirname, '../../docs/screenshots');
  try {
    for (const [locale, lang, tab, peak] of [
      ['zh_CN', 'zh-CN', '看板', '高峰时段'],
      ['en_US', 'en', 'Dashboard', 'Peak hours'],
    ]) {
      const out = path.join(save ? shots : dir, `dashboard-${lang}.png`);
      const r = await shootDashboard(locale, tab, out, undefined, {
        title: peak,
        out: path.join(save ? shots : dir, `dashboard-peak-${lang}.png`),
      });
      expect(r).toEqual({charts: 8, drawn: 8, errors: [], heat: 7 * 24});
      expect(fs.statSync(out).size).toBeGreaterThan(10_000);
    }
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}, 180_000);
