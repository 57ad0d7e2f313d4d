import fc from 'fast-check';
import {
  civilDay,
  dateOfDay,
  dayNumber,
  dayToIso,
  isoDateIn,
  isoToDay,
  parseDate,
  parseDay,
  todayIn,
  tzOffsetMs,
} from '../../src/domain/dates';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';

/** Intl's own answer, the slow reference the cache must agree with. */
function intlIso(ms: number, tz: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (t: string) => parts.find(p => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

describe('dayNumber', () => {
  it('counts calendar days in the zone, not in UTC', () => {
    // 23:30 and 00:30 local time are different days, whatever the host's zone.
    expect(isoDateIn(new Date('2025-03-05T15:30:00Z'), SH)).toBe('2025-03-05');
    expect(isoDateIn(new Date('2025-03-05T16:30:00Z'), SH)).toBe('2025-03-06');
    expect(isoDateIn(new Date('2025-03-06T04:30:00Z'), NY)).toBe('2025-03-05');
    expect(isoDateIn(new Date('2025-03-06T05:30:00Z'), NY)).toBe('2025-03-06');
    // Summer time in New York: UTC-4.
    expect(isoDateIn(new Date('2025-07-06T03:30:00Z'), NY)).toBe('2025-07-05');
    expect(isoDateIn(new Date('2025-07-06T04:30:00Z'), NY)).toBe('2025-07-06');
    expect(dayNumber(new Date('1970-01-01T00:00:00Z'), 'UTC')).toBe(0);
    expect(dayNumber(new Date(NaN), SH)).toBeNaN();
  });

  it('agrees with Intl everywhere, DST transitions included', () => {
    const zones = [
      SH,
      NY,
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/Sao_Paulo',
      'Pacific/Chatham',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({min: Date.UTC(1980, 0, 1), max: Date.UTC(2040, 0, 1)}),
        (tz, ms) => {
          expect(dayToIso(dayNumber(ms, tz))).toBe(intlIso(ms, tz));
        },
      ),
      {numRuns: 3000},
    );
  });

  it('is exact at the instant of a transition', () => {
    // New York springs forward at 2025-03-09 07:00 UTC.
    const at = Date.UTC(2025, 2, 9, 7);
    expect(tzOffsetMs(at - 1000, NY)).toBe(-5 * 3600_000);
    expect(tzOffsetMs(at, NY)).toBe(-4 * 3600_000);
  });
});

describe('ISO helpers', () => {
  it('round-trips days and ISO text', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(dayToIso(20152)).toBe('2025-03-05');
    expect(isoToDay('2025-03-05')).toBe(20152);
    expect(isoToDay('2025-02-29')).toBeNull();
    expect(isoToDay('2024-02-29')).toBe(civilDay(2024, 2, 29));
    expect(isoToDay('2025-3-5')).toBeNull();
    expect(isoToDay('=1+1')).toBeNull();
    fc.assert(
      fc.property(fc.integer({min: -700_000, max: 2_900_000}), d => {
        expect(isoToDay(dayToIso(d))).toBe(d);
      }),
    );
  });

  it('gives local midnight of a day', () => {
    const d = isoToDay('2025-03-05')!;
    expect(dateOfDay(d, SH).toISOString()).toBe('2025-03-04T16:00:00.000Z');
    expect(dateOfDay(d, NY).toISOString()).toBe('2025-03-05T05:00:00.000Z');
    expect(dateOfDay(d, 'UTC').toISOString()).toBe('2025-03-05T00:00:00.000Z');
    // Sao Paulo skipped midnight on 2018-11-04: the day began at 01:00.
    expect(
      dateOfDay(isoToDay('2018-11-04')!, 'America/Sao_Paulo').toISOString(),
    ).toBe('2018-11-04T03:00:00.000Z');
    fc.assert(
      fc.property(
        fc.constantFrom(SH, NY, 'Europe/London', 'America/Sao_Paulo'),
        fc.integer({min: 0, max: 30_000}),
        (tz, day) => {
          expect(dayNumber(dateOfDay(day, tz), tz)).toBe(day);
        },
      ),
    );
  });

  it('knows today in the zone', () => {
    const now = new Date('2025-12-31T17:00:00Z');
    expect(dayToIso(todayIn(SH, now))).toBe('2026-01-01');
    expect(dayToIso(todayIn(NY, now))).toBe('2025-12-31');
  });
});

