/**
 * The Sales history (compacted old sales) as the dashboard's customer figures need it:
 * the folded purchases replayed as sales (domain/compaction/replay.ts, as the card and the
 * reminders see them) for the grade engine, and the day before which sales were folded.
 * One getValues of the history tab, none when the book has no history.
 */
import {replay} from '../../domain/compaction/replay';
import {DashboardHistory} from '../../domain/dashboard/input';
import {dateOfDay, dayReader} from '../../domain/dates';
import {Lang} from '../../domain/i18n';
import {historyRows, readHistoryGrid} from '../compaction/history-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function readDashboardHistory(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
): DashboardHistory | undefined {
  const found = readHistoryGrid(ss, lang);
  if (!found) return undefined;
  const out: DashboardHistory = {
    customers: [],
    dates: [],
    amounts: [],
    cut: null,
  };
  for (const r of historyRows(found.grid, dayReader(tz))) {
    // A row still being written (Status set) has its sales in the Sales tab yet.
    if (r.pending) continue;
    // The latest cut: every sale before it has left the Sales tab (a row of an older
    // layout without its cut is known to hold everything up to its last purchase).
    const cut = r.before ?? (Number.isFinite(r.last) ? r.last + 1 : null);
    if (cut !== null && (out.cut === null || cut > out.cut)) out.cut = cut;
    // Walk-in sales belong to no customer: the engine's per-customer figures skip them.
    if (r.key === '') continue;
    for (const s of replay(r)) {
      out.customers.push(s.customer);
      out.dates.push(dateOfDay(s.day, tz));
      out.amounts.push(s.amount);
    }
  }
  return out;
}
