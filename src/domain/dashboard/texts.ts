/** The dashboard's words, in the three languages; the tab speaks the book's language. */
import {Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const DASHBOARD_NAMES = tx('看板', '看板', 'Dashboard');

export const DASH = {
  title: tx('熟客看板', '熟客看板', 'Shuke dashboard'),
  updated: tx(
    '更新于 {when}（{tz}）· 金额：{currency} · 已作废的销售不计',
    '更新於 {when}（{tz}）· 金額：{currency} · 已作廢的銷售不計',
    'Updated {when} ({tz}) · money in {currency} · voided sales left out',
  ),
  ownNote: tx(
    '熟客每天重写本页的表格和图表；您自己的图表和其他单元格不会被改动。',
    '熟客每天重寫本頁的表格和圖表；您自己的圖表和其他儲存格不會被改動。',
    "Shuke rewrites this tab's tables and charts every day; your own charts and other cells are left alone.",
  ),
  unread: tx(
    '{n} 行销售的日期无法识别，未计入。',
    '{n} 列銷售的日期無法識別，未計入。',
    '{n} sales {n|row has|rows have} a date that cannot be read and {n|is|are} left out.',
  ),
  compacted: tx(
    '{date} 以前的销售已合并到「销售历史」：顾客的等级和状态照样计入；那以前的去年同期没有逐日金额，留空。',
    '{date} 以前的銷售已合併到「銷售歷史」：顧客的等級和狀態照樣計入；那以前的去年同期沒有逐日金額，留空。',
    'Sales before {date} were compacted into the Sales history: they still count for grades and lifecycles; last year before that day keeps no daily amounts and is left blank.',
  ),
  // Sales by day and month
  days: tx(
    '近 8 周每日销售与来客（去年同期：52 周前同一天）',
    '近 8 週每日銷售與來客（去年同期：52 週前同一天）',
    'Sales and visits by day, last 8 weeks (last year: the same weekday 52 weeks before)',
  ),
  months: tx(
    '近 13 个月每月销售与来客（对比去年同月）',
    '近 13 個月每月銷售與來客（對比去年同月）',
    'Sales and visits by month, last 13 months, against the same month a year before',
  ),
  date: tx('日期', '日期', 'Date'),
  month: tx('月份', '月份', 'Month'),
  revenue: tx('销售额', '銷售額', 'Sales'),
  revenueLastYear: tx('去年同期销售额', '去年同期銷售額', 'Sales last year'),
  visits: tx('来客', '來客', 'Visits'),
  visitsLastYear: tx('去年同期来客', '去年同期來客', 'Visits last year'),
  // Items
  byCount: tx(
    '畅销商品（近 30 天，按件数）',
    '暢銷商品（近 30 天，按件數）',
    'Best sellers, last 30 days, by count',
  ),
  byRevenue: tx(
    '畅销商品（近 30 天，按销售额；一笔多件时按件数分摊）',
    '暢銷商品（近 30 天，按銷售額；一筆多件時按件數分攤）',
    "Best sellers, last 30 days, by sales (a sale's amount shared among its items)",
  ),
  movers: tx(
    '升降（近 30 天对比之前 30 天的件数）',
    '升降（近 30 天對比之前 30 天的件數）',
    'What moved: count in the last 30 days against the 30 days before',
  ),
  item: tx('商品', '商品', 'Item'),
  count: tx('件数', '件數', 'Count'),
  before: tx('之前 30 天', '之前 30 天', '30 days before'),
  change: tx('变化', '變化', 'Change'),
  up: tx('上升', '上升', 'Up'),
  down: tx('下降', '下降', 'Down'),
  // Peak hours
  peak: tx(
    '高峰时段（近 8 周，按星期和小时的销售笔数）',
    '高峰時段（近 8 週，按星期和小時的銷售筆數）',
    'Peak hours: sales in the last 8 weeks by weekday and hour',
  ),
  untimed: tx(
    '另有 {n} 笔只有日期、没有时间，未计入。',
    '另有 {n} 筆只有日期、沒有時間，未計入。',
    '{n} more {n|sale has|sales have} a date but no time and {n|is|are} left out.',
  ),
  weekday: tx('星期', '星期', 'Weekday'),
  weekdays: [
    tx('周一', '週一', 'Mon'),
    tx('周二', '週二', 'Tue'),
    tx('周三', '週三', 'Wed'),
    tx('周四', '週四', 'Thu'),
    tx('周五', '週五', 'Fri'),
    tx('周六', '週六', 'Sat'),
    tx('周日', '週日', 'Sun'),
  ],
  // Customers
  grades: tx('客户等级', '客戶等級', 'Customers by grade'),
  grade: tx('等级', '等級', 'Grade'),
  customers: tx('客户数', '客戶數', 'Customers'),
  noPurchase: tx('未消费', '未消費', 'No purchase yet'),
  lifecycles: tx('客户阶段', '客戶階段', 'Customers by lifecycle'),
  stage: tx('阶段', '階段', 'Stage'),
  moved: tx(
    '本月等级变化（对比上月底按同样的销售计算的等级）',
    '本月等級變化（對比上月底按同樣的銷售計算的等級）',
    'Grade moves this month (against the grade at the end of last month, from the same sales)',
  ),
  movedUp: tx('升级', '升級', 'Moved up'),
  movedDown: tx('降级', '降級', 'Moved down'),
  movedSame: tx('不变', '不變', 'Unchanged'),
  firstGraded: tx(
    '本月首次有等级',
    '本月首次有等級',
    'Graded for the first time',
  ),
  // At risk
  atRisk: tx(
    '流失风险的熟客（曾是 A/B/C 级，已久未光顾；按近一年消费排序）',
    '流失風險的熟客（曾是 A/B/C 級，已久未光顧；按近一年消費排序）',
    'At-risk regulars: A/B/C on their last visit, now lapsed (by spend in the last year)',
  ),
  atRiskMore: tx(
    '另有 {n} 位未列出。',
    '另有 {n} 位未列出。',
    '{n} more not listed.',
  ),
  name: tx('姓名', '姓名', 'Name'),
  phone: tx('手机', '手機', 'Phone'),
  gradeThen: tx('当时等级', '當時等級', 'Grade then'),
  lastVisit: tx('最近光顾', '最近光顧', 'Last visit'),
  daysSince: tx('未光顾天数', '未光顧天數', 'Days since'),
  spendYear: tx('近一年消费', '近一年消費', 'Spend, last year'),
  // Satisfaction
  satisfaction: tx('满意度（每月）', '滿意度（每月）', 'Satisfaction by month'),
  rating: tx('平均评分', '平均評分', 'Average rating'),
  ratings: tx('评分数', '評分數', 'Ratings'),
  opened: tx('新投诉', '新投訴', 'Complaints opened'),
  resolved: tx('已解决', '已解決', 'Complaints resolved'),
  medianDays: tx('解决天数中位数', '解決天數中位數', 'Median days to resolve'),
  openNow: tx(
    '目前未解决的投诉：{n}',
    '目前未解決的投訴：{n}',
    'Complaints open now: {n}',
  ),
  // Charts
  chartDays: tx(
    '每日销售额与来客',
    '每日銷售額與來客',
    'Sales and visits by day',
  ),
  chartMonths: tx('每月销售额', '每月銷售額', 'Sales by month'),
  chartByCount: tx(
    '畅销商品（件数）',
    '暢銷商品（件數）',
    'Best sellers by count',
  ),
  chartByRevenue: tx(
    '畅销商品（销售额）',
    '暢銷商品（銷售額）',
    'Best sellers by sales',
  ),
  chartGrades: tx('客户等级', '客戶等級', 'Customers by grade'),
  chartLifecycles: tx('客户阶段', '客戶階段', 'Customers by lifecycle'),
  chartRating: tx('每月平均评分', '每月平均評分', 'Average rating by month'),
  chartComplaints: tx('每月投诉', '每月投訴', 'Complaints by month'),
  // Menu and messages
  menu: tx('更新看板', '更新看板', 'Update dashboard'),
  done: tx(
    '看板已更新：{tab}',
    '看板已更新：{tab}',
    'Dashboard updated: {tab}',
  ),
  busy: tx(
    '另一项操作正在进行，请稍后再试。',
    '另一項操作正在進行，請稍後再試。',
    'Another task is running; please try again in a moment.',
  ),
  jobName: tx('看板', '看板', 'Dashboard'),
};
