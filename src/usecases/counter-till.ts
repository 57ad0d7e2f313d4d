/**
 * Today's till at the counter: the Sales tab read in one getValues (header and data
 * together), summed for today and yesterday in the spreadsheet's time zone. A constant
 * number of SpreadsheetApp calls however many sales: the active spreadsheet, the tab by
 * its remembered name, its data range, its values (Settings only when the counter's
 * cached context has expired).
 */
import {tillOf, TillDay} from '../domain/counter/till';
import {TillDayView, TillView} from '../domain/counter/wire';
import {dayNumber, dayToIso} from '../domain/dates';
import {cellText} from '../sheets/cells';
import {parseOption, SALES} from '../sheets/schema';
import {mapColumns} from '../sheets/tabs';
import {CounterDeps} from './counter';
import {counterContext, sheetOf} from './counter-context';

function view(d: TillDay): TillDayView {
  return {
    iso: dayToIso(d.day),
    count: d.count,
    total: d.total,
    byPayment: d.byPayment,
    unreadable: d.unreadable,
    voided: d.voided,
  };
}

/** Today's and yesterday's till; empty days when the shop has no Sales tab yet. */
export function counterTill(deps: CounterDeps): TillView {
  let opened: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  const ss = () => (opened ??= deps.spreadsheet());
  const ctx = counterContext(ss, deps.cache);
  const today = dayNumber(deps.now(), ctx.tz);
  const sheet = sheetOf(ss(), SALES, ctx);
  const values = sheet ? sheet.getDataRange().getValues() : [];
  const header = (values[0] ?? []).map(h => cellText(h, ctx.tz).trim());
  const cols = mapColumns(header, SALES);
  const rows = values.slice(1);
  const column = (key: string) => {
    const c = cols.get(key);
    return c === undefined ? [] : rows.map(r => r[c]);
  };
  const till = tillOf(
    {
      dates: column('date'),
      amounts: column('amount'),
      payments: column('payment'),
      voids: column('void'),
    },
    today,
    ctx.tz,
    cell => parseOption('payment', cell),
  );
  return {today: view(till.today), yesterday: view(till.yesterday)};
}
