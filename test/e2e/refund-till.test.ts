/**
 * A balance refunded in cash, seen where staff count the drawer: Chromium with the built
 * sidebar (300 px) and the phone page (390×844, touch) on the preview, each call reaching
 * the built Code.js on the emulator. Top up ¥100 by cash, refund ¥30 by cash from the
 * card's owner actions, and today's till shows the refund on the cash line and takes it
 * off what should be in hand: ¥70 more than before, not ¥100. In 简体, 繁體 and English,
 * the viewer's language on screen and the book's in the ledger.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Page} from 'playwright-core';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {STORED_LEDGER} from '../../src/sheets/schema-loyalty';
import {
  chromiumForFile,
  phoneForBlock,
  Preview,
  putRows,
  rowsOf,
  SHOTS,
  sidebarForBlock,
} from './counter-helpers';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-10T06:00:00Z'); // 14:00 in Shanghai
const browser = chromiumForFile();
const CUSTOMER = {id: 'C97001', name: '林小梅', phone: '13899990001'};

interface Lang {
  tag: string;
  locale: string;
  cash: string;
  refundCount: string;
  topUpCount: string;
  refundsOut: string;
  net: string;
  /** The ledger note, in the book's language. */
  note: string;
  reason: string;
}

const LANGS: Lang[] = [
  {
    tag: 'zh-CN',
    locale: 'zh_CN',
    cash: '现金',
    refundCount: '退款 1 笔',
    topUpCount: '充值 1 笔',
    refundsOut: '储值退款 1 笔（已付出）',
    net: '扣除退款后应有',
    note: '现金退还：顾客搬家',
    reason: '顾客搬家',
  },
  {
    tag: 'zh-TW',
    locale: 'zh_TW',
    cash: '現金',
    refundCount: '退款 1 筆',
    topUpCount: '儲值 1 筆',
    refundsOut: '儲值退款 1 筆（已付出）',
    net: '扣除退款後應有',
    note: '現金退還：顧客搬家',
    reason: '顧客搬家',
  },
  {
    tag: 'en',
    locale: 'en_US',
    cash: 'Cash',
    refundCount: 'Refunds: 1',
    topUpCount: 'Top-ups: 1',
    refundsOut: 'Stored value refunded: 1 (paid out)',
    net: 'In hand, after refunds',
    note: 'paid back by Cash: moving away',
    reason: 'moving away',
  },
];

type Tap = (page: Page, selector: string) => Promise<void>;
const click: Tap = (page, s) => page.click(s);
const tap: Tap = (page, s) => page.locator(s).first().tap();

/** A figure as the till shows it ("¥70", "−NT$30", "$1,070.50"), as a number. */
function figure(text: string | null): number {
  const t = (text ?? '').trim();
  const n = Number(t.replace(/[^\d.]/g, ''));
  return /^[−-]/.test(t) ? -n : n;
}

async function openTill(page: Page, t: Tap): Promise<void> {
  await page.fill('#q', ' ');
  await page.fill('#q', '');
  await t(page, '[data-role=till]');
  await page.waitForSelector('[data-role=till-figures] [data-role=today]');
}

/** Today's total and cash line (0 when cash has no line yet). */
async function tillNow(page: Page): Promise<{total: number; cash: number}> {
  const cash = page.locator('[data-role=today] [data-payment=cash] .num');
  return {
    total: figure(
      await page.textContent('[data-role=today] [data-role=total]'),
    ),
    cash: (await cash.count()) ? figure(await cash.textContent()) : 0,
  };
}

async function saveForm(page: Page, t: Tap, form: string): Promise<string> {
  await t(page, `form.form-${form} [data-role=save]`);
  await page.waitForSelector(
    `form.form-${form} .form-status.ok, form.form-${form} .form-status.error`,
  );
  return (await page.textContent(`form.form-${form} .form-status`)) ?? '';
}

/** The whole page, or only the element `only` names (a form in a long card). */
async function shot(page: Page, name: string, only?: string): Promise<void> {
  fs.mkdirSync(SHOTS, {recursive: true});
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.getElementById('toast')?.classList.remove('on');
  });
  await page.waitForTimeout(200);
  const file = path.join(SHOTS, `refund-${name}.png`);
  if (only) await page.locator(only).screenshot({path: file});
  else await page.screenshot({path: file, fullPage: true});
}

/** Nothing wider than the screen: no sideways scrolling. */
async function fitsWidth(page: Page): Promise<void> {
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth <= window.innerWidth,
    ),
  ).toBe(true);
}

