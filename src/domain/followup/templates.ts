/**
 * Default wording of the ready-to-copy messages and customer emails. The owner edits
 * them in Settings; placeholders: {name} {shop} {owner} {item} {holiday} {greeting}
 * {phone} {date}. Every message says who is writing (001 §3: the customer may not have
 * the shop's number saved).
 */
import {Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const DEFAULT_TEMPLATES = {
  msgComplaint: tx(
    '{name}您好，我是{shop}的{owner}。您上次反映的问题我们一直放在心上，想跟您再聊聊，看怎样处理您才满意。您方便的时候回个电话或消息给我就好。',
    '{name}您好，我是{shop}的{owner}。您上次反映的問題我們一直放在心上，想跟您再聊聊，看怎樣處理您才滿意。您方便的時候回個電話或訊息給我就好。',
    'Hello {name}, this is {owner} from {shop}. We have not forgotten the problem you told us about, and I would like to put it right. Call or message me whenever suits you.',
  ),
  msgBirthday: tx(
    '{name}您好，我是{shop}的{owner}。祝您生日快乐，身体健康，天天开心！',
    '{name}您好，我是{shop}的{owner}。祝您生日快樂，身體健康，天天開心！',
    'Hello {name}, this is {owner} from {shop}. Happy birthday, and all the best for the year ahead!',
  ),
  msgWinback: tx(
    '{name}您好，我是{shop}的{owner}。好久没见到您了，最近还好吗？有空回来坐坐，随时欢迎您！',
    '{name}您好，我是{shop}的{owner}。好久沒見到您了，最近還好嗎？有空回來坐坐，隨時歡迎您！',
    'Hello {name}, this is {owner} from {shop}. We have not seen you for a while: how are you? Drop by whenever you like, you are always welcome.',
  ),
  // Holiday greetings also reach customers who agreed to hear from the shop but have not
  // bought yet: no thanks for custom they never gave.
  msgHoliday: tx(
    '{name}您好，我是{shop}的{owner}。{greeting}！祝您平安喜乐，万事如意。',
    '{name}您好，我是{shop}的{owner}。{greeting}！祝您平安喜樂，萬事如意。',
    'Hello {name}, this is {owner} from {shop}. {greeting}! Wishing you all the best.',
  ),
  msgCheckin: tx(
    '{name}您好，我是{shop}的{owner}。最近还好吗？有什么需要随时跟我说，有空来店里坐坐！',
    '{name}您好，我是{shop}的{owner}。最近還好嗎？有什麼需要隨時跟我說，有空來店裡坐坐！',
    'Hello {name}, this is {owner} from {shop}. Just checking in: how are you? If there is anything you need, let me know. Hope to see you soon!',
  ),
  msgAfterSale: tx(
    '{name}您好，我是{shop}的{owner}。前几天在店里买的东西还满意吗？有任何问题随时找我。',
    '{name}您好，我是{shop}的{owner}。前幾天在店裡買的東西還滿意嗎？有任何問題隨時找我。',
    'Hello {name}, this is {owner} from {shop}. Are you happy with what you bought the other day? Any question, just ask me.',
  ),
  msgUnsubscribe: tx(
    '您收到这封邮件，是因为您同意接收{shop}的消息。如果不想再收到，直接回复“退订”或到店告诉我们，我们就不再发送。',
    '您收到這封郵件，是因為您同意接收{shop}的訊息。如果不想再收到，直接回覆「退訂」或到店告訴我們，我們就不再寄送。',
    'You receive this email because you agreed to hear from {shop}. To stop, reply "unsubscribe" or tell us at the counter, and we will not write again.',
  ),
} as const;

/**
 * Defaults of earlier versions. A Settings cell still holding one of these (in any
 * language) was never edited by the owner, so it is read, and rewritten by Set up shop,
 * as today's default in the book's language. Some of them said things that need not be
 * true: "店里新到了{item}" presented a customer's usual purchase as new stock, the birthday
 * message promised a gift and the win-back a discount the owner may not have.
 */
export const FORMER_TEMPLATES: Readonly<
  Partial<Record<keyof typeof DEFAULT_TEMPLATES, readonly string[]>>
> = {
  msgComplaint: [
    '{name}您好，我是{shop}的{owner}。您上次反映的问题我们一直记着，想跟您确认一下现在处理得是否满意？有什么需要随时告诉我。',
    '{name}您好，我是{shop}的{owner}。您上次反映的問題我們一直記著，想跟您確認一下現在處理得是否滿意？有什麼需要隨時告訴我。',
    'Hello {name}, this is {owner} from {shop}. We have not forgotten the problem you told us about: is everything sorted out now? Tell me any time if not.',
  ],
  msgBirthday: [
    '{name}您好，我是{shop}的{owner}。祝您生日快乐，身体健康！生日这周到店，给您准备了一份小礼物。',
    '{name}您好，我是{shop}的{owner}。祝您生日快樂，身體健康！生日這週到店，為您準備了一份小禮物。',
    'Hello {name}, this is {owner} from {shop}. Happy birthday! Drop by this week: we have a small gift for you.',
  ],
  msgWinback: [
    '{name}您好，我是{shop}的{owner}。好久没见到您了，店里新到了{item}，给老顾客留了优惠，有空回来看看！',
    '{name}您好，我是{shop}的{owner}。好久沒見到您了，店裡新到了{item}，給老顧客留了優惠，有空回來看看！',
    'Hello {name}, this is {owner} from {shop}. We have missed you! We just got {item} in, and there is a treat waiting for regulars like you.',
  ],
  msgHoliday: [
    '{name}您好，我是{shop}的{owner}。{greeting}！感谢您一直以来的照顾。',
    '{name}您好，我是{shop}的{owner}。{greeting}！感謝您一直以來的照顧。',
    'Hello {name}, this is {owner} from {shop}. {greeting}! Thank you for being with us.',
  ],
  msgCheckin: [
    '{name}您好，我是{shop}的{owner}。最近还好吗？店里新到了{item}，有空来坐坐！',
    '{name}您好，我是{shop}的{owner}。最近還好嗎？店裡新到了{item}，有空來坐坐！',
    'Hello {name}, this is {owner} from {shop}. How are you? We just got {item} in: come and see us!',
  ],
  msgUnsubscribe: [
    '您收到这封邮件，是因为您同意接收{shop}的消息。不想再收到？直接回复“退订”或告诉店员即可，我们不会再发。{shop}，电话 {phone}。',
    '您收到這封郵件，是因為您同意接收{shop}的消息。不想再收到？直接回覆「退訂」或告訴店員即可，我們不會再寄。{shop}，電話 {phone}。',
    'You receive this email because you agreed to hear from {shop}. To stop, reply "unsubscribe" or tell us at the counter, and we will not write again. {shop}, phone {phone}.',
  ],
};

export type TemplateKey = keyof typeof DEFAULT_TEMPLATES;

/**
 * Used for {item} (an owner's own template) when a customer has no favourite on record:
 * nothing that claims new stock.
 */
export const ANY_ITEM = tx('您常买的东西', '您常買的東西', 'your usual');

/** Used for {owner} when Settings has no owner name. */
export const OWNER_FALLBACK = tx('店长', '店長', 'the owner');
