/**
 * What tiers and referrals say: problems and digest lines in the book's language, the
 * card's chrome in the viewer's.
 */
import {Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const TIER_TEXTS = {
  problem: {
    noName: tx(
      '会员等级第 {row} 行：没有等级名称',
      '會員等級第 {row} 列：沒有等級名稱',
      'Tiers row {row}: the tier has no name',
    ),
    sameName: tx(
      '会员等级第 {row} 行：“{value}”与上面的等级重名',
      '會員等級第 {row} 列：「{value}」與上面的等級重名',
      'Tiers row {row}: "{value}" is the name of a tier above',
    ),
    measure: tx(
      '会员等级第 {row} 行：“{value}”不是升级条件（积分、消费或等级）',
      '會員等級第 {row} 列：「{value}」不是升級條件（積分、消費或等級）',
      'Tiers row {row}: "{value}" is not a rule (points, spend or grade)',
    ),
    min: tx(
      '会员等级第 {row} 行：门槛“{value}”不是数字',
      '會員等級第 {row} 列：門檻「{value}」不是數字',
      'Tiers row {row}: the threshold "{value}" is not a number',
    ),
    grade: tx(
      '会员等级第 {row} 行：“{value}”不是等级 A–E',
      '會員等級第 {row} 列：「{value}」不是等級 A–E',
      'Tiers row {row}: "{value}" is not a grade A–E',
    ),
    discount: tx(
      '会员等级第 {row} 行：折扣“{value}”看不懂（例如 5%、95折），这一等级暂不打折',
      '會員等級第 {row} 列：折扣「{value}」看不懂（例如 5%、95折），這一等級暫不打折',
      'Tiers row {row}: the discount "{value}" can\'t be read (e.g. 5%), no discount for now',
    ),
    doubleDays: tx(
      '会员等级第 {row} 行：双倍积分日“{value}”看不懂（例如 周三、11-11）',
      '會員等級第 {row} 列：雙倍積分日「{value}」看不懂（例如 週三、11-11）',
      'Tiers row {row}: the double points day "{value}" can\'t be read (e.g. Wed, 11-11)',
    ),
  },
  /** The daily run's section. */
  sectionTitle: tx('会员等级变动', '會員等級變動', 'Member tiers'),
  up: tx(
    '{name} 升为 {to}，记得告诉对方',
    '{name} 升為 {to}，記得告訴對方',
    '{name} is now {to}: tell them',
  ),
  down: tx(
    '{name} 从 {from} 降为 {to}',
    '{name} 從 {from} 降為 {to}',
    '{name} moved down from {from} to {to}',
  ),
  downToNone: tx(
    '{name} 不再是 {from}',
    '{name} 不再是 {from}',
    '{name} is no longer {from}',
  ),
  grace: tx(
    '{name} 已不满足 {from} 的条件，{date} 前达到可保留',
    '{name} 已不符合 {from} 的條件，{date} 前達到可保留',
    '{name} no longer meets {from}: keeps it if they do again by {date}',
  ),
  more: tx(
    '另有 {count} 条，见“会员等级记录”',
    '另有 {count} 條，見「會員等級紀錄」',
    '{count} more in the Tier log',
  ),
  notMoved: tx(
    '会员等级今天没有调整：{problem}',
    '會員等級今天沒有調整：{problem}',
    'No tier moved today: {problem}',
  ),
  /** The birthday line's gift, appended in the digest. */
  birthdayGift: tx(
    '{tier}生日礼：{gift}',
    '{tier}生日禮：{gift}',
    '{tier} birthday gift: {gift}',
  ),
  /** The Sales tab's note of a discounted sale. */
  saleNote: tx(
    '{tier} {n}% 折扣：原价 {listed}，优惠 {off}',
    '{tier} {n}% 折扣：原價 {listed}，優惠 {off}',
    '{tier} {n}% off: listed {listed}, {off} off',
  ),
  /** The Tier log's change column. */
  change: {
    up: tx('升级', '升級', 'Up'),
    down: tx('降级', '降級', 'Down'),
    grace: tx('保级期', '保級期', 'Grace'),
    back: tx('恢复', '恢復', 'Back'),
  },
  none: tx('（无）', '（無）', '(none)'),
} as const;

export const REFERRAL_TEXTS = {
  sectionTitle: tx('推荐奖励', '推薦獎勵', 'Referral rewards'),
  rewarded: tx(
    '{referrer} +{points} 积分：推荐的 {referred} 首次消费',
    '{referrer} +{points} 積分：推薦的 {referred} 首次消費',
    '{referrer} +{points} points: {referred}, whom they brought, made a first purchase',
  ),
  ledgerNote: tx(
    '推荐 {referred} 首次消费',
    '推薦 {referred} 首次消費',
    'brought {referred}: first purchase',
  ),
  problem: {
    unknown: tx(
      '客户 {name} 的推荐人“{value}”不在客户表中',
      '客戶 {name} 的推薦人「{value}」不在客戶表中',
      'The referrer "{value}" of {name} is not on the book',
    ),
    self: tx(
      '客户 {name} 的推荐人是自己，不予奖励',
      '客戶 {name} 的推薦人是自己，不予獎勵',
      '{name} is marked as referred by themselves: no reward',
    ),
    loop: tx(
      '客户 {name} 的推荐关系成环（{chain}），不予奖励',
      '客戶 {name} 的推薦關係成環（{chain}），不予獎勵',
      '{name} is part of a referral loop ({chain}): no reward',
    ),
    ambiguous: tx(
      '客户 {name} 的推荐人“{value}”对应多位客户，不予奖励',
      '客戶 {name} 的推薦人「{value}」對應多位客戶，不予獎勵',
      'The referrer "{value}" of {name} matches several customers: no reward',
    ),
  },
  noLedger: tx(
    '推荐奖励未发放：找不到积分记录表（请运行“设置店铺”）',
    '推薦獎勵未發放：找不到積分記錄表（請執行「設定店鋪」）',
    'Referral rewards not given: no Points tab (run Set up shop)',
  ),
} as const;

/** The counter card's tier part, in the viewer's language. */
export const TIER_UI = {
  tier: tx('会员等级', '會員等級', 'Tier'),
  noTier: tx('未达到会员等级', '未達到會員等級', 'No tier yet'),
  discount: tx('{n}% 折扣', '{n}% 折扣', '{n}% off'),
  gift: tx('生日礼：{gift}', '生日禮：{gift}', 'Birthday gift: {gift}'),
  double: tx('双倍积分：{days}', '雙倍積分：{days}', 'Double points: {days}'),
  doubleToday: tx('今天双倍积分', '今天雙倍積分', 'Double points today'),
  grace: tx(
    '已不满足条件：{date} 前达到可保留',
    '已不符合條件：{date} 前達到可保留',
    'Below the rule: keeps it if they catch up by {date}',
  ),
  referredBy: tx('推荐人：{name}', '推薦人：{name}', 'Referred by {name}'),
  brought: tx(
    '推荐了 {n} 位：{names}',
    '推薦了 {n} 位：{names}',
    'Brought {n} {n|customer|customers}: {names}',
  ),
  listSep: tx('、', '、', ', '),
  /** The sale form's discount line. */
  saleDiscount: tx(
    '{tier} {n}% 折扣：−{off}，实收 {paid}',
    '{tier} {n}% 折扣：−{off}，實收 {paid}',
    '{tier} {n}% off: −{off}, pay {paid}',
  ),
  discountOnly: tx('{tier} {n}% 折扣', '{tier} {n}% 折扣', '{tier} {n}% off'),
  applyDiscount: tx('使用会员折扣', '使用會員折扣', 'Apply the tier discount'),
} as const;
