/** A preview shop and a 300-px Chromium page for the counter's end-to-end tests. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {Browser, Page} from 'playwright-core';
import {startPreview} from '../../preview/server';
import {TabDef} from '../../src/sheets/schema';
import {mapColumns} from '../../src/sheets/tabs';
import {launchChromium} from '../../tools/chromium';
import {sheetOf} from '../counter/shop';

export {putRows} from '../counter/shop';

export type Preview = Awaited<ReturnType<typeof startPreview>>;

export const ROOT = path.resolve(__dirname, '../..');
/**
 * Screenshots go to docs/screenshots with UPDATE_SCREENSHOTS=1 (to refresh the README's
 * pictures), elsewhere to a temporary folder, so a test run leaves the tree as it was.
 */
export const SHOTS =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(ROOT, 'docs', 'screenshots')
    : path.join(os.tmpdir(), 'shuke-screenshots');

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

/** Chromium, launched before the file's tests and closed after them. */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not launched yet');
    return browser;
  };
}

export type Sidebar = {p: Preview} & Awaited<ReturnType<typeof openSidebar>>;

/**
 * A preview shop in `locale` at `now`, filled by `seed`, with the sidebar open, for the
 * tests of the enclosing block: opened before them, closed after them, and after each
 * test none of `expectNone` (dialogs shown, script errors) may have happened. The sidebar
 * is handed to `use` once it is open.
 */
export function sidebarForBlock(
  o: {
    browser: () => Browser;
    locale: string;
    now: Date;
    seed: (p: Preview) => void;
    expectNone?: ReadonlyArray<'dialogs' | 'errors'>;
  },
  use: (s: Sidebar) => void,
): void {
  let s: Sidebar | undefined;
  beforeAll(async () => {
    const p = await preview(o.locale, o.now);
    o.seed(p);
    s = {p, ...(await openSidebar(o.browser(), p))};
    use(s);
  });
  afterAll(async () => {
    await s?.page.close();
    await s?.p.close();
  });
  for (const what of o.expectNone ?? [])
    afterEach(() => expect(s?.[what]).toEqual([]));
}

/**
 * The phone page (390×844, touch) on a preview shop in `locale` at `now`, filled by
 * `seed`, for the tests of the enclosing block, as sidebarForBlock does for the sidebar;
 * after each test no script error may have happened.
 */
export function phoneForBlock(
  o: {
    browser: () => Browser;
    locale: string;
    now: Date;
    seed: (p: Preview) => void;
  },
  use: (s: {p: Preview; page: Page}) => void,
): void {
  let p: Preview | undefined;
  let page: Page | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    p = await preview(o.locale, o.now);
    o.seed(p);
    const ctx = await o.browser().newContext({
      viewport: {width: 390, height: 844},
      deviceScaleFactor: 1,
      hasTouch: true,
      isMobile: true,
    });
    page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', e => errors.push(e.message));
    await page.goto(new URL('phone', p.url).href);
    await page.waitForSelector('body[data-ready="true"]', {
      state: 'attached',
      timeout: 30_000,
    });
    use({p, page});
  });
  afterAll(async () => {
    await page?.context().close();
    await p?.close();
  });
  afterEach(() => expect(errors).toEqual([]));
}

/** The tab's rows by column key, with each cell's formula (blank for none). */
export function rowsOf(
  p: Preview,
  def: TabDef,
): Array<Record<string, unknown> & {formulas: string[]}> {
  const sheet = sheetOf(p.emulator, def);
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
