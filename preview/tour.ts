/**
 * Pictures of every tab of the demo shop, the dashboard included, in each language of the
 * book and at three widths (a desktop, the desktop with the 300-px sidebar open, a phone at
 * 390 × 844), for looking the preview over by eye after a change.
 *
 *   npm run build && npx tsx preview/tour.ts [out-dir]   (default: /tmp/shuke-tour)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {launchChromium} from '../tools/chromium';
import {startPreview} from './server';

const LOCALES = ['zh_CN', 'zh_TW', 'en_US'] as const;

const VIEWS: ReadonlyArray<{
  name: string;
  width: number;
  height: number;
  sidebar: boolean;
}> = [
  {name: 'desktop', width: 1440, height: 900, sidebar: false},
  {name: 'sidebar', width: 1280, height: 800, sidebar: true},
  {name: 'phone', width: 390, height: 844, sidebar: true},
];

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? '/tmp/shuke-tour');
  fs.mkdirSync(out, {recursive: true});
  const browser = await launchChromium();
  try {
    for (const locale of LOCALES) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-tour-'));
      const preview = await startPreview({
        port: 0,
        dataFile: path.join(dir, 'workbook.json'),
        fresh: true,
        locale,
        now: new Date('2026-11-24T03:30:00Z'),
      });
      try {
        const page = await browser.newPage({
          viewport: {width: 1280, height: 800},
        });
        await page.goto(preview.url);
        await page.click(
          'button[data-action="menu"][data-fn="updateDashboard"]',
        );
        await page.waitForSelector('canvas[data-chart]', {state: 'attached'});
        for (const view of VIEWS) {
          await page.setViewportSize({width: view.width, height: view.height});
          await page.evaluate(open => {
            const side = document.getElementById('side')!;
            if (open) side.removeAttribute('data-closed');
            else side.setAttribute('data-closed', 'true');
          }, view.sidebar);
          const tabs = await page.locator('#workbook .tab').count();
          for (let i = 0; i < tabs; i++) {
            const tab = page.locator('#workbook .tab').nth(i);
            await tab.evaluate(el => (el as HTMLElement).click());
            await page.waitForTimeout(150);
            const file = path.join(out, `${locale}-${view.name}-${i}.png`);
            await page.screenshot({path: file});
          }
        }
        console.log(`${locale}: ${out}`);
        await page.close();
      } finally {
        await preview.close();
        fs.rmSync(dir, {recursive: true, force: true});
      }
    }
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
