/**
 * The preview page in Debian's Chromium: the sidebar's google.script.run shim (handlers,
 * user object, asynchrony, refused values), google.script.host.close, menu buttons with
 * their alert, the clock, and that hostile cell text never runs.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {Browser, Frame, Page} from 'playwright-core';
import {Preview, startPreview} from '../../preview/server';
import {launchChromium} from '../../tools/chromium';

declare const google: {
  script: {
    run: Record<string, (...args: unknown[]) => unknown> & {
      withSuccessHandler(
        f: (v: unknown, u: unknown) => void,
      ): typeof google.script.run;
      withFailureHandler(
        f: (e: Error, u: unknown) => void,
      ): typeof google.script.run;
      withUserObject(u: unknown): typeof google.script.run;
    };
    host: {close(): void};
  };
};

describe('preview page in a browser', () => {
  let dir: string;
  let preview: Preview;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-preview-web-'));
    preview = await startPreview({
      port: 0,
      dataFile: path.join(dir, 'workbook.json'),
      fresh: true,
      now: new Date('2026-11-24T03:30:00Z'),
    });
    browser = await launchChromium();
    page = await browser.newPage();
    // A native dialog would be a script from a cell running (alert(1) in the demo data).
    page.on('dialog', d => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(preview.url);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    fs.rmSync(dir, {recursive: true, force: true});
  });

  function sidebar(): Frame {
    const frame = page.frame({url: /\/sidebar/});
    if (!frame) throw new Error('no sidebar frame');
    return frame;
  }

  it('shows the workbook without running anything from the cells', async () => {
    await page.click('button.tab:has-text("反馈")');
    const shown = await page
      .locator('.sheet:not([hidden]) td', {hasText: 'alert(1)'})
      .first()
      .textContent();
    expect(shown).toContain('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);
  });

  it('draws a checkbox cell as a box, not TRUE or FALSE', async () => {
    await page.click('button.tab:has-text("设置")');
    const boxes = page.locator('.sheet:not([hidden]) td.check .checkbox');
    expect(await boxes.count()).toBeGreaterThan(0);
    const box = (await boxes.first().boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(10);
    expect(box.height).toBeGreaterThanOrEqual(10);
    const shown = await page
      .locator('.sheet:not([hidden]) td.check')
      .evaluateAll(cells =>
        cells.map(c => (c as HTMLElement).innerText.trim()),
      );
    expect(shown.every(t => t === '')).toBe(true);
    const states = await boxes.evaluateAll(bs =>
      bs.map(b => b.getAttribute('aria-checked')),
    );
    expect(states.every(s => s === 'true' || s === 'false')).toBe(true);
  });

  it('ticks and unticks a checkbox on a click, as Sheets does, and writes the cell', async () => {
    const cell = page.locator('.sheet:not([hidden]) td.check').first();
    const at = (await cell.getAttribute('data-cell'))!.split(',').map(Number);
    const before = await cell.locator('.checkbox').getAttribute('aria-checked');
    const stored = () =>
      preview.emulator.spreadsheet
        .getSheetByName('设置')!
        .getRange(at[0], at[1])
        .getValue();
    expect(stored()).toBe(before === 'true');
    await cell.locator('.checkbox').click();
    const flipped = String(before !== 'true');
    await page.waitForSelector(
      `.sheet:not([hidden]) td[data-cell="${at.join(',')}"] .checkbox[aria-checked="${flipped}"]`,
    );
    expect(stored()).toBe(before !== 'true');
    // Back as it was, for the tests after this one.
    await page
      .locator(`.sheet:not([hidden]) td[data-cell="${at.join(',')}"] .checkbox`)
      .click();
    await page.waitForSelector(
      `.sheet:not([hidden]) td[data-cell="${at.join(',')}"] .checkbox[aria-checked="${before}"]`,
    );
    expect(stored()).toBe(before === 'true');
  });

  it('runs a long note over the empty cells beside it, whole, and cuts text at a filled one', async () => {
    await page.click('button.tab:has-text("客户")');
    const grid = page.locator('.sheet:not([hidden]) table.grid');
    // 王秀英's family note: the Referred-by cell beside it is empty.
    const note = grid.locator('td', {hasText: '孙子在对面小学读三年级'});
    const run = note.locator('.run');
    const m = await run.evaluate(el => ({
      shown: el.getBoundingClientRect().width,
      needs: el.scrollWidth,
      cell: el.parentElement!.getBoundingClientRect().width,
    }));
    expect(m.shown).toBeGreaterThan(m.cell);
    expect(m.needs).toBeLessThanOrEqual(Math.ceil(m.shown) + 1);
    // A cell whose neighbour has something keeps to its own column.
    const widths = await grid.evaluate(t =>
      Array.from(t.querySelectorAll('tbody tr:nth-child(2) td')).map(td => [
        td.classList.contains('spill'),
        (td.nextElementSibling?.textContent ?? '') !== '',
        td.getBoundingClientRect().width,
      ]),
    );
    const filledNext = widths.filter(([spill, next]) => !spill && next);
    expect(filledNext.length).toBeGreaterThan(3);
  });

  it('keeps the sheet, the tabs and the sidebar usable on a phone (390 × 844)', async () => {
    await page.setViewportSize({width: 390, height: 844});
    try {
      const m = await page.evaluate(() => {
        const box = (id: string) =>
          document.getElementById(id)!.getBoundingClientRect();
        return {
          page: document.documentElement.scrollWidth,
          workbook: box('workbook'),
          side: box('side'),
          tabs: document
            .querySelector('#workbook .tabs')!
            .getBoundingClientRect().height,
        };
      });
      expect(m.page).toBeLessThanOrEqual(390);
      expect(m.workbook.width).toBeGreaterThan(370);
      // The sidebar under the sheet, not squeezed beside it; tabs one row high.
      expect(m.side.top).toBeGreaterThanOrEqual(m.workbook.bottom - 1);
      expect(m.tabs).toBeLessThan(60);
      // The sheet scrolls inside its own box: a tab of 800 rows does not make the page
      // 800 rows long.
      expect(m.workbook.height).toBeLessThan(844);
    } finally {
      await page.setViewportSize({width: 1280, height: 720});
    }
  });

  it('calls the server asynchronously with the handlers and the user object', async () => {
    const out = await sidebar().evaluate(
      () =>
        new Promise<{sync: boolean; value: unknown; user: unknown}>(resolve => {
          let returned = false;
          google.script.run
            .withUserObject({n: 7})
            .withSuccessHandler((value, user) =>
              resolve({sync: !returned, value, user}),
            )
            .setUpShop();
          returned = true;
        }),
    );
    expect(out.sync).toBe(false);
    expect((out.value as {unchanged: boolean}).unchanged).toBe(true);
    expect(out.user).toEqual({n: 7});
  });

  it('refuses a Date through the failure handler, with an Error', async () => {
    const out = await sidebar().evaluate(
      () =>
        new Promise<{message: string; isError: boolean; user: unknown}>(
          resolve => {
            google.script.run
              .withSuccessHandler(() =>
                resolve({message: 'succeeded', isError: false, user: null}),
              )
              .withFailureHandler((e, user) =>
                resolve({
                  message: e.message,
                  isError: e instanceof Error,
                  user,
                }),
              )
              .withUserObject('u')
              .setUpShop({when: new Date()});
          },
        ),
    );
    expect(out.isError).toBe(true);
    expect(out.message).toMatch(/Date/);
    expect(out.user).toBe('u');
  });

  it('has no method for a function the server does not have', async () => {
    const type = await sidebar().evaluate(
      () => typeof (google.script.run as Record<string, unknown>).eval,
    );
    expect(type).toBe('undefined');
  });

  it('closes the panel on google.script.host.close()', async () => {
    await sidebar().evaluate(() => google.script.host.close());
    await page.waitForSelector('#side[data-closed="true"]');
    await page.click('#open-sidebar');
    await page.waitForSelector('#side:not([data-closed])');
  });

  it('runs a menu item and shows its alert', async () => {
    await page.click('button[data-fn="setUpShop"]');
    await page.waitForFunction(
      () => (document.getElementById('alert') as HTMLDialogElement).open,
    );
    const text = await page.locator('dialog#alert .alert-text').textContent();
    expect(text).toBeTruthy();
    await page.click('dialog#alert button');
    await page.waitForFunction(
      () => !(document.getElementById('alert') as HTMLDialogElement).open,
    );
  });

  // Ui.prompt: a text field and the buttons the call asked for; the answer is the text
  // typed and the button pressed (PromptResponse reference,
  // https://developers.google.com/apps-script/reference/base/prompt-response).
  it('asks a prompt from the menu with a text field, and carries on with what was typed', async () => {
    const state = (await (await fetch(`${preview.url}api/state`)).json()) as {
      tabs: Array<{name: string; values: string[][]}>;
    };
    const customers = state.tabs.find(x => x.name === '客户')!.values;
    const phone = customers[1][customers[0].indexOf('手机号')];
    const ask = page.locator('dialog#ask');
    await page.click('button[data-fn="customerDataMenu"]');
    await page.waitForFunction(
      () => (document.getElementById('ask') as HTMLDialogElement).open,
    );
    expect(await ask.locator('.ask-buttons button').allTextContents()).toEqual([
      '确定',
      '取消',
    ]);
    await ask.locator('.ask-input').fill(phone);
    if (process.env.PREVIEW_SHOTS)
      await page.screenshot({path: process.env.PREVIEW_SHOTS + '/prompt.png'});
    await ask.locator('.ask-input').press('Enter');
    await page.waitForFunction(
      () =>
        (document.getElementById('script-dialog') as HTMLDialogElement).open,
    );
    expect(
      await page.locator('#script-dialog .dialog-title').textContent(),
    ).toContain('熟客');
    await page.click('#close-dialog');

    // Cancel: nothing follows, whatever was typed.
    await page.click('button[data-fn="customerDataMenu"]');
    await page.waitForFunction(
      () => (document.getElementById('ask') as HTMLDialogElement).open,
    );
    await ask.locator('.ask-input').fill(phone);
    await ask.locator('.ask-buttons button', {hasText: '取消'}).click();
    await page.waitForFunction(
      () => !(document.getElementById('ask') as HTMLDialogElement).open,
    );
    await page.waitForFunction(() => !document.body.classList.contains('busy'));
    expect(
      await page.evaluate(
        () =>
          (document.getElementById('script-dialog') as HTMLDialogElement).open,
      ),
    ).toBe(false);
  }, 60_000);

  it('opens the sidebar the script shows from the menu', async () => {
    await sidebar().evaluate(() => google.script.host.close());
    await page.waitForSelector('#side[data-closed="true"]');
    await page.click('button[data-fn="openCounter"]');
    await page.waitForSelector('#side:not([data-closed])');
    await page.waitForFunction(() =>
      /[?]t=/.test(
        (document.getElementById('sidebar') as HTMLIFrameElement).src,
      ),
    );
  });

  it('draws the self-check dialog from the menu, its buttons in reach, and closes it', async () => {
    await page.setViewportSize({width: 1024, height: 640});
    await page.click('button[data-action="menu"][data-fn="checkSpreadsheet"]');
    await page.waitForFunction(
      () =>
        (document.getElementById('script-dialog') as HTMLDialogElement).open,
    );
    const frame = await (await page.$('#dialog-frame'))!.contentFrame();
    if (!frame) throw new Error('no dialog frame');
    await frame.waitForSelector('#copy');
    expect((await frame.locator('body').textContent())!.length).toBeGreaterThan(
      100,
    );
    // The dialog fits the window (760 × 700 asked on a 640-px-high one): what it
    // holds scrolls inside it, so the copy and close buttons can be reached.
    const box = (await page.locator('#script-dialog').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    const close = frame.locator('button[onclick*="close"]');
    for (const button of [frame.locator('#copy'), close]) {
      await button.scrollIntoViewIfNeeded();
      const b = (await button.boundingBox())!;
      expect(b.y).toBeGreaterThanOrEqual(box.y);
      expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height);
    }
    // Its google.script.host.close() closes the dialog, not the sidebar.
    const sideWas = await page.getAttribute('#side', 'data-closed');
    await close.click();
    await page.waitForFunction(
      () =>
        !(document.getElementById('script-dialog') as HTMLDialogElement).open,
    );
    expect(await page.getAttribute('#side', 'data-closed')).toBe(sideWas);
    await page.setViewportSize({width: 1280, height: 720});
  });

  it('keeps the phone frame 390 × 844 on a desktop and within a 390-px screen', async () => {
    const p = await browser.newPage({viewport: {width: 1280, height: 1000}});
    try {
      await p.goto(`${preview.url}phone-frame`);
      const inner = await p.evaluate(() => {
        const f = document.getElementById('phone') as HTMLIFrameElement;
        return [f.clientWidth, f.clientHeight];
      });
      expect(inner).toEqual([390, 844]);
      await p.setViewportSize({width: 390, height: 844});
      const widths = await p.evaluate(() => [
        document.documentElement.scrollWidth,
        document.getElementById('phone')!.getBoundingClientRect().width,
      ]);
      expect(widths[0]).toBeLessThanOrEqual(390);
      expect(widths[1]).toBeLessThanOrEqual(390);
    } finally {
      await p.close();
    }
  });

  it('moves the clock a day', async () => {
    const before = await page.locator('#now').textContent();
    await page.click('button[data-action="advance"][data-hours="24"]');
    await page.waitForFunction(
      b => document.querySelector('#now')?.textContent !== b,
      before,
    );
    expect(await page.locator('#now').textContent()).toBe('2026-11-25 11:30');
  });
});

describe('the 繁體 demo book in a browser', () => {
  let dir: string;
  let preview: Preview;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-preview-tw-'));
    preview = await startPreview({
      port: 0,
      dataFile: path.join(dir, 'workbook.json'),
      fresh: true,
      locale: 'zh_TW',
      now: new Date('2026-11-24T03:30:00Z'),
    });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(preview.url);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    fs.rmSync(dir, {recursive: true, force: true});
  });

  // Characters written one way in 简体 and another in 繁體 (顾/顧, 们/們 …).
  const SIMPLIFIED = [
    ...'们这说来时会个钱买卖东门过还进问间后对级给让记话读谢饮饼乐鸭卫刘张陈杨赵黄郑吴孙马罗许冯蒋韩叶苏钟设户销访订单价实减满欢点条坚冻薯红农顾馈积储隐删录',
  ];

  it('has no simplified-only character in its tab names, names, items and notes', async () => {
    const texts = await page.evaluate(() => {
      const out: string[] = [];
      document
        .querySelectorAll('#workbook .tab')
        .forEach(t => out.push(t.textContent ?? ''));
      document.querySelectorAll('#workbook table.grid').forEach(table => {
        // The Settings tab names the three languages as they write themselves.
        if (table.getAttribute('data-tab') === '設定') return;
        table
          .querySelectorAll('td')
          .forEach(td => out.push(td.textContent ?? ''));
      });
      return out.filter(Boolean);
    });
    expect(texts.some(t => t.includes('陳淑芬'))).toBe(true);
    const found = texts.filter(t => [...t].some(ch => SIMPLIFIED.includes(ch)));
    expect(found).toEqual([]);
  });
});
