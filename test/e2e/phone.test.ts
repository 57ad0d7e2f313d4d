/**
 * The phone page as a vendor uses it at the stall: Chromium at 390×844 with touch, the
 * page served by the preview's /phone (the phone project's doGet on the emulator's web
 * app), google.script.run reaching the built Code.js. Checks read the emulator's book.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Browser, BrowserContext, Page} from 'playwright-core';
import {SALES} from '../../src/sheets/schema-sales';
import {launchChromium} from '../../tools/chromium';
import {DEMO_OWNER_EMAIL} from '../../preview/demo-book';
import {Preview, preview, putRows, rowsOf, SHOTS} from './counter-helpers';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-10T06:00:00Z');
const PHONE = {
  viewport: {width: 390, height: 844},
  deviceScaleFactor: 2,
  hasTouch: true,
  isMobile: true,
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openPhone(
  p: Preview,
  query = '',
): Promise<{ctx: BrowserContext; page: Page; errors: string[]}> {
  const ctx = await browser.newContext(PHONE);
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(e.message));
  await page.goto(new URL(`phone${query}`, p.url).href);
  return {ctx, page, errors};
}

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]', {
    state: 'attached',
    timeout: 30_000,
  });
}

function salesOf(p: Preview, note: string) {
  return rowsOf(p, SALES).filter(r => r.note === note);
}

async function openCard(page: Page, q: string) {
  await page.fill('#q', q);
  await page.locator('button.result').first().tap();
  await page.waitForSelector('[data-role=card]');
}

async function sellTo(page: Page, q: string, amount: string, note: string) {
  await openCard(page, q);
  await sell(page, amount, note);
}

async function sell(page: Page, amount: string, note: string) {
  await page.fill('[data-input=items]', '豆浆');
  await page.fill('[data-input=amount]', amount);
  await page.fill('[data-input=note]', note);
  await page.locator('form.form-sale [data-role=save]').tap();
  await page.waitForSelector('form.form-sale .form-status.ok');
}

/** Back to the counter's home, where the till button is. */
async function home(page: Page): Promise<void> {
  await page.fill('#q', ' ');
  await page.fill('#q', '');
  await page.waitForSelector('[data-role=new-customer]');
}

async function openTill(page: Page): Promise<void> {
  await home(page);
  await page.locator('[data-role=till]').tap();
  await page.waitForSelector('[data-role=till-figures] [data-role=today]');
}

/** Today's count and total as the till shows them. */
async function today(page: Page): Promise<{count: number; total: number}> {
  const n = async (role: string) =>
    Number(
      (
        (await page.textContent(`[data-role=today] [data-role=${role}]`)) ?? ''
      ).replace(/[^\d.]/g, ''),
    );
  return {count: await n('count'), total: await n('total')};
}

/** Voids the sale logged with this note from the till: two taps, as the owner does. */
async function voidFromTill(page: Page, p: Preview, note: string) {
  const requestId = String(salesOf(p, note)[0].requestId);
  expect(requestId).not.toBe('');
  const row = page.locator(
    `[data-role=recent] li[data-request="${requestId}"]`,
  );
  await row.locator('[data-role=void]').tap();
  expect(await row.locator('[data-role=void]').getAttribute('data-armed')).toBe(
    'true',
  );
  // One tap only arms the button: nothing is written yet.
  expect(salesOf(p, note)[0].void).toBe('');
  await row.locator('[data-role=void]').tap();
  await page.waitForSelector(
    `[data-role=recent] li.voided[data-request="${requestId}"] [data-role=mark]`,
  );
  await page.waitForSelector('[data-role=today] .muted.small');
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, {recursive: true});
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.getElementById('toast')?.classList.remove('on');
  });
  await page.waitForTimeout(200);
  await page.screenshot({path: path.join(SHOTS, `phone-${name}.png`)});
}

