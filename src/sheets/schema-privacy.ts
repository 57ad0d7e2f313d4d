/**
 * The tabs of a customer's rights: the Privacy log (consent given, declined or withdrawn,
 * corrections, a decision to keep someone past the retention period) and the Erasure log
 * (what an erasure removed, with no personal data in it).
 *
 * Consent is a log rather than more Customers columns: a customer's consent changes over
 * time and the shop must be able to show when and how each answer was given (PIPL Arts.
 * 14–16); the latest row per customer and purpose wins, and the Customers tab's Marketing
 * consent column keeps the current answer for email greetings, so books made before and
 * anything reading that column go on working.
 */
import type {Texts} from '../domain/i18n';
import type {TabDef} from './schema';

const txt = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const PRIVACY_LOG: TabDef = {
  key: 'privacyLog',
  names: txt('隐私记录', '隱私紀錄', 'Privacy log'),
  aliases: ['同意记录', '同意紀錄', 'consent log', 'privacy'],
  columns: [
    {
      key: 'date',
      names: txt('日期时间', '日期時間', 'Date'),
      aliases: ['日期', 'date time'],
      kind: 'datetime',
      width: 140,
    },
    {
      key: 'customer',
      names: txt('客户', '客戶', 'Customer'),
      aliases: ['客户编号', '客戶編號', 'customer id'],
      kind: 'key',
      width: 100,
    },
    {
      key: 'action',
      names: txt('事项', '事項', 'Action'),
      aliases: ['类型', '類型', 'type'],
      kind: 'text',
      width: 90,
    },
    {
      key: 'status',
      names: txt('状态', '狀態', 'Status'),
      aliases: ['答复', '答覆', 'answer'],
      kind: 'text',
      width: 80,
    },
    {
      key: 'purposes',
      names: txt('用途', '用途', 'For'),
      aliases: ['目的', 'purpose', 'purposes'],
      kind: 'text',
      width: 180,
    },
    {
      key: 'how',
      names: txt('方式', '方式', 'How'),
      aliases: ['途径', '途徑', 'via'],
      kind: 'text',
      width: 90,
    },
    {
      key: 'detail',
      names: txt('说明', '說明', 'Detail'),
      aliases: ['原因', 'reason', 'note'],
      kind: 'text',
      width: 220,
    },
    {
      key: 'by',
      names: txt('经办人', '經辦人', 'By'),
      aliases: ['店员', '店員', 'staff'],
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

export const ERASURE_LOG: TabDef = {
  key: 'erasureLog',
  names: txt('删除记录', '刪除紀錄', 'Erasure log'),
  aliases: ['删除日志', '刪除日誌', 'erasures'],
  columns: [
    {
      key: 'date',
      names: txt('日期时间', '日期時間', 'Date'),
      aliases: ['日期', 'date time'],
      kind: 'datetime',
      width: 140,
    },
    {
      key: 'by',
      names: txt('经办人', '經辦人', 'By'),
      aliases: ['店员', '店員', 'staff'],
      kind: 'text',
      width: 80,
    },
    {
      key: 'rows',
      names: txt('行数', '行數', 'Rows'),
      aliases: ['rows removed'],
      kind: 'number',
      width: 60,
    },
    {
      key: 'detail',
      names: txt('内容', '內容', 'What went'),
      aliases: ['说明', '說明', 'detail'],
      kind: 'text',
      width: 320,
    },
    {
      key: 'status',
      names: txt('状态', '狀態', 'Status'),
      aliases: ['state'],
      kind: 'text',
      width: 80,
    },
    {
      // A salted hash of the erased phone: lets an import recognise the number without
      // the book keeping it (see usecases/privacy/erased-phones.ts).
      key: 'phoneHash',
      names: txt('号码指纹', '號碼指紋', 'Phone fingerprint'),
      aliases: ['phone hash'],
      kind: 'text',
      width: 120,
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
