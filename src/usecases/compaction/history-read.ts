/**
 * The Sales history tab as the engine counts it: one seed per finished row (Status
 * blank). Read from a grid with its header row, so the tab's columns are found by their
 * names in any language and order, in a custom function's argument or from the tab.
 */
import {daysOf, HistorySeed, itemsOf} from '../../domain/compaction/history';
import {parseAmount} from '../../domain/customer-stats';
import {normaliseKey} from '../../domain/keys';
import {SALES_HISTORY} from '../../sheets/schema-history';
import {mapColumns} from '../../sheets/tabs';
import {readSheetValues} from '../../sheets/read-values';
import {Lang} from '../../domain/i18n';
import {dayReader} from '../../domain/dates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface HistoryRow extends HistorySeed {
  key: string;
  /** 1-based row in the tab. */
  row: number;
  points: number;
  items: Map<string, number>;
  tail: number[];
  rows: number;
  before: number | null;
  pending: boolean;
}

const num = (v: unknown): number => {
  const n = parseAmount(v);
  return typeof n === 'number' ? n : 0;
};

/** Every data row of the grid (header first); `dayOf` reads a date cell as a day. */
export function historyRows(
  grid: readonly unknown[][],
  dayOf: (v: unknown) => number | null,
): HistoryRow[] {
  if (grid.length < 2) return [];
  const cols = mapColumns(grid[0], SALES_HISTORY);
  const at = (r: readonly unknown[], k: string): unknown => {
    const c = cols.get(k);
    return c === undefined ? '' : r[c];
  };
  const out: HistoryRow[] = [];
  for (let i = 1; i < grid.length; i++) {
    const r = grid[i];
    const purchases = num(at(r, 'purchases'));
    const rows = num(at(r, 'rows'));
    if (purchases === 0 && rows === 0) continue;
    const status = at(r, 'status');
    out.push({
      row: i + 1,
      key: normaliseKey(at(r, 'customer')),
      first: dayOf(at(r, 'first')) ?? NaN,
      last: dayOf(at(r, 'last')) ?? NaN,
      purchases,
      spend: num(at(r, 'spend')),
      spendCount: num(at(r, 'spendCount')),
      points: num(at(r, 'points')),
      items: itemsOf(at(r, 'items')),
      tail: daysOf(at(r, 'tail')),
      rows,
      before: dayOf(at(r, 'before')),
      pending:
        typeof status === 'string' ? status.trim() !== '' : status !== '',
    });
  }
  return out;
}

/** The finished rows, as the engine takes them. */
export function historySeeds(
  grid: readonly unknown[][],
  dayOf: (v: unknown) => number | null,
): HistorySeed[] {
  return historyRows(grid, dayOf).filter(r => !r.pending);
}

/**
 * The Sales history tab by its name in any of the three languages: a few calls whether
 * or not the book has one (the card and the morning run look on every call), where a
 * search by aliases would read every tab's name. Shuke names it when it makes it.
 */
export function findHistorySheet(
  ss: Spreadsheet,
  lang: Lang,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const names = new Set([
    SALES_HISTORY.names[lang],
    ...Object.values(SALES_HISTORY.names),
  ]);
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/** The tab's grid (header first), or null when the book has none. */
export function readHistoryGrid(
  ss: Spreadsheet,
  lang: Lang,
): {sheet: GoogleAppsScript.Spreadsheet.Sheet; grid: unknown[][]} | null {
  const sheet = findHistorySheet(ss, lang);
  if (!sheet) return null;
  return {sheet, grid: readSheetValues(sheet)};
}

export function readHistorySeeds(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
): HistorySeed[] {
  const h = readHistoryGrid(ss, lang);
  return h ? historySeeds(h.grid, dayReader(tz)) : [];
}
