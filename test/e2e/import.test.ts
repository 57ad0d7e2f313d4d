/**
 * The import in the local preview, in a real browser: the Shuke menu's "Import sales /
 * customers from a tab", a Loyverse Receipts tab picked and checked (its columns, first
 * rows and problems shown before anything is written), imported, and the customers it
 * brought in graded on the Customers tab; then the import undone from the same dialog.
 * Screenshots of the dialog in 简体, 繁體 and English (README: "Bringing your history in").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {FrameLocator, Page} from 'playwright-core';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {loyverseReceipts, putExport} from '../import/exports';
import {
  chromiumForFile,
  preview,
  Preview,
  rowsOf,
  SHOTS,
} from './counter-helpers';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-25T04:00:00Z');
const TAB = 'receipts-2026-03-01-2026-03-18';
const browser = chromiumForFile();

const CASES = [
  {
    locale: 'zh_CN',
    user: 'zh_CN',
    menu: '从表格导入销售 / 客户',
    found: '认出：Loyverse · Receipts',
    done: '已导入',
    undone: '已撤销',
  },
  {
    locale: 'zh_TW',
    user: 'zh_TW',
    menu: '從表格匯入銷售 / 客戶',
    found: '認出：Loyverse · Receipts',
    done: '已匯入',
    undone: '已復原',
  },
  {
    locale: 'en_US',
    user: 'en',
    menu: 'Import sales / customers from a tab',
    found: 'Recognised: Loyverse · Receipts',
    done: 'Imported',
    undone: 'Undid',
  },
];

async function openDialog(
  page: Page,
  p: Preview,
  menu: string,
): Promise<FrameLocator> {
  await page.goto(p.url);
  await page.getByRole('button', {name: menu}).click();
  await page.waitForSelector('#script-dialog[open]');
  return page.frameLocator('#dialog-frame');
}

describe.each(CASES)('import in the preview ($locale)', c => {
  let p: Preview;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    p = await preview(c.locale, NOW);
    p.emulator.session.userLocale = c.user;
    putExport(p.emulator as never, TAB, loyverseReceipts());
    page = await browser().newPage({
      viewport: {width: 900, height: 860},
      deviceScaleFactor: 1,
    });
    page.setDefaultTimeout(20_000);
    page.on('pageerror', e => errors.push(e.message));
    page.on('dialog', d => void d.accept());
  });
  afterAll(async () => {
    await page?.close();
    await p?.close();
  });

  it('checks the tab, imports it, grades the customers it brought, and undoes it', async () => {
    const salesBefore = rowsOf(p, SALES).length;
    const dialog = await openDialog(page, p, c.menu);
    await dialog.locator('#tab').selectOption(TAB);
    await dialog.locator('#check').click();
    await dialog.getByText(c.found).waitFor();
    // Nothing is written by the check.
    expect(rowsOf(p, SALES)).toHaveLength(salesBefore);
    fs.mkdirSync(SHOTS, {recursive: true});
    await page
      .locator('#script-dialog')
      .screenshot({path: path.join(SHOTS, `import-${c.locale}.png`)});

    await dialog.locator('#import').click();
    await dialog.getByText(c.done, {exact: false}).first().waitFor();
    const sales = rowsOf(p, SALES).filter(r => r.batch !== '');
    expect(sales).toHaveLength(7);
    const ids = new Set(sales.map(r => String(r.customer)).filter(Boolean));
    const graded = rowsOf(p, CUSTOMERS).filter(r => ids.has(String(r.id)));
    expect(graded).toHaveLength(3);
    for (const r of graded) expect(String(r.grade)).toMatch(/^[A-E]$/);

    await dialog.locator('button.undo').last().click();
    await dialog.getByText(c.undone, {exact: false}).first().waitFor();
    expect(rowsOf(p, SALES).filter(r => r.batch !== '')).toEqual([]);
    expect(rowsOf(p, SALES)).toHaveLength(salesBefore);
    expect(errors).toEqual([]);
  });
});
