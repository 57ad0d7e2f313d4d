/**
 * What the counter says about points and stored value, in the viewer's language. What is
 * written in the book (reasons, payment names) is the server's, in the book's language.
 */
import type {Texts} from '../src/domain/i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const LOYALTY = {
  // The card
  points: tx('积分', '積分', 'Points'),
  stored: tx('储值余额', '儲值餘額', 'Stored value'),
  recent: tx('最近变动', '最近變動', 'Last changes'),
  // Which balance a line of the last changes moved: short, the line is one row at 300 px.
  kindPoints: tx('积分', '積分', 'points'),
  kindStored: tx('储值', '儲值金', 'stored'),
  noChanges: tx(
    '还没有积分或储值记录',
    '還沒有積分或儲值記錄',
    'No points or stored value yet',
  ),
  problems: tx(
    '积分或储值记录有 {n} 行读不出，未计入余额：请店主查看表格',
    '積分或儲值記錄有 {n} 列讀不出，未計入餘額：請店主查看試算表',
    "{n} {n|row|rows} of the points or stored value tabs can't be read and {n|isn't|aren't} counted: the owner should check the sheet",
  ),
  pointsUnit: tx('分', '點', 'pts'),
  topUp: tx('充值', '儲值', 'Top up'),
  more: tx('更多（店主）', '更多（店主）', 'More (owner)'),
  // Reasons of ledger rows, by the key the server sends
  reason: {
    sale: tx('消费', '消費', 'sale'),
    redemption: tx('兑换', '兌換', 'redemption'),
    referral: tx('推荐', '推薦', 'referral'),
    birthday: tx('生日', '生日', 'birthday'),
    adjustment: tx('调整', '調整', 'adjustment'),
    expiry: tx('过期', '過期', 'expiry'),
    void: tx('作废', '作廢', 'void'),
    topUp: tx('充值', '儲值', 'top-up'),
    bonus: tx('赠送', '贈送', 'bonus'),
    payment: tx('付款', '付款', 'paid'),
    refund: tx('退款', '退款', 'refund'),
  } as Record<string, Texts>,
  // The sale form: pay from stored value
  storedAfter: tx(
    '储值余额 {before} → 付后 {after}',
    '儲值餘額 {before} → 付後 {after}',
    'Stored value {before} → {after} after paying',
  ),
  storedNow: tx(
    '储值余额 {before}',
    '儲值餘額 {before}',
    'Stored value {before}',
  ),
  storedShort: tx(
    '储值余额不足：余额 {before}，本单 {amount}',
    '儲值餘額不足：餘額 {before}，本單 {amount}',
    'Not enough stored value: {before} left, this sale is {amount}',
  ),
  storedNone: tx(
    '这位客户没有储值余额',
    '這位客戶沒有儲值餘額',
    'This customer has no stored value',
  ),
  // The sale form: redeem points
  redeem: tx('用积分', '用積分', 'Redeem points'),
  redeemNothing: tx('没有可用的积分', '沒有可用的積分', 'No points to redeem'),
  redeemAs: tx('兑换为', '兌換為', 'Redeem as'),
  asMoney: tx('抵现金', '折抵現金', 'Money off'),
  asGift: tx('换礼品', '換禮品', 'A gift'),
  redeemPoints: tx('使用积分', '使用積分', 'Points to use'),
  redeemAll: tx('全部 {n}', '全部 {n}', 'All {n}'),
  gift: tx('礼品', '禮品', 'Gift'),
  redeemMoney: tx(
    '抵 {off}，实付 {pay}\n积分 {before} → {after}',
    '折抵 {off}，實付 {pay}\n積分 {before} → {after}',
    '{off} off, pays {pay}\nPoints {before} → {after}',
  ),
  redeemGift: tx(
    '积分 {before} → {after}',
    '積分 {before} → {after}',
    'Points {before} → {after}',
  ),
  redeemTooMany: tx(
    '积分不够：只有 {n} 分',
    '積分不夠：只有 {n} 點',
    'Not enough points: {n} available',
  ),
  redeemWhole: tx(
    '积分是整数，例如 100',
    '積分是整數，例如 100',
    'Points are whole numbers, such as 100',
  ),
  redeemRate: tx(
    '{rate} 分抵 {unit}',
    '{rate} 點折抵 {unit}',
    '{rate} points = {unit} off',
  ),
  redeemOverAmount: tx(
    '抵扣不能超过本单金额 {amount}',
    '折抵不能超過本單金額 {amount}',
    'The money off cannot exceed the sale, {amount}',
  ),
  pointsMoved: tx(
    '积分余额 {before} → {after}',
    '積分餘額 {before} → {after}',
    'points {before} → {after}',
  ),
  storedMoved: tx(
    '储值余额 {before} → {after}',
    '儲值餘額 {before} → {after}',
    'stored value {before} → {after}',
  ),
  sep: tx('；', '；', '; '),
  // Top up
  topUpTitle: tx('充值', '儲值', 'Top up stored value'),
  topUpAmount: tx('充值金额', '儲值金額', 'Amount paid in'),
  topUpPayment: tx('付款方式', '付款方式', 'Paid with'),
  bonusRule: tx(
    '充{amount}送{bonus}',
    '儲{amount}送{bonus}',
    'Pay {amount}, get {bonus} extra',
  ),
  topUpPreview: tx(
    '付 {paid}，送 {bonus}，到账 {total}\n余额 {before} → {after}',
    '付 {paid}，送 {bonus}，入帳 {total}\n餘額 {before} → {after}',
    'Pays {paid}, bonus {bonus}, adds {total}\nBalance {before} → {after}',
  ),
  topUpPreviewPlain: tx(
    '付 {paid}，无赠送，到账 {total}\n余额 {before} → {after}',
    '付 {paid}，無贈送，入帳 {total}\n餘額 {before} → {after}',
    'Pays {paid}, no bonus, adds {total}\nBalance {before} → {after}',
  ),
  topUpConfirm: tx('确认充值', '確認儲值', 'Confirm top-up'),
  topUpDone: tx(
    '已充值 {paid}，送 {bonus}。余额 {before} → {after}',
    '已儲值 {paid}，送 {bonus}。餘額 {before} → {after}',
    'Topped up {paid}, bonus {bonus}. Balance {before} → {after}',
  ),
  topUpDonePlain: tx(
    '已充值 {paid}，无赠送。余额 {before} → {after}',
    '已儲值 {paid}，無贈送。餘額 {before} → {after}',
    'Topped up {paid}, no bonus. Balance {before} → {after}',
  ),
  // Owner actions
  refundTitle: tx('退还储值', '退還儲值', 'Refund stored value'),
  refundAmount: tx('退款金额', '退款金額', 'Amount to refund'),
  refundMax: tx('最多 {n}', '最多 {n}', 'At most {n}'),
  refundMaxBonus: tx(
    '可退 {n}（赠送的 {bonus} 不退）',
    '可退 {n}（贈送的 {bonus} 不退）',
    'Up to {n} (the {bonus} bonus is not paid back)',
  ),
  refundPayment: tx('退款方式', '退款方式', 'Paid back with'),
  refundConfirm: tx('确认退款', '確認退款', 'Confirm refund'),
  refundDone: tx(
    '已退 {amount}（{payment}）。余额 {before} → {after}',
    '已退 {amount}（{payment}）。餘額 {before} → {after}',
    'Refunded {amount} ({payment}). Balance {before} → {after}',
  ),
  adjustTitle: tx('调整积分', '調整積分', 'Adjust points'),
  adjustChange: tx(
    '加减积分（如 50 或 -20）',
    '加減積分（如 50 或 -20）',
    'Points to add or take (50 or -20)',
  ),
  adjustConfirm: tx('确认调整', '確認調整', 'Confirm adjustment'),
  adjustDone: tx(
    '积分 {change}。{before} → {after}',
    '積分 {change}。{before} → {after}',
    'Points {change}. {before} → {after}',
  ),
  adjustBelowZero: tx(
    '积分不能少于 0：现有 {n} 分',
    '積分不能少於 0：現有 {n} 點',
    'Points cannot go below 0: {n} now',
  ),
  reasonLabel: tx('原因', '原因', 'Reason'),
  reasonRequired: tx('请写明原因', '請寫明原因', 'Say why'),
  amountShort: tx(
    '不能超过余额 {n}',
    '不能超過餘額 {n}',
    'Cannot be more than the balance, {n}',
  ),
} as const;
