/** A preview shop and a 300-px Chromium page for the counter's end-to-end tests. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {Browser, chromium, Page} from 'playwright-core';
import {startPreview} from '../../preview/server';
import {TabDef} from '../../src/sheets/schema';
import {mapColumns} from '../../src/sheets/tabs';

export type Preview = Awaited<ReturnType<typeof startPreview>>;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const ROOT = path.resolve(__dirname, '../..');
/**
 * Screenshots go to docs/screenshots with UPDATE_SCREENSHOTS=1 (to refresh the README's
 * pictures), elsewhere to a temporary folder, so a test run leaves the tree as it was.
 */
export const SHOTS =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(ROOT, 'docs', 'screenshots')
    : path.join(os.tmpdir(), 'shuke-screenshots');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function preview(locale: string, now: Date): Promise<Preview> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'sidebar.html'))) {
    throw new Error('dist/ is missing: run npm run build first');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-e2e-'));
  return startPreview({
    port: 0,
    dataFile: path.join(dir, 'workbook.json'),
    fresh: true,
    locale,
    now,
  });
}

export async function openSidebar(
  browser: Browser,
  p: Preview,
): Promise<{page: Page; dialogs: string[]; errors: string[]}> {
  const page = await browser.newPage({
    viewport: {width: 300, height: 720},
    deviceScaleFactor: 1,
  });
  page.setDefaultTimeout(10_000);
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', d => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', e => errors.push(e.message));
  await page.goto(new URL('sidebar', p.url).href);
  await page.waitForSelector('body[data-ready="true"]', {
    state: 'attached',
    timeout: 30_000,
  });
  return {page, dialogs, errors};
}

function sheetOf(p: Preview, def: TabDef): Sheet {
  const ss = p.emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  const s = ss
    .getSheets()
    .find(x => Object.values(def.names).includes(x.getName()));
  if (!s) throw new Error(`no ${def.key} tab`);
  return s as unknown as Sheet;
}

/** Records under the tab's own headers, appended after its last row. */
export function putRows(
  p: Preview,
  def: TabDef,
  records: ReadonlyArray<Record<string, unknown>>,
): void {
  const sheet = sheetOf(p, def);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const cols = mapColumns(header, def);
  const grid = records.map(r => {
    const line: unknown[] = new Array(header.length).fill('');
    for (const [k, v] of Object.entries(r)) {
      const c = cols.get(k);
      if (c !== undefined) line[c] = v;
    }
    return line;
  });
  const first = sheet.getLastRow() + 1;
  const need = first + grid.length - 1;
  if (need > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
  sheet.getRange(first, 1, grid.length, header.length).setValues(grid);
}

/** The tab's rows by column key, with each cell's formula (blank for none). */
export function rowsOf(
  p: Preview,
  def: TabDef,
): Array<Record<string, unknown> & {formulas: string[]}> {
  const sheet = sheetOf(p, def);
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const cols = mapColumns(values[0], def);
  return values.slice(1).map((line, i) => {
    const r: Record<string, unknown> & {formulas: string[]} = {
      formulas: formulas[i + 1].filter(Boolean),
    };
    for (const [k, c] of cols) r[k] = line[c];
    return r;
  });
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, {recursive: true});
  // A sticky header in a scrolled full-page shot lands mid-page: shoot from the top.
  // A passing toast would sit over the form in a full-page shot.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.getElementById('toast')?.classList.remove('on');
  });
  await page.waitForTimeout(250);
  await page.screenshot({
    path: path.join(SHOTS, `counter-${name}.png`),
    fullPage: true,
  });
}
