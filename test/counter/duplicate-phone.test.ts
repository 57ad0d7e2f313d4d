/**
 * Shops that key their customers by phone keep the number in the customer-id column and
 * often leave the Phone column blank. A new customer at the counter with that number
 * (typed with spaces, dashes or +86, or stored by the sheet as a number) is the customer
 * already on the book: offered, and nothing written.
 */
import {logSale} from '../../src/usecases/counter';
import {
  CUSTOMERS,
  deps,
  Emu,
  putRows,
  rowsOf,
  saleRequest,
  SALES,
  shopForTests,
} from './shop';

let emu: Emu;
shopForTests(e => (emu = e), {
  customers: [
    {id: '13800138000', name: '王五', phone: ''},
    // Typed without an apostrophe: the sheet holds a number.
    {id: 13700137000, name: '赵六'},
    {id: 'C00007', name: '钱七', phone: '13600136000'},
  ],
});

const newCustomer = (id: string, phone: string) =>
  saleRequest(id, {
    customerId: null,
    newCustomer: {name: '新客', phone},
  });

describe('the duplicate-phone check in a shop keyed by phone', () => {
  it.each([
    ['13800138000', '13800138000', '王五'],
    ['138 0013 8000', '13800138000', '王五'],
    ['+86 138-0013-8000', '13800138000', '王五'],
    ['137-0013-7000', '13700137000', '赵六'],
  ])('finds %s in the id column', (typed, id, name) => {
    const before = rowsOf(emu, CUSTOMERS).length;
    const out = emu.run(() =>
      logSale(newCustomer(`dup-${id}-${typed.length}`, typed), deps(emu)),
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.duplicate).toMatchObject({id, name});
    expect(out.fields.phone).toContain(name);
    expect(rowsOf(emu, CUSTOMERS)).toHaveLength(before);
    expect(rowsOf(emu, SALES)).toHaveLength(0);
  });

  it('still finds a phone in the Phone column, and lets a new number through', () => {
    const dup = emu.run(() =>
      logSale(newCustomer('dup-phone-col', '136 0013 6000'), deps(emu)),
    );
    expect(!dup.ok && dup.duplicate).toMatchObject({id: 'C00007'});
    const fresh = emu.run(() =>
      logSale(newCustomer('dup-fresh-0001', '13500135000'), deps(emu)),
    );
    expect(fresh.ok).toBe(true);
    expect(rowsOf(emu, CUSTOMERS).at(-1)).toMatchObject({
      name: '新客',
      phone: '13500135000',
    });
  });

  it('does not take a short member number in the id column for a phone', () => {
    putRows(emu, CUSTOMERS, [{id: '8000', name: '会员'}]);
    const out = emu.run(() =>
      logSale(newCustomer('dup-short-0001', '13400138000'), deps(emu)),
    );
    expect(out.ok).toBe(true);
  });
});
