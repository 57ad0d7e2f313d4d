/**
 * The keys of the Settings tab: one row each, label in the sheet's language (recognised in
 * all three), value beside it. Owners change values by hand; an unreadable value falls back
 * to the default and is reported. Each feature keeps its keys in its own section below.
 */
import {Texts} from '../domain/i18n';
import {TIER_SETTINGS} from './settings-tiers';
import {DEFAULT_TEMPLATES, TemplateKey} from '../domain/followup/templates';
import {LOYALTY_SETTINGS} from './settings-loyalty';
import {PRIVACY_SETTINGS} from './settings-privacy';
import {RECOMMEND_SETTINGS} from './settings-recommend';

export type SettingType =
  | 'text'
  | 'email'
  | 'number'
  | 'date'
  | 'boolean'
  | 'lang'
  | 'template'
  | 'status';

export interface SettingDef {
  key: string;
  label: Texts;
  aliases?: readonly string[];
  type: SettingType;
  /** Default value; for 'template' and texts, per language. */
  def: string | number | boolean | Texts | null;
  help?: Texts;
}

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

// --- Shop (foundation) ---------------------------------------------------------------
export const SHOP_SETTINGS: readonly SettingDef[] = [
  {
    key: 'shopName',
    label: tx('店名', '店名', 'Shop name'),
    aliases: ['店铺名称', '店鋪名稱', 'shop'],
    type: 'text',
    def: '',
  },
  {
    key: 'ownerName',
    label: tx('店长', '店長', 'Owner name'),
    aliases: ['负责人', '負責人', 'owner', '经营者', '經營者'],
    type: 'text',
    def: '',
  },
  {
    key: 'ownerEmail',
    label: tx('店长邮箱', '店長電子郵件', 'Owner email'),
    aliases: ['负责人邮箱', 'owner e-mail'],
    type: 'email',
    def: '',
  },
  {
    key: 'shopPhone',
    label: tx('店铺电话', '店鋪電話', 'Shop phone'),
    aliases: ['店电话', 'shop tel'],
    type: 'text',
    def: '',
  },
  {
    key: 'language',
    label: tx('语言', '語言', 'Language'),
    aliases: ['language code'],
    type: 'lang',
    def: null,
    help: tx(
      '本表格和所有邮件使用的语言：简体中文、繁體中文 或 English。设置店铺时按当时的区域设置填写，之后只在这里更改。',
      '本試算表和所有郵件使用的語言：简体中文、繁體中文 或 English。設定店鋪時按當時的地區設定填寫，之後只在這裡更改。',
      'The language of this book and every email: 简体中文, 繁體中文 or English. Set up shop fills it in from the locale of the time; change it only here.',
    ),
  },
  {
    key: 'currency',
    label: tx('货币符号', '貨幣符號', 'Currency'),
    aliases: ['货币', '貨幣'],
    type: 'text',
    // A new book starts with its locale's symbol (currency-default.ts); this is the
    // value a blank cell or a book from before the row existed is read with.
    def: '¥',
    help: tx(
      '金额前显示的符号，如 ¥、NT$、HK$、RM。设置店铺时按表格的区域设置填写，之后只在这里更改。',
      '金額前顯示的符號，如 NT$、HK$、¥、RM。設定店鋪時按試算表的地區設定填寫，之後只在這裡更改。',
      'The symbol shown before amounts, such as $, £, S$ or RM. Set up shop fills it in from the locale of the spreadsheet; change it only here.',
    ),
  },
];

