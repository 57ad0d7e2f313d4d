/**
 * The self-check's look at the two ledgers: every row that cannot be read (a change
 * that is not a number or not a whole point, no customer, a customer not on the book, a
 * reason that is none of the reasons) named with its tab and row, so the owner can fix
 * it; those rows count for nothing in any balance until fixed. A ledger missing a column
 * it needs is said too. Nothing when all is readable.
 */
import {Lang, t, Texts} from '../../domain/i18n';
import {normaliseKey} from '../../domain/keys';
import {LedgerProblemReason} from '../../domain/loyalty/ledger';
import {cellText} from '../../sheets/cells';
import {CUSTOMERS} from '../../sheets/schema';
import {openTable} from '../../sheets/table';
import {MissingColumnError} from '../counter-append';
import {ledgerDef, ledgerOfColumns} from './ledger-tab';
import {openAppend} from '../counter-append';
import {findSheet} from '../../sheets/tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

const REASONS: Record<LedgerProblemReason, Texts> = {
  change: tx(
    '变动“{value}”不是数字（积分须为整数），未计入余额',
    '變動「{value}」不是數字（積分須為整數），未計入餘額',
    'change "{value}" is not a number (points are whole), not counted',
  ),
  customer: tx(
    '没有客户，未计入',
    '沒有客戶，未計入',
    'no customer, not counted',
  ),
  unknownCustomer: tx(
    '客户“{value}”不在客户表（请用客户编号），未计入',
    '客戶「{value}」不在客戶表（請用客戶編號），未計入',
    'customer "{value}" is not on the Customers tab (use the customer ID), not counted',
  ),
  reason: tx(
    '原因“{value}”不是可选的原因（变动已计入）',
    '原因「{value}」不是可選的原因（變動已計入）',
    'reason "{value}" is none of the reasons (the change is counted)',
  ),
};

const LINE = tx(
  '{tab} 第 {row} 行：{what}',
  '{tab} 第 {row} 行：{what}',
  '{tab} row {row}: {what}',
);
const MISSING = tx(
  '{tab} 缺少“{column}”列：余额无法计算，请运行“设置店铺”或改回列名',
  '{tab} 缺少「{column}」欄：餘額無法計算，請執行「設定店鋪」或改回欄名',
  '{tab} has no "{column}" column: balances cannot be counted; run Set up shop or rename it back',
);
const MORE = tx('另有 {count} 行', '另有 {count} 行', '{count} more rows');

const SHOWN = 20;

/** Lines for the self-check, in the viewer's language; empty when all is readable. */
export function ledgerProblems(
  ss: Spreadsheet,
  book: Lang,
  viewer: Lang,
  tz: string,
): string[] {
  const known = new Set<string>();
  const customers = openTable(ss, CUSTOMERS, book, {tz});
  for (const r of customers?.rows ?? []) {
    const id = cellText(r.raw.id, tz).trim();
    known.add(normaliseKey(id !== '' ? id : r.raw.phone));
  }
  const out: string[] = [];
  for (const kind of ['points', 'stored'] as const) {
    const def = ledgerDef(kind);
    const tab = def.names[book];
    const sheet = findSheet(ss, def, book);
    if (!sheet) continue;
    try {
      const read = openAppend(sheet, def, tz, ['date', 'customer', 'change']);
      const ledger = ledgerOfColumns(
        kind,
        k => read.column(k),
        tz,
        k => (customers ? known.has(k) : true),
      );
      for (const p of ledger.problems.slice(0, SHOWN)) {
        out.push(
          t(LINE, viewer, {
            tab,
            row: p.row,
            what: t(REASONS[p.reason], viewer, {value: p.value || p.customer}),
          }),
        );
      }
      if (ledger.problems.length > SHOWN)
        out.push(t(MORE, viewer, {count: ledger.problems.length - SHOWN}));
    } catch (e) {
      if (!(e instanceof MissingColumnError)) throw e;
      out.push(t(MISSING, viewer, {tab, column: e.column.names[book]}));
    }
  }
  return out;
}
