/**
 * Amounts typed at the counter: a comma is a thousands separator only where thousands
 * are, and anything that could mean two amounts is refused, never guessed.
 */
import fc from 'fast-check';
import {checkSale} from '../../src/domain/counter/validate';
import {
  moneyText,
  parseMoneyInput,
  round2,
} from '../../src/domain/counter/money';
import {saleRequest} from './shop';

/** A walk-in paying 12 in cash. */
const sale = saleRequest('abcdefgh', {
  customerId: null,
  items: '',
  amount: '12',
  payment: 'cash',
});

function amountOf(typed: string, lang: 'zh-CN' | 'zh-TW' | 'en' = 'zh-CN') {
  return checkSale({...sale, amount: typed}, lang);
}

/** Cents as the plain text an owner might type: 1234567 → "12345.67". */
function plain(cents: number): string {
  const whole = Math.floor(cents / 100);
  const frac = cents % 100;
  return frac === 0
    ? String(whole)
    : `${whole}.${String(frac).padStart(2, '0')}`;
}

function grouped(cents: number): string {
  const [whole, frac] = plain(cents).split('.');
  const g = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? g : `${g}.${frac}`;
}

function fullWidth(s: string): string {
  return s.replace(/[0-9,.]/g, c =>
    String.fromCharCode(c.charCodeAt(0) + 0xfee0),
  );
}

describe('money typed at the counter', () => {
  it('takes a comma only in thousands positions', () => {
    for (const [typed, want] of [
      ['1,234.50', 1234.5],
      ['12,345', 12345],
      ['1,234,567.89', 1234567.89],
      ['¥1,234', 1234],
      ['1,234元', 1234],
      ['１，２３４．５０', 1234.5],
      ['１２．５', 12.5],
      ['.5', 0.5],
      [' 36 ', 36],
    ] as const) {
      const r = amountOf(typed);
      expect([typed, r.ok && r.value.amount]).toEqual([typed, want]);
    }
  });

  it('refuses "12,5" and every other comma or dot that could mean two amounts', () => {
    for (const typed of [
      '12,5',
      '1,23',
      '1.234,5',
      '1,2345',
      '12,34,567',
      '１２，５',
      '1.234',
      '12.345',
      '1,234,5',
      ',5',
      '12,',
      '0,123',
    ]) {
      const r = amountOf(typed, 'en');
      expect([typed, r.ok]).toEqual([typed, false]);
      if (r.ok) continue;
      expect(r.fields.amount).toMatch(/could mean|decimal/i);
    }
    const zh = amountOf('12,5', 'zh-CN');
    expect(!zh.ok && zh.fields.amount).toMatch(/12\.5/);
    expect(!zh.ok && zh.fields.amount).toMatch(/小数点/);
    const tw = amountOf('12,5', 'zh-TW');
    expect(!tw.ok && tw.fields.amount).toMatch(/小數點/);
  });

  it('never stores an amount other than the one typed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 999_999_999}),
        fc.constantFrom(plain, grouped),
        fc.boolean(),
        fc.constantFrom('', '¥', '$', 'HK$'),
        fc.constantFrom('', '元', ' 元'),
        (cents, form, wide, before, after) => {
          let s = form(cents);
          if (wide) s = fullWidth(s);
          const r = amountOf(`${before}${s}${after}`);
          expect(r.ok && Math.round(r.value.amount * 100)).toBe(cents);
        },
      ),
    );
  });

  it('accepts nothing whose digits differ from the stored amount (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9０-９,，.．]{1,12}$/), typed => {
        const p = parseMoneyInput(typed);
        if (!p.ok) return;
        const digits = typed
          .normalize('NFKC')
          .replace(/[^0-9.]/g, '')
          .replace(/^0+(?=\d)/, '');
        // The stored value, written out, is the typed digits (trailing zeros aside).
        const [w, f = ''] = digits.split('.');
        const want = Number(`${w || '0'}.${f || '0'}`);
        expect(p.value).toBe(want);
        // And a comma only ever stood between groups of three.
        const n = typed.normalize('NFKC');
        if (n.includes(','))
          expect(n).toMatch(/^[1-9]\d{0,2}(,\d{3})+(\.\d*)?$/);
      }),
    );
  });

  it('refuses more than two decimals: a price has cents, not thousandths', () => {
    const r = amountOf('3.999', 'en');
    expect(r.ok).toBe(false);
  });
});

describe('amounts shown in notes and messages', () => {
  test('to the cent, whole amounts without ".00"', () => {
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(moneyText(18)).toBe('18');
    expect(moneyText(1.8)).toBe('1.80');
    expect(moneyText(0.1 + 0.2)).toBe('0.30');
    expect(moneyText(94.999999)).toBe('95');
    expect(moneyText(-0.001)).toBe('0');
  });
});