// --- Grades (engine, custom functions) -------------------------------------------------
export const GRADE_SETTINGS: readonly SettingDef[] = [
  {
    key: 'gradeA',
    label: tx(
      'A级：每月购买次数≥',
      'A級：每月購買次數≥',
      'Grade A: purchases a month ≥',
    ),
    type: 'number',
    def: 15,
  },
  {
    key: 'gradeB',
    label: tx(
      'B级：每月购买次数≥',
      'B級：每月購買次數≥',
      'Grade B: purchases a month ≥',
    ),
    type: 'number',
    def: 10,
  },
  {
    key: 'gradeC',
    label: tx(
      'C级：每月购买次数≥',
      'C級：每月購買次數≥',
      'Grade C: purchases a month ≥',
    ),
    type: 'number',
    def: 5,
  },
  {
    key: 'gradeD',
    label: tx(
      'D级：每月购买次数≥',
      'D級：每月購買次數≥',
      'Grade D: purchases a month ≥',
    ),
    type: 'number',
    def: 3,
  },
  {
    key: 'windowDays',
    label: tx('评级统计天数', '評級統計天數', 'Grading window (days)'),
    type: 'number',
    def: 90,
  },
  {
    key: 'asOf',
    label: tx('等级计算日期', '等級計算日期', 'Grades as of'),
    type: 'date',
    def: null,
    help: tx(
      '每日自动更新；也可用菜单“刷新客户等级”',
      '每日自動更新；也可用選單「重新整理客戶等級」',
      'Updated every day; or use the menu "Refresh grades"',
    ),
  },
  // Lifecycle, value class and segment (src/domain/segments.ts). The grade formulas pass
  // these five rows to CUSTOMER_SEGMENT as one range: keep them together, in this order.
  {
    key: 'newDays',
    label: tx('新客期（天）', '新客期（天）', 'New customer for (days)'),
    type: 'number',
    def: 30,
    help: tx(
      '首次购买后多少天内算新客',
      '首次購買後多少天內算新客',
      'Days after the first purchase a customer counts as new',
    ),
  },
  {
    key: 'lapsedDays',
    label: tx(
      '流失预警：未到店天数≥',
      '流失預警：未到店天數≥',
      'At risk after (days without a visit)',
    ),
    type: 'number',
    def: 42,
    help: tx(
      '多久没来算流失预警（若客人平时间隔更长，按其平均间隔的2倍）',
      '多久沒來算流失預警（若客人平時間隔更長，按其平均間隔的2倍）',
      "No visit for this long (or twice the customer's usual gap, if longer) counts as lapsed",
    ),
  },
  {
    key: 'lostDays',
    label: tx(
      '已流失：未到店天数≥',
      '已流失：未到店天數≥',
      'Lost after (days without a visit)',
    ),
    type: 'number',
    def: 180,
  },
  {
    key: 'vipGrade',
    label: tx('VIP最低等级', 'VIP最低等級', 'VIP from grade'),
    aliases: ['vip grade'],
    type: 'text',
    def: 'B',
    help: tx(
      '此等级及以上（且未流失）为VIP；填“无”则不按等级',
      '此等級及以上（且未流失）為VIP；填「無」則不按等級',
      'This grade or better (and not lapsed) is VIP; "none" turns it off',
    ),
  },
  {
    key: 'vipSpend',
    label: tx(
      'VIP：近一年消费≥',
      'VIP：近一年消費≥',
      'VIP from spend in the last year',
    ),
    aliases: ['vip spend'],
    type: 'number',
    def: 1000,
    help: tx(
      '近365天消费达到此金额即为VIP；0 表示不按消费',
      '近365天消費達到此金額即為VIP；0 表示不按消費',
      'Spend in the last 365 days that makes a VIP; 0 turns it off',
    ),
  },
];

