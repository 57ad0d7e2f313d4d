import fc from 'fast-check';
import {dateOfDay, isoToDay} from '../../src/domain/dates';
import {
  DEFAULT_GRADE_RULES,
  Grade,
  gradeOf,
  gradeOfRate,
  gradeRank,
  looseNumber,
  spanDays,
  validThreshold,
  validWindow,
} from '../../src/domain/grading';
import {normaliseKey} from '../../src/domain/keys';
import {segmentRulesFrom} from '../../src/domain/segments';
import {
  parseAmount,
  SalesColumns,
  statsOf,
  summariseSales,
} from '../../src/domain/customer-stats';

const TZ = 'Asia/Shanghai';
const AS_OF = isoToDay('2025-06-30')!;

type Sale = [unknown, unknown, unknown?];

function columns(sales: readonly Sale[]): SalesColumns {
  return {
    customers: sales.map(s => s[0]),
    dates: sales.map(s => s[1]),
    amounts: sales.map(s => (s.length > 2 ? s[2] : '')),
  };
}

/** A sale `ago` days before AS_OF, at noon local time, as a Date like getValues gives. */
function daysAgo(ago: number, tz = TZ): Date {
  return new Date(dateOfDay(AS_OF - ago, tz).getTime() + 12 * 3600_000);
}

function gradeFor(sales: readonly Sale[], key: unknown = 'c1', asOf = AS_OF) {
  const sum = summariseSales(columns(sales), {asOf, tz: TZ});
  return statsOf(sum, key)!;
}

describe('the default estimate (domain.md)', () => {
  it('45 purchases in the last 90 days by a customer of a year → 15 → A', () => {
    const sales: Sale[] = [['c1', daysAgo(365)]];
    for (let i = 0; i < 45; i++) sales.push(['c1', daysAgo(i * 2)]);
    const s = gradeFor(sales);
    expect(s.inWindow).toBe(45);
    expect(s.span).toBe(90);
    expect(s.perMonth).toBe(15);
    expect(s.grade).toBe('A');
  });

  it('3 purchases in the 10 days since the first → 3 × 30 / 30 = 3 → D', () => {
    const s = gradeFor([
      ['c1', daysAgo(9)],
      ['c1', daysAgo(4)],
      ['c1', daysAgo(0)],
    ]);
    expect(s.span).toBe(30);
    expect(s.perMonth).toBe(3);
    expect(s.grade).toBe('D');
  });

  it('a regular who stopped coming 4 months ago → n = 0 → E, lapsed', () => {
    const sales: Sale[] = [];
    for (let i = 0; i < 100; i++) sales.push(['c1', daysAgo(120 + i)]);
    const s = gradeFor(sales);
    expect(s.inWindow).toBe(0);
    expect(s.grade).toBe('E');
    expect(s.lifecycle).toBe('lapsed');
    expect(s.segment).toBe('atRisk');
  });

  it('never bought → blank and potential; bought once → E', () => {
    const none = gradeFor([['c2', daysAgo(1)]], 'c1');
    expect(none.grade).toBe('');
    expect(none.total).toBe(0);
    expect(none.lifecycle).toBe('potential');
    expect(none.valueClass).toBe('potential');
    expect(none.segment).toBe('potential');
    const once = gradeFor([['c1', daysAgo(1)]]);
    expect(once.grade).toBe('E');
    expect(once.segment).toBe('new');
    expect(gradeFor([['c1', daysAgo(100)]]).segment).toBe('passerBy');
  });

  it('compares n × 30 >= threshold × span without rounding', () => {
    // 9 purchases over a 90-day span = exactly 3 a month: D. 8 = 2.67: E.
    expect(gradeOf(10, 9, 90)).toBe('D');
    expect(gradeOf(10, 8, 90)).toBe('E');
    // 14.999… never rounds up to A.
    expect(gradeOf(100, 44, 88)).toBe('A'); // exactly 15
    expect(gradeOf(100, 44, 89)).toBe('B');
    expect(gradeOfRate(14.99)).toBe('B');
    expect(gradeOfRate(15)).toBe('A');
    expect(gradeOfRate(0)).toBe('E');
  });

  it('clamps the span to [30, W]', () => {
    expect(spanDays(100, 100, 90)).toBe(30);
    expect(spanDays(100, 71, 90)).toBe(30);
    expect(spanDays(100, 70, 90)).toBe(31);
    expect(spanDays(100, 0, 90)).toBe(90);
    expect(spanDays(100, 0, 7)).toBe(7); // a window shorter than a month
  });

  it('counts the window as 0 <= asOf - day < W', () => {
    const s = gradeFor([
      ['c1', daysAgo(89)],
      ['c1', daysAgo(90)],
      ['c1', daysAgo(200)],
    ]);
    expect(s.total).toBe(3);
    expect(s.inWindow).toBe(1);
  });

  it('takes thresholds and window from the rules', () => {
    const sales: Sale[] = [];
    for (let i = 0; i < 10; i++) sales.push(['c1', daysAgo(i)]);
    const base = summariseSales(columns(sales), {asOf: AS_OF, tz: TZ});
    expect(statsOf(base, 'c1')!.grade).toBe('B'); // 10 in 30 days
    const strict = summariseSales(columns(sales), {
      asOf: AS_OF,
      tz: TZ,
      grade: {thresholds: [30, 20, 12, 11], windowDays: 90},
    });
    expect(statsOf(strict, 'c1')!.grade).toBe('E');
    const week = summariseSales(columns(sales), {
      asOf: AS_OF,
      tz: TZ,
      grade: {thresholds: [15, 10, 5, 3], windowDays: 7},
    });
    // 7 purchases in a 7-day window: 30 a month.
    expect(statsOf(week, 'c1')!.inWindow).toBe(7);
    expect(statsOf(week, 'c1')!.grade).toBe('A');
  });
});

