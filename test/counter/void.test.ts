/**
 * Undoing a mistaken sale: the row stays, its Void cell says who and when in the book's
 * language; voiding is once-only; the card, points and reminders' facts ignore it; Set up
 * shop adds the Void column to an older book without touching its data.
 */
import {customerCard, logSale} from '../../src/usecases/counter';
import {voidSale, localMinute} from '../../src/usecases/counter-void';
import {setUpShopIn} from '../../src/usecases/setup-shop';
import {readShopFacts} from '../../src/usecases/reminders-facts';
import {statsOf, summariseSales} from '../../src/domain/customer-stats';
import {voidMark, isVoid} from '../../src/domain/counter/void-mark';
import {dayNumber} from '../../src/domain/dates';
import {
  deps,
  Emu,
  putRows,
  rowsOf,
  saleRequest,
  SALES,
  sheetOf,
  shopForTests,
  ZHANG,
} from './shop';

describe('the void mark', () => {
  it('is written in the book’s language and any non-blank cell voids', () => {
    expect(voidMark('zh-CN', '小王', '2026-11-30 09:35')).toBe(
      '作废 · 小王 · 2026-11-30 09:35',
    );
    expect(voidMark('en', '', '2026-11-30 09:35')).toBe(
      'Void · 2026-11-30 09:35',
    );
    expect(isVoid('')).toBe(false);
    expect(isVoid('  ')).toBe(false);
    expect(isVoid(null)).toBe(false);
    expect(isVoid('x')).toBe(true);
    expect(isVoid(1)).toBe(true);
  });
  it('tells the time in the shop’s zone', () => {
    expect(localMinute(new Date('2026-11-29T16:05:00Z'), 'Asia/Shanghai')).toBe(
      '2026-11-30 00:05',
    );
  });
  it('takes voided rows out of the grade engine', () => {
    const asOf = dayNumber(new Date('2026-11-30T00:00:00Z'), 'UTC');
    const d = new Date('2026-11-29T00:00:00Z');
    const s = summariseSales(
      {
        customers: ['C1', 'C1', 'C1'],
        dates: [d, d, d],
        amounts: [10, 20, 40],
        voids: ['', '作废 · 2026-11-29 10:00', ''],
      },
      {asOf, tz: 'UTC'},
    );
    expect(statsOf(s, 'C1')).toMatchObject({total: 2, spend: 50});
  });
});

