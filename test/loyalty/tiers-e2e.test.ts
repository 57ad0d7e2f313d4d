/**
 * The tier at the counter in Chromium, the built sidebar against the built Code.js on
 * the preview's emulator, in the three languages: the card shows the tier, its perks and
 * who brought whom; the sale form shows the discount as money before saving and the
 * double points it earns; the saved row holds what was paid, the Note the discount;
 * unticking the box sells at the typed price. Screenshots at 300 px and 390×844.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {TIER_LOG, TIERS} from '../../src/sheets/schema-tiers';
import {getSetting} from './loyalty-shop';
import {
  chromiumForFile,
  putRows,
  rowsOf,
  SHOTS,
  Sidebar,
  sidebarForBlock,
} from '../e2e/counter-helpers';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-10T06:00:00Z'); // a Tuesday, 14:00 in Shanghai
const browser = chromiumForFile();

const CASES = [
  {
    locale: 'zh_CN',
    tag: 'zh-CN',
    // What Set up shop writes in Settings for the spreadsheet's locale.
    currency: '¥',
    gold: '金卡',
    shown: {
      perks: ['10% 折扣', '生日礼：蛋糕', '双倍积分：周二'],
      brought: '推荐了 1 位：李四',
      line: '金卡 10% 折扣：−{cur}1.80，实收 {cur}16.20',
      points: '32',
      note: '金卡 10% 折扣：原价 18，优惠 1.80',
    },
  },
  {
    locale: 'zh_TW',
    tag: 'zh-TW',
    currency: 'NT$',
    gold: '金卡',
    shown: {
      perks: ['10% 折扣', '生日禮：蛋糕', '雙倍積分：週二'],
      brought: '推薦了 1 位：李四',
      line: '金卡 10% 折扣：−{cur}1.80，實收 {cur}16.20',
      points: '32',
      note: '金卡 10% 折扣：原價 18，優惠 1.80',
    },
  },
  {
    locale: 'en_US',
    tag: 'en',
    currency: '$',
    gold: 'Gold',
    shown: {
      perks: ['10% off', 'Birthday gift: 蛋糕', 'Double points: Tue'],
      brought: 'Brought 1 customer: 李四',
      line: 'Gold 10% off: −{cur}1.80, pay {cur}16.20',
      points: '32',
      note: 'Gold 10% off: listed 18, 1.80 off',
    },
  },
];

async function shot(s: Sidebar, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, {recursive: true});
  await s.page.evaluate(() => window.scrollTo(0, 0));
  await s.page.waitForTimeout(200);
  await s.page.screenshot({
    path: path.join(SHOTS, `tiers-${name}.png`),
    fullPage: true,
  });
}

for (const c of CASES) {
  describe(`the tier at the counter (${c.tag})`, () => {
    let s: Sidebar;
    sidebarForBlock(
      {
        browser,
        locale: c.locale,
        now: NOW,
        expectNone: ['dialogs', 'errors'],
        seed: p => {
          putRows(p.emulator, CUSTOMERS, [
            {id: 'C80001', name: '王秀英', phone: '13800080001'},
            {
              id: 'C80002',
              name: '李四',
              phone: '13800080002',
              referredBy: 13800080001,
            },
          ]);
          putRows(p.emulator, TIERS, [
            {name: c.tag === 'en' ? 'Member' : '普通'},
            {
              name: c.gold,
              measure: c.tag === 'en' ? 'spend' : '消费',
              min: 3000,
              discount: '9折',
              gift: '蛋糕',
              doubleDays:
                c.tag === 'en' ? 'Tue' : c.tag === 'zh-TW' ? '週二' : '周二',
            },
          ]);
          putRows(p.emulator, TIER_LOG, [
            {date: '2026-03-01', customer: 'C80001', to: c.gold},
          ]);
        },
      },
      x => (s = x),
    );

    it('shows the tier, its perks, today double points and whom they brought', async () => {
      const {page} = s;
      await page.fill('#q', '王秀英');
      await page.click('button.result[data-id="C80001"]');
      await page.waitForSelector('[data-role=card] [data-role=tier]');
      expect(await page.textContent('[data-role=tier-name]')).toBe(c.gold);
      expect(
        await page
          .locator('[data-role=tier-perks] li')
          .evaluateAll(l => l.map(x => x.textContent)),
      ).toEqual(c.shown.perks);
      expect(await page.isVisible('[data-role=tier-double-today]')).toBe(true);
      expect(await page.textContent('[data-role=brought]')).toBe(
        c.shown.brought,
      );
    });

    it('shows the discount as money and the double points before saving, then stores what was paid', async () => {
      const {page, p} = s;
      const currency = p.emulator.run(() => getSetting(p.emulator, 'currency'));
      expect(currency).toBe(c.currency);
      await page.fill('form.form-sale [data-input=items]', '蛋糕');
      await page.fill('form.form-sale [data-input=amount]', '18');
      expect(await page.textContent('[data-role=tier-discount-line]')).toBe(
        c.shown.line.replaceAll('{cur}', currency as string),
      );
      expect(await page.textContent('[data-role=points-preview]')).toContain(
        c.shown.points,
      );
      await shot(s, `${c.tag}-sale`);
      await page.setViewportSize({width: 390, height: 844});
      await shot(s, `${c.tag}-390`);
      await page.setViewportSize({width: 300, height: 720});
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= window.innerWidth,
        ),
      ).toBe(true);
      await page.click('form.form-sale [data-role=save]');
      await page.waitForSelector('form.form-sale .form-status.ok');
      const sale = rowsOf(p, SALES).find(r => r.customer === 'C80001');
      expect(sale).toMatchObject({
        amount: 16.2,
        points: 32,
        note: c.shown.note,
      });
    });

    it('unticked, sells at the typed price', async () => {
      const {page, p} = s;
      await page.fill('form.form-sale [data-input=items]', '蛋糕');
      await page.fill('form.form-sale [data-input=amount]', '18');
      await page.uncheck('[data-input=tier-discount]');
      expect(await page.textContent('[data-role=points-preview]')).toContain(
        '36',
      );
      await page.click('form.form-sale [data-role=save]');
      await page.waitForFunction(
        () =>
          document.querySelectorAll('form.form-sale .form-status.ok').length >
          0,
      );
      await page.waitForTimeout(300);
      const sales = rowsOf(p, SALES).filter(r => r.customer === 'C80001');
      expect(sales.map(r => r.amount)).toEqual([16.2, 18]);
    });
  });
}
