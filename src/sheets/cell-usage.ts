/**
 * How much of the spreadsheet's 10,000,000 cells the tabs take. Google counts every
 * tab's grid, empty cells included ("Files you can store in Google Drive",
 * support.google.com/drive/answer/37603), so this reads only each tab's size:
 * 1 + 3 calls per tab (getSheets, then getName, getMaxRows, getMaxColumns), whatever
 * the number of rows, and never a value.
 */
import {Lang, t, Texts} from '../domain/i18n';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CELL_CAP = 10_000_000;
/** The share of the cap past which the owner is warned. */
export const CELL_WARN_SHARE = 0.8;

export interface TabCells {
  name: string;
  rows: number;
  columns: number;
  cells: number;
}

export interface CellUsage {
  tabs: TabCells[];
  total: number;
  /** total / CELL_CAP. */
  share: number;
  /** At or past CELL_WARN_SHARE. */
  warn: boolean;
}

export function cellUsage(ss: Spreadsheet): CellUsage {
  const tabs = ss.getSheets().map(sheet => {
    const rows = sheet.getMaxRows();
    const columns = sheet.getMaxColumns();
    return {name: sheet.getName(), rows, columns, cells: rows * columns};
  });
  return usageOf(tabs);
}

export function usageOf(tabs: TabCells[]): CellUsage {
  const total = tabs.reduce((n, tab) => n + tab.cells, 0);
  const share = total / CELL_CAP;
  return {tabs, total, share, warn: share >= CELL_WARN_SHARE};
}

const TEXTS = {
  warning: {
    'zh-CN':
      '这个表格已用 {used} 个单元格，是 Google 表格上限 1000 万个的 {percent}（最大的是“{tab}”：{tabCells} 个）。到上限后就不能再记销售了：请删除不用的空白行和列，或把旧的销售记录移到另一个表格。',
    'zh-TW':
      '這個試算表已用 {used} 個儲存格，是 Google 試算表上限 1000 萬個的 {percent}（最大的是「{tab}」：{tabCells} 個）。到上限後就不能再記銷售了：請刪除不用的空白列和欄，或把舊的銷售紀錄移到另一個試算表。',
    en: 'This spreadsheet uses {used} cells, {percent} of the 10,000,000 Google Sheets allows (the largest tab is "{tab}": {tabCells}). Once full, no sale can be logged: delete empty rows and columns you do not use, or move old sales to another spreadsheet.',
  },
} satisfies Record<string, Texts>;

export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'en' ? 'en-US' : lang);
}

export function formatShare(share: number): string {
  return `${Math.floor(share * 1000) / 10}%`;
}

/** The owner's warning at 80 % of the cap, in the book's language; null below it. */
export function cellWarning(usage: CellUsage, lang: Lang): string | null {
  if (!usage.warn) return null;
  const largest = usage.tabs.reduce((a, b) => (b.cells > a.cells ? b : a));
  return t(TEXTS.warning, lang, {
    used: formatCount(usage.total, lang),
    percent: formatShare(usage.share),
    tab: largest.name,
    tabCells: formatCount(largest.cells, lang),
  });
}
