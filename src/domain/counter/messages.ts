/**
 * Everything the counter says, in the three languages. The server uses the validation
 * and busy messages; the sidebar bundles the whole catalogue (a few kB) so it needs no
 * round trip to show a label.
 */
import {Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const MSG = {
  // Validation, beside the field
  nameRequired: tx('请填写姓名', '請填寫姓名', 'Enter a name'),
  nameTooLong: tx(
    '姓名太长（最多{max}个字）',
    '姓名太長（最多{max}個字）',
    'Name is too long (at most {max} characters)',
  ),
  phoneRequired: tx('请填写手机号', '請填寫手機號碼', 'Enter a phone number'),
  phoneInvalid: tx(
    '手机号应为5到20位数字（可带 +、空格或 -）',
    '手機號碼應為5到20位數字（可帶 +、空格或 -）',
    'A phone number is 5 to 20 digits (+, spaces and - allowed)',
  ),
  amountRequired: tx('请填写金额', '請填寫金額', 'Enter the amount'),
  amountInvalid: tx(
    '金额应为数字，例如 36 或 12.50',
    '金額應為數字，例如 36 或 12.50',
    'The amount is a number, such as 36 or 12.50',
  ),
  amountAmbiguous: tx(
    '“{value}”可能指两个不同的金额：小数用小数点、最多两位（如 12.5），逗号只用于千位分隔（如 1,234.50）',
    '「{value}」可能指兩個不同的金額：小數用小數點、最多兩位（如 12.5），逗號只用於千位分隔（如 1,234.50）',
    '“{value}” could mean two different amounts: write decimals with a dot, at most 2 digits (12.5), and a comma only between thousands (1,234.50)',
  ),
  amountDecimals: tx(
    '金额最多两位小数，例如 12.50',
    '金額最多兩位小數，例如 12.50',
    'An amount has at most 2 decimals, such as 12.50',
  ),
  amountRange: tx(
    '金额应大于0且小于1000万',
    '金額應大於0且小於1000萬',
    'The amount must be above 0 and below 10,000,000',
  ),
  paymentInvalid: tx(
    '请选择支付方式',
    '請選擇付款方式',
    'Choose how they paid',
  ),
  tooLong: tx(
    '太长了（最多{max}个字）',
    '太長了（最多{max}個字）',
    'Too long (at most {max} characters)',
  ),
  kindInvalid: tx('请选择类型', '請選擇類型', 'Choose a type'),
  ratingInvalid: tx('评分为1到5', '評分為1到5', 'A rating is 1 to 5'),
  textRequired: tx('请填写内容', '請填寫內容', 'Write what they said'),
  channelInvalid: tx(
    '请选择联系方式',
    '請選擇聯絡方式',
    'Choose how you reached them',
  ),
  reasonRequired: tx('请填写原因', '請填寫原因', 'Enter the reason'),
  resolutionRequired: tx(
    '请填写处理结果',
    '請填寫處理結果',
    'Say how it was resolved',
  ),
  customerRequired: tx(
    '请先选择客户',
    '請先選擇客戶',
    'Choose a customer first',
  ),
  fixFields: tx(
    '请修改标红的内容',
    '請修改標紅的內容',
    'Please correct the fields in red',
  ),
  // Server outcomes
  busy: tx(
    '表格正忙（其他人正在保存），请几秒后再试。您填写的内容已保留。',
    '試算表正忙（其他人正在儲存），請幾秒後再試。您填寫的內容已保留。',
    'The sheet is busy (someone else is saving). Try again in a few seconds; what you typed is kept.',
  ),
  duplicatePhone: tx(
    '手机号 {phone} 已属于客户“{name}”',
    '手機號碼 {phone} 已屬於客戶「{name}」',
    'Phone {phone} already belongs to “{name}”',
  ),
  unknownCustomer: tx(
    '找不到客户“{id}”，可能已被删除。请重新搜索。',
    '找不到客戶「{id}」，可能已被刪除。請重新搜尋。',
    'Customer “{id}” is not on the book any more. Search again.',
  ),
  complaintGone: tx(
    '这条投诉已不在原位置（表格可能被修改），请重新打开客户卡片。',
    '這條投訴已不在原位置（試算表可能被修改），請重新開啟客戶卡片。',
    'That complaint is no longer where it was (the sheet was changed). Open the card again.',
  ),
  missingTab: tx(
    '缺少“{tab}”工作表：请用菜单 扩展程序 ▸ Shuke 熟客 ▸ 设置店铺',
    '缺少「{tab}」工作表：請用選單 擴充功能 ▸ Shuke 熟客 ▸ 設定店鋪',
    'The “{tab}” tab is missing: use Extensions ▸ Shuke 熟客 ▸ Set up shop',
  ),
  missingColumn: tx(
    '“{tab}”工作表缺少“{column}”列：请用菜单 扩展程序 ▸ Shuke 熟客 ▸ 设置店铺',
    '「{tab}」工作表缺少「{column}」欄：請用選單 擴充功能 ▸ Shuke 熟客 ▸ 設定店鋪',
    'The “{tab}” tab has no “{column}” column: use Extensions ▸ Shuke 熟客 ▸ Set up shop',
  ),
  failed: tx(
    '没有保存：{reason}。您填写的内容已保留，可以再试一次。',
    '沒有儲存：{reason}。您填寫的內容已保留，可以再試一次。',
    'Not saved: {reason}. What you typed is kept; you can try again.',
  ),
  offline: tx('连接中断', '連線中斷', 'the connection was lost'),
} as const;

/** The sidebar's labels. */
export const UI = {
  title: tx('收银台', '收銀台', 'Counter'),
  search: tx(
    '手机号、姓名或拼音首字母',
    '手機號碼、姓名或拼音首字母',
    'Phone, name or pinyin',
  ),
  noMatch: tx('没有找到', '沒有找到', 'No customer found'),
  searchingBook: tx(
    '本机没有找到，正在查客户表…',
    '本機沒有找到，正在查客戶表…',
    'Not here yet: looking in the Customers tab…',
  ),
  erasedHome: tx(
    '已删除 {name} 的个人资料；销售记录保留，不再显示姓名',
    '已刪除 {name} 的個人資料；銷售紀錄保留，不再顯示姓名',
    "{name}'s personal data is erased; their sales stay on the book, with no name",
  ),
  lastContact: tx('最近回访', '最近回訪', 'Last contact'),
  contactSep: tx('：', '：', ': '),
  moreResults: tx(
    '还有 {n} 位，请再输入几个字',
    '還有 {n} 位，請再輸入幾個字',
    '{n} more: type a little more',
  ),
  customers: tx('{n} 位客户', '{n} 位客戶', '{n} {n|customer|customers}'),
  newCustomer: tx('新客户', '新客戶', 'New customer'),
  walkIn: tx('散客销售', '散客銷售', 'Walk-in sale'),
  loading: tx('正在打开…', '正在開啟…', 'Opening…'),
  back: tx('返回', '返回', 'Back'),
  sale: tx('记一笔', '記一筆', 'Log sale'),
  feedback: tx('反馈', '回饋', 'Feedback'),
  contact: tx('回访', '回訪', 'Contact'),
  save: tx('保存', '儲存', 'Save'),
  saving: tx('正在保存…', '正在儲存…', 'Saving…'),
  saved: tx('已保存', '已儲存', 'Saved'),
  grade: tx('等级', '等級', 'Grade'),
  potential: tx('潜在客户', '潛在客戶', 'Potential'),
  // The card's purchases-a-month tile: the figure on top, then what it counts. Whole
  // sentence for screen readers: perMonthSaid.
  perMonthValue: tx('约 {n} 次', '約 {n} 次', '{n}'),
  perMonth: tx('每月', '每月', 'visits a month'),
  perMonthSaid: tx('每月约 {n} 次', '每月約 {n} 次', '{n} visits a month'),
  lastVisit: tx('最近到店', '最近到店', 'Last visit'),
  // Short for the card's narrow tile; "d" needs no plural.
  daysAgo: tx('{n} 天前', '{n} 天前', '{n} d ago'),
  today: tx('今天', '今天', 'today'),
  never: tx('从未购买', '從未購買', 'never bought'),
  visits: tx('到店次数', '到店次數', 'Visits'),
  spend: tx('累计消费', '累計消費', 'Spend'),
  points: tx('积分', '積分', 'Points'),
  favourites: tx('常买', '常買', 'Buys most'),
  timesBought: tx('{n}次', '{n}次', '{n}×'),
  birthday: tx('生日', '生日', 'Birthday'),
  birthdayIn: tx(
    '{date}（{n} 天后）',
    '{date}（{n} 天後）',
    '{date} (in {n} {n|day|days})',
  ),
  birthdayToday: tx('今天生日！', '今天生日！', 'Birthday today!'),
  lunar: tx('农历', '農曆', 'lunar'),
  preferences: tx('喜好', '喜好', 'Preferences'),
  family: tx('家庭', '家庭', 'Family'),
  notes: tx('备注', '備註', 'Notes'),
  complaints: tx('未解决的投诉', '未解決的投訴', 'Open complaints'),
  resolve: tx('解决', '解決', 'Resolve'),
  resolution: tx('处理结果', '處理結果', 'Resolution'),
  due: tx('待办', '待辦', 'Due'),
  name: tx('姓名', '姓名', 'Name'),
  phone: tx('手机号', '手機號碼', 'Phone'),
  items: tx('商品', '商品', 'Items'),
  topItems: tx('热销', '熱銷', 'Best sellers'),
  amount: tx('金额', '金額', 'Amount'),
  payment: tx('支付方式', '付款方式', 'Payment'),
  note: tx('备注', '備註', 'Note'),
  pointsEarned: tx('本次积分 +{n}', '本次積分 +{n}', '+{n} {n|point|points}'),
  stars: tx('{n} 星', '{n} 星', '{n} {n|star|stars}'),
  type: tx('类型', '類型', 'Type'),
  rating: tx('评分', '評分', 'Rating'),
  text: tx('内容', '內容', 'What they said'),
  channel: tx('方式', '方式', 'Channel'),
  reason: tx('原因', '原因', 'Reason'),
  outcome: tx('结果', '結果', 'Outcome'),
  useExisting: tx('使用这位客户', '使用這位客戶', 'Use this customer'),
  saleSavedNoPoints: tx(
    '已记录 {amount}',
    '已記錄 {amount}',
    'Logged {amount}',
  ),
  tooLongCount: tx(
    '太长了：{n} 个字，最多 {max} 个字。保存前请删短，不会自动截断。',
    '太長了：{n} 個字，最多 {max} 個字。儲存前請刪短，不會自動截斷。',
    'Too long: {n} characters, at most {max}. Shorten it before saving; nothing is cut for you.',
  ),
  saleSaved: tx(
    '已记录 {amount}，积分 +{points}',
    '已記錄 {amount}，積分 +{points}',
    'Logged {amount}, +{points} {points|point|points}',
  ),
  gradeNow: tx('等级：{grade}', '等級：{grade}', 'Grade: {grade}'),
  feedbackSaved: tx('反馈已记录', '回饋已記錄', 'Feedback logged'),
  contactSaved: tx('回访已记录', '回訪已記錄', 'Contact recorded'),
  resolved: tx('投诉已解决', '投訴已解決', 'Complaint resolved'),
  walkInTitle: tx('散客（无会员）', '散客（無會員）', 'Walk-in (no customer)'),
  optional: tx('选填', '選填', 'optional'),
} as const;

/**
 * Purchases a month as the Customers tab shows it (number format 0.0,
 * grades/install.ts): one decimal, so the card and the tab agree (23.7, 2.0).
 */
export function perMonthFigure(n: number): string {
  if (!Number.isFinite(n)) return '0.0';
  return (Math.round(n * 10) / 10).toFixed(1);
}
