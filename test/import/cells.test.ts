/** The export's cells as tills write them: dates, amounts, phones, item lists. */
import {
  dayMonthOrderOf,
  readAmount,
  readContacts,
  readExportDate,
  readPhone,
} from '../../src/domain/import/cells';
import {itemList, itemsText} from '../../src/domain/import/parse';

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