describe('the phone page in 简体中文', () => {
  let p: Preview;
  beforeAll(async () => {
    p = await preview('zh_CN', NOW);
  });
  afterAll(async () => {
    await p?.close();
  });

  it('fits a phone: viewport tag, no horizontal scrolling, thumb-sized targets, number keypads', async () => {
    const {ctx, page, errors} = await openPhone(p);
    await ready(page);
    const viewport = await page.getAttribute('meta[name=viewport]', 'content');
    expect(viewport).toContain('width=device-width');
    await page.fill('#q', '1');
    await page.locator('button.result').first().tap();
    await page.waitForSelector('[data-role=card]');
    const layout = await page.evaluate(() => {
      const small = Array.from(document.querySelectorAll('button, input'))
        .filter(el => (el as HTMLElement).offsetParent !== null)
        .map(el => ({el, r: el.getBoundingClientRect()}))
        .filter(({r}) => r.height < 44)
        .map(({el}) => el.outerHTML.slice(0, 80));
      return {
        scroll: document.documentElement.scrollWidth,
        width: window.innerWidth,
        small,
        amount: document
          .querySelector('[data-input=amount]')
          ?.getAttribute('inputmode'),
      };
    });
    expect(layout.scroll).toBeLessThanOrEqual(layout.width);
    expect(layout.small).toEqual([]);
    expect(layout.amount).toBe('decimal');
    await shot(page, 'zh-CN-card');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('finds a customer and logs a sale into Sales', async () => {
    const {ctx, page, errors} = await openPhone(p);
    await ready(page);
    await sellTo(page, '1', '12', 'phone-sale-1');
    const rows = salesOf(p, 'phone-sale-1');
    expect(rows).toHaveLength(1);
    expect(rows[0].amount).toBe(12);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('shows the sale in today’s till, voids it there with two taps, and the till no longer counts it', async () => {
    const {ctx, page, errors} = await openPhone(p);
    await ready(page);
    await openTill(page);
    const before = await today(page);
    await sellTo(page, '1', '16.5', 'phone-till-1');
    await openTill(page);
    expect(await today(page)).toEqual({
      count: before.count + 1,
      total: Math.round((before.total + 16.5) * 100) / 100,
    });
    const layout = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: window.innerWidth,
      small: Array.from(
        document.querySelectorAll(
          '[data-role=till] button, [data-role=till] input',
        ),
      )
        .filter(el => (el as HTMLElement).offsetParent !== null)
        .filter(el => el.getBoundingClientRect().height < 44)
        .map(el => el.outerHTML.slice(0, 80)),
    }));
    await shot(page, 'zh-CN-till');
    expect(layout.scroll).toBeLessThanOrEqual(layout.width);
    expect(layout.small).toEqual([]);
    await voidFromTill(page, p, 'phone-till-1');
    expect(await today(page)).toEqual(before);
    const [row] = salesOf(p, 'phone-till-1');
    expect(row.amount).toBe(16.5);
    expect(row.void).toBe(`作废 · ${DEMO_OWNER_EMAIL} · 2026-03-10 14:00`);
    await shot(page, 'zh-CN-void');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('lists a sale sent from the outbox after reconnecting in the till, and voids it', async () => {
    const {ctx, page, errors} = await openPhone(p);
    await ready(page);
    await openTill(page);
    const before = await today(page);
    await openCard(page, '1');
    await ctx.setOffline(true);
    await sell(page, '8', 'offline-void-1');
    await page.waitForSelector('[data-role=outbox-waiting]');
    // Not on the book yet, so nothing to void.
    expect(
      await page.evaluate(() => localStorage.getItem('shuke.recentSales')),
    ).toBeNull();
    await ctx.setOffline(false);
    await page.waitForSelector('[data-role=outbox-waiting]', {
      state: 'detached',
    });
    expect(salesOf(p, 'offline-void-1')).toHaveLength(1);
    await openTill(page);
    expect(await today(page)).toEqual({
      count: before.count + 1,
      total: before.total + 8,
    });
    const requestId = String(salesOf(p, 'offline-void-1')[0].requestId);
    const row = page.locator(
      `[data-role=recent] li[data-request="${requestId}"]`,
    );
    expect(await row.locator('.rname').textContent()).not.toBe('–');
    await voidFromTill(page, p, 'offline-void-1');
    expect(await today(page)).toEqual(before);
    expect(salesOf(p, 'offline-void-1')[0].void).toBe(
      `作废 · ${DEMO_OWNER_EMAIL} · 2026-03-10 14:00`,
    );
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('keeps a sale made offline on the phone, survives a reload, and writes it once when back online', async () => {
    const {ctx, page, errors} = await openPhone(p);
    await ready(page);
    // The card was open when the connection dropped.
    await openCard(page, '1');
    await ctx.setOffline(true);
    await sell(page, '9', 'offline-sale-1');
    await page.waitForSelector('[data-role=outbox-waiting]');
    expect(await page.textContent('[data-role=outbox-waiting] .count')).toBe(
      '1',
    );
    expect(salesOf(p, 'offline-sale-1')).toHaveLength(0);
    await shot(page, 'zh-CN-offline');
    const kept = await page.evaluate(() =>
      localStorage.getItem('shuke.outbox.v1'),
    );
    expect(kept).toContain('offline-sale-1');
    // The phone is online again but the server stays out of reach (a weak signal):
    // sending fails, the sale keeps waiting, across a reload of the page too.
    const api = '**/api/phone/run**';
    await ctx.route(api, r =>
      /"name":"logSale"/.test(r.request().postData() ?? '')
        ? r.abort('internetdisconnected')
        : r.continue(),
    );
    await ctx.setOffline(false);
    await page.reload();
    await ready(page);
    await page.waitForSelector('[data-role=outbox-waiting]');
    expect(await page.textContent('[data-role=outbox-waiting] .count')).toBe(
      '1',
    );
    expect(salesOf(p, 'offline-sale-1')).toHaveLength(0);
    // Reopened with no answer from the server at all: the counter cannot start, the
    // waiting sale still shows.
    await ctx.unroute(api);
    await ctx.route(api, r => r.abort('internetdisconnected'));
    await page.reload();
    await page.waitForSelector('#app .notice');
    expect(await page.textContent('[data-role=outbox-waiting] .count')).toBe(
      '1',
    );
    // The server is reachable again: Send now sends it, once.
    await ctx.unroute(api);
    await page.locator('[data-role=outbox-waiting] button').tap();
    await page.waitForSelector('[data-role=outbox-waiting]', {
      state: 'detached',
    });
    expect(salesOf(p, 'offline-sale-1')).toHaveLength(1);
    // And the counter starts by itself when the phone is back online.
    await ctx.setOffline(true);
    await ctx.setOffline(false);
    await ready(page);
    // The same queued request sent again (the answer lost on the way back) writes nothing.
    await page.evaluate(
      (k: string) => localStorage.setItem('shuke.outbox.v1', k),
      kept!,
    );
    await page.reload();
    await ready(page);
    await page.waitForSelector('[data-role=outbox-waiting]', {
      state: 'detached',
    });
    expect(salesOf(p, 'offline-sale-1')).toHaveLength(1);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('keeps a queued sale the server refuses on show with its reason until dismissed', async () => {
    const {ctx, page, errors} = await openPhone(p);
    await ready(page);
    const before = rowsOf(p, SALES).length;
    await page.locator('[data-role=new-customer]').tap();
    await ctx.setOffline(true);
    // Typed offline: nobody can tell yet that this phone is on the book already.
    await page.fill('[data-input=name]', '王秀英二号');
    await page.fill('[data-input=phone]', '13800010001');
    await page.fill('[data-input=amount]', '7');
    await page.locator('form.form-sale [data-role=save]').tap();
    await page.waitForSelector('[data-role=outbox-waiting]');
    await ctx.setOffline(false);
    await page.waitForSelector('[data-role=outbox-refused]');
    expect(await page.textContent('[data-role=outbox-refused]')).toContain('7');
    expect(await page.$('[data-role=outbox-waiting]')).toBeNull();
    expect(rowsOf(p, SALES).length).toBe(before);
    await page.locator('[data-role=outbox-refused] button').tap();
    await page.waitForSelector('[data-role=outbox-refused]', {
      state: 'detached',
    });
    expect(
      await page.evaluate(() => localStorage.getItem('shuke.outbox.v1')),
    ).toBe('[]');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('refuses a stranger on a widened deployment with a clear page, and writes nothing', async () => {
    const before = rowsOf(p, SALES).length;
    const {ctx, page} = await openPhone(
      p,
      '?as=stranger%40gmail.com&access=ANYONE',
    );
    await page.waitForSelector('#refused');
    expect(await page.textContent('#refused')).toContain('登录');
    expect(await page.$('#app')).toBeNull();
    await shot(page, 'zh-CN-refused');
    await ctx.close();
    // By default (only myself) Google turns them away before Shuke runs at all.
    const {ctx: c2, page: p2} = await openPhone(p, '?as=stranger%40gmail.com');
    await p2.waitForSelector('#google-refused');
    await c2.close();
    expect(rowsOf(p, SALES).length).toBe(before);
  });
});

describe('the phone page in English', () => {
  let p: Preview;
  beforeAll(async () => {
    p = await preview('en_US', NOW);
  });
  afterAll(async () => {
    await p?.close();
  });

  it('logs a sale and shows the card, phone-sized', async () => {
    putRows(p.emulator, SALES, []);
    const {ctx, page, errors} = await openPhone(p);
    await ready(page);
    await shot(page, 'en-home');
    await sellTo(page, '1', '4.5', 'phone-en-1');
    expect(salesOf(p, 'phone-en-1')).toHaveLength(1);
    await shot(page, 'en-sale');
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('shows in a phone-sized frame on the preview for a desktop browser', async () => {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}});
    await page.goto(new URL('phone-frame', p.url).href);
    const frame = page.frameLocator('#phone');
    await frame.locator('body[data-ready="true"]').waitFor({state: 'attached'});
    const box = await page.locator('#phone').boundingBox();
    expect(Math.round(box!.width)).toBe(390 + 24);
    await page.close();
  });
});
