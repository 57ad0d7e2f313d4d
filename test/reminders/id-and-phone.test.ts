/**
 * A customer's sales under both the id and the phone are one history, as the sheet's
 * grade formulas see it (statsOfKeys): the reminders grade the combined purchases, not
 * the better of two half histories.
 */
import {summariseSales, statsOfKeys} from '../../src/domain/customer-stats';
import {dayNumber} from '../../src/domain/dates';
import {loadSettings} from '../../src/sheets/settings';
import {gradeRulesOf} from '../../src/usecases/reminders-rules';
import {readShopFacts} from '../../src/usecases/reminders-facts';
import {cst, makeShop, Shop} from './shop';

const TZ = 'Asia/Shanghai';

/** 8 sales under the id and 8 under the phone, alternating days from `from`. */
function split(fromIso: string) {
  const start = cst(`${fromIso}T10:00:00`).getTime();
  return Array.from({length: 16}, (_, i) => ({
    date: new Date(start + i * 86_400_000),
    customer: i % 2 === 0 ? 'C00001' : '13800138000',
    amount: 10,
  }));
}

function factsOf(shop: Shop) {
  return shop.emu.run(() => {
    const ss = shop.ss();
    const read = loadSettings(ss);
    const today = dayNumber(shop.emu.clock.now(), TZ);
    const facts = readShopFacts(ss, {
      today,
      tz: TZ,
      lang: shop.lang,
      grade: gradeRulesOf(read.settings),
      largeSale: 200,
      largeSaleLookback: 10,
    });
    return facts.customers.find(c => c.key === 'c00001')!.facts;
  });
}

describe('a customer whose sales are under the id and the phone', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('is graded on the combined history, like the sheet', () => {
    // Today 2026-03-10; 16 visits 2026-02-10 … 02-25, half under each key.
    const sales = split('2026-02-10');
    shop = makeShop({
      customers: [{id: 'C00001', name: '张三', phone: '13800138000'}],
      sales,
    });
    const f = factsOf(shop);
    // The sheet's figure for the same customer.
    const today = dayNumber(shop.emu.clock.now(), TZ);
    const summary = summariseSales(
      {customers: sales.map(s => s.customer), dates: sales.map(s => s.date)},
      {asOf: today, tz: TZ},
    );
    const sheet = statsOfKeys(summary, ['C00001', '13800138000'])!;
    expect(sheet.grade).toBe('A');
    expect(f.grade).toBe(sheet.grade);
    expect(f.gradeAtLastPurchase).toBe('A');
    expect(f.firstPurchase).toBe(sheet.first);
    expect(f.lastPurchase).toBe(sheet.last);

    // Grade A's 7-day check-in: 13 days after the last visit (02-25) it is due, from
    // 03-04; grade C's 30 days would not be.
    const r = shop.run();
    expect(r.lines).toBe(1);
    const line = shop.log().rows.filter(x => x.channel === 'line');
    expect(line.map(x => `${x.customer} ${x.item}`)).toEqual([
      'c00001 checkin:2026-03-04',
    ]);
    expect(shop.digests()[0].body).toContain('等级：A');
  });

  it('is a lapsed regular by the grade of the combined history at the last visit', () => {
    // 16 visits 2026-01-01 … 01-16: an A then (each key alone only a C), gone 53 days,
    // past A's 3 × 7 days (but not C's 3 × 30).
    shop = makeShop({
      customers: [
        {
          id: 'C00001',
          name: '张三',
          phone: '13800138000',
          email: 'zs@example.com',
          consent: 'yes',
        },
      ],
      sales: split('2026-01-01'),
    });
    const f = factsOf(shop);
    expect(f.gradeAtLastPurchase).toBe('A');
    expect(f.grade).toBe('C');
    shop.run();
    const items = shop
      .log()
      .rows.filter(x => x.customer === 'c00001')
      .map(x => `${x.channel} ${x.item} ${x.status}`);
    expect(items).toEqual(
      expect.arrayContaining([
        'line winback:2026-01-16 listed',
        'email winback:2026-01-16 sent',
      ]),
    );
    expect(shop.customerMails().map(m => m.subject)).toEqual([
      '老王零食铺：好久不见',
    ]);
  });
});
