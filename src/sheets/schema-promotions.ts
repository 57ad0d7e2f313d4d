/**
 * The Promotions tab (the owner writes name, dates, items and a note; Shuke fills the
 * figures and the verdict beside them) and the "Something new" tab (a list of fans to
 * tell, worked down by ticking Done). Only types come from schema.ts, so TABS there can
 * list PROMOTIONS without an import cycle.
 */
import type {ColumnDef, TabDef} from './schema';
import type {Texts} from '../domain/i18n';

const txt = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

/** A column Shuke fills beside the owner's: a plain number. */
const figure = (
  key: string,
  names: Texts,
  aliases: readonly string[] = [],
): ColumnDef => ({key, names, aliases, kind: 'number', width: 90});

export const PROMOTIONS: TabDef = {
  key: 'promotions',
  names: txt('促销活动', '促銷活動', 'Promotions'),
  aliases: ['促销', '促銷', '活动', '活動', 'promos', 'campaigns'],
  columns: [
    {
      key: 'name',
      names: txt('活动名称', '活動名稱', 'Name'),
      aliases: ['名称', '名稱', '活动', '活動', 'promotion', 'promo'],
      kind: 'text',
      width: 140,
    },
    {
      key: 'start',
      names: txt('开始日期', '開始日期', 'Start'),
      aliases: ['开始', '開始', 'from', 'start date'],
      kind: 'date',
      width: 100,
    },
    {
      key: 'end',
      names: txt('结束日期', '結束日期', 'End'),
      aliases: ['结束', '結束', 'to', 'until', 'end date'],
      kind: 'date',
      width: 100,
    },
    {
      key: 'items',
      names: txt('适用商品', '適用商品', 'Items'),
      aliases: ['商品', '品类', '品類', 'items or all', 'products'],
      kind: 'text',
      width: 160,
    },
    {
      key: 'note',
      names: txt('备注', '備註', 'Note'),
      aliases: ['说明', '說明', 'notes', 'remarks'],
      kind: 'text',
      width: 160,
    },
    // Filled by Shuke ("Judge promotions" and the daily run).
    figure('days', txt('已过天数', '已過天數', 'Days so far')),
    figure('visits', txt('来客', '來客', 'Visits')),
    figure('baseVisits', txt('平时来客', '平時來客', 'Visits before')),
    figure('visitsUplift', txt('来客增减', '來客增減', 'Visits change')),
    {
      key: 'revenue',
      names: txt('营业额', '營業額', 'Revenue'),
      kind: 'money',
      width: 90,
    },
    {
      key: 'baseRevenue',
      names: txt('平时营业额', '平時營業額', 'Revenue before'),
      kind: 'money',
      width: 90,
    },
    figure('revenueUplift', txt('营业额增减', '營業額增減', 'Revenue change')),
    figure('newCustomers', txt('新客', '新客', 'New customers')),
    figure('baseNew', txt('平时新客', '平時新客', 'New before')),
    figure('returning', txt('回头客', '回頭客', 'Returning customers')),
    figure(
      'baseReturning',
      txt('平时回头客', '平時回頭客', 'Returning before'),
    ),
    {
      key: 'verdict',
      names: txt('结论', '結論', 'Verdict'),
      kind: 'text',
      width: 360,
    },
    {
      key: 'judgedOn',
      names: txt('评估日期', '評估日期', 'Judged on'),
      kind: 'date',
      width: 100,
    },
  ],
};

/** The columns Shuke writes; the others are the owner's and never written. */
export const PROMOTION_RESULT_KEYS: readonly string[] = PROMOTIONS.columns
  .slice(5)
  .map(c => c.key);

export const SOMETHING_NEW: TabDef = {
  key: 'somethingNew',
  names: txt('上新通知', '上新通知', 'Something new'),
  aliases: ['新品通知', 'new arrivals', 'tell fans'],
  columns: [
    {
      key: 'date',
      names: txt('日期', '日期', 'Date'),
      kind: 'date',
      width: 100,
    },
    {
      key: 'item',
      names: txt('新品', '新品', 'New item'),
      aliases: ['商品', 'item'],
      kind: 'text',
      width: 120,
    },
    {
      key: 'customer',
      names: txt('客户', '客戶', 'Customer'),
      aliases: ['客户编号', '客戶編號', 'customer id'],
      kind: 'key',
      width: 100,
    },
    {
      key: 'name',
      names: txt('姓名', '姓名', 'Name'),
      kind: 'text',
      width: 100,
    },
    {
      key: 'why',
      names: txt('为什么是TA', '為什麼是TA', 'Why them'),
      kind: 'text',
      width: 160,
    },
    {
      key: 'how',
      names: txt('怎么告诉', '怎麼告訴', 'How to tell'),
      kind: 'text',
      width: 160,
    },
    {
      key: 'contact',
      names: txt('联系方式', '聯絡方式', 'Contact'),
      kind: 'text',
      width: 160,
    },
    {
      key: 'message',
      names: txt('消息（可复制）', '訊息（可複製）', 'Message to copy'),
      kind: 'text',
      width: 320,
    },
    {
      key: 'done',
      names: txt('已告知', '已告知', 'Done'),
      aliases: ['完成', 'done', '✓'],
      kind: 'boolean',
      width: 70,
    },
  ],
};
