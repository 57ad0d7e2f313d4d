/**
 * A customer's data from the counter card in Chromium at sidebar width (300 px): consent
 * recorded after the shop's notice, a copy downloaded, and an erasure behind a
 * confirmation that names what will go, in 简体中文 and in English. Screenshots of each
 * (UPDATE_SCREENSHOTS=1 puts them in docs/screenshots for the README).
 */
import * as fs from 'node:fs';
import {Page} from 'playwright-core';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {SALES} from '../../src/sheets/schema-sales';
import {ERASURE_LOG, PRIVACY_LOG} from '../../src/sheets/schema-privacy';
import {
  chromiumForFile,
  Preview,
  putRows,
  rowsOf,
  shot,
  sidebarForBlock,
} from './counter-helpers';

jest.setTimeout(180_000);

const NOW = new Date('2026-03-10T06:00:00Z');
const DAY = 86_400_000;
const browser = chromiumForFile();

function seed(p: Preview): void {
  putRows(p.emulator, CUSTOMERS, [
    {
      id: 'C90001',
      name: '张三',
      phone: '13812345678',
      email: 'zs@example.com',
      wechat: 'zhangsan_88',
    },
    {id: 'C90002', name: '李四', phone: '13987654321', notes: '张三介绍来的'},
  ]);
  putRows(p.emulator, SALES, [
    {
      date: new Date(NOW.getTime() - 6 * DAY),
      customer: 'C90001',
      items: '奶茶',
      amount: 25,
    },
    {
      date: new Date(NOW.getTime() - 3 * DAY),
      customer: 'C90002',
      items: '蛋挞',
      amount: 15,
    },
    {
      date: new Date(NOW.getTime() - 2 * DAY),
      customer: 'C90001',
      items: '蛋挞',
      amount: 12,
    },
  ]);
  putRows(p.emulator, FEEDBACK, [
    {
      date: new Date(NOW.getTime() - 2 * DAY),
      customer: 'C90001',
      type: '建议',
      text: '少糖',
    },
  ]);
  putRows(p.emulator, CONTACTS, [
    {
      date: new Date(NOW.getTime() - DAY),
      customer: 'C90001',
      channel: '电话',
      reason: '回访',
    },
  ]);
}

async function openCard(page: Page, q: string, id: string): Promise<void> {
  await page.fill('#q', q);
  await page.waitForSelector('button.result');
  await page.click(`button.result[data-id="${id}"]`);
  await page.waitForSelector('[data-role=privacy]');
}

function allText(p: Preview): string {
  const ss = p.emulator.spreadsheet;
  return JSON.stringify(ss.getSheets().map(s => s.getDataRange().getValues()));
}

