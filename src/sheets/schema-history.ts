/**
 * Sales history (销售历史): what compaction keeps of old sales, one row per customer per
 * compaction (compaction/history.ts). Written by Shuke; an owner may read it, and the
 * grade formulas count it as the rows it replaced. A row whose Status is not blank is
 * part of a compaction that has not finished: nothing counts it yet.
 */
import type {TabDef} from './schema';
import type {Texts} from '../domain/i18n';

const txt = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const SALES_HISTORY: TabDef = {
  key: 'salesHistory',
  names: txt('销售历史', '銷售歷史', 'Sales history'),
  aliases: ['历史销售', '歷史銷售', 'history', 'old sales'],
  columns: [
    {
      key: 'customer',
      names: txt('客户', '客戶', 'Customer'),
      kind: 'key',
      width: 110,
    },
    {
      key: 'first',
      names: txt('首次购买', '首次購買', 'First purchase'),
      kind: 'date',
      width: 100,
    },
    {
      key: 'last',
      names: txt('最后购买', '最後購買', 'Last purchase'),
      kind: 'date',
      width: 100,
    },
    {
      key: 'purchases',
      names: txt('购买次数', '購買次數', 'Purchases'),
      kind: 'number',
      width: 80,
    },
    {
      key: 'spend',
      names: txt('消费金额', '消費金額', 'Spend'),
      kind: 'money',
      width: 90,
    },
    {
      key: 'spendCount',
      names: txt('有金额的次数', '有金額的次數', 'Purchases with amount'),
      kind: 'number',
      width: 90,
    },
    {
      key: 'points',
      names: txt('积分', '積分', 'Points'),
      kind: 'number',
      width: 70,
    },
    {
      key: 'items',
      names: txt('商品次数', '商品次數', 'Item counts'),
      kind: 'text',
      width: 200,
    },
    {
      key: 'tail',
      names: txt(
        '截止前近期购买日',
        '截止前近期購買日',
        'Recent days before the cut',
      ),
      kind: 'text',
      width: 140,
    },
    {
      key: 'rows',
      names: txt('合并行数', '合併列數', 'Rows folded'),
      kind: 'number',
      width: 80,
    },
    {
      key: 'before',
      names: txt('截止日期（不含）', '截止日期（不含）', 'Sales before'),
      kind: 'date',
      width: 110,
    },
    {
      key: 'status',
      names: txt('状态', '狀態', 'Status'),
      kind: 'text',
      width: 90,
    },
  ],
};

/** A compaction's rows until it has finished (then the cell is cleared). */
export const PENDING = txt('进行中', '進行中', 'in progress');
