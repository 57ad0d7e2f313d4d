/**
 * An English viewer at a 简体 book's counter: the chrome is English, what is saved is in
 * the book's language. A tapped reason chip reads "Regular check-in" and lands in the
 * 回访 tab as 定期回访. The card's purchases a month has one decimal, as the Customers tab.
 */
import {Page} from 'playwright-core';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {
  chromiumForFile,
  Preview,
  putRows,
  rowsOf,
  sidebarForBlock,
} from './counter-helpers';

jest.setTimeout(90_000);

const NOW = new Date('2026-03-10T06:00:00Z');
const DAY = 86_400_000;
const browser = chromiumForFile();

describe('an English viewer on a 简体 book', () => {
  let p: Preview;
  let page: Page;
  sidebarForBlock(
    {
      browser,
      locale: 'zh_CN',
      now: NOW,
      seed: preview => {
        putRows(preview.emulator, CUSTOMERS, [
          {id: 'C90001', name: 'Mei', phone: '13812345678'},
        ]);
        putRows(
          preview.emulator,
          SALES,
          [8, 5, 2].map(d => ({
            date: new Date(NOW.getTime() - d * DAY),
            customer: 'C90001',
            items: '奶茶',
            amount: 15,
            points: 15,
          })),
        );
        preview.emulator.session.userLocale = 'en';
      },
      expectNone: ['dialogs', 'errors'],
    },
    s => ({p, page} = s),
  );

  it('shows purchases a month with one decimal and saves a tapped reason in the book language', async () => {
    await page.fill('#q', 'Mei');
    await page.click('button.result[data-id="C90001"]');
    await page.waitForSelector('[data-role=card]');
    const tile = page.locator('[data-role=card] [data-role=per-month]');
    expect(await tile.locator('b').textContent()).toMatch(/^\d+\.\d$/);
    expect(await tile.locator('span').textContent()).toBe('visits a month');
    expect(await tile.getAttribute('aria-label')).toMatch(
      /^\d+\.\d visits a month$/,
    );

    await page.click('[data-tab=contact]');
    const chip = page.locator('form.form-contact .chips .chip >> nth=0');
    expect(await chip.textContent()).toBe('Regular check-in');
    await chip.click();
    await page.click('form.form-contact [data-role=save]');
    await page.waitForSelector('form.form-contact .form-status.ok');
    expect(rowsOf(p, CONTACTS).at(-1)).toMatchObject({
      customer: 'C90001',
      reason: '定期回访',
    });
  });
});
