/**
 * Option sets: stored in the sheet in the sheet's language, read back in any language
 * (or by their key, or an alias owners and cash-register exports use).
 */
import {Lang} from '../domain/i18n';
import type {OptionDef, OptionSetKey} from './schema';
import {labelsOf, normaliseLabel} from './schema-labels';
import {POINTS_REASONS, STORED_PAYMENT, STORED_REASONS} from './schema-loyalty';

export const OPTIONS: Readonly<Record<OptionSetKey, readonly OptionDef[]>> = {
  payment: [
    {key: 'cash', names: {'zh-CN': '现金', 'zh-TW': '現金', en: 'Cash'}},
    {
      key: 'wechat',
      names: {'zh-CN': '微信支付', 'zh-TW': '微信支付', en: 'WeChat Pay'},
      aliases: ['微信', 'wechat', 'wx'],
    },
    {
      key: 'alipay',
      names: {'zh-CN': '支付宝', 'zh-TW': '支付寶', en: 'Alipay'},
      aliases: ['zfb'],
    },
    {
      key: 'card',
      names: {'zh-CN': '银行卡', 'zh-TW': '銀行卡', en: 'Card'},
      aliases: [
        '刷卡',
        '信用卡',
        'credit card',
        'debit card',
        'unionpay',
        '银联',
      ],
    },
    {key: 'other', names: {'zh-CN': '其他', 'zh-TW': '其他', en: 'Other'}},
    STORED_PAYMENT,
  ],
  feedbackType: [
    {
      key: 'praise',
      names: {'zh-CN': '表扬', 'zh-TW': '表揚', en: 'Praise'},
      aliases: ['好评', '好評', 'compliment'],
    },
    {
      key: 'suggestion',
      names: {'zh-CN': '建议', 'zh-TW': '建議', en: 'Suggestion'},
      aliases: ['意见', '意見', 'idea'],
    },
    {
      key: 'complaint',
      names: {'zh-CN': '投诉', 'zh-TW': '投訴', en: 'Complaint'},
      aliases: ['差评', '差評', '抱怨'],
    },
    {
      key: 'survey',
      names: {'zh-CN': '问卷', 'zh-TW': '問卷', en: 'Survey'},
      aliases: ['调查', '調查', 'survey answer'],
    },
  ],
  feedbackStatus: [
    {
      key: 'open',
      // The pair 未解决 / 已解决 reads as one question answered; 待处理 is still read.
      names: {'zh-CN': '未解决', 'zh-TW': '未解決', en: 'Open'},
      aliases: [
        '待处理',
        '待處理',
        '处理中',
        '處理中',
        'pending',
        'unresolved',
      ],
    },
    {
      key: 'resolved',
      names: {'zh-CN': '已解决', 'zh-TW': '已解決', en: 'Resolved'},
      aliases: ['已处理', '已處理', 'closed', 'done'],
    },
  ],
  channel: [
    {
      key: 'phone',
      names: {'zh-CN': '电话', 'zh-TW': '電話', en: 'Phone'},
      aliases: ['call', 'tel'],
    },
    {
      key: 'sms',
      names: {'zh-CN': '短信', 'zh-TW': '簡訊', en: 'SMS'},
      aliases: ['短訊', 'text'],
    },
    {
      key: 'wechat',
      names: {'zh-CN': '微信', 'zh-TW': '微信', en: 'WeChat'},
      aliases: ['wx'],
    },
    {
      key: 'email',
      names: {'zh-CN': '邮件', 'zh-TW': '郵件', en: 'Email'},
      aliases: ['电子邮件', '電子郵件', 'e-mail'],
    },
    {
      key: 'inPerson',
      names: {'zh-CN': '到店', 'zh-TW': '到店', en: 'In person'},
      aliases: ['当面', '當面', '面谈', 'visit'],
    },
  ],
  consent: [
    {
      key: 'yes',
      names: {'zh-CN': '同意', 'zh-TW': '同意', en: 'Yes'},
      aliases: ['是', 'y', 'true', '1', 'agreed', '✓'],
    },
    {
      key: 'no',
      names: {'zh-CN': '不同意', 'zh-TW': '不同意', en: 'No'},
      aliases: ['否', 'n', 'false', '0'],
    },
    {
      key: 'unsubscribed',
      names: {'zh-CN': '已退订', 'zh-TW': '已退訂', en: 'Unsubscribed'},
      aliases: ['退订', '退訂', 'stop', 'opted out'],
    },
  ],
  birthdayKind: [
    {
      key: 'solar',
      names: {'zh-CN': '公历', 'zh-TW': '國曆', en: 'Solar'},
      aliases: ['阳历', '陽曆', '新历', '新曆', '公曆', 'gregorian'],
    },
    {
      key: 'lunar',
      names: {'zh-CN': '农历', 'zh-TW': '農曆', en: 'Lunar'},
      aliases: ['阴历', '陰曆', '旧历', '舊曆', '农', '農'],
    },
  ],
  pointsReason: POINTS_REASONS,
  storedReason: STORED_REASONS,
};

/** Reads an option typed in any language; null when it is none of them. */
export function parseOption(set: OptionSetKey, value: unknown): string | null {
  const v = normaliseLabel(value);
  if (!v) return null;
  for (const o of OPTIONS[set]) {
    if (
      labelsOf({
        names: o.names,
        aliases: [o.key, ...(o.aliases ?? [])],
      }).includes(v)
    )
      return o.key;
  }
  return null;
}

export function optionLabel(
  set: OptionSetKey,
  key: string,
  lang: Lang,
): string {
  return OPTIONS[set].find(o => o.key === key)?.names[lang] ?? key;
}
