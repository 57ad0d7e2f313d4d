/**
 * An owner edits the ledgers by hand: blank rows, numbers typed as text, a deleted row,
 * a column renamed or moved. Balances follow the rows as they are; a row that cannot be
 * read counts for nothing and is named with its row by the self-check; a ledger missing
 * a column refuses writes with a message, never guesses.
 */
import {
  loyaltyShop,
  Out,
  POINTS_LEDGER,
  putRows,
  rid,
  rowsOf,
} from './loyalty-shop';
import type {LoyaltyCard} from '../../src/domain/loyalty/wire';
import type {Emulator} from '../../emulator';

async function card(emu: Emulator, key: string): Promise<LoyaltyCard> {
  return (
    (await emu.scriptRun('customerCard', [key])) as {loyalty: LoyaltyCard}
  ).loyalty;
}

function pointsSheet(emu: Emulator) {
  return emu.spreadsheet.getSheetByName('积分记录')!;
}

type Report = {lines: Array<{id: string; ok: boolean; text: string}>};

describe('a ledger edited by hand', () => {
  it('balances follow the rows; unreadable rows are named by row and count for nothing', async () => {
    const {emu, app} = await loyaltyShop();
    for (const [c, change] of [
      ['C00001', 100],
      ['C00002', 50],
      ['C00001', 7],
    ] as const) {
      const out = (await emu.scriptRun('adjustPoints', [
        {requestId: rid(), customerId: c, change, reason: '开业'},
      ])) as Out<unknown>;
      expect(out.ok).toBe(true);
    }
    const sheet = pointsSheet(emu);
    // A blank row between rows 2 and 3, and C00002's 50 typed again as text.
    sheet.insertRowAfter(2);
    const changeCol =
      (
        sheet
          .getRange(1, 1, 1, sheet.getLastColumn())
          .getValues()[0] as string[]
      ).indexOf('变动') + 1;
    sheet.getRange(4, changeCol).setNumberFormat('@').setValue('＋50');
    // Rows the owner adds: unreadable, a fraction of a point, someone not on the book.
    putRows(emu as never, POINTS_LEDGER, [
      {customer: 'C00001', change: 'abc', reason: '调整'},
      {customer: 'C00001', change: 2.5, reason: '调整'},
      {customer: 'C09999', change: 10, reason: '调整'},
      {customer: 'C00002', change: '-5', reason: '随便'},
    ]);
    expect(await card(emu, 'C00001')).toMatchObject({points: 107, problems: 2});
    // Its odd reason is said, and the change counted.
    expect(await card(emu, 'C00002')).toMatchObject({points: 45, problems: 1});
    const report = app.call('checkSpreadsheet') as Report;
    const ledgers = report.lines.find(l => l.id === 'tab:ledgers');
    expect(ledgers?.ok).toBe(false);
    expect(ledgers?.text.split('\n')).toEqual([
      '积分记录 第 6 行：变动“abc”不是数字（积分须为整数），未计入余额',
      '积分记录 第 7 行：变动“2.5”不是数字（积分须为整数），未计入余额',
      '积分记录 第 8 行：客户“C09999”不在客户表（请用客户编号），未计入',
      '积分记录 第 9 行：原因“随便”不是可选的原因（变动已计入）',
    ]);
    // A row deleted by hand: the balance follows.
    sheet.deleteRow(2);
    expect(await card(emu, 'C00001')).toMatchObject({points: 7});
    // A spend is checked against the balance as it now stands.
    const out = (await emu.scriptRun('adjustPoints', [
      {requestId: rid(), customerId: 'C00001', change: -8, reason: '兑换'},
    ])) as Out<unknown>;
    expect(out).toMatchObject({
      ok: false,
      message: '积分不足：现有 7 分，不能扣 8 分',
    });
  });

  it('a column renamed to another of its names or moved is still read; one lost refuses writes', async () => {
    const {emu, app} = await loyaltyShop();
    await emu.scriptRun('adjustPoints', [
      {requestId: rid(), customerId: 'C00001', change: 30, reason: '开业'},
    ]);
    const sheet = pointsSheet(emu);
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn());
    const names = header.getValues()[0] as string[];
    const col = names.indexOf('变动') + 1;
    sheet.getRange(1, col).setValue('Change');
    // Moved: the Note column first.
    sheet.insertColumnBefore(1);
    sheet.getRange(1, 1).setValue('我的备注');
    expect(await card(emu, 'C00001')).toMatchObject({points: 30, problems: 0});
    const more = (await emu.scriptRun('adjustPoints', [
      {requestId: rid(), customerId: 'C00001', change: 5, reason: '补录'},
    ])) as Out<{after: number}>;
    expect(more).toMatchObject({ok: true, value: {after: 35}});
    expect(rowsOf(emu as never, POINTS_LEDGER).map(r => r.change)).toEqual([
      30, 5,
    ]);
    // Renamed to something that is none of its names: nothing is guessed.
    sheet.getRange(1, col + 1).setValue('数目');
    expect(await card(emu, 'C00001')).toMatchObject({points: 0, problems: 1});
    const refused = (await emu.scriptRun('adjustPoints', [
      {requestId: rid(), customerId: 'C00001', change: 5, reason: '补录'},
    ])) as Out<unknown>;
    expect(refused.ok).toBe(false);
    const report = app.call('checkSpreadsheet') as Report;
    expect(report.lines.find(l => l.id === 'tab:ledgers')?.text).toBe(
      '积分记录 缺少“变动”列：余额无法计算，请运行“设置店铺”或改回列名',
    );
  });
});
