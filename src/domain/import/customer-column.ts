/**
 * A sales export none of whose columns is recognised as the customer's (no phone, name
 * or member number) imports every sale as a walk-in: before that happens silently, the
 * import looks for a column whose values read as phone numbers and offers it.
 */
import {readPhone} from './cells';
import {ColumnMap} from './headers';

/** At least this share of a column's filled cells read as phones, and this many. */
const SHARE = 0.6;
const AT_LEAST = 2;

export function customerColumnMissing(columns: ColumnMap): boolean {
  return (
    columns.phone === undefined &&
    columns.customerName === undefined &&
    columns.memberNo === undefined &&
    columns.contacts === undefined &&
    columns.firstName === undefined
  );
}

/** The 0-based column of `values` below `headerRow` that holds phone numbers, or null. */
export function phoneLikeColumn(
  values: readonly (readonly unknown[])[],
  headerRow: number,
  columns: ColumnMap,
): number | null {
  const taken = new Set(Object.values(columns));
  const width = Math.max(0, ...values.map(r => r.length));
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    let filled = 0;
    let phones = 0;
    for (let r = headerRow + 1; r < values.length; r++) {
      const v = values[r][c];
      if (v === '' || v === null || v === undefined) continue;
      filled++;
      // A phone has no decimals and no currency: an amount column is not one.
      const p =
        (typeof v === 'number' && !Number.isInteger(v)) ||
        (typeof v === 'string' && !/^[\d\s+\-()（）]+$/.test(v.trim()))
          ? null
          : readPhone(v);
      if (p && p.key.length >= 8) phones++;
    }
    if (phones >= AT_LEAST && phones >= SHARE * filled) return c;
  }
  return null;
}