describe('time zones', () => {
  it.each([
    ['Asia/Shanghai', '2025-06-29T15:30:00Z', '2025-06-29T16:30:00Z'],
    ['America/New_York', '2025-06-30T03:30:00Z', '2025-06-30T04:30:00Z'],
  ])('%s: 23:30 is the day before, 00:30 the day', (tz, before, after) => {
    const asOf = isoToDay('2025-06-30')!;
    const late = new Date(before); // 23:30 local on 06-29
    const early = new Date(after); // 00:30 local on 06-30
    const sum = summariseSales(
      {customers: ['a', 'b'], dates: [late, early]},
      {asOf, tz},
    );
    expect(statsOf(sum, 'a')!.daysSinceLast).toBe(1);
    expect(statsOf(sum, 'b')!.daysSinceLast).toBe(0);
    // The day after as_of at 00:30 is ignored; at 23:30 of as_of it counts.
    const sum2 = summariseSales(
      {
        customers: ['a', 'b'],
        dates: [
          new Date(new Date(after).getTime() + 23 * 3600_000),
          new Date(new Date(after).getTime() + 24 * 3600_000),
        ],
      },
      {asOf, tz},
    );
    expect(statsOf(sum2, 'a')!.total).toBe(1);
    expect(statsOf(sum2, 'b')!.total).toBe(0);
    expect(sum2.afterAsOf).toBe(1);
  });

  it('reads typed local times as local to the zone', () => {
    const asOf = isoToDay('2025-06-30')!;
    for (const tz of ['Asia/Shanghai', 'America/New_York']) {
      const sum = summariseSales(
        {
          customers: ['a', 'b'],
          dates: ['2025-06-29 23:30', '2025年6月30日 00:30'],
        },
        {asOf, tz},
      );
      expect(statsOf(sum, 'a')!.daysSinceLast).toBe(1);
      expect(statsOf(sum, 'b')!.daysSinceLast).toBe(0);
    }
  });
});

