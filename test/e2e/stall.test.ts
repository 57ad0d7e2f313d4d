/**
 * What the stall needs at the counter, in Chromium at sidebar width (300 px): a sale,
 * today's till showing it, voiding it from the till (the row stays, marked; the till,
 * the card and the grade forget it), the staff name chosen once on the device landing in
 * the Sales row, and a new customer with a lunar birthday and consent given after the
 * shop's notice.
 */
import {Page} from 'playwright-core';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {STORED_LEDGER} from '../../src/sheets/schema-loyalty';
import {getSetting} from '../loyalty/loyalty-shop';
import {DEMO_OWNER_EMAIL} from '../../preview/demo-book';
import {
  chromiumForFile,
  Preview,
  putRows,
  rowsOf,
  shot,
  sidebarForBlock,
} from './counter-helpers';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-10T06:00:00Z'); // 14:00 in Shanghai
const DAY = 86_400_000;

const browser = chromiumForFile();

function seed(p: Preview): void {
  putRows(p.emulator, CUSTOMERS, [
    {id: 'C90001', name: '张三', phone: '13812345678'},
  ]);
  // Two visits in the last week (grade E); yesterday's sale of a walk-in in cash.
  putRows(p.emulator, SALES, [
    {date: new Date(NOW.getTime() - 6 * DAY), customer: 'C90001', amount: 25},
    {date: new Date(NOW.getTime() - 3 * DAY), customer: 'C90001', amount: 15},
    {date: new Date(NOW.getTime() - DAY), amount: 9, payment: '现金'},
  ]);
}

async function home(page: Page): Promise<void> {
  await page.fill('#q', ' ');
  await page.fill('#q', '');
  await page.waitForSelector('[data-role=new-customer]');
}

async function openTill(page: Page): Promise<void> {
  await home(page);
  await page.click('[data-role=till]');
  await page.waitForSelector('[data-role=till-figures] [data-role=today]');
}

/** Today's count and total as the till shows them. */
async function today(page: Page): Promise<{count: number; total: number}> {
  const n = async (role: string) =>
    Number(
      (
        (await page.textContent(`[data-role=today] [data-role=${role}]`)) ?? ''
      ).replace(/[^\d.]/g, ''),
    );
  return {count: await n('count'), total: await n('total')};
}

async function noHorizontalScroll(page: Page): Promise<void> {
  const wide = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(wide).toBe(false);
}

