/** What Shuke says about promotions, in the three languages. */
import {Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const PROMO_TEXTS = {
  verdict: {
    upcoming: tx(
      '尚未开始（{start} 开始）。',
      '尚未開始（{start} 開始）。',
      'Not started yet (starts {start}).',
    ),
    tooEarly: tx(
      '才 {days} 天，至少要 {min} 个完整的日子才能判断。',
      '才 {days} 天，至少要 {min} 個完整的日子才能判斷。',
      'Only {days} whole {days|day|days} so far: at least {min} are needed to tell.',
    ),
    /** tooEarly for a promotion whose whole length is under the minimum: never judgeable. */
    tooShort: tx(
      '太短了，无法判断：活动只有 {length} 天，至少要 {min} 个完整的日子才能判断。',
      '太短了，無法判斷：活動只有 {length} 天，至少要 {min} 個完整的日子才能判斷。',
      'Too short to judge: it lasts {length} {length|day|days}, and at least {min} whole days are needed to tell.',
    ),
    /** tooEarly on its first day: "only 0 days" would read as a mistake. */
    startedToday: tx(
      '今天刚开始，至少要 {min} 个完整的日子才能判断。',
      '今天剛開始，至少要 {min} 個完整的日子才能判斷。',
      'Started today: at least {min} whole days are needed to tell.',
    ),
    noBaseline: tx(
      '之前的销售记录不够（需要活动前至少两段同样的日子），无法比较。',
      '之前的銷售紀錄不夠（需要活動前至少兩段同樣的日子），無法比較。',
      'Not enough sales before it to compare with (at least two earlier stretches of the same weekdays are needed).',
    ),
    tooFew: tx(
      '活动期间只有 {visits} 次来客（之前同样的日子平均 {base} 次），数字太小，看不出效果；至少要 {minVisits} 次。',
      '活動期間只有 {visits} 次來客（之前同樣的日子平均 {base} 次），數字太小，看不出效果；至少要 {minVisits} 次。',
      'Only {visits} {visits|visit|visits} during it (the same weekdays before averaged {base}): too few to tell; at least {minVisits} are needed.',
    ),
    // The change is already signed ("+100%"): said after the average, never as
    // "more by +100%".
    up: tx(
      '有效：来客 {visits} 次，之前 {weeks} 段同样的日子平均 {base} 次，{uplift}，超过了平时波动的两倍（{swing}）；营业额 {revenue}。',
      '有效：來客 {visits} 次，之前 {weeks} 段同樣的日子平均 {base} 次，{uplift}，超過了平時波動的兩倍（{swing}）；營業額 {revenue}。',
      'It worked: {visits} visits against an average of {base} on the same weekdays of the {weeks} stretches before, {uplift}, beyond twice the normal swing ({swing}); revenue {revenue}.',
    ),
    down: tx(
      '来客反而少了：{visits} 次，之前同样的日子平均 {base} 次，{uplift}，超过了平时波动的两倍（{swing}）；营业额 {revenue}。',
      '來客反而少了：{visits} 次，之前同樣的日子平均 {base} 次，{uplift}，超過了平時波動的兩倍（{swing}）；營業額 {revenue}。',
      'Fewer came: {visits} visits against an average of {base} on the same weekdays before, {uplift}, beyond twice the normal swing ({swing}); revenue {revenue}.',
    ),
    flat: tx(
      '看不出效果：来客 {visits} 次，之前同样的日子平均 {base} 次，{uplift}，没有超过平时波动的两倍（{swing}）；营业额 {revenue}。',
      '看不出效果：來客 {visits} 次，之前同樣的日子平均 {base} 次，{uplift}，沒有超過平時波動的兩倍（{swing}）；營業額 {revenue}。',
      'No clear effect: {visits} visits against an average of {base} on the same weekdays before, {uplift}, not beyond twice the normal swing ({swing}); revenue {revenue}.',
    ),
  },
  /** A cell the owner wrote that Shuke can't read, beside the row. */
  badDates: tx(
    '请填写开始和结束日期（结束不早于开始）。',
    '請填寫開始和結束日期（結束不早於開始）。',
    'Fill in a start and an end date (the end not before the start).',
  ),
  /** "All" in the items column: any of these, or blank, means every sale. */
  all: tx('全部', '全部', 'All'),
  digestTitle: tx('促销活动', '促銷活動', 'Promotions'),
  digestLine: tx('{name}：{verdict}', '{name}：{verdict}', '{name}: {verdict}'),
  judged: tx(
    '已评估 {n} 个促销活动，结果写在「{tab}」表中每一行旁边。',
    '已評估 {n} 個促銷活動，結果寫在「{tab}」表中每一行旁邊。',
    'Judged {n} {n|promotion|promotions}; the results are beside each row of the "{tab}" tab.',
  ),
  none: tx(
    '「{tab}」表中还没有促销活动：每行填写名称、开始和结束日期，再选此项。',
    '「{tab}」表中還沒有促銷活動：每行填寫名稱、開始和結束日期，再選此項。',
    'No promotions in the "{tab}" tab yet: one a row with a name, a start and an end date, then choose this again.',
  ),
  menu: tx('评估促销活动', '評估促銷活動', 'Judge promotions'),
  jobName: tx('促销活动评估', '促銷活動評估', 'Judging promotions'),
  /** The sale form's choice. */
  pick: tx('促销活动', '促銷活動', 'Promotion'),
  pickNone: tx('无', '無', 'None'),
  unknownPromo: tx(
    '今天没有名为「{name}」的促销活动。',
    '今天沒有名為「{name}」的促銷活動。',
    'No promotion called "{name}" runs today.',
  ),
} as const;

/** Words in the items column that mean "every sale". */
export const ALL_WORDS: readonly string[] = [
  '全部',
  '所有',
  '全场',
  '全場',
  'all',
  'everything',
  '*',
];