// --- Counter (sidebar) ------------------------------------------------------------------
export const COUNTER_SETTINGS: readonly SettingDef[] = [
  {
    key: 'pointsPerUnit',
    label: tx('每消费1元积分', '每消費1元積分', 'Points per 1 spent'),
    aliases: ['积分比例', '積分比例'],
    type: 'number',
    def: 1,
    help: tx(
      '每消费1元得几分（可为0.5等）；积分为整数，不足1分舍去：19.90元得19分',
      '每消費1元得幾分（可為0.5等）；積分為整數，不足1分捨去：19.90元得19分',
      'Points for each 1 spent (0.5 works too); points are whole, rounded down: 19.90 earns 19',
    ),
  },
  {
    // Shown at the counter before a new customer's marketing consent is recorded. The
    // defaults say only what Shuke does: the book is the shop's own spreadsheet on
    // Google's servers, the counter keeps what is typed there, reminders use it, a copy
    // or an erasure is one step at the counter, and the retention period is Settings'.
    key: 'consentNotice',
    label: tx('会员告知', '會員告知', 'Customer notice'),
    aliases: ['隐私告知', '隱私告知', 'privacy notice', 'consent notice'],
    type: 'template',
    def: tx(
      '本店会把您的姓名、手机号，您愿意留下的生日、微信号、邮箱，以及您在本店的消费和意见，记在本店的会员表里（存放在 Google 的服务器上），只用于积分、会员等级、回访和生日问候，不提供给别人。您同意后我们才会给您发问候和优惠消息，随时可以撤回。您最后一次到店两年后（本店设置的期限），我们会删除这些资料。想要一份您的资料、更正或删除，或不再接收消息，随时告诉店员或店长即可。',
      '本店會把您的姓名、手機號碼，您願意留下的生日、微信號、電子郵件，以及您在本店的消費和意見，記在本店的會員表裡（存放在 Google 的伺服器上），只用於積分、會員等級、回訪和生日問候，不提供給別人。您同意後我們才會給您發問候和優惠訊息，隨時可以撤回。您最後一次到店兩年後（本店設定的期限），我們會刪除這些資料。想要一份您的資料、更正或刪除，或不再接收訊息，隨時告訴店員或店長即可。',
      "We keep your name, phone number, any birthday, WeChat ID or email you choose to give, and what you buy and tell us, in our shop's customer book (kept on Google's servers), only for points, your grade, follow-ups and birthday wishes, and we share it with no one. Only if you agree will we send you greetings and offers, and you can withdraw at any time. Two years after your last visit (the period our shop set) we delete your details. To get a copy of your details, correct or delete them, or to stop messages, just ask any of our staff or the owner.",
    ),
    help: tx(
      '记录营销同意之前给顾客看的说明：记下什么、为什么、保存多久、怎样要一份或删除（与“资料保存月数”一致）',
      '記錄行銷同意之前給顧客看的說明：記下什麼、為什麼、保存多久、怎樣要一份或刪除（與「資料保存月數」一致）',
      'Shown to a customer before their marketing consent is recorded: what is kept, why, for how long, how to get a copy or have it deleted (keep it in line with "Keep data for")',
    ),
  },
];

// --- Reminders (daily trigger) ----------------------------------------------------------
const TEMPLATE_LABELS: Readonly<Record<TemplateKey, Texts>> = {
  msgComplaint: tx(
    '话术：投诉回访',
    '話術：投訴回訪',
    'Message: complaint follow-up',
  ),
  msgBirthday: tx('话术：生日祝福', '話術：生日祝福', 'Message: birthday'),
  msgWinback: tx('话术：老顾客挽回', '話術：老顧客挽回', 'Message: win-back'),
  msgHoliday: tx('话术：节日问候', '話術：節日問候', 'Message: holiday'),
  msgCheckin: tx('话术：日常回访', '話術：日常回訪', 'Message: check-in'),
  msgAfterSale: tx(
    '话术：购买后回访',
    '話術：購買後回訪',
    'Message: after-sale',
  ),
  msgUnsubscribe: tx(
    '邮件结尾：退订说明',
    '郵件結尾：退訂說明',
    'Email footer: how to stop',
  ),
};
const TEMPLATE_HELP = tx(
  '可用：{name} 顾客姓名、{shop} 店名、{owner} 店长、{item} 顾客最常买的商品、{greeting} 节日祝福、{holiday} 节日名、{phone} 店铺电话、{date} 日期',
  '可用：{name} 顧客姓名、{shop} 店名、{owner} 店長、{item} 顧客最常買的商品、{greeting} 節日祝福、{holiday} 節日名、{phone} 店鋪電話、{date} 日期',
  "Placeholders: {name} the customer's name, {shop} shop name, {owner} owner, {item} what they buy most, {greeting} holiday wish, {holiday} holiday, {phone} shop phone, {date} date",
);

