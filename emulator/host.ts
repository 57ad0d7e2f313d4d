/**
 * What the spreadsheet objects need from the emulator around them: the runtime (guards,
 * realm), the workbook, lazy recalculation and the custom-function registry.
 */
import type {People} from './protection';
import {Runtime} from './runtime';
import {SheetData, Workbook} from './model';
import {CellValue, isDate} from './values';

export interface SheetsHost {
  rt: Runtime;
  wb: Workbook;
  /**
   * Recalculates formulas if the workbook changed since the last calculation and `sheet`
   * (the one about to be read) holds formulas: a sheet without formulas reads as stored.
   */
  ensureCalculated(sheet?: SheetData): void;
  /** The user interface object (SpreadsheetApp.getUi / toast recording). */
  toast(message: string, title: string, timeoutSeconds: number): void;
  /** Who runs the script and who owns the file: protected sheets ask (protection.ts). */
  people?: People;
}

/** A value handed to script code: Dates are fresh objects of the caller's realm. */
export function outValue(host: SheetsHost, v: CellValue): CellValue {
  // Most cells are text or numbers: skip the Date test (a hot path of every getValues).
  if (typeof v !== 'object') return v;
  return isDate(v) ? new host.rt.realm.Date(v.getTime()) : v;
}

/** Apps Script's names of argument types, for "The parameters (…) don't match" errors. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return Array.isArray(v[0]) ? 'Object[][]' : 'Object[]';
  if (isDate(v)) return 'Date';
  if (typeof v === 'object') return 'Object';
  return typeof v === 'string' ? 'String' : typeof v;
}
