/**
 * The loyalty entry points as test/bundle.test.ts drives every entry point: one real use
 * of each through the built bundle, checked by what it wrote.
 */
import {BundleApp, Emulator} from '../../emulator';

interface Ctx {
  emu: Emulator;
  app: BundleApp;
  run(name: string, ...args: unknown[]): Promise<unknown>;
}

function ledgerRows(emu: Emulator, tab: string): unknown[][] {
  const s = emu.spreadsheet.getSheetByName(tab);
  if (!s) throw new Error(`no ${tab} tab`);
  return s.getDataRange().getValues().slice(1);
}

type Out = {ok: boolean; value: Record<string, unknown>};

export const LOYALTY_DRIVERS: Record<string, (ctx: Ctx) => Promise<void>> = {
  topUp: async ({emu, run}) => {
    const out = (await run('topUp', {
      requestId: 'driver-topup-0001',
      customerId: 'C00001',
      amount: '100',
      payment: 'cash',
    })) as Out;
    expect(out).toMatchObject({ok: true, value: {paid: 100, after: 100}});
    expect(ledgerRows(emu, '储值记录')).toHaveLength(1);
  },
  refundStored: async ({emu, run}) => {
    await run('topUp', {
      requestId: 'driver-topup-0002',
      customerId: 'C00001',
      amount: '50',
      payment: 'cash',
    });
    const out = (await run('refundStored', {
      requestId: 'driver-refund-0001',
      customerId: 'C00001',
      amount: '20',
      payment: 'cash',
      reason: '退卡',
    })) as Out;
    expect(out).toMatchObject({
      ok: true,
      value: {refunded: 20, payment: 'cash', before: 50, after: 30},
    });
    expect(ledgerRows(emu, '储值记录')).toHaveLength(2);
  },
  adjustPoints: async ({emu, run}) => {
    const out = (await run('adjustPoints', {
      requestId: 'driver-adjust-0001',
      customerId: 'C00001',
      change: 120,
      reason: '开业赠送',
    })) as Out;
    expect(out).toMatchObject({
      ok: true,
      value: {change: 120, before: 0, after: 120},
    });
    expect(ledgerRows(emu, '积分记录')).toHaveLength(1);
  },
};
