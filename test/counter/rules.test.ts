import fc from 'fast-check';
import {afterSale, gradeFromDays} from '../../src/domain/counter/card-update';
import {
  nextCustomerId,
  phoneDigits,
  samePhone,
} from '../../src/domain/counter/ids';
import {splitItems, topItems} from '../../src/domain/counter/items';
import {pointsFor} from '../../src/domain/counter/points';
import {
  checkContact,
  checkFeedback,
  checkSale,
} from '../../src/domain/counter/validate';
import {Card} from '../../src/domain/counter/wire';
import {statsOf, summariseSales} from '../../src/domain/customer-stats';
import {DAY_MS} from '../../src/domain/dates';
import {saleRequest} from './shop';

describe('points', () => {
  it('are amount × rate, whole points rounded down, never negative', () => {
    expect(pointsFor(19.9, 1)).toBe(19);
    expect(pointsFor(100, 0.5)).toBe(50);
    expect(pointsFor(100, -1)).toBe(0);
    expect(pointsFor(-5, 1)).toBe(0);
    expect(pointsFor(NaN, 1)).toBe(0);
  });
});

describe('ids and phones', () => {
  it('continues after the largest C-number on the book and ignores other shapes', () => {
    expect(nextCustomerId([])).toBe('C00001');
    expect(
      nextCustomerId(['C00009', 'c00010', 'VIP-99', 13800138000, '']),
    ).toBe('C00011');
  });
  it('compares phones by digits, with or without +86', () => {
    expect(phoneDigits('+86 138-0013-8000')).toBe('8613800138000');
    expect(samePhone('+86 138 0013 8000', 13800138000)).toBe(true);
    expect(samePhone('138', '138')).toBe(false);
    expect(samePhone('13800138000', '13800138001')).toBe(false);
  });
});

describe('items', () => {
  it('split on the separators staff use and drop quantities', () => {
    expect(splitItems('奶茶, 蛋挞×2、薯片；可乐 x3')).toEqual([
      '奶茶',
      '蛋挞',
      '薯片',
      '可乐',
    ]);
    expect(splitItems(null)).toEqual([]);
  });
  it('rank by the number of sales naming them', () => {
    expect(topItems(['奶茶、奶茶', '蛋挞, 奶茶', '薯片'], 2)).toEqual([
      {item: '奶茶', count: 2},
      {item: '蛋挞', count: 1},
    ]);
  });
});

describe('validation', () => {
  const sale = saleRequest('abcdefgh', {
    customerId: null,
    items: '',
    amount: '12',
    payment: 'cash',
  });
  it('accepts amounts as typed at a Chinese counter', () => {
    for (const [typed, want] of [
      ['12', 12],
      ['¥12.50', 12.5],
      ['１２', 12],
      ['1,234.5元', 1234.5],
    ] as const) {
      const r = checkSale({...sale, amount: typed}, 'zh-CN');
      expect(r.ok && r.value.amount).toBe(want);
    }
  });
  it('explains each wrong field in the user language', () => {
    const r = checkSale(
      {
        ...sale,
        amount: '-3',
        payment: 'bitcoin',
        newCustomer: {name: '', phone: '12'},
      },
      'en',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fields).toEqual({
      name: 'Enter a name',
      phone: 'A phone number is 5 to 20 digits (+, spaces and - allowed)',
      amount: 'The amount must be above 0 and below 10,000,000',
      payment: 'Choose how they paid',
    });
    const zh = checkSale({...sale, amount: ''}, 'zh-TW');
    expect(!zh.ok && zh.fields.amount).toBe('請填寫金額');
  });
  it('takes hostile text as ordinary text', () => {
    const name = '=HYPERLINK("http://x","y")' + '😀'.repeat(10);
    const r = checkSale(
      {...sale, newCustomer: {name, phone: '13800138000'}},
      'en',
    );
    expect(r.ok && r.value.newCustomer).toEqual({name, phone: '13800138000'});
    const long = checkSale(
      {...sale, newCustomer: {name: 'x'.repeat(2001), phone: '13800138000'}},
      'en',
    );
    expect(!long.ok && long.fields.name).toMatch(/too long/);
  });
  it('needs text for a complaint but not for a rating alone', () => {
    expect(
      checkFeedback(
        {
          requestId: 'abcdefgh',
          customerId: 'C1',
          kind: 'complaint',
          rating: 2,
          text: ' ',
        },
        'en',
      ).ok,
    ).toBe(false);
    expect(
      checkFeedback(
        {
          requestId: 'abcdefgh',
          customerId: 'C1',
          kind: 'survey',
          rating: 4,
          text: '',
        },
        'en',
      ).ok,
    ).toBe(true);
    const bad = checkFeedback(
      {
        requestId: 'abcdefgh',
        customerId: 'C1',
        kind: 'survey',
        rating: 6,
        text: '',
      },
      'en',
    );
    expect(!bad.ok && bad.fields.rating).toBe('A rating is 1 to 5');
  });
  it('needs a customer, a channel and a reason for a contact', () => {
    const r = checkContact(
      {
        requestId: 'abcdefgh',
        customerId: '',
        channel: 'fax',
        reason: '',
        outcome: '',
      },
      'zh-CN',
    );
    expect(!r.ok && Object.keys(r.fields).sort()).toEqual([
      'channel',
      'customer',
      'reason',
    ]);
  });
});

describe('the grade after a sale, computed in the sidebar', () => {
  const tz = 'Asia/Shanghai';
  it('is the grades engine grade for the same purchase days', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: 0, max: 400}), {maxLength: 60}),
        fc.integer({min: 0, max: 30}),
        (agos, extra) => {
          const asOf = 20_000;
          const days = agos.map(a => asOf - a);
          const summary = summariseSales(
            {
              customers: days.map(() => 'k'),
              dates: days.map(
                d => new Date(d * DAY_MS - 8 * 3_600_000 + 3_600_000),
              ),
            },
            {asOf, tz},
          );
          const s = statsOf(summary, 'k')!;
          const mine = gradeFromDays(days, asOf, {
            thresholds: [15, 10, 5, 3],
            windowDays: 90,
          });
          expect(mine.grade).toBe(s.grade);
          expect(mine.total).toBe(s.total);
          void extra;
        },
      ),
    );
  });

  it('moves the card: visits, spend, points, last visit, favourites, no check-in due', () => {
    const today = 20_000;
    const card: Card = {
      id: 'C1',
      name: 'x',
      phone: '',
      wechat: '',
      email: '',
      preferences: '',
      family: '',
      notes: '',
      grade: 'E',
      perMonth: 2,
      visits: 2,
      spend: 20,
      points: 20,
      lastVisitDaysAgo: 5,
      favourites: [{item: '奶茶', count: 2}],
      birthday: null,
      complaints: [],
      due: [
        {kind: 'checkin', text: '…', row: null},
        {kind: 'birthday', text: '…', row: null},
      ],
      saleDays: [today - 10, today - 5],
      today,
    };
    const next = afterSale(
      card,
      {day: today, amount: 18.5, points: 18.5, items: '蛋挞、奶茶'},
      {thresholds: [15, 10, 5, 3], windowDays: 90},
    );
    expect(next).toMatchObject({
      grade: 'D',
      perMonth: 3,
      visits: 3,
      spend: 38.5,
      points: 38.5,
      lastVisitDaysAgo: 0,
    });
    expect(next.favourites).toEqual([
      {item: '奶茶', count: 3},
      {item: '蛋挞', count: 1},
    ]);
    expect(next.due.map(d => d.kind)).toEqual(['birthday']);
  });
});
