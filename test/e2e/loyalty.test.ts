/**
 * Points and stored value at the counter, as staff use them: Chromium with the built
 * sidebar (300 px) and the phone page (390×844, touch) served by the preview, each call
 * reaching the built Code.js on the emulator. Top up, pay a sale from the balance, redeem
 * points, void the sales from the till, and the balances are back; every step is checked
 * in the ledger tabs, the thing the counter claims to have changed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Page} from 'playwright-core';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {SETTINGS} from '../../src/sheets/schema-settings-tab';
import {
  POINTS_LEDGER,
  POINTS_REASONS,
  STORED_LEDGER,
  STORED_REASONS,
} from '../../src/sheets/schema-loyalty';
import {Lang, langFromLocale} from '../../src/domain/i18n';
import {ALL_SETTINGS} from '../../src/sheets/settings-schema';
import {TIER_LOG, TIERS} from '../../src/sheets/schema-tiers';
import {sheetOf} from '../counter/shop';
import {
  chromiumForFile,
  Preview,
  preview,
  putRows,
  rowsOf,
  SHOTS,
  Sidebar,
  sidebarForBlock,
} from './counter-helpers';

jest.setTimeout(120_000);

const NOW = new Date('2026-03-10T06:00:00Z'); // 14:00 in Shanghai
const browser = chromiumForFile();

const ZHANG = {id: 'C90001', name: '张三', phone: '13812345678'};
const HOSTILE = {
  id: 'C90009',
  name: '<img src=x onerror="document.body.dataset.owned=1">',
  phone: '13700000009',
};

/** A Settings row by its key, whatever language the book's labels are in. */
function setSetting(p: Preview, key: string, value: unknown): void {
  const def = ALL_SETTINGS.find(d => d.key === key);
  if (!def) throw new Error(`no setting ${key}`);
  const sheet = sheetOf(p.emulator, SETTINGS);
  const labels = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues();
  const row = labels.findIndex(r =>
    Object.values(def.label).includes(String(r[0])),
  );
  if (row < 0) throw new Error(`no Settings row for ${key}`);
  sheet.getRange(row + 1, 2).setValue(value as string);
}

function seed(p: Preview): void {
  putRows(p.emulator, CUSTOMERS, [ZHANG, HOSTILE]);
  setSetting(p, 'topUpBonus', '100:10, 300:40');
  setSetting(p, 'pointsPerMoneyOff', 100);
}

function ledger(p: Preview, kind: 'points' | 'stored', customer: string) {
  return rowsOf(p, kind === 'points' ? POINTS_LEDGER : STORED_LEDGER).filter(
    r => String(r.customer) === customer,
  );
}

function sum(rows: Array<Record<string, unknown>>): number {
  return Math.round(rows.reduce((s, r) => s + Number(r.change), 0) * 100) / 100;
}

async function balances(page: Page): Promise<{points: string; stored: string}> {
  return {
    points: (
      (await page.textContent('[data-role=points-balance] b')) ?? ''
    ).trim(),
    stored: (
      (await page.textContent('[data-role=stored-balance] b')) ?? ''
    ).trim(),
  };
}

type Tap = (page: Page, selector: string) => Promise<void>;
const click: Tap = (page, s) => page.click(s);
const tap: Tap = (page, s) => page.locator(s).first().tap();

async function openCard(page: Page, t: Tap, q: string, id: string) {
  await page.fill('#q', ' ');
  await page.fill('#q', q);
  await page.waitForSelector(`button.result[data-id="${id}"]`);
  await t(page, `button.result[data-id="${id}"]`);
  await page.waitForSelector('[data-role=card] [data-role=loyalty]');
}

async function saveForm(page: Page, t: Tap, form: string): Promise<string> {
  await t(page, `form.form-${form} [data-role=save]`);
  await page.waitForSelector(
    `form.form-${form} .form-status.ok, form.form-${form} .form-status.error`,
  );
  return (await page.textContent(`form.form-${form} .form-status`)) ?? '';
}

