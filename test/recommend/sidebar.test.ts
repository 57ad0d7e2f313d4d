/**
 * The counter in Chromium, in 简体, 繁體 and English: "may also like" on the card (an
 * item called `<img onerror>` shown as text) and today's promotions on the sale form; a
 * sale under a promotion lands in the Sales tab's Promo column as the tab names it.
 * Screenshots at the sidebar's 300 px and a phone's 390×844.
 */
import {Page} from 'playwright-core';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {PROMOTIONS} from '../../src/sheets/schema-promotions';
import {
  chromiumForFile,
  Preview,
  putRows,
  rowsOf,
  shot,
  sidebarForBlock,
} from '../e2e/counter-helpers';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-10T06:00:00Z');
const DAY = 86_400_000;
const HOSTILE = '<img src=x onerror=alert(1)>';
const browser = chromiumForFile();

const BOOKS = [
  {
    locale: 'zh_CN',
    lang: 'zh-CN',
    tea: '奶茶',
    goesWith: '常和奶茶一起买',
    tart: '蛋挞',
    promo: '春季奶茶节',
    mayLike: '可能喜欢',
  },
  {
    locale: 'zh_TW',
    lang: 'zh-TW',
    tea: '凍頂烏龍奶蓋',
    goesWith: '常和凍頂烏龍奶蓋一起買',
    tart: '蛋塔',
    promo: '春季奶茶節',
    mayLike: '可能喜歡',
  },
  {
    locale: 'en_US',
    lang: 'en',
    tea: 'Milk tea',
    goesWith: 'goes with Milk tea',
    tart: 'Egg tart',
    promo: 'Spring tea week',
    mayLike: 'May also like',
  },
] as const;

function seed(p: Preview, b: (typeof BOOKS)[number]): void {
  const people = ['A', 'B', 'C', 'D'].map((x, i) => ({
    id: `C9000${i + 1}`,
    name: i === 3 ? 'Mei' : `Fan ${x}`,
    phone: `1381234000${i}`,
  }));
  putRows(p.emulator, CUSTOMERS, people);
  const sale = (customer: string, items: string, d: number) => ({
    date: new Date(NOW.getTime() - d * DAY),
    customer,
    items,
    amount: 15,
  });
  putRows(p.emulator, SALES, [
    sale('C90001', `${b.tea}、${b.tart}`, 9),
    sale('C90002', `${b.tea}、${b.tart}、${HOSTILE}`, 8),
    sale('C90003', `${b.tea}、${HOSTILE}`, 7),
    sale('C90004', b.tea, 3),
  ]);
  putRows(p.emulator, PROMOTIONS, [
    {
      name: b.promo,
      start: new Date(NOW.getTime() - 5 * DAY),
      end: new Date(NOW.getTime() + 5 * DAY),
      items: b.tea,
    },
  ]);
  p.emulator.session.userLocale = b.lang;
}

for (const b of BOOKS) {
  describe(`the counter in ${b.lang}`, () => {
    let p: Preview;
    let page: Page;
    sidebarForBlock(
      {
        browser,
        locale: b.locale,
        now: NOW,
        seed: preview => seed(preview, b),
        expectNone: ['dialogs', 'errors'],
      },
      s => ({p, page} = s),
    );

    it('shows what Mei may also like, hostile names as text', async () => {
      await page.fill('#q', 'Mei');
      await page.click('button.result[data-id="C90004"]');
      await page.waitForSelector('[data-role=recommended]');
      const block = page.locator('[data-role=recommended]');
      expect(
        await page.textContent('.block:has([data-role=recommended]) h3'),
      ).toBe(b.mayLike);
      const chips = await block
        .locator('.chip')
        .evaluateAll(cs => cs.map(c => c.firstChild?.textContent ?? ''));
      expect(chips).toEqual([b.tart, HOSTILE]);
      // Why: the items go together (one purchase is no "often buys").
      expect(await block.locator('.chip').first().textContent()).toBe(
        b.tart + b.goesWith,
      );
      expect(await page.locator('[data-role=recommended] img').count()).toBe(0);
      await shot(page, `${b.lang}-recommend-card`);
      await page.setViewportSize({width: 390, height: 844});
      await page.screenshot({
        path: (await import('node:path')).join(
          (await import('../e2e/counter-helpers')).SHOTS,
          `counter-${b.lang}-recommend-phone.png`,
        ),
      });
      await page.setViewportSize({width: 300, height: 720});
    });

    it("offers today's promotion on the sale form and stores it with the sale", async () => {
      await page.click('[data-tab=sale]');
      const chip = page.locator('form.form-sale [data-group=promo] .chip');
      expect(await chip.allTextContents()).toEqual([b.promo]);
      await chip.click();
      expect(await chip.getAttribute('aria-pressed')).toBe('true');
      await page.fill('form.form-sale [data-input=items]', b.tea);
      await page.fill('form.form-sale [data-input=amount]', '15');
      await shot(page, `${b.lang}-promo-sale`);
      await page.click('form.form-sale [data-role=save]');
      await page.waitForSelector('form.form-sale .form-status.ok');
      expect(rowsOf(p, SALES).at(-1)).toMatchObject({
        customer: 'C90004',
        items: b.tea,
        promo: b.promo,
      });
    });

    it('lists the fans of something new from the counter', async () => {
      await page.fill('#q', ' ');
      await page.fill('#q', '');
      await page.click('[data-role=news]');
      await page.fill('form.form-news [data-input=item]', b.tart);
      await page.click('form.form-news [data-role=save]');
      await page.waitForSelector('form.form-news .form-status.ok');
      expect(await page.textContent('form.form-news .form-status')).toMatch(
        b.lang === 'en'
          ? /^"Egg tart": 2 customers newly listed/
          : /表 2 位客.*：0 位。$/,
      );
      await shot(page, `${b.lang}-news`);
      await page.setViewportSize({width: 390, height: 844});
      await page.screenshot({
        path: (await import('node:path')).join(
          (await import('../e2e/counter-helpers')).SHOTS,
          `counter-${b.lang}-news-phone.png`,
        ),
      });
      await page.setViewportSize({width: 300, height: 720});
      const tab = p.emulator.spreadsheet
        .getSheets()
        .find(x => ['上新通知', 'Something new'].includes(x.getName()))!;
      expect(tab.getLastRow()).toBe(3);
    });
  });
}
