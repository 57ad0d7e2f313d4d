import {createEmulator} from '../../emulator';
import {Lang} from '../../src/domain/i18n';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {SALES} from '../../src/sheets/schema-sales';
import {SETTINGS} from '../../src/sheets/schema-settings-tab';
import {TABS} from '../../src/sheets/schema';
import {loadSettings} from '../../src/sheets/settings';
import {ALL_SETTINGS} from '../../src/sheets/settings-schema';
import {mustOpenTable} from '../../src/sheets/table';
import {setUpShopIn, SetUpSummary} from '../../src/usecases/setup-shop';

type Emu = ReturnType<typeof createEmulator>;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

let emu: Emu;
let uninstall: (() => void) | null = null;

function start(locale: string): Spreadsheet {
  emu = createEmulator({locale, timeZone: 'Asia/Shanghai'});
  uninstall = emu.install();
  return SpreadsheetApp.getActiveSpreadsheet();
}
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function run(ss: Spreadsheet): {summary: SetUpSummary; shown: string[]} {
  const shown: string[] = [];
  const summary = setUpShopIn({
    ss,
    notify: (title, message) => shown.push(`${title}\n${message}`),
  });
  return {summary, shown};
}

/**
 * The whole workbook. Formula values are computed first: the emulator recalculates
 * lazily, and a value appearing between two snapshots is not a change Set up shop made.
 */
function snapshot(): string {
  emu.ensureCalculated();
  return emu.serialize();
}

function header(sheet: Sheet): unknown[] {
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
}

function columnOf(sheet: Sheet, name: string): number {
  return header(sheet).indexOf(name) + 1;
}

describe.each<[string, Lang]>([
  ['zh_CN', 'zh-CN'],
  ['zh_TW', 'zh-TW'],
  ['en_US', 'en'],
])('an empty spreadsheet in %s', (locale, lang) => {
  test('gets the five tabs, complete, in its language', () => {
    const ss = start(locale);
    const {summary, shown} = run(ss);
    expect(summary.lang).toBe(lang);
    expect(ss.getSheets().map(s => s.getName())).toEqual(
      TABS.map(d => d.names[lang]),
    );
    expect(summary.createdTabs).toEqual(TABS.map(d => d.names[lang]));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain(TABS[0].names[lang]);

    for (const def of [CUSTOMERS, SALES, FEEDBACK, CONTACTS]) {
      const sheet = ss.getSheetByName(def.names[lang]) as Sheet;
      expect(header(sheet)).toEqual(def.columns.map(c => c.names[lang]));
      expect(sheet.getFrozenRows()).toBe(1);
      expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    }
    const sales = ss.getSheetByName(SALES.names[lang]) as Sheet;
    const date = sales.getRange(
      2,
      columnOf(sales, SALES.columns[0].names[lang]),
    );
    expect(date.getNumberFormat()).toBe('yyyy-mm-dd hh:mm');
    const payment = sales
      .getRange(5, columnOf(sales, SALES.columns[6].names[lang]))
      .getDataValidation();
    expect(payment).not.toBeNull();
    const criteria = payment?.getCriteriaValues() as unknown[];
    expect(criteria[0]).toEqual(
      lang === 'en'
        ? ['Cash', 'WeChat Pay', 'Alipay', 'Card', 'Other', 'Stored value']
        : lang === 'zh-CN'
          ? ['现金', '微信支付', '支付宝', '银行卡', '其他', '储值']
          : ['現金', '微信支付', '支付寶', '銀行卡', '其他', '儲值'],
    );
    expect(payment?.getAllowInvalid()).toBe(true);

    const customers = ss.getSheetByName(CUSTOMERS.names[lang]) as Sheet;
    const phone = customers.getRange(
      3,
      columnOf(customers, CUSTOMERS.columns[2].names[lang]),
    );
    expect(phone.getNumberFormat()).toBe('@');

    const feedback = ss.getSheetByName(FEEDBACK.names[lang]) as Sheet;
    const rating = feedback
      .getRange(2, columnOf(feedback, FEEDBACK.columns[3].names[lang]))
      .getDataValidation();
    expect(rating?.getAllowInvalid()).toBe(false);

    const settings = ss.getSheetByName(SETTINGS.names[lang]) as Sheet;
    const rows = settings.getDataRange().getValues();
    expect(rows[0]).toEqual(SETTINGS.columns.map(c => c.names[lang]));
    expect(rows.slice(1).map(r => r[0])).toEqual(
      ALL_SETTINGS.map(d => d.label[lang]),
    );
    const kindOf = (key: string): string => {
      const row = rows.findIndex(
        r => r[0] === ALL_SETTINGS.find(d => d.key === key)?.label[lang],
      );
      const rule = settings.getRange(row + 1, 2).getDataValidation();
      return String(rule?.getCriteriaType() ?? 'none');
    };
    expect(kindOf('language')).toBe('VALUE_IN_LIST');
    expect(kindOf('holidayGreetings')).toBe('CHECKBOX');
    expect(kindOf('gradeA')).toBe('none');
    const read = loadSettings(ss);
    expect(read.problems).toEqual([]);
    expect(read.settings.holidayGreetings).toBe(true);
    expect(read.settings.gradeA).toBe(15);
    expect(read.settings.cadenceE).toBe(90);
    expect(read.settings.windowDays).toBe(90);
  });

  test('a second run changes nothing', () => {
    const ss = start(locale);
    run(ss);
    const before = snapshot();
    const {summary, shown} = run(ss);
    expect(snapshot()).toBe(before);
    expect(summary.unchanged).toBe(true);
    expect(shown[0]).toContain(
      {
        'zh-CN': '没有需要更改',
        'zh-TW': '沒有需要更改',
        en: 'nothing was changed',
      }[lang],
    );
  });
});

