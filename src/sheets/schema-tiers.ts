/**
 * Member tiers in two tabs. Tiers (会员等级): the owner's table, one row per tier from
 * the entry tier down to the highest, with its rule and its perks, edited by hand (read
 * by domain/loyalty/tiers.ts, which reports what it can't read). Tier log (会员等级记录):
 * written by the daily run, one row per move, so a customer's tier can be explained and
 * a run that dies and runs again writes nothing twice (its Ref is the day and the key).
 */
import type {TabDef} from './schema';
import type {Texts} from '../domain/i18n';

const txt = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const TIERS: TabDef = {
  key: 'tiers',
  names: txt('会员等级', '會員等級', 'Tiers'),
  aliases: ['会员级别', '會員級別', 'member tiers', 'tier rules', 'levels'],
  columns: [
    {
      key: 'name',
      names: txt('等级名称', '等級名稱', 'Tier'),
      aliases: ['名称', '名稱', '等级', '等級', 'tier name', 'name'],
      kind: 'text',
      width: 90,
    },
    {
      key: 'measure',
      names: txt('升级条件', '升級條件', 'Reached by'),
      aliases: ['条件', '條件', 'rule', 'measure'],
      kind: 'text',
      width: 110,
    },
    {
      key: 'min',
      names: txt('门槛', '門檻', 'At least'),
      aliases: ['达到', '達到', 'threshold', 'minimum', 'min'],
      kind: 'text',
      width: 80,
    },
    {
      key: 'discount',
      names: txt('折扣', '折扣', 'Discount'),
      aliases: ['优惠', '優惠', 'discount %', 'percent off'],
      kind: 'text',
      width: 70,
    },
    {
      key: 'gift',
      names: txt('生日礼', '生日禮', 'Birthday gift'),
      aliases: ['生日礼物', '生日禮物', 'gift'],
      kind: 'text',
      width: 120,
    },
    {
      key: 'doubleDays',
      names: txt('双倍积分日', '雙倍積分日', 'Double points days'),
      aliases: ['双倍积分', '雙倍積分', 'double points'],
      kind: 'text',
      width: 140,
    },
  ],
};

export const TIER_LOG: TabDef = {
  key: 'tierLog',
  names: txt('会员等级记录', '會員等級紀錄', 'Tier log'),
  aliases: ['会员等级变动', '會員等級變動', 'tier changes', 'tier history'],
  columns: [
    {
      key: 'date',
      names: txt('日期', '日期', 'Date'),
      aliases: ['时间', '時間', 'when'],
      kind: 'date',
      width: 100,
    },
    {
      key: 'customer',
      names: txt('客户', '客戶', 'Customer'),
      aliases: ['客户编号', '客戶編號', '会员号', '會員號', 'customer id'],
      kind: 'key',
      width: 110,
    },
    {
      key: 'name',
      names: txt('姓名', '姓名', 'Name'),
      aliases: ['名字', 'customer name'],
      kind: 'text',
      width: 100,
    },
    {
      key: 'from',
      names: txt('原等级', '原等級', 'From'),
      aliases: ['之前', 'was'],
      kind: 'text',
      width: 80,
    },
    {
      key: 'to',
      names: txt('新等级', '新等級', 'To'),
      aliases: ['等级', '等級', 'tier', 'now'],
      kind: 'text',
      width: 80,
    },
    {
      key: 'change',
      names: txt('变动', '變動', 'Change'),
      aliases: ['类型', '類型', 'kind'],
      kind: 'text',
      width: 70,
    },
    {
      key: 'note',
      names: txt('说明', '說明', 'Note'),
      aliases: ['备注', '備註', 'notes'],
      kind: 'text',
      width: 220,
    },
    {
      key: 'requestId',
      names: txt('关联单号', '關聯單號', 'Ref'),
      aliases: ['请求编号', '請求編號', 'request id', 'reference'],
      kind: 'text',
      width: 150,
    },
  ],
};
