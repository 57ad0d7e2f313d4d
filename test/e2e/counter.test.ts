/**
 * The counter as staff use it: Debian's Chromium, the built sidebar served by the local
 * preview, google.script.run reaching the built Code.js on the emulator. Each check reads
 * the emulator's workbook, the thing the sidebar claims to have changed.
 */
import {Page} from 'playwright-core';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {SALES} from '../../src/sheets/schema-sales';
import {
  chromiumForFile,
  Preview,
  putRows,
  rowsOf,
  shot,
  Sidebar,
  sidebarForBlock,
} from './counter-helpers';
import {getSetting} from '../loyalty/loyalty-shop';

jest.setTimeout(90_000);

const NOW = new Date('2026-03-10T06:00:00Z'); // 14:00 in Shanghai
const DAY = 86_400_000;

const browser = chromiumForFile();

/** The owner's own words in the book: an English book's notes are in English. */
function seed(p: Preview, locale: string): void {
  const en = locale.startsWith('en');
  putRows(p.emulator, CUSTOMERS, [
    {
      id: 'C90001',
      name: '张三',
      phone: '13812345678',
      preferences: en ? 'Less sugar' : '少糖',
      notes: en ? 'Lives nearby' : '住在附近',
    },
    {id: 'C90002', name: '李小龙', phone: '13998765432'},
    {id: 'C90003', name: '陳大文', phone: '0912345678'},
  ]);
  // Two visits in the last week: 2 a month, grade E; one more makes 3 a month, grade D.
  putRows(p.emulator, SALES, [
    {
      date: new Date(NOW.getTime() - 6 * DAY),
      customer: 'C90001',
      items: en ? 'Milk tea, Egg tart' : '奶茶、蛋挞',
      amount: 25,
      points: 25,
    },
    {
      date: new Date(NOW.getTime() - 3 * DAY),
      customer: 'C90001',
      items: en ? 'Milk tea' : '奶茶',
      amount: 15,
      points: 15,
    },
  ]);
}

async function search(page: Page, q: string): Promise<string[]> {
  await page.fill('#q', q);
  await page.waitForSelector('[data-role=results], [data-role=no-match]');
  return page
    .locator('button.result')
    .evaluateAll(bs => bs.map(b => (b as HTMLElement).dataset.id ?? ''));
}

async function openCard(page: Page, q: string, id: string): Promise<void> {
  await search(page, q);
  await page.click(`button.result[data-id="${id}"]`);
  await page.waitForSelector('[data-role=card]');
}

/** Back to the start: an empty search shows the home actions. */
async function home(page: Page): Promise<void> {
  // Filling an already empty box fires no input event: type something first.
  await page.fill('#q', ' ');
  await page.fill('#q', '');
  await page.waitForSelector('[data-role=new-customer]');
}

/** Saves a new customer's sale: the card opens, or the duplicate is offered. */
async function saveNew(page: Page): Promise<void> {
  await page.click('form.form-sale [data-role=save]');
  await page.waitForSelector(
    '[data-role=card], [data-role=duplicate], form.form-sale .form-status.error',
  );
}

/** The seeded shop in `locale` with the sidebar open, for the tests of the block. */
function counterIn(
  locale: string,
  use: (s: Sidebar) => void,
  o: {more?: (p: Preview) => void; quiet?: boolean} = {},
): void {
  sidebarForBlock(
    {
      browser,
      locale,
      now: NOW,
      seed: p => {
        seed(p, locale);
        o.more?.(p);
      },
      expectNone: o.quiet ? ['dialogs', 'errors'] : [],
    },
    use,
  );
}

async function save(page: Page, form: string): Promise<void> {
  await page.click(`form.form-${form} [data-role=save]`);
  await page.waitForSelector(
    `form.form-${form} .form-status.ok, form.form-${form} .form-status.error`,
  );
}

