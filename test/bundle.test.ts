/**
 * The file `clasp push` uploads is the file tested: dist/Code.js is loaded into node:vm
 * with the emulator as its only globals, and every entry point in src/entry.ts is driven
 * through it. An entry point added to src/entry.ts without a driver here fails this test.
 *
 * The list of entry points is read from the bundle itself (the IIFE's `entryPoints`, which
 * is src/entry.ts compiled), so this test checks the artefact, not the sources.
 */
import {execSync} from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import {BundleApp, createEmulator, Emulator} from '../emulator';

const ROOT = path.resolve(__dirname, '..');
const CODE = path.join(ROOT, 'dist', 'Code.js');
// npm test builds first; a lone `npx jest` run builds here when dist/ is missing.
if (!fs.existsSync(CODE))
  execSync('npm run build', {cwd: ROOT, stdio: 'ignore'});

type Name = string;
interface EntryInfo {
  params: readonly string[];
  customFunction?: string;
}
const entryPoints: Record<Name, EntryInfo> = (() => {
  const ctx = vm.createContext({console});
  vm.runInContext(fs.readFileSync(CODE, 'utf8'), ctx);
  const list = (ctx.__shuke as {entryPoints: Record<string, EntryInfo>})
    .entryPoints;
  return Object.fromEntries(
    Object.entries(list).map(([n, ep]) => [
      n,
      {params: [...ep.params], customFunction: ep.customFunction},
    ]),
  );
})();

function code(): string {
  return fs.readFileSync(CODE, 'utf8');
}

function load(locale = 'zh_CN'): {emu: Emulator; app: BundleApp} {
  const emu = createEmulator({
    locale,
    now: '2025-03-05T02:00:00Z',
    manifest: path.join(ROOT, 'appsscript.json'),
    htmlDir: path.join(ROOT, 'dist'),
  });
  return {emu, app: emu.loadBundle(CODE)};
}

const SERVICE_GLOBALS = [
  'SpreadsheetApp',
  'MailApp',
  'ScriptApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'Session',
  'Utilities',
  'Logger',
  'HtmlService',
];