async function voidFromTill(page: Page, t: Tap, p: Preview, note: string) {
  const sale = rowsOf(p, SALES).find(r => r.note === note);
  const requestId = String(sale?.requestId ?? '');
  expect(requestId).not.toBe('');
  await page.fill('#q', ' ');
  await page.fill('#q', '');
  await t(page, '[data-role=till]');
  const row = `[data-role=recent] li[data-request="${requestId}"]`;
  await page.waitForSelector(`${row} [data-role=void]`);
  await t(page, `${row} [data-role=void]`);
  await t(page, `${row} [data-role=void]`);
  await page.waitForSelector(
    `[data-role=recent] li.voided[data-request="${requestId}"] [data-role=mark]`,
  );
}

async function shot(page: Page, name: string, full = true): Promise<void> {
  fs.mkdirSync(SHOTS, {recursive: true});
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.getElementById('toast')?.classList.remove('on');
  });
  await page.waitForTimeout(200);
  await page.screenshot({
    path: path.join(SHOTS, `loyalty-${name}.png`),
    fullPage: full,
  });
}

/** Nothing is wider than the page: no sideways scrolling at 300 or 390 px. */
async function fitsWidth(page: Page): Promise<void> {
  const over = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    return Array.from(
      document.querySelectorAll('[data-role=loyalty] *, form *'),
    )
      .filter(e => (e as HTMLElement).offsetParent !== null)
      .filter(e => e.getBoundingClientRect().right > w + 0.5)
      .map(e => e.outerHTML.slice(0, 80));
  });
  expect(over).toEqual([]);
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth <= window.innerWidth,
    ),
  ).toBe(true);
}

/**
 * The whole round at one screen: top up, pay from the balance, refused when short,
 * an owner's adjustment, redeem as money off, void both sales, balances back.
 */