describe('the counter in 简体中文', () => {
  let p: Preview;
  let page: Page;
  counterIn('zh_CN', c => ({p, page} = c), {quiet: true});

  it('opens in Chinese with the customer book loaded', async () => {
    await shot(page, 'zh-CN-home');
    await page.waitForSelector('[data-role=count]');
    expect(await page.textContent('[data-role=count]')).toMatch(/\d+ 位客户/);
    expect(await page.getAttribute('#q', 'placeholder')).toBe(
      '手机号、姓名或拼音首字母',
    );
  });

  it('finds a customer by part of the phone, by name and by pinyin initials', async () => {
    expect(await search(page, '2345')).toContain('C90001');
    expect(await search(page, '张三')).toContain('C90001');
    expect(await search(page, 'zs')).toContain('C90001');
    expect(await search(page, 'lxl')).toContain('C90002');
    // Traditional characters, read through the browser's collation.
    expect(await search(page, 'cdw')).toContain('C90003');
    expect(await search(page, 'chendawen')).toContain('C90003');
    expect(await search(page, '8765 432')).toEqual(['C90002']);
    // Text committed by a Chinese IME arrives as one insertion, not as key presses.
    await page.fill('#q', '');
    await page.focus('#q');
    await page.keyboard.insertText('小龙');
    await page.waitForSelector('button.result[data-id="C90002"]');
    await search(page, 'zs');
    await shot(page, 'zh-CN-search');
  });

  it('shows the card and logs a sale: the row is in Sales and the grade moves from E to D', async () => {
    await openCard(page, 'zs', 'C90001');
    const grade = page.locator('[data-role=card] [data-role=grade]');
    expect(await grade.textContent()).toBe('E');
    expect(
      await page.textContent('[data-role=card] [data-role=visits]'),
    ).toContain('2');
    expect(await page.textContent('[data-role=favourites]')).toContain('奶茶');
    expect(await page.textContent('[data-role=preferences]')).toContain('少糖');
    await shot(page, 'zh-CN-card');
    await page.click('[data-role=top-items] .chip >> nth=0');
    await page.fill('[data-input=items]', '珍珠奶茶、蛋挞×2');
    await page.fill('[data-input=amount]', '￥36.5');
    await page.click('[data-group=payment] [data-value=alipay]');
    expect(await page.textContent('[data-role=points-preview]')).toBe(
      '本次积分 +36',
    );
    await shot(page, 'zh-CN-sale');
    const before = rowsOf(p, SALES).length;
    await save(page, 'sale');
    expect(await page.textContent('form.form-sale .form-status')).toBe(
      '已记录 ¥36.50，积分 +36',
    );
    const rows = rowsOf(p, SALES);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      customer: 'C90001',
      items: '珍珠奶茶、蛋挞×2',
      amount: 36.5,
      payment: '支付宝',
      points: 36,
    });
    expect(await grade.textContent()).toBe('D');
    expect(
      await page.textContent('[data-role=card] [data-role=last-visit]'),
    ).toContain('今天');
    // The form is ready for the next sale.
    expect(await page.inputValue('[data-input=amount]')).toBe('');
  });

  it('keeps what was typed and says what is wrong', async () => {
    await page.fill('[data-input=amount]', '三十');
    await page.fill('[data-input=items]', '豆浆');
    await save(page, 'sale');
    expect(await page.textContent('[data-err=amount]')).toBe(
      '金额应为数字，例如 36 或 12.50',
    );
    expect(await page.inputValue('[data-input=items]')).toBe('豆浆');
    expect(await page.inputValue('[data-input=amount]')).toBe('三十');
    await shot(page, 'zh-CN-sale-error');
  });

  it('writes once on a double click', async () => {
    const before = rowsOf(p, SALES).length;
    await page.fill('[data-input=amount]', '8');
    await page.dblclick('form.form-sale [data-role=save]');
    await page.waitForSelector('form.form-sale .form-status.ok');
    await page.waitForTimeout(300);
    expect(rowsOf(p, SALES).length).toBe(before + 1);
  });

  it('writes once when the same request is sent twice', async () => {
    const before = rowsOf(p, SALES).length;
    const answers = await page.evaluate(async () => {
      const request = {
        requestId: 'e2e-resend-0001',
        customerId: 'C90002',
        newCustomer: null,
        items: '可乐',
        amount: '3',
        payment: 'cash',
        note: '',
      };
      const run = () =>
        new Promise(resolve => {
          type Run = {
            withSuccessHandler(f: (v: unknown) => void): Run;
            logSale(r: unknown): void;
          };
          const g = window as unknown as {google: {script: {run: Run}}};
          g.google.script.run.withSuccessHandler(resolve).logSale(request);
        });
      return Promise.all([run(), run()]);
    });
    expect(
      answers.map(a => (a as {repeated: boolean}).repeated).sort(),
    ).toEqual([false, true]);
    expect(rowsOf(p, SALES).length).toBe(before + 1);
  });

  it('logs a complaint, shows it on the card and resolves it', async () => {
    await page.click('[data-tab=feedback]');
    await page.click('[data-group=kind] [data-value=complaint]');
    await page.click('[data-group=rating] [data-value="2"]');
    await page.fill('[data-input=text]', '奶茶太甜了，下次少糖');
    await shot(page, 'zh-CN-feedback');
    await save(page, 'feedback');
    await page.waitForSelector('[data-role=complaints] li');
    expect(await page.textContent('[data-role=complaints]')).toContain(
      '奶茶太甜了',
    );
    const fb = rowsOf(p, FEEDBACK).at(-1)!;
    expect(fb).toMatchObject({
      customer: 'C90001',
      type: '投诉',
      rating: 2,
      text: '奶茶太甜了，下次少糖',
      status: '未解决',
    });
    await page.click('[data-role=complaints] [data-role=resolve]');
    await page.fill('[data-input=resolution]', '已道歉，送一杯少糖奶茶');
    await shot(page, 'zh-CN-resolve');
    await page.click('[data-role=complaints] form [data-role=save]');
    await page.waitForSelector('[data-role=complaints]', {state: 'detached'});
    const done = rowsOf(p, FEEDBACK).at(-1)!;
    expect(done).toMatchObject({
      status: '已解决',
      resolution: '已道歉，送一杯少糖奶茶',
    });
    expect(done.resolvedOn).toBeInstanceOf(Date);
  });

  it('records a contact', async () => {
    await page.click('[data-tab=contact]');
    await page.click('[data-group=channel] [data-value=phone]');
    await page.click('form.form-contact .chips .chip >> nth=2');
    await page.fill('[data-input=outcome]', '周末会来看看');
    await shot(page, 'zh-CN-contact');
    await save(page, 'contact');
    expect(rowsOf(p, CONTACTS).at(-1)).toMatchObject({
      customer: 'C90001',
      channel: '电话',
      reason: '新品通知',
      outcome: '周末会来看看',
    });
  });

  it('adds a new customer with a sale, and offers the existing one for a known phone', async () => {
    await home(page);
    await page.click('[data-role=new-customer]');
    await page.fill('[data-input=name]', '王小明');
    await page.fill('[data-input=phone]', '13700001111');
    await page.fill('[data-input=amount]', '20');
    await shot(page, 'zh-CN-new-customer');
    await saveNew(page);
    await page.waitForSelector('[data-role=card]');
    expect(await page.textContent('[data-role=card] [data-role=name]')).toBe(
      '王小明',
    );
    const created = rowsOf(p, CUSTOMERS).at(-1)!;
    expect(created).toMatchObject({name: '王小明', phone: '13700001111'});
    expect(String(created.id)).toMatch(/^C\d{5}$/);
    expect(rowsOf(p, SALES).at(-1)).toMatchObject({
      customer: created.id,
      amount: 20,
    });
    expect(await search(page, 'wxm')).toContain(created.id);

    await home(page);
    await page.click('[data-role=new-customer]');
    await page.fill('[data-input=name]', '张三三');
    await page.fill('[data-input=phone]', '138 1234 5678');
    await page.fill('[data-input=amount]', '9');
    const customers = rowsOf(p, CUSTOMERS).length;
    await saveNew(page);
    await page.waitForSelector('[data-role=duplicate]');
    expect(await page.textContent('[data-role=duplicate]')).toContain('张三');
    await shot(page, 'zh-CN-duplicate');
    expect(rowsOf(p, CUSTOMERS).length).toBe(customers);
    await page.click('[data-role=use-existing]');
    await page.waitForSelector('[data-role=card]');
    expect(await page.textContent('[data-role=card] [data-role=name]')).toBe(
      '张三',
    );
    expect(await page.inputValue('[data-input=amount]')).toBe('9');
  });

  it('stores hostile names as text and shows them as text', async () => {
    const names = [
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("http://evil.example","点我")',
      '+86-冒号@客户',
      '😀🍵 小美 👩‍👩‍👧',
      '长'.repeat(2000),
    ];
    let phone = 13600000000;
    for (const name of names) {
      await home(page);
      await page.click('[data-role=new-customer]');
      await page.fill('[data-input=name]', name);
      await page.fill('[data-input=phone]', String(phone++));
      await page.fill('[data-input=amount]', '1');
      await saveNew(page);
      await page.waitForSelector('[data-role=card]');
      expect(await page.textContent('[data-role=card] [data-role=name]')).toBe(
        name,
      );
      if (name === names[0]) await shot(page, 'zh-CN-hostile-card');
    }
    const book = rowsOf(p, CUSTOMERS);
    for (const name of names) {
      const row = book.find(r => r.name === name);
      expect(row).toBeDefined();
      expect(row!.formulas).toEqual([]);
    }
    expect(await search(page, '<img')).toHaveLength(1);
    expect(await page.textContent('button.result .rname')).toBe(names[0]);
    expect(await page.locator('img').count()).toBe(0);
    await shot(page, 'zh-CN-hostile');
  });
});

