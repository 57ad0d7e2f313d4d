/** The Contacts tab (联系记录): each time the shop reached out to a customer, and how. */
import type {TabDef} from './schema';
import type {Texts} from '../domain/i18n';

const txt = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const CONTACTS: TabDef = {
  key: 'contacts',
  names: txt('回访', '回訪', 'Contacts'),
  aliases: ['回访记录', '回訪紀錄', '跟进', '跟進', 'follow-ups', 'follow ups'],
  columns: [
    {
      key: 'date',
      names: txt('日期', '日期', 'Date'),
      aliases: ['时间', '時間', 'date time'],
      kind: 'datetime',
      width: 140,
    },
    {
      key: 'customer',
      names: txt('客户', '客戶', 'Customer'),
      aliases: ['客户编号', '客戶編號', '会员', '會員', 'customer id'],
      kind: 'key',
      width: 110,
    },
    {
      key: 'channel',
      names: txt('方式', '方式', 'Channel'),
      aliases: ['渠道', '管道', '联系方式', '聯絡方式', 'via'],
      kind: 'enum',
      options: 'channel',
      width: 80,
    },
    {
      key: 'reason',
      names: txt('原因', '原因', 'Reason'),
      aliases: ['事由', '目的', 'why', 'purpose'],
      kind: 'text',
      width: 140,
    },
    {
      key: 'outcome',
      names: txt('结果', '結果', 'Outcome'),
      aliases: ['反馈', '回饋', 'result'],
      kind: 'text',
      width: 180,
    },
    {
      key: 'by',
      names: txt('经办人', '經辦人', 'By'),
      aliases: ['员工', '員工', '店员', '店員', 'staff'],
      kind: 'text',
      width: 80,
    },
    {
      key: 'requestId',
      names: txt('请求编号', '請求編號', 'Request ID'),
      aliases: [],
      kind: 'text',
      width: 60,
    },
  ],
};
