/**
 * A bundle shop for the loyalty tests: Settings rows set by label as an owner types
 * them, customers on the book, and the counter's calls through google.script.run.
 */
import {bundleShop, putRows, rowsOf, customers} from '../counter/shop';
import {ALL_SETTINGS} from '../../src/sheets/settings-schema';
import {normaliseLabel} from '../../src/sheets/schema-labels';
import {LANGS} from '../../src/domain/i18n';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {POINTS_LEDGER, STORED_LEDGER} from '../../src/sheets/schema-loyalty';
import type {Emulator} from '../../emulator';

export {rowsOf, putRows, POINTS_LEDGER, STORED_LEDGER};

type Emu = Emulator;

/** Writes a Settings value beside its label (the row Set up shop wrote). */
export function setSetting(emu: Emu, key: string, value: unknown): void {
  const def = ALL_SETTINGS.find(d => d.key === key);
  if (!def) throw new Error(`no setting ${key}`);
  const labels = new Set(LANGS.map(l => normaliseLabel(def.label[l])));
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss
    .getSheets()
    .find(s => ['设置', '設定', 'Settings'].includes(s.getName()));
  if (!sheet) throw new Error('no Settings tab');
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex(r => labels.has(normaliseLabel(r[0])));
  if (row < 0) throw new Error(`no row for ${key}`);
  sheet.getRange(row + 1, 2).setValue(value as string);
}

/** A Settings value as the owner sees it beside its label. */
export function getSetting(emu: Emu, key: string): unknown {
  const def = ALL_SETTINGS.find(d => d.key === key);
  if (!def) throw new Error(`no setting ${key}`);
  const labels = new Set(LANGS.map(l => normaliseLabel(def.label[l])));
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss
    .getSheets()
    .find(s => ['设置', '設定', 'Settings'].includes(s.getName()));
  if (!sheet) throw new Error('no Settings tab');
  const row = sheet
    .getDataRange()
    .getValues()
    .find(r => labels.has(normaliseLabel(r[0])));
  if (!row) throw new Error(`no row for ${key}`);
  return row[1];
}

/** A bundle shop with n customers C00001…, Settings as given; bootstrap read. */
export async function loyaltyShop(
  o: {
    locale?: string;
    customers?: number;
    settings?: Record<string, unknown>;
  } = {},
) {
  const {emu, app} = bundleShop(o.locale ?? 'zh_CN');
  putRows(emu as never, CUSTOMERS, customers(o.customers ?? 3));
  for (const [k, v] of Object.entries(o.settings ?? {})) setSetting(emu, k, v);
  await emu.scriptRun('counterBootstrap', []);
  return {emu, app};
}

let seq = 0;
/** A request id as the sidebar makes them. */
export function rid(prefix = 'loyalty'): string {
  seq++;
  return `${prefix}-${String(seq).padStart(6, '0')}-test`;
}

export type Out<T> =
  | {ok: true; value: T; repeated: boolean}
  | {ok: false; message: string; fields: Record<string, string>};
