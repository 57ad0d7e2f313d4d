/**
 * The shop's tabs and columns. Tabs and columns are found by any of their names in the
 * three languages (plus aliases owners and cash-register exports use), never by position,
 * so an owner can rename to another language, reorder, or add columns of their own.
 */
import {Lang, LANGS, Texts} from '../domain/i18n';
import {
  POINTS_LEDGER,
  POINTS_REASONS,
  STORED_LEDGER,
  STORED_PAYMENT,
  STORED_REASONS,
} from './schema-loyalty';
import {PROMOTIONS} from './schema-promotions';
import {ERASURE_LOG, PRIVACY_LOG} from './schema-privacy';
import {TIER_LOG, TIERS} from './schema-tiers';

export type TabKey =
  | 'customers'
  | 'sales'
  | 'feedback'
  | 'contacts'
  | 'settings'
  | 'reminderLog'
  | 'points'
  | 'stored'
  | 'promotions'
  | 'somethingNew'
  | 'privacyLog'
  | 'erasureLog'
  | 'tiers'
  | 'tierLog'
  | 'salesHistory';

export type ColumnKind =
  | 'text' // stays text: written with a leading apostrophe when it could be read as a formula
  | 'key' // a customer key: phone numbers may arrive as numbers
  | 'date'
  | 'datetime'
  | 'number'
  | 'money'
  | 'boolean'
  | 'enum'
  | 'formula'; // filled by a formula Shuke writes (grades and companions)

export interface ColumnDef {
  key: string;
  names: Texts;
  /** More headers recognised for this column (any language, any case). */
  aliases?: readonly string[];
  kind: ColumnKind;
  /** For kind 'enum': the option set in OPTIONS. */
  options?: OptionSetKey;
  /** Column width in pixels when Shuke creates the column. */
  width?: number;
}

export interface TabDef {
  key: TabKey;
  names: Texts;
  aliases?: readonly string[];
  columns: readonly ColumnDef[];
}

// ---------------------------------------------------------------------------------------
// Option sets: stored in the sheet in the sheet's language, read back in any language.
export type OptionSetKey =
  | 'payment'
  | 'feedbackType'
  | 'feedbackStatus'
  | 'channel'
  | 'consent'
  | 'birthdayKind'
  | 'pointsReason'
  | 'storedReason';

export interface OptionDef {
  key: string;
  names: Texts;
  aliases?: readonly string[];
}

