import {Lang} from '../../src/domain/i18n';
import {BAD} from '../../src/usecases/custom-functions/arguments';
import {customerFn} from '../../src/usecases/custom-functions/picks';
import {CustomFunctionHost} from '../../src/usecases/custom-functions/host';
import {gradeFn} from '../../src/usecases/custom-functions/grade';

const TZ = 'Asia/Shanghai';

function host(
  lang: Lang = 'en',
  now = '2025-06-30T10:00:00+08:00',
): CustomFunctionHost {
  return {timeZone: () => TZ, lang: () => lang, now: () => new Date(now)};
}

/** Local noon `ago` days before 2025-06-30 in Shanghai, as getValues gives dates. */
const day = (ago: number) =>
  new Date(Date.parse('2025-06-30T12:00:00+08:00') - ago * 86_400_000);

/** A Sales tab as Sheets passes B2:B and A2:A: 2-D, one column, '' for blanks. */
function sales(rows: Array<[unknown, unknown, unknown?]>) {
  return {
    keys: rows.map(r => [r[0]]),
    dates: rows.map(r => [r[1]]),
    amounts: rows.map(r => [r.length > 2 ? r[2] : '']),
  };
}

const regular = Array.from(
  {length: 45},
  (_, i) => ['c1', day(i * 2), 20] as [unknown, unknown, unknown],
);

describe('GRADE', () => {
  it('grades a range, a single cell and blanks', () => {
    expect(
      gradeFn(host(), [[15], [14.99], [10], [5], [3], [2.9], [0], ['']]),
    ).toEqual([['A'], ['B'], ['B'], ['C'], ['D'], ['E'], ['E'], ['']]);
    expect(gradeFn(host(), 12)).toEqual([['B']]);
    expect(gradeFn(host(), '')).toEqual([['']]);
    expect(gradeFn(host(), '１６')).toEqual([['A']]);
  });

  it('marks a bad cell and keeps the rest', () => {
    expect(gradeFn(host(), [[16], ['lots'], [-1], ['=1+1'], [4]])).toEqual([
      ['A'],
      [BAD],
      [BAD],
      [BAD],
      ['D'],
    ]);
  });

  it('takes thresholds as a range of 4, blanks as defaults', () => {
    const th = [[20], [12], [''], [1]];
    expect(gradeFn(host(), [[15], [12], [5], [1], [0.5]], th)).toEqual([
      ['B'],
      ['B'],
      ['C'],
      ['D'],
      ['E'],
    ]);
    expect(gradeFn(host(), [[15]], [[20, 12, 6, 2]])).toEqual([['B']]);
  });

  it('refuses thresholds that are not numbers, in the sheet language', () => {
    expect(() => gradeFn(host('zh-CN'), 3, [['x']])).toThrow(/thresholds 应为/);
    expect(() => gradeFn(host('en'), 3, [[1], [2], [3], [4], [5]])).toThrow(
      /thresholds should be 4 numbers/,
    );
  });
});

