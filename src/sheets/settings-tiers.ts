/**
 * Settings rows of member tiers and referrals. The tiers themselves are a tab of their
 * own (schema-tiers.ts): a table is what an owner edits by hand, a Settings cell is not.
 */
import type {SettingDef} from './settings-schema';
import type {Texts} from '../domain/i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const TIER_SETTINGS: readonly SettingDef[] = [
  {
    key: 'tierGraceDays',
    label: tx('会员保级天数', '會員保級天數', 'Tier grace period (days)'),
    aliases: ['保级天数', '保級天數', 'tier grace days', 'grace period'],
    type: 'number',
    def: 30,
    help: tx(
      '不再满足等级条件后保留原等级的天数（0 即立刻降级）；等级规则见“会员等级”表',
      '不再符合等級條件後保留原等級的天數（0 即立刻降級）；等級規則見「會員等級」表',
      'Days a customer keeps a tier after falling short of it (0: moves down at once); the rules are in the Tiers tab',
    ),
  },
  {
    key: 'referralPoints',
    label: tx('推荐奖励积分', '推薦獎勵積分', 'Referral reward (points)'),
    aliases: ['推荐积分', '推薦積分', 'referral points', 'referral reward'],
    type: 'number',
    def: null,
    help: tx(
      '被推荐的客户首次消费后，推荐人得到的积分（每位被推荐人只奖励一次）；空白则不奖励',
      '被推薦的客戶首次消費後，推薦人得到的積分（每位被推薦人只獎勵一次）；空白則不獎勵',
      'Points the referrer gets when the customer they brought first buys (once per customer brought); blank: none',
    ),
  },
];
