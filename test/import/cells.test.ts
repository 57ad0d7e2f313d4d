/** The export's cells as tills write them: dates, amounts, phones, item lists. */
import {
  dayMonthOrderOf,
  firstPhone,
  phoneKey,
  readAmount,
  readBirthday,
  readContacts,
  readExportDate,
  readPhone,
  readQuantity,
} from '../../src/domain/import/cells';
import {itemList, itemsText} from '../../src/domain/import/parse';
import * as fc from 'fast-check';

const TZ = 'Asia/Shanghai';
const at = (iso: string) => new Date(iso).toISOString();

describe('dates', () => {
  test('day and month are told from the column, never guessed', () => {
    expect(dayMonthOrderOf(['3/2/26 9:15 AM', '3/14/26 6:30 PM'])).toBe('mdy');
    expect(dayMonthOrderOf(['02/03/2026 09:15', '14/03/2026 18:30'])).toBe(
      'dmy',
    );
    expect(dayMonthOrderOf(['02/03/2026', '03/04/2026'])).toBeNull();
    expect(dayMonthOrderOf(['13/03/2026', '03/14/2026'])).toBe('mixed');
    expect(readExportDate('02/03/2026', '', null, TZ)).toBe('order');
  });

  test("the till's forms, a separate time column and Date cells", () => {
    const d = (
      v: unknown,
      time: unknown = '',
      o: 'mdy' | 'dmy' | null = 'mdy',
    ) => (readExportDate(v, time, o, TZ) as Date).toISOString();
    expect(d('3/2/26 9:15 AM')).toBe(at('2026-03-02T09:15:00+08:00'));
    expect(d('14/03/2026 18:30', '', 'dmy')).toBe(
      at('2026-03-14T18:30:00+08:00'),
    );
    expect(d('2026-03-02 09:15:00')).toBe(at('2026-03-02T09:15:00+08:00'));
    expect(d('2026年3月2日 18:00')).toBe(at('2026-03-02T18:00:00+08:00'));
    expect(d('03/13/2026', '2:05:00 PM')).toBe(at('2026-03-13T14:05:00+08:00'));
    expect(d(new Date('2026-03-01T16:00:00Z'), '10:30')).toBe(
      at('2026-03-02T10:30:00+08:00'),
    );
    expect(readExportDate('yesterday', '', 'mdy', TZ)).toBeNull();
    expect(readExportDate('2/30/26', '', 'mdy', TZ)).toBeNull();
  });
});

describe('amounts: stored as meant or refused', () => {
  test.each([
    ['1,234.50', 1234.5],
    ['$1,204.00', 1204],
    ['-$45.00', -45],
    ['(12.00)', -12],
    ['¥18', 18],
    ['NT$65', 65],
    [1234.5, 1234.5],
  ])('%s', (raw, value) => {
    expect(readAmount(raw)).toEqual({ok: true, value});
  });
  test.each(['12,5', '1.234', 'abc', 1.234])('%s is refused', raw => {
    expect(readAmount(raw).ok).toBe(false);
  });
});

describe('phones', () => {
  test('one key for every writing of a number; a Chinese mobile written as its 11 digits', () => {
    for (const v of [
      '+86 138 0013 8000',
      '138-0013-8000',
      8613800138000,
      13800138000,
    ])
      expect(readPhone(v)).toEqual({key: '13800138000', text: '13800138000'});
    expect(readPhone('+1 (604) 555-0101')).toEqual({
      key: '16045550101',
      text: '+1 (604) 555-0101',
    });
    // Sheets reads 07700900123 as a number and drops the 0: the same key.
    expect(readPhone('07700 900123')?.key).toBe(readPhone(7700900123)?.key);
    expect(readPhone('n/a')).toBeNull();
    // What Excel saves of a long number: digits lost, so no phone number at all.
    expect(readPhone('1.38001E+10')).toBeNull();
    expect(readContacts('li@example.com, 139-0013-9000')).toEqual({
      phone: {key: '13900139000', text: '13900139000'},
      email: 'li@example.com',
      rest: '139-0013-9000',
    });
  });
});

test('item lists as the counter writes them', () => {
  expect(itemsText(itemList('2 x 冰红茶, 1 x 豆浆, 1 x 冰红茶').items)).toBe(
    '冰红茶 ×3, 豆浆',
  );
  expect(itemsText(itemList('Speckled Mug x 1, Latte x 2').items)).toBe(
    'Speckled Mug, Latte ×2',
  );
});

