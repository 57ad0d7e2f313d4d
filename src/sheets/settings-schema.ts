/**
 * The keys of the Settings tab: one row each, label in the sheet's language (recognised in
 * all three), value beside it. Owners change values by hand; an unreadable value falls back
 * to the default and is reported. Each feature keeps its keys in its own section below.
 */
import {Texts} from '../domain/i18n';

export type SettingType =
  | 'text'
  | 'email'
  | 'number'
  | 'date'
  | 'boolean'
  | 'lang'
  | 'template'
  | 'status';

export interface SettingDef {
  key: string;
  label: Texts;
  aliases?: readonly string[];
  type: SettingType;
  /** Default value; for 'template' and texts, per language. */
  def: string | number | boolean | Texts | null;
  help?: Texts;
}

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

// --- Shop (foundation) ---------------------------------------------------------------
export const SHOP_SETTINGS: readonly SettingDef[] = [
  {
    key: 'shopName',
    label: tx('店名', '店名', 'Shop name'),
    aliases: ['店铺名称', '店鋪名稱', 'shop'],
    type: 'text',
    def: '',
  },
  {
    key: 'ownerName',
    label: tx('店长', '店長', 'Owner name'),
    aliases: ['负责人', '負責人', 'owner', '经营者', '經營者'],
    type: 'text',
    def: '',
  },
  {
    key: 'ownerEmail',
    label: tx('店长邮箱', '店長電子郵件', 'Owner email'),
    aliases: ['负责人邮箱', 'owner e-mail'],
    type: 'email',
    def: '',
  },
  {
    key: 'shopPhone',
    label: tx('店铺电话', '店鋪電話', 'Shop phone'),
    aliases: ['店电话', 'shop tel'],
    type: 'text',
    def: '',
  },
  {
    key: 'language',
    label: tx('语言', '語言', 'Language'),
    aliases: ['language code'],
    type: 'lang',
    def: null,
    help: tx(
      '简体中文、繁體中文 或 English；留空则跟随表格区域设置',
      '简体中文、繁體中文 或 English；留空則跟隨試算表地區設定',
      '简体中文, 繁體中文 or English; blank follows the spreadsheet locale',
    ),
  },
  {
    key: 'currency',
    label: tx('货币符号', '貨幣符號', 'Currency'),
    aliases: ['货币', '貨幣'],
    type: 'text',
    def: '¥',
  },
];

// --- Grades (engine, custom functions) -------------------------------------------------
export const GRADE_SETTINGS: readonly SettingDef[] = [
  {
    key: 'gradeA',
    label: tx(
      'A级：每月购买次数≥',
      'A級：每月購買次數≥',
      'Grade A: purchases a month ≥',
    ),
    type: 'number',
    def: 15,
  },
  {
    key: 'gradeB',
    label: tx(
      'B级：每月购买次数≥',
      'B級：每月購買次數≥',
      'Grade B: purchases a month ≥',
    ),
    type: 'number',
    def: 10,
  },
  {
    key: 'gradeC',
    label: tx(
      'C级：每月购买次数≥',
      'C級：每月購買次數≥',
      'Grade C: purchases a month ≥',
    ),
    type: 'number',
    def: 5,
  },
  {
    key: 'gradeD',
    label: tx(
      'D级：每月购买次数≥',
      'D級：每月購買次數≥',
      'Grade D: purchases a month ≥',
    ),
    type: 'number',
    def: 3,
  },
  {
    key: 'windowDays',
    label: tx('评级统计天数', '評級統計天數', 'Grading window (days)'),
    type: 'number',
    def: 90,
  },
  {
    key: 'asOf',
    label: tx('等级计算日期', '等級計算日期', 'Grades as of'),
    type: 'date',
    def: null,
    help: tx(
      '每日自动更新；也可用菜单“刷新客户等级”',
      '每日自動更新；也可用選單「重新整理客戶等級」',
      'Updated every day; or use the menu "Refresh grades"',
    ),
  },
];

// --- Counter (sidebar) ------------------------------------------------------------------
export const COUNTER_SETTINGS: readonly SettingDef[] = [
  {
    key: 'pointsPerUnit',
    label: tx('每消费1元积分', '每消費1元積分', 'Points per 1 spent'),
    aliases: ['积分比例', '積分比例'],
    type: 'number',
    def: 1,
  },
];

// --- Reminders (daily trigger) ----------------------------------------------------------
export const REMINDER_SETTINGS: readonly SettingDef[] = [
  {
    key: 'cadenceA',
    label: tx(
      'A级回访间隔（天）',
      'A級回訪間隔（天）',
      'Follow up grade A every (days)',
    ),
    type: 'number',
    def: 7,
  },
  {
    key: 'cadenceB',
    label: tx(
      'B级回访间隔（天）',
      'B級回訪間隔（天）',
      'Follow up grade B every (days)',
    ),
    type: 'number',
    def: 14,
  },
  {
    key: 'cadenceC',
    label: tx(
      'C级回访间隔（天）',
      'C級回訪間隔（天）',
      'Follow up grade C every (days)',
    ),
    type: 'number',
    def: 30,
  },
  {
    key: 'cadenceD',
    label: tx(
      'D级回访间隔（天）',
      'D級回訪間隔（天）',
      'Follow up grade D every (days)',
    ),
    type: 'number',
    def: 30,
  },
  {
    key: 'cadenceE',
    label: tx(
      'E级回访间隔（天）',
      'E級回訪間隔（天）',
      'Follow up grade E every (days)',
    ),
    type: 'number',
    def: 90,
  },
  {
    key: 'reminderHour',
    label: tx(
      '每日提醒时间（点）',
      '每日提醒時間（點）',
      'Daily reminder hour',
    ),
    type: 'number',
    def: 8,
  },
];

export const ALL_SETTINGS: readonly SettingDef[] = [
  ...SHOP_SETTINGS,
  ...GRADE_SETTINGS,
  ...COUNTER_SETTINGS,
  ...REMINDER_SETTINGS,
];
