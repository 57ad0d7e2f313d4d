/** What the daily email and the reminders' menu items say, in the three languages. */
import {Texts} from '../i18n';
import {ReasonKind} from './occasions';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

/** A group's heading with its number of customers (the list already puts complaints first). */
export const GROUP_TITLES: Readonly<Record<ReasonKind, Texts>> = {
  complaint: tx(
    '投诉待处理（{count}）',
    '投訴待處理（{count}）',
    'Open complaints ({count})',
  ),
  birthday: tx('生日（{count}）', '生日（{count}）', 'Birthdays ({count})'),
  lapsed: tx(
    '久未到店的老顾客（{count}）',
    '久未到店的老顧客（{count}）',
    'Regulars to win back ({count})',
  ),
  holiday: tx(
    '节日问候（{count}）',
    '節日問候（{count}）',
    'Holiday greetings ({count})',
  ),
  afterSale: tx(
    '日常回访（{count}）',
    '日常回訪（{count}）',
    'Check-ins ({count})',
  ),
  checkin: tx(
    '日常回访（{count}）',
    '日常回訪（{count}）',
    'Check-ins ({count})',
  ),
};

export const REASONS = {
  complaint: tx(
    '投诉已 {days} 天未解决：{text}',
    '投訴已 {days} 天未解決：{text}',
    'complaint open for {days} {days|day|days}: {text}',
  ),
  complaintFollowedUp: tx(
    '投诉已于 {date} 回访跟进，仍未标记解决：{text}（处理好了请在收银台标记已解决）',
    '投訴已於 {date} 回訪跟進，仍未標記解決：{text}（處理好了請在收銀台標記已解決）',
    'complaint followed up on {date}, not marked resolved yet: {text} (mark it resolved at the counter once settled)',
  ),
  complaintToday: tx(
    '今天的投诉，尚未解决：{text}',
    '今天的投訴，尚未解決：{text}',
    'complaint made today, still open: {text}',
  ),
  birthdayToday: tx(
    '今天生日（{calendar}）',
    '今天生日（{calendar}）',
    'birthday today ({calendar})',
  ),
  birthdayTomorrow: tx(
    '明天生日（{date}，{calendar}）',
    '明天生日（{date}，{calendar}）',
    'birthday tomorrow ({date}, {calendar})',
  ),
  birthdaySoon: tx(
    '{days} 天后生日（{date}，{calendar}）',
    '{days} 天後生日（{date}，{calendar}）',
    'birthday in {days} {days|day|days} ({date}, {calendar})',
  ),
  lapsed: tx(
    '曾是{was}级老顾客，已 {days} 天没来',
    '曾是{was}級老顧客，已 {days} 天沒來',
    'was a grade {was} regular, not seen for {days} {days|day|days}',
  ),
  holidayToday: tx('今天{holiday}', '今天{holiday}', '{holiday} today'),
  holidayTomorrow: tx('明天{holiday}', '明天{holiday}', '{holiday} tomorrow'),
  afterSaleFirst: tx(
    '首次购买后 {days} 天回访',
    '首次購買後 {days} 天回訪',
    'first purchase {days} {days|day|days} ago',
  ),
  afterSaleLarge: tx(
    '大额消费后 {days} 天回访',
    '大額消費後 {days} 天回訪',
    'large purchase {days} {days|day|days} ago',
  ),
  checkin: tx(
    '{grade}级顾客，已 {days} 天没有联系',
    '{grade}級顧客，已 {days} 天沒有聯絡',
    'grade {grade}, no contact for {days} {days|day|days}',
  ),
  carried: tx('（之前的提醒，顺延）', '（之前的提醒，順延）', '(carried over)'),
  carriedFrom: tx(
    '（{date} 的提醒，顺延至今）',
    '（{date} 的提醒，順延至今）',
    '(from {date}, carried over)',
  ),
} as const;

export const CALENDAR_NAMES = {
  solar: tx('公历', '國曆', 'solar'),
  lunar: tx('农历', '農曆', 'lunar'),
} as const;

