/**
 * The counter keeps up with what was just done, in Chromium at sidebar width (300 px) in
 * 简体, 繁體 and English, and at a phone's 390×844: a customer added to the book after
 * the sidebar opened is found (one call to the server, made only when nothing here
 * matches); the till dates a sale of an earlier day and names that day before voiding
 * it; the card shows a complaint, a follow-up and a sale's effect on "may also like" as
 * soon as they are saved; the stored-value form drops a refusal once the amount changes
 * and promises no points on a sale it cannot take; the stars are radios named "3 星";
 * recording a withdrawal says what is wrong once; erasing someone says what was done.
 */
import {Page} from 'playwright-core';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {SALES} from '../../src/sheets/schema-sales';
import {STORED_LEDGER} from '../../src/sheets/schema-loyalty';
import {PRIVACY_LOG} from '../../src/sheets/schema-privacy';
import {
  chromiumForFile,
  phoneForBlock,
  Preview,
  putRows,
  rowsOf,
  shot,
  sidebarForBlock,
} from './counter-helpers';

jest.setTimeout(180_000);

const NOW = new Date('2026-03-10T06:00:00Z'); // 14:00 in Shanghai and Taipei
const DAY = 86_400_000;
/** Yesterday 15:35 in Shanghai. */
const YESTERDAY_1535 = new Date('2026-03-09T07:35:00Z');

const browser = chromiumForFile();

const BOOKS = [
  {
    locale: 'zh_CN',
    lang: 'zh-CN',
    tea: '奶茶',
    tart: '蛋挞',
    newName: '陈大文',
    hand: '手写客户',
    complaint: '奶茶太甜了',
    outcome: '已道歉，下次送一杯少糖',
    reason: '投诉跟进',
    earlierSays: '这笔是 2026-03-09 的销售',
    short: '储值余额不足',
    star3: '3 星',
    erased: '已删除 李娜 的个人资料；销售记录保留，不再显示姓名',
    lastContact: '最近回访',
    wechat: '微信',
  },
  {
    locale: 'zh_TW',
    lang: 'zh-TW',
    tea: '珍珠奶茶',
    tart: '蛋塔',
    newName: '陳大文',
    hand: '手寫客戶',
    complaint: '奶茶太甜了',
    outcome: '已道歉，下次送一杯少糖',
    reason: '客訴追蹤',
    earlierSays: '這筆是 2026-03-09 的銷售',
    short: '儲值餘額不足',
    star3: '3 星',
    erased: '已刪除 李娜 的個人資料；銷售紀錄保留，不再顯示姓名',
    lastContact: '最近回訪',
    wechat: '微信',
  },
  {
    locale: 'en_US',
    lang: 'en',
    tea: 'Milk tea',
    tart: 'Egg tart',
    newName: 'David Chan',
    hand: 'Hand Typed',
    complaint: 'Tea too sweet',
    outcome: 'Apologised, a less sweet one next time',
    reason: 'Complaint follow-up',
    earlierSays: 'This sale is from 2026-03-09, not today.',
    short: 'Not enough stored value',
    star3: '3 stars',
    erased:
      "李娜's personal data is erased; their sales stay on the book, with no name",
    lastContact: 'Last contact',
    wechat: 'WeChat',
  },
] as const;

type Book = (typeof BOOKS)[number];

