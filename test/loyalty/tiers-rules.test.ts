/**
 * Member tiers, the pure rules: reading the owner's Tiers tab tolerantly, who meets which
 * tier, double points days, and moving up and down with a grace period over many days.
 */
import {civilDay} from '../../src/domain/dates';
import {
  parseDiscount,
  parseTierTable,
  qualifiedTier,
  TierRowInput,
  TierMeasures,
} from '../../src/domain/loyalty/tiers';
import {
  isDoubleDay,
  parseDoubleDays,
  pointsMultiplier,
  weekdayOfDay,
} from '../../src/domain/loyalty/tiers-days';
import {
  decideMove,
  foldTierLog,
  TierLogRow,
} from '../../src/domain/loyalty/tiers-moves';
import {pointsEarned} from '../../src/domain/loyalty/earn';

const day = (y: number, m: number, d: number) => civilDay(y, m, d) as number;

function row(
  n: number,
  name: unknown,
  measure: unknown = '',
  min: unknown = '',
  extra: Partial<TierRowInput> = {},
): TierRowInput {
  return {
    row: n,
    name,
    measure,
    min,
    discount: '',
    gift: '',
    doubleDays: '',
    ...extra,
  };
}

const SHOP = [
  row(2, '普通'),
  row(3, '银卡', '近12个月消费', '1,000', {discount: '95折'}),
  row(4, '金卡', '消费', '¥3000', {
    discount: '10%',
    gift: '蛋糕一个',
    doubleDays: '周三、11-11',
  }),
];

const m = (spend: number, points = 0, grade: TierMeasures['grade'] = null) => ({
  spend,
  points,
  grade,
});

describe('the Tiers tab, read as the owner typed it', () => {
  it('reads rules and perks in any language and form', () => {
    const table = parseTierTable(SHOP, 'zh-CN');
    expect(table.problems).toEqual([]);
    expect(table.movable).toBe(true);
    expect(table.tiers.map(t => [t.name, t.rank, t.rule])).toEqual([
      ['普通', 0, {measure: 'none'}],
      ['银卡', 1, {measure: 'spend', min: 1000}],
      ['金卡', 2, {measure: 'spend', min: 3000}],
    ]);
    expect(table.tiers[1].discount).toBe(5);
    expect(table.tiers[2].discount).toBe(10);
    expect(table.tiers[2].birthdayGift).toBe('蛋糕一个');
    const en = parseTierTable(
      [
        row(2, 'Silver', 'Points', 500),
        row(3, 'Gold', 'grade', 'b級'),
        row(4, 'VIP', 'SPEND', '5000', {discount: 0.15}),
      ],
      'en',
    );
    expect(en.problems).toEqual([]);
    expect(en.tiers.map(t => t.rule)).toEqual([
      {measure: 'points', min: 500},
      {measure: 'grade', min: 'B'},
      {measure: 'spend', min: 5000},
    ]);
    expect(en.tiers[2].discount).toBe(15);
  });

  it('reports an unreadable rule with its row and moves no one, never guessing', () => {
    const table = parseTierTable(
      [
        row(2, '普通'),
        row(3, '银卡', '消费', '一千'),
        row(4, '金卡', '魅力', 5),
      ],
      'zh-CN',
    );
    expect(table.movable).toBe(false);
    expect(table.tiers.map(t => t.name)).toEqual(['普通']);
    expect(table.problems.map(p => [p.row, p.column])).toEqual([
      [3, 'min'],
      [4, 'measure'],
    ]);
    expect(table.problems[0].message).toContain('第 3 行');
    expect(table.problems[0].message).toContain('一千');
  });

  it('two tiers of one name are refused', () => {
    const table = parseTierTable(
      [row(2, 'Gold', 'spend', 10), row(3, ' gold ', 'spend', 20)],
      'en',
    );
    expect(table.movable).toBe(false);
    expect(table.problems[0].message).toBe(
      'Tiers row 3: "gold" is the name of a tier above',
    );
  });

  it('an unreadable perk is reported and off, the tier still stands', () => {
    const table = parseTierTable(
      [
        row(2, 'Gold', 'spend', 10, {
          discount: 'lots',
          doubleDays: 'Wed, someday',
        }),
      ],
      'en',
    );
    expect(table.movable).toBe(true);
    expect(table.tiers[0].discount).toBe(0);
    expect(table.tiers[0].doubleDays.weekdays).toEqual([3]);
    expect(table.problems.map(p => p.column)).toEqual([
      'discount',
      'doubleDays',
    ]);
  });

  it('blank rows are skipped; a row with perks but no name is reported', () => {
    const table = parseTierTable(
      [row(2, ''), row(3, '', '', '', {discount: '5%'}), row(4, 'A')],
      'en',
    );
    expect(table.tiers.map(t => t.name)).toEqual(['A']);
    expect(table.problems.map(p => p.row)).toEqual([3]);
  });

  it('reads discounts as 折 and as percent, and refuses what is not one', () => {
    expect(parseDiscount('9折')).toBe(10);
    expect(parseDiscount('9.5折')).toBe(5);
    expect(parseDiscount('95折')).toBe(5);
    expect(parseDiscount('８８折')).toBe(12);
    expect(parseDiscount('5%')).toBe(5);
    expect(parseDiscount(' 12.5 ')).toBe(12.5);
    expect(parseDiscount('')).toBe(0);
    expect(parseDiscount(0.2)).toBe(20);
    expect(parseDiscount('100%')).toBeNull();
    expect(parseDiscount('10折')).toBeNull();
    expect(parseDiscount('half')).toBeNull();
    expect(parseDiscount(-5)).toBeNull();
  });
});