describe('parseDate', () => {
  const iso = (v: unknown, tz = SH) => parseDate(v, tz)?.toISOString() ?? null;

  it('passes valid Date objects through', () => {
    const d = new Date('2025-03-05T06:30:00Z');
    expect(parseDate(d, SH)).toBe(d);
    expect(parseDate(new Date(NaN), SH)).toBeNull();
  });

  it.each([
    ['2025-03-05', '2025-03-04T16:00:00.000Z'],
    ['2025/3/5', '2025-03-04T16:00:00.000Z'],
    ['2025.3.5', '2025-03-04T16:00:00.000Z'],
    ['2025年3月5日', '2025-03-04T16:00:00.000Z'],
    ['2025 年 3 月 5 号', '2025-03-04T16:00:00.000Z'],
    ['２０２５年３月５日', '2025-03-04T16:00:00.000Z'],
    ['  2025-03-05  ', '2025-03-04T16:00:00.000Z'],
    ['2025-03-05 14:30', '2025-03-05T06:30:00.000Z'],
    ['2025/3/5 9:05:07', '2025-03-05T01:05:07.000Z'],
    ['2025.3.5 23:30', '2025-03-05T15:30:00.000Z'],
    ['2025年3月5日 14:30', '2025-03-05T06:30:00.000Z'],
    ['2025年3月5日14:30:00', '2025-03-05T06:30:00.000Z'],
    ['2025年3月5日 下午2:30', '2025-03-05T06:30:00.000Z'],
    ['2025-03-05 2:30 PM', '2025-03-05T06:30:00.000Z'],
    ['2025-03-05 12:10 am', '2025-03-04T16:10:00.000Z'],
    ['2025-03-05T14:30:05.250', '2025-03-05T06:30:05.250Z'],
    ['2025-03-05T14:30:00Z', '2025-03-05T14:30:00.000Z'],
    ['2025-03-05 14:30+09:00', '2025-03-05T05:30:00.000Z'],
    ['２０２５－０３－０５　１４：３０', '2025-03-05T06:30:00.000Z'],
  ])('reads %j', (text, want) => {
    expect(iso(text)).toBe(want);
  });

  it('reads local time in the zone it is given', () => {
    expect(iso('2025-03-05 23:30', NY)).toBe('2025-03-06T04:30:00.000Z');
    expect(iso('2025-07-05 00:30', NY)).toBe('2025-07-05T04:30:00.000Z');
    // 02:30 does not exist on the spring-forward night: it resolves forward.
    expect(iso('2025-03-09 02:30', NY)).toBe('2025-03-09T07:30:00.000Z');
    // 01:30 happens twice on the fall-back night: the earlier one.
    expect(iso('2025-11-02 01:30', NY)).toBe('2025-11-02T05:30:00.000Z');
  });

  it.each([
    '',
    '   ',
    'yesterday',
    '昨天',
    '05/03/2025',
    '3/5/2025',
    '25/3/5',
    '2025-3/5',
    '2025-02-29',
    '2025-13-01',
    '2025-04-31',
    '2025-03-05 24:00',
    '2025-03-05 12:60',
    '2025-03-05 13:00 pm',
    '2025-03-05 14:30+15:00',
    '=DATE(2025,3,5)',
    '+2025-03-05',
    '@2025-03-05',
    '<script>2025-03-05</script>',
    '2025-03-05😀',
    '2025-03-05 '.repeat(200),
  ])('refuses %j', text => {
    expect(parseDate(text, SH)).toBeNull();
    expect(parseDay(text, SH)).toBeNull();
  });

  it('reads numbers as Sheets serial days, local to the zone', () => {
    expect(iso(45721)).toBe('2025-03-04T16:00:00.000Z'); // 2025-03-05
    expect(iso(45721.5, NY)).toBe('2025-03-05T17:00:00.000Z'); // noon
    expect(iso(20250305)).toBe('2025-03-04T16:00:00.000Z'); // yyyymmdd
    expect(iso(20250230)).toBeNull();
    expect(iso(3)).toBeNull(); // a quantity, not 1900-01-02
    expect(iso(2025)).toBeNull(); // a bare year
    expect(iso(NaN)).toBeNull();
    expect(iso(-45721)).toBeNull();
    expect(parseDay(45721, SH)).toBe(isoToDay('2025-03-05'));
  });

  it('refuses other kinds of value', () => {
    for (const v of [null, undefined, true, {}, [], ['2025-03-05']]) {
      expect(parseDate(v, SH)).toBeNull();
      expect(parseDay(v, SH)).toBeNull();
    }
  });

  it('parseDay is the day of parseDate', () => {
    const texts = fc
      .tuple(
        fc.integer({min: 1990, max: 2035}),
        fc.integer({min: 1, max: 12}),
        fc.integer({min: 1, max: 28}),
        fc.integer({min: 0, max: 23}),
        fc.integer({min: 0, max: 59}),
        fc.constantFrom('-', '/', '.', '年'),
      )
      .map(([y, m, d, h, mi, sep]) =>
        sep === '年'
          ? `${y}年${m}月${d}日 ${h}:${String(mi).padStart(2, '0')}`
          : `${y}${sep}${m}${sep}${d} ${h}:${String(mi).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(
        fc.oneof(
          texts,
          fc.date({noInvalidDate: true}),
          fc.double({min: 10_000, max: 80_000, noNaN: true}),
        ),
        fc.constantFrom(SH, NY, 'UTC', 'Europe/London'),
        (v, tz) => {
          const d = parseDate(v, tz);
          const day = parseDay(v, tz);
          if (d === null) expect(day).toBeNull();
          else expect(day).toBe(dayNumber(d, tz));
        },
      ),
      {numRuns: 3000},
    );
  });
});
