/**
 * The words of balances brought over from a till: the dialog's lines in the viewer's
 * language, the opening row's note in the book's.
 */
import {Lang, t, Texts} from '../i18n';
import {LedgerKind} from '../loyalty/wire';
import {BalanceIssue, BalancePlan, BalanceProblem} from './balances';

const x = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

/** Written into the Note of an opening row. */
export const OPENING_NOTE = x(
  '从收银机带过来的余额（{format}）',
  '從收銀機帶過來的餘額（{format}）',
  'Balance carried over from the till ({format})',
);

const KIND_NAMES: Readonly<Record<LedgerKind, Texts>> = {
  points: x('积分', '積分', 'points'),
  stored: x('储值', '儲值', 'stored value'),
};

const ISSUES: Readonly<Record<BalanceIssue, Texts>> = {
  unreadable: x(
    '{kind}余额读不懂，未带入：{value}',
    '{kind}餘額讀不懂，未帶入：{value}',
    "{kind} balance can't be read, not brought in: {value}",
  ),
  negative: x(
    '{kind}余额是负数，未带入：{value}',
    '{kind}餘額是負數，未帶入：{value}',
    '{kind} balance below zero, not brought in: {value}',
  ),
  fraction: x(
    '积分不是整数，未带入（不四舍五入）：{value}',
    '積分不是整數，未帶入（不四捨五入）：{value}',
    'points not a whole number, not brought in (not rounded): {value}',
  ),
  twice: x(
    '同一位客户在导出里有两个不同的{kind}余额，都未带入：{value}',
    '同一位客戶在匯出裡有兩個不同的{kind}餘額，都未帶入：{value}',
    'the same customer has two different {kind} balances in the export, neither brought in: {value}',
  ),
  differs: x(
    '导出里的{kind}余额与账本里已带入的不同：导出 {value}，账本 {book}；未改动，请核对',
    '匯出裡的{kind}餘額與帳本裡已帶入的不同：匯出 {value}，帳本 {book}；未改動，請核對',
    "{kind} balance in the export differs from the book's: export {value}, book {book}; left as it is, please check",
  ),
  bookUnreadable: x(
    '账本里已带入的{kind}余额读不懂（{kind}记录第 {bookRow} 行）；导出 {value} 未带入，请核对',
    '帳本裡已帶入的{kind}餘額讀不懂（{kind}記錄第 {bookRow} 列）；匯出 {value} 未帶入，請核對',
    "the book's opening {kind} row can't be read ({kind} tab, row {bookRow}); export {value} not brought in, please check",
  ),
  noTab: x(
    '账本还没有{kind}记录工作表，余额未带入（先运行「设置店铺」）：{value}',
    '帳本還沒有{kind}記錄工作表，餘額未帶入（先執行「設定店鋪」）：{value}',
    'the book has no {kind} tab yet, balance not brought in (run Set up shop first): {value}',
  ),
};

const KEPT_SUFFIX = x(
  '（原文记在备注）',
  '（原文記在備註）',
  ' (its text kept in the notes)',
);

const LINE = x(
  '第 {row} 行：{text}',
  '第 {row} 列：{text}',
  'Row {row}: {text}',
);

export const BALANCE_TEXTS = {
  title: x(
    '余额没有带入的行（{n}）',
    '餘額沒有帶入的列（{n}）',
    'Balances not brought in ({n})',
  ),
  none: x(
    '没有要带入的余额。',
    '沒有要帶入的餘額。',
    'No balance to bring in.',
  ),
  points: x(
    '{n} 位客户的积分共 {total} 分',
    '{n} 位客戶的積分共 {total} 點',
    'points of {n} {n|customer|customers}, {total} in all',
  ),
  stored: x(
    '{n} 位客户的储值共 {total}',
    '{n} 位客戶的儲值共 {total}',
    'stored value of {n} {n|customer|customers}, {total} in all',
  ),
  line: x(
    '带入余额：{list}。',
    '帶入餘額：{list}。',
    'Balances carried over: {list}.',
  ),
  already: x(
    '已带入过的 {n} 个余额不再重复。',
    '已帶入過的 {n} 個餘額不再重複。',
    '{n} {n|balance|balances} already brought in, not again.',
  ),
  join: x('，', '，', '; '),
  batchBalances: x(
    '，{n} 个余额',
    '，{n} 個餘額',
    ', {n} {n|balance|balances}',
  ),
  undone: x(
    '删除 {n} 个带入的余额。',
    '刪除 {n} 個帶入的餘額。',
    'Removed {n} {n|balance|balances} brought in.',
  ),
  keptBalances: x(
    '{n} 个带入的余额保留：导入后客户又用过或加过。',
    '{n} 個帶入的餘額保留：匯入後客戶又用過或加過。',
    '{n} {n|balance|balances} brought in kept: used or added to since the import.',
  ),
} as const;

/** 1234.5 → "1,234.50": money as a total reads. */
export function moneyTotal(n: number): string {
  const [whole, cents] = n.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

function amountText(kind: LedgerKind, n: number): string {
  return kind === 'stored' ? moneyTotal(n) : String(n);
}

/** "Balances carried over: …" for the dialog; null when the export has no balance column. */
export function balanceLine(plan: BalancePlan, lang: Lang): string | null {
  if (!plan.kinds.length) return null;
  const parts = plan.kinds
    .filter(k => plan.totals[k].customers > 0)
    .map(k =>
      t(BALANCE_TEXTS[k], lang, {
        n: plan.totals[k].customers,
        total: amountText(k, plan.totals[k].total),
      }),
    );
  const line = parts.length
    ? t(BALANCE_TEXTS.line, lang, {
        list: parts.join(t(BALANCE_TEXTS.join, lang)),
      })
    : t(BALANCE_TEXTS.none, lang);
  return plan.already
    ? `${line} ${t(BALANCE_TEXTS.already, lang, {n: plan.already})}`
    : line;
}

export function balanceProblemLine(p: BalanceProblem, lang: Lang): string {
  const text =
    t(ISSUES[p.issue], lang, {
      kind: t(KIND_NAMES[p.kind], lang),
      value: p.value,
      book: p.book === undefined ? '' : amountText(p.kind, p.book),
      bookRow: p.bookRow ?? '?',
    }) + (p.kept ? t(KEPT_SUFFIX, lang) : '');
  return t(LINE, lang, {row: p.row, text});
}
