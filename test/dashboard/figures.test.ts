/**
 * The dashboard's summary tables against figures worked out by hand (the comments show
 * the sums). Today is Tuesday 2026-03-10 in Shanghai.
 */
import {computeDashboard} from '../../src/domain/dashboard/figures';
import {DashboardInput} from '../../src/domain/dashboard/input';
import {DAYS_SHOWN} from '../../src/domain/dashboard/days';
import {MONTHS_SHOWN} from '../../src/domain/dashboard/months';
import {monthOfDay, weekdayOf} from '../../src/domain/dashboard/calendar';
import {ratingOf} from '../../src/domain/dashboard/satisfaction';
import {dayNumber, isoToDay} from '../../src/domain/dates';
import {DEFAULT_GRADE_RULES} from '../../src/domain/grading';
import {DEFAULT_SEGMENT_RULES} from '../../src/domain/segments';

const TZ = 'Asia/Shanghai';
const day = (iso: string) => isoToDay(iso) as number;
const TODAY = day('2026-03-10');
const at = (iso: string, hhmm = '00:00') => new Date(`${iso}T${hhmm}:00+08:00`);
const OPTS = {
  today: TODAY,
  tz: TZ,
  grade: DEFAULT_GRADE_RULES,
  segments: DEFAULT_SEGMENT_RULES,
};

interface Sale {
  date: unknown;
  customer?: unknown;
  items?: unknown;
  amount?: unknown;
  void?: unknown;
}

function input(
  sales: Sale[],
  customers: Array<{id: string; name: string; phone?: string}> = [],
  feedback: Array<{
    date: unknown;
    type: string;
    rating?: unknown;
    status?: string;
    resolvedOn?: unknown;
  }> = [],
): DashboardInput {
  return {
    sales: {
      dates: sales.map(s => s.date),
      customers: sales.map(s => s.customer ?? ''),
      items: sales.map(s => s.items ?? ''),
      amounts: sales.map(s => s.amount ?? ''),
      voids: sales.map(s => s.void ?? ''),
    },
    customers: {
      ids: customers.map(c => c.id),
      names: customers.map(c => c.name),
      phones: customers.map(c => c.phone ?? ''),
    },
    feedback: {
      dates: feedback.map(f => f.date),
      types: feedback.map(f => f.type),
      ratings: feedback.map(f => f.rating ?? ''),
      statuses: feedback.map(f => f.status ?? ''),
      resolvedOn: feedback.map(f => f.resolvedOn ?? ''),
    },
    isComplaint: v => v === 'complaint',
    isResolved: v => v === 'resolved',
  };
}

/** Every day from `from` to `to`, at `hhmm`. */
function daily(
  from: string,
  to: string,
  s: Omit<Sale, 'date'>,
  hhmm = '08:00',
) {
  const out: Sale[] = [];
  for (let d = day(from); d <= day(to); d++) {
    const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
    out.push({...s, date: at(iso, hhmm)});
  }
  return out;
}

