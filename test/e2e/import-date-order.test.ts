/**
 * The import dialog in a real browser on a 简体 book, for a Loyverse export whose dates
 * never show a day above 12: the check asks "03/02/2026 is 3 February or March 2?" in
 * the viewer's language, offers no Import until answered, the answer reads the first
 * rows again, the import writes them, and checking again finds nothing new.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {SALES} from '../../src/sheets/schema-sales';
import {LOYVERSE_RECEIPTS_HEADER, putExport} from '../import/exports';
import {chromiumForFile, preview, rowsOf, SHOTS} from './counter-helpers';

jest.setTimeout(120_000);
const browser = chromiumForFile();

function receipt(date: string, no: string, total: string, phone: string) {
  const line = LOYVERSE_RECEIPTS_HEADER.map(() => '');
  line[0] = date;
  line[1] = no;
  line[2] = 'Sale';
  line[7] = total;
  line[10] = 'Cash';
  line[11] = '1 x Tea';
  line[16] = 'Wang';
  line[17] = phone;
  line[18] = 'Closed';
  return line;
}

const CASES = [
  {
    user: 'zh_CN',
    question: '03/02/2026 是 2月3日 还是 3月2日？',
    dmy: '2月3日',
    chooseFirst: '请先在上面选日期怎么读。',
    done: '已导入',
    nothingNew: '没有新内容可导入。',
    nothingRead: '这张表没有一行读得懂',
  },
  {
    user: 'en',
    question: '03/02/2026 is 3 February or March 2?',
    dmy: '3 February',
    chooseFirst: 'First choose above how the dates read.',
    done: 'Imported',
    nothingNew: 'Nothing new to import.',
    nothingRead: 'No row of this tab could be read',
  },
];

describe.each(CASES)('dates that read two ways ($user viewer)', c => {
  it('asks once, reads the tab the chosen way, imports, and a second check adds nothing', async () => {
    const p = await preview('zh_CN', new Date('2026-03-25T04:00:00Z'));
    p.emulator.session.userLocale = c.user;
    putExport(p.emulator as never, 'loyverse', [
      LOYVERSE_RECEIPTS_HEADER,
      receipt('03/02/2026 09:15', '1-1001', '18.00', '13912345678'),
      receipt('05/02/2026 10:00', '1-1002', '20.00', '13912345678'),
      receipt('11/03/2026 12:30', '1-1003', '9.50', '13800001111'),
    ]);
    putExport(p.emulator as never, 'junk', [
      ['日期', '手机号', '金额'],
      ['昨天', 13912345678, '12.00'],
    ]);
    const page = await browser().newPage({
      viewport: {width: 900, height: 860},
      deviceScaleFactor: 1,
    });
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', e => errors.push(e.message));
    try {
      const before = rowsOf(p, SALES).length;
      await page.goto(p.url);
      // The menu is built as the book opens; the dialog is drawn for the viewer.
      await page
        .getByRole('button', {name: /从表格导入销售|Import sales \/ customers/})
        .click();
      await page.waitForSelector('#script-dialog[open]');
      const d = page.frameLocator('#dialog-frame');

      // Every row unreadable: said in red, never the green "nothing new".
      await d.locator('#tab').selectOption('junk');
      await d.locator('#check').click();
      await d.locator('.msg.bad', {hasText: c.nothingRead}).waitFor();
      expect(await d.getByText(c.nothingNew).count()).toBe(0);

      await d.locator('#tab').selectOption('loyverse');
      await d.locator('#check').click();
      await d.getByText(c.question).waitFor();
      await d.locator('.msg.bad', {hasText: c.chooseFirst}).waitFor();
      expect(await d.locator('#import').count()).toBe(0);
      expect(await d.getByText(c.nothingNew).count()).toBe(0);
      fs.mkdirSync(SHOTS, {recursive: true});
      await page.locator('#script-dialog').screenshot({
        path: path.join(SHOTS, `import-date-question-${c.user}.png`),
      });

      await d.locator('#date-question button', {hasText: c.dmy}).click();
      await d
        .locator('#date-question button[aria-pressed=true]', {hasText: c.dmy})
        .waitFor();
      await d.getByRole('cell', {name: '2026-02-03 09:15'}).waitFor();
      await d.getByRole('cell', {name: '2026-03-11 12:30'}).waitFor();
      await page.locator('#script-dialog').screenshot({
        path: path.join(SHOTS, `import-date-chosen-${c.user}.png`),
      });
      expect(rowsOf(p, SALES)).toHaveLength(before);

      await d.locator('#import').click();
      await d.getByText(c.done, {exact: false}).first().waitFor();
      const sales = rowsOf(p, SALES).filter(r => r.batch !== '');
      expect(sales.map(r => (r.date as Date).toISOString()).sort()).toEqual([
        '2026-02-03T01:15:00.000Z',
        '2026-02-05T02:00:00.000Z',
        '2026-03-11T04:30:00.000Z',
      ]);

      // The same export checked again with the same answer: nothing new.
      await d.locator('#check').click();
      await d.locator('#date-question button', {hasText: c.dmy}).click();
      await d.locator('.msg:not(.bad)', {hasText: c.nothingNew}).waitFor();
      expect(await d.locator('#import').count()).toBe(0);
      expect(rowsOf(p, SALES).filter(r => r.batch !== '')).toHaveLength(3);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await p.close();
    }
  });
});
