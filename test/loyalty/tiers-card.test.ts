/**
 * The counter card's tier part through the built bundle: the tier the Tier log holds,
 * its perks in the viewer's terms, the grace line, who brought whom.
 */
import {bundleShop, putRows} from '../counter/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {TIER_LOG, TIERS} from '../../src/sheets/schema-tiers';
import type {TierCard} from '../../src/domain/loyalty/tiers-card';

function tierShop() {
  const shop = bundleShop('zh_CN', '2026-03-10T06:00:00Z');
  putRows(shop.emu, CUSTOMERS, [
    {id: 'C00001', name: '王秀英', phone: '13800000001'},
    {id: 'C00002', name: '李四', phone: '13800000002', referredBy: 13800000001},
    {
      id: 'C00003',
      name: '<b>张三</b>',
      phone: '13800000003',
      referredBy: 'c00001',
    },
    {id: 'C00004', name: '赵六', phone: '13800000004'},
  ]);
  putRows(shop.emu, TIERS, [
    {name: '普通'},
    {name: '银卡', measure: '消费', min: 1000, discount: '95折'},
    {
      name: '金卡',
      measure: '消费',
      min: 3000,
      discount: '9折',
      gift: '蛋糕',
      doubleDays: '2026-03-10, 11-11',
    },
  ]);
  putRows(shop.emu, TIER_LOG, [
    // Typed in by the owner: no change word, it sets the tier.
    {date: '2026-03-01', customer: 'C00001', to: '金卡'},
    {date: '2026-02-01', customer: 'C00002', to: '银卡', change: '升级'},
    {date: '2026-03-08', customer: 'C00002', to: '银卡', change: '保级期'},
  ]);
  return shop;
}

async function tierOf(
  emu: ReturnType<typeof bundleShop>['emu'],
  id: string,
): Promise<TierCard | null | undefined> {
  const card = (await emu.scriptRun('customerCard', [id])) as {
    tier?: TierCard | null;
  };
  return card.tier;
}

describe('the tier on the counter card', () => {
  it('shows the logged tier, its perks, today a double points day, and whom they brought', async () => {
    const {emu} = tierShop();
    expect(await tierOf(emu, 'C00001')).toEqual({
      name: '金卡',
      discount: 10,
      birthdayGift: '蛋糕',
      doubleDays: '2026-03-10, 11-11',
      doubleToday: true,
      graceUntil: null,
      referredBy: null,
      brought: ['李四', '<b>张三</b>'],
    });
  });

  it('says until when a customer in grace keeps the tier (Settings grace: 30 days)', async () => {
    const {emu} = tierShop();
    expect(await tierOf(emu, 'C00002')).toMatchObject({
      name: '银卡',
      discount: 5,
      doubleToday: false,
      graceUntil: '2026-04-07',
      referredBy: '王秀英',
      brought: [],
    });
  });

  it('the entry tier for a customer with no row; nothing when the shop has no tiers and no referrals', async () => {
    const {emu} = tierShop();
    expect(await tierOf(emu, 'C00004')).toMatchObject({
      name: '普通',
      discount: 0,
      referredBy: null,
    });
    const bare = bundleShop('en_US');
    putRows(bare.emu, CUSTOMERS, [{id: 'E1', name: 'Mrs Li'}]);
    expect(await tierOf(bare.emu, 'E1')).toBeNull();
  });
});
