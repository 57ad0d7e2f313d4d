/**
 * The columns the dashboard needs, one getValues per tab: only the span from the first to
 * the last column needed, found by header in any language. A missing tab or column reads
 * as empty, so a book without feedback still gets its sales charts.
 */
import {Lang} from '../../domain/i18n';
import {DashboardInput} from '../../domain/dashboard/input';
import {CUSTOMERS} from '../../sheets/schema-customers';
import {FEEDBACK} from '../../sheets/schema-feedback';
import {parseOption} from '../../sheets/schema-options';
import {SALES} from '../../sheets/schema-sales';
import {TabDef} from '../../sheets/schema';
import {findSheet, mapColumns} from '../../sheets/tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Each wanted column's cells (data rows); [] for a column the tab does not have. */
function readColumns<K extends string>(
  ss: Spreadsheet,
  def: TabDef,
  lang: Lang,
  keys: readonly K[],
): Record<K, unknown[]> {
  const out = Object.fromEntries(keys.map(k => [k, [] as unknown[]])) as Record<
    K,
    unknown[]
  >;
  const sheet = findSheet(ss, def, lang);
  if (!sheet) return out;
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow < 2 || lastCol < 1) return out;
  const header = sheet.getRange(1, 1, 1, lastCol).getValues()[0];
  const cols = mapColumns(header, def);
  const found = keys.filter(k => cols.has(k));
  if (found.length === 0) return out;
  const idx = found.map(k => cols.get(k) as number);
  const c0 = Math.min(...idx);
  const c1 = Math.max(...idx);
  const body = sheet.getRange(2, c0 + 1, lastRow - 1, c1 - c0 + 1).getValues();
  for (const k of keys) {
    const i = cols.get(k);
    // A column the tab lacks reads as blanks, one per row, so rows stay aligned.
    out[k] = body.map(r => (i === undefined ? '' : r[i - c0]));
  }
  return out;
}

export function readDashboardInput(
  ss: Spreadsheet,
  lang: Lang,
): DashboardInput {
  const sales = readColumns(ss, SALES, lang, [
    'date',
    'customer',
    'items',
    'amount',
    'void',
  ]);
  const customers = readColumns(ss, CUSTOMERS, lang, ['id', 'name', 'phone']);
  const feedback = readColumns(ss, FEEDBACK, lang, [
    'date',
    'type',
    'rating',
    'status',
    'resolvedOn',
  ]);
  const complaint = new Map<unknown, boolean>();
  const resolved = new Map<unknown, boolean>();
  return {
    sales: {
      dates: sales.date,
      customers: sales.customer,
      items: sales.items,
      amounts: sales.amount,
      voids: sales.void,
    },
    customers: {
      ids: customers.id,
      names: customers.name,
      phones: customers.phone,
    },
    feedback: {
      dates: feedback.date,
      types: feedback.type,
      ratings: feedback.rating,
      statuses: feedback.status,
      resolvedOn: feedback.resolvedOn,
    },
    isComplaint: v => {
      let r = complaint.get(v);
      if (r === undefined) {
        r = parseOption('feedbackType', v) === 'complaint';
        complaint.set(v, r);
      }
      return r;
    },
    isResolved: v => {
      let r = resolved.get(v);
      if (r === undefined) {
        r = parseOption('feedbackStatus', v) === 'resolved';
        resolved.set(v, r);
      }
      return r;
    },
  };
}
