/**
 * An owner who types =TODAY() into Settings "Grades as of". Custom functions guide,
 * "Arguments": "built-in spreadsheet functions that return a different result each time
 * they calculate — such as NOW() or RAND() — are not allowed as arguments to a custom
 * function. If a custom function tries to return a value based on one of these volatile
 * built-in functions, it displays Loading... indefinitely." Refresh grades puts today's
 * date there instead and says why.
 */
import {createEmulator} from '../../emulator';
import {LOADING} from '../../emulator/formulas';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {TabDef} from '../../src/sheets/schema';
import {loadSettings} from '../../src/sheets/settings';
import {findSheet, mapColumns} from '../../src/sheets/tabs';

test.each([
  ['en_US', '"Grades as of" held =TODAY()'],
  ['zh_CN', '“等级计算日期”里的公式 =TODAY()'],
  ['zh_TW', '「等級計算日期」裡的公式 =TODAY()'],
])(
  'Refresh grades replaces a volatile "as of" with today and says so (%s)',
  (locale, said) => {
    const emu = createEmulator({locale, now: '2026-03-10T10:00:00+08:00'});
    const uninstall = emu.install();
    try {
      const app = emu.loadBundle();
      app.call('setUpShop');
      const ss = emu.gas.spreadsheet;
      const typed = (def: TabDef, row: Record<string, unknown>) =>
        emu.run(() => {
          const sheet = findSheet(ss, def, 'en')!;
          const header = sheet
            .getRange(1, 1, 1, sheet.getLastColumn())
            .getValues()[0];
          const c = mapColumns(header, def);
          for (const [k, v] of Object.entries(row))
            sheet.getRange(2, c.get(k)! + 1).setValue(v);
        });
      typed(CUSTOMERS, {id: 'C1', name: 'Ann'});
      typed(SALES, {date: '2026-03-01', customer: 'C1', amount: 10});
      const asOfCell = () =>
        emu.run(() => {
          const read = loadSettings(ss);
          return read.sheet!.getRange(
            read.rows.get('asOf')!,
            read.layout.value + 1,
          );
        });
      const grade = () =>
        emu.run(() => {
          const sheet = findSheet(ss, CUSTOMERS, 'en')!;
          const header = sheet
            .getRange(1, 1, 1, sheet.getLastColumn())
            .getValues()[0];
          const j = mapColumns(header, CUSTOMERS).get('grade')!;
          return sheet.getRange(2, j + 1).getValue();
        });
      expect(grade()).toBe('E');
      emu.run(() => asOfCell().setFormula('=TODAY()'));
      expect(grade()).toBe(LOADING);

      app.call('refreshGrades');
      const alert = emu.ui.alerts.at(-1)!;
      expect(alert.prompt).toContain(said);
      expect(emu.run(() => asOfCell().getFormula())).toBe('');
      expect(emu.run(() => asOfCell().getValue())).toEqual(
        new Date('2026-03-10T00:00:00+08:00'),
      );
      expect(grade()).toBe('E');

      // Today's date as a value is left alone, and nothing is said about it.
      app.call('refreshGrades');
      expect(emu.ui.alerts.at(-1)!.prompt).not.toContain('TODAY');
    } finally {
      uninstall();
    }
  },
);