describe('the file itself', () => {
  test('onOpen and onInstall are top-level function declarations', () => {
    expect(code()).toMatch(/^function onOpen\(e\) \{/m);
    expect(code()).toMatch(/^function onInstall\(e\) \{/m);
  });

  test('every entry point is a top-level function with its parameter names', () => {
    const text = code();
    for (const [name, ep] of Object.entries(entryPoints)) {
      const params = ep.params.join(', ');
      expect(text).toContain(`\nfunction ${name}(${params}) {`);
    }
  });

  test('no import or export statement', () => {
    expect(code()).not.toMatch(/^\s*(import\s*[\w{*'"]|export\s)/m);
    expect(() => new vm.Script(code())).not.toThrow();
  });

  test('loads in a context whose services throw on any use', () => {
    const trap = (name: string) =>
      new Proxy(
        {},
        {
          get(_, prop) {
            throw new Error(`${name}.${String(prop)} used while loading`);
          },
        },
      );
    const sandbox: Record<string, unknown> = {console};
    for (const g of SERVICE_GLOBALS) sandbox[g] = trap(g);
    const ctx = vm.createContext(sandbox);
    expect(() => vm.runInContext(code(), ctx)).not.toThrow();
    expect(typeof sandbox.onOpen).toBe('function');
  });

  test('every menu item names an entry point', () => {
    const {emu, app} = load();
    app.call('onOpen', [{authMode: 'FULL'}]);
    const fns = emu.ui.addonMenu!.items.flatMap(i =>
      'functionName' in i ? [i.functionName] : [],
    );
    expect(fns.length).toBeGreaterThan(0);
    for (const fn of fns) expect(Object.keys(entryPoints)).toContain(fn);
  });

  test('custom functions carry @customfunction on their top-level wrapper', () => {
    const {app} = load();
    const expected = Object.entries(entryPoints)
      .filter(([, ep]) => ep.customFunction)
      .map(([n]) => n);
    expect(app.customFunctions.sort()).toEqual(expected.sort());
  });
});

describe('onOpen and onInstall', () => {
  const menuFns = (() => {
    const {emu, app} = load();
    app.call('onOpen', [{authMode: 'FULL'}]);
    return emu.ui.addonMenu!.items.flatMap(i =>
      'functionName' in i ? [i.functionName] : [],
    );
  })();

  test('AuthMode.NONE: the add-on menu is built and nothing else is touched', () => {
    const {emu, app} = load();
    const before = emu.serialize();
    emu.calls.reset();
    app.call('onOpen', [{authMode: 'NONE'}], {authMode: 'NONE'});
    const menu = emu.ui.addonMenu!;
    expect(
      menu.items.flatMap(i => ('functionName' in i ? [i.functionName] : [])),
    ).toEqual(menuFns);
    for (const method of Object.keys(emu.calls.byMethod('execution'))) {
      expect(method).toMatch(
        /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.\w+|Session\.getActiveUserLocale)$/,
      );
    }
    expect(emu.serialize()).toBe(before);
  });

  test.each(['LIMITED', 'FULL'] as const)(
    'AuthMode.%s: the menu in the spreadsheet’s language',
    mode => {
      const {emu, app} = load('zh_CN');
      app.call('onOpen', [{authMode: mode}], {authMode: mode});
      const captions = emu.ui.addonMenu!.items.flatMap(i =>
        'caption' in i ? [i.caption] : [],
      );
      expect(captions[0]).toBe('打开收银台');
      const en = load('en_US');
      en.app.call('onOpen', [{authMode: mode}], {authMode: mode});
      expect(en.emu.ui.addonMenu!.items[0]).toEqual({
        caption: 'Open counter',
        functionName: 'openCounter',
      });
    },
  );

  test('onInstall (FULL) builds the same menu', () => {
    const {emu, app} = load();
    app.call('onInstall', [{authMode: 'FULL'}], {authMode: 'FULL'});
    expect(
      emu.ui.addonMenu!.items.filter(i => 'functionName' in i),
    ).toHaveLength(menuFns.length);
  });
});

// ------------------------------------------------------------------------------ drivers
interface Ctx {
  emu: Emulator;
  app: BundleApp;
  /** google.script.run, as the sidebar calls it. */
  run(name: Name, ...args: unknown[]): Promise<unknown>;
}

function lastRow(emu: Emulator, tabNames: string[]): number {
  const s = emu.spreadsheet
    .getSheets()
    .find(x => tabNames.includes(x.getName()));
  if (!s) throw new Error(`no tab among ${tabNames.join(', ')}`);
  return s.getLastRow();
}

const SALES = ['销售', 'Sales', '銷售'];
const CUSTOMERS = ['客户', 'Customers', '客戶'];

type Ok<T = unknown> = {ok: true; value: T};
function ok<T>(outcome: unknown): T {
  const o = outcome as Ok<T> | {ok: false; message: string; fields?: unknown};
  if (!o.ok)
    throw new Error(`not ok: ${o.message} ${JSON.stringify(o.fields)}`);
  return o.value;
}

/** Settings keep the owner's email in the row labelled so in any of the three languages. */
function setOwnerEmail(emu: Emulator, email: string): void {
  const s = emu.spreadsheet
    .getSheets()
    .find(x => ['设置', 'Settings', '設定'].includes(x.getName()));
  const labels = s!.getRange(1, 1, s!.getLastRow(), 1).getValues();
  const row =
    labels.findIndex(([v]) => /邮箱|郵箱|e-?mail/i.test(String(v))) + 1;
  if (row < 1) throw new Error('no owner email row in Settings');
  s!.getRange(row, 2).setValue(email);
}

let seq = 0;
const rid = () => `bundle-test-${++seq}`;

async function newCustomer(ctx: Ctx): Promise<string> {
  const done = ok<{customerId?: string; customer?: {id: string}}>(
    await ctx.run('logSale', {
      requestId: rid(),
      customerId: null,
      newCustomer: {name: '王小明', phone: '13800138000'},
      items: '珍珠奶茶',
      amount: '12.5',
      payment: 'cash',
      note: '',
    }),
  );
  const id = done.customerId ?? done.customer?.id;
  if (!id) throw new Error(`no customer id in ${JSON.stringify(done)}`);
  return id;
}

/** One small, real use of each non-custom-function entry point. */
const DRIVERS: Record<Name, (ctx: Ctx) => Promise<void>> = {
  onOpen: async ({app, emu}) => {
    app.call('onOpen', [{authMode: 'FULL'}]);
    expect(emu.ui.addonMenu).toBeDefined();
  },
  onInstall: async ({app, emu}) => {
    app.call('onInstall', [{authMode: 'FULL'}]);
    expect(emu.ui.addonMenu).toBeDefined();
  },
  setUpShop: async ({app, emu}) => {
    app.call('setUpShop');
    expect(emu.spreadsheet.getSheets().length).toBeGreaterThanOrEqual(5);
    // Every formula Shuke writes must name a function the bundle declares.
    const unknown: string[] = [];
    for (const s of emu.spreadsheet.getSheets()) {
      const formulas = s.getDataRange().getFormulas();
      s.getDataRange()
        .getValues()
        .forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === '#NAME?')
              unknown.push(`${s.getName()}!${formulas[i][j]}`);
          }),
        );
    }
    expect(unknown).toEqual([]);
  },
  openCounter: async ({app, emu}) => {
    app.call('openCounter');
    expect(emu.ui.sidebars.at(-1)!.content).toMatch(/<html/i);
  },
  counterBootstrap: async ({run}) => {
    expect(await run('counterBootstrap')).toBeTruthy();
  },
  customerCard: async ctx => {
    const id = await newCustomer(ctx);
    expect(await ctx.run('customerCard', id)).toBeTruthy();
    expect(await ctx.run('customerCard', 'no-such-customer')).toBeNull();
  },
  logSale: async ctx => {
    const before = lastRow(ctx.emu, SALES);
    await newCustomer(ctx);
    expect(lastRow(ctx.emu, SALES)).toBe(before + 1);
    expect(lastRow(ctx.emu, CUSTOMERS)).toBeGreaterThanOrEqual(2);
  },
  logFeedback: async ctx => {
    const id = await newCustomer(ctx);
    ok(
      await ctx.run('logFeedback', {
        requestId: rid(),
        customerId: id,
        kind: 'complaint',
        rating: 2,
        text: '=太甜了',
      }),
    );
  },
  resolveFeedback: async ctx => {
    const id = await newCustomer(ctx);
    ok(
      await ctx.run('logFeedback', {
        requestId: rid(),
        customerId: id,
        kind: 'complaint',
        rating: 1,
        text: '等太久',
      }),
    );
    const row = lastRow(ctx.emu, ['反馈', 'Feedback', '反饋']);
    ok(
      await ctx.run('resolveFeedback', {
        requestId: rid(),
        customerId: id,
        row,
        resolution: '已道歉并赠送小吃',
      }),
    );
  },
  recordContact: async ctx => {
    const id = await newCustomer(ctx);
    ok(
      await ctx.run('recordContact', {
        requestId: rid(),
        customerId: id,
        channel: 'wechat',
        reason: '回访',
        outcome: '满意',
      }),
    );
  },
  turnOnReminders: async ({app, emu}) => {
    setOwnerEmail(emu, 'owner@shop.example');
    app.call('turnOnReminders');
    expect(emu.ui.alerts.length).toBeGreaterThan(0);
    expect(emu.triggers.list.map(t => t.handler)).toEqual(['dailyReminders']);
  },
  turnOffReminders: async ({app, emu}) => {
    setOwnerEmail(emu, 'owner@shop.example');
    app.call('turnOnReminders');
    expect(emu.triggers.list).toHaveLength(1);
    app.call('turnOffReminders');
    expect(
      emu.triggers.list.filter(t => t.handler === 'dailyReminders'),
    ).toHaveLength(0);
  },
  sendRemindersNow: async ({app, emu}) => {
    app.call('sendRemindersNow');
    expect(emu.ui.alerts.length).toBeGreaterThan(0);
  },
  refreshGrades: async ({app, emu}) => {
    app.call('refreshGrades');
    const customers = emu.spreadsheet
      .getSheets()
      .find(x => CUSTOMERS.includes(x.getName()))!;
    const values = customers.getDataRange().getValues().flat();
    expect(
      values.filter(v => typeof v === 'string' && v.startsWith('#')),
    ).toEqual([]);
  },
  // Custom functions called as Sheets calls them: a range as a 2-D array with '' for
  // blanks and Dates for date cells, a single cell as a scalar.
  GRADE: async ({app}) => {
    const cf = {customFunction: true};
    expect(
      app.call('GRADE', [[[16], [12], [''], ['many'], [3], [2.9]]], cf),
    ).toEqual([['A'], ['B'], [''], ['?'], ['D'], ['E']]);
    expect(app.call('GRADE', [4], cf)).toEqual([['D']]);
    expect(app.call('GRADE', [[[12]], [[20], [15], [''], [2]]], cf)).toEqual([
      ['C'],
    ]);
  },
  CUSTOMER_GRADE: async ({app}) => {
    const cf = {customFunction: true};
    const d = (iso: string) => new Date(`${iso}T12:00:00+08:00`);
    const ids = [['C1'], [13800138000], [''], ['C3'], ['#N/A']];
    const sales: Array<[unknown, unknown]> = [
      ['C1', d('2025-02-20')],
      ['13800138000', d('2025-03-01')],
      ['c1 ', d('2025-03-02')],
      ['', ''],
      ['C1', d('2025-03-03')],
      [13800138000, '2025年3月4日'],
      ['C1', '2025/3/4 21:30'],
      ['C1', '昨天'], // unreadable: skipped, the rest still graded
      ['C3', d('2025-03-09')], // after as_of
    ];
    const saleIds = sales.map(r => [r[0]]);
    const saleDates = sales.map(r => [r[1]]);
    const want = [['D'], ['E'], [''], [''], ['?']];
    expect(
      app.call(
        'CUSTOMER_GRADE',
        [ids, saleIds, saleDates, d('2025-03-05'), 90],
        cf,
      ),
    ).toEqual(want);
    // as_of omitted: today in the spreadsheet's time zone (2025-03-05 here).
    expect(app.call('CUSTOMER_GRADE', [ids, saleIds, saleDates], cf)).toEqual(
      want,
    );
    // A month later C1 has not come back: 4 purchases in the 90-day window since
    // 02-20 (span 41 days): 4 × 30 / 41 < 3 → E.
    expect(
      app.call(
        'CUSTOMER_GRADE',
        [ids, saleIds, saleDates, '2025-04-01', ''],
        cf,
      ),
    ).toEqual([['E'], ['E'], [''], ['E'], ['?']]);
  },
  dailyReminders: async ({app, emu}) => {
    setOwnerEmail(emu, 'owner@shop.example');
    app.call('turnOnReminders');
    const runs = emu.advance(2 * 86_400_000);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.filter(r => !r.ok)).toEqual([]);
    app.call('dailyReminders', [{authMode: 'FULL', triggerUid: 'manual'}], {
      trigger: true,
    });
  },
};