describe('sales, items and peak hours', () => {
  const sales: Sale[] = [
    // Today, Tuesday 12:30: 30 shared by quantity, 奶茶 ×2 = 20 and 蛋挞 = 10.
    {
      date: at('2026-03-10', '12:30'),
      customer: 'C1',
      items: '奶茶 ×2、蛋挞',
      amount: 30,
    },
    // Yesterday, Monday 09:15.
    {
      date: at('2026-03-09', '09:15'),
      customer: 'C1',
      items: '奶茶',
      amount: 10,
    },
    // Yesterday, typed without a time: counted everywhere but the peak grid.
    {date: at('2026-03-09'), customer: 'C2', items: '蛋挞', amount: '¥8'},
    // 364 days ago (Tuesday 2025-03-11): today's "last year"; March 2025 on the months.
    {
      date: at('2025-03-11', '10:00'),
      customer: 'C2',
      items: '奶茶',
      amount: 12,
    },
    // Voided: nowhere.
    {
      date: at('2026-03-10', '15:00'),
      customer: 'C1',
      items: '奶茶',
      amount: 100,
      void: '已作废 2026-03-10',
    },
    // A date that can't be read: counted apart.
    {date: 'someday', customer: 'C1', items: '奶茶', amount: 5},
    // Thursday 2026-02-05 11:00: 33 days ago, the 30 days before for items.
    {date: at('2026-02-05', '11:00'), customer: 'C3', items: '薯片', amount: 6},
    // After today: nowhere.
    {date: at('2026-03-20', '10:00'), customer: 'C3', items: '薯片', amount: 6},
  ];
  const f = computeDashboard(input(sales), OPTS);

  test('by day: the last 8 weeks, with the same weekday 52 weeks before', () => {
    expect(f.days).toHaveLength(DAYS_SHOWN);
    expect(f.days[0].day).toBe(day('2026-01-14'));
    expect(f.days[DAYS_SHOWN - 1]).toEqual({
      day: TODAY,
      revenue: 30,
      visits: 1,
      revenueLastYear: 12,
      visitsLastYear: 1,
    });
    const mar9 = f.days.find(d => d.day === day('2026-03-09'));
    expect(mar9).toMatchObject({revenue: 18, visits: 2});
    const feb5 = f.days.find(d => d.day === day('2026-02-05'));
    expect(feb5).toMatchObject({revenue: 6, visits: 1});
    // 30 + 18 + 6: nothing else in the 8 weeks (the void, the future and the unreadable).
    expect(f.days.reduce((a, d) => a + d.revenue, 0)).toBe(54);
    expect(f.days.reduce((a, d) => a + d.visits, 0)).toBe(4);
    expect(f.unreadDates).toBe(1);
  });

  test('by month: 13 months to this one, each against the same month a year before', () => {
    expect(f.months).toHaveLength(MONTHS_SHOWN);
    expect(f.months[0].month).toBe(monthOfDay(day('2025-03-01')));
    expect(f.months[0]).toMatchObject({revenue: 12, visits: 1});
    const march = f.months[MONTHS_SHOWN - 1];
    expect(march).toMatchObject({
      revenue: 48, // 30 + 10 + 8
      visits: 3,
      revenueLastYear: 12,
      visitsLastYear: 1,
    });
    expect(f.months[MONTHS_SHOWN - 2]).toMatchObject({revenue: 6, visits: 1});
  });

  test('best sellers by count and by revenue, and what moved', () => {
    expect(f.byCount).toEqual([
      {item: '奶茶', now: 3, before: 0},
      {item: '蛋挞', now: 2, before: 0},
    ]);
    expect(f.byRevenue).toEqual([
      {item: '奶茶', now: 30, before: 0},
      {item: '蛋挞', now: 18, before: 0},
    ]);
    expect(f.risers.map(r => r.item)).toEqual(['奶茶', '蛋挞']);
    expect(f.fallers).toEqual([{item: '薯片', now: 0, before: 1}]);
  });

  test('peak hours by weekday (Monday first) and hour; untimed sales apart', () => {
    expect(weekdayOf(TODAY)).toBe(1); // Tuesday
    const cells = f.peak.flatMap((r, wd) =>
      r.flatMap((n, h) => (n ? [[wd, h, n]] : [])),
    );
    expect(cells).toEqual([
      [0, 9, 1], // Monday 09:15
      [1, 12, 1], // Tuesday 12:30
      [3, 11, 1], // Thursday 11:00
    ]);
    expect(f.untimed).toBe(1);
  });

  test("hours are the shop's: the same instants in Vancouver fall on other hours and days", () => {
    const v = computeDashboard(input(sales), {
      ...OPTS,
      tz: 'America/Vancouver',
      today: dayNumber(at('2026-03-10', '12:30'), 'America/Vancouver'),
    });
    // 2026-03-10 12:30 in Shanghai is 2026-03-09 21:30 in Vancouver (PDT, UTC-7): Monday.
    expect(v.peak[0][21]).toBe(1);
  });
});