for (const [locale, lang, t] of [
  [
    'zh_CN',
    'zh-CN',
    {
      consent: '撤回',
      erased: '已删除',
      export: '熟客资料-C90001-2026-03-10.csv',
      confirm: '确定删除张三的资料',
    },
  ],
  [
    'zh_TW',
    'zh-TW',
    {
      consent: '撤回',
      erased: '已刪除',
      export: '熟客資料-C90001-2026-03-10.csv',
      confirm: '確定刪除张三的資料',
    },
  ],
  [
    'en_US',
    'en',
    {
      consent: 'Withdrawn',
      erased: 'rows erased',
      export: 'customer-data-C90001-2026-03-10.csv',
      confirm: "Erase 张三's data",
    },
  ],
] as const) {
  describe(`customer data at the counter (${lang})`, () => {
    let p: Preview;
    let page: Page;
    sidebarForBlock(
      {browser, locale, now: NOW, seed, expectNone: ['errors', 'dialogs']},
      s => {
        ({p, page} = s);
        // Each step waits on the emulated server, which a busy machine slows down.
        page.setDefaultTimeout(30_000);
      },
    );

    test('consent: the notice first, then the answer, recorded and shown on the card', async () => {
      await openCard(page, 'zs', 'C90001');
      await page.click('[data-role=privacy-consent]');
      const notice = await page.textContent('[data-role=notice-text]');
      expect(notice).toMatch(
        lang === 'en' ? /two years after your last visit/i : /兩年後|两年后/,
      );
      await page.click('[data-group=consent-status] [data-value=withdrawn]');
      await shot(page, `${lang}-privacy-consent`);
      await page.click('.form-privacy-consent [data-role=save]');
      await page.waitForSelector(
        `[data-role=consent-status]:has-text("${t.consent}")`,
      );
      // One sentence in the viewer's words, each status after its own label.
      expect(await page.textContent('[data-role=consent-status]')).toBe(
        {
          en: 'Consent for email: Withdrawn · for messages: Withdrawn (recorded 2026-03-10)',
          'zh-CN': '同意：邮件 撤回 · 消息 撤回（2026-03-10 记录）',
          'zh-TW': '同意：郵件 撤回 · 訊息 撤回（2026-03-10 紀錄）',
        }[lang],
      );
      expect(rowsOf(p, PRIVACY_LOG)).toEqual([
        expect.objectContaining({customer: 'C90001', status: t.consent}),
      ]);
    });

    test('a copy: every tab with their rows, downloaded as one CSV', async () => {
      await page.click('[data-role=privacy-export]');
      await page.waitForSelector('[data-role=download]');
      const tabs = await page
        .locator('[data-role=export-tabs] li')
        .allTextContents();
      // Tab names as the book has them: an English book's are English.
      expect(tabs).toEqual(
        {
          en: [
            'Customers: 1',
            'Sales: 2',
            'Feedback: 1',
            'Contacts: 1',
            'Privacy log: 1',
          ],
          'zh-CN': [
            '客户：1 行',
            '销售：2 行',
            '反馈：1 行',
            '回访：1 行',
            '隐私记录：1 行',
          ],
          'zh-TW': [
            '客戶：1 行',
            '銷售：2 行',
            '回饋：1 行',
            '回訪：1 行',
            '隱私紀錄：1 行',
          ],
        }[lang],
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-role=download]'),
      ]);
      expect(download.suggestedFilename()).toBe(t.export);
      const file = await download.path();
      const csv = fs.readFileSync(file!, 'utf8');
      expect(csv).toContain('奶茶');
      expect(csv).toContain('少糖');
      expect(csv).not.toContain('李四');
      await shot(page, `${lang}-privacy-export`);
      // Nothing wider than the sidebar, nor than a phone (the phone page is this page).
      const wide = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth > window.innerWidth,
        );
      expect(await wide()).toBe(false);
      await page.setViewportSize({width: 390, height: 844});
      expect(await wide()).toBe(false);
      if (lang !== 'zh-TW') await shot(page, `${lang}-privacy-phone`);
      await page.setViewportSize({width: 300, height: 720});
    });

    test('erase: the confirmation names what goes; confirmed, nothing of them is left', async () => {
      await page.click('[data-role=privacy-erase]');
      await page.waitForSelector('[data-role=erase-go]');
      const list = await page
        .locator('[data-role=erase-list] li')
        .allTextContents();
      expect(list.join('\n')).toContain(
        {
          en: 'Removed: Customers: 1, Feedback: 1',
          'zh-CN': '删除：客户：1 行、反馈：1 行',
          'zh-TW': '刪除：客戶：1 行、回饋：1 行',
        }[lang],
      );
      expect(list.join('\n')).toContain(
        {en: 'Sales: 2', 'zh-CN': '销售：2 行', 'zh-TW': '銷售：2 行'}[lang],
      );
      expect(await page.textContent('[data-role=erase-go]')).toBe(t.confirm);
      await shot(page, `${lang}-privacy-erase`);
      // Cancel first: nothing happens.
      await page.click('[data-role=erase-cancel]');
      expect(allText(p)).toContain('zs@example.com');
      const total = () =>
        rowsOf(p, SALES).reduce((n, r) => n + (Number(r.amount) || 0), 0);
      const before = {rows: rowsOf(p, SALES).length, total: total()};
      await page.click('[data-role=privacy-erase]');
      await page.click('[data-role=erase-go]');
      await page.waitForSelector(
        `.privacy-erase .form-status.ok:has-text("${t.erased}")`,
      );
      const text = allText(p);
      for (const s of [
        '张三',
        '13812345678',
        'zs@example.com',
        'zhangsan_88',
        'C90001',
      ]) {
        expect(text).not.toContain(s);
      }
      // Every sale stays with its amount: the day's takings are what they were.
      expect({rows: rowsOf(p, SALES).length, total: total()}).toEqual(before);
      expect(rowsOf(p, ERASURE_LOG)).toHaveLength(1);
      // Back home, and the search no longer finds them.
      await page.waitForSelector('[data-role=new-customer]');
      await page.fill('#q', 'zs');
      await page.waitForSelector('[data-role=results], [data-role=no-match]');
      expect(
        await page.locator('button.result[data-id="C90001"]').count(),
      ).toBe(0);
    });
  });
}
