/**
 * Carries the points a book earned before it had a Points ledger into the ledger, once
 * (domain/loyalty/carry.ts says what counts). Set up shop calls it, under its lock, once
 * the tabs are in place: that is where the ledger tab is made for a book that lacks it.
 *
 * Only into a ledger with no data rows at all. Every sale with points since the ledger
 * exists writes a ledger row, so an empty ledger means the Sales tab's points are all
 * from before it; once the ledger has any row (a sale, an adjustment, an import's
 * opening balances, these carried rows), Sales points may be on it already and carrying
 * them again would count them twice, so nothing is carried.
 *
 * All the rows go in one write (appendOpeningRows), so an execution killed before its
 * writes are applied leaves none and a rerun carries them; one killed after leaves all,
 * and a rerun finds the ledger no longer empty. Each row's Ref is "carried:<key>" too,
 * so the row says where it came from and no later write can take its ref.
 */
import {isVoid} from '../../domain/counter/void-mark';
import {Lang, t} from '../../domain/i18n';
import {
  CarryCell,
  carriedRef,
  CarryPlan,
  CarryProblem,
  CarrySource,
  planCarry,
} from '../../domain/loyalty/carry';
import {
  CARRIED_NOTE,
  CARRY_TEXTS,
  carryProblemLine,
} from '../../domain/loyalty/carry-texts';
import {dayReader} from '../../domain/dates';
import {SALES} from '../../sheets/schema-sales';
import {SALES_HISTORY} from '../../sheets/schema-history';
import {openTable} from '../../sheets/table';
import {mapColumns} from '../../sheets/tabs';
import {appendOpeningRows} from '../import/balances';
import {historyRows, readHistoryGrid} from '../compaction/history-read';
import {ledgerDef} from './ledger-tab';
import {readBookCustomers, readColumns} from './tiers-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type CarrySkipped =
  /** No Points tab, or one without its Customer or Ref column. */
  | 'noLedger'
  /** The ledger has rows: nothing is carried (see above). */
  | 'ledgerHasRows'
  /** A compaction is half done: its sales are in two places, or in neither. */
  | 'pending';

export interface CarryOutcome {
  skipped: CarrySkipped | null;
  /** Rows written: one per customer. */
  written: number;
  total: number;
  problems: CarryProblem[];
  /** The tabs as the book names them, for the lines told. */
  tabs: {ledger: string; sales: string; history: string};
}

export function carrySalesPoints(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
  now: Date,
): CarryOutcome {
  const tabs = {
    ledger: ledgerDef('points').names[lang],
    sales: SALES.names[lang],
    history: SALES_HISTORY.names[lang],
  };
  const out: CarryOutcome = {
    skipped: null,
    written: 0,
    total: 0,
    problems: [],
    tabs,
  };
  const ledger = openTable(ss, ledgerDef('points'), lang, {tz});
  if (!ledger || !ledger.has('customer') || !ledger.has('requestId'))
    return {...out, skipped: 'noLedger'};
  tabs.ledger = ledger.sheet.getName();
  if (ledger.rows.length > 0) return {...out, skipped: 'ledgerHasRows'};

  const cells: Array<CarryCell & {source: CarrySource}> = [];
  const history = readHistoryGrid(ss, lang);
  if (history) {
    tabs.history = history.sheet.getName();
    const rows = historyRows(history.grid, dayReader(tz));
    if (rows.some(r => r.pending)) return {...out, skipped: 'pending'};
    // historyRows reads a text Points cell as 0: the cell itself is read here, so
    // what can't be read is listed as a Sales cell would be.
    const cols = mapColumns(history.grid[0] ?? [], SALES_HISTORY);
    const at = cols.get('points');
    const who = cols.get('customer');
    for (const r of rows)
      if (at !== undefined && who !== undefined)
        cells.push({
          source: 'history',
          row: r.row,
          customer: history.grid[r.row - 1][who],
          points: history.grid[r.row - 1][at],
        });
  }
  const sales = readColumns(ss, SALES, lang, ['customer', 'points', 'void']);
  if (sales && sales.has('points')) {
    sales.rows.forEach((row, i) =>
      cells.push({
        source: 'sales',
        row,
        customer: sales.get('customer', i),
        points: sales.get('points', i),
        voided: isVoid(sales.get('void', i)),
      }),
    );
  }
  if (cells.length === 0) return out;
  const plan: CarryPlan = planCarry(readBookCustomers(ss, lang, tz), cells);
  out.problems = plan.problems;
  if (plan.rows.length) {
    appendOpeningRows(
      ledger,
      'points',
      plan.rows.map(r => ({
        customer: r.customer,
        amount: r.points,
        ref: carriedRef(r.key),
      })),
      now,
      t(CARRIED_NOTE, lang),
    );
  }
  out.written = plan.rows.length;
  out.total = plan.total;
  return out;
}

const SHOWN = 5;

/** What Set up shop tells the owner, in their language; [] when there is nothing. */
export function carryLines(o: CarryOutcome, viewer: Lang): string[] {
  const lines: string[] = [];
  if (o.skipped === 'pending') {
    lines.push(
      t(CARRY_TEXTS.pending, viewer, {
        tab: o.tabs.ledger,
        history: o.tabs.history,
      }),
    );
  }
  if (o.written) {
    lines.push(
      t(CARRY_TEXTS.carried, viewer, {
        tab: o.tabs.ledger,
        n: o.written,
        total: o.total,
      }),
    );
  }
  if (o.problems.length) {
    lines.push(t(CARRY_TEXTS.notCarried, viewer, {tab: o.tabs.ledger}));
    const names = {sales: o.tabs.sales, history: o.tabs.history};
    for (const p of o.problems.slice(0, SHOWN))
      lines.push(`· ${carryProblemLine(p, names, viewer)}`);
    if (o.problems.length > SHOWN)
      lines.push(t(CARRY_TEXTS.more, viewer, {n: o.problems.length - SHOWN}));
  }
  return lines;
}
