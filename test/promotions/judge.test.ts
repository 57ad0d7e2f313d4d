/**
 * Promotion verdicts on constructed shops whose numbers are worked out by hand: a clear
 * uplift, no effect, too few days, too few visits, no history, and what is counted.
 */
import {civilDay} from '../../src/domain/dates';
import {
  itemKey,
  judge,
  MIN_VISITS,
  PromoSale,
  Promotion,
  SalesByDay,
  SWINGS,
  verdictText,
} from '../../src/domain/promotions/judge';

const D = (m: number, d: number) => civilDay(2025, m, d) as number;

/** `perDay(day)` sales of 10 each by distinct regulars, every day from `from` to `to`. */
function shop(
  from: number,
  to: number,
  perDay: (day: number) => number,
  extra: PromoSale[] = [],
): PromoSale[] {
  const out: PromoSale[] = [];
  for (let day = from; day <= to; day++) {
    for (let i = 0; i < perDay(day); i++)
      out.push({day, customer: `r${i}`, amount: 10, keys: ['奶茶']});
  }
  return [...out, ...extra];
}

const ALL: Promotion = {
  name: '周末买一送一',
  start: D(6, 2), // a Monday
  end: D(6, 8),
  items: null,
};

describe('judging a promotion', () => {
  test('clear uplift: 20 visits a day against 10, every day the same before', () => {
    // Four weeks before at 10 a day; during it 20 a day. Baseline week = 70 visits,
    // swing = max(0, √70 ≈ 8.4); 140 − 70 = 70 > 2 × 8.4.
    const sales = new SalesByDay(
      shop(D(5, 1), D(6, 8), d => (d >= ALL.start ? 20 : 10)),
    );
    const j = judge(ALL, sales, D(6, 10));
    expect(j.kind).toBe('up');
    expect(j.days).toBe(7);
    expect(j.during.visits).toBe(140);
    expect(j.baseline?.visits).toBe(70);
    expect(j.visitsUplift).toBeCloseTo(1);
    expect(j.during.revenue).toBe(1400);
    expect(j.revenueUplift).toBeCloseTo(1);
    expect(j.baselines).toBe(4);
    expect(verdictText(j, ALL, 'en')).toMatch(
      /^It worked: 140 visits .*70.*\+100%/,
    );
    // The signed change stands on its own: no "多 +100%".
    expect(verdictText(j, ALL, 'zh-CN')).toMatch(
      /^有效：来客 140 次，之前 4 段同样的日子平均 70 次，\+100%，超过了平时波动的两倍（±\d+%）；营业额 \+100%。$/,
    );
    expect(verdictText(j, ALL, 'zh-TW')).toMatch(/^有效.*營業額/);
  });

  test('no effect: the same 10 a day, with a normal week-to-week swing', () => {
    // Weeks before: 70, 84, 63, 77 (10, 12, 9, 11 a day); during: 11 a day = 77.
    const week = (d: number) => Math.floor((ALL.start - d - 1) / 7);
    const before = [10, 12, 9, 11];
    const sales = new SalesByDay(
      shop(D(5, 5), D(6, 8), d => (d >= ALL.start ? 11 : before[week(d)])),
    );
    const j = judge(ALL, sales, D(6, 9));
    expect(j.baseline?.visits).toBe(73.5);
    expect(j.during.visits).toBe(77);
    expect(j.kind).toBe('flat');
    expect(verdictText(j, ALL, 'en')).toMatch(/^No clear effect/);
    expect(verdictText(j, ALL, 'zh-CN')).toMatch(/^看不出效果/);
    // The line named is the rule applied (twice the swing), and the change is within it.
    const line = Math.round(SWINGS * j.swing! * 100);
    expect(Math.abs(j.visitsUplift!) * 100).toBeLessThanOrEqual(line);
    expect(verdictText(j, ALL, 'en')).toContain(
      `not beyond twice the normal swing (±${line}%)`,
    );
    expect(verdictText(j, ALL, 'zh-CN')).toContain(
      `没有超过平时波动的两倍（±${line}%）`,
    );
    expect(verdictText(j, ALL, 'zh-TW')).toContain(
      `沒有超過平時波動的兩倍（±${line}%）`,
    );
  });

  test('a promotion shorter than the minimum is too short to judge, not one to wait for', () => {
    const oneDay = {...ALL, end: ALL.start};
    const sales = new SalesByDay(shop(D(5, 1), D(6, 20), () => 30));
    const j = judge(oneDay, sales, D(6, 20));
    expect(j.kind).toBe('tooEarly');
    expect(verdictText(j, oneDay, 'en')).toBe(
      'Too short to judge: it lasts 1 day, and at least 3 whole days are needed to tell.',
    );
    expect(verdictText(j, oneDay, 'zh-CN')).toMatch(
      /^太短了，无法判断：活动只有 1 天/,
    );
    expect(verdictText(j, oneDay, 'zh-TW')).toMatch(
      /^太短了，無法判斷：活動只有 1 天/,
    );
  });

  test('too few days: two whole days are not enough, today is not counted', () => {
    const sales = new SalesByDay(shop(D(5, 1), D(6, 3), () => 30));
    const j = judge(ALL, sales, D(6, 4));
    expect(j.days).toBe(2);
    expect(j.kind).toBe('tooEarly');
    expect(verdictText(j, ALL, 'en')).toMatch(/Only 2 whole days.*at least 3/);
  });

  test('started today: no whole day yet, said so rather than "only 0 days"', () => {
    const sales = new SalesByDay(shop(D(5, 1), D(6, 1), () => 30));
    const j = judge(ALL, sales, ALL.start);
    expect(j.days).toBe(0);
    expect(j.kind).toBe('tooEarly');
    expect(verdictText(j, ALL, 'en')).toBe(
      'Started today: at least 3 whole days are needed to tell.',
    );
    expect(verdictText(j, ALL, 'zh-TW')).toBe(
      '今天剛開始，至少要 3 個完整的日子才能判斷。',
    );
  });

  test('too few visits to tell, however large the jump', () => {
    // 2 a day before, 2.5 a day during: 17 visits in 7 days, under MIN_VISITS.
    const sales = new SalesByDay(
      shop(D(5, 1), D(6, 8), d => (d >= ALL.start ? (d % 2 ? 3 : 2) : 2)),
    );
    const j = judge(ALL, sales, D(6, 9));
    expect(j.during.visits).toBeLessThan(MIN_VISITS);
    expect(j.kind).toBe('tooFew');
    expect(verdictText(j, ALL, 'zh-CN')).toMatch(/数字太小/);
  });

  test('a shop opened a week before the promotion has nothing to compare with', () => {
    const sales = new SalesByDay(shop(D(5, 26), D(6, 8), () => 20));
    const j = judge(ALL, sales, D(6, 9));
    expect(j.baselines).toBe(1);
    expect(j.kind).toBe('noBaseline');
  });

  test('not started yet', () => {
    const sales = new SalesByDay(shop(D(5, 1), D(5, 31), () => 20));
    const j = judge(ALL, sales, D(6, 1));
    expect(j.kind).toBe('upcoming');
    expect(verdictText(j, ALL, 'en')).toBe(
      'Not started yet (starts 2025-06-02).',
    );
  });

  test('a two-week promotion is compared with the two-week stretches before it', () => {
    const p: Promotion = {...ALL, end: D(6, 15)};
    const sales = new SalesByDay(
      shop(D(3, 1), D(6, 15), d => (d >= p.start ? 20 : 10)),
    );
    const j = judge(p, sales, D(6, 16));
    expect(j.days).toBe(14);
    expect(j.baseline?.visits).toBe(140);
    expect(j.baselines).toBe(4);
    expect(j.kind).toBe('up');
  });

  test('new and returning customers per day; an item promotion counts its items only', () => {
    const day = ALL.start;
    const sales = new SalesByDay([
      {day: day - 30, customer: 'old', amount: 5, keys: ['蛋挞']},
      {day, customer: 'old', amount: 8, keys: ['奶茶', '蛋挞']},
      {day, customer: 'old', amount: 8, keys: ['奶茶']}, // same day: one returning
      {day, customer: 'new', amount: 12, keys: ['奶茶']},
      {day: day + 1, customer: 'new', amount: 12, keys: ['奶茶']},
      {day, customer: '', amount: 3, keys: ['奶茶']}, // a walk-in: a visit only
      {day, customer: 'x', amount: 50, keys: ['薯片']}, // not the promoted item
    ]);
    const p: Promotion = {...ALL, items: new Set([itemKey('奶茶')])};
    const f = sales.figures(ALL.start, ALL.end, s =>
      s.keys.some(k => p.items!.has(k)),
    );
    expect(f).toEqual({visits: 5, revenue: 43, newCustomers: 1, returning: 2});
  });
});
