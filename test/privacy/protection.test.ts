/**
 * Protected sheets, as the emulator models them (Protection class reference,
 * developers.google.com/apps-script/reference/spreadsheet/protection; Sheet.protect; the
 * Sheets API's ProtectedRange.warningOnly), and Set up shop protecting Shuke's own tabs
 * with a warning, once.
 */
import {createEmulator} from '../../emulator';
import {PROTECTED_EDIT} from '../../emulator/protection';
import {setUpShopIn} from '../../src/usecases/setup-shop';
import {logSale} from '../../src/usecases/counter';
import {deps, saleRequest, ZHANG, putRows} from '../counter/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const STAFF = {user: 'staff@example.com'};

function emulator() {
  const emu = createEmulator({
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    now: '2025-06-15T04:00:00Z',
  });
  const uninstall = emu.install();
  const ss = () =>
    SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;
  return {emu, uninstall, ss};
}

let done = () => {};
afterEach(() => done());

describe('emulator: Protection class reference', () => {
  test('Sheet.protect mirrors the file’s editors until narrowed: nobody is refused yet', () => {
    const {emu, uninstall} = emulator();
    done = uninstall;
    emu.run(() =>
      SpreadsheetApp.getActiveSheet().protect().setDescription('x'),
    );
    emu.run(
      () => SpreadsheetApp.getActiveSheet().getRange('A1').setValue('ok'),
      STAFF,
    );
    expect(
      emu.run(() => SpreadsheetApp.getActiveSheet().getRange('A1').getValue()),
    ).toBe('ok');
  });

  test('narrowed to the owner: a staff editor’s script write is refused with Sheets’ message, the owner’s is not', () => {
    const {emu, uninstall} = emulator();
    done = uninstall;
    emu.run(() => {
      const p = SpreadsheetApp.getActiveSheet().protect();
      p.removeEditors(p.getEditors());
      expect(p.getEditors().map(u => u.getEmail())).toEqual([
        'owner@example.com',
      ]);
    });
    expect(() =>
      emu.run(
        () => SpreadsheetApp.getActiveSheet().getRange('A1').setValue('no'),
        STAFF,
      ),
    ).toThrow(PROTECTED_EDIT);
    expect(() =>
      emu.run(() => SpreadsheetApp.getActiveSheet().appendRow(['no']), STAFF),
    ).toThrow(PROTECTED_EDIT);
    emu.run(() =>
      SpreadsheetApp.getActiveSheet().getRange('A1').setValue('mine'),
    );
    emu.run(() => {
      const p = SpreadsheetApp.getActiveSheet().getProtections(
        SpreadsheetApp.ProtectionType.SHEET,
      )[0];
      p.addEditor('staff@example.com');
    });
    emu.run(
      () => SpreadsheetApp.getActiveSheet().getRange('A2').setValue('now yes'),
      STAFF,
    );
  });

  test('warning-only (ProtectedRange.warningOnly): editors are ignored and a script writes', () => {
    const {emu, uninstall} = emulator();
    done = uninstall;
    emu.run(() => {
      const p = SpreadsheetApp.getActiveSheet().protect();
      p.removeEditors(p.getEditors());
      p.setWarningOnly(true);
      expect(p.isWarningOnly()).toBe(true);
    });
    emu.run(
      () => SpreadsheetApp.getActiveSheet().getRange('A1').setValue('warned'),
      STAFF,
    );
  });

  test('only someone who may edit it can remove a protection', () => {
    const {emu, uninstall} = emulator();
    done = uninstall;
    emu.run(() => {
      const p = SpreadsheetApp.getActiveSheet().protect();
      p.removeEditors(p.getEditors());
    });
    expect(() =>
      emu.run(
        () =>
          SpreadsheetApp.getActiveSpreadsheet()
            .getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]
            .remove(),
        STAFF,
      ),
    ).toThrow(PROTECTED_EDIT);
    emu.run(() =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]
        .remove(),
    );
    expect(emu.workbook.protections).toEqual([]);
  });
});

describe('Set up shop protects Shuke’s own tabs', () => {
  test('Settings, the logs and the ledgers warn before an edit; data tabs do not; twice changes nothing', () => {
    const {emu, uninstall, ss} = emulator();
    done = uninstall;
    const first = emu.run(() =>
      setUpShopIn({ss: ss(), installFormulas: () => {}}),
    );
    const protectedNames = emu.run(() =>
      ss()
        .getProtections(SpreadsheetApp.ProtectionType.SHEET)
        .map(p => [
          p.getRange().getSheet().getName(),
          p.isWarningOnly(),
          p.getDescription().startsWith('Shuke 熟客'),
        ]),
    );
    expect(protectedNames).toEqual([
      ['设置', true, true],
      ['积分记录', true, true],
      ['储值记录', true, true],
      ['隐私记录', true, true],
      ['删除记录', true, true],
      ['会员等级记录', true, true],
    ]);
    expect(first.message).toContain(
      '已为这些表加上“修改前提示”保护：设置、积分记录、储值记录、隐私记录、删除记录',
    );
    const again = emu.run(() =>
      setUpShopIn({ss: ss(), installFormulas: () => {}}),
    );
    expect(again.unchanged).toBe(true);
    expect(emu.workbook.protections).toHaveLength(6);
  });

  test('a staff member at the counter still logs a sale (it writes Settings and the ledger)', () => {
    const {emu, uninstall, ss} = emulator();
    done = uninstall;
    emu.run(() => setUpShopIn({ss: ss(), installFormulas: () => {}}));
    emu.run(() => putRows(emu, CUSTOMERS, [ZHANG]));
    const out = emu.run(
      () => logSale(saleRequest('protected-sale-1'), deps(emu)),
      STAFF,
    );
    expect(out.ok).toBe(true);
  });

  test('an owner who narrows a protection by hand: Set up shop leaves it alone', () => {
    const {emu, uninstall, ss} = emulator();
    done = uninstall;
    emu.run(() => setUpShopIn({ss: ss(), installFormulas: () => {}}));
    emu.run(() => {
      const p = ss()
        .getSheetByName('设置')!
        .getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
      p.setWarningOnly(false);
      p.removeEditors(p.getEditors());
    });
    const again = emu.run(() =>
      setUpShopIn({ss: ss(), installFormulas: () => {}}),
    );
    expect(again.unchanged).toBe(true);
    expect(emu.workbook.protections).toHaveLength(6);
    expect(emu.workbook.protections.filter(p => !p.warningOnly)).toHaveLength(
      1,
    );
  });
});
