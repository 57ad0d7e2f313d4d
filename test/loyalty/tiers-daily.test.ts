/**
 * Tiers moved by the daily run on a constructed shop: up at once, down after the grace
 * period, day after day; each move one Tier log row however often the run runs; today's
 * moves listed in the owner's digest in the book's language; an unreadable rule moves
 * no one and says so.
 */
import {TIER_JOB} from '../../src/usecases/loyalty/tiers';
import {TIER_LOG, TIERS} from '../../src/sheets/schema-tiers';
import {cst, makeShop, Shop} from '../reminders/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {mapColumns} from '../../src/sheets/tabs';

function logRows(shop: Shop): Array<Record<string, unknown>> {
  return shop.emu.run(() => {
    const sheet = shop
      .ss()
      .getSheets()
      .find(s => s.getName() === TIER_LOG.names[shop.lang]);
    if (!sheet) throw new Error('no tier log');
    const values = sheet.getDataRange().getValues();
    const cols = mapColumns(values[0], TIER_LOG);
    return values.slice(1).map(line => {
      const r: Record<string, unknown> = {};
      for (const [k, c] of cols) r[k] = line[c];
      return r;
    });
  });
}

const brief = (rows: Array<Record<string, unknown>>) =>
  rows.map(r => `${r.customer} ${r.change} ${r.from}→${r.to}`);

function tierShop(tiers: Array<Record<string, unknown>>, grace = 3): Shop {
  const shop = makeShop({
    now: cst('2026-03-10T08:00:00'),
    settings: {allClearEmail: false, tierGraceDays: grace},
    customers: [
      {id: 'C1', name: '王秀英', phone: '13800000001'},
      {id: 'C2', name: '李四', phone: '13800000002'},
      {id: 'C3', name: '张三', phone: '13800000003'},
    ],
    sales: [
      // 王秀英's big purchase leaves the last 365 days on 2026-03-12.
      {date: cst('2025-03-12T10:00:00'), customer: 'C1', amount: 2500},
      {date: cst('2026-03-01T10:00:00'), customer: 'C1', amount: 700},
      // 李四's under her phone, as a hand-typed row would be: one customer.
      {date: cst('2026-02-01T10:00:00'), customer: 13800000002, amount: 600},
      {date: cst('2026-03-02T10:00:00'), customer: 'C2', amount: '¥450'},
      {date: cst('2026-03-03T10:00:00'), customer: 'C3', amount: 100},
      // A voided sale counts nothing.
      {
        date: cst('2026-03-03T11:00:00'),
        customer: 'C3',
        amount: 5000,
        void: '2026-03-03 11:05 店长',
      },
    ],
  });
  shop.append(TIERS, tiers);
  return shop;
}

const SHOP_TIERS = [
  {name: '普通'},
  {name: '银卡', measure: '消费', min: 1000, discount: '95折'},
  {
    name: '金卡',
    measure: '近12个月消费',
    min: '3,000',
    discount: '9折',
    gift: '蛋糕',
    doubleDays: '周三',
  },
];