export const OPTIONS: Readonly<Record<OptionSetKey, readonly OptionDef[]>> = {
  payment: [
    {key: 'cash', names: {'zh-CN': '现金', 'zh-TW': '現金', en: 'Cash'}},
    {
      key: 'wechat',
      names: {'zh-CN': '微信支付', 'zh-TW': '微信支付', en: 'WeChat Pay'},
      aliases: ['微信', 'wechat', 'wx'],
    },
    {
      key: 'alipay',
      names: {'zh-CN': '支付宝', 'zh-TW': '支付寶', en: 'Alipay'},
      aliases: ['zfb'],
    },
    {
      key: 'card',
      names: {'zh-CN': '银行卡', 'zh-TW': '銀行卡', en: 'Card'},
      aliases: [
        '刷卡',
        '信用卡',
        'credit card',
        'debit card',
        'unionpay',
        '银联',
      ],
    },
    {key: 'other', names: {'zh-CN': '其他', 'zh-TW': '其他', en: 'Other'}},
    STORED_PAYMENT,
  ],
  feedbackType: [
    {
      key: 'praise',
      names: {'zh-CN': '表扬', 'zh-TW': '表揚', en: 'Praise'},
      aliases: ['好评', '好評', 'compliment'],
    },
    {
      key: 'suggestion',
      names: {'zh-CN': '建议', 'zh-TW': '建議', en: 'Suggestion'},
      aliases: ['意见', '意見', 'idea'],
    },
    {
      key: 'complaint',
      names: {'zh-CN': '投诉', 'zh-TW': '投訴', en: 'Complaint'},
      aliases: ['差评', '差評', '抱怨'],
    },
    {
      key: 'survey',
      names: {'zh-CN': '问卷', 'zh-TW': '問卷', en: 'Survey'},
      aliases: ['调查', '調查', 'survey answer'],
    },
  ],
  feedbackStatus: [
    {
      key: 'open',
      // The pair 未解决 / 已解决 reads as one question answered; 待处理 is still read.
      names: {'zh-CN': '未解决', 'zh-TW': '未解決', en: 'Open'},
      aliases: [
        '待处理',
        '待處理',
        '处理中',
        '處理中',
        'pending',
        'unresolved',
      ],
    },
    {
      key: 'resolved',
      names: {'zh-CN': '已解决', 'zh-TW': '已解決', en: 'Resolved'},
      aliases: ['已处理', '已處理', 'closed', 'done'],
    },
  ],
  channel: [
    {
      key: 'phone',
      names: {'zh-CN': '电话', 'zh-TW': '電話', en: 'Phone'},
      aliases: ['call', 'tel'],
    },
    {
      key: 'sms',
      names: {'zh-CN': '短信', 'zh-TW': '簡訊', en: 'SMS'},
      aliases: ['短訊', 'text'],
    },
    {
      key: 'wechat',
      names: {'zh-CN': '微信', 'zh-TW': '微信', en: 'WeChat'},
      aliases: ['wx'],
    },
    {
      key: 'email',
      names: {'zh-CN': '邮件', 'zh-TW': '郵件', en: 'Email'},
      aliases: ['电子邮件', '電子郵件', 'e-mail'],
    },
    {
      key: 'inPerson',
      names: {'zh-CN': '到店', 'zh-TW': '到店', en: 'In person'},
      aliases: ['当面', '當面', '面谈', 'visit'],
    },
  ],
  consent: [
    {
      key: 'yes',
      names: {'zh-CN': '同意', 'zh-TW': '同意', en: 'Yes'},
      aliases: ['是', 'y', 'true', '1', 'agreed', '✓'],
    },
    {
      key: 'no',
      names: {'zh-CN': '不同意', 'zh-TW': '不同意', en: 'No'},
      aliases: ['否', 'n', 'false', '0'],
    },
    {
      key: 'unsubscribed',
      names: {'zh-CN': '已退订', 'zh-TW': '已退訂', en: 'Unsubscribed'},
      aliases: ['退订', '退訂', 'stop', 'opted out'],
    },
  ],
  birthdayKind: [
    {
      key: 'solar',
      names: {'zh-CN': '公历', 'zh-TW': '國曆', en: 'Solar'},
      aliases: ['阳历', '陽曆', '新历', '新曆', '公曆', 'gregorian'],
    },
    {
      key: 'lunar',
      names: {'zh-CN': '农历', 'zh-TW': '農曆', en: 'Lunar'},
      aliases: ['阴历', '陰曆', '旧历', '舊曆', '农', '農'],
    },
  ],
  pointsReason: POINTS_REASONS,
  storedReason: STORED_REASONS,
};

