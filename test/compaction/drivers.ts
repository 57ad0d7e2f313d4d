/**
 * Compaction's entry point as test/bundle.test.ts drives every entry point: one real use
 * through the built bundle, checked by its outcome.
 */
import {BundleApp, Emulator} from '../../emulator';

interface Ctx {
  emu: Emulator;
  app: BundleApp;
}

export const COMPACTION_DRIVERS: Record<string, (ctx: Ctx) => Promise<void>> = {
  compactOldSales: async ({emu, app}) => {
    const sales = emu.spreadsheet.getSheetByName('销售')!;
    const header = sales
      .getRange(1, 1, 1, sales.getLastColumn())
      .getValues()[0];
    const row = (date: Date, customer: string) =>
      header.map(h =>
        h === '日期时间'
          ? date
          : h === '客户'
            ? customer
            : h === '金额'
              ? 20
              : '',
      );
    const old = new Date(emu.clock.now().getTime() - 800 * 86_400_000);
    sales
      .getRange(2, 1, 2, header.length)
      .setValues([row(old, 'C1'), row(emu.clock.now(), 'C1')]);
    emu.ui.answer('YES');
    app.call('compactOldSales');
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/已把 .* 以前的 1 行销售合并/);
    expect(sales.getLastRow()).toBe(2);
    const history = emu.spreadsheet.getSheetByName('销售历史')!;
    expect(history.getRange(2, 1, 1, 4).getValues()[0].slice(3)).toEqual([1]);
  },
};