/** Sample arguments for custom functions, by parameter name, on a scratch tab. */
const SAMPLE_ARGS: Record<string, string> = {
  customer_ids: "'Probe'!A2:A4",
  customer_phones: "'Probe'!B2:B4",
  sale_customer_ids: "'Probe'!C2:C7",
  sale_dates: "'Probe'!D2:D7",
  sale_amounts: "'Probe'!E2:E7",
  purchases_per_month: "'Probe'!F2:F4",
  as_of: "'Probe'!G2",
  window_days: '90',
};

function probeTab(emu: Emulator): void {
  const s = emu.spreadsheet.insertSheet('Probe');
  s.getRange(1, 1, 7, 7).setValues([
    ['id', 'phone', 'sale id', 'date', 'amount', 'per month', 'as of'],
    [
      'C1',
      "'13800138000",
      'C1',
      new Date('2025-03-01T02:00:00Z'),
      12,
      16,
      new Date('2025-03-05T02:00:00Z'),
    ],
    ['C2', '', 'C1', new Date('2025-03-02T02:00:00Z'), 8, 4, ''],
    ['C3', '', 'C2', new Date('2025-02-01T02:00:00Z'), 30, 0, ''],
    ['', '', 'C1', new Date('2025-03-03T02:00:00Z'), 5, '', ''],
    ['', '', 'C2', new Date('2025-03-04T02:00:00Z'), 6, '', ''],
    ['', '', 'X9', new Date('2025-03-04T02:00:00Z'), 7, '', ''],
  ]);
}

