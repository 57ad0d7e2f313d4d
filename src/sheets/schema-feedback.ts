/** The Feedback tab (反馈): praise, complaints and ratings, with a complaint's status. */
import type {TabDef} from './schema';
import type {Texts} from '../domain/i18n';

const txt = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const FEEDBACK: TabDef = {
  key: 'feedback',
  names: txt('反馈', '回饋', 'Feedback'),
  aliases: ['客户反馈', '客戶回饋', '意见', '意見', '投诉', '投訴', '反饋'],
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
      key: 'type',
      names: txt('类型', '類型', 'Type'),
      aliases: ['类别', '類別', 'kind'],
      kind: 'enum',
      options: 'feedbackType',
      width: 80,
    },
    {
      key: 'rating',
      names: txt('评分', '評分', 'Rating'),
      aliases: ['分数', '分數', '星级', '星級', 'score', 'stars'],
      kind: 'number',
      width: 60,
    },
    {
      key: 'text',
      names: txt('内容', '內容', 'Text'),
      aliases: ['反馈内容', '回饋內容', 'comment', 'feedback', 'details'],
      kind: 'text',
      width: 240,
    },
    {
      key: 'status',
      names: txt('状态', '狀態', 'Status'),
      aliases: ['处理状态', '處理狀態', 'state'],
      kind: 'enum',
      options: 'feedbackStatus',
      width: 80,
    },
    {
      key: 'resolution',
      names: txt('处理结果', '處理結果', 'Resolution'),
      aliases: ['解决方案', '解決方案', '处理', '處理', 'outcome'],
      kind: 'text',
      width: 200,
    },
    {
      key: 'resolvedOn',
      names: txt('解决日期', '解決日期', 'Resolved on'),
      aliases: ['处理日期', '處理日期', 'resolved', 'closed on'],
      kind: 'date',
      width: 100,
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
