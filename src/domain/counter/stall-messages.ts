/** What the counter says about the till, voiding a sale and who served. */
import {Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const STALL = {
  till: tx('今日流水', '今日營業額', "Today's till"),
  today: tx('今天', '今天', 'Today'),
  yesterday: tx('昨天', '昨天', 'Yesterday'),
  sales: tx('{n} 笔', '{n} 筆', 'Sales: {n}'),
  total: tx('收款合计', '收款合計', 'Money received'),
  topUps: tx('充值 {n} 笔', '儲值 {n} 筆', 'Top-ups: {n}'),
  fromBalances: tx(
    '储值余额支付（未收款）',
    '儲值餘額支付（未收款）',
    'From balances, no money taken',
  ),
  refundsOut: tx(
    '储值退款 {n} 笔（已付出）',
    '儲值退款 {n} 筆（已付出）',
    'Stored value refunded: {n} (paid out)',
  ),
  refundCount: tx('退款 {n} 笔', '退款 {n} 筆', 'Refunds: {n}'),
  net: tx('扣除退款后应有', '扣除退款後應有', 'In hand, after refunds'),
  unknownPayment: tx('未注明', '未註明', 'Not stated'),
  voidedCount: tx(
    '另有 {n} 笔已作废，不计入',
    '另有 {n} 筆已作廢，不計入',
    '{n} voided, not counted',
  ),
  unreadable: tx(
    '{n} 笔金额无法识别，未计入合计',
    '{n} 筆金額無法辨識，未計入合計',
    '{n} with an amount that could not be read, left out of the total',
  ),
  recent: tx('本机最近的销售', '本機最近的銷售', 'Recent sales on this device'),
  noRecent: tx(
    '本机还没有记录销售',
    '本機尚未記錄銷售',
    'No sales logged on this device yet',
  ),
  voidSale: tx('作废', '作廢', 'Void'),
  voidConfirm: tx(
    '再点一次确定作废：该行会保留并标记为作废，不再计入积分、等级和流水。',
    '再點一次確定作廢：該列會保留並標記為作廢，不再計入積分、等級和營業額。',
    'Tap again to void: the row stays, marked void, and no longer counts for points, grades or the till.',
  ),
  voidConfirmEarlier: tx(
    '这笔是 {date} 的销售，不是今天的。再点一次确定作废：该行会保留并标记为作废，不再计入积分、等级和流水。',
    '這筆是 {date} 的銷售，不是今天的。再點一次確定作廢：該列會保留並標記為作廢，不再計入積分、等級和營業額。',
    'This sale is from {date}, not today. Tap again to void it: the row stays, marked void, and no longer counts for points, grades or the till.',
  ),
  voided: tx('已作废', '已作廢', 'Voided'),
  voidConfirmButton: tx('确定作废', '確定作廢', 'Yes, void it'),
  saleNotFound: tx(
    '销售表中找不到这笔销售（可能已被手动删除或修改）',
    '銷售表中找不到這筆銷售（可能已被手動刪除或修改）',
    'This sale is not on the Sales tab (it may have been deleted or edited by hand)',
  ),
  staff: tx('店员', '店員', 'Staff'),
  staffPrompt: tx(
    '本机的店员姓名（记在每笔销售上）',
    '本機的店員姓名（記在每筆銷售上）',
    "This device's staff name (written on each sale)",
  ),
  staffNone: tx('未设置店员', '未設定店員', 'No staff name'),
  save: tx('保存', '儲存', 'Save'),
  back: tx('返回', '返回', 'Back'),
};

/** Validation of a new customer's optional fields, beside the field. */
export const STALL_FIELDS = {
  birthdayInvalid: tx(
    '生日请写成 1990-08-15、8-15 或 八月十五',
    '生日請寫成 1990-08-15、8-15 或 八月十五',
    'Write the birthday as 1990-08-15, 8-15 or 八月十五',
  ),
  emailInvalid: tx(
    '邮箱格式不对，例如 name@example.com',
    '電子郵件格式不對，例如 name@example.com',
    'That is not an email address, such as name@example.com',
  ),
};

/** The new customer form's extra fields. */
export const NEW_CUSTOMER = {
  more: tx('更多资料（可选）', '更多資料（選填）', 'More details (optional)'),
  birthday: tx('生日', '生日', 'Birthday'),
  solar: tx('公历', '國曆', 'Solar'),
  lunar: tx('农历', '農曆', 'Lunar (农历)'),
  wechat: tx('微信号', '微信號', 'WeChat ID'),
  email: tx('邮箱', '電子郵件', 'Email'),
  askConsent: tx(
    '询问是否愿意接收消息',
    '詢問是否願意接收訊息',
    'Ask about messages',
  ),
  consentYes: tx('同意接收', '同意接收', 'Agrees to messages'),
  consentNo: tx('不同意', '不同意', 'Declines'),
  consentLabel: tx('营销同意', '行銷同意', 'Marketing consent'),
};
