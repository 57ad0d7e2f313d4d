/**
 * The words of points carried over from before the ledger: the Note of the opening row
 * in the book's language, what Set up shop tells the owner in theirs.
 */
import {Lang, t, Texts} from '../i18n';
import {CarryIssue, CarryProblem} from './carry';

const x = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

/** Written into the Note of a carried row. */
export const CARRIED_NOTE = x(
  '积分表启用前的销售积分',
  '積分表啟用前的銷售積分',
  'points from sales before the ledger',
);

export const CARRY_TEXTS = {
  carried: x(
    '积分表启用前的销售积分已带入「{tab}」：{n} 位客户，共 {total} 分（只带入这一次）。',
    '積分表啟用前的銷售積分已帶入「{tab}」：{n} 位客戶，共 {total} 點（只帶入這一次）。',
    'Points from sales before the ledger carried into {tab}: {n} {n|customer|customers}, {total} in all (once only).',
  ),
  pending: x(
    '「{history}」有一次压缩还没完成，积分暂未带入「{tab}」：请先运行「压缩旧销售」，再运行「设置店铺」（在此之前不要记新的销售）。',
    '「{history}」有一次壓縮還沒完成，積分暫未帶入「{tab}」：請先執行「壓縮舊銷售」，再執行「設定店鋪」（在此之前不要記新的銷售）。',
    'A compaction in {history} has not finished, so points were not carried into {tab} yet: run Compact old sales, then Set up shop again (before logging a new sale).',
  ),
  notCarried: x(
    '以下积分没有带入（请核对后在「{tab}」用调整补上）：',
    '以下積分沒有帶入（請核對後在「{tab}」用調整補上）：',
    'Points not carried (check them, then add an adjustment on {tab} if they are owed):',
  ),
  more: x('……另有 {n} 处', '……另有 {n} 處', '… and {n} more'),
} as const;

const ISSUES: Readonly<Record<CarryIssue, Texts>> = {
  unreadable: x(
    '积分“{value}”读不懂',
    '積分「{value}」讀不懂',
    'points "{value}" can\'t be read',
  ),
  fraction: x(
    '积分“{value}”不是整数（不四舍五入）',
    '積分「{value}」不是整數（不四捨五入）',
    'points "{value}" not a whole number (not rounded)',
  ),
  noCustomer: x(
    '客户“{customer}”不在客户表，{value} 分',
    '客戶「{customer}」不在客戶表，{value} 點',
    'customer "{customer}" is not on the Customers tab, {value} points',
  ),
  negative: x(
    '客户“{customer}”的积分合计为负数（{value}）',
    '客戶「{customer}」的積分合計為負數（{value}）',
    'customer "{customer}" adds up to below zero ({value})',
  ),
};

const AT = x('{tab} 第 {row} 行：', '{tab} 第 {row} 列：', '{tab} row {row}: ');

/** One problem as a line; `tabs` names the Sales and history tabs as the book does. */
export function carryProblemLine(
  p: CarryProblem,
  tabs: Readonly<Record<CarryProblem['source'], string>>,
  lang: Lang,
): string {
  const at = p.row > 0 ? t(AT, lang, {tab: tabs[p.source], row: p.row}) : '';
  return `${at}${t(ISSUES[p.issue], lang, {value: p.value, customer: p.customer})}`;
}
