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
      Omit<
        SheetData,
        | 'spill'
        | 'cell'
        | 'ensure'
        | 'valueAt'
        | 'hasContent'
        | 'lastRow'
        | 'lastColumn'
        | 'insertRows'
        | 'deleteRows'
        | 'insertColumns'
        | 'deleteColumns'
      >
    >;
  };
  properties: unknown;
  triggers: unknown;
  mail: {outbox: unknown; quota: number; used: number; day: string};
  caches: unknown;
}

export function snapshotState(emu: Emulator): unknown {
  const wb = emu.workbook;
  return encode({
    version: 1,
    nowMs: emu.clock.nowMs(),
    workbook: {
      id: wb.id,
      name: wb.name,
      locale: wb.locale,
      timeZone: wb.timeZone,
      activeIndex: wb.activeIndex,
      nextSheetId: wb.nextSheetId,
      sheets: wb.sheets.map(s => ({
        id: s.id,
        name: s.name,
        // Sparse rows become [index, cells] pairs; empty cells are dropped.
        rows: s.rows.flatMap((r, i) => (r ? [[i, r.map(c => c ?? null)]] : [])),
        maxRows: s.maxRows,
        maxCols: s.maxCols,
        frozenRows: s.frozenRows,
        frozenCols: s.frozenCols,
        hidden: s.hidden,
        tabColor: s.tabColor,
        columnWidths: s.columnWidths,
        hiddenColumns: s.hiddenColumns,
        conditionalRules: s.conditionalRules,
      })),
    },
    properties: emu.properties,
    triggers: emu.triggers,
    mail: {
      outbox: emu.mail.outbox,
      quota: emu.mail.quota,
      used: emu.mail.used,
      day: emu.mail.day,
    },
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
  wb.id = w.id;
  wb.name = w.name;
  wb.locale = w.locale;
  wb.timeZone = w.timeZone;
  wb.activeIndex = w.activeIndex;
  wb.nextSheetId = w.nextSheetId;
  wb.sheets = (w.sheets as Raw[]).map(x => {
    const d = new SheetData(x.id, x.name);
    for (const [i, cells] of x.rows as Array<[number, Array<Raw | null>]>) {
      d.rows[i] = cells.map(c => (c === null ? undefined : (c as never)));
    }
    d.maxRows = x.maxRows;
    d.maxCols = x.maxCols;
    d.frozenRows = x.frozenRows;
    d.frozenCols = x.frozenCols;
    d.hidden = x.hidden;
    d.tabColor = x.tabColor;
    d.columnWidths = x.columnWidths;
    d.hiddenColumns = x.hiddenColumns;
    d.conditionalRules = x.conditionalRules;
    return d;
  });
  wb.touch();
  Object.assign(emu.properties.script, s.properties.script);
  Object.assign(emu.properties.document, s.properties.document);
  Object.assign(emu.properties.user, s.properties.user);
  emu.triggers.list = s.triggers.list;
  emu.triggers.nextId = s.triggers.nextId;
  emu.mail.outbox.push(...(s.mail.outbox as never[]));
  emu.mail.quota = s.mail.quota;
  emu.mail.used = s.mail.used;
  emu.mail.day = s.mail.day;
  for (const k of ['script', 'document', 'user'] as const) {
    for (const [key, v] of s.caches[k] as Map<
      string,
      {value: string; expiresMs: number}
    >) {
      emu.caches[k].set(key, v);
    }
  }
}