export const DIGEST = {
  subject: tx(
    '{shop} 今日回访提醒：{count} 位顾客（{date}）',
    '{shop} 今日回訪提醒：{count} 位顧客（{date}）',
    '{shop} follow-ups for today: {count} {count|customer|customers} ({date})',
  ),
  subjectClear: tx(
    '{shop} 今日无需回访（{date}）',
    '{shop} 今日無需回訪（{date}）',
    '{shop}: nothing due today ({date})',
  ),
  intro: tx(
    '今天需要联系以下 {count} 位顾客。点电话号码可直接拨打，消息可复制到微信或短信。',
    '今天需要聯絡以下 {count} 位顧客。點電話號碼可直接撥打，訊息可複製到微信或簡訊。',
    'Get in touch with {count} {count|customer|customers} today. Tap a number to call; copy a message into WeChat or SMS.',
  ),
  allClear: tx(
    '今天没有需要回访的顾客。',
    '今天沒有需要回訪的顧客。',
    'Nobody is due for a follow-up today.',
  ),
  grade: tx('等级', '等級', 'Grade'),
  potential: tx('潜在', '潛在', 'potential'),
  lastVisit: tx('最近到店', '最近到店', 'Last visit'),
  never: tx('从未购买', '從未購買', 'never bought'),
  favourites: tx('喜欢', '喜歡', 'Likes'),
  phone: tx('电话', '電話', 'Phone'),
  wechat: tx('微信', '微信', 'WeChat'),
  message: tx('可复制的消息', '可複製的訊息', 'Message to copy'),
  emailSent: tx('已发邮件问候', '已寄郵件問候', 'greeted by email'),
  // Held for the quota or because the run ran out of time: both go first next run.
  emailHeld: tx(
    '邮件暂缓：今日额度或运行时间不够，下次运行时优先补发',
    '郵件暫緩：今日額度或執行時間不夠，下次執行時優先補寄',
    'email held back (daily quota or time ran out); it goes first next run',
  ),
  more: tx(
    '另有 {count} 位顾客未列出，会顺延到之后的提醒邮件中继续列出。',
    '另有 {count} 位顧客未列出，會順延到之後的提醒郵件中繼續列出。',
    '{count} more {count|customer is|customers are} not listed here and will be listed in the next emails.',
  ),
  heldTitle: tx(
    '未能发出的顾客邮件',
    '未能寄出的顧客郵件',
    'Customer emails held back',
  ),
  held: tx(
    '{count} 封顾客邮件因今日发送额度用完或时间不够而暂缓，下次运行时优先发送：{names}',
    '{count} 封顧客郵件因今日寄送額度用完或時間不夠而暫緩，下次執行時優先寄出：{names}',
    '{count} customer {count|email was|emails were} held back (daily quota or time ran out) and will go first next run: {names}',
  ),
  unsure: tx(
    '上次运行在发送时中断，以下顾客可能没有收到邮件（为避免重复，不会再自动发送）：{names}',
    '上次執行在寄送時中斷，以下顧客可能沒有收到郵件（為避免重複，不會再自動寄送）：{names}',
    'The last run stopped while sending; these customers may not have received their email (it will not be sent again automatically): {names}',
  ),
  expired: tx(
    '以下顾客的邮件错过了日期，未发送：{names}',
    '以下顧客的郵件錯過了日期，未寄送：{names}',
    'These emails missed their day and were not sent: {names}',
  ),
  expiredLines: tx(
    '{count} 条之前顺延的提醒已过时（日子已过，或顾客已回店、已联系、投诉已处理），不再列出。',
    '{count} 條之前順延的提醒已過時（日子已過，或顧客已回店、已聯繫、投訴已處理），不再列出。',
    '{count} {count|reminder|reminders} carried over from earlier days {count|is|are} out of date (the day has passed, or the customer has been back, been contacted or had the complaint resolved) and no longer listed.',
  ),
  sentCount: tx(
    '今天已给 {count} 位顾客发了问候邮件。',
    '今天已給 {count} 位顧客寄了問候郵件。',
    '{count} {count|customer was|customers were} greeted by email today.',
  ),
  problems: tx(
    '表格中有 {count} 处无法识别的内容（例如：{first}），相关顾客可能漏掉提醒。',
    '試算表中有 {count} 處無法識別的內容（例如：{first}），相關顧客可能漏掉提醒。',
    '{count} {count|cell|cells} could not be read (for example: {first}); those customers may be missed.',
  ),
  jobFailed: tx(
    '今天的「{job}」没有完成（{error}），明天会再试；回访提醒不受影响。',
    '今天的「{job}」沒有完成（{error}），明天會再試；回訪提醒不受影響。',
    "Today's {job} did not finish ({error}); it will be tried again tomorrow. The follow-ups are not affected.",
  ),
  footer: tx(
    '这封邮件由「熟客」每天自动发送。话术和提醒时间可在「设置」工作表中修改；要停止，请用菜单 扩展程序 ▸ Shuke 熟客 ▸ 关闭每日提醒。',
    '這封郵件由「熟客」每天自動寄送。話術和提醒時間可在「設定」工作表中修改；要停止，請用選單 擴充功能 ▸ Shuke 熟客 ▸ 關閉每日提醒。',
    'Sent every morning by Shuke. Change the messages and the hour in the Settings tab; to stop, use Extensions ▸ Shuke 熟客 ▸ Turn off daily reminders.',
  ),
} as const;

