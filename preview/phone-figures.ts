/**
 * Figures for the phone page (`npx tsx preview/phone-figures.ts`, after `npm run build`):
 * the page's weight, the time from opening /phone to a usable counter with 5,000
 * customers on the preview, and the SpreadsheetApp calls a sale from the phone costs.
 * Wall-clock figures are printed, never asserted.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import {startPreview} from './server';
import {launchChromium} from '../tools/chromium';
import {customers, putRows} from '../test/counter/shop';
import {CUSTOMERS} from '../src/sheets/schema';

const ROOT = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const html = fs.readFileSync(path.join(ROOT, 'dist-phone', 'sidebar.html'));
  console.log(
    `page weight: ${html.length} B, ${zlib.gzipSync(html, {level: 9}).length} B gzipped`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-phone-'));
  const p = await startPreview({
    port: 0,
    dataFile: path.join(dir, 'workbook.json'),
    fresh: true,
    locale: 'zh_CN',
    now: new Date('2026-03-10T06:00:00Z'),
  });
  putRows(p.emulator, CUSTOMERS, customers(5000));
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const ctx = await browser.newContext({
        viewport: {width: 390, height: 844},
        hasTouch: true,
        isMobile: true,
      });
      const page = await ctx.newPage();
      const t0 = Date.now();
      await page.goto(new URL('phone', p.url).href);
      await page.waitForSelector('body[data-ready="true"]', {
        state: 'attached',
        timeout: 60_000,
      });
      times.push(Date.now() - t0);
      await ctx.close();
    }
    console.log(
      `open to usable with 5,000 customers (390×844, touch): ${times.join(' / ')} ms`,
    );
    // One sale to an existing customer from the phone page, as its server sees it.
    const emu = p.emulator;
    const ctx = await browser.newContext({
      viewport: {width: 390, height: 844},
      hasTouch: true,
      isMobile: true,
    });
    const page = await ctx.newPage();
    await page.goto(new URL('phone', p.url).href);
    await page.waitForSelector('body[data-ready="true"]', {state: 'attached'});
    await page.fill('#q', '13000000000');
    await page.locator('button.result').first().tap();
    await page.waitForSelector('[data-role=card]');
    await page.fill('[data-input=items]', '豆浆');
    await page.fill('[data-input=amount]', '5');
    await page.locator('form.form-sale [data-role=save]').tap();
    await page.waitForSelector('form.form-sale .form-status.ok');
    console.log(
      `SpreadsheetApp calls for that sale (its execution): ${emu.calls.spreadsheet('execution')} ` +
        `(${JSON.stringify(emu.calls.byMethod('execution'))})`,
    );
    await ctx.close();
  } finally {
    await browser.close();
    await p.close();
  }
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
