/**
 * Erasure through the built bundle on a book whose Customers tab has its grade formula in
 * row 2: erasing the customer in row 2 keeps the formula there (the next customer moves
 * up into it), so the grades of everyone else go on; and an execution killed with all
 * its batched writes applied (keepUnflushed), at any call, still ends, after a rerun, as an erasure
 * that was never interrupted.
 */
import {bundleShop} from '../counter/shop';

type Emu = ReturnType<typeof bundleShop>['emu'];
type App = ReturnType<typeof bundleShop>['app'];

let seq = 0;
const sale = (name: string, phone: string) => ({
  requestId: `erase-bundle-${++seq}`,
  customerId: null,
  newCustomer: {name, phone},
  items: '奶茶',
  amount: '12',
  payment: 'cash',
  note: '',
});

async function shop(): Promise<{emu: Emu; app: App}> {
  const s = bundleShop();
  await s.emu.scriptRun('logSale', [sale('王小明', '13800138000')]);
  await s.emu.scriptRun('logSale', [sale('李小红', '13900139000')]);
  return s;
}

async function book(emu: Emu) {
  const c = emu.spreadsheet.getSheetByName('客户')!;
  const r = c.getDataRange();
  return {values: r.getValues(), formulas: r.getFormulas()};
}

test('the customer in row 2 goes; the grade formula stays in row 2 and grades the next', async () => {
  const {emu} = await shop();
  const before = await book(emu);
  const formulaCol = before.formulas[1].findIndex(f => f.startsWith('='));
  expect(formulaCol).toBeGreaterThan(0);
  const out = await emu.scriptRun('eraseCustomer', [
    {requestId: 'erase-row-two-1', customerId: 'C00001', by: ''},
  ]);
  expect(out).toMatchObject({ok: true});
  const after = await book(emu);
  expect(after.formulas[1][formulaCol]).toBe(before.formulas[1][formulaCol]);
  expect(after.values[1].slice(0, 3)).toEqual([
    'C00002',
    '李小红',
    '13900139000',
  ]);
  expect(after.values[1][formulaCol]).toBe(before.values[2][formulaCol]);
  expect(JSON.stringify(after.values)).not.toContain('王小明');
});

jest.setTimeout(300_000);

test('killed with its writes applied, at every call, then rerun: the same end', async () => {
  const ref = await shop();
  const request = {requestId: 'erase-kept-1', customerId: 'C00001', by: ''};
  await ref.emu.scriptRun('eraseCustomer', [request]);
  const calls = ref.emu.faults.lastCalls;
  const want = JSON.stringify((await book(ref.emu)).values);
  for (let k = 1; k <= calls; k++) {
    const {emu} = await shop();
    emu.faults.killAt(k, {keepUnflushed: 'all'});
    await expect(
      (async () => emu.scriptRun('eraseCustomer', [request]))(),
    ).rejects.toThrow(/Exceeded maximum execution time/);
    const again = (await emu.scriptRun('eraseCustomer', [request])) as {
      ok: boolean;
    };
    expect({k, ok: again.ok}).toEqual({k, ok: true});
    expect({k, book: JSON.stringify((await book(emu)).values)}).toEqual({
      k,
      book: want,
    });
  }
});