describe('reading the sales', () => {
  it('accepts every date format and key form', () => {
    const s = gradeFor(
      [
        [13800138000, '2025-06-01'],
        ['13800138000', '2025/6/2'],
        [' 13800138000 ', '2025.6.3'],
        ['１３８００１３８０００', '2025年6月4日'],
        [13800138000, '2025年6月5日 14:30'],
        [13800138000, 45813], // serial for 2025-06-05
        [13800138000, new Date('2025-06-06T02:00:00Z')],
      ],
      '13800138000',
    );
    expect(s.total).toBe(7);
    expect(s.first).toBe(isoToDay('2025-06-01'));
    expect(s.last).toBe(isoToDay('2025-06-06'));
  });

  it('skips and reports unreadable rows, keeping the readable ones right', () => {
    const sum = summariseSales(
      columns([
        ['c1', daysAgo(1), 30],
        ['c1', '昨天', 30],
        ['c1', '', 10],
        ['c1', '=NOW()', 10],
        ['', daysAgo(1), 18], // a walk-in
        ['', '', ''], // blank row
        ['c1', daysAgo(2), 'about 20'],
        ['c1', daysAgo(3), '¥1,200.50'],
        ['<script>alert(1)</script>', daysAgo(3), '+5'],
        ['😀'.repeat(1000), daysAgo(3), '-5'],
      ]),
      {asOf: AS_OF, tz: TZ},
    );
    const c1 = statsOf(sum, 'C1')!;
    expect(c1.total).toBe(3);
    expect(c1.spend).toBeCloseTo(1230.5);
    expect(c1.spendCount).toBe(2);
    expect(c1.averageSpend).toBeCloseTo(615.25);
    expect(sum.problems.map(p => [p.row, p.reason])).toEqual([
      [3, 'date'],
      [4, 'date'],
      [5, 'date'],
      [8, 'amount'],
    ]);
    expect(sum.problemCount).toBe(4);
    expect(sum.anonymous).toBe(1);
    expect(sum.purchases).toBe(5);
    expect(statsOf(sum, '<script>alert(1)</script>')!.spend).toBe(5);
    expect(statsOf(sum, '😀'.repeat(1000))!.spend).toBe(-5);
    expect(statsOf(sum, '')).toBeNull();
    expect(statsOf(sum, '   ')).toBeNull();
  });

  it('reads amounts as owners type them', () => {
    expect(parseAmount(12.5)).toBe(12.5);
    expect(parseAmount('12.5')).toBe(12.5);
    expect(parseAmount('￥1,234.00')).toBe(1234);
    expect(parseAmount('35元')).toBe(35);
    expect(parseAmount('RMB 8')).toBe(8);
    expect(parseAmount('３５')).toBe(35);
    expect(parseAmount('-20')).toBe(-20);
    expect(parseAmount('')).toBeUndefined();
    expect(parseAmount('  ')).toBeUndefined();
    expect(parseAmount('free')).toBeNull();
    expect(parseAmount('=1+1')).toBeNull();
    expect(parseAmount('1.2.3')).toBeNull();
    expect(parseAmount(NaN)).toBeNull();
    expect(parseAmount(true)).toBeNull();
  });

  it('keeps a bounded list of problems but counts them all', () => {
    const n = 3000;
    const sum = summariseSales(
      {customers: new Array(n).fill('x'), dates: new Array(n).fill('junk')},
      {asOf: AS_OF, tz: TZ},
    );
    expect(sum.problems.length).toBe(1000);
    expect(sum.problemCount).toBe(n);
  });
});

describe('value class, lifecycle and segment', () => {
  const visits = (key: string, agos: number[], amount = 20): Sale[] =>
    agos.map(a => [key, daysAgo(a), amount]);
  const range = (from: number, to: number, step = 1) => {
    const out: number[] = [];
    for (let i = from; i <= to; i += step) out.push(i);
    return out;
  };

  it('labels typical customers', () => {
    const sum = summariseSales(
      columns([
        ...visits('daily', range(0, 120)), // A, champion, VIP
        ...visits('weekly', range(0, 200, 6)), // 5 a month: C, regular
        ...visits('gone', range(50, 150, 2), 10), // 6+ weeks away after a habit
        ...visits('bigGone', range(50, 150, 2), 500),
        ...visits('lost', range(200, 300, 10)),
        ...visits('newbie', [3, 1]),
        ...visits('rare', [80, 40, 5]),
        ...visits('rareRich', [80, 40, 5], 800),
        ...visits('bimonthly', [300, 240, 180, 120, 60]),
      ]),
      {asOf: AS_OF, tz: TZ},
    );
    const get = (k: string) => statsOf(sum, k)!;
    expect(get('daily')).toMatchObject({
      grade: 'A',
      segment: 'champion',
      lifecycle: 'active',
      valueClass: 'vip',
    });
    expect(get('weekly')).toMatchObject({
      grade: 'C',
      segment: 'loyal',
      valueClass: 'ordinary',
    });
    expect(get('gone')).toMatchObject({segment: 'atRisk', lifecycle: 'lapsed'});
    expect(get('bigGone')).toMatchObject({
      segment: 'cantLose',
      valueClass: 'vip',
    });
    expect(get('lost')).toMatchObject({segment: 'lost', lifecycle: 'lapsed'});
    expect(get('newbie')).toMatchObject({
      grade: 'E',
      segment: 'new',
      lifecycle: 'new',
    });
    expect(get('rare')).toMatchObject({grade: 'E', segment: 'occasional'});
    expect(get('rareRich')).toMatchObject({
      segment: 'bigSpender',
      valueClass: 'vip',
    });
    // Comes every 60 days; 60 days since the last is not yet lapsed (2 × gap = 120).
    expect(get('bimonthly')).toMatchObject({
      lifecycle: 'active',
      segment: 'occasional',
    });
  });

  it('follows the rules in Settings', () => {
    const sales = columns(visits('w', range(0, 200, 6)));
    const sum = summariseSales(sales, {
      asOf: AS_OF,
      tz: TZ,
      segments: {
        newDays: 30,
        lapsedDays: 42,
        lostDays: 180,
        vipGrade: 'C',
        vipSpend: 0,
      },
    });
    expect(statsOf(sum, 'w')!.valueClass).toBe('vip');
  });
});