describe('the stall in 简体中文 at 300 px', () => {
  let p: Preview;
  let page: Page;
  sidebarForBlock(
    {
      browser,
      locale: 'zh_CN',
      now: NOW,
      seed,
      expectNone: ['errors', 'dialogs'],
    },
    s => ({p, page} = s),
  );

  // The preview's demo shop may have sold today already: the till is compared to itself.
  let before = {count: 0, total: 0};

  it('keeps the staff name on the device and writes it on the sale', async () => {
    await openTill(page);
    before = await today(page);
    await page.fill('[data-input=staff]', '小王');
    await page.click('[data-role=save-staff]');
    expect(await page.evaluate(() => localStorage.getItem('shuke.staff'))).toBe(
      '小王',
    );
    await page.fill('#q', 'zs');
    await page.click('button.result[data-id="C90001"]');
    await page.waitForSelector('[data-role=card]');
    expect(await page.textContent('[data-role=card] [data-role=grade]')).toBe(
      'E',
    );
    await page.fill('[data-input=items]', '冰红茶');
    await page.fill('[data-input=amount]', '18');
    await page.click('[data-group=payment] [data-value=wechat]');
    await page.click('form.form-sale [data-role=save]');
    await page.waitForSelector('form.form-sale .form-status.ok');
    expect(await page.textContent('[data-role=card] [data-role=grade]')).toBe(
      'D',
    );
    expect(rowsOf(p, SALES).at(-1)).toMatchObject({
      customer: 'C90001',
      amount: 18,
      payment: '微信支付',
      staff: '小王',
      void: '',
    });
  });

  it('shows the sale in today’s till, voids it there, and the till, card and grade forget it', async () => {
    await openTill(page);
    expect(await today(page)).toEqual({
      count: before.count + 1,
      total: before.total + 18,
    });
    expect(
      await page.textContent('[data-role=yesterday] [data-role=count]'),
    ).toMatch(/笔$/);
    await noHorizontalScroll(page);
    await shot(page, 'zh-CN-till');
    await page.click('[data-role=recent] [data-role=void]');
    expect(
      await page.getAttribute(
        '[data-role=recent] [data-role=void]',
        'data-armed',
      ),
    ).toBe('true');
    // One tap only arms the button: nothing is written yet.
    expect(rowsOf(p, SALES).at(-1)?.void).toBe('');
    await page.click('[data-role=recent] [data-role=void]');
    await page.waitForSelector('[data-role=recent] li.voided [data-role=mark]');
    await page.waitForSelector('[data-role=today] .muted.small');
    expect(await today(page)).toEqual(before);
    await shot(page, 'zh-CN-void');
    const rows = rowsOf(p, SALES);
    expect(rows.filter(r => r.requestId !== '').length).toBeGreaterThan(0);
    expect(rows.at(-1)).toMatchObject({
      amount: 18,
      void: '作废 · 小王 · 2026-03-10 14:00',
    });
    // The card reads the book again: two visits, grade E.
    await home(page);
    await page.fill('#q', 'zs');
    await page.click('button.result[data-id="C90001"]');
    await page.waitForSelector('[data-role=card]');
    expect(await page.textContent('[data-role=card] [data-role=grade]')).toBe(
      'E',
    );
    expect(
      await page.textContent('[data-role=card] [data-role=visits]'),
    ).toContain('2');
  });

  it('adds a new customer with a lunar birthday, and consent only after the notice', async () => {
    await home(page);
    await page.click('[data-role=new-customer]');
    await page.fill('[data-input=name]', '李阿姨');
    await page.fill('[data-input=phone]', '13700001111');
    await page.click('[data-role=extras] summary');
    await page.fill('[data-input=birthday]', '八月十五');
    await page.click('[data-group=birthdayKind] [data-value=lunar]');
    await page.fill('[data-input=wechat]', 'li_ayi');
    await page.fill('[data-input=email]', 'li@example');
    expect(await page.locator('[data-group=consent]').count()).toBe(0);
    await page.click('[data-role=ask-consent]');
    expect(await page.textContent('[data-role=consent-notice]')).toContain(
      '删除',
    );
    await page.click('[data-group=consent] [data-value=yes]');
    await page.fill('[data-input=amount]', '12');
    await noHorizontalScroll(page);
    await shot(page, 'zh-CN-new-customer-whole');
    await page.click('form.form-sale [data-role=save]');
    await page.waitForSelector('form.form-sale .form-status.error');
    expect(await page.textContent('[data-err=email]')).toContain('邮箱');
    await page.fill('[data-input=email]', 'li@example.com');
    await page.click('form.form-sale [data-role=save]');
    await page.waitForSelector('[data-role=card]');
    const li = rowsOf(p, CUSTOMERS).find(r => r.name === '李阿姨');
    expect(li).toMatchObject({
      birthday: '八月十五',
      birthdayKind: '农历',
      wechat: 'li_ayi',
      email: 'li@example.com',
      consent: '同意',
    });
    expect(rowsOf(p, SALES).at(-1)).toMatchObject({amount: 12, staff: '小王'});
  });
});

