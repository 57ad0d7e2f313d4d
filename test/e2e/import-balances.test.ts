/**
 * Members' balances brought in from a till in the local preview, in a real browser: a
 * Pospal member list (简体) and a Loyverse customers export (English) checked, the line
 * saying how many balances come over and their totals shown before anything is written,
 * then imported: the opening rows on the ledgers, and the import's line in the dialog's
 * list of earlier imports counting them. Screenshots: import-balances-<locale>.png.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Page} from 'playwright-core';
import {POINTS_LEDGER, STORED_LEDGER} from '../../src/sheets/schema-loyalty';
import {loyverseCustomers, pospalMembers, putExport} from '../import/exports';
import {
  chromiumForFile,
  preview,
  Preview,
  rowsOf,
  SHOTS,
} from './counter-helpers';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-25T04:00:00Z');
const browser = chromiumForFile();

const CASES = [
  {
    locale: 'zh_CN',
    user: 'zh_CN',
    tab: '会员列表',
    grid: pospalMembers,
    menu: '从表格导入销售 / 客户',
    balances: '带入余额：1 位客户的积分共 320 分，1 位客户的储值共 1,000.00。',
    batch: '，2 个余额',
    points: [['8001', 320]],
    stored: [['8001', 1000]],
  },
  {
    locale: 'en_US',
    user: 'en',
    tab: 'loyverse-customers',
    grid: loyverseCustomers,
    menu: 'Import sales / customers from a tab',
    balances: 'Balances carried over: points of 2 customers, 123 in all.',
    batch: ', 2 balances',
    points: [
      ['L001', 120],
      ['L002', 3],
    ],
    stored: [],
  },
];

describe.each(CASES)('balances brought in, in the preview ($locale)', c => {
  let p: Preview;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    p = await preview(c.locale, NOW);
    p.emulator.session.userLocale = c.user;
    putExport(p.emulator as never, c.tab, c.grid());
    page = await browser().newPage({
      viewport: {width: 900, height: 860},
      deviceScaleFactor: 1,
    });
    page.setDefaultTimeout(20_000);
    page.on('pageerror', e => errors.push(`${e.message} ${e.stack ?? ''}`));
    page.on('dialog', d => void d.accept());
  });
  afterAll(async () => {
    await page?.close();
    await p?.close();
  });

  const ledger = (def: typeof POINTS_LEDGER) =>
    rowsOf(p, def)
      .filter(r => r.date !== '')
      .map(r => [r.customer, r.change]);

  it('says how many balances come over and their totals, then writes them once', async () => {
    const before = {
      points: ledger(POINTS_LEDGER),
      stored: ledger(STORED_LEDGER),
    };
    await page.goto(p.url);
    await page.getByRole('button', {name: c.menu}).click();
    await page.waitForSelector('#script-dialog[open]');
    const dialog = page.frameLocator('#dialog-frame');
    await dialog.locator('#tab').selectOption(c.tab);
    await dialog.locator('#check').click();
    await expect(dialog.locator('#balances').textContent()).resolves.toBe(
      c.balances,
    );
    // Nothing is written by the check.
    expect(ledger(POINTS_LEDGER)).toEqual(before.points);
    fs.mkdirSync(SHOTS, {recursive: true});
    await page
      .locator('#script-dialog')
      .screenshot({path: path.join(SHOTS, `import-balances-${c.locale}.png`)});

    await dialog.locator('#import').click();
    await dialog.locator('.msg').first().waitFor();
    expect(await dialog.locator('.msg').first().textContent()).toContain(
      c.balances,
    );
    expect(ledger(POINTS_LEDGER)).toEqual([...before.points, ...c.points]);
    expect(ledger(STORED_LEDGER)).toEqual([...before.stored, ...c.stored]);
    expect(await dialog.locator('#batches').textContent()).toContain(c.batch);
    expect(errors).toEqual([]);
  });
});
