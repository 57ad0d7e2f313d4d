/**
 * Points are whole numbers: the shop's rate (Settings "Points per 1 spent") times the
 * amount, rounded down, the same in what the counter announces, what it writes into the
 * Sales tab's Points column and what the card adds up.
 */
import fc from 'fast-check';
import {pointsFor} from '../../src/domain/counter/points';
import {logSale, customerCard} from '../../src/usecases/counter';
import {
  deps,
  Emu,
  putRows,
  rowsOf,
  saleRequest,
  SALES,
  shopForTests,
  ZHANG,
} from './shop';

describe('points for a purchase', () => {
  it('are whole numbers, rounded down', () => {
    expect(pointsFor(19.9, 1)).toBe(19);
    expect(pointsFor(0.99, 1)).toBe(0);
    expect(pointsFor(100, 0.5)).toBe(50);
    expect(pointsFor(15, 0.1)).toBe(1);
    expect(pointsFor(100, -1)).toBe(0);
    expect(pointsFor(-5, 1)).toBe(0);
    expect(pointsFor(NaN, 1)).toBe(0);
  });

  it('do not lose a point to binary fractions (0.29 × 100 is 29, not 28)', () => {
    expect(pointsFor(0.29, 100)).toBe(29);
    expect(pointsFor(1.15, 100)).toBe(115);
    expect(pointsFor(4.35, 100)).toBe(435);
  });

  it('are floor(cents × rate / 100) for any amount in cents and whole or tenth rate (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 99_999_999}),
        fc.integer({min: 1, max: 200}),
        fc.constantFrom(1, 10),
        (cents, k, per) => {
          const got = pointsFor(cents / 100, k / per);
          expect(Number.isInteger(got)).toBe(true);
          expect(got).toBe(Math.floor((cents * k) / (100 * per)));
        },
      ),
    );
  });
});

describe('points at the counter', () => {
  let emu: Emu;
  shopForTests(e => (emu = e), {customers: [ZHANG]});

  it('announce, write and add up the same whole number', () => {
    const out = emu.run(() =>
      logSale(saleRequest('points-0001', {amount: '19.90'}), deps(emu)),
    );
    expect(out.ok && out.value.points).toBe(19);
    expect(rowsOf(emu, SALES)[0]).toMatchObject({amount: 19.9, points: 19});
    // A sale typed by hand with no points is counted by the same rule.
    putRows(emu, SALES, [
      {
        date: new Date('2025-06-14T04:00:00Z'),
        customer: 'C00001',
        amount: 9.99,
      },
      {
        date: new Date('2025-06-14T05:00:00Z'),
        customer: 'C00001',
        amount: "'¥5.50",
      },
    ]);
    const card = emu.run(() => customerCard('C00001', deps(emu)));
    expect(card?.points).toBe(19 + 9 + 5);
  });

  it('a walk-in sale earns no points and its row has none', () => {
    const out = emu.run(() =>
      logSale(
        saleRequest('points-0002', {customerId: null, amount: '30'}),
        deps(emu),
      ),
    );
    expect(out.ok && out.value.points).toBe(0);
    expect(rowsOf(emu, SALES)[0].points).toBe('');
  });
});
