/**
 * The Sales history's finished rows replayed as sales rows (domain/compaction/replay.ts)
 * for the readers that walk the Sales tab row by row: appended under a tab's values in
 * its own column layout, or as one customer's sales for the counter's card.
 */
import {replay} from '../../domain/compaction/replay';
import {dateOfDay, dayReader} from '../../domain/dates';
import {Lang} from '../../domain/i18n';
import {normaliseKey} from '../../domain/keys';
import {historyRows, readHistoryGrid} from './history-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReplayedCells {
  customer: string;
  date: Date;
  amount: number | '';
  points: number | '';
  items: string;
}

/** Every finished history row's sales; [] when the book has no history. */
export function historySales(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
  keys?: readonly unknown[],
): ReplayedCells[] {
  const found = readHistoryGrid(ss, lang);
  return found ? replayHistory(found.grid, tz, keys) : [];
}

/** The sales of a history grid (header first), only those of `keys` when given. */
export function replayHistory(
  grid: readonly unknown[][],
  tz: string,
  keys?: readonly unknown[],
): ReplayedCells[] {
  const wanted = keys?.map(normaliseKey).filter(k => k !== '');
  const out: ReplayedCells[] = [];
  for (const r of historyRows(grid, dayReader(tz))) {
    if (r.pending || r.key === '') continue;
    if (wanted && !wanted.includes(r.key)) continue;
    for (const s of replay(r)) out.push({...s, date: dateOfDay(s.day, tz)});
  }
  return out;
}

/** Each finished history row's customer key and items cells, as the sales had them. */
export function historyItems(
  grid: readonly unknown[][],
  tz: string,
): Array<{key: string; items: string[]}> {
  return historyRows(grid, dayReader(tz))
    .filter(r => !r.pending && r.key !== '')
    .map(r => ({key: r.key, items: [...r.items.keys()]}));
}

/**
 * Puts the history's sales under a tab's header, before its rows (where the old rows
 * stood: readers that break ties by order see the same order), in the columns `cols`
 * names (customer, date, items, amount, points; others left blank).
 */
export function appendHistorySales(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
  tab: {values: unknown[][]; cols: Map<string, number>},
): void {
  const sales = historySales(ss, lang, tz);
  if (sales.length === 0) return;
  const width = tab.values[0]?.length ?? 0;
  const lines: unknown[][] = [];
  for (const s of sales) {
    const line: unknown[] = new Array(width).fill('');
    const put = (k: string, v: unknown) => {
      const c = tab.cols.get(k);
      if (c !== undefined && c < width) line[c] = v;
    };
    put('customer', s.customer);
    put('date', s.date);
    put('items', s.items);
    put('amount', s.amount);
    put('points', s.points);
    lines.push(line);
  }
  // One by one: a long history would pass the engine's argument limit as a spread.
  const rest = tab.values.splice(1);
  for (const l of lines) tab.values.push(l);
  for (const r of rest) tab.values.push(r);
}