describe('CUSTOMER_GRADE and companions', () => {
  const s = sales([
    ...regular,
    [13800138000, day(9), 30],
    ['13800138000', day(4), '¥30'],
    [' 13800138000 ', day(0), 30],
    ['once', day(3), 99],
    ['c1', '昨天', 10], // unreadable, skipped
    ['', day(1), 18], // walk-in
    ['c1', day(-3), 500], // after as_of
  ]);
  const ids = [
    ['c1'],
    [13800138000],
    ['once'],
    ['nobody'],
    [''],
    ['#N/A'],
    ['C1 '],
  ];
  const args = (extra: object = {}) => ({
    customerIds: ids,
    saleCustomerIds: s.keys,
    saleDates: s.dates,
    saleAmounts: s.amounts,
    ...extra,
  });

  it('gives one grade per row, blank for blank, ? for an error value', () => {
    expect(customerFn(host(), 'grade', args())).toEqual([
      ['A'],
      ['D'],
      ['E'],
      [''],
      [''],
      [BAD],
      ['A'],
    ]);
  });

  it('fills the companions in the same shape', () => {
    // The regular's first purchase was 88 days ago: span 89, 45 × 30 / 89.
    expect(customerFn(host(), 'perMonth', args())).toEqual([
      [15.17],
      [3],
      [1],
      [''],
      [''],
      [BAD],
      [15.17],
    ]);
    const last = customerFn(host(), 'lastVisit', args());
    expect((last[0][0] as Date).toISOString()).toBe('2025-06-29T16:00:00.000Z');
    expect((last[2][0] as Date).toISOString()).toBe('2025-06-26T16:00:00.000Z');
    expect(last[3][0]).toBe('');
    expect(customerFn(host(), 'daysSince', args())).toEqual([
      [0],
      [0],
      [3],
      [''],
      [''],
      [BAD],
      [0],
    ]);
    expect(customerFn(host(), 'spend', args())).toEqual([
      [900],
      [90],
      [99],
      [''],
      [''],
      [BAD],
      [900],
    ]);
    expect(customerFn(host('zh-CN'), 'segment', args())).toEqual([
      ['核心熟客'],
      ['常客'],
      ['新客'],
      ['潜在客户'],
      [''],
      [BAD],
      ['核心熟客'],
    ]);
    expect(
      customerFn(host('zh-TW'), 'lifecycle', args()).map(r => r[0]),
    ).toEqual(['活躍', '新客', '新客', '潛在', '', BAD, '活躍']);
    expect(customerFn(host(), 'valueClass', args()).map(r => r[0])).toEqual([
      'VIP',
      'Ordinary',
      'Ordinary',
      'Potential',
      '',
      BAD,
      'VIP',
    ]);
  });

  it('labels in the language asked for', () => {
    expect(
      customerFn(host('zh-CN'), 'segment', args({language: 'English'}))[0],
    ).toEqual(['Champion']);
    expect(
      customerFn(host('en'), 'segment', args({language: [['繁體中文']]}))[1],
    ).toEqual(['常客']);
  });

  it('uses as_of: a date cell, typed text or today by default', () => {
    const early = customerFn(
      host(),
      'grade',
      args({asOf: new Date('2025-06-20T16:00:00Z')}),
    );
    // On 2025-06-21 the phone customer had just bought for the first time.
    expect(early[1]).toEqual(['E']);
    expect(customerFn(host(), 'grade', args({asOf: '2025-06-21'}))[1]).toEqual([
      'E',
    ]);
    expect(customerFn(host(), 'grade', args({asOf: [['']]}))[1]).toEqual(['D']);
    // Months later, the regular has lapsed and nobody is graded above E.
    const later = host('en', '2025-12-31T10:00:00+08:00');
    expect(customerFn(later, 'grade', args()).map(r => r[0])).toEqual([
      'E',
      'E',
      'E',
      '',
      '',
      BAD,
      'E',
    ]);
  });

  it('uses window and thresholds', () => {
    expect(
      customerFn(
        host(),
        'grade',
        args({thresholds: [[50], [40], [30], [20]]}),
      )[0],
    ).toEqual(['E']);
    expect(customerFn(host(), 'grade', args({windowDays: 7}))[0]).toEqual([
      'A',
    ]);
  });

  it('counts sales logged under the phone for a customer with an id', () => {
    const r = customerFn(host(), 'grade', {
      customerIds: [['M001'], ['M002']],
      customerPhones: [[13800138000], ['']],
      saleCustomerIds: [['M001'], [13800138000], ['m001'], ['M002']],
      saleDates: [[day(1)], [day(2)], [day(3)], [day(1)]],
    });
    expect(r).toEqual([['D'], ['E']]);
  });

  it('fails the call only for a wrong argument, with a clear message', () => {
    expect(() =>
      customerFn(host('zh-CN'), 'grade', args({asOf: 'tomorrow'})),
    ).toThrow('as_of 不是日期：tomorrow');
    expect(() => customerFn(host(), 'grade', args({windowDays: 0}))).toThrow(
      /window_days/,
    );
    expect(() =>
      customerFn(host(), 'grade', {
        customerIds: ids,
        saleCustomerIds: s.keys,
        saleDates: s.dates.slice(1),
      }),
    ).toThrow(/different sizes/);
  });

  it('answers up to the last customer, not for the blank rows below', () => {
    // Sheets passes A2:A to the end of the sheet; '' spilled down to row 1000 would
    // count as content there.
    const r = customerFn(host(), 'grade', {
      customerIds: [['c1'], [''], ['once'], [''], [''], ['']],
      customerPhones: [[''], [''], [''], [''], [''], ['']],
      saleCustomerIds: s.keys,
      saleDates: s.dates,
    });
    expect(r).toEqual([['A'], [''], ['E']]);
    const none = customerFn(host(), 'grade', {
      customerIds: [[''], ['']],
      saleCustomerIds: s.keys,
      saleDates: s.dates,
    });
    expect(none).toEqual([['']]);
  });

  it('takes a single cell for every range', () => {
    expect(
      customerFn(host(), 'grade', {
        customerIds: 'c1',
        saleCustomerIds: 'c1',
        saleDates: day(1),
      }),
    ).toEqual([['E']]);
  });

  it('keeps the shape of a multi-column id range', () => {
    expect(
      customerFn(host(), 'grade', {
        ...args(),
        customerIds: [
          ['c1', 'once'],
          ['', 13800138000],
        ],
      }),
    ).toEqual([
      ['A', 'E'],
      ['', 'D'],
    ]);
  });

  it('spends without dates: every sale counts', () => {
    expect(
      customerFn(host(), 'spend', {
        customerIds: [['c1'], ['x']],
        saleCustomerIds: [['c1'], ['c1'], ['x']],
        saleAmounts: [[10], ['5.5'], ['oops']],
      }),
    ).toEqual([[15.5], [0]]);
  });
});
