/**
 * The import's words. The dialog is the viewer's (chrome); what is written into the
 * book (the Void mark of a refund or a voided receipt) is in the book's language.
 */
import {Lang, t, Texts} from '../i18n';
import {ImportField} from './format';
import {KeptReason, ProblemReason} from './parse';

const x = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const REASONS: Readonly<Record<ProblemReason, Texts>> = {
  date: x(
    '日期读不懂：{value}',
    '日期讀不懂：{value}',
    "date can't be read: {value}",
  ),
  dateOrder: x(
    '分不清日和月：{value}（这一列没有大于 12 的日）',
    '分不清日和月：{value}（這一欄沒有大於 12 的日）',
    "can't tell the day from the month in {value} (no day in this column is above 12)",
  ),
  dateMixed: x(
    '这一列的日期有的日在前、有的月在前：{value}',
    '這一欄的日期有的日在前、有的月在前：{value}',
    'this column writes some dates day first and others month first: {value}',
  ),
  dateAgainstChoice: x(
    '与所选的日期读法不符（月份会大于 12）：{value}',
    '與所選的日期讀法不符（月份會大於 12）：{value}',
    "doesn't fit the chosen reading of the dates (the month would be above 12): {value}",
  ),
  noDate: x(
    '没有日期（小票 {value}）',
    '沒有日期（收據 {value}）',
    'no date (receipt {value})',
  ),
  amount: x(
    '金额读不懂或可能有两种意思：{value}',
    '金額讀不懂或可能有兩種意思：{value}',
    "amount can't be read as meant: {value}",
  ),
  noAmount: x('没有金额', '沒有金額', 'no amount'),
  total: x(
    '合计行，不导入：{value}',
    '合計列，不匯入：{value}',
    'a total row, left out: {value}',
  ),
  receiptLeftOut: x(
    '小票 {value} 整张未导入：它有一行读不懂',
    '收據 {value} 整張未匯入：它有一列讀不懂',
    "receipt {value} left out whole: one of its rows can't be read",
  ),
  noCustomer: x(
    '没有姓名、手机号或会员号：{value}',
    '沒有姓名、手機號碼或會員號：{value}',
    'no name, phone or member number: {value}',
  ),
  sameInExport: x(
    '与本表前面一行重复：{value}',
    '與本表前面一列重複：{value}',
    'same as an earlier row of this tab: {value}',
  ),
  erased: x(
    '这个手机号的客户已应本人要求删除，不再建档：{value}',
    '這個手機號碼的客戶已應本人要求刪除，不再建檔：{value}',
    'this customer was erased at their request and is not added back: {value}',
  ),
  keptUnreadable: x(
    '{field}读不懂，原文记在备注：{value}',
    '{field}讀不懂，原文記在備註：{value}',
    "{field} can't be read, kept as written in the notes: {value}",
  ),
  keptOrder: x(
    '{field}分不清日和月，原文记在备注：{value}',
    '{field}分不清日和月，原文記在備註：{value}',
    "{field}: can't tell the day from the month, kept as written in the notes: {value}",
  ),
  keptYear: x(
    '{field}的年份只有两位，只记月日，原文记在备注：{value}',
    '{field}的年份只有兩位，只記月日，原文記在備註：{value}',
    '{field} has a two-digit year: month and day read, kept as written in the notes: {value}',
  ),
  keptMore: x(
    '{field}不止一个，用了第一个，原文记在备注：{value}',
    '{field}不止一個，用了第一個，原文記在備註：{value}',
    '{field} holds more than one: the first is used, the cell kept as written in the notes: {value}',
  ),
  keptLostDigits: x(
    '{field}是数字且末尾有一串 0，可能已丢了几位（如表格把 1.20656E+09 存成了数）：照原样导入，原文记在备注，请核对：{value}',
    '{field}是數字且末尾有一串 0，可能已丟了幾位（如表格把 1.20656E+09 存成了數）：照原樣匯入，原文記在備註，請核對：{value}',
    '{field} is a number ending in a run of zeros and may have lost digits (a spreadsheet storing 1.20656E+09 as a number): imported as written, kept in the notes, please check: {value}',
  ),
};

