/**
 * Settings of "Something new": the message each fan gets, in the book's language. It
 * says who is writing and how to stop, as an advertising message must (广告法 Art. 43).
 */
import {Texts} from '../domain/i18n';
import type {SettingDef} from './settings-schema';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const RECOMMEND_SETTINGS: readonly SettingDef[] = [
  {
    key: 'msgSomethingNew',
    label: tx('消息：上新通知', '訊息：上新通知', 'Message: something new'),
    aliases: ['新品通知消息', 'new item message'],
    type: 'template',
    def: tx(
      '{name}您好！{shop}新到了{item}。{why}，想您会喜欢，欢迎来尝尝。不想再收到此类消息，回复“退订”即可。',
      '{name}您好！{shop}新到了{item}。{why}，想您會喜歡，歡迎來嚐嚐。不想再收到此類訊息，回覆「退訂」即可。',
      'Hello {name}! {item} has just arrived at {shop}. {why}, so we thought you might like it: come and try it. To stop these messages, reply "stop".',
    ),
    help: tx(
      '可用：{name} 顾客姓名、{shop} 店名、{item} 新品、{why} 为什么告诉TA（常买什么或喜好）',
      '可用：{name} 顧客姓名、{shop} 店名、{item} 新品、{why} 為什麼告訴TA（常買什麼或喜好）',
      "Placeholders: {name} the customer's name, {shop} shop name, {item} the new item, {why} why them (what they buy or like)",
    ),
  },
];
