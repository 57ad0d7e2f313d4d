/**
 * The pure rules: points earned (whole, rounded down, a day's multiplier before
 * rounding), money off for points, the top-up bonus tiers read tolerantly and never
 * guessed, and a ledger's change cells as typed by hand.
 */
import {moneyOffFor, pointsEarned} from '../../src/domain/loyalty/earn';
import {bonusFor, parseBonusRules} from '../../src/domain/loyalty/bonus';
import {readChange} from '../../src/domain/loyalty/ledger';

describe('points earned', () => {
  it('are whole and rounded down, the multiplier applied before rounding', () => {
    expect(pointsEarned(19.9, {pointsPerUnit: 1})).toBe(19);
    expect(pointsEarned(19.9, {pointsPerUnit: 1}, {multiplier: 2})).toBe(39);
    expect(pointsEarned(0.29, {pointsPerUnit: 100})).toBe(29);
    expect(pointsEarned(10, {pointsPerUnit: 0.5})).toBe(5);
    expect(pointsEarned(10, {pointsPerUnit: 1}, {multiplier: 0})).toBe(0);
    expect(pointsEarned(10, {pointsPerUnit: -1})).toBe(0);
  });

  it('money off is rounded down to the cent; a rate of 0 means gifts only', () => {
    expect(moneyOffFor(150, 100)).toBe(1.5);
    expect(moneyOffFor(1, 3)).toBe(0.33);
    expect(moneyOffFor(100, 0)).toBeNull();
    expect(moneyOffFor(2.5, 100)).toBe(0);
  });
});

describe('top-up bonus tiers', () => {
  it('reads pairs however typed; the highest tier reached applies', () => {
    for (const text of [
      '100:10, 300:40',
      '充100送10，充300送40',
      '300：40；100：10',
      '１００:１０\n300:40',
    ]) {
      const r = parseBonusRules(text);
      expect({text, r}).toEqual({
        text,
        r: {
          ok: true,
          tiers: [
            {min: 100, bonus: 10},
            {min: 300, bonus: 40},
          ],
        },
      });
    }
    const tiers = [
      {min: 100, bonus: 10},
      {min: 300, bonus: 40},
    ];
    expect([99.99, 100, 299, 300, 1000].map(p => bonusFor(p, tiers))).toEqual([
      0, 10, 10, 40, 40,
    ]);
    expect(parseBonusRules('')).toEqual({ok: true, tiers: []});
  });

  it('a part it cannot read makes the whole rule give nothing, and is named', () => {
    expect(parseBonusRules('100:10, 300')).toEqual({
      ok: false,
      unreadable: '300',
    });
    expect(parseBonusRules('100:10, 100:20')).toEqual({
      ok: false,
      unreadable: '100:20',
    });
    expect(parseBonusRules('1,5:1')).toMatchObject({ok: false});
  });
});

describe('a change cell', () => {
  it('is a number or text of one; points are whole, money has cents at most', () => {
    expect(readChange(12, 'points')).toBe(12);
    expect(readChange('+50', 'points')).toBe(50);
    expect(readChange('−20', 'points')).toBe(-20);
    expect(readChange('２０', 'points')).toBe(20);
    expect(readChange(2.5, 'points')).toBeNull();
    expect(readChange('abc', 'points')).toBeNull();
    expect(readChange('12,5', 'stored')).toBeNull();
    expect(readChange('¥12.50', 'stored')).toBe(1250);
    expect(readChange(0.1, 'stored')).toBe(10);
    expect(readChange(12.345, 'stored')).toBeNull();
    expect(readChange(true, 'points')).toBeNull();
  });
});
