/** The counter's words for a customer's data, in the viewer's language. */
import {Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const PRIVACY_UI = {
  title: tx('顾客资料', '顧客資料', 'Customer data'),
  consentLine: tx(
    '同意：邮件 {email} · 消息 {messages}',
    '同意：郵件 {email} · 訊息 {messages}',
    'Consent for email: {email} · for messages: {messages}',
  ),
  notAsked: tx('未问', '未問', 'Not asked'),
  recordedOn: tx('（{date} 记录）', '（{date} 紀錄）', ' (recorded {date})'),
  pastRetention: tx(
    '已超过资料保存期限：请删除，或写明原因保留',
    '已超過資料保存期限：請刪除，或寫明原因保留',
    'Past the retention period: erase, or keep with a reason',
  ),
  consent: tx('记录同意', '紀錄同意', 'Consent'),
  export: tx('导出资料', '匯出資料', 'Copy of data'),
  correct: tx('更正资料', '更正資料', 'Correct'),
  erase: tx('删除资料', '刪除資料', 'Erase'),
  keep: tx('保留', '保留', 'Keep'),
  noticeFirst: tx(
    '请先让顾客看这段说明：',
    '請先讓顧客看這段說明：',
    'Show the customer this first:',
  ),
  status: tx('答复', '答覆', 'Answer'),
  purposes: tx('用途', '用途', 'For'),
  how: tx('方式', '方式', 'How'),
  saveConsent: tx('记录', '紀錄', 'Record'),
  consentSaved: tx('已记录', '已紀錄', 'Recorded'),
  exportReady: tx('资料已整理好：', '資料已整理好：', 'The copy is ready:'),
  download: tx('下载 {file}', '下載 {file}', 'Download {file}'),
  copyText: tx('复制全部文字', '複製全部文字', 'Copy all the text'),
  copied: tx('已复制', '已複製', 'Copied'),
  exportHint: tx(
    '把文件发给顾客（微信、邮件或打印）；文件里只有这位顾客的记录。',
    '把檔案發給顧客（微信、郵件或列印）；檔案裡只有這位顧客的紀錄。',
    'Send the file to the customer (WeChat, email or print it): it holds only their records.',
  ),
  tabRows: tx('{tab}：{rows} 行', '{tab}：{rows} 行', '{tab}: {rows}'),
  saveCorrection: tx('保存更正', '儲存更正', 'Save the correction'),
  corrected: tx(
    '已更正，已记入隐私记录',
    '已更正，已記入隱私紀錄',
    'Corrected, and noted in the Privacy log',
  ),
  eraseWill: tx(
    '将删除{name}的资料：',
    '將刪除{name}的資料：',
    "This erases {name}'s data:",
  ),
  eraseRemoved: tx('删除：{list}', '刪除：{list}', 'Removed: {list}'),
  eraseUnlinked: tx(
    '保留金额和日期，去掉与顾客的关联：{list}',
    '保留金額和日期，去掉與顧客的關聯：{list}',
    'Kept for the accounts, the link to them removed: {list}',
  ),
  eraseMentions: tx(
    '其他表格中提到的 {n} 处改为 ***',
    '其他表格中提到的 {n} 處改為 ***',
    '{n} mentions elsewhere replaced by ***',
  ),
  eraseNameShared: tx(
    '另一位客户同名：其他地方只清除号码、邮箱和微信号，不清除名字',
    '另一位客戶同名：其他地方只清除號碼、電子郵件和微信號，不清除名字',
    'Another customer has the same name: elsewhere only the phone, email and WeChat ID are cleared, not the name',
  ),
  eraseFinal: tx(
    '删除后无法恢复。',
    '刪除後無法恢復。',
    'This cannot be undone.',
  ),
  eraseConfirm: tx(
    '确定删除{name}的资料',
    '確定刪除{name}的資料',
    "Erase {name}'s data",
  ),
  cancel: tx('取消', '取消', 'Cancel'),
  erased: tx(
    '已删除 {rows} 行资料，已记入删除记录',
    '已刪除 {rows} 行資料，已記入刪除紀錄',
    '{rows} rows erased, and noted in the Erasure log',
  ),
  keepReason: tx('保留原因', '保留原因', 'Why keep them'),
  kept: tx('已记录保留原因', '已紀錄保留原因', 'Kept, with the reason noted'),
  listSep: tx('、', '、', ', '),
  failed: tx('没有完成：{reason}', '沒有完成：{reason}', 'Not done: {reason}'),
};

/** The menu item and its dialog (the viewer's language). */
export const PRIVACY_MENU = {
  menu: tx(
    '顾客资料（查阅复制）',
    '顧客資料（查閱複製）',
    "A customer's data (copy)",
  ),
  ask: tx(
    '输入顾客的手机号或客户编号：',
    '輸入顧客的手機號碼或客戶編號：',
    "The customer's phone number or customer ID:",
  ),
  notFound: tx(
    '找不到“{key}”：请输入客户表中的手机号或客户编号。',
    '找不到「{key}」：請輸入客戶表中的手機號碼或客戶編號。',
    'No customer "{key}": type a phone number or customer ID from the Customers tab.',
  ),
  more: tx(
    '更正、记录同意或删除：在收银台打开这位顾客的卡片，见“顾客资料”。',
    '更正、紀錄同意或刪除：在收銀台打開這位顧客的卡片，見「顧客資料」。',
    'To correct, record consent or erase: open their card at the counter, under "Customer data".',
  ),
  close: tx('关闭', '關閉', 'Close'),
};