describe('customers: grades, lifecycle, moves this month and at-risk regulars', () => {
  const customers = [
    {id: 'C5', name: '常客', phone: '13500000005'},
    {id: 'C6', name: '老熟客', phone: '13600000006'},
    {id: 'C7', name: '过客', phone: '13700000007'},
    {id: 'C8', name: '潜在', phone: '13800000008'},
    {id: 'C9', name: '新客', phone: '13900000009'},
    {id: 'C10', name: '渐少', phone: '13000000010'},
  ];
  const sales: Sale[] = [
    // C5: every day from Feb 20. End of February 9 a month (C); today 19 (A): up.
    ...daily('2026-02-20', '2026-03-10', {customer: 'C5', amount: 1}),
    // C6, under their phone: every day of Oct and Nov 2025, 61 × 10. An A on the last
    // visit (61 in 61 days), lapsed now and at the end of February (E both times).
    ...daily('2025-10-01', '2025-11-30', {customer: '13600000006', amount: 10}),
    // C7: once, long ago: E, lapsed, never a regular.
    {date: at('2025-06-01', '10:00'), customer: 'C7', amount: 5},
    // C9: first purchase this month: graded for the first time.
    {date: at('2026-03-05', '10:00'), customer: 'C9', amount: 5},
    // C10: every day of December, 31 × 10. End of Feb: 31 in 90 days, B; today 21 in
    // the window, C: down. Lapsed (69 days), an A on the last visit (31 in 31 days).
    ...daily('2025-12-01', '2025-12-31', {customer: 'C10', amount: 10}),
  ];
  const f = computeDashboard(input(sales, customers), OPTS);

  test('by grade and lifecycle, every customer of the book once', () => {
    expect(f.grades).toEqual({A: 1, B: 0, C: 1, D: 0, E: 3, none: 1});
    expect(f.lifecycles).toEqual({potential: 1, new: 2, active: 0, lapsed: 3});
  });

  test('moves against the grade at the end of last month, from the same sales', () => {
    expect(f.moved).toEqual({up: 1, down: 1, same: 2, firstGraded: 1});
  });

  test('at-risk regulars: lapsed and A–C on their last visit, biggest spend first', () => {
    expect(f.atRisk).toEqual([
      {
        name: '老熟客',
        phone: '13600000006',
        gradeThen: 'A',
        lastVisit: day('2025-11-30'),
        daysSince: TODAY - day('2025-11-30'),
        spendYear: 610,
      },
      {
        name: '渐少',
        phone: '13000000010',
        gradeThen: 'A',
        lastVisit: day('2025-12-31'),
        daysSince: 69,
        spendYear: 310,
      },
    ]);
    expect(f.atRiskTotal).toBe(2);
  });
});

test('satisfaction by month: average rating, complaints opened and resolved, median days', () => {
  const f = computeDashboard(
    input(
      [],
      [],
      [
        {date: at('2026-03-02'), type: 'praise', rating: 5},
        // Opened and resolved in March: 3 days.
        {
          date: at('2026-03-03'),
          type: 'complaint',
          rating: 2,
          status: 'resolved',
          resolvedOn: at('2026-03-06'),
        },
        // Opened in February, resolved in March: 19 days.
        {
          date: at('2026-02-10'),
          type: 'complaint',
          rating: 1,
          status: 'resolved',
          resolvedOn: at('2026-03-01'),
        },
        {date: at('2026-02-20'), type: 'complaint', status: 'open'},
        // Marked resolved without a date: closed, in no month's resolved count.
        {date: at('2026-01-15'), type: 'complaint', status: 'resolved'},
        {date: at('2026-03-04'), type: 'survey', rating: '4'},
        {date: at('2026-03-04'), type: 'survey', rating: 'x'},
        {date: at('2026-03-04'), type: 'survey', rating: 7},
      ],
    ),
    OPTS,
  );
  const march = f.satisfaction[MONTHS_SHOWN - 1];
  expect(march).toEqual({
    month: monthOfDay(TODAY),
    ratingAverage: 3.67, // (5 + 2 + 4) / 3
    ratings: 3,
    complaintsOpened: 1,
    complaintsResolved: 2,
    medianDaysToResolve: 11, // 3 and 19
  });
  expect(f.satisfaction[MONTHS_SHOWN - 2]).toMatchObject({
    ratingAverage: 1,
    ratings: 1,
    complaintsOpened: 2,
    complaintsResolved: 0,
    medianDaysToResolve: null,
  });
  expect(f.satisfaction[MONTHS_SHOWN - 3]).toMatchObject({
    ratingAverage: null,
    complaintsOpened: 1,
  });
  expect(f.openComplaints).toBe(1);
});