function roundTrip(
  get: () => {p: Preview; page: Page},
  t: Tap,
  tag: string,
): void {
  it('opens with nothing to redeem and no balance to pay from', async () => {
    const {page} = get();
    await openCard(page, t, 'zs', ZHANG.id);
    expect(await balances(page)).toEqual({points: '0', stored: '¥0'});
    expect(await page.isVisible('[data-role=redeem-none]')).toBe(true);
    expect(await page.textContent('[data-role=redeem-none]')).toBe(
      '没有可用的积分',
    );
    expect(await page.isVisible('[data-role=redeem]')).toBe(false);
    await t(page, '[data-group=payment] [data-value=stored]');
    expect(await page.textContent('form.form-sale [data-err=payment]')).toBe(
      '这位客户没有储值余额',
    );
    await t(page, '[data-group=payment] [data-value=cash]');
    expect(await page.textContent('form.form-sale [data-err=payment]')).toBe(
      '',
    );
  });

  it('tops up: the bonus the rule gives is shown before confirming, then written once', async () => {
    const {p, page} = get();
    await t(page, '[data-role=top-up]');
    await page.waitForSelector('form.form-topup');
    expect(
      await page
        .locator('[data-role=bonus-rules] .chip')
        .evaluateAll(cs => cs.map(c => c.textContent)),
    ).toEqual(['充¥100送¥10', '充¥300送¥40']);
    await t(page, '[data-role=bonus-rules] .chip[data-min="100"]');
    expect(
      await page.inputValue('form.form-topup [data-input=topUpAmount]'),
    ).toBe('100');
    expect(await page.textContent('[data-role=topup-preview]')).toBe(
      '付 ¥100，送 ¥10，到账 ¥110\n余额 ¥0 → ¥110',
    );
    await t(
      page,
      'form.form-topup [data-group=topUpPayment] [data-value=wechat]',
    );
    await fitsWidth(page);
    await shot(page, `${tag}-topup`);
    // Nothing is written before the confirm button.
    expect(ledger(p, 'stored', ZHANG.id)).toHaveLength(0);
    expect(await saveForm(page, t, 'topup')).toBe(
      '已充值 ¥100，送 ¥10。余额 ¥0 → ¥110',
    );
    const rows = ledger(p, 'stored', ZHANG.id);
    expect(rows.map(r => [r.change, r.balance])).toEqual([
      [100, 100],
      [10, 110],
    ]);
    expect(await balances(page)).toEqual({points: '0', stored: '¥110'});
    // The last changes, newest first, as they can be read out to the customer.
    expect(
      await page
        .locator('[data-role=ledger-recent] li .chg')
        .evaluateAll(cs => cs.map(c => c.textContent)),
    ).toEqual(['+¥10', '+¥100']);
  });

  it('pays a sale from the balance, with the balance before and after shown first', async () => {
    const {p, page} = get();
    await page.fill('form.form-sale [data-input=items]', '奶茶');
    await page.fill('form.form-sale [data-input=amount]', '36');
    await t(page, 'form.form-sale [data-group=payment] [data-value=stored]');
    expect(await page.textContent('[data-role=stored-preview]')).toBe(
      '储值余额 ¥110 → 付后 ¥74',
    );
    await page.fill('form.form-sale [data-input=note]', `${tag}-stored`);
    await fitsWidth(page);
    await shot(page, `${tag}-pay-stored`);
    const status = await saveForm(page, t, 'sale');
    expect(status).toContain('储值余额 ¥110 → ¥74');
    expect(sum(ledger(p, 'stored', ZHANG.id))).toBe(74);
    expect(await balances(page)).toMatchObject({stored: '¥74'});
    const sale = rowsOf(p, SALES).find(r => r.note === `${tag}-stored`);
    expect(sale).toMatchObject({amount: 36, payment: '储值'});
  });

  it('refuses a sale larger than the balance, with the server saying why', async () => {
    const {p, page} = get();
    const before = rowsOf(p, SALES).length;
    await page.fill('form.form-sale [data-input=amount]', '500');
    await t(page, 'form.form-sale [data-group=payment] [data-value=stored]');
    expect(await page.textContent('form.form-sale [data-err=payment]')).toBe(
      '储值余额不足：余额 ¥74，本单 ¥500',
    );
    const status = await saveForm(page, t, 'sale');
    expect(status).not.toBe('');
    expect(await page.isVisible('form.form-sale .form-status.error')).toBe(
      true,
    );
    expect(rowsOf(p, SALES)).toHaveLength(before);
    expect(sum(ledger(p, 'stored', ZHANG.id))).toBe(74);
    // What was typed is kept.
    expect(await page.inputValue('form.form-sale [data-input=amount]')).toBe(
      '500',
    );
    await page.fill('form.form-sale [data-input=amount]', '');
    await page.fill('form.form-sale [data-input=note]', '');
    // Paying another way: the refusal is not left standing under the next sale.
    await t(page, 'form.form-sale [data-group=payment] [data-value=cash]');
    expect(await page.isVisible('form.form-sale .form-status.error')).toBe(
      false,
    );
  });

  it('the owner adds points with a reason, behind "more"', async () => {
    const {p, page} = get();
    expect(await page.isVisible('form.form-adjust')).toBe(false);
    await t(page, '[data-role=loyalty-more] summary');
    await page.fill('form.form-adjust [data-input=change]', '-1000');
    expect(
      await page.textContent('form.form-adjust [data-err=change]'),
    ).toMatch(/积分不能少于 0/);
    await page.fill('form.form-adjust [data-input=change]', '500');
    await page.fill('form.form-adjust [data-input=adjustReason]', '开业赠送');
    expect(await saveForm(page, t, 'adjust')).toMatch(/→ 536$/);
    const rows = ledger(p, 'points', ZHANG.id);
    expect(rows.at(-1)).toMatchObject({change: 500, balance: 536});
    expect(sum(rows)).toBe(536);
    expect(await balances(page)).toMatchObject({points: '536'});
    await t(page, '[data-role=loyalty-more] summary');
  });

  it('redeems points as money off: the money off and the balance after are shown, never below zero', async () => {
    const {p, page} = get();
    await page.fill('form.form-sale [data-input=items]', '蛋糕');
    await page.fill('form.form-sale [data-input=amount]', '20');
    await t(page, '[data-role=redeem]');
    await page.fill('[data-input=redeemPoints]', '9999');
    expect(await page.textContent('form.form-sale [data-err=redeem]')).toBe(
      '积分不够：只有 536 分',
    );
    await page.fill('[data-input=redeemPoints]', '500');
    expect(await page.textContent('[data-role=redeem-preview]')).toBe(
      '抵 ¥5，实付 ¥15\n积分 536 → 36',
    );
    expect(await page.textContent('[data-role=points-preview]')).toBe(
      '本次积分 +15',
    );
    await page.fill('form.form-sale [data-input=note]', `${tag}-redeem`);
    await fitsWidth(page);
    await shot(page, `${tag}-redeem`);
    const status = await saveForm(page, t, 'sale');
    expect(status).toContain('积分余额 536 → 51');
    const sale = rowsOf(p, SALES).find(r => r.note === `${tag}-redeem`);
    expect(sale).toMatchObject({amount: 15});
    expect(sum(ledger(p, 'points', ZHANG.id))).toBe(51);
    expect(await balances(page)).toEqual({points: '51', stored: '¥74'});
    // The redeem part is closed again for the next sale.
    expect(await page.isVisible('[data-role=redeem-body]')).toBe(false);
    await shot(page, `${tag}-card`);
  });

  it('the till: the top-up is WeChat money, the sale from the balance stands apart', async () => {
    const {page} = get();
    await page.fill('#q', ' ');
    await page.fill('#q', '');
    await t(page, '[data-role=till]');
    await page.waitForSelector('[data-role=till-figures] [data-role=today]');
    expect(
      await page.textContent('[data-role=today] [data-payment=wechat]'),
    ).toMatch(/充值 1 笔/);
    expect(
      await page.textContent('[data-role=today] [data-role=from-balances]'),
    ).toMatch(/^储值余额支付（未收款）1 笔¥36(\.00)?$/);
    await shot(page, `${tag}-till`);
  });

  it('voids both sales from the till: the balances are back', async () => {
    const {p, page} = get();
    await voidFromTill(page, t, p, `${tag}-redeem`);
    await voidFromTill(page, t, p, `${tag}-stored`);
    expect(sum(ledger(p, 'stored', ZHANG.id))).toBe(110);
    expect(sum(ledger(p, 'points', ZHANG.id))).toBe(500);
    await openCard(page, t, 'zs', ZHANG.id);
    expect(await balances(page)).toEqual({points: '500', stored: '¥110'});
    const reasons = await page
      .locator('[data-role=ledger-recent] li .why')
      .evaluateAll(cs => cs.map(c => c.textContent ?? ''));
    expect(reasons.some(r => r.includes('作废'))).toBe(true);
  });
}