describe('invariants', () => {
  const KEYS = ['a', 'B', 13800138000, ' c '];
  const sale = fc.tuple(
    fc.constantFrom(...KEYS),
    fc.integer({min: -30, max: 400}), // days before AS_OF; negative = after
  );

  const grade = (sales: ReadonlyArray<[unknown, number]>, key: unknown) =>
    statsOf(
      summariseSales(
        {
          customers: sales.map(s => s[0]),
          dates: sales.map(s => daysAgo(s[1])),
        },
        {asOf: AS_OF, tz: TZ},
      ),
      key,
    )!.grade;

  // "More purchases" means more visits by a customer already known since their first
  // purchase: a purchase dated before the first one also lengthens the span the rate is
  // measured over (domain.md: span = as_of - first + 1), and may lower it; see below.
  it('more purchases in the window never lower a grade', () => {
    fc.assert(
      fc.property(
        fc.array(sale, {maxLength: 60}),
        fc.array(fc.integer({min: 0, max: 89}), {minLength: 1, maxLength: 20}),
        (sales, extra) => {
          const known = sales.filter(s => s[0] === 'a' && s[1] >= 0);
          const firstAgo = known.length
            ? Math.max(...known.map(s => s[1]))
            : Infinity;
          const before = grade(sales, 'a');
          const after = grade(
            [
              ...sales,
              ...extra.map(
                d => ['a', Math.min(d, firstAgo)] as [string, number],
              ),
            ],
            'a',
          );
          // Rank: A=0 … E=4, blank=5; more purchases → same or better.
          expect(gradeRank(after)).toBeLessThanOrEqual(gradeRank(before));
        },
      ),
      {numRuns: 500},
    );
  });

  it('an earlier first purchase lengthens the span and can lower the rate', () => {
    // 3 purchases today: 3 × 30 / 30 = 3 a month → D. One more 40 days ago makes the
    // span 41 days: 4 × 30 / 41 ≈ 2.93 → E. The exact rule, not a bug.
    expect(
      grade(
        [
          ['a', 0],
          ['a', 0],
          ['a', 0],
        ],
        'a',
      ),
    ).toBe('D');
    expect(
      grade(
        [
          ['a', 0],
          ['a', 0],
          ['a', 0],
          ['a', 40],
        ],
        'a',
      ),
    ).toBe('E');
  });

  it('sales dated after as_of change nothing', () => {
    fc.assert(
      fc.property(
        fc.array(sale, {maxLength: 60}),
        fc.array(
          fc.tuple(fc.constantFrom(...KEYS), fc.integer({min: -400, max: -1})),
          {maxLength: 20},
        ),
        (sales, future) => {
          for (const k of KEYS) {
            expect(grade([...sales, ...future], k)).toBe(grade(sales, k));
          }
        },
      ),
      {numRuns: 300},
    );
  });

  it('row order does not matter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sale, fc.integer({min: 0, max: 1000})), {
          maxLength: 60,
        }),
        pairs => {
          const sales = pairs.map(p => p[0]);
          const shuffled = [...pairs]
            .sort((x, y) => x[1] - y[1])
            .map(p => p[0]);
          const cols = (list: typeof sales) => ({
            customers: list.map(s => s[0]),
            dates: list.map(s => daysAgo(s[1])),
            amounts: list.map(s => s[1] % 50),
          });
          const a = summariseSales(cols(sales), {asOf: AS_OF, tz: TZ});
          const b = summariseSales(cols(shuffled), {asOf: AS_OF, tz: TZ});
          expect(new Map([...b.customers].sort())).toEqual(
            new Map([...a.customers].sort()),
          );
        },
      ),
      {numRuns: 300},
    );
  });

  it('a key and its variants are one customer', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 99_999_999_999}),
        fc.integer({min: 0, max: 80}),
        (phone, ago) => {
          const sum = summariseSales(
            {
              customers: [phone, ` ${phone}`, `${phone}`],
              dates: [daysAgo(ago), daysAgo(ago + 1), daysAgo(ago + 2)],
            },
            {asOf: AS_OF, tz: TZ},
          );
          expect(sum.customers.size).toBe(1);
          expect(statsOf(sum, String(phone))!.total).toBe(3);
        },
      ),
    );
  });

  it('groups sales exactly by normalised key, whatever the cell types', () => {
    const key = fc.oneof(
      fc.integer({min: 0, max: 30}),
      fc.integer({min: 0, max: 30}).map(n => String(n)),
      fc.integer({min: 0, max: 30}).map(n => ` ${n}`),
      fc.integer({min: 0, max: 30}).map(n => `0${n}`),
      fc.constantFrom(
        1e21,
        13800138000,
        '13800138000',
        '１３８００１３８０００',
        1.5,
        '1.5',
      ),
      fc.constantFrom('a', 'A', ' a', 'ß', 'SS', '', '  '),
    );
    fc.assert(
      fc.property(fc.array(key, {maxLength: 80}), keys => {
        const sum = summariseSales(
          {customers: keys, dates: keys.map(() => daysAgo(1))},
          {asOf: AS_OF, tz: TZ},
        );
        const want = new Map<string, number>();
        for (const k of keys) {
          const n = normaliseKey(k);
          if (n !== '') want.set(n, (want.get(n) ?? 0) + 1);
        }
        const got = new Map([...sum.customers].map(([k, s]) => [k, s.total]));
        expect(got).toEqual(want);
      }),
      {numRuns: 500},
    );
  });

  it('grades agree with the formula for any counts', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: 200}),
        fc.integer({min: 0, max: 200}),
        fc.integer({min: 1, max: 400}),
        (total, n, age) => {
          const span = spanDays(age - 1, 0, DEFAULT_GRADE_RULES.windowDays);
          const g = gradeOf(total, n, span);
          if (total === 0) expect(g).toBe('');
          else if (total === 1) expect(g).toBe('E');
          else {
            const rate = (n * 30) / span;
            const want: Grade =
              rate >= 15
                ? 'A'
                : rate >= 10
                  ? 'B'
                  : rate >= 5
                    ? 'C'
                    : rate >= 3
                      ? 'D'
                      : 'E';
            // Floating rate and integer comparison agree away from exact edges.
            if (![15, 10, 5, 3].some(t => Math.abs(rate - t) < 1e-9)) {
              expect(g).toBe(want);
            }
          }
        },
      ),
    );
  });
});

