import {chromium} from 'playwright-core';
import {startPreview} from '../preview/server';
(async () => {
  const p = await startPreview({port: 0, dataFile: '/tmp/smoke-wb.json', fresh: true, locale: 'zh_CN'});
  const browser = await chromium.launch({executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync']});
  const page = await browser.newPage({viewport: {width: 300, height: 700}});
  page.on('console', m => console.log('console:', m.text()));
  page.on('pageerror', e => console.log('pageerror:', e.message));
  await page.goto(new URL('sidebar', p.url).href);
  await page.waitForSelector('body[data-ready="true"]', {timeout: 20000, state: 'attached'});
  await page.screenshot({path: '/tmp/s1.png'});
  await page.fill('#q', 'zs');
  await page.screenshot({path: '/tmp/s2.png'});
  await page.click('button.result >> nth=0');
  await page.waitForSelector('[data-role=card]');
  await page.screenshot({path: '/tmp/s3.png', fullPage: true});
  await browser.close();
  await p.close();
})().catch(e => { console.error(e); process.exit(1); });
