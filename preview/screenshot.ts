/**
 * Takes the README's pictures of the preview: a fresh demo shop at a fixed time, in
 * Chromium through playwright-core, in each language of the book, and at phone width.
 *
 *   npm run build && npx tsx preview/screenshot.ts [out-dir]   (default docs/screenshots)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {Page} from 'playwright-core';
import {launchChromium} from '../tools/chromium';
import {startPreview} from './server';

interface Shot {
  file: string;
  locale: string;
  viewport: {width: number; height: number};
  /** The tab shown, by its position in the tab strip. */
  tab: number;
  /** Where the sheet is scrolled: to its last columns, or to a row. */
  scroll?: 'right' | {row: number};
  /** One day passes first: the daily reminder runs and an email lands in the outbox. */
  nextDay?: boolean;
}

const SHOTS: readonly Shot[] = [
  // The grade columns Shuke computes are the last ones: show them.
  {
    file: 'preview.png',
    locale: 'zh_CN',
    viewport: {width: 1680, height: 1000},
    tab: 0,
    scroll: 'right',
    nextDay: true,
  },
  // Notes running over the empty cells beside them, as in Sheets.
  {
    file: 'preview-zh-TW.png',
    locale: 'zh_TW',
    viewport: {width: 1440, height: 900},
    tab: 0,
  },
  // The Settings tab's checkboxes and its help running past the last column.
  {
    file: 'preview-en.png',
    locale: 'en_US',
    viewport: {width: 1440, height: 900},
    tab: 4,
    scroll: {row: 14},
  },
  {
    file: 'preview-zh-TW-390.png',
    locale: 'zh_TW',
    viewport: {width: 390, height: 844},
    tab: 1,
  },
];

async function arrange(page: Page, shot: Shot): Promise<void> {
  if (shot.nextDay) {
    const before = await page.locator('#now').textContent();
    await page.click('button[data-action="advance"][data-hours="24"]');
    await page.waitForFunction(
      b => document.querySelector('#now')?.textContent !== b,
      before,
    );
  }
  await page
    .locator('#workbook .tab')
    .nth(shot.tab)
    .evaluate(el => (el as HTMLElement).click());
  await page.waitForTimeout(300);
  await page.waitForSelector('#sidebar', {state: 'attached'});
  await page.evaluate(scroll => {
    window.scrollTo(0, 0);
    const sheet = document.querySelector('.sheet:not([hidden])');
    if (!sheet || !scroll) return;
    if (scroll === 'right') {
      sheet.scrollLeft = sheet.scrollWidth;
      return;
    }
    const row = sheet.querySelectorAll('tbody tr')[scroll.row - 1];
    const head = sheet.querySelector('thead')!.getBoundingClientRect().height;
    const frozen = Array.from(sheet.querySelectorAll('tr.frozen')).reduce(
      (h, tr) => h + tr.getBoundingClientRect().height,
      0,
    );
    if (row) {
      sheet.scrollTop = (row as HTMLElement).offsetTop - head - frozen - 2;
    }
  }, shot.scroll);
  await page.waitForTimeout(300);
}

async function main(): Promise<void> {
  const outDir = path.resolve(
    process.argv[2] ?? path.join(__dirname, '..', 'docs', 'screenshots'),
  );
  fs.mkdirSync(outDir, {recursive: true});
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-shot-'));
      const preview = await startPreview({
        port: 0,
        dataFile: path.join(dir, 'workbook.json'),
        fresh: true,
        locale: shot.locale,
        now: new Date('2026-11-24T11:30:00Z'),
      });
      try {
        const page = await browser.newPage({viewport: shot.viewport});
        await page.goto(preview.url);
        await arrange(page, shot);
        const out = path.join(outDir, shot.file);
        await page.screenshot({path: out, fullPage: false});
        console.log(`wrote ${path.relative(process.cwd(), out)}`);
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
