/** What recommendations and "Something new" say, in the three languages. */
import {Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const NEWS_TEXTS = {
  menu: tx('上新通知…', '上新通知…', 'Something new…'),
  promptTitle: tx('上新通知', '上新通知', 'Something new'),
  prompt: tx(
    '新到了什么商品或品类？熟客会列出买过或喜欢它的客户，每人附一条可复制的消息。',
    '新到了什麼商品或品類？熟客會列出買過或喜歡它的客戶，每人附一條可複製的訊息。',
    'What has arrived (an item or a category)? Shuke lists the customers who bought or like it, each with a message to copy.',
  ),
  empty: tx(
    '请输入商品或品类名称。',
    '請輸入商品或品類名稱。',
    'Type the name of an item or a category.',
  ),
  tooLong: tx(
    '名称太长（最多 {max} 个字）。',
    '名稱太長（最多 {max} 個字）。',
    'The name is too long (at most {max} characters).',
  ),
  // Counts as "label: n" so that a zero reads naturally, and a retry that lists nobody
  // new says why ("already listed today: 18").
  listed: tx(
    '「{item}」：新列入「{tab}」表 {n} 位客户。今天已列过、不重复列：{already} 位；不同意营销、未列入：{withheld} 位。',
    '「{item}」：新列入「{tab}」表 {n} 位客戶。今天已列過、不重複列：{already} 位；不同意行銷、未列入：{withheld} 位。',
    '"{item}": {n} {n|customer|customers} newly listed in the "{tab}" tab. Already listed today (not repeated): {already}. Left off for refusing marketing: {withheld}.',
  ),
  noFans: tx(
    '没有客户买过或喜欢「{item}」。',
    '沒有客戶買過或喜歡「{item}」。',
    'No customer has bought or likes "{item}".',
  ),
  whyBought: tx(
    '买过 {items}（{n} 次）',
    '買過 {items}（{n} 次）',
    'bought {items} ({n} {n|time|times})',
  ),
  whyLikes: tx('喜好：{likes}', '喜好：{likes}', 'likes {likes}'),
  /** {why} in the message: said to the customer. */
  msgBought: tx('您常买{items}', '您常買{items}', 'You often buy {items}'),
  msgBoughtIt: tx('您常买这款', '您常買這款', 'You often buy it'),
  msgLikes: tx('您喜欢{likes}', '您喜歡{likes}', 'You like {likes}'),
  how: {
    email: tx('邮件', '郵件', 'Email'),
    wechat: tx('微信', '微信', 'WeChat'),
    phone: tx('电话/短信', '電話/簡訊', 'Phone / SMS'),
    inPerson: tx(
      '下次到店时当面告知（未记录营销同意）',
      '下次到店時當面告知（未記錄行銷同意）',
      'In person next visit (no marketing consent on record)',
    ),
  },
  /**
   * A listed row whose customer may no longer be told (written in its How column by the
   * next daily run, contact and message emptied): the row stays, for the owner's record.
   */
  notToTell: {
    withdrawn: tx(
      '不再告知：已撤回营销同意',
      '不再告知：已撤回行銷同意',
      'Not to be told: withdrew consent to marketing',
    ),
    gone: tx(
      '不再告知：已不在客户表（资料已删除）',
      '不再告知：已不在客戶表（資料已刪除）',
      'Not to be told: no longer on the Customers tab (data erased)',
    ),
  },
  digestTitle: tx(
    '上新通知：还没告知的',
    '上新通知：還沒告知的',
    'Something new: still to tell',
  ),
  digestLine: tx(
    '{item}（{date} 列出）：还有 {n} 位没告知，共 {total} 位',
    '{item}（{date} 列出）：還有 {n} 位沒告知，共 {total} 位',
    '{item} (listed {date}): {n} of {total} still to tell',
  ),
  jobName: tx('上新通知', '上新通知', 'Something new'),
  /** The counter's form. */
  itemLabel: tx('新到的商品或品类', '新到的商品或品類', 'What has arrived'),
  listFans: tx('列出粉丝', '列出粉絲', 'List the fans'),
  /** The counter card. */
  youMayLike: tx('可能喜欢', '可能喜歡', 'May also like'),
  // Says how the items go together, not that this customer buys it often (one
  // purchase is enough to be recommended from).
  because: tx('常和{item}一起买', '常和{item}一起買', 'goes with {item}'),
} as const;