function seed(p: Preview, b: Book): void {
  putRows(p.emulator, CUSTOMERS, [
    {id: 'C90001', name: '张三', phone: '13812345678'},
    {id: 'C90002', name: 'Fan B', phone: '13812340002'},
    {id: 'C90003', name: 'Fan C', phone: '13812340003'},
    {id: 'C90004', name: 'Mei', phone: '13812340004'},
    {id: 'C90005', name: '李娜', phone: '13812340005'},
  ]);
  const sale = (customer: string, items: string, d: number) => ({
    date: new Date(NOW.getTime() - d * DAY),
    customer,
    items,
    amount: 15,
  });
  putRows(p.emulator, SALES, [
    sale('C90001', b.tea, 9),
    sale('C90002', `${b.tea}、${b.tart}`, 8),
    sale('C90003', `${b.tea}、${b.tart}`, 7),
    sale('C90004', b.tea, 3),
    sale('C90005', b.tea, 2),
    // Yesterday's sale logged from this device (its request id is in the page's
    // storage, put there by the test).
    {
      date: YESTERDAY_1535,
      customer: 'C90005',
      items: b.tea,
      amount: 2.82,
      requestId: 'e2e-yesterday-1',
    },
  ]);
  // Mei has ¥10 of stored value.
  putRows(p.emulator, STORED_LEDGER, [
    {
      date: new Date(NOW.getTime() - 5 * DAY),
      customer: 'C90004',
      change: 10,
      balance: 10,
      reason: b.lang === 'en' ? 'Top-up' : '充值',
      requestId: 'e2e-topup-mei',
    },
  ]);
}

async function home(page: Page): Promise<void> {
  await page.fill('#q', ' ');
  await page.fill('#q', '');
  await page.waitForSelector('[data-role=new-customer]');
}

async function openCard(page: Page, q: string, id: string): Promise<void> {
  await page.fill('#q', q);
  await page.click(`button.result[data-id="${id}"]`);
  await page.waitForSelector('[data-role=card]');
}

async function save(page: Page, form: string): Promise<void> {
  await page.click(`form.form-${form} [data-role=save]`);
  await page.waitForSelector(`form.form-${form} .form-status.ok`);
}

/** The names of the server functions the page calls, as they are called. */
function serverCalls(page: Page): string[] {
  const names: string[] = [];
  page.on('request', r => {
    if (!r.url().endsWith('/api/run')) return;
    try {
      names.push((JSON.parse(r.postData() ?? '{}') as {name: string}).name);
    } catch {
      // Not a call.
    }
  });
  return names;
}