describe('voidSale on the emulator', () => {
  let emu: Emu;
  shopForTests(e => (emu = e), {customers: [ZHANG]});

  const sale = (id: string, amount = '18') =>
    emu.run(() => logSale(saleRequest(id, {amount, staff: '小王'}), deps(emu)));
  const undo = (id: string, saleId: string, by = '小王') =>
    emu.run(() =>
      voidSale({requestId: id, saleRequestId: saleId, by}, deps(emu)),
    );

  it('keeps the row, marks who and when, and the card’s points and visits follow', () => {
    sale('sale-aaaa-0001', '30');
    sale('sale-aaaa-0002', '18');
    let card = emu.run(() => customerCard('C00001', deps(emu)))!;
    expect(card.visits).toBe(2);
    emu.clock.advance(5 * 60_000);
    const out = undo('void-aaaa-0001', 'sale-aaaa-0001');
    expect(out).toMatchObject({
      ok: true,
      repeated: false,
      value: {mark: '作废 · 小王 · 2025-06-15 12:05', customerId: 'C00001'},
    });
    const rows = rowsOf(emu, SALES);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      amount: 30,
      void: '作废 · 小王 · 2025-06-15 12:05',
    });
    expect(rows[1].void).toBe('');
    card = emu.run(() => customerCard('C00001', deps(emu)))!;
    expect(card.visits).toBe(1);
    expect(card.points).toBe(18);
  });

  it('writes the staff name into the Staff column', () => {
    sale('sale-staff-0001');
    expect(rowsOf(emu, SALES)[0].staff).toBe('小王');
  });

  it('is once-only: the same void twice, or another device’s, writes one mark', () => {
    sale('sale-bbbb-0001');
    const first = undo('void-bbbb-0001', 'sale-bbbb-0001');
    emu.clock.advance(60_000);
    const again = undo('void-bbbb-0001', 'sale-bbbb-0001');
    const other = undo('void-bbbb-0002', 'sale-bbbb-0001', '老板');
    expect(first.ok && again.ok && other.ok).toBe(true);
    expect(again).toMatchObject({repeated: true});
    expect(other).toMatchObject({
      repeated: true,
      value: {mark: first.ok ? first.value.mark : ''},
    });
    expect(rowsOf(emu, SALES)[0].void).toBe(first.ok ? first.value.mark : '?');
  });

  it('refuses a sale that is not on the tab, in the viewer’s language, writing nothing', () => {
    sale('sale-cccc-0001');
    const before = JSON.stringify(rowsOf(emu, SALES));
    const out = undo('void-cccc-0001', 'sale-gone-0001');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toContain('找不到');
    expect(JSON.stringify(rowsOf(emu, SALES))).toBe(before);
  });

  it('keeps a hostile staff name as text', () => {
    sale('sale-dddd-0001');
    const out = undo(
      'void-dddd-0001',
      'sale-dddd-0001',
      '=HYPERLINK("http://x")',
    );
    expect(out.ok).toBe(true);
    const cell = sheetOf(emu, SALES).getDataRange().getValues()[1];
    expect(cell.some(v => String(v).includes('=HYPERLINK("http://x")'))).toBe(
      true,
    );
    const formulas = sheetOf(emu, SALES).getDataRange().getFormulas()[1];
    expect(formulas.every(f => f === '')).toBe(true);
  });

  it('costs a constant few SpreadsheetApp calls', () => {
    sale('sale-eeee-0001');
    const rows = [];
    for (let i = 0; i < 5000; i++)
      rows.push({
        date: new Date('2025-06-01T00:00:00Z'),
        customer: 'C00001',
        amount: 1,
      });
    putRows(emu, SALES, rows);
    sale('sale-eeee-0002');
    undo('void-eeee-0001', 'sale-eeee-0002');
    // The spreadsheet, the tab, its data in one call (getSheetValues), the Void cell,
    // its value, the flush before the lock goes: 6 at any size (a 7th, the cell's format,
    // only when a staff name makes the mark need the text guard); and the points it
    // earned taken back: the Points tab, its data in one call, one row (loyalty/void.ts).
    expect(emu.calls.spreadsheet('execution')).toBe(9);
    expect(emu.calls.of('getDataRange', 'execution')).toBe(0);
    expect(emu.calls.byMethod('execution')).toMatchObject({
      'Sheet.getSheetValues': 2,
      'Sheet.appendRow': 1,
      'Range.setValue': 1,
      'SpreadsheetApp.flush': 1,
    });
  });

  it('reminders’ facts ignore a voided sale', () => {
    sale('sale-ffff-0001');
    const facts = () =>
      emu.run(() =>
        readShopFacts(SpreadsheetApp.getActiveSpreadsheet(), {
          lang: 'zh-CN',
          tz: 'Asia/Shanghai',
          today: dayNumber(new Date('2025-06-15T04:00:00Z'), 'Asia/Shanghai'),
          grade: {thresholds: [15, 10, 5, 3], windowDays: 90},
          largeSale: 0,
          largeSaleLookback: 30,
        }),
      );
    const before = facts();
    undo('void-ffff-0001', 'sale-ffff-0001');
    const after = facts();
    const day = dayNumber(new Date('2025-06-15T04:00:00Z'), 'Asia/Shanghai');
    expect(before.customers[0].facts).toMatchObject({
      grade: 'E',
      lastPurchase: day,
    });
    const mine = after.customers.find(c => c.key === 'c00001');
    expect(mine?.facts.lastPurchase ?? null).toBeNull();
    expect(mine?.favourites ?? []).toEqual([]);
  });

  it('Set up shop adds the Void column to an older book without touching data; twice changes nothing', () => {
    const sheet = sheetOf(emu, SALES);
    const header = sheet
      .getRange(1, 1, 1, sheet.getLastColumn())
      .getValues()[0];
    const at = header.indexOf('作废');
    expect(at).toBeGreaterThanOrEqual(0);
    sheet.deleteColumn(at + 1);
    putRows(emu, SALES, [
      {date: new Date('2025-06-01T00:00:00Z'), customer: 'C00001', amount: 9},
    ]);
    const before = sheet.getDataRange().getValues();
    const setup = () =>
      emu.run(() =>
        setUpShopIn({
          ss: SpreadsheetApp.getActiveSpreadsheet(),
          installFormulas: () => {},
        }),
      );
    setup();
    const once = sheet.getDataRange().getValues();
    expect(once[0]).toContain('作废');
    expect(once.map(r => r.slice(0, before[0].length))).toEqual(before);
    setup();
    expect(sheet.getDataRange().getValues()).toEqual(once);
  });

  // Class ConditionalFormatRuleBuilder (developers.google.com/apps-script/reference/
  // spreadsheet/conditional-format-rule-builder): rules are read, added to and set whole.
  it('strikes a voided row through with one conditional format rule, the owner’s rules kept, once however often Set up runs', () => {
    const sheet = sheetOf(emu, SALES);
    const ss = () => SpreadsheetApp.getActiveSpreadsheet();
    emu.run(() => {
      const own = SpreadsheetApp.newConditionalFormatRule()
        .whenNumberGreaterThan(100)
        .setBackground('#ffff00')
        .setRanges([sheet.getRange('F2:F')])
        .build();
      sheet.setConditionalFormatRules([
        ...sheet.getConditionalFormatRules(),
        own,
      ]);
    });
    for (let i = 0; i < 2; i++)
      emu.run(() => setUpShopIn({ss: ss(), installFormulas: () => {}}));
    const rules = sheet.getConditionalFormatRules() as unknown as Array<{
      data: {
        condition: {type: string; values: unknown[]};
        format: Record<string, unknown>;
      };
    }>;
    const header = sheet
      .getRange(1, 1, 1, sheet.getLastColumn())
      .getValues()[0];
    const letter = String.fromCharCode(65 + header.indexOf('作废'));
    const ours = rules.filter(r => r.data.condition.type === 'CUSTOM_FORMULA');
    expect(ours).toHaveLength(1);
    expect(ours[0].data.condition.values).toEqual([`=$${letter}2<>""`]);
    expect(ours[0].data.format).toMatchObject({strikethrough: true});
    expect(rules.some(r => r.data.format.background === '#ffff00')).toBe(true);
  });
});
