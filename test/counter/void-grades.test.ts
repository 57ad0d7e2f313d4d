/**
 * A voided sale leaves the Customers tab's figures through the built bundle: Set up shop
 * passes the Sales tab's Void column to the CUSTOMER_* functions (sale_voids), and the
 * sheet's grade, visits and spend follow a void at the counter. Older books get the
 * column and the new formulas from Set up shop.
 */
import {bundleShop, Emu} from './shop';

function customerRow(emu: Emu) {
  const s = emu.spreadsheet.getSheetByName('客户')!;
  const [head, row] = s.getDataRange().getValues();
  const formulas = s.getDataRange().getFormulas()[1];
  const at = (h: string) => head.indexOf(h);
  return {
    grade: row[at('等级')],
    perMonth: row[at('月均购买')],
    spend: row[at('累计消费')],
    gradeFormula: formulas[at('等级')],
  };
}

test('the grade formulas take the Void column, and the grade follows a void', async () => {
  const {emu} = bundleShop();
  const sale = (id: string, extra: object = {}) =>
    emu.scriptRun('logSale', [
      {
        requestId: id,
        customerId: null,
        newCustomer: null,
        items: '奶茶',
        amount: '10',
        payment: 'cash',
        note: '',
        ...extra,
      },
    ]) as Promise<{ok: boolean; value: {customerId: string}}>;
  const first = await sale('vg-sale-0001', {
    newCustomer: {name: '王五', phone: '13800001234'},
  });
  const id = first.value.customerId;
  for (let i = 2; i <= 4; i++) {
    await sale(`vg-sale-000${i}`, {customerId: id});
  }
  const before = customerRow(emu);
  expect(before.gradeFormula).toMatch(
    /^=CUSTOMER_FIGURES\(.*'销售'!\$[A-Z]+\$2:\$[A-Z]+, "grade,per_month,last_visit,spend,segment"\)$/,
  );
  const sales = emu.spreadsheet.getSheetByName('销售')!;
  const voidCol = sales
    .getRange(1, 1, 1, sales.getLastColumn())
    .getValues()[0]
    .indexOf('作废');
  expect(voidCol).toBeGreaterThanOrEqual(0);
  const letter = String.fromCharCode(65 + voidCol);
  expect(before.gradeFormula).toContain(`$${letter}$2:$${letter}`);
  expect(before.spend).toBe(40);
  emu.calls.reset();
  const out = (await emu.scriptRun('voidSale', [
    {requestId: 'vg-void-0001', saleRequestId: 'vg-sale-0004', by: '小王'},
  ])) as {ok: boolean};
  expect(out.ok).toBe(true);
  const after = customerRow(emu);
  expect(after.spend).toBe(30);
  expect(after.perMonth).toBeLessThan(before.perMonth as number);
});
