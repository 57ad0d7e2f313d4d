/** What Refresh grades and Set up shop tell the owner about the grade columns. */
import {Texts} from '../../domain/i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const GRADE_TEXTS = {
  volatileAsOf: tx(
    '“等级计算日期”里的公式 {formula} 会让等级一直显示 Loading…（表格不接受 TODAY、NOW 等作为自定义函数的参数），已换成今天的日期；每天早上的提醒和“刷新客户等级”会让它保持最新。',
    '「等級計算日期」裡的公式 {formula} 會讓等級一直顯示 Loading…（試算表不接受 TODAY、NOW 等作為自訂函數的引數），已換成今天的日期；每天早上的提醒和「重新整理客戶等級」會讓它保持最新。',
    '"Grades as of" held {formula}, which keeps every grade at "Loading..." (Sheets does not take TODAY, NOW and the like as custom-function arguments). It now holds today\'s date; the morning reminders and "Refresh grades" keep it current.',
  ),
  ownerData: tx(
    '“{column}”列第 {row} 行已有内容，未写入公式。请清空该列（第 2 行起）后再运行“设置店铺”。',
    '「{column}」欄第 {row} 列已有內容，未寫入公式。請清空該欄（第 2 列起）後再執行「設定店鋪」。',
    'Column "{column}" has content in row {row}, so no formula was written. Clear the column from row 2 down and run "Set up shop" again.',
  ),
  ownerFormula: tx(
    '“{column}”列第 2 行是您自己的公式，已保留。',
    '「{column}」欄第 2 列是您自己的公式，已保留。',
    'Column "{column}" row 2 holds your own formula; it was kept.',
  ),
  blocked: tx(
    '“{column}”列的公式无法向下填充：下方有手动输入的内容（如第 {row} 行）。请删除这些内容。',
    '「{column}」欄的公式無法向下填充：下方有手動輸入的內容（如第 {row} 列）。請刪除這些內容。',
    'The formula in column "{column}" cannot fill the column: something is typed below it (row {row}). Delete it.',
  ),
  noKey: tx(
    '“客户”表缺少“客户编号”或“手机号”列，无法计算等级。',
    '「客戶」表缺少「客戶編號」或「手機號碼」欄，無法計算等級。',
    'The Customers tab has no "Customer ID" or "Phone" column, so grades cannot be computed.',
  ),
  noSales: tx(
    '“销售”表缺少“客户”或“日期时间”列，无法计算等级。',
    '「銷售」表缺少「客戶」或「日期時間」欄，無法計算等級。',
    'The Sales tab has no "Customer" or "Date" column, so grades cannot be computed.',
  ),
  noTab: tx(
    '找不到“客户”或“销售”表，请先运行“设置店铺”。',
    '找不到「客戶」或「銷售」表，請先執行「設定店鋪」。',
    'The Customers or Sales tab is missing: run "Set up shop" first.',
  ),
  refreshedTitle: tx('客户等级', '客戶等級', 'Customer grades'),
  refreshed: tx(
    '等级已按 {date} 更新：{count} 位客户。',
    '等級已依 {date} 更新：{count} 位客戶。',
    'Grades updated as of {date}: {count} {count|customer|customers}.',
  ),
  byGrade: tx(
    'A {A} · B {B} · C {C} · D {D} · E {E} · 未购买 {none}',
    'A {A} · B {B} · C {C} · D {D} · E {E} · 未購買 {none}',
    'A {A} · B {B} · C {C} · D {D} · E {E} · never bought {none}',
  ),
  skipped: tx(
    '有 {count} 行销售记录无法读取，未计入：',
    '有 {count} 列銷售紀錄無法讀取，未計入：',
    '{count} sales {count|row|rows} could not be read and {count|was|were} left out:',
  ),
  badDate: tx(
    '第 {row} 行：日期“{value}”无法识别',
    '第 {row} 列：日期「{value}」無法識別',
    'row {row}: date "{value}" not understood',
  ),
  badAmount: tx(
    '第 {row} 行：金额“{value}”无法识别',
    '第 {row} 列：金額「{value}」無法識別',
    'row {row}: amount "{value}" not understood',
  ),
  noDate: tx(
    '第 {row} 行：没有日期',
    '第 {row} 列：沒有日期',
    'row {row}: no date',
  ),
  more: tx('……另有 {count} 行', '……另有 {count} 列', '… and {count} more'),
} as const;