/**
 * A cell kept in the notes of the customer or the sale, in the book's language: what
 * it was, why it is there, and its text as the export had it.
 */
export const KEPT_NOTES: Readonly<Record<KeptReason, Texts>> = {
  keptUnreadable: x(
    '{field}（导入时读不懂）：{value}',
    '{field}（匯入時讀不懂）：{value}',
    '{field} (unreadable on import): {value}',
  ),
  keptOrder: x(
    '{field}（导入时分不清日和月）：{value}',
    '{field}（匯入時分不清日和月）：{value}',
    '{field} (day and month unclear on import): {value}',
  ),
  keptYear: x(
    '{field}（导入原文）：{value}',
    '{field}（匯入原文）：{value}',
    '{field} (as imported): {value}',
  ),
  keptMore: x(
    '{field}（导入原文）：{value}',
    '{field}（匯入原文）：{value}',
    '{field} (as imported): {value}',
  ),
  keptLostDigits: x(
    '{field}（导入时可能已丢了几位）：{value}',
    '{field}（匯入時可能已丟了幾位）：{value}',
    '{field} (may have lost digits on import): {value}',
  ),
};

/** Between a note and what the import adds to it. */
export const NOTE_JOIN = x('；', '；', '; ');

export const FIELD_NAMES: Readonly<Record<ImportField, Texts>> = {
  date: x('日期', '日期', 'Date'),
  time: x('时间', '時間', 'Time'),
  receipt: x('小票号', '收據號碼', 'Receipt no.'),
  receiptType: x('类型', '類型', 'Type'),
  status: x('状态', '狀態', 'Status'),
  amount: x('金额', '金額', 'Amount'),
  item: x('商品', '商品', 'Items'),
  quantity: x('数量', '數量', 'Quantity'),
  category: x('品类', '品類', 'Category'),
  payment: x('支付方式', '付款方式', 'Payment'),
  staff: x('店员', '店員', 'Staff'),
  note: x('备注', '備註', 'Note'),
  customerName: x('姓名', '姓名', 'Name'),
  firstName: x('名', '名', 'First name'),
  lastName: x('姓', '姓', 'Last name'),
  phone: x('手机号', '手機號碼', 'Phone'),
  contacts: x('联系方式', '聯絡方式', 'Contacts'),
  email: x('邮箱', '電子郵件', 'Email'),
  wechat: x('微信号', '微信號', 'WeChat ID'),
  memberNo: x('会员号', '會員號', 'Member no.'),
  birthday: x('生日', '生日', 'Birthday'),
  birthdayKind: x('生日历法', '生日曆法', 'Birthday calendar'),
  since: x('建档日期', '建檔日期', 'Customer since'),
  points: x('积分余额', '積分餘額', 'Points balance'),
  stored: x('储值余额', '儲值餘額', 'Stored-value balance'),
};

/** Written in the book's language into the Void cell of an imported row. */
export const VOID_MARKS = {
  refund: x('退款（导入）', '退款（匯入）', 'Refund (imported)'),
  void: x('作废（导入）', '作廢（匯入）', 'Void (imported)'),
} as const;

/**
 * A tab read by its column names has no till to name it by: it is called what it holds,
 * in the language it is shown in (the dialog's, or the book's for the batch written into
 * the book), so a Chinese book gets no English word from it.
 */
const PLAIN_FORMAT_NAMES: Readonly<Record<string, Texts>> = {
  'generic-sales': x('销售表', '銷售表', 'Sales'),
  'generic-customers': x('客户表', '客戶表', 'Customers'),
};

export function formatLabel(
  format: {id: string; name: string},
  lang: Lang,
): string {
  const plain = PLAIN_FORMAT_NAMES[format.id];
  return plain ? t(plain, lang) : format.name;
}

