/**
 * The file `clasp push` uploads is the file tested: dist/Code.js is loaded into node:vm
 * with the emulator as its only globals, and every entry point in src/entry.ts is driven
 * through it. An entry point added to src/entry.ts without a driver here fails this test.
 *
 * The list of entry points is read from the bundle itself (the IIFE's `entryPoints`, which
 * is src/entry.ts compiled), so this test checks the artefact, not the sources.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import {BundleApp, createEmulator, Emulator} from '../emulator';
import {IMPORT_DRIVERS} from './import/drivers';
import {LOYALTY_DRIVERS} from './loyalty/drivers';
import {COMPACTION_DRIVERS} from './compaction/drivers';

const ROOT = path.resolve(__dirname, '..');
const CODE = path.join(ROOT, 'dist', 'Code.js');
// jest's global setup (test/global-setup.ts) builds dist/ when it is missing or stale.

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

/** The sale that puts 王小明 on the book: a pearl milk tea, ¥12.5 cash. */
const firstSale = () => ({
  requestId: rid(),
  customerId: null,
  newCustomer: {name: '王小明', phone: '13800138000'},
  items: '珍珠奶茶',
  amount: '12.5',
  payment: 'cash',
  note: '',
});

async function newCustomer(ctx: Ctx, sale = firstSale()): Promise<string> {
  const done = ok<{customerId?: string; customer?: {id: string}}>(
    await ctx.run('logSale', sale),
  );
  const id = done.customerId ?? done.customer?.id;
  if (!id) throw new Error(`no customer id in ${JSON.stringify(done)}`);
  return id;
}