describe('points and stored value in the sidebar (300 px, 简体)', () => {
  let s: Sidebar;
  sidebarForBlock(
    {browser, locale: 'zh_CN', now: NOW, seed, expectNone: ['errors']},
    x => (s = x),
  );
  roundTrip(() => s, click, 'zh-CN');

  it('refunds stored value behind "more", never more than the balance', async () => {
    const {p, page} = s;
    await t0(page);
    await page.click('[data-role=loyalty-more] summary');
    await page.fill('form.form-refund [data-input=refundAmount]', '200');
    expect(await page.textContent('form.form-refund [data-err=amount]')).toBe(
      '不能超过余额 ¥110',
    );
    await page.fill('form.form-refund [data-input=refundAmount]', '10');
    await page.fill('form.form-refund [data-input=refundReason]', '顾客搬家');
    await page.click(
      'form.form-refund [data-group=refundPayment] [data-value=cash]',
    );
    await fitsWidth(page);
    await shot(page, 'zh-CN-more');
    expect(await saveForm(page, click, 'refund')).toBe(
      '已退 ¥10（现金）。余额 ¥110 → ¥100',
    );
    expect(sum(ledger(p, 'stored', ZHANG.id))).toBe(100);
    expect(await balances(page)).toMatchObject({stored: '¥100'});
  });

  it('writes a top-up once when its answer was lost and staff confirm again', async () => {
    const {p, page} = s;
    await t0(page);
    const before = sum(ledger(p, 'stored', ZHANG.id));
    await page.click('[data-role=top-up]');
    await page.click('[data-role=bonus-rules] .chip[data-min="300"]');
    // The server writes the top-up, then the answer never reaches the sidebar.
    let lost = 0;
    await page.route('**/api/run', async route => {
      if (lost === 0 && /"topUp"/.test(route.request().postData() ?? '')) {
        lost++;
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    const failed = await saveForm(page, click, 'topup');
    expect(lost).toBe(1);
    expect(failed).toMatch(/^没有保存：/);
    expect(sum(ledger(p, 'stored', ZHANG.id))).toBe(before + 340);
    // What was typed is kept, and so is the request id: confirming again finds the rows.
    expect(
      await page.inputValue('form.form-topup [data-input=topUpAmount]'),
    ).toBe('300');
    expect(await saveForm(page, click, 'topup')).toBe(
      `已充值 ¥300，送 ¥40。余额 ¥${before} → ¥${before + 340}`,
    );
    await page.unroute('**/api/run');
    const rows = ledger(p, 'stored', ZHANG.id);
    expect(rows.filter(r => r.change === 300)).toHaveLength(1);
    expect(rows.filter(r => r.change === 40)).toHaveLength(1);
    expect(sum(rows)).toBe(before + 340);
    expect(await balances(page)).toMatchObject({stored: `¥${before + 340}`});
  });

  it('shows a hostile name and a hand-typed reason as text', async () => {
    const {p, page} = s;
    putRows(p.emulator, STORED_LEDGER, [
      {
        date: new Date(NOW.getTime() - 86_400_000),
        customer: HOSTILE.id,
        change: 50,
        balance: 50,
        reason: '<b onmouseover=alert(1)>手写</b>',
      },
    ]);
    await page.fill('#q', ' ');
    await page.fill('#q', '13700000009');
    await page.click(`button.result[data-id="${HOSTILE.id}"]`);
    await page.waitForSelector('[data-role=card] [data-role=loyalty]');
    expect(await page.textContent('[data-role=name]')).toBe(HOSTILE.name);
    expect(await page.textContent('[data-role=ledger-recent]')).toContain(
      '<b onmouseover=alert(1)>手写</b>',
    );
    expect(
      await page.locator('[data-role=loyalty] b[onmouseover]').count(),
    ).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.owned ?? '')).toBe(
      '',
    );
  });

  async function t0(page: Page): Promise<void> {
    await openCard(page, click, 'zs', ZHANG.id);
  }
});

/** A reason as the book writes it, in its language. */
function reason(kind: 'points' | 'stored', key: string, lang: Lang): string {
  const list = kind === 'points' ? POINTS_REASONS : STORED_REASONS;
  const o = list.find(x => x.key === key);
  if (!o) throw new Error(`no reason ${key}`);
  return o.names[lang];
}

/** A card with history: a top-up and its bonus, a sale's points, one unreadable row. */
function seedHistory(p: Preview, lang: Lang): void {
  seed(p);
  const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
  const row = (
    kind: 'points' | 'stored',
    days: number,
    change: unknown,
    balance: unknown,
    why: string,
  ) => ({
    date: day(days),
    customer: ZHANG.id,
    change,
    balance,
    reason: reason(kind, why, lang),
  });
  putRows(p.emulator, STORED_LEDGER, [
    row('stored', 12, 300, 300, 'topUp'),
    row('stored', 12, 40, 340, 'bonus'),
    row('stored', 3, -28, 312, 'payment'),
  ]);
  putRows(p.emulator, POINTS_LEDGER, [
    row('points', 12, 180, 180, 'sale'),
    row('points', 3, 28, 208, 'sale'),
    row('points', 2, 'lots', '', 'adjustment'),
  ]);
}

/** The screens a shop owner sees, in a book and viewer language, for the README. */
function glance(
  tag: string,
  locale: string,
  viewer: string,
  currency: string,
  expected: {
    storedChip: string;
    topUpPreview: RegExp;
    problems: RegExp;
    redeemPreview: RegExp;
  },
): void {
  describe(`the loyalty screens in ${tag}`, () => {
    let s: Sidebar;
    sidebarForBlock(
      {
        browser,
        locale,
        now: NOW,
        seed: p => {
          seedHistory(p, langFromLocale(locale));
          setSetting(p, 'currency', currency);
          p.emulator.session.userLocale = viewer;
        },
        expectNone: ['errors'],
      },
      x => (s = x),
    );

    it('shows balances, last changes and the unreadable row on the card', async () => {
      const {page} = s;
      await openCard(page, click, '13812345678', ZHANG.id);
      expect((await balances(page)).points).toBe('208');
      expect(await page.textContent('[data-role=loyalty-problems]')).toMatch(
        expected.problems,
      );
      expect(
        await page
          .locator('[data-role=ledger-recent] li')
          .evaluateAll(ls => ls.length),
      ).toBeGreaterThanOrEqual(5);
      await fitsWidth(page);
      await shot(page, `${tag}-card`);
    });

    it('previews a top-up with its bonus', async () => {
      const {page} = s;
      await page.click('[data-role=top-up]');
      await page.click('[data-role=bonus-rules] .chip[data-min="300"]');
      expect(await page.textContent('[data-role=topup-preview]')).toMatch(
        expected.topUpPreview,
      );
      await fitsWidth(page);
      await shot(page, `${tag}-topup`);
      await page.click('[data-role=top-up]');
    });

    it('previews points as money off and paying from the balance', async () => {
      const {page} = s;
      await page.fill('form.form-sale [data-input=items]', 'Latte');
      await page.fill('form.form-sale [data-input=amount]', '30');
      await page.click('[data-role=redeem]');
      await page.click('[data-role=redeem-all]');
      expect(await page.inputValue('[data-input=redeemPoints]')).toBe('208');
      expect(await page.textContent('[data-role=redeem-preview]')).toMatch(
        expected.redeemPreview,
      );
      await page.click(
        'form.form-sale [data-group=payment] [data-value=stored]',
      );
      expect(
        await page.textContent(
          'form.form-sale [data-group=payment] [data-value=stored]',
        ),
      ).toBe(expected.storedChip);
      expect(await page.textContent('[data-role=stored-preview]')).toContain(
        '312',
      );
      await fitsWidth(page);
      await shot(page, `${tag}-sale`);
    });

    it('redeems points for a gift, paid from the balance, and says both balances after', async () => {
      const {p, page} = s;
      await page.click('[data-group=redeemAs] [data-value=gift]');
      await page.fill('[data-input=gift]', 'Mug 杯子');
      await page.fill('[data-input=redeemPoints]', '100');
      expect(await page.textContent('[data-role=redeem-preview]')).toMatch(
        /208 → 108$/,
      );
      // A gift takes nothing off: the whole amount is paid from the balance.
      expect(await page.textContent('[data-role=stored-preview]')).toMatch(
        /312 → \D*282/,
      );
      await page.fill('form.form-sale [data-input=note]', `${tag}-gift`);
      const status = await saveForm(page, click, 'sale');
      expect(status).toMatch(/208 → 138/); // 208 − 100 + 30 earned
      expect(status).toMatch(/312 → \D*282/);
      const spent = ledger(p, 'points', ZHANG.id).filter(
        r => r.change === -100,
      );
      expect(spent).toHaveLength(1);
      expect(String(spent[0].note)).toContain('Mug 杯子');
      expect(sum(ledger(p, 'stored', ZHANG.id))).toBe(282);
      expect(await balances(page)).toMatchObject({points: '138'});
    });

    it('fits a phone-wide screen too (390 px)', async () => {
      const {page} = s;
      await page.setViewportSize({width: 390, height: 844});
      await page.click('[data-role=top-up]');
      await page.click('[data-role=redeem]');
      await fitsWidth(page);
      await shot(page, `${tag}-390`);
      await page.setViewportSize({width: 300, height: 720});
    });
  });
}

glance('zh-TW', 'zh_TW', 'zh_TW', 'NT$', {
  storedChip: '儲值',
  topUpPreview: /^付 NT\$300，送 NT\$40，入帳 NT\$340\n餘額 NT\$312 → NT\$652$/,
  problems: /1 列讀不出/,
  redeemPreview: /^折抵 NT\$2\.08，實付 NT\$27\.92\n積分 208 → 0$/,
});
glance('en', 'en_US', 'en_US', '$', {
  storedChip: 'Stored value',
  topUpPreview: /^Pays \$300, bonus \$40, adds \$340\nBalance \$312 → \$652$/,
  problems: /^⚠ 1 row of the points/,
  redeemPreview: /^\$2\.08 off, pays \$27\.92\nPoints 208 → 0$/,
});

describe('points and stored value on the phone page (390×844, touch)', () => {
  let p: Preview;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    p = await preview('zh_CN', NOW);
    seed(p);
    const ctx = await browser().newContext({
      viewport: {width: 390, height: 844},
      deviceScaleFactor: 2,
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
  });
  afterAll(async () => {
    await page?.context().close();
    await p?.close();
  });
  afterEach(() => expect(errors).toEqual([]));

  roundTrip(() => ({p, page}), tap, 'phone-zh-CN');

  it('gives every loyalty control a thumb-sized target', async () => {
    await page.locator('[data-role=loyalty-more] summary').tap();
    await page.waitForSelector('form.form-refund');
    const small = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>(
          '[data-role=loyalty] button, [data-role=loyalty] summary, [data-role=redeem-part] button, [data-group=payment] button',
        ),
      )
        .filter(e => e.offsetParent !== null)
        .filter(e => e.getBoundingClientRect().height < 44)
        .map(e => e.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    await fitsWidth(page);
  });
});

/**
 * A gold member's sale: the server takes the tier's discount off the typed price before
 * the points' money off, so what the form says is paid and the balance after must be
 * counted from the discounted price, or staff read the customer a wrong figure.
 */
describe("points and stored value after a member's tier discount (300 px)", () => {
  let s: Sidebar;
  sidebarForBlock(
    {
      browser,
      locale: 'zh_CN',
      now: NOW, // a Tuesday: the gold tier's double points day
      expectNone: ['errors'],
      seed: p => {
        seed(p);
        const day = new Date(NOW.getTime() - 5 * 86_400_000);
        putRows(p.emulator, STORED_LEDGER, [
          {
            date: day,
            customer: ZHANG.id,
            change: 50,
            balance: 50,
            reason: '充值',
          },
        ]);
        putRows(p.emulator, POINTS_LEDGER, [
          {
            date: day,
            customer: ZHANG.id,
            change: 200,
            balance: 200,
            reason: '消费',
          },
        ]);
        putRows(p.emulator, TIERS, [
          {name: '普通'},
          {
            name: '金卡',
            measure: '消费',
            min: 3000,
            discount: '9折',
            doubleDays: '周二',
          },
        ]);
        putRows(p.emulator, TIER_LOG, [
          {date: '2026-03-01', customer: ZHANG.id, to: '金卡'},
        ]);
      },
    },
    x => (s = x),
  );

  it('counts money off, what is paid and the balance after from the discounted price', async () => {
    const {p, page} = s;
    await openCard(page, click, 'zs', ZHANG.id);
    await page.fill('form.form-sale [data-input=items]', '蛋糕');
    await page.fill('form.form-sale [data-input=amount]', '20');
    expect(await page.textContent('[data-role=tier-discount-line]')).toContain(
      '实收 ¥18',
    );
    await click(page, '[data-role=redeem]');
    await page.fill('[data-input=redeemPoints]', '100');
    expect(await page.textContent('[data-role=redeem-preview]')).toBe(
      '抵 ¥1，实付 ¥17\n积分 200 → 100',
    );
    await click(
      page,
      'form.form-sale [data-group=payment] [data-value=stored]',
    );
    expect(await page.textContent('[data-role=stored-preview]')).toBe(
      '储值余额 ¥50 → 付后 ¥33',
    );
    // At most the discounted price in points: ¥18 is 1800 points, all 200 fit.
    expect(await page.textContent('[data-role=redeem-all]')).toContain('200');
    // Unticked, the typed price again.
    await page.uncheck('[data-input=tier-discount]');
    expect(await page.textContent('[data-role=stored-preview]')).toBe(
      '储值余额 ¥50 → 付后 ¥31',
    );
    await page.check('[data-input=tier-discount]');
    const status = await saveForm(page, click, 'sale');
    expect(status).toContain('储值余额 ¥50 → ¥33');
    expect(sum(ledger(p, 'stored', ZHANG.id))).toBe(33);
    expect(sum(ledger(p, 'points', ZHANG.id))).toBe(134); // 200 − 100 + 17 × 2
    expect(await balances(page)).toEqual({points: '134', stored: '¥33'});
  });
});

/**
 * The customer is short, staff top up on the card, and the sale form beside it counts
 * from the new balance: no stale "not enough" left standing, the points toggle and the
 * owner's refund limit follow every change.
 */
describe('the sale form follows a top-up, refund or adjustment made on the card (300 px)', () => {
  let s: Sidebar;
  sidebarForBlock(
    {
      browser,
      locale: 'zh_CN',
      now: NOW,
      expectNone: ['errors'],
      seed: p => {
        seed(p);
        const day = new Date(NOW.getTime() - 5 * 86_400_000);
        putRows(p.emulator, STORED_LEDGER, [
          {
            date: day,
            customer: ZHANG.id,
            change: 30,
            balance: 30,
            reason: '充值',
          },
        ]);
      },
    },
    x => (s = x),
  );

  it('a refusal for a short balance gives way to the balance after a top-up', async () => {
    const {p, page} = s;
    await openCard(page, click, 'zs', ZHANG.id);
    await page.fill('form.form-sale [data-input=items]', '奶茶');
    await page.fill('form.form-sale [data-input=amount]', '50');
    await click(
      page,
      'form.form-sale [data-group=payment] [data-value=stored]',
    );
    expect(await page.textContent('form.form-sale [data-err=payment]')).toBe(
      '储值余额不足：余额 ¥30，本单 ¥50',
    );
    await saveForm(page, click, 'sale');
    expect(await page.isVisible('form.form-sale .form-status.error')).toBe(
      true,
    );
    await click(page, '[data-role=top-up]');
    await click(page, '[data-role=bonus-rules] .chip[data-min="100"]');
    expect(await saveForm(page, click, 'topup')).toBe(
      '已充值 ¥100，送 ¥10。余额 ¥30 → ¥140',
    );
    expect(await page.textContent('form.form-sale [data-err=payment]')).toBe(
      '',
    );
    expect(await page.isVisible('form.form-sale .form-status.error')).toBe(
      false,
    );
    expect(await page.textContent('[data-role=stored-preview]')).toBe(
      '储值余额 ¥140 → 付后 ¥90',
    );
    expect(await saveForm(page, click, 'sale')).toContain(
      '储值余额 ¥140 → ¥90',
    );
    expect(sum(ledger(p, 'stored', ZHANG.id))).toBe(90);
    // The next sale is not taken from the balance unless chosen again.
    expect(
      await page.getAttribute(
        'form.form-sale [data-group=payment] [data-value=stored]',
        'aria-checked',
      ),
    ).toBe('false');
    expect(await page.textContent('[data-role=stored-preview]')).toBe('');
  });

  it("the points toggle and the refund's limit follow the owner's changes", async () => {
    const {page} = s;
    await click(page, '[data-role=loyalty-more] summary');
    await page.fill('form.form-adjust [data-input=change]', '80');
    await page.fill('form.form-adjust [data-input=adjustReason]', '老客');
    expect(await saveForm(page, click, 'adjust')).toMatch(/→ 130$/);
    expect(await page.textContent('[data-role=redeem]')).toBe('+ 用积分 · 130');
    expect(
      await page.textContent('form.form-refund [data-field=amount] .hint'),
    ).toBe('可退 ¥80（赠送的 ¥10 不退）');
    await page.fill('form.form-refund [data-input=refundAmount]', '20');
    await page.fill('form.form-refund [data-input=refundReason]', '退一部分');
    await page.click(
      'form.form-refund [data-group=refundPayment] [data-value=wechat]',
    );
    expect(await saveForm(page, click, 'refund')).toBe(
      '已退 ¥20（微信）。余额 ¥90 → ¥70',
    );
    expect(
      await page.textContent('form.form-refund [data-field=amount] .hint'),
    ).toBe('可退 ¥60（赠送的 ¥10 不退）');
    await page.fill('form.form-refund [data-input=refundAmount]', '80');
    expect(await page.textContent('form.form-refund [data-err=amount]')).toBe(
      '不能超过余额 ¥70',
    );
  });
});
