/**
 * Menu ▸ 诊断 / Check this spreadsheet on the emulator, in every state each check
 * reports: OK, and each way it says what to do.
 */
import {createEmulator, EmulatorOptions} from '../../emulator';
import {CELL_CAP, gridCells} from '../../emulator/cell-cap';
import {Lang} from '../../src/domain/i18n';
import {documentProperties} from '../../src/services/properties';
import {PROBE_FUNCTION} from '../../src/sheets/date-probe';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {TABS} from '../../src/sheets/schema';
import {columnLetter} from '../../src/usecases/grades/a1';
import * as cf from '../../src/usecases/custom-functions/sheet-functions';
import {CUSTOMER_FIGURES} from '../../src/usecases/customer-figures';
import {
  writeLastRun,
  writeRemindersState,
} from '../../src/usecases/reminders-state';
import {
  CheckLine,
  selfCheckIn,
  SelfCheckDeps,
  SelfCheckReport,
} from '../../src/usecases/self-check';
import {
  hostDeps,
  reportHtml,
  SHUKE_PROBE,
} from '../../src/usecases/self-check-menu';
import {setUpShopIn} from '../../src/usecases/setup-shop';

type Emu = ReturnType<typeof createEmulator>;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const FUNCTIONS = [
  'CUSTOMER_FIGURES',
  'CUSTOMER_GRADE',
  'CUSTOMER_PER_MONTH',
  'CUSTOMER_LAST_VISIT',
  'CUSTOMER_SPEND',
  'CUSTOMER_SEGMENT',
] as const;

let emu: Emu;
let ss: Spreadsheet;
let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

/**
 * A shop set up, with Shuke's functions and the probe known to "Sheets" ('probe': only
 * the probe, for grids so tall that the emulator's grade formulas would take minutes).
 */
function shop(
  opts: EmulatorOptions = {},
  functions: boolean | 'probe' = true,
): void {
  emu = createEmulator({
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    now: '2026-03-10T02:00:00Z',
    ...opts,
  });
  uninstall = emu.install();
  if (functions === true) {
    for (const name of FUNCTIONS) {
      const fn = name === 'CUSTOMER_FIGURES' ? CUSTOMER_FIGURES : cf[name];
      emu.customFunctions.set(name, fn as (...a: unknown[]) => unknown);
    }
  }
  if (functions) emu.customFunctions.set(PROBE_FUNCTION, SHUKE_PROBE as never);
  ss = SpreadsheetApp.getActiveSpreadsheet();
  setUpShopIn({ss});
}

function check(o: Partial<SelfCheckDeps> = {}): SelfCheckReport {
  return selfCheckIn({...hostDeps(ss), ...o});
}

/** The grade column, 1-based, where Set up shop puts it. */
function gradeColumn(): number {
  return CUSTOMERS.columns.findIndex(c => c.key === 'grade') + 1;
}

function line(r: SelfCheckReport, id: string): CheckLine {
  const l = r.lines.find(x => x.id === id);
  if (!l) throw new Error(`no line ${id} in\n${r.text}`);
  return l;
}

describe('all OK', () => {
  test.each<[string, Lang, string]>([
    ['zh_CN', 'zh-CN', '全部 '],
    ['zh_TW', 'zh-TW', '全部 '],
    ['en_US', 'en', 'All '],
  ])(
    'a fresh shop in %s: every line OK, in the book language',
    (locale, lang, all) => {
      shop({locale});
      const names = ss.getSheets().map(s => s.getName());
      const active = ss.getActiveSheet().getName();
      const r = check();
      expect(r.lang).toBe(lang);
      expect(r.lines.filter(l => !l.ok)).toEqual([]);
      expect(r.lines.map(l => l.id)).toEqual([
        'zones',
        'dates',
        'features',
        'mail',
        'reminders',
        'cells',
        'grades',
        'sharing',
        // Every tab Set up shop makes gets its line: a ledger or log with a column
        // renamed by hand breaks as surely as Sales does.
        ...TABS.map(t => `tab:${t.key}`),
      ]);
      expect(r.text.split('\n')[1]).toContain(all);
      // The probe's scratch tab is gone, and the owner is on the tab they were on.
      expect(ss.getSheets().map(s => s.getName())).toEqual(names);
      expect(ss.getActiveSheet().getName()).toBe(active);
    },
  );

  test('the lines say what was found', () => {
    shop();
    const r = check();
    expect(line(r, 'zones').text).toBe('时区：表格和脚本都是 Asia/Shanghai。');
    expect(line(r, 'dates').text).toContain('2025-03-05 0:00');
    expect(line(r, 'features').text).toContain("normalize('NFKC')");
    expect(line(r, 'features').text).toContain('Array.prototype.at');
    expect(line(r, 'mail').text).toBe('邮件：今天还能发 100 封。');
    expect(line(r, 'reminders').text).toBe('每日提醒：已关闭。');
    expect(line(r, 'cells').text).toContain(
      gridCells(emu.workbook).toLocaleString('en-US'),
    );
    expect(line(r, 'cells').text).toContain(
      `客户 1,000×${CUSTOMERS.columns.length}`,
    );
    expect(line(r, 'tab:sales').text).toContain('A 日期');
    expect(line(r, 'tab:customers').text).toContain(
      `${columnLetter(gradeColumn())} 等级`,
    );
  });
});