describe('the counter in English', () => {
  let p: Preview;
  let page: Page;
  let dialogs: string[];
  counterIn('en_US', c => ({p, page, dialogs} = c));

  it('speaks English and logs a sale', async () => {
    await shot(page, 'en-home');
    expect(await page.getAttribute('#q', 'placeholder')).toBe(
      'Phone, name or pinyin',
    );
    await search(page, 'zs');
    await shot(page, 'en-search');
    await openCard(page, 'zs', 'C90001');
    await shot(page, 'en-card');
    await page.fill('[data-input=items]', 'Milk tea');
    await page.fill('[data-input=amount]', '12');
    await shot(page, 'en-sale');
    await save(page, 'sale');
    // The shop's own currency: Set up shop wrote $ for the en_US book.
    const currency = p.emulator.run(() => getSetting(p.emulator, 'currency'));
    expect(currency).toBe('$');
    expect(await page.textContent('form.form-sale .form-status')).toBe(
      `Logged ${currency}12, +12 points`,
    );
    expect(rowsOf(p, SALES).at(-1)).toMatchObject({
      customer: 'C90001',
      payment: 'Cash',
      amount: 12,
    });
    await page.click('[data-tab=feedback]');
    await shot(page, 'en-feedback');
    await page.click('[data-tab=contact]');
    await shot(page, 'en-contact');
    await home(page);
    await page.click('[data-role=new-customer]');
    await shot(page, 'en-new-customer');
    expect(dialogs).toEqual([]);
  });
});

