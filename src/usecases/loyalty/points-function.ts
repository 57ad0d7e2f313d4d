/**
 * =CUSTOMER_POINTS(customer, ledger_customers, ledger_changes): a customer's points, the
 * sum of their rows in the Points tab, for one customer or a whole column of them (one
 * formula fills the column, as the Customers tab's other functions do). A customer with
 * a row whose change can't be read (text that is not a whole number) shows "?": the
 * balance is not guessed, and the card and the self-check name the row.
 */
import {normaliseKey} from '../../domain/keys';
import {readChange} from '../../domain/loyalty/ledger';

type Cell = string | number;

function column(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [v];
  return (v as unknown[]).map(r => (Array.isArray(r) ? r[0] : r));
}

function blank(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

export const POINTS_PARAMS = [
  'customer_ids',
  'ledger_customers',
  'ledger_changes',
] as const;

export function CUSTOMER_POINTS(
  customer_ids: unknown,
  ledger_customers: unknown,
  ledger_changes: unknown,
): Cell[][] {
  const who = column(ledger_customers);
  const changes = column(ledger_changes);
  const sums = new Map<string, number>();
  const broken = new Set<string>();
  for (let i = 0; i < who.length; i++) {
    const key = normaliseKey(who[i]);
    const change = changes[i];
    if (key === '' || blank(change)) continue;
    const n = readChange(change, 'points');
    if (n === null) broken.add(key);
    else sums.set(key, (sums.get(key) ?? 0) + n);
  }
  return column(customer_ids).map(c => {
    const key = normaliseKey(c);
    if (key === '') return [''];
    if (broken.has(key)) return ['?'];
    return [sums.get(key) ?? 0];
  });
}

export const POINTS_DOC = [
  '客户的积分余额：积分记录表中该客户各行变动之和；有无法读取的行显示“?”。A customer’s points: the sum of their rows in the Points tab; "?" when one of them cannot be read.',
  '@param {range} customer_ids 客户编号（一个或一列） Customer IDs (one or a column)',
  '@param {range} ledger_customers 积分记录的“客户”列 The Points tab’s Customer column',
  '@param {range} ledger_changes 积分记录的“变动”列 The Points tab’s Change column',
  '@return 每位客户的积分 Points per customer',
].join('\n');
