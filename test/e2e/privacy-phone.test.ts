/**
 * Erase on the phone page (390×844), where a web app cannot erase (no document
 * properties to keep the erased numbers' salt): the card's "Erase" says so where the
 * confirmation would be, in view, naming the real menu (Extensions ▸ Shuke 熟客 ▸ …) in
 * the viewer's language, and offers no red button that would only be refused.
 */
import {Page} from 'playwright-core';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {
  chromiumForFile,
  phoneForBlock,
  Preview,
  putRows,
  shot,
} from './counter-helpers';

jest.setTimeout(180_000);

const NOW = new Date('2026-03-10T06:00:00Z');
const browser = chromiumForFile();

const BOOKS = [
  {
    locale: 'zh_CN',
    lang: 'zh-CN',
    name: '李娜',
    menu: '扩展程序 ▸ Shuke 熟客 ▸ 打开收银台',
  },
  {
    locale: 'zh_TW',
    lang: 'zh-TW',
    name: '李娜',
    menu: '擴充功能 ▸ Shuke 熟客 ▸ 打開收銀台',
  },
  {
    locale: 'en_US',
    lang: 'en',
    name: 'Lina Li',
    menu: 'Extensions ▸ Shuke 熟客 ▸ Open counter',
  },
];

for (const b of BOOKS) {
  describe(`phone page, ${b.lang}`, () => {
    let p: Preview;
    let page: Page;
    phoneForBlock(
      {
        browser,
        locale: b.locale,
        now: NOW,
        seed: shop => {
          putRows(shop.emulator, CUSTOMERS, [
            {id: 'C90001', name: b.name, phone: '13900009001'},
          ]);
          putRows(shop.emulator, SALES, [
            {
              date: new Date('2026-03-01T04:00:00Z'),
              customer: 'C90001',
              items: 'tea',
              amount: 5,
            },
          ]);
        },
      },
      s => ({p, page} = s),
    );

    it('Erase says where to do it, in view, and offers no button to be refused', async () => {
      await page.fill('#q', b.name);
      await page.click('button.result[data-id="C90001"]');
      await page.waitForSelector('[data-role=card]');
      await page.click('[data-role=privacy-erase]');
      const notice = page.locator('[data-role=erase-at-desk]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain(b.menu);
      expect(await page.locator('[data-role=erase-go]').count()).toBe(0);
      const box = await notice.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      // Sub-pixel text heights: within the screen to the pixel.
      expect(Math.floor(box!.y + box!.height)).toBeLessThanOrEqual(844);
      await shot(page, `phone-${b.lang}-erase-at-desk`);
      // Nothing was erased.
      expect(
        JSON.stringify(
          p.emulator.spreadsheet
            .getSheets()
            .map(s => s.getDataRange().getValues()),
        ),
      ).toContain(b.name);
    });
  });
}
