/**
 * A sale_dates range whose cells are all blank is still the sales' dates: those rows can't
 * be dated, so they are skipped (domain.md), never counted as made on as_of. Only an
 * omitted sale_dates (CUSTOMER_SPEND's is optional) leaves the sales undated.
 */
import {customerFn} from '../../src/usecases/custom-functions/picks';
import {CustomFunctionHost} from '../../src/usecases/custom-functions/host';

const host: CustomFunctionHost = {
  timeZone: () => 'Asia/Shanghai',
  lang: () => 'en',
  now: () => new Date('2025-06-30T10:00:00+08:00'),
};

const day = (ago: number) =>
  new Date(Date.parse('2025-06-30T12:00:00+08:00') - ago * 86_400_000);

describe('CUSTOMER_* with a blank sale_dates range', () => {
  const blankDates = {
    customerIds: [['a']],
    saleCustomerIds: [['a'], ['a'], ['a']],
    saleDates: [[''], [''], ['']],
    saleAmounts: [[10], [10], [10]],
  };

  it('grades no one: ids a, a, a with dates "", "", "" give a blank grade, not D', () => {
    expect(customerFn(host, 'grade', blankDates)).toEqual([['']]);
    expect(customerFn(host, 'perMonth', blankDates)).toEqual([['']]);
    expect(customerFn(host, 'lastVisit', blankDates)).toEqual([['']]);
    expect(customerFn(host, 'daysSince', blankDates)).toEqual([['']]);
    expect(customerFn(host, 'spend', blankDates)).toEqual([['']]);
    expect(customerFn(host, 'lifecycle', blankDates)).toEqual([['Potential']]);
  });

  it('whitespace and blank cells in a range are unreadable dates too', () => {
    const args = {
      customerIds: [['a'], ['b']],
      saleCustomerIds: [['a'], ['a'], ['b'], ['a']],
      saleDates: [['  '], [''], [day(3)], [null]],
    };
    expect(customerFn(host, 'grade', args)).toEqual([[''], ['E']]);
    expect(customerFn(host, 'daysSince', args)).toEqual([[''], [3]]);
  });

  it('counts only the dated sales when some dates are blank', () => {
    const args = {
      ...blankDates,
      saleDates: [[''], [day(2)], ['']],
    };
    expect(customerFn(host, 'grade', args)).toEqual([['E']]);
    expect(customerFn(host, 'spend', args)).toEqual([[10]]);
    expect(customerFn(host, 'daysSince', args)).toEqual([[2]]);
  });

  it("a blank single cell for a one-sale range is that sale's unreadable date", () => {
    const args = {customerIds: 'a', saleCustomerIds: 'a', saleDates: ''};
    expect(customerFn(host, 'grade', args)).toEqual([['']]);
  });

  it('CUSTOMER_SPEND without sale_dates (omitted, or skipped) still counts every sale', () => {
    const base = {
      customerIds: [['a']],
      saleCustomerIds: [['a'], ['a']],
      saleAmounts: [[10], ['5.5']],
    };
    expect(customerFn(host, 'spend', base)).toEqual([[15.5]]);
    expect(customerFn(host, 'spend', {...base, saleDates: null})).toEqual([
      [15.5],
    ]);
    expect(customerFn(host, 'spend', {...base, saleDates: ''})).toEqual([
      [15.5],
    ]);
  });
});