export const CUSTOMER_SUBJECT = {
  birthday: tx(
    '{shop}：祝您生日快乐',
    '{shop}：祝您生日快樂',
    '{shop}: happy birthday',
  ),
  holiday: tx('{shop}：{greeting}', '{shop}：{greeting}', '{shop}: {greeting}'),
  winback: tx('{shop}：好久不见', '{shop}：好久不見', '{shop}: we miss you'),
} as const;

export const RUN_TEXTS = {
  on: tx(
    '已开启：每天 {hour} 点左右发送（{email}）',
    '已開啟：每天 {hour} 點左右寄送（{email}）',
    'On: every day around {hour}:00 (to {email})',
  ),
  off: tx('已关闭', '已關閉', 'Off'),
  turnedOn: tx(
    '每日提醒已开启：每天 {hour} 点左右，提醒邮件发到 {email}。',
    '每日提醒已開啟：每天 {hour} 點左右，提醒郵件寄到 {email}。',
    'Daily reminders are on: every day around {hour}:00, to {email}.',
  ),
  turnedOff: tx(
    '每日提醒已关闭。',
    '每日提醒已關閉。',
    'Daily reminders are off.',
  ),
  noOwnerEmail: tx(
    '请先在「设置」中填写店长邮箱，提醒会发到这个邮箱。',
    '請先在「設定」中填寫店長電子郵件，提醒會寄到這個信箱。',
    'Fill in the owner email in Settings first: the reminders go there.',
  ),
  busy: tx(
    '另一次提醒正在运行，请稍后再试。',
    '另一次提醒正在執行，請稍後再試。',
    'Another reminder run is in progress; try again in a minute.',
  ),
  lastRun: tx(
    '{when}｜{outcome}｜提醒 {lines} 条，顾客邮件 {emails} 封{held}',
    '{when}｜{outcome}｜提醒 {lines} 條，顧客郵件 {emails} 封{held}',
    '{when} | {outcome} | {lines} {lines|reminder|reminders}, {emails} customer {emails|email|emails}{held}',
  ),
  heldSuffix: tx(
    '，暂缓 {count} 封',
    '，暫緩 {count} 封',
    ', {count} held back',
  ),
  done: tx('完成', '完成', 'done'),
  partial: tx(
    '时间不够，剩余下次继续',
    '時間不夠，剩餘下次繼續',
    'out of time, rest next run',
  ),
  quota: tx(
    '邮件额度用完，剩余下次继续',
    '郵件額度用完，剩餘下次繼續',
    'email quota used up, rest next run',
  ),
  already: tx(
    '今天已发过，无新提醒',
    '今天已寄過，無新提醒',
    'already sent today, nothing new',
  ),
  failed: tx('出错：{error}', '出錯：{error}', 'failed: {error}'),
  sentNow: tx(
    '今日提醒：{lines} 条提醒，{emails} 封顾客邮件。',
    '今日提醒：{lines} 條提醒，{emails} 封顧客郵件。',
    "Today's reminders: {lines} {lines|reminder|reminders}, {emails} customer {emails|email|emails}.",
  ),
  title: tx('每日提醒', '每日提醒', 'Daily reminders'),
} as const;
