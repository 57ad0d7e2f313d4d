/**
 * GRADE: the grade A–E of a number of purchases a month, cell by cell, with the owner's
 * thresholds when given.
 */
import {gradeOfRate} from '../../domain/grading';
import {asGrid, BAD, blank, Context, thresholdsOf} from './arguments';
import {CustomFunctionHost, Grid} from './host';

export function gradeFn(
  host: CustomFunctionHost,
  purchasesPerMonth: unknown,
  thresholds?: unknown,
): Grid {
  const ctx: Context = {
    host,
    tz: 'UTC',
    scriptTz: 'UTC',
    dateTz: 'UTC',
    lang: host.lang(),
  };
  const th = thresholdsOf(ctx, thresholds);
  return asGrid(purchasesPerMonth).map(row =>
    row.map(v => {
      if (blank(v)) return '';
      const n =
        typeof v === 'number'
          ? v
          : typeof v === 'string'
            ? Number(v.normalize('NFKC').trim())
            : NaN;
      return Number.isFinite(n) && n >= 0 ? gradeOfRate(n, th) : BAD;
    }),
  );
}
