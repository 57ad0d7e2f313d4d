/**
 * Menu ▸ Compact old sales: says what it would do (sales before which day, how many
 * rows), asks, and compacts under the document lock, so no sale is logged at the counter
 * while rows move. The alerts are in the viewer's language; what is written, in the
 * book's.
 */
import {dayReader, dayToIso, isoDateIn, todayIn} from '../../domain/dates';
import {cutForMonths} from '../../domain/compaction/history';
import {DEFAULT_WINDOW_DAYS, validWindow} from '../../domain/grading';
import {Lang, t, Texts} from '../../domain/i18n';
import {SALES} from '../../sheets/schema-sales';
import {loadSettings} from '../../sheets/settings';
import {findSheet, mapColumns} from '../../sheets/tabs';
import {documentLocker} from '../../services/lock';
import {userLang} from '../../services/locale';
import {
  COMPACT_TEXTS,
  compactSalesIn,
  DEFAULT_KEEP_MONTHS,
  minKeepDays,
} from './compact-sales';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const COMPACT_MENU_TEXTS = {
  menu: tx('压缩旧销售', '壓縮舊銷售', 'Compact old sales'),
  ask: tx(
    '把 {date} 以前的 {rows} 行销售合并成每位客户一行（“销售历史”表），并从销售表删除这些行？最近 {months} 个月的销售保持原样。等级、分群和消费数字不变。\n如需保留原始记录，请先复制整个表格（文件 ▸ 创建副本）。',
    '把 {date} 以前的 {rows} 列銷售合併成每位客戶一列（「銷售歷史」表），並從銷售表刪除這些列？最近 {months} 個月的銷售保持原樣。等級、分群和消費數字不變。\n如需保留原始紀錄，請先複製整個試算表（檔案 ▸ 建立副本）。',
    'Fold the {rows} sales {rows|row|rows} before {date} into one row per customer (the "Sales history" tab) and delete them from the Sales tab? The last {months} months stay as they are. Grades, segments and spend do not change.\nTo keep the rows themselves, make a copy of the spreadsheet first (File ▸ Make a copy).',
  ),
} as const;

/** Sales rows dated before `cut`: what the question names. */
function rowsBefore(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
  cut: number,
): number {
  const sheet = findSheet(ss, SALES, lang);
  if (!sheet || sheet.getLastRow() < 2) return 0;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const c = mapColumns(header, SALES).get('date');
  if (c === undefined) return 0;
  const dayOf = dayReader(tz);
  return sheet
    .getRange(2, c + 1, sheet.getLastRow() - 1, 1)
    .getValues()
    .filter(([v]) => {
      const d = dayOf(v);
      return d !== null && d < cut;
    }).length;
}

export function compactOldSales(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const viewer = userLang();
  const read = loadSettings(ss);
  const now = new Date();
  const window = validWindow(read.settings.windowDays) ?? DEFAULT_WINDOW_DAYS;
  const cut = cutForMonths(
    isoDateIn(now, read.tz),
    DEFAULT_KEEP_MONTHS,
    minKeepDays(window),
    todayIn(read.tz, now),
  );
  const rows = rowsBefore(ss, read.lang, read.tz, cut);
  const title = t(COMPACT_TEXTS.title, viewer);
  if (rows > 0) {
    const answer = ui.alert(
      title,
      t(COMPACT_MENU_TEXTS.ask, viewer, {
        date: dayToIso(cut),
        rows,
        months: DEFAULT_KEEP_MONTHS,
      }),
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return;
  }
  const r = documentLocker(30_000).withLock(() => {
    const out = compactSalesIn(ss, now, {viewer});
    SpreadsheetApp.flush();
    return out;
  });
  ui.alert(title, r.message, ui.ButtonSet.OK);
}
