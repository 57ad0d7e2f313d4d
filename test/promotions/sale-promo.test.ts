/**
 * The counter and promotions: the sale form is offered today's, a sale's promotion is
 * checked against the Promotions tab and stored as the tab writes its name.
 */
import {counterBootstrap, logSale} from '../../src/usecases/counter';
import {PROMOTIONS} from '../../src/sheets/schema-promotions';
import {
  customers,
  deps,
  Emu,
  putRows,
  rowsOf,
  saleRequest,
  SALES,
  shopForTests,
} from '../counter/shop';

let emu: Emu;
// The shop's clock: 2025-06-15 12:00 in Shanghai.
shopForTests(e => (emu = e), {customers: customers(2)});

const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

function promotions(): void {
  putRows(emu, PROMOTIONS, [
    {
      name: 'Summer Tea',
      start: day('2025-06-01'),
      end: day('2025-06-30'),
      items: '奶茶',
    },
    // Typed with a leading apostrophe, as an owner keeps text that looks like a formula.
    {
      name: '\'=HYPERLINK("http://x","y")',
      start: day('2025-06-15'),
      end: day('2025-06-15'),
    },
    {name: '端午节', start: day('2025-05-31'), end: day('2025-06-02')},
    {name: '七夕', start: day('2025-08-29'), end: day('2025-08-29')},
  ]);
}

describe('promotions at the counter', () => {
  test('the sale form is offered the promotions running today, by name', () => {
    promotions();
    const b = emu.run(() => counterBootstrap(deps(emu)));
    expect(b.promotions).toEqual(['Summer Tea', '=HYPERLINK("http://x","y")']);
  });

  test('a sale under a promotion stores its name as the tab writes it', () => {
    promotions();
    const done = emu.run(() =>
      logSale(
        saleRequest('req-promo-0001', {promo: ' summer tea '}),
        deps(emu),
      ),
    );
    expect(done.ok).toBe(true);
    const hostile = emu.run(() =>
      logSale(
        saleRequest('req-promo-0002', {promo: '=HYPERLINK("http://x","y")'}),
        deps(emu),
      ),
    );
    expect(hostile.ok).toBe(true);
    const rows = rowsOf(emu, SALES);
    expect(rows.map(r => r.promo)).toEqual([
      'Summer Tea',
      '=HYPERLINK("http://x","y")',
    ]);
    // Stored as text, not as a formula.
    const sheet = emu.spreadsheet.getSheetByName('销售')!;
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual(
      [],
    );
  });

  test('a promotion not running today is refused and nothing is written', () => {
    promotions();
    for (const [id, promo] of [
      ['req-promo-0003', '端午节'],
      ['req-promo-0004', '七夕'],
      ['req-promo-0005', '我编的'],
    ]) {
      const out = emu.run(() =>
        logSale(saleRequest(id, {promo}), {
          ...deps(emu),
          viewerLang: () => 'en',
        }),
      );
      expect(out).toMatchObject({
        ok: false,
        message: `No promotion called "${promo}" runs today.`,
        fields: {promo: `No promotion called "${promo}" runs today.`},
      });
    }
    expect(rowsOf(emu, SALES)).toEqual([]);
  });

  test('no promotion named: the Promo column stays blank', () => {
    promotions();
    const out = emu.run(() =>
      logSale(saleRequest('req-promo-0006', {promo: null}), deps(emu)),
    );
    expect(out.ok).toBe(true);
    expect(rowsOf(emu, SALES)[0].promo).toBe('');
  });
});