test('ratings: 1–5 as a number, digits or stars', () => {
  expect([5, '4', '★★★', ' 2 ', 0, 6, 'x', ''].map(ratingOf)).toEqual([
    5,
    4,
    3,
    2,
    null,
    null,
    null,
    null,
  ]);
});

test("last year is blank, not 0, before the book's first sale (a shop new to Shuke sold something last year)", () => {
  // The book starts on Saturday 2026-01-31; one sale on 2026-03-03.
  const f = computeDashboard(
    input([
      {date: at('2026-01-31', '10:00'), amount: 5},
      {date: at('2026-03-03', '10:00'), amount: 7},
      // A voided sale earlier still does not start the book.
      {date: at('2025-03-04', '10:00'), amount: 9, void: '已作废'},
    ]),
    OPTS,
  );
  // 2026-03-03 a year before (52 weeks) is 2025-03-04: before the book, blank.
  const mar3 = f.days.find(d => d.day === day('2026-03-03'))!;
  expect(mar3).toMatchObject({
    revenue: 7,
    visits: 1,
    revenueLastYear: null,
    visitsLastYear: null,
  });
  expect(f.days.every(d => d.revenueLastYear === null)).toBe(true);
  // This year's days keep their zeros: the book was open and nothing was sold.
  expect(f.days.find(d => d.day === day('2026-03-02'))!.revenue).toBe(0);
  // Months: 2025-03 … 2026-03, each a year before is 2024-03 … 2025-03: all before.
  expect(f.months.every(m => m.revenueLastYear === null)).toBe(true);
  expect(f.months.at(-1)).toMatchObject({revenue: 7, visits: 1});
  // The months before the book's first sale (2026-01-31) are blank, not ¥0.00 / 0: no
  // book was kept; February, with the book open and nothing sold, keeps its zeros.
  expect(f.months.map(m => [m.revenue, m.visits])).toEqual([
    ...Array(MONTHS_SHOWN - 3).fill([null, null]),
    [5, 1],
    [0, 0],
    [7, 1],
  ]);

  // A year on (2027-02-15), the days from 2027-01-30 meet the book's first days.
  const later = computeDashboard(
    input([{date: at('2026-01-31', '10:00'), amount: 5}]),
    {...OPTS, today: day('2027-02-15')},
  );
  expect(later.days.find(d => d.day === day('2027-01-29'))).toMatchObject({
    revenueLastYear: null,
    visitsLastYear: null,
  });
  expect(later.days.find(d => d.day === day('2027-01-30'))).toMatchObject({
    revenueLastYear: 5, // Saturday 2026-01-31, 364 days before
    visitsLastYear: 1,
  });
  expect(later.days.find(d => d.day === day('2027-01-31'))).toMatchObject({
    revenueLastYear: 0,
    visitsLastYear: 0,
  });
  // 2026-01 is the book's first month: January 2027 is compared, December is not.
  const jan = later.months.find(
    m => m.month === monthOfDay(day('2027-01-01')),
  )!;
  const dec = later.months.find(
    m => m.month === monthOfDay(day('2026-12-01')),
  )!;
  expect(jan).toMatchObject({revenueLastYear: 5, visitsLastYear: 1});
  expect(dec).toMatchObject({revenueLastYear: null, visitsLastYear: null});
});

test('no sales at all: nothing to compare with', () => {
  const f = computeDashboard(input([]), OPTS);
  expect(f.days.every(d => d.visitsLastYear === null)).toBe(true);
  expect(f.months.every(m => m.visitsLastYear === null)).toBe(true);
  expect(f.days.every(d => d.visits === 0)).toBe(true);
});