describe('the stall in English', () => {
  let p: Preview;
  let page: Page;
  sidebarForBlock(
    {
      browser,
      locale: 'en_US',
      now: NOW,
      seed: shop => {
        putRows(shop.emulator, CUSTOMERS, [
          {id: 'C00001', name: 'Ann Lee', phone: '5550100'},
        ]);
        // Earlier today: a top-up paid by WeChat and a sale paid from that balance.
        const earlier = new Date(NOW.getTime() - 3_600_000);
        putRows(shop.emulator, STORED_LEDGER, [
          {
            date: earlier,
            customer: 'C00001',
            change: 100,
            balance: 100,
            reason: 'Top-up',
            requestId: 'e2e-topup-1',
            note: 'paid by WeChat Pay',
          },
        ]);
        putRows(shop.emulator, SALES, [
          {
            date: earlier,
            customer: 'C00001',
            amount: 30,
            payment: 'Stored value',
          },
        ]);
      },
      expectNone: ['errors'],
    },
    s => ({p, page} = s),
  );

  it('shows the till by payment method and voids a sale', async () => {
    await openTill(page);
    const start = await today(page);
    // The demo shop's own card sales of the morning, if any, come before ours.
    const cardLine = '[data-role=today] [data-payment=card]';
    const cardTotal = async () =>
      (await page.locator(cardLine).count())
        ? Number(
            /([\d.,]+)$/
              .exec((await page.textContent(cardLine)) ?? '')![1]
              .replace(/,/g, ''),
          )
        : 0;
    const cardBefore = await cardTotal();
    const salesBefore = rowsOf(p, SALES).length;
    for (const [amount, pay] of [
      ['4.50', 'cash'],
      ['12', 'card'],
    ]) {
      await home(page);
      await page.click('[data-role=walk-in]');
      await page.fill('[data-input=amount]', amount);
      await page.click(`[data-group=payment] [data-value=${pay}]`);
      await page.click('form.form-sale [data-role=save]');
      await page.waitForSelector('form.form-sale .form-status.ok');
    }
    await openTill(page);
    expect(await today(page)).toEqual({
      count: start.count + 2,
      total: Math.round((start.total + 16.5) * 100) / 100,
    });
    expect(
      await page.textContent('[data-role=today] [data-role=count]'),
    ).toMatch(/^Sales: \d+$/);
    expect(await cardTotal()).toBeCloseTo(cardBefore + 12, 2);
    // The top-up is WeChat money; the sale from the balance took none and stands apart.
    // In the shop's own currency: Set up shop wrote $ for the en_US book.
    const currency = String(
      p.emulator.run(() => getSetting(p.emulator, 'currency')),
    );
    expect(currency).toBe('$');
    expect(
      await page.textContent('[data-role=today] [data-payment=wechat]'),
    ).toContain(`Top-ups: 1${currency}100`);
    expect(
      await page.textContent('[data-role=today] [data-role=from-balances]'),
    ).toMatch(/^From balances, no money taken.*30$/);
    await shot(page, 'en-till');
    await page.click('[data-role=recent] li >> nth=0 >> [data-role=void]');
    await page.click('[data-role=recent] li >> nth=0 >> [data-role=void]');
    await page.waitForSelector('[data-role=recent] li.voided');
    await page.waitForSelector('[data-role=today] .muted.small');
    expect(await today(page)).toEqual({
      count: start.count + 1,
      total: Math.round((start.total + 4.5) * 100) / 100,
    });
    expect(
      rowsOf(p, SALES)
        .slice(salesBefore)
        .map(r => r.void),
    ).toEqual(['', `Void · ${DEMO_OWNER_EMAIL} · 2026-03-10 14:00`]);
    await shot(page, 'en-void');
  });

  it('asks for consent with the notice in English', async () => {
    await home(page);
    await page.click('[data-role=new-customer]');
    await page.click('[data-role=extras] summary');
    await page.click('[data-role=ask-consent]');
    expect(await page.textContent('[data-role=consent-notice]')).toContain(
      'delete',
    );
    await page.fill('[data-input=birthday]', '2001-02-30');
    await page.fill('[data-input=name]', 'Bo');
    await page.fill('[data-input=phone]', '5550199');
    await page.fill('[data-input=amount]', '3');
    await page.click('form.form-sale [data-role=save]');
    await page.waitForSelector('form.form-sale .form-status.error');
    expect(await page.textContent('[data-err=birthday]')).toContain(
      'Write the birthday',
    );
    await shot(page, 'en-new-customer-whole');
  });
});
