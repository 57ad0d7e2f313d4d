/**
 * The dashboard's notes in the three languages: counts of left-out sales read right for
 * one and for several (English plurals), and no template braces are left in any text.
 */
import {computeDashboard} from '../../src/domain/dashboard/figures';
import {layoutDashboard} from '../../src/domain/dashboard/layout';
import {isoToDay} from '../../src/domain/dates';
import {DEFAULT_GRADE_RULES} from '../../src/domain/grading';
import {Lang} from '../../src/domain/i18n';
import {DEFAULT_SEGMENT_RULES} from '../../src/domain/segments';

const TODAY = isoToDay('2026-03-10') as number;
const at = (iso: string, hhmm: string) => new Date(`${iso}T${hhmm}:00+08:00`);

/** Every text cell of the dashboard for `n` untimed and `n` unreadable sales. */
function texts(n: number, lang: Lang): string[] {
  const dates: unknown[] = [at('2026-03-09', '12:00')];
  for (let i = 0; i < n; i++) dates.push(at('2026-03-09', '00:00'), 'someday');
  const f = computeDashboard(
    {
      sales: {
        dates,
        customers: dates.map(() => ''),
        items: dates.map(() => '奶茶'),
        amounts: dates.map(() => 5),
        voids: dates.map(() => ''),
      },
      customers: {ids: [], names: [], phones: []},
      feedback: {
        dates: [],
        types: [],
        ratings: [],
        statuses: [],
        resolvedOn: [],
      },
      isComplaint: () => false,
      isResolved: () => false,
    },
    {
      today: TODAY,
      tz: 'Asia/Shanghai',
      grade: DEFAULT_GRADE_RULES,
      segments: DEFAULT_SEGMENT_RULES,
    },
  );
  expect(f.untimed).toBe(n);
  expect(f.unreadDates).toBe(n);
  const layout = layoutDashboard(f, {
    lang,
    tz: 'Asia/Shanghai',
    moneyFormat: '"¥"#,##0.00',
    updatedAt: '2026-03-10 14:00',
    currency: '¥',
  });
  return layout.blocks.flatMap(b =>
    b.values
      .flat()
      .filter((v): v is string => typeof v === 'string' && v !== ''),
  );
}

test('English notes: one sale, several sales', () => {
  const one = texts(1, 'en');
  expect(one).toContain(
    '1 sales row has a date that cannot be read and is left out.',
  );
  expect(one).toContain('1 more sale has a date but no time and is left out.');
  const two = texts(2, 'en');
  expect(two).toContain(
    '2 sales rows have a date that cannot be read and are left out.',
  );
  expect(two).toContain(
    '2 more sales have a date but no time and are left out.',
  );
});

test.each(['zh-CN', 'zh-TW', 'en'] as Lang[])(
  'no template left in any text (%s)',
  lang => {
    for (const s of texts(1, lang)) expect(s).not.toMatch(/[{}|]/);
  },
);