for (const b of BOOKS) {
  describe(`the counter keeps up (${b.lang}, 300 px)`, () => {
    let p: Preview;
    let page: Page;
    let calls: string[];
    sidebarForBlock(
      {
        browser,
        locale: b.locale,
        now: NOW,
        seed: shop => seed(shop, b),
        expectNone: ['errors', 'dialogs'],
      },
      s => {
        ({p, page} = s);
        page.setDefaultTimeout(30_000);
        calls = serverCalls(page);
      },
    );

    it('finds a customer added to the book after it opened, asking the server once', async () => {
      await home(page);
      const count = async () =>
        Number(
          ((await page.textContent('[data-role=count]')) ?? '').replace(
            /\D/g,
            '',
          ),
        );
      const before = await count();
      // Brought in by an import, and typed into the sheet by hand.
      putRows(p.emulator, CUSTOMERS, [
        {id: 'C90006', name: b.newName, phone: '13900008001'},
        {id: '', name: b.hand, phone: '13900007777'},
      ]);
      calls.length = 0;
      await page.fill('#q', b.newName);
      await page.waitForSelector('button.result[data-id="C90006"]');
      expect(calls).toEqual(['counterCustomers']);
      // Found here now: no further call.
      await page.fill('#q', '8001');
      await page.waitForSelector('button.result[data-id="C90006"]');
      await page.fill('#q', '7777');
      await page.waitForSelector('button.result[data-id="13900007777"]');
      expect(calls).toEqual(['counterCustomers']);
      // Someone not on the book: one more look, then "not found", and typing on
      // asks nothing more.
      await page.fill('#q', 'qqqq');
      await page.waitForSelector('[data-role=no-match]');
      await page.fill('#q', 'qqqqx');
      await page.waitForSelector('[data-role=no-match]');
      expect(calls).toEqual(['counterCustomers', 'counterCustomers']);
      await home(page);
      expect(await count()).toBe(before + 2);
    });

    it('dates a sale of an earlier day in the till and names the day before voiding it', async () => {
      await page.evaluate(
        ([iso, items]) =>
          localStorage.setItem(
            'shuke.recentSales',
            JSON.stringify([
              {
                requestId: 'e2e-yesterday-1',
                date: iso,
                amount: 2.82,
                items,
                who: '李娜',
                customerId: 'C90005',
              },
            ]),
          ),
        [YESTERDAY_1535.toISOString(), b.tea],
      );
      // Today's sale, logged here.
      await openCard(page, '13812345678', 'C90001');
      await page.fill('[data-input=amount]', '3');
      await save(page, 'sale');
      await home(page);
      await page.click('[data-role=till]');
      const lines = page.locator('[data-role=recent] li');
      await lines.first().waitFor();
      expect(await lines.count()).toBe(2);
      expect(await lines.nth(0).locator('[data-role=when]').textContent()).toBe(
        '14:00',
      );
      expect(await lines.nth(1).locator('[data-role=when]').textContent()).toBe(
        '2026-03-09 15:35',
      );
      await lines.nth(1).locator('[data-role=void]').click();
      expect(
        await lines.nth(1).locator('[role=status]').textContent(),
      ).toContain(b.earlierSays);
      await shot(page, `${b.lang}-till-earlier-day`);
      expect(
        rowsOf(p, SALES).find(r => r.requestId === 'e2e-yesterday-1')?.void,
      ).toBe('');
      await lines.nth(1).locator('[data-role=void]').click();
      await page.waitForSelector('[data-role=recent] li.voided');
      expect(
        rowsOf(p, SALES).find(r => r.requestId === 'e2e-yesterday-1')?.void,
      ).not.toBe('');
    });

    it('shows a complaint and then the follow-up on the card as soon as they are saved', async () => {
      await home(page);
      await openCard(page, '13812345678', 'C90001');
      await page.click('[data-tab=feedback]');
      await page.click('[data-group=kind] [data-value=complaint]');
      // The stars are radios with names a screen reader says.
      const star = page.getByRole('radio', {name: b.star3, exact: true});
      await star.click();
      expect(await star.getAttribute('aria-checked')).toBe('true');
      expect(
        await page.getAttribute('[data-group=rating]', 'aria-label'),
      ).toBeTruthy();
      await page.fill('[data-input=text]', b.complaint);
      await save(page, 'feedback');
      await page.waitForSelector(
        `[data-role=complaints] li:has-text("${b.complaint}")`,
      );
      expect(rowsOf(p, FEEDBACK).at(-1)).toMatchObject({
        customer: 'C90001',
        rating: 3,
      });
      await page.click('[data-tab=contact]');
      await page.click('[data-group=channel] [data-value=wechat]');
      await page.fill('[data-input=reason]', b.reason);
      await page.fill('[data-input=outcome]', b.outcome);
      await save(page, 'contact');
      const said = `2026-03-10 · ${b.wechat} · ${b.reason}${b.lang === 'en' ? ': ' : '：'}${b.outcome}`;
      expect(
        await page.textContent('[data-role=card] [data-role=last-contact]'),
      ).toBe(`${b.lastContact}${said}`);
      await shot(page, `${b.lang}-card-contact`);
      expect(rowsOf(p, CONTACTS).at(-1)).toMatchObject({
        customer: 'C90001',
        outcome: b.outcome,
      });
      // Opened again, the card reads the same from the book.
      await home(page);
      await openCard(page, '13812345678', 'C90001');
      expect(
        await page.textContent('[data-role=card] [data-role=last-contact]'),
      ).toBe(`${b.lastContact}${said}`);
    });

    it('drops from "may also like" what was just bought', async () => {
      await home(page);
      await openCard(page, '13812340004', 'C90004');
      const liked = page.locator('[data-role=recommended]');
      expect(await liked.textContent()).toContain(b.tart);
      await page.fill('[data-input=items]', `${b.tart} ×2`);
      await page.fill('[data-input=amount]', '4');
      await page.click('[data-group=payment] [data-value=cash]');
      await save(page, 'sale');
      // Other items may still be suggested; not the one just bought.
      const after = (await liked.count()) ? await liked.textContent() : '';
      expect(after).not.toContain(b.tart);
    });

    it('promises no points on a sale the balance cannot pay, and forgets a refusal once the amount changes', async () => {
      await home(page);
      await openCard(page, '13812340004', 'C90004');
      const points = page.locator('[data-role=points-preview]');
      await page.fill('[data-input=amount]', '500');
      expect(await points.textContent()).not.toBe('');
      await page.click('[data-group=payment] [data-value=stored]');
      expect(await points.textContent()).toBe('');
      await page.click('form.form-sale [data-role=save]');
      await page.waitForSelector('form.form-sale .form-status.error');
      expect(
        await page.textContent('form.form-sale .form-status.error'),
      ).toContain(b.short);
      expect(await points.textContent()).toBe('');
      await shot(page, `${b.lang}-stored-refused`);
      await page.fill('[data-input=amount]', '');
      expect(
        await page.locator('form.form-sale .form-status.error').count(),
      ).toBe(0);
      await page.fill('[data-input=amount]', '5');
      expect(await points.textContent()).not.toBe('');
    });

    it('says the problem once when a withdrawal has no purpose, and records it with one', async () => {
      await home(page);
      await openCard(page, '13812345678', 'C90001');
      await page.click('[data-role=privacy-consent]');
      await page.click('[data-group=consent-status] [data-value=withdrawn]');
      // Both purposes start ticked: untick both, then tick one back.
      await page.click('[data-group=consent-purposes] [data-value=email]');
      await page.click('[data-group=consent-purposes] [data-value=messages]');
      await page.click('.form-privacy-consent [data-role=save]');
      await page.waitForSelector('.form-privacy-consent .form-status.error');
      const text = (await page.textContent('.form-privacy-consent')) ?? '';
      const purpose =
        (await page.textContent('.form-privacy-consent [data-err=purposes]')) ??
        '';
      expect(purpose).not.toBe('');
      expect(text.split(purpose).length - 1).toBe(1);
      await page.click('[data-group=consent-purposes] [data-value=messages]');
      await page.click('.form-privacy-consent [data-role=save]');
      await page.waitForSelector('[data-role=consent-status]');
      await page.waitForFunction(
        () =>
          document.querySelectorAll('.form-privacy-consent .form-status.error')
            .length === 0,
      );
      expect(rowsOf(p, PRIVACY_LOG).at(-1)).toMatchObject({
        customer: 'C90001',
      });
    });

    it('says so at home after erasing a customer', async () => {
      await home(page);
      await openCard(page, '13812340005', 'C90005');
      await page.click('[data-role=privacy-erase]');
      await page.click('[data-role=erase-go]');
      await page.waitForSelector('[data-role=home-said]');
      expect(await page.textContent('[data-role=home-said]')).toBe(b.erased);
      await shot(page, `${b.lang}-erased-home`);
      expect(rowsOf(p, CUSTOMERS).some(r => r.id === 'C90005')).toBe(false);
    });
  });
}

describe('the counter keeps up on a phone (简体, 390×844)', () => {
  let p: Preview;
  let page: Page;
  phoneForBlock(
    {
      browser,
      locale: 'zh_CN',
      now: NOW,
      seed: shop => seed(shop, BOOKS[0]),
    },
    s => ({p, page} = s),
  );

  it('finds a customer added since it opened and shows a follow-up on the card', async () => {
    putRows(p.emulator, CUSTOMERS, [
      {id: 'C90006', name: '陈大文', phone: '13900008001'},
    ]);
    await page.fill('#q', '陈大文');
    await page.click('button.result[data-id="C90006"]');
    await page.waitForSelector('[data-role=card]');
    await page.click('[data-tab=contact]');
    await page.fill('[data-input=reason]', '投诉跟进');
    await page.fill('[data-input=outcome]', '已道歉，下次送一杯少糖');
    await save(page, 'contact');
    expect(
      await page.textContent('[data-role=card] [data-role=last-contact]'),
    ).toContain('已道歉，下次送一杯少糖');
    const wide = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(wide).toBe(false);
    await shot(page, 'phone-zh-CN-contact');
  });
});