test('a tab whose grid is full of the owner columns grows to take ours', () => {
  const ss = start('en_US');
  const sheet = ss.insertSheet('Customers');
  const own = Array.from({length: 26}, (_, i) => `mine ${i + 1}`);
  sheet.getRange(1, 1, 1, 26).setValues([own]);
  run(ss);
  const head = header(sheet);
  expect(head.slice(0, 26)).toEqual(own);
  expect(head.slice(26)).toEqual(CUSTOMERS.columns.map(c => c.names.en));
});

test('the language chosen in Settings wins over the locale', () => {
  const ss = start('en_US');
  const sheet = ss.insertSheet('Settings');
  sheet.getRange(1, 1, 1, 2).setValues([['Language', '繁體中文']]);
  const {summary} = run(ss);
  expect(summary.lang).toBe('zh-TW');
  expect(ss.getSheetByName('客戶')).not.toBeNull();
});

describe('a spreadsheet the owner filled by hand', () => {
  function messy(ss: Spreadsheet): Map<string, unknown[][]> {
    const put = (name: string, rows: unknown[][]): void => {
      const sheet = ss.insertSheet(name);
      const width = Math.max(...rows.map(r => r.length));
      sheet
        .getRange(1, 1, rows.length, width)
        .setValues(
          rows.map(r => [...r, ...new Array(width - r.length).fill('')]),
        );
    };
    // Customers under its traditional name, columns reordered, headers mixed, blank rows.
    put('客戶', [
      ['手机', 'Name', '我的标签', '生日', '', '备注'],
      [13800138000, '张三', '老客', new Date('1990-05-01T00:00:00Z'), '', ''],
      ['', '', '', '', '', ''],
      ["'0755-1234", '\'=HYPERLINK("x")', '', "'1990/5/1", 'loose', ''],
      ['', '', '', '', '', ''],
      ['13900000000', '李四', 'VIP', '', '', '爱喝奶茶'],
    ]);
    // Sales as a cash-register export names it.
    put('orders', [
      ['Time', 'Member', 'Product', 'Total', 'Paid by', 'POS id'],
      [
        new Date('2025-03-05T02:00:00Z'),
        13800138000,
        '辣条',
        12.5,
        '微信',
        'P-001',
      ],
      ["'2025/3/6", 13900000000, '薯片', "'¥8", 'Cash', 'P-002'],
    ]);
    put('我的笔记', [['别动我'], ['=1+1'], ["'=1+1 stays text"]]);
    put('Settings', [
      ['Shop name', '好味小铺'],
      ['A级：每月购买次数≥', '二十'],
      ['跟进', ''],
    ]);
    const before = new Map<string, unknown[][]>();
    for (const s of ss.getSheets()) {
      if (s.getLastRow() === 0) continue;
      before.set(s.getName(), s.getDataRange().getValues());
    }
    return before;
  }

  test('every cell stays where it was; only what is missing is added', () => {
    const ss = start('zh_CN');
    const before = messy(ss);
    const {summary, shown} = run(ss);
    for (const [name, values] of before) {
      const sheet = ss.getSheetByName(name) as Sheet;
      expect(sheet).not.toBeNull();
      const now = sheet
        .getRange(1, 1, values.length, values[0].length)
        .getValues();
      expect([name, now]).toEqual([name, values]);
    }
    // Existing tabs were used, not doubled.
    const names = ss.getSheets().map(s => s.getName());
    expect(
      names.filter(n => ['客戶', '客户', 'Customers'].includes(n)),
    ).toEqual(['客戶']);
    expect(names).toContain('反馈');
    expect(names).toContain('回访');
    expect(names).not.toContain('销售');
    // The two core tabs it lacked, then every feature's own tab (none of them had one).
    expect(summary.createdTabs).toEqual([
      '反馈',
      '回访',
      ...TABS.slice(5).map(d => d.names['zh-CN']),
    ]);

    // Missing columns were added after the owner's last column.
    const customers = ss.getSheetByName('客戶') as Sheet;
    const head = header(customers);
    expect(head.slice(0, 6)).toEqual([
      '手机',
      'Name',
      '我的标签',
      '生日',
      '',
      '备注',
    ]);
    expect(head.slice(6)).toContain('客户编号');
    expect(head.slice(6)).not.toContain('姓名');
    expect(summary.addedColumns.map(a => a.tab)).toEqual(
      expect.arrayContaining(['客戶', 'orders']),
    );

    // The owner's values read back as records; the bad setting falls back and is named.
    const table = mustOpenTable(ss, CUSTOMERS, 'zh-CN');
    expect(table.rows.map(r => r.row)).toEqual([2, 4, 6]);
    expect(table.rows[1].values.name).toBe('=HYPERLINK("x")');
    const read = loadSettings(ss);
    expect(read.settings.shopName).toBe('好味小铺');
    expect(read.settings.gradeA).toBe(15);
    expect(read.problems.map(p => [p.key, p.row])).toEqual([['gradeA', 2]]);
    expect(shown[0]).toContain('您已有的数据均保留在原位');
    expect(shown[0]).toContain(
      '设置「A级：每月购买次数≥」：不是数字（“二十”），已使用默认值 15',
    );
    expect(summary.settingProblems).toHaveLength(1);

    // And a second run now changes nothing.
    const settled = snapshot();
    expect(run(ss).summary.unchanged).toBe(true);
    expect(snapshot()).toBe(settled);
  });
});