export const IMPORT_TEXTS = {
  menu: x(
    '从表格导入销售 / 客户',
    '從表格匯入銷售 / 客戶',
    'Import sales / customers from a tab',
  ),
  title: x('导入销售 / 客户', '匯入銷售 / 客戶', 'Import sales / customers'),
  intro: x(
    '先用 文件 ▸ 导入 把收银机导出的 CSV / Excel 放进新的工作表，再在这里选它。导入前会先给你看对应的列、前几行和读不懂的行。',
    '先用 檔案 ▸ 匯入 把收銀機匯出的 CSV / Excel 放進新的工作表，再在這裡選它。匯入前會先給你看對應的欄、前幾列和讀不懂的列。',
    "First bring the till's CSV / Excel export into a new tab (File ▸ Import), then pick it here. You see the columns, the first rows and every row that can't be read before anything is written.",
  ),
  pickTab: x('选择工作表', '選擇工作表', 'Tab'),
  check: x('检查', '檢查', 'Check'),
  recognised: x('认出：{name}', '認出：{name}', 'Recognised: {name}'),
  notRecognised: x(
    '认不出这个表：需要有日期和金额两列（销售），或手机号 / 姓名 / 会员号列（客户）。',
    '認不出這個表：需要有日期和金額兩欄（銷售），或手機號碼 / 姓名 / 會員號欄（客戶）。',
    'This tab is not an export Shuke knows: it needs a date and an amount column (sales), or a phone, name or member number column (customers).',
  ),
  ownTab: x(
    '这是熟客自己的工作表，不能从它导入。',
    '這是熟客自己的工作表，不能從它匯入。',
    "This is one of Shuke's own tabs; pick the tab holding the export.",
  ),
  noTab: x(
    '没有这个工作表：{name}',
    '沒有這個工作表：{name}',
    'No tab called {name}',
  ),
  mapping: x('列对应', '欄對應', 'Columns'),
  notTaken: x(
    '不导入的列：{list}',
    '不匯入的欄：{list}',
    'Columns not brought in: {list}',
  ),
  preview: x('前几行', '前幾列', 'First rows'),
  problems: x(
    '读不懂的行（{n} 行，不导入）',
    '讀不懂的列（{n} 列，不匯入）',
    "Rows that can't be read ({n}, left out)",
  ),
  kept: x(
    '这些行照常导入，读不懂的格原文记在备注（{n} 格）',
    '這些列照常匯入，讀不懂的格原文記在備註（{n} 格）',
    "Rows brought in with a cell that can't be read ({n}; its text kept in the notes)",
  ),
  more: x('……还有 {n} 行', '……還有 {n} 列', '… and {n} more'),
  summarySales: x(
    '共 {rows} 行：新购买 {sales} 笔（其中退款 {refunds}、作废 {voids}，不计到店），已在账本中 {already} 笔；新客户 {created} 位，已有客户 {matched} 位。',
    '共 {rows} 列：新購買 {sales} 筆（其中退款 {refunds}、作廢 {voids}，不計到店），已在帳本中 {already} 筆；新客戶 {created} 位，已有客戶 {matched} 位。',
    '{rows} rows: {sales} new {sales|purchase|purchases} ({refunds} {refunds|refund|refunds} and {voids} voided, not counted as visits), {already} already on the book; {created} new {created|customer|customers}, {matched} already on the book.',
  ),
  summaryCustomers: x(
    '共 {rows} 行：新客户 {created} 位，已在账本中 {matched} 位（不改动）。',
    '共 {rows} 列：新客戶 {created} 位，已在帳本中 {matched} 位（不改動）。',
    '{rows} rows: {created} new {created|customer|customers}, {matched} already on the book (left as they are).',
  ),
  runButton: x('导入', '匯入', 'Import'),
  dateQuestion: x(
    '{value} 是 {dmy} 还是 {mdy}？',
    '{value} 是 {dmy} 還是 {mdy}？',
    '{value} is {dmy} or {mdy}?',
  ),
  dateQuestionNote: x(
    '这份导出的日期看不出哪个是日、哪个是月。选一种，整张表都按它读；与它不符的行会列出来。',
    '這份匯出的日期看不出哪個是日、哪個是月。選一種，整張表都照它讀；與它不符的列會列出來。',
    "This export's dates don't show which number is the day and which the month. Pick one: the whole tab is read that way, and rows that don't fit are listed.",
  ),
  dateQuestionKeep: x(
    '不选也可以导入：这些日期原文记在客户的备注里。',
    '不選也可以匯入：這些日期原文記在客戶的備註裡。',
    "You may also import without choosing: those dates are kept as written in the customers' notes.",
  ),
  noCustomerColumn: x(
    '没有找到客户列，照这样导入每笔销售都算散客。「{header}」看起来是手机号——用它作客户手机吗？',
    '沒有找到客戶欄，照這樣匯入每筆銷售都算散客。「{header}」看起來是手機號碼——用它作客戶手機嗎？',
    'No customer column found: imported like this, every sale is a walk-in. "{header}" looks like phone numbers: use it as the customer\'s phone?',
  ),
  useColumn: x('用「{header}」', '用「{header}」', 'Use "{header}"'),
  chooseFirst: x(
    '请先在上面选日期怎么读。',
    '請先在上面選日期怎麼讀。',
    'First choose above how the dates read.',
  ),
  nothingRead: x(
    '这张表没有一行读得懂，什么都不会导入。原因见下。',
    '這張表沒有一列讀得懂，什麼都不會匯入。原因見下。',
    'No row of this tab could be read, so nothing can be imported. The reasons are below.',
  ),
  nothingNew: x(
    '没有新内容可导入。',
    '沒有新內容可匯入。',
    'Nothing new to import.',
  ),
  done: x(
    '已导入：{sales} 笔购买，{created} 位新客户。批次：{batch}',
    '已匯入：{sales} 筆購買，{created} 位新客戶。批次：{batch}',
    'Imported {sales} {sales|purchase|purchases} and {created} new {created|customer|customers}. Batch: {batch}',
  ),
  batches: x('以前的导入', '以前的匯入', 'Earlier imports'),
  batchLine: x(
    '{batch}：{sales} 笔购买，{customers} 位客户',
    '{batch}：{sales} 筆購買，{customers} 位客戶',
    '{batch}: {sales} {sales|purchase|purchases}, {customers} {customers|customer|customers}',
  ),
  undo: x('撤销这次导入', '復原這次匯入', 'Undo this import'),
  undoConfirm: x(
    '撤销后，这次导入的所有行都会删除。继续吗？',
    '復原後，這次匯入的所有列都會刪除。繼續嗎？',
    'Every row this import added will be removed. Go on?',
  ),
  undone: x(
    '已撤销 {batch}：删除 {sales} 笔购买、{customers} 位客户。',
    '已復原 {batch}：刪除 {sales} 筆購買、{customers} 位客戶。',
    'Undid {batch}: removed {sales} {sales|purchase|purchases} and {customers} {customers|customer|customers}.',
  ),
  keptCustomers: x(
    '{n} 位客户保留：导入后又有新的销售记到他们名下。',
    '{n} 位客戶保留：匯入後又有新的銷售記到他們名下。',
    '{n} {n|customer|customers} kept: sales were logged for them after the import.',
  ),
  nothingToUndo: x(
    '没有这个批次的行（也许已经撤销）：{batch}',
    '沒有這個批次的列（也許已經復原）：{batch}',
    'No rows of this batch (already undone?): {batch}',
  ),
  busy: x(
    '账本正忙，请稍后再试。',
    '帳本正忙，請稍後再試。',
    'The book is busy; try again in a moment.',
  ),
  missingTabs: x(
    '请先运行「设置店铺」。',
    '請先執行「設定店鋪」。',
    'Run Set up shop first.',
  ),
  close: x('关闭', '關閉', 'Close'),
  shuke: x('熟客', '熟客', 'Shuke'),
  working: x('处理中…', '處理中…', 'Working…'),
  problemLine: x(
    '第 {row} 行：{reason}',
    '第 {row} 列：{reason}',
    'Row {row}: {reason}',
  ),
  customerCol: x('客户', '客戶', 'Customer'),
  kindSales: x('销售', '銷售', 'sales'),
  kindCustomers: x('客户', '客戶', 'customers'),
} as const;