// ---------------------------------------------------------------------------------------
// Tabs
const txt = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const CUSTOMERS: TabDef = {
  key: 'customers',
  names: txt('客户', '客戶', 'Customers'),
  aliases: ['会员', '會員', 'members', 'clients', '顾客', '顧客'],
  columns: [
    {
      key: 'id',
      names: txt('客户编号', '客戶編號', 'Customer ID'),
      aliases: [
        '编号',
        '編號',
        'ID',
        '会员号',
        '會員號',
        'member no',
        'customer no',
      ],
      kind: 'key',
      width: 90,
    },
    {
      key: 'name',
      names: txt('姓名', '姓名', 'Name'),
      aliases: ['名字', '客户名', '客戶名', 'customer name', '称呼', '稱呼'],
      kind: 'text',
      width: 110,
    },
    {
      key: 'phone',
      names: txt('手机号', '手機號碼', 'Phone'),
      aliases: [
        '手机',
        '手機',
        '电话',
        '電話',
        '手机号码',
        'mobile',
        'tel',
        'phone number',
      ],
      kind: 'key',
      width: 120,
    },
    {
      key: 'email',
      names: txt('邮箱', '電子郵件', 'Email'),
      aliases: ['邮件', '郵件', '电子邮件', '電郵', 'e-mail', 'mail'],
      kind: 'text',
      width: 160,
    },
    {
      key: 'wechat',
      names: txt('微信号', '微信號', 'WeChat ID'),
      aliases: ['微信', 'wechat', 'wx'],
      kind: 'text',
      width: 110,
    },
    {
      key: 'birthday',
      names: txt('生日', '生日', 'Birthday'),
      aliases: ['出生日期', 'date of birth', 'dob'],
      kind: 'date',
      width: 100,
    },
    {
      key: 'birthdayKind',
      names: txt('生日历法', '生日曆法', 'Birthday calendar'),
      aliases: ['历法', '曆法', '公历/农历', '國曆/農曆', 'calendar'],
      kind: 'enum',
      options: 'birthdayKind',
      width: 90,
    },
    {
      key: 'preferences',
      names: txt('喜好', '喜好', 'Preferences'),
      aliases: [
        '偏好',
        '口味',
        '喜欢的商品',
        '喜歡的商品',
        'favourites',
        'favorites',
        'likes',
      ],
      kind: 'text',
      width: 160,
    },
    {
      key: 'family',
      names: txt('家庭备注', '家庭備註', 'Family notes'),
      aliases: ['家庭', '家人', 'family'],
      kind: 'text',
      width: 140,
    },
    {
      key: 'referredBy',
      names: txt('推荐人', '推薦人', 'Referred by'),
      aliases: ['介绍人', '介紹人', 'referrer', 'referral'],
      kind: 'key',
      width: 100,
    },
    {
      key: 'consent',
      names: txt('营销同意', '行銷同意', 'Marketing consent'),
      aliases: ['同意营销', '同意接收', 'consent', 'opt-in', '营销许可'],
      kind: 'enum',
      options: 'consent',
      width: 90,
    },
    {
      key: 'notes',
      names: txt('备注', '備註', 'Notes'),
      aliases: ['说明', '說明', 'note', 'remarks', '备忘'],
      kind: 'text',
      width: 180,
    },
    {
      key: 'since',
      names: txt('建档日期', '建檔日期', 'Customer since'),
      aliases: [
        '注册日期',
        '註冊日期',
        '入会日期',
        '入會日期',
        'since',
        'joined',
        'created',
      ],
      kind: 'date',
      width: 100,
    },
    {
      // The import that added the row (Import sales / customers from a tab): undoing
      // that import removes exactly its rows.
      key: 'batch',
      names: txt('导入批次', '匯入批次', 'Import batch'),
      aliases: [],
      kind: 'text',
      width: 120,
    },
    // Computed by formulas over the Sales tab (see usecases/grades).
    {
      key: 'grade',
      names: txt('等级', '等級', 'Grade'),
      aliases: ['客户等级', '客戶等級', 'level', 'class'],
      kind: 'formula',
      width: 60,
    },
    {
      key: 'perMonth',
      names: txt('月均购买', '月均購買', 'Purchases a month'),
      aliases: ['每月购买', '每月購買', 'per month'],
      kind: 'formula',
      width: 90,
    },
    {
      key: 'lastVisit',
      names: txt('最近到店', '最近到店', 'Last visit'),
      aliases: ['最近购买', '最近購買', 'last purchase'],
      kind: 'formula',
      width: 100,
    },
    {
      key: 'totalSpend',
      names: txt('累计消费', '累計消費', 'Total spend'),
      aliases: ['消费总额', '消費總額', 'spend', 'lifetime spend'],
      kind: 'formula',
      width: 90,
    },
    {
      key: 'segment',
      names: txt('客户分群', '客戶分群', 'Segment'),
      aliases: ['分群', '分类', '分類', 'rfm'],
      kind: 'formula',
      width: 110,
    },
  ],
};

