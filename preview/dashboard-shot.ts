/**
 * Takes docs/screenshots/dashboard-<lang>.png: the demo shop's Dashboard tab after the
 * menu's "更新看板 / Update dashboard", its native charts drawn by the preview from the
 * emulated sheet, and the top of its tables.
 *
 *   npm run build && npx tsx preview/dashboard-shot.ts
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {launchChromium} from '../tools/chromium';
import {startPreview} from './server';

const LOCALES: ReadonlyArray<[string, string, string, string]> = [
  ['zh_CN', 'zh-CN', '看板', '高峰时段'],
  ['en_US', 'en', 'Dashboard', 'Peak hours'],
];

export async function shootDashboard(
  locale: string,
  tabName: string,
  out: string,
  viewport = {width: 1200, height: 900},
  /** Also a picture of the peak-hours grid: its title cell's text, and where to save. */
  heat?: {title: string; out: string},
): Promise<{charts: number; drawn: number; errors: string[]; heat: number}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-dash-'));
  const preview = await startPreview({
    port: 0,
    dataFile: path.join(dir, 'workbook.json'),
    fresh: true,
    locale,
    now: new Date('2026-11-24T11:30:00Z'),
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({viewport});
    await page.goto(preview.url);
    await page.click('button[data-action="menu"][data-fn="updateDashboard"]');
    const tab = page.locator('#workbook .tab', {hasText: tabName});
    await tab.waitFor();
    // The tab strip may run under the sidebar: click it as a script would.
    await tab.evaluate(el => (el as HTMLElement).click());
    const panel = page.locator('#workbook .sheet:not([hidden])');
    await panel.locator('canvas[data-drawn]').first().waitFor();
    // The sidebar is not what this picture is about: the workbook takes the width, and
    // the page its full height.
    await page.addStyleTag({
      content:
        '#side,#outbox{display:none!important}.layout{display:block!important}' +
        '#workbook{height:auto!important;max-height:none!important;overflow:visible!important}' +
        '#workbook .sheet{overflow:visible!important;max-height:none!important}',
    });
    await page.waitForTimeout(200);
    const result = await panel.evaluate(p => {
      const canvases = Array.from(p.querySelectorAll('canvas[data-chart]'));
      return {
        charts: canvases.length,
        // A drawn canvas has pixels that are not transparent.
        drawn: canvases.filter(c => {
          const cv = c as HTMLCanvasElement;
          const data = cv
            .getContext('2d')!
            .getImageData(0, 0, cv.width, cv.height).data;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
          return false;
        }).length,
        errors: canvases
          .map(c => c.getAttribute('data-error') ?? '')
          .filter(Boolean),
      };
    });
    fs.mkdirSync(path.dirname(out), {recursive: true});
    let heatCells = 0;
    if (heat) {
      const rows = panel.locator('tr', {
        has: page.locator('td', {hasText: heat.title}),
      });
      const first = await rows.first().boundingBox();
      heatCells = await panel.locator('td[style*="background"]').count();
      await page.screenshot({
        path: heat.out,
        fullPage: true,
        clip: {
          x: first!.x,
          y: first!.y,
          width: first!.width,
          height: 11 * first!.height,
        },
      });
    }
    // The charts and the first tables under them; the tab goes on for ~190 rows.
    const box = await page.locator('#workbook').boundingBox();
    await page.screenshot({
      path: out,
      fullPage: true,
      clip: {
        x: box!.x,
        y: box!.y,
        width: box!.width,
        height: Math.min(box!.height, 1900),
      },
    });
    return {...result, heat: heatCells};
  } finally {
    await browser.close();
    await preview.close();
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

async function main(): Promise<void> {
  const shots = path.join(__dirname, '..', 'docs', 'screenshots');
  for (const [locale, lang, tab, peak] of LOCALES) {
    const out = path.join(shots, `dashboard-${lang}.png`);
    const r = await shootDashboard(locale, tab, out, undefined, {
      title: peak,
      out: path.join(shots, `dashboard-peak-${lang}.png`),
    });
    console.log(`wrote ${path.relative(process.cwd(), out)}`, r);
  }
}

if (require.main === module) {
  main().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
