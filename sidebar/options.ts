/** Labels of the option sets the counter offers, in the three languages. */
import {Texts} from '../src/domain/i18n';
import type {
  ChannelKey,
  FeedbackKind,
  PaymentKey,
} from '../src/domain/counter/wire';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const PAYMENT_LABELS: ReadonlyArray<[PaymentKey, Texts]> = [
  ['wechat', tx('微信', '微信', 'WeChat')],
  ['alipay', tx('支付宝', '支付寶', 'Alipay')],
  ['cash', tx('现金', '現金', 'Cash')],
  ['card', tx('银行卡', '銀行卡', 'Card')],
  ['other', tx('其他', '其他', 'Other')],
  // The customer's stored value (储值): offered only on a customer with a balance ledger.
  ['stored', tx('储值', '儲值', 'Stored value')],
];

export const FEEDBACK_LABELS: ReadonlyArray<[FeedbackKind, Texts]> = [
  ['praise', tx('表扬', '表揚', 'Praise')],
  ['suggestion', tx('建议', '建議', 'Suggestion')],
  ['complaint', tx('投诉', '投訴', 'Complaint')],
  ['survey', tx('问卷', '問卷', 'Survey')],
];

export const CHANNEL_LABELS: ReadonlyArray<[ChannelKey, Texts]> = [
  ['wechat', tx('微信', '微信', 'WeChat')],
  ['phone', tx('电话', '電話', 'Phone')],
  ['sms', tx('短信', '簡訊', 'SMS')],
  ['inPerson', tx('到店', '到店', 'In person')],
  ['email', tx('邮件', '郵件', 'Email')],
];

/** Reasons staff pick most, one tap each; the server writes them in the book's language. */
export {CONTACT_REASONS} from '../src/domain/counter/contact-reasons';
