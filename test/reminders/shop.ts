/** A small shop on the emulator for the reminders' tests: tabs, rows, settings, a run. */
import {createEmulator, EmulatorOptions} from '../../emulator';
import {Lang} from '../../src/domain/i18n';
import {documentLocker} from '../../src/services/lock';
import {mailApp, Mailer} from '../../src/services/mail';
import {documentProperties, KeyValueStore} from '../../src/services/properties';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {SALES} from '../../src/sheets/schema-sales';
import {TabDef} from '../../src/sheets/schema';
import {
  loadSettings,
  SettingValue,
  writeSetting,
} from '../../src/sheets/settings';
import {openTable} from '../../src/sheets/table';
import {setUpShopIn} from '../../src/usecases/setup-shop';
import {ReminderDeps, runDailyReminders} from '../../src/usecases/reminders';
import {RunReport} from '../../src/usecases/reminders-report';
import {ReminderLog} from '../../src/usecases/reminders-log';

export type Emu = ReturnType<typeof createEmulator>;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Row = Record<string, unknown>;

export interface ShopSpec extends EmulatorOptions {
  customers?: Row[];
  sales?: Row[];
  feedback?: Row[];
  contacts?: Row[];
  settings?: Record<string, SettingValue>;
}

export interface Shop {
  emu: Emu;
  ss: () => Spreadsheet;
  lang: Lang;
  uninstall: () => void;
  /** One daily run as a trigger execution. */
  run(o?: Partial<ReminderDeps>): RunReport;
  deps(o?: Partial<ReminderDeps>): ReminderDeps;
  append(def: TabDef, rows: Row[]): void;
  setSettings(values: Record<string, SettingValue>): void;
  log(): ReminderLog;
  customerMails(): Array<{
    to: string;
    subject: string;
    body: string;
    html: string;
  }>;
  digests(): Array<{to: string; subject: string; body: string; html: string}>;
}

export const OWNER = 'owner@shop.example';

/** The daily run's services on the emulator: its clock, mail and properties, a 1-s lock. */
export function reminderDeps(emu: Emu): ReminderDeps {
  return {
    ss: emu.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet,
    clock: {now: () => emu.clock.now()},
    mail: mailApp(),
    props: documentProperties(),
    lock: documentLocker(1000),
    flush: () => SpreadsheetApp.flush(),
  };
}

export function makeShop(spec: ShopSpec = {}): Shop {
  const emu = createEmulator({
    locale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    now: '2026-03-10T01:00:00Z',
    ...spec,
  });
  const uninstall = emu.install();
  const ss = () =>
    emu.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as Spreadsheet;
  emu.run(() => setUpShopIn({ss: ss(), installFormulas: () => {}}));
  const lang = emu.run(() => loadSettings(ss()).lang);
  const shop: Shop = {
    emu,
    ss,
    lang,
    uninstall,
    deps: (o = {}) => ({...reminderDeps(emu), ...o}),
    run: (o = {}) =>
      emu.run(() => runDailyReminders(shop.deps(o)), {trigger: true}),
    append: (def, rows) =>
      emu.run(() => {
        const t = openTable(ss(), def, lang, {headerOnly: true});
        if (!t) throw new Error(`no tab ${def.key}`);
        t.append(rows);
      }),
    setSettings: values =>
      emu.run(() => {
        const read = loadSettings(ss());
        for (const [k, v] of Object.entries(values)) {
          writeSetting(ss(), k, v, read);
        }
      }),
    log: () => emu.run(() => ReminderLog.open(ss(), lang)),
    customerMails: () =>
      emu.outbox
        .filter(m => !m.to.includes(OWNER))
        .map(m => ({
          to: m.to.join(','),
          subject: m.subject,
          body: m.body,
          html: m.htmlBody ?? '',
        })),
    digests: () =>
      emu.outbox
        .filter(m => m.to.includes(OWNER))
        .map(m => ({
          to: m.to.join(','),
          subject: m.subject,
          body: m.body,
          html: m.htmlBody ?? '',
        })),
  };
  shop.setSettings({
    shopName: '老王零食铺',
    ownerName: '王姐',
    ownerEmail: OWNER,
    shopPhone: '021-5555 0101',
    ...spec.settings,
  });
  if (spec.customers) shop.append(CUSTOMERS, spec.customers);
  if (spec.sales) shop.append(SALES, spec.sales);
  if (spec.feedback) shop.append(FEEDBACK, spec.feedback);
  if (spec.contacts) shop.append(CONTACTS, spec.contacts);
  return shop;
}

/** A local wall-clock time in Shanghai as an instant. */
export function cst(iso: string): Date {
  return new Date(`${iso}+08:00`);
}

/**
 * An English shop at noon on 9 March, reminders at 8: Mrs Li, who agreed to emails, has
 * her birthday the next day.
 */
export function birthdayShop(): Shop {
  return makeShop({
    locale: 'en_US',
    now: cst('2026-03-09T12:00:00'),
    settings: {reminderHour: 8},
    customers: [
      {
        id: 'E1',
        name: 'Mrs Li',
        email: 'li@example.com',
        consent: 'yes',
        birthday: '1970-03-10',
      },
    ],
  });
}

/** A mailer that counts and can fail, wrapping another. */
export function wrapMailer(
  inner: Mailer,
  hooks: {beforeSend?: () => void; afterSend?: () => void},
): Mailer {
  return {
    remainingQuota: () => inner.remainingQuota(),
    send: m => {
      hooks.beforeSend?.();
      inner.send(m);
      hooks.afterSend?.();
    },
  };
}

export function wrapProps(
  inner: KeyValueStore,
  before?: (op: string, key: string) => void,
): KeyValueStore {
  return {
    get: k => {
      before?.('get', k);
      return inner.get(k);
    },
    set: (k, v) => {
      before?.('set', k);
      inner.set(k, v);
    },
    remove: k => {
      before?.('remove', k);
      inner.remove(k);
    },
  };
}