/** A tab's data rows keyed by the book's own headers, as the owner sees them. */
function rowsOf(emu: Emulator, name: string): Array<Record<string, unknown>> {
  const s = emu.spreadsheet.getSheetByName(name);
  if (!s) throw new Error(`no tab ${name}`);
  const [head, ...rows] = s.getDataRange().getValues();
  return rows
    .filter(r => r.some(v => v !== ''))
    .map(r => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
}

/** Every tab's name, values and formulas: what "nothing changed" compares. */
function book(emu: Emulator): string {
  return JSON.stringify(
    emu.spreadsheet.getSheets().map(s => {
      const r = s.getDataRange();
      return [s.getName(), r.getValues(), r.getFormulas()];
    }),
  );
}

/** The alerts raised while f runs (Set up shop has raised one before every driver). */
function alertsOf(emu: Emulator, f: () => void): Array<[string, string]> {
  const before = emu.ui.alerts.length;
  f();
  return emu.ui.alerts.slice(before).map(a => [a.title, a.prompt]);
}

/** The value in Settings' column B beside the label matching re. */
function setting(emu: Emulator, re: RegExp): unknown {
  const row = emu.spreadsheet
    .getSheetByName('设置')!
    .getDataRange()
    .getValues()
    .find(([label]) => re.test(String(label)));
  if (!row) throw new Error(`no Settings row ${re}`);
  return row[1];
}

const NOW = new Date('2025-03-05T02:00:00Z'); // 10:00 in Shanghai
const MIDNIGHT = new Date('2025-03-04T16:00:00Z'); // 2025-03-05 00:00 in Shanghai
const DAY = 86_400_000;
const MENU = [
  'openCounter',
  'checkSpreadsheet',
  'setUpShop',
  'refreshGrades',
  'turnOnReminders',
  'turnOffReminders',
  'sendRemindersNow',
  'judgePromotions',
  'somethingNew',
  'customerDataMenu',
];

/** An open complaint of yesterday: what the owner's digest must list first. */
async function yesterdaysComplaint(ctx: Ctx): Promise<string> {
  const id = await newCustomer(ctx);
  ok(
    await ctx.run('logFeedback', {
      requestId: rid(),
      customerId: id,
      kind: 'complaint',
      rating: 1,
      text: '奶茶太甜',
    }),
  );
  ctx.emu.clock.advance(DAY);
  return id;
}

/** One real use of each non-custom-function entry point, checked by its outcome. */
const DRIVERS: Record<Name, (ctx: Ctx) => Promise<void>> = {
  onOpen: async ({app, emu}) => {
    const before = book(emu);
    const menus = emu.ui.menus.length;
    const alerts = alertsOf(emu, () =>
      app.call('onOpen', [{authMode: 'FULL'}]),
    );
    expect(emu.ui.menus.slice(menus).map(m => m.addon)).toEqual([true]);
    const items = emu.ui.addonMenu!.items.flatMap(i =>
      'functionName' in i ? [[i.caption, i.functionName]] : [],
    );
    expect(items[0]).toEqual(['打开收银台', 'openCounter']);
    expect(items).toContainEqual(['设置店铺', 'setUpShop']);
    expect(items.map(([, fn]) => fn)).toEqual(expect.arrayContaining(MENU));
    expect(alerts).toEqual([]);
    expect(emu.ui.sidebars).toEqual([]);
    expect(book(emu)).toBe(before);
  },
  onInstall: async ({app, emu}) => {
    app.call('onOpen', [{authMode: 'FULL'}]);
    const fromOpen = emu.ui.addonMenu!.items;
    const before = book(emu);
    emu.ui.menus.length = 0;
    app.call('onInstall', [{authMode: 'FULL'}]);
    expect(emu.ui.menus.map(m => m.addon)).toEqual([true]);
    expect(emu.ui.addonMenu!.items).toEqual(fromOpen);
    expect(book(emu)).toBe(before);
  },
  setUpShop: async ({app, emu}) => {
    // The run before every driver made the book and said so.
    expect(emu.ui.alerts.map(a => a.title)).toEqual(['设置店铺']);
    expect(emu.ui.alerts[0].prompt).toMatch(/客户、销售、反馈、回访、设置/);
    const tabs = emu.spreadsheet.getSheets();
    expect(tabs.map(s => s.getName()).slice(0, 5)).toEqual([
      '客户',
      '销售',
      '反馈',
      '回访',
      '设置',
    ]);
    expect(tabs.map(s => s.getName())).toContain('促销活动');
    for (const s of tabs) expect(s.getFrozenRows()).toBe(1);
    const header = (name: string) =>
      emu.spreadsheet.getSheetByName(name)!.getRange(1, 1, 1, 3).getValues()[0];
    expect(header('客户')).toEqual(['客户编号', '姓名', '手机号']);
    expect(header('销售')).toEqual(['日期时间', '客户', '商品']);
    expect(setting(emu, /^语言$/)).toBe('简体中文');
    expect(setting(emu, /^等级计算日期$/)).toEqual(MIDNIGHT);
    // Every formula Shuke writes must name a function the bundle declares.
    const unknown: string[] = [];
    for (const s of tabs) {
      const formulas = s.getDataRange().getFormulas();
      s.getDataRange()
        .getValues()
        .forEach((row, i) =>
          row.forEach((v, j) => {
            if (typeof v === 'string' && /^#(NAME\?|ERROR!|REF!)/.test(v))
              unknown.push(`${s.getName()}!${formulas[i][j]} = ${v}`);
          }),
        );
    }
    expect(unknown).toEqual([]);
    expect(
      tabs[0]
        .getRange(2, 1, 1, tabs[0].getLastColumn())
        .getFormulas()[0]
        .filter(f => /^=CUSTOMER_FIGURES\(/.test(f)),
    ).toHaveLength(1);
    // Again: nothing to add, nothing changed, and it says so.
    const before = book(emu);
    const again = alertsOf(emu, () => app.call('setUpShop'));
    expect(again).toHaveLength(1);
    expect(again[0][0]).toBe('设置店铺');
    expect(again[0][1]).not.toBe(emu.ui.alerts[0].prompt);
    expect(book(emu)).toBe(before);
  },
  doGet: async ({emu}) => {
    // The phone project: the same Code.js with phone/appsscript.json's scopes and web app.
    const phone = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'phone', 'appsscript.json'), 'utf8'),
    ) as {oauthScopes: string[]; webapp: Parameters<Emulator['webApp']>[0]};
    emu.rt.scopes = new Set(phone.oauthScopes);
    const web = emu.webApp(phone.webapp);
    const owner = web.deployer;
    const unset = web.get(owner);
    expect(unset.servedBy === 'script' && unset.page.content).toContain(
      'SHUKE_SPREADSHEET_ID',
    );
    emu.properties.script.SHUKE_SPREADSHEET_ID = emu.workbook.id;
    const r = web.get(owner, {id: 'ignored'});
    if (r.servedBy !== 'script') throw new Error(r.refusal);
    expect(r.page.title).toBe('熟客 · 收银台');
    expect(r.page.content).toBe(
      fs.readFileSync(path.join(ROOT, 'dist', 'sidebar.html'), 'utf8'),
    );
    expect(r.page.metaTags).toContainEqual({
      name: 'viewport',
      content: expect.stringContaining('width=device-width'),
    });
    const boot = (await web.run(owner, 'counterBootstrap')) as {lang: string};
    expect(boot.lang).toBe('zh-CN');
    expect(web.get('stranger@gmail.com')).toEqual({
      servedBy: 'google',
      refusal: 'you need access',
    });
  },
  openCounter: async ({app, emu}) => {
    app.call('openCounter');
    expect(emu.ui.sidebars).toHaveLength(1);
    const [bar] = emu.ui.sidebars;
    expect(bar).toMatchObject({title: '熟客 · 收银台', width: 300});
    expect(bar.content).toBe(
      fs.readFileSync(path.join(ROOT, 'dist', 'sidebar.html'), 'utf8'),
    );
  },
  counterBootstrap: async ctx => {
    const empty = (await ctx.run('counterBootstrap')) as Record<
      string,
      unknown
    >;
    expect(empty).toMatchObject({
      lang: 'zh-CN',
      currency: '¥',
      todayIso: '2025-03-05',
      topItems: [],
      notices: [],
      customers: {ids: [], names: [], phones: [], grades: []},
    });
    const id = await newCustomer(ctx);
    expect(await ctx.run('counterBootstrap')).toMatchObject({
      topItems: ['珍珠奶茶'],
      customers: {
        ids: [id],
        names: ['王小明'],
        phones: ['13800138000'],
        grades: ['E'],
        daysSince: [0],
      },
    });
  },
  counterCustomers: async ctx => {
    const id = await newCustomer(ctx);
    // A customer typed into the Customers tab by hand after the counter opened.
    const tab = ctx.emu.spreadsheet.getSheetByName('客户')!;
    const head = tab.getRange(1, 1, 1, tab.getLastColumn()).getValues()[0];
    const line = head.map(h =>
      h === '姓名' ? '陈大文' : h === '手机号' ? '13900008001' : '',
    );
    tab.appendRow(line);
    expect(await ctx.run('counterCustomers')).toMatchObject({
      notices: [],
      customers: {
        ids: [id, '13900008001'],
        names: ['王小明', '陈大文'],
        phones: ['13800138000', '13900008001'],
      },
    });
  },
  customerCard: async ctx => {
    const id = await newCustomer(ctx);
    expect(await ctx.run('customerCard', id)).toMatchObject({
      id,
      name: '王小明',
      phone: '13800138000',
      grade: 'E',
      visits: 1,
      spend: 12.5,
      lastVisitDaysAgo: 0,
      favourites: [{item: '珍珠奶茶', count: 1}],
      complaints: [],
    });
    // An unknown key is no card, not an error.
    expect(await ctx.run('customerCard', 'no-such-customer')).toBeNull();
  },
  logSale: async ctx => {
    const request = {
      requestId: rid(),
      customerId: null,
      newCustomer: {name: '王小明', phone: '013800138000'},
      items: '珍珠奶茶',
      amount: '12.5',
      payment: 'wechat',
      note: '+少冰',
    };
    const done = ok<{customerId: string; amount: number; points: number}>(
      await ctx.run('logSale', request),
    );
    expect(done).toMatchObject({amount: 12.5, items: '珍珠奶茶'});
    const id = done.customerId;
    expect(rowsOf(ctx.emu, '销售')).toEqual([
      expect.objectContaining({
        日期时间: NOW,
        客户: id,
        商品: '珍珠奶茶',
        金额: 12.5,
        支付方式: '微信支付',
        积分: done.points,
        备注: '+少冰',
        请求编号: request.requestId,
      }),
    ]);
    expect(rowsOf(ctx.emu, '客户')).toEqual([
      expect.objectContaining({
        客户编号: id,
        姓名: '王小明',
        手机号: '013800138000',
        建档日期: MIDNIGHT,
      }),
    ]);
    // The sidebar resending the same request writes nothing more.
    const again = (await ctx.run('logSale', request)) as {repeated: boolean};
    expect(again).toMatchObject({ok: true, repeated: true});
    expect(rowsOf(ctx.emu, '销售')).toHaveLength(1);
    expect(rowsOf(ctx.emu, '客户')).toHaveLength(1);
  },
  logFeedback: async ctx => {
    const id = await newCustomer(ctx);
    const request = {
      requestId: rid(),
      customerId: id,
      kind: 'complaint',
      rating: 2,
      text: '=太甜了',
    };
    expect(await ctx.run('logFeedback', request)).toMatchObject({
      ok: true,
      repeated: false,
      value: {date: NOW.toISOString(), kind: 'complaint'},
    });
    expect(rowsOf(ctx.emu, '反馈')).toEqual([
      expect.objectContaining({
        日期: NOW,
        客户: id,
        类型: '投诉',
        评分: 2,
        内容: '=太甜了',
        状态: '未解决',
        请求编号: request.requestId,
      }),
    ]);
    // Hostile text stays text: no formula in the book.
    const tab = ctx.emu.spreadsheet.getSheetByName('反馈')!;
    expect(tab.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
    const card = (await ctx.run('customerCard', id)) as {
      complaints: Array<{text: string; row: number}>;
    };
    expect(card.complaints).toEqual([
      expect.objectContaining({text: '=太甜了', row: 2}),
    ]);
  },
  resolveFeedback: async ctx => {
    const id = await yesterdaysComplaint(ctx);
    const request = {
      requestId: rid(),
      customerId: id,
      row: 2,
      resolution: '已道歉并赠送小吃',
    };
    expect(await ctx.run('resolveFeedback', request)).toEqual({
      ok: true,
      repeated: false,
      value: {row: 2, resolvedOn: '2025-03-06'},
    });
    expect(rowsOf(ctx.emu, '反馈')).toEqual([
      expect.objectContaining({
        客户: id,
        状态: '已解决',
        处理结果: '已道歉并赠送小吃',
        解决日期: new Date(MIDNIGHT.getTime() + DAY),
      }),
    ]);
    expect(await ctx.run('customerCard', id)).toMatchObject({complaints: []});
  },
  recordContact: async ctx => {
    const id = await newCustomer(ctx);
    const request = {
      requestId: rid(),
      customerId: id,
      channel: 'wechat',
      reason: '回访',
      outcome: '满意',
    };
    expect(await ctx.run('recordContact', request)).toEqual({
      ok: true,
      repeated: false,
      value: {date: NOW.toISOString(), day: 20152},
    });
    expect(rowsOf(ctx.emu, '回访')).toEqual([
      expect.objectContaining({
        日期: NOW,
        客户: id,
        方式: '微信',
        原因: '回访',
        结果: '满意',
        请求编号: request.requestId,
      }),
    ]);
  },
  counterTill: async ctx => {
    const none = {count: 0, total: 0};
    const empty = {
      count: 0,
      total: 0,
      byPayment: [],
      fromBalances: none,
      topUps: none,
      refunds: none,
      unreadable: 0,
      voided: 0,
    };
    expect(await ctx.run('counterTill')).toEqual({
      today: {iso: '2025-03-05', ...empty},
      yesterday: {iso: '2025-03-04', ...empty},
    });
    await newCustomer(ctx); // ¥12.5 cash
    ok(
      await ctx.run('logSale', {
        requestId: rid(),
        customerId: null,
        newCustomer: null,
        items: '冰红茶',
        amount: '3',
        payment: 'wechat',
        note: '',
      }),
    );
    expect(await ctx.run('counterTill')).toEqual({
      today: {
        iso: '2025-03-05',
        count: 2,
        total: 15.5,
        byPayment: [
          {
            payment: 'cash',
            count: 1,
            total: 12.5,
            topUpCount: 0,
            topUpTotal: 0,
            refundCount: 0,
            refundTotal: 0,
          },
          {
            payment: 'wechat',
            count: 1,
            total: 3,
            topUpCount: 0,
            topUpTotal: 0,
            refundCount: 0,
            refundTotal: 0,
          },
        ],
        // No stored value in this book: nothing spent from, put on or refunded from balances.
        fromBalances: none,
        topUps: none,
        refunds: none,
        unreadable: 0,
        voided: 0,
      },
      yesterday: {iso: '2025-03-04', ...empty},
    });
  },
  // A customer's data (usecases/privacy): each checked by what it leaves in the book.
  customerExport: async ctx => {
    const id = await newCustomer(ctx);
    const copy = (await ctx.run('customerExport', id)) as {
      fileName: string;
      csv: string;
      tabs: Array<{tab: string; rows: number}>;
    };
    expect(copy.fileName).toMatch(/^熟客资料-C00001-2025-03-05\.csv$/);
    // The points ledger's line of that sale too: every tab with a Customer column.
    expect(copy.tabs).toEqual([
      {tab: '客户', rows: 1},
      {tab: '销售', rows: 1},
      {tab: '积分记录', rows: 1},
    ]);
    expect(copy.csv).toContain('王小明');
    expect(copy.csv).toContain('珍珠奶茶');
    expect(await ctx.run('customerExport', 'C99999')).toBeNull();
  },
  erasurePreview: async ctx => {
    const id = await newCustomer(ctx);
    expect(await ctx.run('erasurePreview', id)).toEqual({
      name: '王小明',
      removed: [{tab: '客户', rows: 1}],
      unlinked: [
        {tab: '销售', rows: 1},
        {tab: '积分记录', rows: 1},
      ],
      mentions: 0,
      nameShared: false,
    });
  },
  eraseCustomer: async ctx => {
    const id = await newCustomer(ctx);
    const request = {requestId: rid(), customerId: id, by: '小李'};
    expect(await ctx.run('eraseCustomer', request)).toEqual({
      ok: true,
      repeated: false,
      value: {rows: 3},
    });
    expect(rowsOf(ctx.emu, '客户')).toEqual([]);
    expect(rowsOf(ctx.emu, '销售')).toEqual([
      expect.objectContaining({客户: '', 金额: 12.5}),
    ]);
    expect(rowsOf(ctx.emu, '删除记录')).toEqual([
      expect.objectContaining({经办人: '小李', 行数: 3, 状态: '完成'}),
    ]);
    expect(book(ctx.emu)).not.toMatch(/王小明|13800138000/);
    const again = (await ctx.run('eraseCustomer', request)) as {
      repeated: boolean;
    };
    expect(again.repeated).toBe(true);
  },
  recordConsent: async ctx => {
    const id = await newCustomer(ctx);
    ok(
      await ctx.run('recordConsent', {
        requestId: rid(),
        customerId: id,
        status: 'withdrawn',
        how: 'counter',
        purposes: ['email', 'messages'],
        by: '小李',
      }),
    );
    expect(rowsOf(ctx.emu, '隐私记录')).toEqual([
      expect.objectContaining({
        客户: id,
        事项: '同意记录',
        状态: '撤回',
        用途: '邮件问候、电话/微信消息',
        方式: '店内当面',
      }),
    ]);
    expect(rowsOf(ctx.emu, '客户')[0].营销同意).toBe('已退订');
  },
  correctCustomer: async ctx => {
    const id = await newCustomer(ctx);
    expect(
      ok(
        await ctx.run('correctCustomer', {
          requestId: rid(),
          customerId: id,
          fields: {name: '王晓明', email: 'wxm@example.com'},
          by: '',
        }),
      ),
    ).toEqual({changed: ['name', 'email'], customerId: id});
    expect(rowsOf(ctx.emu, '客户')[0]).toMatchObject({
      姓名: '王晓明',
      邮箱: 'wxm@example.com',
    });
    expect(rowsOf(ctx.emu, '隐私记录')).toEqual([
      expect.objectContaining({事项: '更正', 说明: '姓名、邮箱'}),
    ]);
  },
  keepCustomer: async ctx => {
    const id = await newCustomer(ctx);
    ok(
      await ctx.run('keepCustomer', {
        requestId: rid(),
        customerId: id,
        reason: '储值卡还有余额',
        by: '',
      }),
    );
    expect(rowsOf(ctx.emu, '隐私记录')).toEqual([
      expect.objectContaining({客户: id, 事项: '保留', 说明: '储值卡还有余额'}),
    ]);
  },
  customerDataMenu: async ctx => {
    const id = await newCustomer(ctx);
    // Nobody by that key: said, and no dialog.
    ctx.emu.ui.answer('OK', 'C99999');
    ctx.app.call('customerDataMenu');
    expect(ctx.emu.ui.alerts.at(-1)?.prompt).toContain('找不到“C99999”');
    expect(ctx.emu.ui.shown).toEqual([]);
    // By phone: the copy in a dialog, the name escaped, the CSV in the page's script.
    ctx.emu.ui.answer('OK', '13800138000');
    ctx.app.call('customerDataMenu');
    expect(ctx.emu.ui.shown.map(s => [s.kind, s.title])).toEqual([
      ['modal', '熟客 · 顾客资料（查阅复制）'],
    ]);
    const html = ctx.emu.ui.shown[0].content;
    expect(html).toContain('客户：1 行');
    expect(html).toContain(`熟客资料-${id}-2025-03-05.csv`);
    expect(html).toContain('王小明');
    // Cancel: nothing more.
    ctx.emu.ui.answer('CANCEL');
    ctx.app.call('customerDataMenu');
    expect(ctx.emu.ui.shown).toHaveLength(1);
  },
  voidSale: async ctx => {
    const sale = firstSale();
    const customerId = await newCustomer(ctx, sale);
    const mark = '作废 · 小李 · 2025-03-05 10:00';
    expect(
      await ctx.run('voidSale', {
        requestId: rid(),
        saleRequestId: sale.requestId,
        by: '小李',
      }),
    ).toEqual({
      ok: true,
      repeated: false,
      value: {saleRequestId: sale.requestId, mark, customerId},
    });
    // The row stays, marked; the till leaves it out.
    expect(rowsOf(ctx.emu, '销售')).toEqual([
      expect.objectContaining({
        请求编号: sale.requestId,
        作废: mark,
        金额: 12.5,
      }),
    ]);
    expect(await ctx.run('counterTill')).toMatchObject({
      today: {count: 0, total: 0, voided: 1},
    });
    // Voided again from another device: one mark, the first.
    expect(
      await ctx.run('voidSale', {
        requestId: rid(),
        saleRequestId: sale.requestId,
        by: '小王',
      }),
    ).toMatchObject({ok: true, repeated: true, value: {mark}});
    expect(rowsOf(ctx.emu, '销售')[0]['作废']).toBe(mark);
  },
  turnOnReminders: async ({app, emu}) => {
    // Without an owner email there is nobody to remind: refused, and said why.
    expect(alertsOf(emu, () => app.call('turnOnReminders'))).toEqual([
      ['每日提醒', expect.stringContaining('店长邮箱')],
    ]);
    expect(emu.triggers.list).toEqual([]);
    setOwnerEmail(emu, 'owner@shop.example');
    const alerts = alertsOf(emu, () => app.call('turnOnReminders'));
    expect(alerts).toEqual([
      ['每日提醒', expect.stringMatching(/8 点.*owner@shop\.example/)],
    ]);
    expect(emu.triggers.list).toEqual([
      expect.objectContaining({
        handler: 'dailyReminders',
        schedule: expect.objectContaining({
          atHour: 8,
          timeZone: 'Asia/Shanghai',
        }),
      }),
    ]);
    expect(setting(emu, /^每日提醒状态$/)).toMatch(
      /^已开启.*owner@shop\.example/,
    );
    // Turning on again replaces the trigger rather than adding a second.
    app.call('turnOnReminders');
    expect(emu.triggers.list).toHaveLength(1);
  },
  turnOffReminders: async ({app, emu}) => {
    setOwnerEmail(emu, 'owner@shop.example');
    app.call('turnOnReminders');
    expect(emu.triggers.list).toHaveLength(1);
    expect(alertsOf(emu, () => app.call('turnOffReminders'))).toEqual([
      ['每日提醒', expect.stringContaining('已关闭')],
    ]);
    expect(emu.triggers.list).toEqual([]);
    expect(setting(emu, /^每日提醒状态$/)).toBe('已关闭');
    // Nothing fires any more: days pass without a run or an email.
    expect(emu.advance(2 * DAY)).toEqual([]);
    expect(emu.outbox).toEqual([]);
  },
  sendRemindersNow: async ctx => {
    const {app, emu} = ctx;
    await yesterdaysComplaint(ctx);
    setOwnerEmail(emu, 'owner@shop.example');
    const alerts = alertsOf(emu, () => app.call('sendRemindersNow'));
    expect(alerts).toEqual([
      ['每日提醒', expect.stringContaining('提醒 1 条')],
    ]);
    expect(emu.outbox).toHaveLength(1);
    const [digest] = emu.outbox;
    expect(digest.to).toEqual(['owner@shop.example']);
    expect(digest.body).toContain('王小明');
    expect(digest.body).toContain('奶茶太甜');
    expect(setting(emu, /^上次提醒运行$/)).toBe(alerts[0][1]);
    // Again the same day: never repeats what was already sent.
    app.call('sendRemindersNow');
    expect(emu.outbox).toHaveLength(1);
  },
  refreshGrades: async ctx => {
    const {app, emu} = ctx;
    await newCustomer(ctx);
    emu.clock.advance(40 * DAY);
    const alerts = alertsOf(emu, () => app.call('refreshGrades'));
    expect(alerts).toEqual([
      [
        '客户等级',
        expect.stringMatching(/^等级已按 2025-04-14 更新：1 位客户。/),
      ],
    ]);
    expect(setting(emu, /^等级计算日期$/)).toEqual(
      new Date(MIDNIGHT.getTime() + 40 * DAY),
    );
    // The grade formulas follow the new date: 40 days since the visit.
    const [customer] = rowsOf(emu, '客户');
    expect(customer).toMatchObject({等级: 'E', 最近到店: MIDNIGHT});
    const values = emu.spreadsheet
      .getSheetByName('客户')!
      .getDataRange()
      .getValues()
      .flat();
    expect(
      values.filter(v => typeof v === 'string' && v.startsWith('#')),
    ).toEqual([]);
  },
  updateDashboard: async ctx => {
    const {app, emu} = ctx;
    await newCustomer(ctx);
    app.call('updateDashboard');
    const tab = emu.workbook.sheets.find(s => s.name === '看板');
    expect(tab?.charts.map(c => c.type)).toEqual([
      'LINE',
      'COLUMN',
      'BAR',
      'BAR',
      'PIE',
      'COLUMN',
      'LINE',
      'COLUMN',
    ]);
    const cells = emu.spreadsheet
      .getSheetByName('看板')!
      .getDataRange()
      .getDisplayValues();
    expect(cells.some(r => r[0] === '珍珠奶茶' && r[1] === '1')).toBe(true);
    expect(emu.ui.toasts.at(-1)?.message).toBe('看板已更新：看板');
    // Again: the same charts, updated in place.
    const ids = tab!.charts.map(c => c.id);
    app.call('updateDashboard');
    expect(tab!.charts.map(c => c.id)).toEqual(ids);
  },
  judgePromotions: async ctx => {
    const {app, emu} = ctx;
    await newCustomer(ctx);
    const tab = emu.spreadsheet.getSheetByName('促销活动')!;
    tab
      .getRange(2, 1, 1, 4)
      .setValues([
        [
          '开业周',
          new Date('2025-02-24T00:00:00+08:00'),
          new Date('2025-03-02T00:00:00+08:00'),
          '全部',
        ],
      ]);
    const alerts = alertsOf(emu, () => app.call('judgePromotions'));
    expect(alerts).toEqual([
      [
        '评估促销活动',
        '已评估 1 个促销活动，结果写在「促销活动」表中每一行旁边。',
      ],
    ]);
    const [row] = rowsOf(emu, '促销活动');
    expect(row['已过天数']).toBe(7);
    expect(row['来客']).toBe(0);
    expect(row['结论']).toMatch(/^之前的销售记录不够/);
  },
  somethingNew: async ctx => {
    const {app, emu} = ctx;
    await newCustomer(ctx);
    emu.ui.answer('OK', '奶茶');
    const alerts = alertsOf(emu, () => app.call('somethingNew'));
    expect(alerts).toEqual([
      [
        '上新通知',
        '新到了什么商品或品类？熟客会列出买过或喜欢它的客户，每人附一条可复制的消息。',
      ],
      [
        '上新通知',
        '「奶茶」：新列入「上新通知」表 1 位客户。今天已列过、不重复列：0 位；不同意营销、未列入：0 位。',
      ],
    ]);
    const [row] = rowsOf(emu, '上新通知');
    expect(row['姓名']).toBe('王小明');
    expect(row['已告知']).toBe(false);
    expect(row['消息（可复制）']).toMatch(
      /^王小明您好！新到了奶茶。您常买珍珠奶茶/,
    );
  },
  tellFans: async ctx => {
    await newCustomer(ctx);
    const first = ok<{listed: number}>(
      await ctx.run('tellFans', {requestId: rid(), item: '珍珠奶茶'}),
    );
    expect(first.listed).toBe(1);
    const again = ok<{listed: number; already: number}>(
      await ctx.run('tellFans', {requestId: rid(), item: '珍珠奶茶'}),
    );
    expect(again).toMatchObject({listed: 0, already: 1});
    expect(rowsOf(ctx.emu, '上新通知')).toHaveLength(1);
  },
  checkSpreadsheet: async ctx => {
    const {app, emu} = ctx;
    await newCustomer(ctx);
    const before = book(emu);
    type Report = {
      title: string;
      lines: Array<{id: string; ok: boolean; text: string}>;
      text: string;
    };
    const report = app.call('checkSpreadsheet') as Report;
    // The probe it runs leaves the owner's book as it was.
    expect(book(emu)).toBe(before);
    expect(report.lines.map(l => [l.id, l.ok])).toEqual(
      expect.arrayContaining(
        ['zones', 'dates', 'features', 'mail', 'reminders', 'cells', 'grades']
          .concat(['tab:customers', 'tab:sales', 'tab:settings'])
          .map(id => [id, true]),
      ),
    );
    expect(report.lines.filter(l => !l.ok)).toEqual([]);
    expect(report.lines.find(l => l.id === 'mail')!.text).toContain('100');
    // Shown in one dialog, every line in it, the owner's text escaped.
    expect(emu.ui.shown.map(s => [s.kind, s.title])).toEqual([
      ['modal', '熟客 · 诊断'],
    ]);
    const escaped = report.text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
    expect(emu.ui.shown[0].content).toContain(escaped);
    // A grade column broken by the owner's typing (a value where a grade spills) is
    // reported as something to do.
    const customers = emu.spreadsheet.getSheetByName('客户')!;
    const gradeCol =
      customers
        .getRange(1, 1, 1, customers.getLastColumn())
        .getValues()[0]
        .indexOf('等级') + 1;
    customers.getRange(3, 1, 1, 2).setValues([['C00002', '李四']]);
    customers.getRange(3, gradeCol).setValue('挡住');
    const broken = app.call('checkSpreadsheet') as Report;
    expect(broken.lines.filter(l => !l.ok).map(l => l.id)).toEqual(['grades']);
  },
  ...IMPORT_DRIVERS,
  ...LOYALTY_DRIVERS,
  ...COMPACTION_DRIVERS,
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
  dailyReminders: async ctx => {
    const {app, emu} = ctx;
    await yesterdaysComplaint(ctx);
    setOwnerEmail(emu, 'owner@shop.example');
    app.call('turnOnReminders');
    // The next 08:00 in Shanghai: one run, one digest to the owner.
    const runs = emu.advance(DAY);
    expect(runs.map(r => [r.trigger.handler, r.ok])).toEqual([
      ['dailyReminders', true],
    ]);
    expect(emu.outbox.map(m => m.to)).toEqual([['owner@shop.example']]);
    expect(emu.outbox[0].body).toContain('王小明');
    expect(setting(emu, /^上次提醒运行$/)).toMatch(
      /^2025-03-07 08:00｜完成｜提醒 1 条/,
    );
    // The same day again (a second trigger, a retry): nothing is sent twice.
    app.call('dailyReminders', [{authMode: 'FULL', triggerUid: 'manual'}], {
      trigger: true,
    });
    expect(emu.outbox).toHaveLength(1);
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
  value: "'Probe'!D2",
  // The sales columns stand in for a Points tab's Customer and Change columns.
  ledger_customers: "'Probe'!C2:C7",
  ledger_changes: "'Probe'!E2:E7",
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

/**
 * What each custom function gives on the probe tab, worked out by hand from the README's
 * rules (as of 2025-03-05; C1 bought 03-01, 03-02, 03-03 for 25 in all; C2 bought 02-01
 * and 03-04 for 36; C3 never; X9 is no customer of theirs). One row per customer and a
 * blank below: the column spills exactly three cells.
 */
const CF_EXPECTED: Record<Name, unknown[]> = {
  // 16, 4 and 0 purchases a month.
  GRADE: ['A', 'D', 'E', ''],
  // C1: 3 × 30 / 30 (a 5-day span clamped to 30) = 3 → D; C2: 2 × 30 / 33 → E.
  CUSTOMER_GRADE: ['D', 'E', '', ''],
  CUSTOMER_PER_MONTH: [3, 1.82, '', ''],
  // Days at midnight in Shanghai.
  CUSTOMER_LAST_VISIT: [
    new Date('2025-03-02T16:00:00Z'),
    new Date('2025-03-03T16:00:00Z'),
    '',
    '',
  ],
  CUSTOMER_DAYS_SINCE: [2, 1, '', ''],
  CUSTOMER_SPEND: [25, 36, '', ''],
  // C1 grade D: loyal; C2 grade E, spend under the VIP line: occasional.
  CUSTOMER_SEGMENT: ['常客', '偶尔光顾', '潜在客户', ''],
  // C1 first bought 4 days ago: new; C2 32 days ago and back yesterday: active.
  CUSTOMER_LIFECYCLE: ['新客', '活跃', '潜在', ''],
  // Grade D and E are below the VIP grade B, and neither spent 1,000.
  CUSTOMER_VALUE: ['普通客户', '普通客户', '潜在客户', ''],
  // All the figures at once; its first column is the grade (the rest spill to the
  // right: test/grades/customer-figures.test.ts checks them through the bundle).
  CUSTOMER_FIGURES: ['D', 'E', '', ''],
  // The amounts read as points: C1 12 + 8 + 5, C2 30 + 6, C3 none; X9 is not asked.
  CUSTOMER_POINTS: [25, 36, 0, ''],
  // The self-check's probe: a date cell arrives as that instant.
  SHUKE_PROBE: [`date:${Date.parse('2025-03-01T02:00:00Z')}`, '', '', ''],
};

async function customFunctionDriver(name: string, {emu}: Ctx): Promise<void> {
  if (!emu.spreadsheet.getSheetByName('Probe')) probeTab(emu);
  const params = entryPoints[name].params;
  const args: string[] = [];
  for (const p of params) {
    if (!(p in SAMPLE_ARGS)) break; // optional tail this test doesn't know
    args.push(SAMPLE_ARGS[p]);
  }
  // Each test has its own emulator, so one probe cell (with room to spill) suffices.
  const probe = emu.spreadsheet.getSheetByName('Probe')!;
  probe.getRange('J1').setFormula(`=${name}(${args.join(', ')})`);
  const got = probe
    .getRange('J1:J4')
    .getValues()
    .map(([v]) => v);
  expect({name, got}).toEqual({name, got: CF_EXPECTED[name]});
}

describe('every entry point, through the bundle', () => {
  const names = Object.keys(entryPoints) as Name[];

  test('each one has a driver in this test', () => {
    const missing = names.filter(n =>
      entryPoints[n].customFunction ? !(n in CF_EXPECTED) : !DRIVERS[n],
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