describe('a first morning at the counter in 繁體中文', () => {
  let p: Preview;
  let page: Page;
  counterIn('zh_TW', c => ({p, page} = c), {
    quiet: true,
    // A shop keyed by phone: the number is the customer id and the phone.
    more: shop =>
      putRows(shop.emulator, CUSTOMERS, [
        {id: '0912000111', name: '林美華', phone: '0912000111'},
      ]),
  });

  const occurrences = (text: string, what: string) =>
    text.split(what).length - 1;

  it('shows the phone once on the card of a phone-keyed customer', async () => {
    await openCard(page, '0912000', '0912000111');
    const head = (await page.textContent('.card-head')) ?? '';
    expect(occurrences(head, '0912000111')).toBe(1);
  });

  it('counts a best seller tapped twice as ×2 and writes the quantity', async () => {
    const chip = page.locator('[data-role=top-items] .chip').first();
    const best = ((await chip.textContent()) ?? '').trim();
    await chip.click();
    await chip.click();
    expect(await page.inputValue('[data-input=items]')).toBe(`${best} ×2`);
    await page.fill('[data-input=amount]', '12,5');
    // Said as it is typed, before saving.
    expect(await page.textContent('[data-err=amount]')).toContain('小數點');
    expect(await page.textContent('[data-role=points-preview]')).toBe('');
    await shot(page, 'zh-TW-ambiguous-amount');
    const before = rowsOf(p, SALES).length;
    await save(page, 'sale');
    expect(await page.textContent('[data-err=amount]')).toContain('12,5');
    expect(rowsOf(p, SALES)).toHaveLength(before);
    await page.fill('[data-input=amount]', '１２．５');
    expect(await page.textContent('[data-err=amount]')).toBe('');
    expect(await page.textContent('[data-role=points-preview]')).toBe(
      '本次積分 +12',
    );
    await save(page, 'sale');
    expect(await page.textContent('form.form-sale .form-status')).toMatch(
      /已記錄 .*12\.50，積分 \+12$/,
    );
    expect(rowsOf(p, SALES).at(-1)).toMatchObject({
      customer: '0912000111',
      items: `${best} ×2`,
      quantity: 2,
      amount: 12.5,
      points: 12,
    });
  });

  it('says a note is too long as it is typed, and neither cuts nor saves it', async () => {
    const long = '很'.repeat(2100);
    await page.fill('[data-input=amount]', '5');
    await page.fill('[data-input=note]', long);
    expect(await page.textContent('[data-err=note]')).toBe(
      '太長了：2100 個字，最多 2000 個字。儲存前請刪短，不會自動截斷。',
    );
    await shot(page, 'zh-TW-too-long');
    const before = rowsOf(p, SALES).length;
    await save(page, 'sale');
    expect(await page.inputValue('[data-input=note]')).toBe(long);
    expect(rowsOf(p, SALES)).toHaveLength(before);
    await page.fill('[data-input=note]', '很'.repeat(2000));
    expect(await page.textContent('[data-err=note]')).toBe('');
    await save(page, 'sale');
    expect(rowsOf(p, SALES).at(-1)?.note).toBe('很'.repeat(2000));
  });

  it('shows an open complaint once', async () => {
    await page.click('[data-tab=feedback]');
    await page.click('[data-group=kind] [data-value=complaint]');
    await page.fill('[data-input=text]', '珍珠太硬了');
    await save(page, 'feedback');
    await page.waitForSelector('[data-role=complaints]');
    const card = (await page.textContent('[data-role=card]')) ?? '';
    expect(occurrences(card, '珍珠太硬了')).toBe(1);
    await page.setViewportSize({width: 390, height: 844});
    await shot(page, 'zh-TW-phone-card');
    await page.setViewportSize({width: 300, height: 720});
  });

  it('announces no points for a walk-in sale', async () => {
    await home(page);
    await page.click('[data-role=walk-in]');
    await page.fill('[data-input=amount]', '30');
    expect(await page.textContent('[data-role=points-preview]')).toBe('');
    await save(page, 'sale');
    const said = (await page.textContent('form.form-sale .form-status')) ?? '';
    expect(said).toMatch(/^已記錄 .*30/);
    expect(said).not.toContain('積分');
    expect(rowsOf(p, SALES).at(-1)).toMatchObject({customer: '', points: ''});
  });
});

describe('the counter in English on a phone', () => {
  let p: Preview;
  let page: Page;
  counterIn('en_GB', c => ({p, page} = c));
  beforeAll(() => page.setViewportSize({width: 390, height: 844}));

  it('refuses an ambiguous amount in English and keeps text as typed', async () => {
    await openCard(page, 'zs', 'C90001');
    await page.fill('[data-input=items]', '1e5');
    await page.fill('[data-input=note]', '3/5');
    await page.fill('[data-input=amount]', '1.234');
    expect(await page.textContent('[data-err=amount]')).toBe(
      '“1.234” could mean two different amounts: write decimals with a dot, at most 2 digits (12.5), and a comma only between thousands (1,234.50)',
    );
    await shot(page, 'en-phone-ambiguous-amount');
    await page.fill('[data-input=amount]', '1,234.50');
    await save(page, 'sale');
    expect(rowsOf(p, SALES).at(-1)).toMatchObject({
      items: '1e5',
      note: '3/5',
      amount: 1234.5,
      points: 1234,
    });
  });
});
