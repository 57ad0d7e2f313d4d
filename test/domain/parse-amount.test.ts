/**
 * Amounts typed as text in the Sales tab: a comma is a thousands separator only. A
 * decimal comma ("12,50", as shops where € or RM is the currency write it) or a comma
 * out of place is refused and counted as unreadable, never read as 1250 or 12. Through
 * the built Code.js too: the till counts such a row as unreadable, not as money taken.
 */
import {parseAmount} from '../../src/domain/customer-stats';
import type {TillView} from '../../src/domain/counter/wire';
import {SALES} from '../../src/sheets/schema-sales';
import {bundleShop, putRows, rowsOf} from '../counter/shop';

describe('parseAmount and commas', () => {
  test.each([
    ['1,234.50', 1234.5],
    ['￥1,234.00', 1234],
    ['US$1,234.50', 1234.5],
    ['1,234,567', 1234567],
    ['-1,000', -1000],
    ['NT$ 12,345', 12345],
  ])('%s is %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  test.each([
    '12,50',
    '12,50 €',
    '€12,5',
    '1,2',
    '1,23',
    '12,3456',
    ',5',
    '1,,000',
  ])('%s is refused', text => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('the till and an amount with a decimal comma (Code.js)', () => {
  test('counted as unreadable, not as 1250 taken', () => {
    const {emu, app} = bundleShop('zh_CN', '2026-03-10T06:00:00Z');
    putRows(emu, SALES, [
      {
        date: new Date('2026-03-10T05:00:00Z'),
        customer: '',
        amount: '12,50 €',
        payment: '现金',
        requestId: 'r-comma',
      },
    ]);
    // The cell stays text in a zh_CN book (what the till then reads).
    expect(rowsOf(emu, SALES).map(r => r.amount)).toEqual(['12,50 €']);
    const till = app.call('counterTill', []) as TillView;
    expect(till.today).toMatchObject({count: 1, total: 0, unreadable: 1});
  });
});