export const REMINDER_SETTINGS: readonly SettingDef[] = [
  {
    key: 'cadenceA',
    label: tx(
      'A级回访间隔（天）',
      'A級回訪間隔（天）',
      'Follow up grade A every (days)',
    ),
    type: 'number',
    def: 7,
  },
  {
    key: 'cadenceB',
    label: tx(
      'B级回访间隔（天）',
      'B級回訪間隔（天）',
      'Follow up grade B every (days)',
    ),
    type: 'number',
    def: 14,
  },
  {
    key: 'cadenceC',
    label: tx(
      'C级回访间隔（天）',
      'C級回訪間隔（天）',
      'Follow up grade C every (days)',
    ),
    type: 'number',
    def: 30,
  },
  {
    key: 'cadenceD',
    label: tx(
      'D级回访间隔（天）',
      'D級回訪間隔（天）',
      'Follow up grade D every (days)',
    ),
    type: 'number',
    def: 30,
  },
  {
    key: 'cadenceE',
    label: tx(
      'E级回访间隔（天）',
      'E級回訪間隔（天）',
      'Follow up grade E every (days)',
    ),
    type: 'number',
    def: 90,
  },
  {
    key: 'reminderHour',
    label: tx(
      '每日提醒时间（点）',
      '每日提醒時間（點）',
      'Daily reminder hour',
    ),
    type: 'number',
    def: 8,
  },
  {
    key: 'birthdayNoticeDays',
    label: tx(
      '生日提前提醒（天）',
      '生日提前提醒（天）',
      'Birthday notice (days ahead)',
    ),
    type: 'number',
    def: 3,
  },
  {
    key: 'afterSaleDays',
    label: tx(
      '购买后回访（天）',
      '購買後回訪（天）',
      'After-sale check-in (days)',
    ),
    type: 'number',
    def: 3,
  },
  {
    key: 'largeSale',
    label: tx('大额消费金额≥', '大額消費金額≥', 'Large purchase from (amount)'),
    type: 'number',
    def: 200,
    help: tx(
      '单笔达到此金额后也会提醒回访',
      '單筆達到此金額後也會提醒回訪',
      'A purchase this large also gets an after-sale check-in',
    ),
  },
  {
    key: 'lapsedCadences',
    label: tx(
      '流失判定（回访间隔的倍数）',
      '流失判定（回訪間隔的倍數）',
      'Lapsed after (× follow-up interval)',
    ),
    type: 'number',
    def: 3,
    help: tx(
      'C级及以上的老顾客超过“回访间隔×此倍数”天没来，列为流失挽回',
      'C級以上的老顧客超過「回訪間隔×此倍數」天沒來，列為流失挽回',
      'A regular (grade C or better) gone this many intervals is listed for win-back',
    ),
  },
  {
    key: 'allClearEmail',
    label: tx(
      '无提醒时也发邮件',
      '無提醒時也寄信',
      'Email me when nothing is due',
    ),
    type: 'boolean',
    def: false,
  },
  {
    key: 'holidayGreetings',
    label: tx('节日问候', '節日問候', 'Holiday greetings'),
    type: 'boolean',
    def: true,
  },
  {
    key: 'holidays',
    label: tx('问候的节日', '問候的節日', 'Holidays to greet'),
    type: 'text',
    def: tx(
      '元旦、春节、元宵节、端午节、中秋节',
      '元旦、春節、元宵節、端午節、中秋節',
      "New Year's Day, Spring Festival, Lantern Festival, Dragon Boat Festival, Mid-Autumn Festival",
    ),
    help: tx(
      '可加：除夕、七夕、重阳节',
      '可加：除夕、七夕、重陽節',
      "Also possible: Chinese New Year's Eve, Qixi Festival, Double Ninth Festival",
    ),
  },
  ...(Object.keys(DEFAULT_TEMPLATES) as TemplateKey[]).map(
    (key): SettingDef => ({
      key,
      label: TEMPLATE_LABELS[key],
      type: 'template',
      def: DEFAULT_TEMPLATES[key],
      help: TEMPLATE_HELP,
    }),
  ),
  {
    key: 'remindersStatus',
    label: tx('每日提醒状态', '每日提醒狀態', 'Daily reminders'),
    type: 'status',
    def: '',
    help: tx(
      '由系统填写：用菜单开启或关闭',
      '由系統填寫：用選單開啟或關閉',
      'Written by Shuke: use the menu to turn on or off',
    ),
  },
  {
    key: 'remindersLastRun',
    label: tx('上次提醒运行', '上次提醒執行', 'Reminders last run'),
    type: 'status',
    def: '',
    help: tx(
      '由系统填写：时间、结果、提醒条数和邮件数',
      '由系統填寫：時間、結果、提醒條數和郵件數',
      'Written by Shuke: when, how it ended, reminders and emails',
    ),
  },
];

export const ALL_SETTINGS: readonly SettingDef[] = [
  ...SHOP_SETTINGS,
  ...GRADE_SETTINGS,
  ...COUNTER_SETTINGS,
  ...REMINDER_SETTINGS,
  ...LOYALTY_SETTINGS,
  ...PRIVACY_SETTINGS,
  ...TIER_SETTINGS,
  ...RECOMMEND_SETTINGS,
];