describe('through the built bundle', () => {
  test('the menu item sets up the shop and tells the owner', () => {
    emu = createEmulator({locale: 'zh_TW', timeZone: 'Asia/Taipei'});
    const app = emu.loadBundle();
    const summary = app.call('setUpShop', [], {
      authMode: 'FULL',
    }) as SetUpSummary;
    expect(summary.createdTabs).toEqual(TABS.map(d => d.names['zh-TW']));
    expect(emu.spreadsheet.getSheets().map(s => s.getName())).toEqual(
      TABS.map(d => d.names['zh-TW']),
    );
    expect(emu.ui.alerts).toHaveLength(1);
    expect(emu.ui.alerts[0].title).toBe('設定店鋪');
    expect(emu.ui.alerts[0].prompt).toContain('新增工作表：客戶、銷售');
  });

  // LockService reference, Lock.releaseLock: flush pending spreadsheet changes before
  // releasing, or the next holder (a till) may not see the new tabs yet.
  test('the new tabs are flushed before the lock is released', () => {
    emu = createEmulator({locale: 'zh_CN', timeZone: 'Asia/Shanghai'});
    const app = emu.loadBundle();
    app.call('setUpShop', [], {authMode: 'FULL'});
    expect(emu.locks.unflushedReleases).toEqual([]);
  });
});
