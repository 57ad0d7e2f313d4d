/**
 * The parameters of the custom functions as Sheets shows them: each one's name, the
 * argument it gives and its autocomplete line. Chinese first: the owners are
 * Chinese-speaking shops; English after it for everyone else.
 */
import {SalesArgs} from './per-customer';

export const THRESHOLDS_DOC =
  '@param {range} thresholds [可选] A、B、C、D 的每月次数，默认 15、10、5、3 [optional] Purchases a month for A, B, C, D; default 15, 10, 5, 3';

/** Each parameter of the CUSTOMER_* functions: the argument it gives and its line. */
export const PARAMS = {
  customer_ids: {
    arg: 'customerIds',
    doc: '@param {range} customer_ids 客户编号列（如 A2:A） Customer IDs, e.g. A2:A',
  },
  sale_customer_ids: {
    arg: 'saleCustomerIds',
    doc: "@param {range} sale_customer_ids 销售表的客户列 The Sales tab's customer column",
  },
  sale_dates: {
    arg: 'saleDates',
    doc: "@param {range} sale_dates 销售表的日期列 The Sales tab's date column",
  },
  sale_amounts: {
    arg: 'saleAmounts',
    doc: "@param {range} sale_amounts 销售表的金额列 The Sales tab's amount column",
  },
  as_of: {
    arg: 'asOf',
    doc: '@param {date} as_of [可选] 计算日期，默认今天 [optional] Date of the figures; default today',
  },
  window_days: {
    arg: 'windowDays',
    doc: '@param {number} window_days [可选] 统计天数，默认 90 [optional] Days counted, default 90',
  },
  thresholds: {arg: 'thresholds', doc: THRESHOLDS_DOC},
  segment_rules: {
    arg: 'rules',
    doc: '@param {range} segment_rules [可选] 设置表中的新客期、流失预警、已流失天数、VIP 等级、VIP 消费 [optional] New days, at-risk days, lost days, VIP grade, VIP spend (Settings)',
  },
  language: {
    arg: 'language',
    doc: '@param {string} language [可选] 简体中文、繁體中文 或 English [optional] Language of the labels',
  },
  customer_phones: {
    arg: 'customerPhones',
    doc: '@param {range} customer_phones [可选] 手机号列：以手机号记录的销售也计入 [optional] Phone column: sales logged under the phone count too',
  },
  history: {
    arg: 'history',
    doc: '@param {range} history [可选] 销售历史表（含标题行）：压缩后的旧销售 [optional] The Sales history tab with its header row: compacted old sales',
  },
  sale_voids: {
    arg: 'saleVoids',
    doc: "@param {range} sale_voids [可选] 销售表的作废列：已作废的销售不计 [optional] The Sales tab's Void column: voided sales don't count",
  },
} as const satisfies Record<string, {arg: keyof SalesArgs; doc: string}>;

export type ParamName = keyof typeof PARAMS;

/** The parameters of the functions of the last visit (its date, the days since). */
export const LAST_VISIT_PARAMS = [
  'customer_ids',
  'sale_customer_ids',
  'sale_dates',
  'as_of',
  'customer_phones',
  'sale_voids',
] as const;
/** The parameters of the functions built on segments (segment, value class). */
export const RFM_PARAMS = [
  'customer_ids',
  'sale_customer_ids',
  'sale_dates',
  'sale_amounts',
  'as_of',
  'window_days',
  'thresholds',
  'segment_rules',
  'language',
  'customer_phones',
  'sale_voids',
] as const;
