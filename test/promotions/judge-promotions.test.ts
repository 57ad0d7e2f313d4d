/**
 * "Judge promotions" on the emulator: figures and verdicts written beside the owner's
 * rows in the book's language, voided sales left out, hostile names kept as text, the
 * same run twice changing nothing, and the daily run's digest section.
 */
import {dateOfDay, civilDay} from '../../src/domain/dates';
import {SALES} from '../../src/sheets/schema-sales';
import {PROMOTIONS} from '../../src/sheets/schema-promotions';
import {openTable} from '../../src/sheets/table';
import {judgePromotionsIn} from '../../src/usecases/promotions/judge-promotions';
import {makeShop, Shop} from '../reminders/shop';

const TZ = 'Asia/Shanghai';
const D = (m: number, d: number) => civilDay(2026, m, d) as number;
const at = (day: number, hour: number) =>
  new Date(dateOfDay(day, TZ).getTime() + hour * 3_600_000);

const START = D(3, 2); // a Monday; the shop's clock is 2026-03-10 09:00
const END = D(3, 8);
const HOSTILE = '=HYPERLINK("http://evil.example","免费")';
const SCRIPT = '<script>alert(1)</script>';

/** 10 regulars a day from January, 20 a day during the promotion, 5 voided ones. */
function sales(): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (let day = D(1, 1); day <= D(3, 9); day++) {
    const n = day >= START && day <= END ? 20 : 10;
    for (let i = 0; i < n; i++)
      rows.push({
        date: at(day, 9 + (i % 8)),
        customer: `C${String(i + 1).padStart(5, '0')}`,
        items: i === 0 && day >= D(3, 6) ? '蛋挞' : '奶茶',
        amount: 10,
      });
  }
  for (let i = 0; i < 5; i++)
    rows.push({
      date: at(START + i, 12),
      customer: 'C00001',
      items: '奶茶',
      amount: 999,
      void: '作废 · 小王 · 2026-03-02 12:05',
    });
  return rows;
}

describe('Judge promotions', () => {
  let shop: Shop;
  beforeEach(() => {
    shop = makeShop({sales: sales()});
    shop.append(PROMOTIONS, [
      {
        name: HOSTILE,
        start: dateOfDay(START, TZ),
        end: dateOfDay(END, TZ),
        items: '全部',
      },
      {
        name: SCRIPT,
        start: dateOfDay(D(3, 6), TZ),
        end: dateOfDay(D(3, 20), TZ),
        items: '蛋挞',
        note: '第二杯半价',
      },
      {name: '日期写错', start: '下周', end: dateOfDay(END, TZ)},
    ]);
  });
  afterEach(() => shop.uninstall());

  const rows = () =>
    shop.emu.run(() => openTable(shop.ss(), PROMOTIONS, 'zh-CN')!.rows);

  test('figures and a verdict beside each row, in the book language; void sales left out', () => {
    const r = shop.emu.run(() =>
      judgePromotionsIn(shop.ss(), shop.emu.clock.now(), 'en'),
    );
    expect(r.message).toBe(
      'Judged 3 promotions; the results are beside each row of the "促销活动" tab.',
    );
    const [all, tarts, bad] = rows();
    expect(all.values).toMatchObject({
      days: 7,
      visits: 140,
      baseVisits: 70,
      visitsUplift: 1,
      revenue: 1400,
      baseRevenue: 700,
      // C00011–C00020 first came on its first day, and came back on the six others.
      newCustomers: 10,
      baseNew: 0,
      returning: 130,
      baseReturning: 70,
    });
    expect(String(all.values.verdict)).toMatch(/^有效：来客 140 次.*\+100%/);
    // The owner's cells are theirs: the formula-looking name is still text.
    expect(all.raw.name).toBe(HOSTILE);
    expect(all.values.note).toBe('');
    // A promotion still running is judged on its whole days so far (6th–9th).
    expect(tarts.values.days).toBe(4);
    expect(tarts.values.visits).toBe(4);
    expect(String(tarts.values.verdict)).toMatch(/数字太小/);
    expect(tarts.raw.name).toBe(SCRIPT);
    expect(tarts.values.note).toBe('第二杯半价');
    expect(bad.values.verdict).toBe('请填写开始和结束日期（结束不早于开始）。');
    expect(bad.raw.visits).toBe('');
  });

  test('every row written gets its formats: the date as a date, money in the currency, the verdict wrapped', () => {
    shop.emu.run(() => judgePromotionsIn(shop.ss(), shop.emu.clock.now()));
    const f = shop.emu.run(() => {
      const sheet = shop.ss().getSheetByName('促销活动')!;
      const t = openTable(shop.ss(), PROMOTIONS, 'zh-CN')!;
      // Rows 2–4: the ones below row 2 were added by hand, with no format of their own.
      const col = (key: string) =>
        sheet
          .getRange(2, t.columns.get(key)! + 1, 3, 1)
          .getNumberFormats()
          .map(r => r[0]);
      // The emulator keeps a cell's wrap as its style (Range.setWrap).
      const data = shop.emu.workbook.sheetByName('促销活动')!;
      const v = t.columns.get('verdict')!;
      const wraps = [1, 2, 3].map(r => data.rows[r]?.[v]?.style?.wrap);
      return {
        judgedOn: col('judgedOn'),
        revenue: col('revenue'),
        baseRevenue: col('baseRevenue'),
        wraps,
      };
    });
    expect(new Set(f.judgedOn)).toEqual(new Set(['yyyy-mm-dd']));
    for (const money of [...f.revenue, ...f.baseRevenue]) {
      expect(money).toContain('¥');
    }
    expect(f.wraps).toEqual([true, true, true]);
  });

  test('judging again the same day writes nothing new', () => {
    const snapshot = () =>
      shop.emu.run(() =>
        JSON.stringify(
          shop.ss().getSheetByName('促销活动')!.getDataRange().getValues(),
        ),
      );
    shop.emu.run(() => judgePromotionsIn(shop.ss(), shop.emu.clock.now()));
    const first = snapshot();
    shop.emu.calls.reset();
    shop.emu.run(() => judgePromotionsIn(shop.ss(), shop.emu.clock.now()));
    expect(snapshot()).toBe(first);
    expect(shop.emu.calls.of('setValues')).toBe(0);
  });

  test('the daily run judges them and tells the digest, names escaped', () => {
    const r = shop.run();
    expect(r.outcome).toBe('done');
    const [d] = shop.digests();
    expect(d.body).toContain('== 促销活动 ==');
    expect(d.body).toContain(`* ${HOSTILE}：有效：来客 140 次`);
    expect(d.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;：');
    expect(d.html).not.toContain(SCRIPT);
    expect(rows()[0].values.visits).toBe(140);
  });

  test('a book without a Promotions tab is left alone by the daily run', () => {
    shop.emu.run(() => {
      const ss = shop.ss();
      ss.deleteSheet(ss.getSheetByName('促销活动')!);
    });
    shop.run();
    const names = shop.emu.run(() =>
      shop
        .ss()
        .getSheets()
        .map(s => s.getName()),
    );
    expect(names).not.toContain('促销活动');
    expect(shop.digests()[0]?.body ?? '').not.toContain('促销活动');
    expect(SALES.key).toBe('sales');
  });
});