describe('tiers moved by the daily run', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('moves up at once, lists it in the digest, and a second run the same day adds nothing', () => {
    shop = tierShop(SHOP_TIERS);
    const r = shop.run({jobs: [TIER_JOB]});
    expect(r.outcome).toBe('done');
    expect(brief(logRows(shop))).toEqual([
      'C1 升级 普通→金卡',
      'C2 升级 普通→银卡',
    ]);
    const [digest] = shop.digests();
    const section = digest.body.split('== 会员等级变动 ==')[1].split('\n\n')[0];
    expect(section.trim().split('\n')).toEqual([
      '* 王秀英 升为 金卡，记得告诉对方',
      '* 李四 升为 银卡，记得告诉对方',
    ]);
    expect(digest.html).toContain('王秀英 升为 金卡');

    shop.emu.clock.set(cst('2026-03-10T15:00:00'));
    shop.run({jobs: [TIER_JOB]});
    expect(logRows(shop)).toHaveLength(2);
  });

  it('keeps the tier through the grace period, then moves down, one row a day at most', () => {
    shop = tierShop(SHOP_TIERS, 3);
    const days: Record<string, string[]> = {};
    for (let d = 10; d <= 17; d++) {
      for (const hour of ['08', '14']) {
        shop.emu.clock.set(cst(`2026-03-${d}T${hour}:00:00`));
        shop.run({jobs: [TIER_JOB]});
      }
      days[d] = brief(logRows(shop));
    }
    const rows = logRows(shop);
    expect(brief(rows)).toEqual([
      'C1 升级 普通→金卡',
      'C2 升级 普通→银卡',
      // 2025-03-12's purchase left the year: 王秀英 has 700 in it, under 银卡 too.
      'C1 保级期 金卡→金卡',
      'C1 降级 金卡→普通',
    ]);
    expect(days[11]).toHaveLength(2);
    expect(days[12]).toHaveLength(3);
    expect(days[14]).toHaveLength(3);
    expect(days[15]).toHaveLength(4);
    expect(rows[2].note).toBe(
      '王秀英 已不满足 金卡 的条件，2026-03-15 前达到可保留',
    );
    expect(rows.map(r => r.requestId)).toEqual([
      'tier:2026-03-10:c1',
      'tier:2026-03-10:c2',
      'tier:2026-03-12:c1',
      'tier:2026-03-15:c1',
    ]);
    const digests = shop.digests().map(d => d.body);
    expect(digests.find(b => b.includes('保级期'))).toBeUndefined();
    expect(
      digests.some(b =>
        b.includes('* 王秀英 已不满足 金卡 的条件，2026-03-15 前达到可保留'),
      ),
    ).toBe(true);
    expect(digests.some(b => b.includes('* 王秀英 从 金卡 降为 普通'))).toBe(
      true,
    );
  });

  it('a purchase inside the grace period keeps the tier', () => {
    shop = tierShop(SHOP_TIERS, 3);
    for (const d of [10, 12]) {
      shop.emu.clock.set(cst(`2026-03-${d}T08:00:00`));
      shop.run({jobs: [TIER_JOB]});
    }
    shop.append(SALES, [
      {date: cst('2026-03-13T09:00:00'), customer: 'C1', amount: 2400},
    ]);
    for (const d of [13, 14, 15, 16]) {
      shop.emu.clock.set(cst(`2026-03-${d}T08:00:00`));
      shop.run({jobs: [TIER_JOB]});
    }
    expect(brief(logRows(shop)).filter(l => l.startsWith('C1'))).toEqual([
      'C1 升级 普通→金卡',
      'C1 保级期 金卡→金卡',
      'C1 恢复 金卡→金卡',
    ]);
  });

  it("names the tier's birthday gift in the birthday line of the digest", () => {
    shop = tierShop([...SHOP_TIERS]);
    shop.append(CUSTOMERS, [
      {id: 'C9', name: '寿星', phone: '13800000009', birthday: '1990-03-11'},
    ]);
    shop.append(SALES, [
      {date: cst('2026-03-05T10:00:00'), customer: 'C9', amount: 3300},
    ]);
    shop.run({jobs: [TIER_JOB]});
    const body = shop.digests()[0].body;
    const line = body.split('\n').find(l => l.startsWith('* 寿星'));
    expect(line).toBe(
      '* 寿星 — 明天生日（03-11，公历）；金卡生日礼：蛋糕；首次购买后 5 天回访',
    );
    // 李四 (银卡, no gift) has no birthday and no note.
    expect(body).not.toContain('银卡生日礼');
  });

  it('an unreadable rule moves no one and the digest says which row', () => {
    shop = tierShop([
      {name: '普通'},
      {name: '银卡', measure: '消费', min: '一千'},
      {name: '金卡', measure: '消费', min: 3000},
    ]);
    shop.run({jobs: [TIER_JOB]});
    expect(logRows(shop)).toEqual([]);
    expect(shop.digests()[0].body).toContain(
      '会员等级今天没有调整：会员等级第 3 行：门槛“一千”不是数字',
    );
  });

  it('reaches tiers by grade in an English book', () => {
    shop = makeShop({
      locale: 'en_US',
      now: cst('2026-03-10T08:00:00'),
      settings: {allClearEmail: false},
      customers: [{id: 'E1', name: 'Mrs Li'}],
      sales: Array.from({length: 12}, (_, i) => ({
        date: cst(`2026-03-0${(i % 9) + 1}T0${i % 10}:00:00`),
        customer: 'E1',
        amount: 5,
      })),
    });
    shop.append(TIERS, [
      {name: 'Member'},
      {name: 'Regular', measure: 'Grade', min: 'C'},
    ]);
    shop.run({jobs: [TIER_JOB]});
    expect(shop.digests()[0].body).toContain(
      '== Member tiers ==\n* Mrs Li is now Regular: tell them',
    );
  });
});