export const SALES: TabDef = {
  key: 'sales',
  names: txt('销售', '銷售', 'Sales'),
  aliases: [
    '销售记录',
    '銷售紀錄',
    '流水',
    '订单',
    '訂單',
    'orders',
    'transactions',
    'receipts',
  ],
  columns: [
    {
      key: 'date',
      names: txt('日期时间', '日期時間', 'Date'),
      aliases: [
        '日期',
        '时间',
        '時間',
        '交易时间',
        '交易時間',
        '下单时间',
        'date time',
        'datetime',
        'time',
      ],
      kind: 'datetime',
      width: 140,
    },
    {
      key: 'customer',
      names: txt('客户', '客戶', 'Customer'),
      aliases: [
        '客户编号',
        '客戶編號',
        '会员号',
        '會員號',
        '会员',
        '會員',
        '手机号',
        '手機號碼',
        'customer id',
        'member',
      ],
      kind: 'key',
      width: 110,
    },
    {
      key: 'items',
      names: txt('商品', '商品', 'Items'),
      aliases: [
        '品名',
        '商品名称',
        '商品名稱',
        '货品',
        '貨品',
        'item',
        'product',
        'products',
      ],
      kind: 'text',
      width: 180,
    },
    {
      key: 'category',
      names: txt('品类', '品類', 'Category'),
      aliases: ['类别', '類別', '分类', '分類'],
      kind: 'text',
      width: 90,
    },
    {
      key: 'quantity',
      names: txt('数量', '數量', 'Quantity'),
      aliases: ['件数', '件數', 'qty'],
      kind: 'number',
      width: 60,
    },
    {
      key: 'amount',
      names: txt('金额', '金額', 'Amount'),
      aliases: [
        '实收',
        '實收',
        '实收金额',
        '實收金額',
        '合计',
        '合計',
        'total',
        'paid',
      ],
      kind: 'money',
      width: 80,
    },
    {
      key: 'payment',
      names: txt('支付方式', '付款方式', 'Payment'),
      aliases: ['付款', '支付', 'payment method', 'paid by'],
      kind: 'enum',
      options: 'payment',
      width: 90,
    },
    {
      key: 'promo',
      names: txt('优惠码', '優惠碼', 'Promo code'),
      aliases: ['优惠', '優惠', '活动', '活動', 'promo', 'coupon'],
      kind: 'text',
      width: 90,
    },
    {
      key: 'points',
      names: txt('积分', '積分', 'Points'),
      aliases: ['points earned'],
      kind: 'number',
      width: 60,
    },
    {
      key: 'receipt',
      names: txt('小票号', '收據號碼', 'Receipt no.'),
      aliases: [
        '单号',
        '單號',
        '小票',
        '订单号',
        '訂單號',
        'receipt',
        'order no',
      ],
      kind: 'text',
      width: 110,
    },
    {
      key: 'staff',
      names: txt('店员', '店員', 'Staff'),
      aliases: ['收银员', '收銀員', 'cashier', 'by'],
      kind: 'text',
      width: 80,
    },
    {
      key: 'note',
      names: txt('备注', '備註', 'Note'),
      aliases: ['说明', '說明', 'notes', 'remarks'],
      kind: 'text',
      width: 140,
    },
    {
      // A sale undone at the counter: the row stays, this cell says who voided it and
      // when, and every figure skips the row (grades, points, the till, reminders).
      key: 'void',
      names: txt('作废', '作廢', 'Void'),
      aliases: ['已作废', '已作廢', 'voided', 'cancelled', 'canceled'],
      kind: 'text',
      width: 140,
    },
    {
      key: 'requestId',
      names: txt('请求编号', '請求編號', 'Request ID'),
      aliases: [],
      kind: 'text',
      width: 60,
    },
    {
      // The import that added the row (Import sales / customers from a tab): undoing
      // that import removes exactly its rows.
      key: 'batch',
      names: txt('导入批次', '匯入批次', 'Import batch'),
      aliases: [],
      kind: 'text',
      width: 120,
    },
  ],
};

export const FEEDBACK: TabDef = {
  key: 'feedback',
  names: txt('反馈', '回饋', 'Feedback'),
  aliases: ['客户反馈', '客戶回饋', '意见', '意見', '投诉', '投訴', '反饋'],
  columns: [
    {
      key: 'date',
      names: txt('日期', '日期', 'Date'),
      aliases: ['时间', '時間', 'date time'],
      kind: 'datetime',
      width: 140,
    },
    {
      key: 'customer',
      names: txt('客户', '客戶', 'Customer'),
      aliases: ['客户编号', '客戶編號', '会员', '會員', 'customer id'],
      kind: 'key',
      width: 110,
    },
    {
      key: 'type',
      names: txt('类型', '類型', 'Type'),
      aliases: ['类别', '類別', 'kind'],
      kind: 'enum',
      options: 'feedbackType',
      width: 80,
    },
    {
      key: 'rating',
      names: txt('评分', '評分', 'Rating'),
      aliases: ['分数', '分數', '星级', '星級', 'score', 'stars'],
      kind: 'number',
      width: 60,
    },
    {
      key: 'text',
      names: txt('内容', '內容', 'Text'),
      aliases: ['反馈内容', '回饋內容', 'comment', 'feedback', 'details'],
      kind: 'text',
      width: 240,
    },
    {
      key: 'status',
      names: txt('状态', '狀態', 'Status'),
      aliases: ['处理状态', '處理狀態', 'state'],
      kind: 'enum',
      options: 'feedbackStatus',
      width: 80,
    },
    {
      key: 'resolution',
      names: txt('处理结果', '處理結果', 'Resolution'),
      aliases: ['解决方案', '解決方案', '处理', '處理', 'outcome'],
      kind: 'text',
      width: 200,
    },
    {
      key: 'resolvedOn',
      names: txt('解决日期', '解決日期', 'Resolved on'),
      aliases: ['处理日期', '處理日期', 'resolved', 'closed on'],
      kind: 'date',
      width: 100,
    },
    {
      key: 'requestId',
      names: txt('请求编号', '請求編號', 'Request ID'),
      aliases: [],
      kind: 'text',
      width: 60,
    },
  ],
};

