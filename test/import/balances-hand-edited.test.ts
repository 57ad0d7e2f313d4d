/**
 * An opening row the owner edited by hand into text the ledger can't read: the import
 * dialog (through dist/Code.js) lists it with the ledger's row for the owner to check,
 * never as "NaN", and brings no second balance in for that customer.
 */
import {bundleShop, rowsOf, sheetOf} from '../counter/shop';
import {POINTS_LEDGER, STORED_LEDGER} from '../../src/sheets/schema-loyalty';
import {mapColumns} from '../../src/sheets/tabs';
import * as X from './exports';

type Preview = {
  balances: string | null;
  balanceProblems: string[];
  canImport: boolean;
};

function shop(locale: string) {
  const s = bundleShop(locale, '2026-03-25T04:00:00Z');
  const preview = (tab: string) =>
    s.app.call('previewImport', [tab]) as Preview;
  const run = (tab: string) =>
    s.app.call('runImport', [{sheet: tab}]) as {ok: boolean};
  /** Types text over the Change cell of the ledger's first data row (sheet row 2). */
  const editChange = (def: typeof STORED_LEDGER, text: string) => {
    const sheet = sheetOf(s.emu, def);
    const header = sheet
      .getRange(1, 1, 1, sheet.getLastColumn())
      .getValues()[0];
    const col = mapColumns(header, def).get('change') as number;
    sheet.getRange(2, col + 1).setValue(text);
  };
  return {...s, preview, run, editChange};
}

describe('an opening row edited by hand into text', () => {
  test('简体: listed with its row, not NaN; nothing written again', () => {
    const s = shop('zh_CN');
    X.putExport(s.emu, '会员列表', X.pospalMembers());
    expect(s.run('会员列表').ok).toBe(true);
    s.editChange(STORED_LEDGER, '一千');
    const p = s.preview('会员列表');
    expect(p.balanceProblems.join('\n')).not.toContain('NaN');
    expect(p.balanceProblems).toEqual([
      '第 2 行：账本里已带入的储值余额读不懂（储值记录第 2 行）；导出 1000 未带入，请核对',
    ]);
    expect(s.run('会员列表').ok).toBe(false);
    const stored = rowsOf(s.emu, STORED_LEDGER).filter(r => r.date !== '');
    expect(stored.map(r => r.change)).toEqual(['一千']);
  });

  test('English: listed with its row, not NaN', () => {
    const s = shop('en_US');
    X.putExport(s.emu, 'Customers export', X.loyverseCustomers());
    expect(s.run('Customers export').ok).toBe(true);
    s.editChange(POINTS_LEDGER, 'lots');
    const p = s.preview('Customers export');
    expect(p.balanceProblems.join('\n')).not.toContain('NaN');
    // L001's row (2) can't be read; L002's opening row is there as it was.
    expect(p.balanceProblems).toEqual([
      expect.stringMatching(
        /^Row \d+: the book's opening points row can't be read \(points tab, row 2\); export 120 not brought in, please check$/,
      ),
    ]);
    expect(s.run('Customers export').ok).toBe(false);
    expect(
      rowsOf(s.emu, POINTS_LEDGER)
        .filter(r => r.date !== '')
        .map(r => [r.customer, r.change]),
    ).toEqual([
      ['L001', 'lots'],
      ['L002', 3],
    ]);
  });
});
