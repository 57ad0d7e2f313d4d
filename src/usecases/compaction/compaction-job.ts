/**
 * The daily run's part of compaction: a compaction left unfinished (its rows still "in
 * progress") is finished, so its sales count again without waiting for the owner; and
 * once the spreadsheet passes 70 % of its 10,000,000 cells while there are sales old
 * enough to fold, the digest suggests Compact old sales (before the 80 % warning, so
 * there is time to act).
 */
import {cutForMonths} from '../../domain/compaction/history';
import {dayReader, dayToIso} from '../../domain/dates';
import {DEFAULT_WINDOW_DAYS, validWindow} from '../../domain/grading';
import {t, Texts} from '../../domain/i18n';
import {cellUsage, formatShare} from '../../sheets/cell-usage';
import {SALES} from '../../sheets/schema-sales';
import {findSheet, mapColumns} from '../../sheets/tabs';
import {DailyJob} from '../daily/jobs';
import {
  compactSalesIn,
  DEFAULT_KEEP_MONTHS,
  minKeepDays,
} from './compact-sales';
import {historyRows, readHistoryGrid} from './history-read';

/** The share of the cap past which the digest suggests compacting. */
export const COMPACT_SUGGEST_SHARE = 0.7;

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const COMPACTION_JOB_TEXTS = {
  name: tx('压缩旧销售', '壓縮舊銷售', 'Compact old sales'),
  suggest: tx(
    '表格已用上限的 {percent}。{date} 以前有 {rows} 行销售：用“压缩旧销售”把它们合并成每位客户一行，可腾出空间，等级不变。',
    '試算表已用上限的 {percent}。{date} 以前有 {rows} 列銷售：用「壓縮舊銷售」把它們合併成每位客戶一列，可騰出空間，等級不變。',
    'The spreadsheet is at {percent} of its limit. {rows} sales {rows|row is|rows are} dated before {date}: "Compact old sales" folds them into one row per customer, frees the room and keeps the grades.',
  ),
} as const;

export const COMPACTION_JOB: DailyJob = {
  id: 'compaction',
  name: COMPACTION_JOB_TEXTS.name,
  run(ctx) {
    const notices: string[] = [];
    const found = readHistoryGrid(ctx.ss, ctx.lang);
    if (
      found &&
      historyRows(found.grid, dayReader(ctx.tz)).some(r => r.pending)
    ) {
      const r = compactSalesIn(ctx.ss, ctx.start, {viewer: ctx.lang});
      ctx.flush();
      notices.push(r.message);
    }
    const usage = cellUsage(ctx.ss);
    if (usage.share < COMPACT_SUGGEST_SHARE) return {notices};
    const window =
      validWindow(ctx.read.settings.windowDays) ?? DEFAULT_WINDOW_DAYS;
    const cut = cutForMonths(
      ctx.todayIso,
      DEFAULT_KEEP_MONTHS,
      minKeepDays(window),
      ctx.today,
    );
    const sheet = findSheet(ctx.ss, SALES, ctx.lang);
    if (!sheet || sheet.getLastRow() < 2) return {notices};
    const header = sheet
      .getRange(1, 1, 1, sheet.getLastColumn())
      .getValues()[0];
    const c = mapColumns(header, SALES).get('date');
    if (c === undefined) return {notices};
    const dayOf = dayReader(ctx.tz);
    const rows = sheet
      .getRange(2, c + 1, sheet.getLastRow() - 1, 1)
      .getValues()
      .filter(([v]) => {
        const d = dayOf(v);
        return d !== null && d < cut;
      }).length;
    if (rows > 0) {
      notices.push(
        t(COMPACTION_JOB_TEXTS.suggest, ctx.lang, {
          percent: formatShare(usage.share),
          rows,
          date: dayToIso(cut),
        }),
      );
    }
    return {notices};
  },
};
