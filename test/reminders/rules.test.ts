import fc from 'fast-check';
import {civilDay} from '../../src/domain/dates';
import {day, RULES} from './rules-fixture';
import {
  birthdaysBetween,
  parseBirthday,
} from '../../src/domain/followup/birthday';
import {
  holidaysBetween,
  parseHolidayList,
} from '../../src/domain/followup/holidays';
import {CustomerFacts, occasionsFor} from '../../src/domain/followup/occasions';
import {
  renderCustomerEmail,
  renderDigest,
} from '../../src/domain/followup/render';
import {cellText, isEmail, telHref} from '../../src/domain/followup/text';
import {escapeHtml} from '../../src/domain/html';

function facts(o: Partial<CustomerFacts> = {}): CustomerFacts {
  return {
    key: 'k',
    birthday: null,
    consent: 'yes',
    grade: null,
    gradeAtLastPurchase: null,
    firstPurchase: null,
    lastPurchase: null,
    lastContact: null,
    largeSales: [],
    complaints: [],
    ...o,
  };
}

describe('birthdays as owners write them', () => {
  it.each([
    ['1990-08-15', null, {calendar: 'solar', month: 8, day: 15, leap: false}],
    ['8月15日', null, {calendar: 'solar', month: 8, day: 15, leap: false}],
    ['农历八月十五', null, {calendar: 'lunar', month: 8, day: 15, leap: false}],
    ['八月十五', null, {calendar: 'lunar', month: 8, day: 15, leap: false}],
    ['腊月初八', null, {calendar: 'lunar', month: 12, day: 8, leap: false}],
    ['閏四月初五', null, {calendar: 'lunar', month: 4, day: 5, leap: true}],
    [
      '1990-02-30',
      'lunar',
      {calendar: 'lunar', month: 2, day: 30, leap: false},
    ],
    ['正月廿九', null, {calendar: 'lunar', month: 1, day: 29, leap: false}],
    [
      '１９９０－０８－１５',
      'lunar',
      {calendar: 'lunar', month: 8, day: 15, leap: false},
    ],
  ])('%s (%s)', (text, kind, want) => {
    expect(parseBirthday(text, kind, 'Asia/Shanghai')).toEqual(want);
  });

  it.each([
    '',
    '=1+1',
    '<script>',
    '1990-02-30',
    '13月1日',
    '八月四十',
    'x'.repeat(2000),
    '🎂',
  ])('refuses case %# as a solar birthday', text => {
    expect(parseBirthday(text, 'solar', 'Asia/Shanghai')).toBeNull();
  });

  it('reads a date cell in the sheet time zone', () => {
    // 1990-08-14T16:30Z is 15 August in Shanghai.
    const b = parseBirthday(
      new Date('1990-08-14T16:30:00Z'),
      null,
      'Asia/Shanghai',
    );
    expect(b).toEqual({calendar: 'solar', month: 8, day: 15, leap: false});
  });

  it('finds each birthday exactly once a year, lunar or solar', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 12}),
        fc.integer({min: 1, max: 30}),
        fc.boolean(),
        fc.integer({min: 1950, max: 2090}),
        (month, d, lunar, year) => {
          const b = {
            calendar: lunar ? 'lunar' : 'solar',
            month,
            day: d,
            leap: false,
          } as const;
          if (!lunar && civilDay(2000, month, d) === null) return;
          const from = day(`${year}-01-01`);
          // Any 365-day stretch holds at most two and a full lunar or solar year one.
          const got = birthdaysBetween(b, from, from + 383);
          expect(got.length).toBeGreaterThanOrEqual(1);
          expect(got.length).toBeLessThanOrEqual(2);
          if (got.length === 2)
            expect(got[1] - got[0]).toBeGreaterThanOrEqual(353);
        },
      ),
      {numRuns: 300},
    );
  });
});

