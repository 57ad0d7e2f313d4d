/**
 * Undoing a mistaken sale at the counter: the sale's row stays and its Void cell says
 * who voided it and when, in the book's language. Nothing is deleted: the owner can see
 * what was undone, and clear the cell to restore the sale. Found by the request id the
 * sale was logged with (the device keeps the ids of its own sales), never by row number,
 * which an owner's sort or deletion would change under us.
 *
 * Once-only like every write: under the lock, and a sale already marked is left as it
 * is (voiding twice, or two devices voiding the same sale, writes one mark). Calls: the
 * active spreadsheet, the tab, its values (one call for header and data), the Void
 * cell and its value, the flush; the cell's number format too when the mark
 * would need the text guard.
 */
import {STALL} from '../domain/counter/stall-messages';
import {validRequestId} from '../domain/counter/validate';
import {isVoid, voidMark} from '../domain/counter/void-mark';
import {Outcome, VoidDone, VoidRequest} from '../domain/counter/wire';
import {dayNumber, dayToIso, tzOffsetMs} from '../domain/dates';
import {t} from '../domain/i18n';
import {cellText, guardText, needsTextGuard} from '../sheets/cells';
import {ColumnDef, parseOption, SALES} from '../sheets/schema';
import {mapColumns} from '../sheets/tabs';
import {CounterDeps, failure, guardedWrite, missingTab} from './counter';
import {MissingColumnError} from './counter-append';
import {sheetOf} from './counter-context';
import {readSheetValues} from '../sheets/read-values';
import {reverseSaleLoyalty} from './loyalty/void';
import {customerLedgerKeys} from './loyalty/customer-keys';
import {whoDid} from '../services/who';

const MAX_BY = 100;

/** "2026-11-30 14:05" in the shop's time zone. */
export function localMinute(now: Date, tz: string): string {
  const ms = now.getTime();
  const local = new Date(ms + tzOffsetMs(ms, tz));
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${dayToIso(dayNumber(now, tz))} ${hh}:${mm}`;
}

function column(key: string): ColumnDef {
  return SALES.columns.find(c => c.key === key) as ColumnDef;
}

export function voidSale(
  req: VoidRequest,
  deps: CounterDeps,
): Outcome<VoidDone> {
  return guardedWrite<VoidDone>(deps, req?.requestId, (ss, ctx, ui) => {
    const saleId = req.saleRequestId;
    if (!validRequestId(saleId)) return failure(t(STALL.saleNotFound, ui));
    const by = whoDid(req.by, MAX_BY);
    const sheet = sheetOf(ss, SALES, ctx);
    if (!sheet) return missingTab(SALES, ui, ctx.lang);
    const values = readSheetValues(sheet);
    const header = (values[0] ?? []).map(h => cellText(h, ctx.tz).trim());
    const cols = mapColumns(header, SALES);
    const idCol = cols.get('requestId');
    const voidCol = cols.get('void');
    if (idCol === undefined)
      throw new MissingColumnError(SALES, column('requestId'));
    // A book from before voiding existed: Set up shop adds the column.
    if (voidCol === undefined)
      throw new MissingColumnError(SALES, column('void'));
    let row = -1;
    for (let i = values.length - 1; i >= 1; i--) {
      if (cellText(values[i][idCol], ctx.tz).trim() === saleId) {
        row = i;
        break;
      }
    }
    if (row < 0) return failure(t(STALL.saleNotFound, ui));
    const custCol = cols.get('customer');
    const customer =
      custCol === undefined
        ? ''
        : cellText(values[row][custCol], ctx.tz).trim();
    const payCol = cols.get('payment');
    // Before the mark: a retry after a kill finds the mark missing and comes back here,
    // where the refs make each ledger row once-only.
    if (customer !== '') {
      reverseSaleLoyalty(
        ss,
        ctx,
        {
          requestId: saleId,
          customer,
          paidStored:
            payCol !== undefined &&
            parseOption('payment', values[row][payCol]) === 'stored',
          by,
          keys: customerLedgerKeys(ss, ctx, deps.cache, customer),
        },
        deps.now(),
      );
    }
    const already = values[row][voidCol];
    if (isVoid(already)) {
      return {
        ok: true,
        repeated: true,
        value: {
          saleRequestId: saleId,
          mark: cellText(already, ctx.tz),
          customerId: customer || null,
        },
      };
    }
    const mark = voidMark(ctx.lang, by, localMinute(deps.now(), ctx.tz));
    const cell = sheet.getRange(row + 1, voidCol + 1);
    // A staff name is free text: guarded unless the cell is plain text, where an
    // apostrophe would show.
    const plain = needsTextGuard(mark) && cell.getNumberFormat() === '@';
    cell.setValue(guardText(mark, plain));
    return {
      ok: true,
      repeated: false,
      value: {saleRequestId: saleId, mark, customerId: customer || null},
    };
  });
}
