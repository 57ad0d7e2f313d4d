/**
 * Settings rows of points and stored value. Points earned per unit spent is the
 * counter's row (pointsPerUnit in COUNTER_SETTINGS); these say what points are worth,
 * what a top-up earns and when points expire.
 */
import type {SettingDef} from './settings-schema';
import type {Texts} from '../domain/i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const LOYALTY_SETTINGS: readonly SettingDef[] = [
  {
    key: 'pointsPerMoneyOff',
    label: tx('多少积分抵1元', '多少積分抵1元', 'Points for 1 off'),
    aliases: ['积分抵现', '積分抵現', 'redeem rate', 'points per 1 off'],
    type: 'number',
    def: 100,
    help: tx(
      '兑换时多少积分抵扣1元（100 即 100分抵1元）；填0则积分只能换礼品',
      '兌換時多少積分抵1元（100 即 100分抵1元）；填0則積分只能換禮品',
      'How many points take 1 off a sale (100: 100 points = 1 off); 0 means points buy gifts only',
    ),
  },
  {
    key: 'topUpBonus',
    label: tx('充值赠送', '儲值贈送', 'Top-up bonus'),
    aliases: ['充值优惠', '儲值優惠', 'stored value bonus', 'bonus tiers'],
    type: 'text',
    def: '',
    help: tx(
      '充多少送多少，如“100:10, 300:40”（充100送10，充300送40），按达到的最高一档；空白则不送',
      '儲多少送多少，如「100:10, 300:40」（儲100送10，儲300送40），按達到的最高一檔；空白則不送',
      'Pay-in and bonus pairs, e.g. "100:10, 300:40" (pay 100 get 10, pay 300 get 40); the highest tier reached applies; blank: no bonus',
    ),
  },
  {
    key: 'pointsExpiryMonths',
    label: tx(
      '积分有效期（月）',
      '積分有效期（月）',
      'Points expire after (months)',
    ),
    aliases: [
      '积分有效期',
      '積分有效期',
      'points expiry',
      'points expire after',
    ],
    type: 'number',
    def: null,
    help: tx(
      '积分获得后多少个月未用即过期（先得先用）；空白则永不过期',
      '積分獲得後多少個月未用即過期（先得先用）；空白則永不過期',
      'Months after which points not spent expire (first earned, first spent); blank: never',
    ),
  },
];
