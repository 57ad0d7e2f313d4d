/**
 * The import's entry points as test/bundle.test.ts drives every entry point: one real use
 * of each, through the built bundle, checked by its outcome.
 */
import {BundleApp, Emulator} from '../../emulator';
import {loyverseReceipts, putExport} from './exports';

interface Ctx {
  emu: Emulator;
  app: BundleApp;
  run(name: string, ...args: unknown[]): Promise<unknown>;
}

const TAB = 'receipts-2026-03-01';

function salesRows(emu: Emulator): unknown[][] {
  const s = emu.spreadsheet.getSheetByName('销售');
  if (!s) throw new Error('no Sales tab');
  return s
    .getDataRange()
    .getValues()
    .slice(1)
    .filter(r => r.some(v => v !== ''));
}

function withExport(ctx: Ctx): void {
  putExport(ctx.emu as never, TAB, loyverseReceipts());
}

type Done = {ok: boolean; batch: string; sales: number; message: string};

export const IMPORT_DRIVERS: Record<string, (ctx: Ctx) => Promise<void>> = {
  openImport: async ({emu, app, ...rest}) => {
    withExport({emu, app, ...rest});
    const shown = emu.ui.shown.length;
    const out = app.call('openImport') as {tabs: string[]};
    expect(out.tabs).toContain(TAB);
    expect(out.tabs).not.toContain('销售');
    const dialog = emu.ui.shown[shown];
    expect([dialog.kind, dialog.title]).toEqual(['modal', '导入销售 / 客户']);
    expect(dialog.content).toContain(`<option value="${TAB}">`);
    expect(salesRows(emu)).toEqual([]);
  },
  previewImport: async ctx => {
    withExport(ctx);
    const p = (await ctx.run('previewImport', TAB)) as {
      ok: boolean;
      format: string;
      problemCount: number;
    };
    expect(p).toMatchObject({ok: true, format: 'Loyverse · Receipts'});
    expect(p.problemCount).toBe(3);
    expect(salesRows(ctx.emu)).toEqual([]);
  },
  runImport: async ctx => {
    withExport(ctx);
    const done = (await ctx.run('runImport', {sheet: TAB})) as Done;
    expect(done).toMatchObject({ok: true, sales: 7});
    expect(salesRows(ctx.emu)).toHaveLength(7);
    expect(((await ctx.run('runImport', {sheet: TAB})) as Done).ok).toBe(false);
    expect(salesRows(ctx.emu)).toHaveLength(7);
  },
  undoImport: async ctx => {
    withExport(ctx);
    const done = (await ctx.run('runImport', {sheet: TAB})) as Done;
    const undone = (await ctx.run('undoImport', {batch: done.batch})) as {
      ok: boolean;
      sales: number;
    };
    expect(undone).toMatchObject({ok: true, sales: 7});
    expect(salesRows(ctx.emu)).toEqual([]);
  },
};
