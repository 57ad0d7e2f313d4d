/**
 * Recognising an export by its header row: the first rows of the tab are tried (some
 * tills print a title above the table), a byte-order mark or full-width letters in a
 * header change nothing, and the export whose whole signature is present wins; failing
 * that, the generic columns decide whether the tab holds sales or customers.
 */
import {ExportFormat, ImportField} from './format';
import {EXPORT_FORMATS, GENERIC_FORMATS} from './formats';

/** A header as compared: no BOM, case, spaces, punctuation or trailing unit "(元)". */
export function headerKey(s: unknown): string {
  return String(s ?? '')
    .replace(/\uFEFF/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]\s*$/, '')
    .replace(/[\s_\-.:：/\\'"’`*#]+/g, '');
}

export type ColumnMap = Partial<Record<ImportField, number>>;

export interface Recognised {
  format: ExportFormat;
  /** 0-based index of the header row in the tab's values. */
  headerRow: number;
  /** The header row as written. */
  headers: string[];
  /** field → 0-based column. */
  columns: ColumnMap;
}

const HEADER_ROWS_TRIED = 10;

/** Which column holds each field of `format`: a header serves one field only. */
export function mapHeaders(
  headers: readonly unknown[],
  format: ExportFormat,
): ColumnMap {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const out: ColumnMap = {};
  for (const [field, names] of Object.entries(format.columns) as Array<
    [ImportField, readonly string[]]
  >) {
    for (const name of names) {
      const want = headerKey(name);
      const i = keys.findIndex((k, idx) => k === want && !taken.has(idx));
      if (i >= 0) {
        out[field] = i;
        taken.add(i);
        break;
      }
    }
  }
  return out;
}

function signatureMet(headers: readonly unknown[], f: ExportFormat): boolean {
  const keys = new Set(headers.map(headerKey));
  return f.signature.every(s => keys.has(headerKey(s)));
}

function genericOf(
  headers: readonly unknown[],
): {format: ExportFormat; columns: ColumnMap} | null {
  const sales = mapHeaders(headers, GENERIC_FORMATS.sales);
  if (sales.date !== undefined && sales.amount !== undefined) {
    return {format: GENERIC_FORMATS.sales, columns: sales};
  }
  const customers = mapHeaders(headers, GENERIC_FORMATS.customers);
  const who = ['phone', 'customerName', 'memberNo'] as const;
  if (
    who.some(f => customers[f] !== undefined) &&
    Object.keys(customers).length >= 2
  ) {
    return {format: GENERIC_FORMATS.customers, columns: customers};
  }
  return null;
}

/** The export a tab holds, from its values (getValues of the whole tab); null if none. */
export function recognise(
  values: readonly (readonly unknown[])[],
  formats: readonly ExportFormat[] = EXPORT_FORMATS,
): Recognised | null {
  let best: (Recognised & {score: number}) | null = null;
  const rows = Math.min(values.length, HEADER_ROWS_TRIED);
  for (let r = 0; r < rows; r++) {
    const line = values[r];
    if (line.filter(c => headerKey(c) !== '').length < 2) continue;
    const headers = line.map(c => String(c ?? '').replace(/\uFEFF/g, ''));
    for (const f of formats) {
      if (!signatureMet(line, f)) continue;
      const columns = mapHeaders(line, f);
      const score = 100 * f.signature.length + Object.keys(columns).length;
      if (!best || score > best.score) {
        best = {format: f, headerRow: r, headers, columns, score};
      }
    }
    if (best) continue;
    const g = genericOf(line);
    if (g) {
      const score = Object.keys(g.columns).length;
      if (!best || score > (best as {score: number}).score) {
        best = {...g, headerRow: r, headers, score};
      }
    }
  }
  if (!best) return null;
  const {score, ...out} = best;
  void score;
  return out;
}
