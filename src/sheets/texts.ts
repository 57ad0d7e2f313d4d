/** What the tables and Set up shop say to the owner, in the three languages. */
import {Texts} from '../domain/i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const CELL_REASONS = {
  date: tx(
    '无法识别的日期（请写成 2025-03-05）',
    '無法識別的日期（請寫成 2025-03-05）',
    'not a date (write it as 2025-03-05)',
  ),
  number: tx('不是数字', '不是數字', 'not a number'),
  money: tx('不是金额', '不是金額', 'not an amount of money'),
  boolean: tx('应为 是 或 否', '應為 是 或 否', 'should be yes or no'),
  option: tx(
    '不在可选项中：{options}',
    '不在可選項中：{options}',
    'not one of: {options}',
  ),
  formulaError: tx(
    '公式出错：{value}',
    '公式出錯：{value}',
    'formula error: {value}',
  ),
} as const;

export type CellReason = keyof typeof CELL_REASONS;

export const SETTING_REASONS = {
  email: tx(
    '不是有效的邮箱地址',
    '不是有效的電子郵件地址',
    'not an email address',
  ),
  lang: tx(
    '应为 简体中文、繁體中文 或 English',
    '應為 简体中文、繁體中文 或 English',
    'should be 简体中文, 繁體中文 or English',
  ),
} as const;

export const MISSING_TAB = tx(
  '找不到工作表「{tab}」。请先使用菜单“扩展程序 ▸ Shuke 熟客 ▸ 设置店铺”。',
  '找不到工作表「{tab}」。請先使用選單「擴充功能 ▸ Shuke 熟客 ▸ 設定店鋪」。',
  'The tab "{tab}" is missing. Use the menu Extensions ▸ Shuke 熟客 ▸ Set up shop first.',
);

/** "Row 5, Birthday: not a date … ("abc")" */
export const PROBLEM_LINE = tx(
  '第 {row} 行「{column}」：{reason}（“{value}”）',
  '第 {row} 列「{column}」：{reason}（「{value}」）',
  'Row {row}, {column}: {reason} ("{value}")',
);

export const SETTING_PROBLEM_LINE = tx(
  '设置「{label}」：{reason}（“{value}”），已使用默认值 {def}',
  '設定「{label}」：{reason}（「{value}」），已使用預設值 {def}',
  'Setting "{label}": {reason} ("{value}"); using the default {def}',
);

export const SETUP_TEXTS = {
  title: tx('设置店铺', '設定店鋪', 'Set up shop'),
  nothing: tx(
    '店铺表格已经齐全，没有需要更改的地方。',
    '店鋪試算表已經齊全，沒有需要更改的地方。',
    'Everything is already in place; nothing was changed.',
  ),
  createdTabs: tx(
    '新建工作表：{list}',
    '新增工作表：{list}',
    'Tabs created: {list}',
  ),
  addedColumns: tx(
    '在「{tab}」中添加列：{list}',
    '在「{tab}」中新增欄：{list}',
    'Columns added to {tab}: {list}',
  ),
  addedSettings: tx(
    '添加设置项：{count} 项',
    '新增設定項：{count} 項',
    '{count} {count|setting|settings} added',
  ),
  kept: tx(
    '您已有的数据均保留在原位。',
    '您已有的資料均保留在原位。',
    'All your existing data stayed where it was.',
  ),
  formatted: tx(
    '已更新下拉列表和格式：{list}',
    '已更新下拉選單和格式：{list}',
    'Dropdowns and formats updated: {list}',
  ),
  listSep: tx('、', '、', ', '),
  more: tx('……另有 {count} 项', '……另有 {count} 項', '… and {count} more'),
  ratingHelp: tx(
    '请输入 1 到 5 的评分',
    '請輸入 1 到 5 的評分',
    'Enter a rating from 1 to 5',
  ),
  optionHelp: tx(
    '请从列表中选择（也可以填写其他内容）',
    '請從清單中選擇（也可以填寫其他內容）',
    'Pick from the list (other values are allowed)',
  ),
} as const;
