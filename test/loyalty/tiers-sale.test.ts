/**
 * A tier's perks at the sale, through the built bundle: the discount taken off the typed
 * price (what was paid stored, the discount said in the Note), left off when staff
 * untick it, double points on the tier's days, the tier the Tier log holds applied by
 * the server whatever the sidebar showed, and no SpreadsheetApp call added to a sale
 * once the counter is open (a cache that forgets only costs a read).
 */
import {bundleShop, putRows, rowsOf} from '../counter/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {POINTS_LEDGER} from '../../src/sheets/schema-loyalty';
import {TIER_LOG, TIERS} from '../../src/sheets/schema-tiers';

type Emu = ReturnType<typeof bundleShop>['emu'];

function shop(withTiers: boolean) {
  const s = bundleShop('zh_CN', '2026-03-10T06:00:00Z');
  putRows(s.emu, CUSTOMERS, [
    {id: 'C00001', name: '王秀英', phone: '13800000001'},
    {id: 'C00002', name: '李四', phone: '13800000002'},
  ]);
  if (withTiers) {
    putRows(s.emu, TIERS, [
      {name: '普通'},
      {
        name: '金卡',
        measure: '消费',
        min: 3000,
        discount: '9折',
        doubleDays: '2026-03-10',
      },
    ]);
    putRows(s.emu, TIER_LOG, [
      {date: '2026-03-01', customer: 'C00001', to: '金卡', change: '升级'},
    ]);
  }
  return s;
}

let n = 0;
async function sell(
  emu: Emu,
  customerId: string,
  over: Record<string, unknown> = {},
): Promise<{ok: boolean; value: {amount: number; points: number}}> {
  const out = (await emu.scriptRun('logSale', [
    {
      requestId: `tier-sale-${++n}`,
      customerId,
      newCustomer: null,
      items: '蛋糕',
      amount: '18',
      payment: 'cash',
      note: '',
      ...over,
    },
  ])) as {ok: boolean; value: {amount: number; points: number}};
  expect(out.ok).toBe(true);
  return out;
}

describe('a tier at the sale', () => {
  it('takes the discount off, stores what was paid and says why in the Note, and earns double', async () => {
    const {emu} = shop(true);
    await emu.scriptRun('counterBootstrap', []);
    const out = await sell(emu, 'C00001', {note: '少糖'});
    expect(out.value.amount).toBe(16.2);
    expect(out.value.points).toBe(32);
    const [row] = rowsOf(emu, SALES);
    expect(row).toMatchObject({
      amount: 16.2,
      points: 32,
      note: '少糖；金卡 10% 折扣：原价 18，优惠 1.80',
    });
    const [earn] = rowsOf(emu, POINTS_LEDGER);
    expect(earn).toMatchObject({customer: 'C00001', change: 32});
  });

  it('leaves the discount off when staff untick it, and gives the entry tier nothing', async () => {
    const {emu} = shop(true);
    await emu.scriptRun('counterBootstrap', []);
    expect(
      (await sell(emu, 'C00001', {tierDiscount: false})).value,
    ).toMatchObject({amount: 18, points: 36});
    expect((await sell(emu, 'C00002')).value).toMatchObject({
      amount: 18,
      points: 18,
    });
    expect(rowsOf(emu, SALES).map(r => r.note)).toEqual(['', '']);
  });

  it('the next day is no double points day', async () => {
    const {emu} = shop(true);
    emu.clock.set(new Date('2026-03-11T06:00:00Z'));
    await emu.scriptRun('counterBootstrap', []);
    expect((await sell(emu, 'C00001')).value).toMatchObject({
      amount: 16.2,
      points: 16,
    });
  });

  it('adds no SpreadsheetApp call to a sale once the counter is open; a forgetful cache reads the tabs again', async () => {
    const counts: Record<string, number> = {};
    for (const tiers of [false, true]) {
      const {emu} = shop(tiers);
      await emu.scriptRun('counterBootstrap', []);
      await sell(emu, 'C00001');
      counts[String(tiers)] = emu.calls.spreadsheet('execution');
      if (tiers) {
        emu.cacheControl.evict(k => k.startsWith('shuke.tiers.'));
        const again = await sell(emu, 'C00001');
        expect(again.value.amount).toBe(16.2);
        expect(emu.calls.spreadsheet('execution')).toBeGreaterThan(counts.true);
      }
    }
    expect(counts.true).toBe(counts.false);
  });
});
