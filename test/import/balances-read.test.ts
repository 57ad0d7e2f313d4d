/**
 * Reading a till's balance cells and planning the opening rows (domain, no bundle):
 * money as the import reads amounts, points whole, never below zero, nothing guessed.
 */
import fc from 'fast-check';
import {
  BookOpenings,
  planBalances,
  readBalance,
} from '../../src/domain/import/balances';
import {balanceLine} from '../../src/domain/import/balance-texts';

const NONE: BookOpenings = {has: () => true, of: () => []};

describe('readBalance', () => {
  test.each([
    ['stored', '1,234.50', 1234.5],
    ['stored', 'RM 1,234.50', 1234.5],
    ['stored', 'S$3.50', 3.5],
    ['stored', 'HK$ 10', 10],
    ['stored', 'NT$500', 500],
    ['stored', '¥88', 88],
    ['stored', 88.8, 88.8],
    ['points', '1,234', 1234],
    ['points', 320, 320],
    ['points', '０', 0],
  ] as const)('%s %p reads %p', (kind, cell, value) => {
    expect(readBalance(kind, cell)).toEqual({ok: true, value});
  });

  test.each([
    ['stored', '', 'blank'],
    ['stored', '  ', 'blank'],
    ['stored', 'abc', 'unreadable'],
    ['stored', '12,5', 'unreadable'],
    ['stored', 1.234, 'unreadable'],
    ['stored', '-20', 'negative'],
    ['stored', '(20.00)', 'negative'],
    ['points', -5, 'negative'],
    ['points', 12.5, 'fraction'],
    ['points', '12.5', 'fraction'],
    ['points', Infinity, 'unreadable'],
  ] as const)('%s %p is %s', (kind, cell, reason) => {
    expect(readBalance(kind, cell)).toEqual({ok: false, reason});
  });
});

describe('planBalances', () => {
  const m = (row: number, id: string, points: unknown, added = true) => ({
    row,
    id,
    added,
    cells: {points},
  });

  test('a customer with an opening row: the same balance is there, another is listed', () => {
    const book: BookOpenings = {
      has: () => true,
      of: (_k, key) => (key === 'c1' ? [100] : key === 'c2' ? [50] : []),
    };
    const plan = planBalances(
      [m(2, 'C1', 100, false), m(3, 'C2', 60, false), m(4, 'C3', 7)],
      ['points'],
      book,
    );
    expect(plan.already).toBe(1);
    expect(plan.openings).toEqual([
      {kind: 'points', customer: 'C3', amount: 7, row: 4},
    ]);
    expect(plan.problems).toEqual([
      {
        row: 3,
        kind: 'points',
        issue: 'differs',
        value: '60',
        book: 50,
        kept: false,
      },
    ]);
  });

  test('no ledger tab: listed, nothing planned', () => {
    const plan = planBalances([m(2, 'C1', 5)], ['points'], {
      has: () => false,
      of: () => [],
    });
    expect(plan.openings).toEqual([]);
    expect(plan.problems.map(p => p.issue)).toEqual(['noTab']);
  });

  test('property: totals are the sum of the openings, one per customer, none negative', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom('A', 'B', 'C', 'D'),
            cents: fc.integer({min: -500, max: 1_000_000}),
          }),
          {maxLength: 12},
        ),
        rows => {
          const members = rows.map((r, i) => ({
            row: i + 2,
            id: r.id,
            added: true,
            cells: {stored: (r.cents / 100).toFixed(2)},
          }));
          const plan = planBalances(members, ['stored'], NONE);
          const ids = plan.openings.map(o => o.customer);
          expect(new Set(ids).size).toBe(ids.length);
          expect(plan.openings.every(o => o.amount > 0)).toBe(true);
          const cents = plan.openings.reduce(
            (a, o) => a + Math.round(o.amount * 100),
            0,
          );
          expect(Math.round(plan.totals.stored.total * 100)).toBe(cents);
          expect(plan.totals.stored.customers).toBe(ids.length);
          // A customer written has one balance in the export, and it is that one.
          for (const o of plan.openings) {
            const seen = rows.filter(r => r.id === o.customer);
            expect(seen.every(r => r.cents === seen[0].cents)).toBe(true);
            expect(Math.round(o.amount * 100)).toBe(seen[0].cents);
          }
          expect(balanceLine(plan, 'en')).toMatch(
            /^(Balances carried over|No balance)/,
          );
        },
      ),
      {numRuns: 200},
    );
  });
});
