/**
 * The dashboard and "Something new" after Compact old sales, through the built bundle:
 * the customer tables (grades, lifecycles, moves this month, at-risk regulars and their
 * value) are the same before and after; last year's months that reach before the cut
 * are blank and the head says why; a customer who bought an item only before the cut
 * is still one of its fans, and its item is not recommended to them as new.
 */
import {bundleShop, CUSTOMERS, putRows, SALES} from '../counter/shop';

type Emu = ReturnType<typeof bundleShop>['emu'];
type App = ReturnType<typeof bundleShop>['app'];

const NOW = '2026-11-30T02:00:00Z';
const DAY = 86_400_000;
const ago = (days: number, hour = 11) =>
  new Date(Date.parse(NOW) - days * DAY + (hour - 10) * 3_600_000);

const CUSTOMER_TABLES = [
  '客户等级',
  '客户阶段',
  '本月等级变化（对比上月底按同样的销售计算的等级）',
  '流失风险的熟客（曾是 A/B/C 级，已久未光顾；按近一年消费排序）',
];

function shop(): {emu: Emu; app: App} {
  const s = bundleShop('zh_CN', NOW);
  putRows(
    s.emu,
    CUSTOMERS,
    Array.from({length: 8}, (_, i) => ({
      id: `C${i + 1}`,
      name: `客${i + 1}`,
      phone: `1380000000${i}`,
    })),
  );
  const sales: Array<Record<string, unknown>> = [];
  const sale = (who: number, days: number, amount: number, items = '奶茶') =>
    sales.push({
      date: ago(days),
      customer: who % 3 === 2 ? `1380000000${who}` : `C${who + 1}`,
      amount,
      items,
    });
  // C1: a regular two years ago, gone since (at risk, known only from old sales).
  for (let d = 700; d < 760; d += 5) sale(0, d, 40, '抹茶拿铁');
  // C2: old purchases and recent ones (a move this month).
  for (let d = 420; d < 520; d += 7) sale(1, d, 25);
  for (let d = 3; d < 200; d += 9) sale(1, d, 30);
  // C3 (by phone): regular until 14 months ago and again lately.
  for (let d = 380; d < 450; d += 4) sale(2, d, 18, '蛋挞 ×2');
  for (let d = 40; d < 120; d += 6) sale(2, d, 22);
  // C4: one old purchase only; C5: regular within the last year, lapsed.
  sale(3, 600, 90, '抹茶拿铁、蛋挞');
  for (let d = 150; d < 330; d += 6) sale(4, d, 35);
  // C4 again lately, without the 蛋挞; C7 and C8 buy both lately (they go together).
  sale(3, 10, 20, '抹茶拿铁');
  sale(6, 20, 20, '抹茶拿铁、蛋挞');
  sale(7, 25, 20, '抹茶拿铁、蛋挞');
  // C6: new this month. A walk-in long ago and one voided.
  sale(5, 2, 12);
  sales.push({date: ago(500), customer: '', amount: 9, items: '奶茶'});
  sales.push({date: ago(650), customer: 'C1', amount: 99, void: '作废'});
  putRows(s.emu, SALES, sales);
  return s;
}

function dashboardCells(emu: Emu, app: App): string[][] {
  app.call('updateDashboard');
  return emu.spreadsheet
    .getSheetByName('看板')!
    .getDataRange()
    .getDisplayValues();
}

function table(cells: string[][], title: string): string[][] {
  const i = cells.findIndex(r => r[0] === title);
  if (i < 0) throw new Error(`no table ${title}`);
  const out: string[][] = [];
  for (let r = i + 1; r < cells.length && cells[r][0] !== ''; r++)
    out.push(cells[r]);
  return out;
}

function compact(emu: Emu, app: App): void {
  emu.ui.answer('YES');
  app.call('compactOldSales');
  expect(String(emu.ui.alerts.at(-1)?.prompt)).toMatch(/已把 .* 以前的 \d+ 行/);
}

test('grades, lifecycles, moves and at-risk regulars are the same after compaction; last year before the cut is blank, and the head says so', () => {
  const {emu, app} = shop();
  const before = dashboardCells(emu, app);
  const tables = CUSTOMER_TABLES.map(t => table(before, t));
  // The shop is not trivial: an at-risk regular known only from old sales, and grades.
  const atRisk = tables[3].map(r => r[0]);
  expect(atRisk).toEqual(expect.arrayContaining(['客1', '客5']));
  expect(tables[0].slice(1, 6).some(r => Number(r[1]) > 0)).toBe(true);
  const monthsTitle = '近 13 个月每月销售与来客（对比去年同月）';
  const monthsBefore = table(before, monthsTitle);
  // Before compaction, last year is known from the book's first sale on.
  expect(monthsBefore[1][2]).not.toBe('');
  expect(before[3][0]).not.toMatch(/销售历史/);

  compact(emu, app);
  const history = emu.spreadsheet.getSheetByName('销售历史');
  expect(history!.getLastRow()).toBeGreaterThan(1);

  const after = dashboardCells(emu, app);
  expect(CUSTOMER_TABLES.map(t => table(after, t))).toEqual(tables);
  // This year's months are all after the cut: unchanged.
  const monthsAfter = table(after, monthsTitle);
  expect(monthsAfter.map(r => [r[0], r[1], r[3]])).toEqual(
    monthsBefore.map(r => [r[0], r[1], r[3]]),
  );
  // Last year's: blank before the cut (2025-10-01), never a short figure or 0.
  const head = monthsAfter[0];
  const ly = head.indexOf('去年同期销售额');
  const lv = head.indexOf('去年同期来客');
  for (const r of monthsAfter.slice(1)) {
    if (r[0] < '2026-10') {
      expect([r[0], r[ly], r[lv]]).toEqual([r[0], '', '']);
    } else {
      const same = monthsBefore.find(b => b[0] === r[0])!;
      expect([r[0], r[ly], r[lv]]).toEqual([r[0], same[ly], same[lv]]);
    }
  }
  expect(after[3][0]).toBe(
    '2025-10-01 以前的销售已合并到「销售历史」：顾客的等级和状态照样计入；那以前的去年同期没有逐日金额，留空。',
  );
  // Again: the same.
  expect(dashboardCells(emu, app).slice(4)).toEqual(after.slice(4));
});

test('fans of an item include customers who bought it only before the cut; the card does not recommend it to them as new', async () => {
  const {emu, app} = shop();
  const fans = async (id: string) => {
    const out = (await emu.scriptRun('tellFans', [
      {requestId: `req-news-${id}`, item: '抹茶拿铁'},
    ])) as {ok: boolean; value: {listed: number; already: number}};
    expect(out.ok).toBe(true);
    return out.value.listed + out.value.already;
  };
  const listed = () =>
    emu.spreadsheet
      .getSheetByName('上新通知')
      ?.getDataRange()
      .getValues()
      .slice(1)
      .map(r => String(r[1]))
      .filter(Boolean)
      .sort() ?? [];
  const n = await fans('0001');
  const names = listed();
  // C1 bought 抹茶拿铁 only long ago; C4, C7 and C8 lately too.
  expect(n).toBe(4);
  const card = (await emu.scriptRun('customerCard', ['C4'])) as {
    recommended?: Array<{item: string}>;
  };
  // 蛋挞 goes with 抹茶拿铁, but C4 bought it (long ago): not recommended.
  expect(card.recommended?.map(r => r.item)).not.toContain('蛋挞');
  compact(emu, app);
  expect(await fans('0002')).toBe(4);
  expect(listed()).toEqual(names);
  expect(await emu.scriptRun('customerCard', ['C4'])).toEqual(card);
});
