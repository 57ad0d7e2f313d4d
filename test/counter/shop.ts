/**
 * A shop on the emulator for the counter's tests, its end-to-end tests and the bench: tabs
 * set up, records written under the tabs' own headers, customers and a sale request.
 */
import * as path from 'node:path';
import {createEmulator} from '../../emulator';
import {setUpShopIn} from '../../src/usecases/setup-shop';
import {CounterDeps} from '../../src/usecases/counter';
import {SaleRequest} from '../../src/domain/counter/wire';
import {documentLocker} from '../../src/services/lock';
import {documentCache} from '../../src/usecases/counter-context';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {TabDef} from '../../src/sheets/schema';
import {mapColumns} from '../../src/sheets/tabs';

export type Emu = ReturnType<typeof createEmulator>;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A shop with its tabs set up; the emulator's globals are installed (call uninstall). */
export function newShop(
  locale = 'zh_CN',
  now = '2025-06-15T04:00:00Z',
): {emu: Emu; uninstall: () => void} {
  const emu = createEmulator({locale, timeZone: 'Asia/Shanghai', now});
  const uninstall = emu.install();
  emu.run(() =>
    setUpShopIn({
      ss: emu.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
      installFormulas: () => {},
    }),
  );
  return {emu, uninstall};
}

/** The customers most counter tests start from. */
export const ZHANG = {id: 'C00001', name: '张三', phone: '13800138000'};
export const LI = {id: 'C00002', name: '李四', phone: '13900139000'};

/**
 * A fresh shop (newShop) for each test of the enclosing block, or one for all of them
 * with `once`, its `customers` already on the Customers tab; uninstalled after. The shop
 * is handed to `use`, as jest's hooks only run once the tests do.
 */
export function shopForTests(
  use: (emu: Emu) => void,
  o: {
    locale?: string;
    now?: string;
    customers?: ReadonlyArray<Record<string, unknown>>;
    once?: boolean;
  } = {},
): void {
  let uninstall = () => {};
  (o.once ? beforeAll : beforeEach)(() => {
    const shop = newShop(o.locale, o.now);
    uninstall = shop.uninstall;
    putRows(shop.emu, CUSTOMERS, o.customers ?? []);
    use(shop.emu);
  });
  (o.once ? afterAll : afterEach)(() => uninstall());
}

/** The artefact clasp pushes; test/global-setup.ts builds it once for the whole run. */
export const CODE = path.resolve(__dirname, '../../dist/Code.js');

/** A shop set up by the built bundle, as the owner's Set up shop menu item does. */
export function bundleShop(
  locale = 'zh_CN',
  now: string | Date = '2026-03-10T06:00:00Z',
) {
  const emu = createEmulator({locale, timeZone: 'Asia/Shanghai', now});
  const app = emu.loadBundle(CODE);
  app.call('setUpShop', []);
  return {emu, app};
}

export function deps(emu: Emu): CounterDeps {
  return {
    spreadsheet: () => SpreadsheetApp.getActiveSpreadsheet(),
    locker: documentLocker(1000),
    cache: documentCache(),
    now: () => emu.clock.now(),
    flush: () => SpreadsheetApp.flush(),
  };
}

export function sheetOf(emu: Emu, def: TabDef): Sheet {
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const s = ss
    .getSheets()
    .find(x => Object.values(def.names).includes(x.getName()));
  if (!s) throw new Error(`no ${def.key}`);
  return s as unknown as Sheet;
}

/** Writes records under the tab's own headers (whatever their order), after its last row. */
export function putRows(
  emu: Emu,
  def: TabDef,
  records: ReadonlyArray<Record<string, unknown>>,
): void {
  if (records.length === 0) return;
  const sheet = sheetOf(emu, def);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const cols = mapColumns(header, def);
  const width = header.length;
  const grid = records.map(r => {
    const line: unknown[] = new Array(width).fill('');
    for (const [k, v] of Object.entries(r)) {
      const c = cols.get(k);
      if (c !== undefined) line[c] = v;
    }
    return line;
  });
  const first = sheet.getLastRow() + 1;
  const need = first + grid.length - 1;
  if (need > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
  sheet.getRange(first, 1, grid.length, width).setValues(grid);
}

/** The tab's rows as records by column key (cell values as getValues gives them). */
export function rowsOf(emu: Emu, def: TabDef): Array<Record<string, unknown>> {
  const sheet = sheetOf(emu, def);
  const values = sheet.getDataRange().getValues();
  const cols = mapColumns(values[0], def);
  return values.slice(1).map(line => {
    const r: Record<string, unknown> = {};
    for (const [k, c] of cols) r[k] = line[c];
    return r;
  });
}

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严';
export const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉玲红梅鹏飞宇浩然子涵欣怡梓轩';

/** n customers C00001… with Chinese names and distinct phones. */
export function customers(n: number): Array<Record<string, unknown>> {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({
      id: `C${String(i + 1).padStart(5, '0')}`,
      name:
        SURNAMES[i % SURNAMES.length] +
        GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] +
        (i % 3 ? GIVEN[(i * 7) % GIVEN.length] : ''),
      phone: `1${String(3000000000 + i * 104_729).padStart(10, '0')}`,
    });
  }
  return out;
}

/** A sale as the sidebar sends it: C00001 buys a milk tea for 18 by WeChat Pay. */
export function saleRequest(
  requestId: string,
  over: Partial<SaleRequest> = {},
): SaleRequest {
  return {
    requestId,
    customerId: 'C00001',
    newCustomer: null,
    items: '奶茶',
    amount: '18',
    payment: 'wechat',
    note: '',
    ...over,
  };
}

export {CUSTOMERS, SALES};
