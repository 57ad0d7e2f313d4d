/**
 * Settings rows of customers' data: how long a customer's details are kept after their
 * last visit (PIPL Art. 19: no longer than needed).
 */
import type {SettingDef} from './settings-schema';
import type {Texts} from '../domain/i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const PRIVACY_SETTINGS: readonly SettingDef[] = [
  {
    key: 'retentionMonths',
    label: tx('资料保存月数', '資料保存月數', 'Keep data for (months)'),
    aliases: ['保存期限', 'retention', 'retention months'],
    type: 'number',
    def: 24,
    help: tx(
      '顾客最后一次到店后保存资料的月数；超过后每周一的提醒邮件列出，由您删除或注明原因保留。填0：不提醒',
      '顧客最後一次到店後保存資料的月數；超過後每週一的提醒郵件列出，由您刪除或註明原因保留。填0：不提醒',
      "Months a customer's details are kept after their last visit (or joining, if they never bought); past that, Monday's digest lists them for you to erase or keep with a reason. 0: never listed",
    ),
  },
];
