/** The words of a customer's rights: what the book records and what the counter says. */
import {Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const PRIVACY_TEXTS = {
  // Written into the book (its language)
  actionConsent: tx('同意记录', '同意紀錄', 'Consent'),
  actionCorrection: tx('更正', '更正', 'Correction'),
  actionKept: tx('保留', '保留', 'Kept'),
  erasureStarted: tx('进行中', '進行中', 'Started'),
  erasureDone: tx('完成', '完成', 'Done'),
  erasureDetail: tx(
    '删除 {removed}；保留账目、去掉顾客 {unlinked}；清除其他单元格中的提及 {mentions} 处',
    '刪除 {removed}；保留帳目、去掉顧客 {unlinked}；清除其他儲存格中的提及 {mentions} 處',
    'removed {removed}; kept for the accounts without the customer {unlinked}; mentions cleared elsewhere {mentions}',
  ),
  tabRows: tx('{tab} {rows} 行', '{tab} {rows} 行', '{tab} {rows}'),
  none: tx('无', '無', 'none'),
  listSep: tx('、', '、', ', '),
  // The copy for the customer (book's language)
  exportTitle: tx(
    '{shop} 保存的您的资料（{date}）',
    '{shop} 保存的您的資料（{date}）',
    'Your details as kept by {shop} ({date})',
  ),
  exportNote: tx(
    '以下是本店会员表中与您有关的全部记录，每个表一段。',
    '以下是本店會員表中與您有關的全部紀錄，每個表一段。',
    "Every record about you in our shop's customer book: one block per tab.",
  ),
  exportFile: tx('熟客资料', '熟客資料', 'customer-data'),
  // Said to the person at the counter (their language)
  notFound: tx(
    '找不到这位客户（可能已被删除）',
    '找不到這位客戶（可能已被刪除）',
    'This customer is not on the book (perhaps already erased)',
  ),
  badStatus: tx(
    '请选择同意、不同意或撤回',
    '請選擇同意、不同意或撤回',
    'Choose agreed, declined or withdrawn',
  ),
  badHow: tx('请选择记录方式', '請選擇紀錄方式', 'Choose how it was given'),
  badPurpose: tx(
    '请至少选择一项用途',
    '請至少選擇一項用途',
    'Choose at least one purpose',
  ),
  nameRequired: tx('请填写姓名', '請填寫姓名', 'A name is needed'),
  tooLong: tx(
    '太长了：最多 {max} 个字',
    '太長了：最多 {max} 個字',
    'Too long: {max} characters at most',
  ),
  badPhone: tx(
    '手机号至少要有 5 位数字',
    '手機號碼至少要有 5 位數字',
    'A phone needs at least 5 digits',
  ),
  phoneTaken: tx(
    '这个号码已属于另一位客户：{name}',
    '這個號碼已屬於另一位客戶：{name}',
    'This number belongs to another customer: {name}',
  ),
  phoneIsKey: tx(
    '这位客户没有客户编号，以手机号记账：请在客户表和销售表中一起修改手机号',
    '這位客戶沒有客戶編號，以手機號碼記帳：請在客戶表和銷售表中一起修改',
    'This customer has no customer ID and is known by their phone: change it on the Customers and Sales tabs together',
  ),
  badEmail: tx(
    '邮箱格式不对',
    '電子郵件格式不對',
    'That is not an email address',
  ),
  nothingChanged: tx('没有改动', '沒有改動', 'Nothing changed'),
  reasonRequired: tx(
    '请写明保留的原因',
    '請寫明保留的原因',
    'Say why they are kept',
  ),
  eraseAtDesk: tx(
    '手机页面不能删除客户：请在电脑上打开表格，用 扩展程序 ▸ Shuke 熟客 ▸ 打开收银台，在这位客户的卡片上删除',
    '手機頁面不能刪除客戶：請在電腦上開啟試算表，用 擴充功能 ▸ Shuke 熟客 ▸ 打開收銀台，在這位客戶的卡片上刪除',
    "Customers can't be erased from the phone page: open the spreadsheet on a computer, use Extensions ▸ Shuke 熟客 ▸ Open counter, and erase from this customer's card",
  ),
  missingTab: tx(
    '缺少“{tab}”表：请先在菜单中运行“设置店铺”',
    '缺少「{tab}」表：請先在選單中執行「設定店鋪」',
    'The "{tab}" tab is missing: run Set up shop from the menu first',
  ),
  // The digest (book's language)
  retentionTitle: tx(
    '超过保存期限的客户（{months} 个月未到店）',
    '超過保存期限的客戶（{months} 個月未到店）',
    'Past the retention period ({months} months without a visit)',
  ),
  retentionLine: tx(
    '{name}（{key}）最后一次：{last}',
    '{name}（{key}）最後一次：{last}',
    '{name} ({key}), last seen {last}',
  ),
  retentionHow: tx(
    '在收银台打开客户卡片：“删除资料”，或“保留”并写明原因（{months} 个月内不再列出）',
    '在收銀台打開客戶卡片：「刪除資料」，或「保留」並寫明原因（{months} 個月內不再列出）',
    'Open their card at the counter: "Erase", or "Keep" with a reason (not listed again for {months} months)',
  ),
  retentionMore: tx('还有 {count} 位', '還有 {count} 位', 'and {count} more'),
  retentionJob: tx('资料保存期限', '資料保存期限', 'Retention period'),
};

export const PROTECT_TEXTS = {
  description: tx(
    '熟客管理的表：修改前会提示确认（修改这里可能影响等级、提醒或账目）',
    '熟客管理的表：修改前會提示確認（修改這裡可能影響等級、提醒或帳目）',
    "Shuke's own tab: Sheets asks before an edit (changes here can affect grades, reminders or the accounts)",
  ),
  added: tx(
    '已为这些表加上“修改前提示”保护：{list}',
    '已為這些表加上「修改前提示」保護：{list}',
    'These tabs now warn before an edit: {list}',
  ),
};

/**
 * The self-check's line on who can open the book. Shuke cannot see how the file is
 * shared: DriveApp's File.getSharingAccess / getEditors need a Drive scope
 * (developers.google.com/apps-script/reference/drive), and the add-on has only this
 * spreadsheet's. So the line says what to look at by hand.
 */
export const SHARING_TEXTS = {
  protectedOk: tx(
    '谁能打开本表：熟客看不到共享设置（那需要访问您整个 Google 云端硬盘的权限，熟客不申请）。请自己检查：右上角“共享”▸“一般访问权限”应为“受限”，“有权访问的人员”只有您和店员。熟客自己的 {count} 个表已加上修改前提示。',
    '誰能打開本表：熟客看不到共用設定（那需要存取您整個 Google 雲端硬碟的權限，熟客不申請）。請自己檢查：右上角「共用」▸「一般存取權」應為「受限制」，「具有存取權的使用者」只有您和店員。熟客自己的 {count} 個表已加上修改前提示。',
    'Who can open this book: Shuke cannot see how it is shared (that needs access to your whole Google Drive, which Shuke does not ask for). Check it yourself: Share (top right) ▸ General access should be "Restricted", and People with access only you and your staff. Shuke\'s own {count} tabs warn before an edit.',
  ),
  protectedMissing: tx(
    '谁能打开本表：熟客看不到共享设置，请在“共享”中确认“一般访问权限”为“受限”、只有您和店员。另有 {list} 还没有修改前提示：运行“设置店铺”即可加上。',
    '誰能打開本表：熟客看不到共用設定，請在「共用」中確認「一般存取權」為「受限制」、只有您和店員。另有 {list} 還沒有修改前提示：執行「設定店鋪」即可加上。',
    'Who can open this book: Shuke cannot see how it is shared; under Share, check that General access is "Restricted" and only you and your staff are listed. Not warning before an edit yet: {list}. Run Set up shop to add the warning.',
  ),
};
