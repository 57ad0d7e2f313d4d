import fc from 'fast-check';
import {normaliseKey, sameKey} from '../../src/domain/keys';

describe('normaliseKey', () => {
  it('treats a phone number and its digits as text as one key', () => {
    expect(normaliseKey(13800138000)).toBe('13800138000');
    expect(normaliseKey('13800138000')).toBe('13800138000');
    expect(normaliseKey(' 13800138000 ')).toBe('13800138000');
    expect(sameKey(13800138000, '13800138000')).toBe(true);
  });

  it('prints large numbers as digits, never an exponent', () => {
    expect(normaliseKey(1.38e10)).toBe('13800000000');
    expect(normaliseKey(1e21)).toBe('1000000000000000000000');
    expect(normaliseKey(-0)).toBe('0');
  });

  it('trims and ignores case and full-width forms', () => {
    expect(normaliseKey('  VIP-007 ')).toBe('vip-007');
    expect(normaliseKey('ＶＩＰ－００７')).toBe('vip-007');
    expect(normaliseKey('\u3000１３８００１３８０００\u3000')).toBe(
      '13800138000',
    );
    expect(normaliseKey('王小明')).toBe('王小明');
  });

  it('gives no key for blanks', () => {
    expect(normaliseKey('')).toBe('');
    expect(normaliseKey('   ')).toBe('');
    expect(normaliseKey(null)).toBe('');
    expect(normaliseKey(undefined)).toBe('');
    expect(normaliseKey(NaN)).toBe('');
    expect(normaliseKey(Infinity)).toBe('');
    expect(sameKey('', '')).toBe(false);
  });

  it('keeps hostile text as plain text', () => {
    expect(normaliseKey('=HYPERLINK("x")')).toBe('=hyperlink("x")');
    expect(normaliseKey('<script>alert(1)</script>')).toBe(
      '<script>alert(1)</script>',
    );
    expect(normaliseKey('😀 A')).toBe('😀 a');
    const long = 'x'.repeat(2000);
    expect(normaliseKey(long)).toBe(long);
  });

  it('keeps inner separators (text compared as text)', () => {
    expect(sameKey('138-0013-8000', 13800138000)).toBe(false);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'binary'})), s => {
        const k = normaliseKey(s);
        expect(normaliseKey(k)).toBe(k);
      }),
      {numRuns: 5000},
    );
  });

  it('matches a number to its digits typed as text, in either order', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 0, max: Number.MAX_SAFE_INTEGER}),
        fc.constantFrom('', ' ', '\t', '\u3000'),
        (n, pad) => {
          expect(sameKey(n, `${pad}${n}${pad}`)).toBe(true);
          expect(sameKey(`${pad}${n}${pad}`, n)).toBe(true);
        },
      ),
    );
  });

  it('is symmetric and case-blind for any text', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), fc.string(), (a, b) => {
        expect(sameKey(a, b)).toBe(sameKey(b, a));
        if (normaliseKey(a) !== '') {
          expect(sameKey(a, ` ${a.toUpperCase()} `)).toBe(true);
        }
      }),
      {numRuns: 5000},
    );
  });
});