describe('settings as owners type them', () => {
  it('reads numbers with units and full-width digits', () => {
    expect(looseNumber('90天')).toBe(90);
    expect(looseNumber('９０')).toBe(90);
    expect(looseNumber('15 次')).toBe(15);
    expect(looseNumber('1,000元')).toBe(1000);
    expect(looseNumber('¥1000')).toBe(1000);
    expect(looseNumber('2.5')).toBe(2.5);
    expect(looseNumber('ninety')).toBeNull();
    expect(looseNumber('')).toBeNull();
    expect(validWindow('60天')).toBe(60);
    expect(validWindow(0)).toBeNull();
    expect(validWindow(5000)).toBeNull();
    expect(validThreshold('-1')).toBeNull();
  });

  it('reads segment rules, bad values falling back to the defaults', () => {
    expect(
      segmentRulesFrom({
        newDays: '14天',
        lapsedDays: 'soon',
        lostDays: '',
        vipGrade: 'ａ',
        vipSpend: '2,000元',
      }),
    ).toEqual({
      newDays: 14,
      lapsedDays: 42,
      lostDays: 180,
      vipGrade: 'A',
      vipSpend: 2000,
    });
    expect(segmentRulesFrom({vipGrade: '无', vipSpend: 0})).toMatchObject({
      vipGrade: null,
      vipSpend: 0,
    });
    expect(segmentRulesFrom({vipGrade: 'Z'}).vipGrade).toBe('B');
  });
});
