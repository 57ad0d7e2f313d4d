/**
 * Takes docs/screenshots/preview.png: the preview on a fresh demo shop at a fixed time,
 * in Debian's Chromium through playwright-core.
 *
 *   npm run build && npx tsx preview/screenshot.ts [out.png]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {launchChromium} from '../tools/chromium';
import {startPreview} from './server';

async function main(): Promise<void> {
  const out = path.resolve(
    process.argv[2] ??
      path.join(__dirname, '..', 'docs', 'screenshots', 'preview.png'),
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-shot-'));
  const preview = await startPreview({
    port: 0,
    dataFile: path.join(dir, 'workbook.json'),
    fresh: true,
    now: new Date('2026-11-24T11:30:00Z'),
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({
      viewport: {width: 1680, height: 1000},
    });
    await page.goto(preview.url);
    // One day passes: the daily reminder runs and an email lands in the outbox.
    const before = await page.locator('#now').textContent();
    await page.click('button[data-action="advance"][data-hours="24"]');
    await page.waitForFunction(
      b => document.querySelector('#now')?.textContent !== b,
      before,
    );
    await page.waitForTimeout(500);
    // The grade columns Shuke computes are the last ones: show them.
    await page.evaluate(() => {
      const sheet = document.querySelector('.sheet:not([hidden])');
      if (sheet) sheet.scrollLeft = sheet.scrollWidth;
    });
    fs.mkdirSync(path.dirname(out), {recursive: true});
    await page.screenshot({path: out, fullPage: false});
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    await browser.close();
    await preview.close();
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

if (require.main === module) {
  main().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