function seed(p: Preview, lang: Lang): void {
  putRows(p.emulator, CUSTOMERS, [CUSTOMER]);
  p.emulator.session.userLocale = lang.locale;
}

/** Top up, refund, and the till: the steps at one screen in one language. */
function topUpRefundTill(
  get: () => {p: Preview; page: Page},
  t: Tap,
  lang: Lang,
  shots: string,
): void {
  let before = {total: 0, cash: 0};

  it('notes the till before (the demo shop may have sold today)', async () => {
    const {page} = get();
    await openTill(page, t);
    before = await tillNow(page);
  });

  it('tops up ¥100 by cash on the card', async () => {
    const {page} = get();
    await page.fill('#q', '99990001');
    await page.waitForSelector(`button.result[data-id="${CUSTOMER.id}"]`);
    await t(page, `button.result[data-id="${CUSTOMER.id}"]`);
    await page.waitForSelector('[data-role=card] [data-role=loyalty]');
    await t(page, '[data-role=top-up]');
    await page.fill('form.form-topup [data-input=topUpAmount]', '100');
    await t(
      page,
      'form.form-topup [data-group=topUpPayment] [data-value=cash]',
    );
    expect(await saveForm(page, t, 'topup')).toMatch(/100/);
  });

  it('refunds ¥30, asking how it was paid back', async () => {
    const {p, page} = get();
    await t(page, '[data-role=loyalty-more] summary');
    await page.waitForSelector('form.form-refund');
    await page.fill('form.form-refund [data-input=refundAmount]', '30');
    await page.fill('form.form-refund [data-input=refundReason]', lang.reason);
    await t(
      page,
      'form.form-refund [data-group=refundPayment] [data-value=wechat]',
    );
    await t(
      page,
      'form.form-refund [data-group=refundPayment] [data-value=cash]',
    );
    expect(
      await page.getAttribute(
        'form.form-refund [data-group=refundPayment] [data-value=cash]',
        'aria-checked',
      ),
    ).toBe('true');
    await fitsWidth(page);
    await shot(page, `${shots}-form`, 'form.form-refund');
    const said = await saveForm(page, t, 'refund');
    expect(said).toContain(lang.cash);
    expect(said).toMatch(/30/);
    const rows = rowsOf(p, STORED_LEDGER).filter(
      r => String(r.customer) === CUSTOMER.id,
    );
    expect(rows.map(r => [r.change, r.note])).toEqual([
      [100, expect.any(String)],
      [-30, lang.note],
    ]);
  });

  it('the till takes the refund off cash and off what should be in hand', async () => {
    const {page} = get();
    await openTill(page, t);
    const now = await tillNow(page);
    const r2 = (n: number) => Math.round(n * 100) / 100;
    expect(now.total).toBe(r2(before.total + 70));
    expect(now.cash).toBe(r2(before.cash + 70));
    const cashLine =
      (await page.textContent('[data-role=today] [data-payment=cash]')) ?? '';
    expect(cashLine).toContain(lang.cash);
    expect(cashLine).toContain(lang.refundCount);
    expect(cashLine).toContain(lang.topUpCount);
    expect(
      await page.textContent('[data-role=today] .till-total.refunds-out'),
    ).toMatch(new RegExp(`^${escape(lang.refundsOut)}\\s*−\\D*30$`));
    expect(
      figure(await page.textContent('[data-role=today] [data-role=received]')),
    ).toBe(r2(before.total + 100));
    expect(await page.textContent('[data-role=today] .till-total.net')).toMatch(
      new RegExp(`^${escape(lang.net)}`),
    );
    // Refunds are no longer a line apart.
    expect(await page.locator('[data-role=refunds]').count()).toBe(0);
    await fitsWidth(page);
    await shot(page, `${shots}-till`);
  });
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

for (const lang of LANGS) {
  describe(`a refund in cash and the till, sidebar (300 px, ${lang.tag})`, () => {
    let s: {p: Preview; page: Page} | undefined;
    sidebarForBlock(
      {
        browser,
        locale: lang.locale,
        now: NOW,
        seed: p => seed(p, lang),
        expectNone: ['errors', 'dialogs'],
      },
      x => (s = x),
    );
    topUpRefundTill(() => s!, click, lang, lang.tag);
  });

  describe(`a refund in cash and the till, phone page (390×844, ${lang.tag})`, () => {
    let s: {p: Preview; page: Page} | undefined;
    phoneForBlock(
      {browser, locale: lang.locale, now: NOW, seed: p => seed(p, lang)},
      x => (s = x),
    );
    topUpRefundTill(() => s!, tap, lang, `phone-${lang.tag}`);
  });
}