export const CONTACTS: TabDef = {
  key: 'contacts',
  names: txt('回访', '回訪', 'Contacts'),
  aliases: ['回访记录', '回訪紀錄', '跟进', '跟進', 'follow-ups', 'follow ups'],
  columns: [
    {
      key: 'date',
      names: txt('日期', '日期', 'Date'),
      aliases: ['时间', '時間', 'date time'],
      kind: 'datetime',
      width: 140,
    },
    {
      key: 'customer',
      names: txt('客户', '客戶', 'Customer'),
      aliases: ['客户编号', '客戶編號', '会员', '會員', 'customer id'],
      kind: 'key',
      width: 110,
    },
    {
      key: 'channel',
      names: txt('方式', '方式', 'Channel'),
      aliases: ['渠道', '管道', '联系方式', '聯絡方式', 'via'],
      kind: 'enum',
      options: 'channel',
      width: 80,
    },
    {
      key: 'reason',
      names: txt('原因', '原因', 'Reason'),
      aliases: ['事由', '目的', 'why', 'purpose'],
      kind: 'text',
      width: 140,
    },
    {
      key: 'outcome',
      names: txt('结果', '結果', 'Outcome'),
      aliases: ['反馈', '回饋', 'result'],
      kind: 'text',
      width: 180,
    },
    {
      key: 'by',
      names: txt('经办人', '經辦人', 'By'),
      aliases: ['员工', '員工', '店员', '店員', 'staff'],
      kind: 'text',
      width: 80,
    },
    {
      key: 'requestId',
      names: txt('请求编号', '請求編號', 'Request ID'),
      aliases: [],
      kind: 'text',
      width: 60,
    },
  ],
};

/** Settings is a two-column tab of label and value; see settings.ts for the keys. */
export const SETTINGS: TabDef = {
  key: 'settings',
  names: txt('设置', '設定', 'Settings'),
  aliases: ['设定', '設置', 'config', 'configuration'],
  columns: [
    {
      key: 'label',
      names: txt('项目', '項目', 'Setting'),
      aliases: ['设置项', '設定項', 'item'],
      kind: 'text',
      width: 200,
    },
    {
      key: 'value',
      names: txt('值', '值', 'Value'),
      aliases: ['数值', '數值', '内容', '內容'],
      kind: 'text',
      width: 260,
    },
    {
      key: 'help',
      names: txt('说明', '說明', 'Help'),
      aliases: ['备注', '備註', 'notes'],
      kind: 'text',
      width: 360,
    },
  ],
};

export const TABS: readonly TabDef[] = [
  CUSTOMERS,
  SALES,
  FEEDBACK,
  CONTACTS,
  SETTINGS,
  POINTS_LEDGER,
  STORED_LEDGER,
  PROMOTIONS,
  PRIVACY_LOG,
  ERASURE_LOG,
  TIERS,
  TIER_LOG,
];

// ---------------------------------------------------------------------------------------
// Matching headers and option values, in any of the three languages.

/** Headers compare without case, spaces, punctuation or a trailing unit like "(元)". */
export function normaliseLabel(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]\s*$/, '')
    .replace(/[\s_\-.:：/\\'"’`*#]+/g, '');
}

function labelsOf(def: {names: Texts; aliases?: readonly string[]}): string[] {
  return [...LANGS.map(l => def.names[l]), ...(def.aliases ?? [])].map(
    normaliseLabel,
  );
}

/** The index of the column of `col` in `headers`, or -1. */
export function findColumn(
  headers: readonly unknown[],
  col: ColumnDef,
): number {
  const wanted = new Set(labelsOf(col));
  return headers.findIndex(h => wanted.has(normaliseLabel(h)));
}

export function tabMatches(sheetName: string, tab: TabDef): boolean {
  return labelsOf(tab).includes(normaliseLabel(sheetName));
}

/** Reads an option typed in any language; null when it is none of them. */
export function parseOption(set: OptionSetKey, value: unknown): string | null {
  const v = normaliseLabel(value);
  if (!v) return null;
  for (const o of OPTIONS[set]) {
    if (
      labelsOf({
        names: o.names,
        aliases: [o.key, ...(o.aliases ?? [])],
      }).includes(v)
    )
      return o.key;
  }
  return null;
}

export function optionLabel(
  set: OptionSetKey,
  key: string,
  lang: Lang,
): string {
  return OPTIONS[set].find(o => o.key === key)?.names[lang] ?? key;
}

export function columnName(col: ColumnDef, lang: Lang): string {
  return col.names[lang];
}