describe('what is due', () => {
  const today = day('2026-03-10');

  it('lists an open complaint only after a day, every day with its own id', () => {
    const c = facts({complaints: [{id: 'x', day: today, text: '少找钱'}]});
    expect(occasionsFor(c, today, RULES, [])).toEqual([]);
    const a = occasionsFor(c, today + 1, RULES, []);
    const b = occasionsFor(c, today + 2, RULES, []);
    expect(a[0].kind).toBe('complaint');
    expect(a[0].id).not.toBe(b[0].id);
  });

  it('check-ins by cadence from the last purchase or contact, whichever is later', () => {
    const c = facts({
      grade: 'A',
      lastPurchase: today - 7,
      firstPurchase: today - 60,
    });
    expect(occasionsFor(c, today, RULES, []).map(o => o.kind)).toEqual([
      'checkin',
    ]);
    const contacted = {...c, lastContact: today - 2};
    expect(occasionsFor(contacted, today, RULES, [])).toEqual([]);
    const daily = {...c, lastPurchase: today};
    expect(occasionsFor(daily, today, RULES, [])).toEqual([]);
    // The same occasion id all through one cadence period.
    const ids = [0, 1, 6].map(k => occasionsFor(c, today + k, RULES, [])[0].id);
    expect(new Set(ids).size).toBe(1);
    expect(occasionsFor(c, today + 7, RULES, [])[0].id).not.toBe(ids[0]);
  });

  it('win-back for a lapsed regular instead of a check-in, never for a passer-by', () => {
    const was = facts({
      grade: 'E',
      gradeAtLastPurchase: 'B',
      lastPurchase: today - 42,
      firstPurchase: today - 200,
    });
    expect(occasionsFor(was, today, RULES, []).map(o => o.kind)).toEqual([
      'lapsed',
    ]);
    const passer = {...was, gradeAtLastPurchase: 'E' as const};
    expect(occasionsFor(passer, today, RULES, []).map(o => o.kind)).toEqual([]);
  });

  it('after-sale check-in N days after the first or a large purchase, unless back since', () => {
    const first = facts({
      grade: 'E',
      firstPurchase: today - 3,
      lastPurchase: today - 3,
    });
    expect(occasionsFor(first, today, RULES, []).map(o => o.id)).toEqual([
      'aftersale:first:2026-03-07',
    ]);
    const back = {...first, lastPurchase: today - 1};
    expect(occasionsFor(back, today, RULES, [])).toEqual([]);
    const large = facts({
      grade: 'C',
      firstPurchase: today - 100,
      lastPurchase: today - 4,
      largeSales: [today - 4],
    });
    expect(occasionsFor(large, today, RULES, []).map(o => o.kind)).toEqual([
      'afterSale',
    ]);
  });

  it('holidays only for customers who agreed', () => {
    const hs = holidaysBetween(
      day('2026-02-16'),
      day('2026-02-17'),
      parseHolidayList('').keys,
    );
    expect(hs.map(h => h.def.key)).toEqual(['spring']);
    const yes = occasionsFor(facts(), day('2026-02-16'), RULES, hs);
    expect(yes.map(o => o.email)).toEqual(['holiday']);
    for (const consent of ['no', 'unsubscribed', null] as const) {
      expect(
        occasionsFor(facts({consent}), day('2026-02-16'), RULES, hs),
      ).toEqual([]);
    }
  });

  it('reads the holiday list in any language and reports the unknown', () => {
    expect(parseHolidayList('中秋、Qixi, 重陽節, 光棍节')).toEqual({
      keys: ['midAutumn', 'qixi', 'doubleNinth'],
      unknown: ['光棍节'],
    });
    expect(
      holidaysBetween(day('2025-10-06'), day('2025-10-06'), ['midAutumn']),
    ).toHaveLength(1);
  });
});

describe('messages', () => {
  it('escapes everything from cells, in HTML and keeps plain text plain', () => {
    const evil = '<script>alert("x")</script>&\'`';
    const digest = renderDigest({
      lang: 'en',
      shop: '<b>Shop</b>',
      today: day('2026-03-10'),
      lines: [
        {
          customer: {
            name: evil,
            grade: 'A',
            phone: '+86 138-0013-8000"><a',
            wechat: '=cmd|',
            lastVisit: day('2026-03-01'),
            favourites: ['<img src=x onerror=alert(1)>'],
          },
          group: 'complaint',
          why: [`complaint open for 3 days: ${evil}`],
          message: `Hello ${evil}`,
        },
      ],
      more: 0,
      emailsSent: 0,
      held: [evil],
      unsure: [],
      expired: [],
      problems: [],
    });
    expect(digest.html).not.toMatch(/<script|<img|<b>Shop/);
    expect(digest.html).toContain('href="tel:+8613800138000"');
    expect(digest.text).toContain(evil);
    const mail = renderCustomerEmail({
      lang: 'zh-CN',
      kind: 'birthday',
      shop: '<i>店</i>',
      body: `${evil}\n第二行`,
      footer: '退订',
      greeting: '',
    });
    expect(mail.html).not.toMatch(/<script|<i>/);
    expect(mail.html).toContain('<br>第二行');
    expect(mail.text.endsWith('退订')).toBe(true);
  });

  it('cuts long cells without splitting an emoji and keeps one line', () => {
    const s = cellText('😀'.repeat(300) + '\n=1', 10);
    expect(Array.from(s)).toHaveLength(10);
    expect(s.endsWith('…')).toBe(true);
    expect(cellText('a\nb\u2028c')).toBe('a b c');
    expect(escapeHtml('<&>"\'`')).toBe('&lt;&amp;&gt;&quot;&#39;&#96;');
    expect(telHref('abc')).toBe('');
    expect(isEmail('a@b.co')).toBe(true);
    expect(isEmail('a@b.co, c@d.ee')).toBe(false);
    expect(isEmail('"x"<a@b.co>')).toBe(false);
  });
});