describe('time zones and dates in formulas', () => {
  test('script and spreadsheet in different zones: both named, dates still read right', () => {
    shop({timeZone: 'America/Vancouver', scriptTimeZone: 'Asia/Shanghai'});
    const r = check();
    expect(line(r, 'zones').text).toContain('America/Vancouver');
    expect(line(r, 'zones').text).toContain('Asia/Shanghai');
    const dates = line(r, 'dates');
    expect(dates.ok).toBe(true);
    expect(dates.text).toMatch(
      /表格时区的 2025-03-05 0:00|脚本时区（Asia\/Shanghai）的 2025-03-05 0:00/,
    );
  });

  test('a date that arrives a day off is a TO DO', () => {
    shop();
    emu.customFunctions.set(PROBE_FUNCTION, ((v: Date) =>
      SHUKE_PROBE(new Date(v.getTime() - 86_400_000))) as never);
    const r = check();
    expect(line(r, 'dates')).toEqual({
      id: 'dates',
      ok: false,
      text: expect.stringContaining('2025-03-04 00:00 (Asia/Shanghai)'),
    });
    expect(r.text).toContain('[要处理] 公式中的日期');
  });

  test('the probe function unknown to Sheets (#NAME?): push again', () => {
    shop({locale: 'en_US'}, false);
    const r = check();
    expect(line(r, 'dates').ok).toBe(false);
    expect(line(r, 'dates').text).toContain('#NAME?');
    expect(line(r, 'dates').text).toContain('npm run deploy');
    expect(
      ss.getSheets().some(s => s.getName().startsWith('Shuke check')),
    ).toBe(false);
  });

  test('a probe still "Loading…" after ten tries: run again later', () => {
    shop({locale: 'en_US'});
    emu.customFunctions.set(PROBE_FUNCTION, (() => 'Loading...') as never);
    const t0 = emu.clock.nowMs();
    const r = check();
    expect(line(r, 'dates')).toMatchObject({ok: false});
    expect(line(r, 'dates').text).toContain('did not finish');
    expect(emu.clock.nowMs() - t0).toBeGreaterThanOrEqual(10_000);
  });

  test('no room for the scratch tab (10,000,000 cells): says so, checks the rest', () => {
    shop({locale: 'en_US'}, 'probe');
    const sales = emu.workbook.sheetByName('Sales')!;
    sales.maxRows += Math.floor(
      (CELL_CAP - gridCells(emu.workbook)) / sales.maxCols,
    );
    const r = check();
    expect(line(r, 'dates').text).toContain('no scratch tab could be made');
    expect(line(r, 'dates').text).toContain('10000000 cells');
    expect(line(r, 'cells').ok).toBe(false);
    expect(line(r, 'cells').text).toContain('Past 80 %');
    expect(line(r, 'mail').ok).toBe(true);
  });
});

describe('JavaScript, mail, a check that throws', () => {
  test('a missing or broken feature is named', () => {
    shop({locale: 'en_US'});
    const r = check({
      features: [
        ['Array.prototype.at', () => true],
        ['Intl time zones', () => false],
        [
          'BigInt',
          () => {
            throw new ReferenceError('BigInt is not defined');
          },
        ],
      ],
    });
    expect(line(r, 'features')).toEqual({
      id: 'features',
      ok: false,
      text: expect.stringContaining('Intl time zones, BigInt missing'),
    });
  });

  test('no mail left today', () => {
    shop({locale: 'en_US', mailQuota: 1});
    emu.run(() => MailApp.sendEmail('a@example.com', 'x', 'y'));
    const r = check();
    expect(line(r, 'mail').ok).toBe(false);
    expect(line(r, 'mail').text).toContain('quota is used up');
  });

  test('a check that throws becomes a TO DO with its error; the others still run', () => {
    shop({locale: 'en_US'});
    const r = check({
      mailQuota: () => {
        throw new Error('Service unavailable: Mail');
      },
    });
    expect(line(r, 'mail').ok).toBe(false);
    expect(line(r, 'mail').text).toContain('Service unavailable: Mail');
    expect(line(r, 'cells').ok).toBe(true);
    expect(r.text).toContain('1 to do');
  });
});

