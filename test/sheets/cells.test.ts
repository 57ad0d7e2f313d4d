import {
  cellText,
  guardText,
  needsTextGuard,
  parseBoolean,
  parseNumberText,
  readCell,
  toCell,
} from '../../src/sheets/cells';
import {rectangles} from '../../src/sheets/table';

const ctx = {tz: 'Asia/Shanghai', lang: 'zh-CN' as const};

describe('numbers and money typed as text', () => {
  test.each([
    ['12.50', 12.5],
    ['¥12.50', 12.5],
    ['￥12.50', 12.5],
    ['12,5', 12.5],
    ['1,234.00', 1234],
    ['1.234,50', 1234.5],
    ['1,234', 1234],
    ['1 234,50', 1234.5],
    ['-3', -3],
    ['¥-3', -3],
    ['-¥3', -3],
    ['(12.00)', -12],
    ['12元', 12],
    ['RMB 8', 8],
    ['NT$120', 120],
    ['１２．５', 12.5],
    ['.5', 0.5],
    ['1,234,567.89', 1234567.89],
  ])('%s → %d', (text, n) => {
    expect(parseNumberText(text, true)).toBe(n);
  });

  test.each(['abc', '12a', '1,23,4', '1.2.3,4,5', '', '¥', '--3', '1e5x'])(
    '%s is not a number',
    text => {
      expect(parseNumberText(text, true)).toBeNull();
    },
  );

  test('a quantity does not take a currency', () => {
    expect(parseNumberText('¥3', false)).toBeNull();
    expect(parseNumberText('3', false)).toBe(3);
  });
});

describe('reading cells by kind', () => {
  test('blank cells: text and key give "", the others null', () => {
    expect(readCell('text', '', ctx).value).toBe('');
    expect(readCell('key', '  ', ctx).value).toBe('');
    expect(readCell('date', '', ctx).value).toBeNull();
    expect(readCell('money', '', ctx).value).toBeNull();
    expect(readCell('enum', '', ctx, 'payment')).toEqual({value: null});
  });

  test('a phone number stored as a number reads as its digits', () => {
    expect(readCell('text', 13800138000, ctx).value).toBe('13800138000');
    expect(readCell('key', 13800138000, ctx).value).toBe('13800138000');
    expect(readCell('key', ' VIP-01 ', ctx).value).toBe('vip-01');
  });

  test.each(['2025-03-05', '2025/3/5', '2025.3.5', '2025年3月5日'])(
    'date typed as %s',
    text => {
      const d = readCell('date', text, ctx).value as Date;
      expect(d).toBeInstanceOf(Date);
      expect(d.toISOString()).toBe('2025-03-04T16:00:00.000Z');
    },
  );

  test('an unreadable date is reported, not thrown', () => {
    expect(readCell('date', 'next Tuesday', ctx)).toEqual({
      value: null,
      reason: 'date',
    });
    expect(readCell('datetime', '05/03/2025', ctx).reason).toBe('date');
  });

  test('options in any language, unknown ones reported with the list', () => {
    expect(readCell('enum', 'WeChat Pay', ctx, 'payment').value).toBe('wechat');
    expect(readCell('enum', '支付寶', ctx, 'payment').value).toBe('alipay');
    const bad = readCell('enum', '赊账', ctx, 'payment');
    expect(bad.value).toBeNull();
    expect(bad.reason).toBe('option');
    expect(bad.detail?.options).toBe(
      '现金、微信支付、支付宝、银行卡、其他、储值',
    );
  });

  test('a formula error in a number column says so', () => {
    expect(readCell('money', '#REF!', ctx)).toEqual({
      value: null,
      reason: 'formulaError',
      detail: {value: '#REF!'},
    });
  });

  test('booleans', () => {
    expect(parseBoolean(true)).toBe(true);
    expect(parseBoolean('是')).toBe(true);
    expect(parseBoolean('No')).toBe(false);
    expect(parseBoolean('maybe')).toBeNull();
    expect(readCell('boolean', 'maybe', ctx).reason).toBe('boolean');
  });

  test('a date in a text column reads as the local date', () => {
    expect(cellText(new Date('2025-03-04T16:00:00Z'), 'Asia/Shanghai')).toBe(
      '2025-03-05',
    );
    expect(cellText(new Date('2025-03-05T06:30:00Z'), 'Asia/Shanghai')).toBe(
      '2025-03-05 14:30',
    );
  });
});

describe('writing text that stays text', () => {
  test.each([
    '=HYPERLINK("x")',
    '+123',
    '-5',
    '@me',
    '0755',
    '13800138000',
    '+86 138 0013 8000',
    '2025-03-05',
    'TRUE',
    "'quoted",
    '50%',
  ])('%s is guarded', s => {
    expect(needsTextGuard(s)).toBe(true);
    expect(guardText(s)).toBe(`'${s}`);
  });

  test.each([
    '张三',
    'Zhang San',
    '<script>alert(1)</script>',
    '🎉',
    'x'.repeat(2000),
  ])('hostile or long text #%# is written as is', s => {
    expect(guardText(s)).toBe(s);
  });

  test('a plain-text cell takes any string as is', () => {
    expect(guardText('=1+1', true)).toBe('=1+1');
  });

  test('values by kind', () => {
    expect(toCell('enum', 'wechat', 'zh-TW', 'payment')).toEqual({
      value: '微信支付',
      text: false,
    });
    expect(toCell('enum', '赊账', 'en', 'payment')).toEqual({
      value: '赊账',
      text: true,
    });
    expect(toCell('key', 13800138000, 'en')).toEqual({
      value: '13800138000',
      text: true,
    });
    expect(toCell('money', 12.5, 'en')).toEqual({value: 12.5, text: false});
    expect(toCell('text', null, 'en')).toEqual({value: '', text: false});
  });
});

describe('rectangles of changed cells', () => {
  const cell = (r: number, c: number) => ({r, c, v: `${r}:${c}`});
  test('adjacent cells in a row are one write', () => {
    expect(rectangles([cell(5, 3), cell(5, 1), cell(5, 2)])).toEqual([
      {row: 5, col: 1, cells: [['5:1', '5:2', '5:3']]},
    ]);
  });
  test('one column over consecutive rows is one write', () => {
    const out = rectangles([cell(2, 4), cell(3, 4), cell(4, 4), cell(9, 4)]);
    expect(out).toEqual([
      {row: 2, col: 4, cells: [['2:4'], ['3:4'], ['4:4']]},
      {row: 9, col: 4, cells: [['9:4']]},
    ]);
  });
  test('gaps split runs', () => {
    expect(rectangles([cell(2, 1), cell(2, 3)])).toHaveLength(2);
  });
});