describe('who is in which tier', () => {
  const {tiers} = parseTierTable(SHOP, 'zh-CN');
  it('the highest tier whose rule they meet; the entry tier for everyone', () => {
    expect(qualifiedTier(tiers, m(0))?.name).toBe('普通');
    expect(qualifiedTier(tiers, m(999.99))?.name).toBe('普通');
    expect(qualifiedTier(tiers, m(999.9 + 0.1))?.name).toBe('银卡');
    expect(qualifiedTier(tiers, m(3000))?.name).toBe('金卡');
  });

  it('mixed rules: points, spend and grade, the row order is the rank', () => {
    const mixed = parseTierTable(
      [
        row(2, 'Member', 'points', 100),
        row(3, 'Regular', 'grade', 'C'),
        row(4, 'VIP', 'spend', 2000),
      ],
      'en',
    ).tiers;
    expect(qualifiedTier(mixed, m(0, 99))).toBeNull();
    expect(qualifiedTier(mixed, m(0, 100))?.name).toBe('Member');
    expect(qualifiedTier(mixed, m(0, 0, 'B'))?.name).toBe('Regular');
    expect(qualifiedTier(mixed, m(0, 0, 'D'))).toBeNull();
    expect(qualifiedTier(mixed, m(2500, 0, 'E'))?.name).toBe('VIP');
  });
});

describe('double points days', () => {
  it('weekdays in three languages and dates every year or once', () => {
    const {days, unread} = parseDoubleDays(
      '周三, 星期六 Sun 週一 11-11 6月18日 2025-12-11 blue',
    );
    expect(unread).toEqual(['blue']);
    expect(days.weekdays.sort()).toEqual([0, 1, 3, 6]);
    const wed = day(2025, 11, 26);
    expect(weekdayOfDay(wed)).toBe(3);
    expect(isDoubleDay(days, wed)).toBe(true);
    expect(isDoubleDay(days, day(2025, 11, 27))).toBe(false); // Thursday
    expect(isDoubleDay(days, day(2026, 11, 11))).toBe(true);
    expect(isDoubleDay(days, day(2027, 6, 18))).toBe(true);
    expect(isDoubleDay(days, day(2025, 12, 11))).toBe(true); // a Thursday
    expect(isDoubleDay(days, day(2026, 12, 11))).toBe(false); // a Friday
  });

  it('multiply earning through pointsEarned: 19.90 earns 19, on a double day 39', () => {
    const {days} = parseDoubleDays('Wed');
    const rules = {pointsPerUnit: 1};
    const wed = day(2025, 11, 26);
    expect(
      pointsEarned(19.9, rules, {multiplier: pointsMultiplier(days, wed)}),
    ).toBe(39);
    expect(
      pointsEarned(19.9, rules, {multiplier: pointsMultiplier(days, wed + 1)}),
    ).toBe(19);
    expect(pointsMultiplier(null, wed)).toBe(1);
  });
});

describe('moving up and down with a grace period, day after day', () => {
  const {tiers} = parseTierTable(SHOP, 'zh-CN');
  const start = day(2025, 1, 1);

  /** Runs the daily rule over `spendByDay` and returns the log it writes. */
  function simulate(spendByDay: number[], grace: number, reruns = 1) {
    const log: TierLogRow[] = [];
    for (let i = 0; i < spendByDay.length; i++) {
      const today = start + i;
      for (let k = 0; k < reruns; k++) {
        // A run that ran again the same day finds its own row and adds nothing.
        if (log.some(r => r.day === today && r.customer === 'c1')) continue;
        const state = foldTierLog(log).get('c1');
        const q = qualifiedTier(tiers, m(spendByDay[i]));
        const move = decideMove(tiers, state, q, today, grace);
        if (move) {
          log.push({
            row: log.length + 2,
            day: today,
            customer: 'c1',
            to: move.to,
            change: move.change,
          });
        }
      }
    }
    return log.map(r => `${r.day - start}:${r.change}:${r.to}`);
  }

  it('up at once; down only after the grace period', () => {
    const spend = [500, 1200, 3100, 3100, 2000, 2000, 2000, 2000, 2000, 500];
    expect(simulate(spend, 3)).toEqual([
      '1:up:银卡',
      '2:up:金卡',
      '4:grace:金卡',
      '7:down:银卡',
      // Below 银卡 now too: a new grace period starts the next day.
      '9:grace:银卡',
    ]);
  });

  it('catching up inside the grace period keeps the tier', () => {
    const spend = [3000, 2900, 2900, 3000, 2900, 2900, 2900, 2900];
    expect(simulate(spend, 3)).toEqual([
      '0:up:金卡',
      '1:grace:金卡',
      '3:back:金卡',
      '4:grace:金卡',
      '7:down:银卡',
    ]);
  });

  it('a grace of 0 moves down the same day; runs twice a day change nothing', () => {
    const spend = [3000, 900, 900, 1500];
    expect(simulate(spend, 0, 3)).toEqual([
      '0:up:金卡',
      '1:down:普通',
      '3:up:银卡',
    ]);
  });

  it('a tier typed in by the owner counts; a renamed tier is left for what they meet', () => {
    const owner: TierLogRow[] = [
      {row: 2, day: start, customer: 'c1', to: '金卡', change: null},
    ];
    const state = foldTierLog(owner).get('c1');
    expect(
      decideMove(tiers, state, qualifiedTier(tiers, m(0)), start + 1, 30),
    ).toEqual({change: 'grace', from: '金卡', to: '金卡', downOn: start + 31});
    const renamed = foldTierLog([
      {row: 2, day: start, customer: 'c1', to: '白金卡', change: 'up'},
    ]).get('c1');
    expect(
      decideMove(tiers, renamed, qualifiedTier(tiers, m(1500)), start + 1, 30),
    ).toEqual({change: 'up', from: '白金卡', to: '银卡'});
  });
});
