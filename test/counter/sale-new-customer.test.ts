/**
 * A sale with a new customer writes both rows or neither: the Sales tab and its required
 * columns are checked before anything is written, the sale row (with the request id and
 * the new customer's id) goes before the customer's, and a retry of the same request
 * after a failure completes what is missing instead of finding their phone "taken".
 */
import {logSale} from '../../src/usecases/counter';
import {Sheet as EmuSheet} from '../../emulator/sheet';
import {
  CUSTOMERS,
  deps,
  Emu,
  rowsOf,
  saleRequest,
  SALES,
  sheetOf,
  shopForTests,
} from './shop';

let emu: Emu;
afterEach(() => jest.restoreAllMocks());
shopForTests(e => (emu = e), {
  locale: 'en',
  customers: [{id: 'C00001', name: 'Zhang', phone: '13800138000'}],
});

const request = (id: string) =>
  saleRequest(id, {
    customerId: null,
    newCustomer: {name: 'Wang', phone: '13700137000'},
    items: 'tea',
    amount: '12',
    payment: 'cash',
  });

/** Renames the Sales header that reads `from` (an owner's edit); gives it back. */
function renameSalesHeader(from: RegExp, to: string): () => void {
  const sheet = sheetOf(emu, SALES);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const i = header.findIndex(h => from.test(String(h)));
  expect(i).toBeGreaterThanOrEqual(0);
  const was = header[i];
  sheet.getRange(1, i + 1).setValue(to);
  return () => sheet.getRange(1, i + 1).setValue(was);
}

describe('a sale with a new customer', () => {
  it('writes nothing when Sales lacks a required column, and writes once on retry', () => {
    const restore = renameSalesHeader(/^amount$/i, 'Takings total');
    const r = request('req-newcust-0001');
    const first = emu.run(() => logSale(r, deps(emu)));
    expect(first).toMatchObject({ok: false});
    if (!first.ok) {
      expect(first.message).toMatch(/“Sales” tab has no “Amount” column/);
      expect(first.duplicate).toBeNull();
    }
    expect(rowsOf(emu, CUSTOMERS)).toHaveLength(1);
    expect(rowsOf(emu, SALES)).toHaveLength(0);

    restore();
    const retry = emu.run(() => logSale(r, deps(emu)));
    expect(retry).toMatchObject({
      ok: true,
      repeated: false,
      value: {created: {id: 'C00002', name: 'Wang'}, customerId: 'C00002'},
    });
    const again = emu.run(() => logSale(r, deps(emu)));
    expect(again).toMatchObject({ok: true, repeated: true});
    const book = rowsOf(emu, CUSTOMERS);
    expect(book.filter(c => c.phone === '13700137000')).toHaveLength(1);
    expect(book).toHaveLength(2);
    expect(rowsOf(emu, SALES)).toMatchObject([
      {customer: 'C00002', amount: 12},
    ]);
  });

  it('costs no more SpreadsheetApp calls than before the check', () => {
    emu.run(() => logSale(saleRequest('req-newcust-warm'), deps(emu)));
    emu.run(() => logSale(request('req-newcust-0002'), deps(emu)));
    const withNew = emu.calls.spreadsheet('execution');
    emu.run(() => logSale(saleRequest('req-newcust-0003'), deps(emu)));
    // 6, and the number formats when the plain-text guard needs them; and 4 for the
    // points earned (the Points tab, its data range, one read, its row).
    expect(emu.calls.spreadsheet('execution')).toBeLessThanOrEqual(11);
    // The Sales tab is read once, before the customer is written, not a second time.
    // A new customer has no points yet: the 4 of the points ledger besides.
    expect(withNew).toBeLessThanOrEqual(19);
  });

  it('after a sale row that failed to be written, a retry writes the customer and the sale once', () => {
    const real = EmuSheet.prototype.appendRow;
    let failures = 1;
    jest.spyOn(EmuSheet.prototype, 'appendRow').mockImplementation(function (
      this: EmuSheet,
      row: unknown[],
    ) {
      if (/sales|销售/i.test(this.getName()) && failures-- > 0) {
        throw new Error('Service Spreadsheets timed out');
      }
      return real.call(this, row);
    });
    const r = request('req-newcust-0004');
    expect(() => emu.run(() => logSale(r, deps(emu)))).toThrow(/timed out/);
    // The sale row goes first: a customer is added only after it.
    expect(rowsOf(emu, CUSTOMERS)).toHaveLength(1);
    expect(rowsOf(emu, SALES)).toHaveLength(0);

    const retry = emu.run(() => logSale(r, deps(emu)));
    expect(retry).toMatchObject({
      ok: true,
      value: {created: {id: 'C00002', name: 'Wang'}, customerId: 'C00002'},
    });
    expect(rowsOf(emu, CUSTOMERS)).toHaveLength(2);
    expect(rowsOf(emu, SALES)).toMatchObject([{customer: 'C00002'}]);

    // Another request with that phone still finds it taken.
    const other = emu.run(() =>
      logSale(request('req-newcust-0005'), deps(emu)),
    );
    expect(other).toMatchObject({ok: false, duplicate: {id: 'C00002'}});
  });
});
