/**
 * The emulator's state as JSON for the local preview's workbook file: sheets and cells
 * (value, formula, format, validation, note, style), frozen rows, widths, conditional
 * rules, properties, triggers, the outbox, the mail quota and the clock. Dates are tagged
 * so they come back as Dates.
 */
import type {Emulator} from './index';
import {SheetData} from './model';
import {isDate} from './values';

const DATE_TAG = '$date';

/** What is copied as it is, both ways, besides a sheet's id, name and cells. */
const WORKBOOK_FIELDS = [
  'id',
  'name',
  'locale',
  'timeZone',
  'activeIndex',
  'nextSheetId',
  'nextChartId',
  'protections',
] as const;
const SHEET_FIELDS = [
  'maxRows',
  'maxCols',
  'frozenRows',
  'frozenCols',
  'hidden',
  'tabColor',
  'columnWidths',
  'hiddenColumns',
  'conditionalRules',
  'charts',
] as const;
const MAIL_FIELDS = ['quota', 'accounts'] as const;
const STORES = ['script', 'document', 'user'] as const;

function pick<T, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = o[k];
  return out;
}

function encode(v: unknown): unknown {
  if (isDate(v)) return {[DATE_TAG]: v.getTime()};
  if (Array.isArray(v)) return v.map(encode);
  if (v instanceof Map) return {$map: [...v].map(([k, x]) => [k, encode(x)])};
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v))
      if (x !== undefined) out[k] = encode(x);
    return out;
  }
  return v;
}

function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o[DATE_TAG] === 'number' && Object.keys(o).length === 1)
      return new Date(o[DATE_TAG] as number);
    if (Array.isArray(o.$map) && Object.keys(o).length === 1) {
      return new Map(
        (o.$map as Array<[string, unknown]>).map(([k, x]) => [k, decode(x)]),
      );
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = decode(x);
    return out;
  }
  return v;
}

export interface Snapshot {
  version: 1;
  nowMs: number;
  workbook: {
    id: string;
    name: string;
    locale: string;
    timeZone: string;
    activeIndex: number;
    nextSheetId: number;
    sheets: Array<
      Pick<SheetData, 'id' | 'name' | 'rows' | (typeof SHEET_FIELDS)[number]>
    >;
  };
  properties: unknown;
  triggers: unknown;
  mail: {outbox: unknown; quota: number; accounts: unknown};
  caches: unknown;
}

export function snapshotState(emu: Emulator): unknown {
  const wb = emu.workbook;
  return encode({
    version: 1,
    nowMs: emu.clock.nowMs(),
    workbook: {
      ...pick(wb, WORKBOOK_FIELDS),
      sheets: wb.sheets.map(s => ({
        id: s.id,
        name: s.name,
        // Sparse rows become [index, cells] pairs; empty cells are dropped.
        rows: s.rows.flatMap((r, i) => (r ? [[i, r.map(c => c ?? null)]] : [])),
        ...pick(s, SHEET_FIELDS),
      })),
    },
    properties: emu.properties,
    triggers: emu.triggers,
    mail: {outbox: emu.mail.outbox, ...pick(emu.mail, MAIL_FIELDS)},
    caches: emu.caches,
  });
}

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function restoreState(emu: Emulator, json: unknown): void {
  const s = decode(json) as Raw;
  if (s.version !== 1)
    throw new Error(`unknown emulator state version ${String(s.version)}`);
  emu.clock.set(s.nowMs);
  const wb = emu.workbook;
  const w = s.workbook as Raw;
  Object.assign(wb, pick(w, WORKBOOK_FIELDS));
  // Snapshots from before charts were modelled have none.
  wb.nextChartId ??= 1;
  wb.protections ??= [];
  wb.sheets = (w.sheets as Raw[]).map(x => {
    const d = new SheetData(x.id, x.name);
    for (const [i, cells] of x.rows as Array<[number, Array<Raw | null>]>) {
      d.rows[i] = cells.map(c => (c === null ? undefined : (c as never)));
    }
    Object.assign(d, pick(x, SHEET_FIELDS));
    d.charts ??= [];
    return d;
  });
  wb.touch();
  for (const k of STORES) Object.assign(emu.properties[k], s.properties[k]);
  emu.triggers.list = s.triggers.list;
  emu.triggers.nextId = s.triggers.nextId;
  emu.mail.outbox.push(...(s.mail.outbox as never[]));
  // Snapshots from before per-account quotas (used/day) restart the count.
  emu.mail.quota = (s.mail as Raw).quota ?? emu.mail.quota;
  emu.mail.accounts = (s.mail as Raw).accounts ?? {};
  for (const k of STORES) {
    for (const [key, v] of s.caches[k] as Map<
      string,
      {value: string; expiresMs: number}
    >) {
      emu.caches[k].set(key, v);
    }
  }
}