async function customFunctionDriver(name: string, {emu}: Ctx): Promise<void> {
  if (!emu.spreadsheet.getSheetByName('Probe')) probeTab(emu);
  const params = entryPoints[name].params;
  const args: string[] = [];
  for (const p of params) {
    if (!(p in SAMPLE_ARGS)) break; // optional tail this test doesn't know
    args.push(SAMPLE_ARGS[p]);
  }
  // Each test has its own emulator, so one probe cell (with room to spill) suffices.
  const cell = emu.spreadsheet.getSheetByName('Probe')!.getRange('J1');
  cell.setFormula(`=${name}(${args.join(', ')})`);
  const value = cell.getValue();
  expect({name, value}).not.toEqual({
    name,
    value: expect.stringMatching(/^#(NAME\?|ERROR!|REF!|VALUE!)$/),
  });
}

describe('every entry point, through the bundle', () => {
  const names = Object.keys(entryPoints) as Name[];

  test('each one has a driver in this test', () => {
    const missing = names.filter(
      n => !DRIVERS[n] && !entryPoints[n].customFunction,
    );
    expect(missing).toEqual([]);
  });

  test.each(names)('%s', async name => {
    const {emu, app} = load();
    app.call('setUpShop');
    const ctx: Ctx = {emu, app, run: (n, ...args) => emu.scriptRun(n, args)};
    const driver = DRIVERS[name];
    if (driver) await driver(ctx);
    else await customFunctionDriver(name, ctx);
  });
});