describe('birthdays: read with or without a year, the order never guessed', () => {
  const r = (v: unknown, order: 'mdy' | 'dmy' | null = null, kind = '') => {
    const b = readBirthday(v, kind, order, TZ);
    if (!b) return null;
    if (!b.ok) return b.why;
    return [b.calendar, b.year, b.month, b.day, b.text];
  };
  test.each([
    ['3月4日', ['solar', null, 3, 4, '3月4日']],
    ['04-03', ['solar', null, 4, 3, '04-03']],
    ['0000-09-21', ['solar', null, 9, 21, null]],
    ['--09-21', ['solar', null, 9, 21, null]],
    ['农历八月十五', ['lunar', null, 8, 15, '农历八月十五']],
    ['1990-08-15', ['solar', 1990, 8, 15, '1990-08-15']],
    ['1990年8月15日', ['solar', 1990, 8, 15, '1990年8月15日']],
    [19900815, ['solar', 1990, 8, 15, null]],
    ['25/12/1990', ['solar', 1990, 12, 25, null]],
    ['12/25', ['solar', null, 12, 25, null]],
  ])('%s', (v, want) => {
    expect(r(v)).toEqual(want);
  });
  test('d/m or m/d with both numbers 12 or less: asked of the till or the tab, else kept', () => {
    expect(r('03/04/1990')).toBe('order');
    expect(r('03/04')).toBe('order');
    expect(r('3.4')).toBe('order');
    expect(r('03/04/1990', 'dmy')).toEqual(['solar', 1990, 4, 3, null]);
    expect(r('03/04', 'mdy')).toEqual(['solar', null, 3, 4, null]);
  });
  test('a lunar 30th is a birthday; a solar 30 February, 32/13 or words are not', () => {
    expect(r('02-30', null, '农历')).toEqual(['lunar', null, 2, 30, '02-30']);
    expect(r('02-30')).toBe('unreadable');
    expect(r('32/13/1990')).toBe('unreadable');
    expect(r('soon')).toBe('unreadable');
    expect(r('')).toBeNull();
  });
  test('a two-digit year is not guessed: month and day read, the text kept too', () => {
    const b = readBirthday('25/12/90', '', null, TZ);
    expect(b).toMatchObject({ok: true, year: null, month: 12, day: 25});
    expect(b?.ok && b.keep).toBe(true);
  });
});

describe('phone numbers of the region, with or without their country code', () => {
  test.each([
    ['+852 9123 4567', 85291234567, '9123 4567'],
    ['+886 912 345 678', 886912345678, '0912-345-678'],
    ['+886 (0)912 345 678', 912345678, '0912345678'],
    ['+65 8123 4567', 6581234567, '8123-4567'],
    ['+60 12-345 6789', 60123456789, '012-345 6789'],
    ['+86 10 1234 5678', 861012345678, '010-1234-5678'],
    ['+86 138 0013 8000', 8613800138000, '13800138000'],
  ])('%s', (a, b, c) => {
    expect(phoneKey(a)).toBe(phoneKey(b));
    expect(phoneKey(a)).toBe(phoneKey(c));
  });
  test('a number that only looks like one of them is left as it is', () => {
    // A Vancouver number (604) is not a Malaysian one; a Chinese mobile is never cut.
    expect(phoneKey('604-555-0101')).toBe('6045550101');
    expect(phoneKey(13800138000)).toBe('13800138000');
    expect(readPhone(85291234567)?.text).toBe('+85291234567');
    expect(readPhone(7700900123)?.text).toBe('7700900123');
  });
  test('more digits than a phone number has is two numbers: the first, when each is one', () => {
    expect(readPhone('13800138000 13900139000')).toBeNull();
    expect(firstPhone('13800138000、13900139000')?.text).toBe('13800138000');
    expect(firstPhone('13800138000 / n/a')).toBeNull();
  });
});

test('quantities with the unit a till prints', () => {
  expect(
    ['2件', '3 pcs', 'x2', '1,000', '２', 1.5, '', 'two'].map(readQuantity),
  ).toEqual([2, 3, 2, 1000, 2, 1.5, 'blank', 'unreadable']);
});

describe('properties', () => {
  // Random seeds in CI: each property holds for every case, no tie or rounding involved.
  const REGIONS: Array<[string, fc.Arbitrary<string>]> = [
    ['852', fc.stringMatching(/^[2-9]\d{7}$/)],
    ['886', fc.stringMatching(/^9\d{8}$/)],
    ['65', fc.stringMatching(/^[3689]\d{7}$/)],
    ['60', fc.stringMatching(/^1\d{8,9}$/)],
  ];
  test.each(REGIONS)(
    '+%s numbers: with the code, as a number, and as the book writes them locally, one key',
    (code, national) => {
      fc.assert(
        fc.property(national, n => {
          const local = phoneKey(`0${n}`);
          expect(phoneKey(`+${code} ${n}`)).toBe(local);
          expect(phoneKey(Number(`${code}${n}`))).toBe(local);
          expect(readPhone(Number(`${code}${n}`))?.text).toBe(`+${code}${n}`);
        }),
      );
    },
  );

  test('a Chinese mobile keeps its eleven digits whatever its writing', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), n => {
        expect(phoneKey(n)).toBe(n);
        expect(phoneKey(Number(`86${n}`))).toBe(n);
        expect(readPhone(`+86 ${n}`)?.text).toBe(n);
      }),
    );
  });

  test('a d/m/y birthday is read the one way it can be, or by the order given, never guessed', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 12}),
        fc.integer({min: 1, max: 28}),
        fc.integer({min: 1930, max: 2020}),
        fc.constantFrom<'mdy' | 'dmy' | null>('mdy', 'dmy', null),
        (month, day, year, order) => {
          const b = readBirthday(`${day}/${month}/${year}`, '', order, TZ);
          if (day > 12 || order === 'dmy') {
            expect(b).toMatchObject({ok: true, year, month, day});
          } else if (order === 'mdy') {
            expect(b).toMatchObject({ok: true, year, month: day, day: month});
          } else {
            expect(b).toEqual({ok: false, why: 'order'});
          }
        },
      ),
    );
  });
});

describe('amounts with the currencies the counter reads', () => {
  test.each([
    ['S$12.50', 12.5],
    ['RM 12.50', 12.5],
    ['A$12.50', 12.5],
    ['NT$65', 65],
    ['HK$1,204.00', 1204],
    ['-S$5', -5],
    ['NT$-65', -65],
    ['(HK$12.00)', -12],
    ['12 HK$', 12],
  ])('%s is %d', (text, value) => {
    expect(readAmount(text)).toEqual({ok: true, value});
  });
});
