/**
 * The import dialog in the preview when no row of the tab can be read: the rows that
 * can't be read are listed with their reasons, no empty "first rows" table stands above
 * them, and there is nothing to import.
 */
import {SALES} from '../../src/sheets/schema-sales';
import {putExport} from '../import/exports';
import {chromiumForFile, preview, rowsOf} from './counter-helpers';

jest.setTimeout(120_000);
const browser = chromiumForFile();

test('a tab of unreadable rows: problems listed, no empty preview table, no Import button', async () => {
  const p = await preview('zh_CN', new Date('2026-03-25T04:00:00Z'));
  p.emulator.session.userLocale = 'zh_CN';
  putExport(p.emulator as never, '导出', [
    ['日期', '手机号', '金额'],
    ['昨天', 13912345678, '12.00'],
    ['2026-03-02', 13912345678, '12,5'],
  ]);
  const page = await browser().newPage({viewport: {width: 900, height: 800}});
  try {
    const salesBefore = rowsOf(p, SALES).length;
    await page.goto(p.url);
    await page.getByRole('button', {name: '从表格导入销售 / 客户'}).click();
    await page.waitForSelector('#script-dialog[open]');
    const d = page.frameLocator('#dialog-frame');
    await d.locator('#tab').selectOption('导出');
    await d.locator('#check').click();
    await d.getByText('读不懂的行（2 行，不导入）').waitFor();
    await d.getByText('第 2 行：日期读不懂：昨天').waitFor();
    expect(await d.locator('table').count()).toBe(0);
    expect(await d.locator('#import').count()).toBe(0);
    expect(rowsOf(p, SALES)).toHaveLength(salesBefore);
  } finally {
    await page.close();
    await p.close();
  }
});
