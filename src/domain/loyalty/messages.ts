/**
 * What points and stored value say to the person at the counter (the viewer's
 * language). What is written into the ledgers is the book's (reasons are option labels).
 */
import {moneyText} from '../counter/money';
import {Texts} from '../i18n';

/**
 * An amount as the counter shows it, with the book's currency (Settings): "¥94",
 * "NT$55", "RM12.50". A message without it reads as a count, not money.
 */
export function moneyWith(n: number, currency: string): string {
  return `${currency}${moneyText(n)}`;
}

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const LOYALTY_MSG = {
  customerRequired: tx(
    '请先选择顾客',
    '請先選擇顧客',
    'Choose the customer first',
  ),
  paymentInvalid: tx(
    '请选择付款方式（储值不能用来充值）',
    '請選擇付款方式（儲值不能用來儲值）',
    'Choose how it was paid (stored value cannot top up stored value)',
  ),
  refundPaymentInvalid: tx(
    '请选择退款方式（不能退回储值）',
    '請選擇退款方式（不能退回儲值）',
    'Choose how the money was paid back (not into stored value)',
  ),
  topUpElsewhere: tx(
    '这笔充值已记在 {customer} 名下，没有改记给这位顾客：请核对后重新充值',
    '這筆儲值已記在 {customer} 名下，沒有改記給這位顧客：請核對後重新儲值',
    'This top-up was recorded for {customer}, so nothing was added for this customer: check, then top up again',
  ),
  reasonRequired: tx('请填写原因', '請填寫原因', 'Enter a reason'),
  pointsWhole: tx(
    '积分应为整数，例如 100 或 -50',
    '積分應為整數，例如 100 或 -50',
    'Points are whole numbers, such as 100 or -50',
  ),
  pointsRange: tx(
    '积分应在 1 到 1,000,000 之间',
    '積分應在 1 到 1,000,000 之間',
    'Points must be between 1 and 1,000,000',
  ),
  pointsShort: tx(
    '积分不足：现有 {balance} 分，不能扣 {points} 分',
    '積分不足：現有 {balance} 分，不能扣 {points} 分',
    'Not enough points: {balance} on the balance, {points} asked',
  ),
  storedShort: tx(
    '储值余额不足：余额 {balance}，需付 {amount}',
    '儲值餘額不足：餘額 {balance}，需付 {amount}',
    'Not enough stored value: the balance is {balance}, {amount} to pay',
  ),
  spendGivenBack: tx(
    '这笔消费未记录成功，所付储值和积分已退回顾客。请重新记一笔新的消费。',
    '這筆消費未記錄成功，所付儲值和積分已退回顧客。請重新記一筆新的消費。',
    'This sale was never recorded, and the stored value and points it took have been given back to the customer. Record it again as a new sale.',
  ),
  refundTooMuch: tx(
    '退款不能超过余额 {balance}',
    '退款不能超過餘額 {balance}',
    'A refund cannot be more than the balance, {balance}',
  ),
  refundBonusKept: tx(
    '最多可退 {most}：赠送的 {bonus} 不退',
    '最多可退 {most}：贈送的 {bonus} 不退',
    'At most {most} can be paid back: the {bonus} bonus is not paid back',
  ),
  noMoneyOff: tx(
    '本店积分只能换礼品（设置表“多少积分抵1元”为0或无法读取）',
    '本店積分只能換禮品（設定表「多少積分抵1元」為0或無法讀取）',
    'Points buy gifts only here (Settings "Points for 1 off" is 0 or unreadable)',
  ),
  moneyOffTooMuch: tx(
    '抵扣 {off} 超过了金额 {amount}',
    '抵扣 {off} 超過了金額 {amount}',
    'Money off {off} is more than the amount {amount}',
  ),
  giftRequired: tx(
    '请填写兑换的礼品',
    '請填寫兌換的禮品',
    'Name the gift the points buy',
  ),
  walkInNoLoyalty: tx(
    '散客没有积分和储值：请先选择顾客',
    '散客沒有積分和儲值：請先選擇顧客',
    'A walk-in has no points or stored value: choose the customer first',
  ),
  bonusUnreadable: tx(
    '设置表“充值赠送”无法读取（“{part}”），本次未赠送；请改成如 100:10, 300:40',
    '設定表「儲值贈送」無法讀取（「{part}」），本次未贈送；請改成如 100:10, 300:40',
    'Settings "Top-up bonus" cannot be read ("{part}"), so no bonus was given; write it like 100:10, 300:40',
  ),
} as const;

/** Notes written into the ledger (the book's language). */
export const LEDGER_NOTE = {
  topUpPaid: tx('{payment}付款', '{payment}付款', 'paid by {payment}'),
  refundPaid: tx(
    '{payment}退还：{reason}',
    '{payment}退還：{reason}',
    'paid back by {payment}: {reason}',
  ),
  // No method the till could read back: it counts the refund under "not stated".
  refundUnstated: tx(
    '退还（未注明方式）：{reason}',
    '退還（未註明方式）：{reason}',
    'paid back (method not stated): {reason}',
  ),
  bonusOf: tx(
    '充{paid}送{bonus}',
    '儲{paid}送{bonus}',
    'pay {paid} get {bonus}',
  ),
  moneyOff: tx('抵扣 {off}', '抵扣 {off}', '{off} off'),
  spendGivenBack: tx(
    '退回：消费未记录',
    '退回：消費未記錄',
    'given back: the sale was never recorded',
  ),
  gift: tx('换礼品：{gift}', '換禮品：{gift}', 'gift: {gift}'),
  voidShort: tx(
    '撤销时余额不足，少扣 {short}',
    '撤銷時餘額不足，少扣 {short}',
    'balance too low to reverse it all: {short} not taken back',
  ),
  expiry: tx(
    '{months}个月前获得未用的积分',
    '{months}個月前獲得未用的積分',
    'points earned over {months} months ago and not spent',
  ),
} as const;