describe('daily reminders', () => {
  const props = () => documentProperties();
  const on = (by: string) =>
    writeRemindersState(props(), {
      on: true,
      by,
      since: '2026-03-01T00:00:00Z',
      hour: 8,
      spreadsheetId: ss.getId(),
    });
  const trigger = () =>
    ScriptApp.newTrigger('dailyReminders')
      .timeBased()
      .atHour(8)
      .everyDays(1)
      .create();

  test("on, with this account's trigger and a good last run: OK", () => {
    shop({locale: 'en_US'});
    on('owner@shop.example');
    trigger();
    writeLastRun(props(), {
      at: '2026-03-10T00:05:00Z',
      outcome: 'done',
      text: '2026-03-10 08:05 done, 3 reminders',
      ok: true,
    });
    const l = line(check(), 'reminders');
    expect(l.ok).toBe(true);
    expect(l.text).toContain('turned on by owner@shop.example');
    expect(l.text).toContain('after 8:00');
    expect(l.text).toContain('1 daily trigger');
    expect(l.text).toContain('Last run: 2026-03-10 08:05 done');
  });

  test('on, but the last run failed: what it said, and try again', () => {
    shop({locale: 'en_US'});
    on('owner@shop.example');
    trigger();
    writeLastRun(props(), {
      at: '2026-03-10T00:05:00Z',
      outcome: 'noOwner',
      text: 'no owner email in Settings',
      ok: false,
    });
    const l = line(check(), 'reminders');
    expect(l.ok).toBe(false);
    expect(l.text).toContain('did not finish: no owner email in Settings');
  });

  test('on, but no trigger in this account: whose it is and what to do', () => {
    shop({locale: 'en_US'});
    on('helper@shop.example');
    const l = line(check(), 'reminders');
    expect(l.ok).toBe(false);
    expect(l.text).toContain('turned on by helper@shop.example');
    expect(l.text).toContain('has no daily trigger');
    expect(l.text).toContain('It has not run yet.');
  });

  test('off, but a trigger of this account is left: turn off again', () => {
    shop({locale: 'en_US'});
    trigger();
    const l = line(check(), 'reminders');
    expect(l.ok).toBe(false);
    expect(l.text).toContain('still has 1 daily trigger');
  });
});

describe('grade columns and tabs', () => {
  test('#NAME? and #REF! cells are counted per column with the first row', () => {
    shop({locale: 'en_US'}, false);
    const r1 = check();
    expect(line(r1, 'grades').ok).toBe(false);
    expect(line(r1, 'grades').text).toContain(
      '"Grade" has 1 #NAME? (first in row 2)',
    );

    shop({locale: 'en_US'});
    const book = ss.getSheetByName('Customers')!;
    book.getRange(2, 1, 3, 2).setValues([
      ['C1', 'Ann'],
      ['C2', 'Bob'],
      ['C3', 'Cy'],
    ]);
    expect(line(check(), 'grades').ok).toBe(true);
    // Typed under the one formula in the grade column's row 2: its spill is blocked, so
    // Sheets shows #REF! in that formula's cell (emulator/README.md, the spill rule).
    book.getRange(4, gradeColumn()).setValue('typed by hand');
    const r2 = check();
    expect(line(r2, 'grades').text).toContain(
      '"Grade" has 1 #REF! (first in row 2)',
    );
    expect(line(r2, 'grades').text).toContain('Refresh grades');
    expect(line(r2, 'grades').text).toContain('clear every grade column');

    // Typed under another column of the same spill (Segment, three rows down): the
    // #REF! still shows in the grade column's row 2, where the one formula is.
    book.getRange(4, gradeColumn()).clearContent();
    expect(line(check(), 'grades').ok).toBe(true);
    const segment = CUSTOMERS.columns.findIndex(c => c.key === 'segment') + 1;
    book.getRange(3, segment).setValue('VIP');
    expect(line(check(), 'grades').text).toContain(
      '"Grade" has 1 #REF! (first in row 2)',
    );
  });

  test('a missing column and a missing tab are TO DO; Set up shop fixes them', () => {
    shop({locale: 'en_US'});
    const sales = ss.getSheetByName('Sales')!;
    const amount =
      sales.getRange(1, 1, 1, 13).getValues()[0].indexOf('Amount') + 1;
    sales.getRange(1, amount).setValue('');
    ss.deleteSheet(ss.getSheetByName('Contacts')!);
    const r = check();
    expect(line(r, 'tab:sales')).toEqual({
      id: 'tab:sales',
      ok: false,
      text: expect.stringContaining('Missing: Amount. Choose "Set up shop"'),
    });
    expect(line(r, 'tab:contacts').text).toBe(
      'Tab "Contacts": not found. Choose "Set up shop".',
    );
    setUpShopIn({ss});
    const after = check();
    expect(line(after, 'tab:sales').ok).toBe(true);
    expect(line(after, 'tab:contacts').ok).toBe(true);
  });

  test("an owner's tab name is shown as it is, and escaped in the dialog", () => {
    shop({locale: 'en_US'});
    ss.insertSheet('<img src=x onerror=alert(1)>');
    const r = check();
    expect(r.text).toContain('<img src=x onerror=alert(1)> 1,000×26');
    const html = reportHtml(r);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; 1,000×26');
  });
});

describe('cells', () => {
  test('past 80 % of 10,000,000: per-tab sizes and what to do', () => {
    shop({}, 'probe');
    const sales = emu.workbook.sheetByName(SALES.names['zh-CN'])!;
    sales.maxRows = Math.ceil((0.85 * CELL_CAP) / sales.maxCols);
    const l = line(check(), 'cells');
    expect(l.ok).toBe(false);
    const size = `${sales.maxRows.toLocaleString('en-US')}×${SALES.columns.length}`;
    expect(l.text).toContain(`销售 ${size}`);
    expect(l.text).toContain('超过 80% 了');
  });
});
