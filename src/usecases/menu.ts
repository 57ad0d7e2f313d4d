import {Texts, t} from '../domain/i18n';
import {userLang} from '../services/locale';
import {IMPORT_TEXTS} from '../domain/import/texts';
import {CHECK_TEXTS} from './self-check-texts';
import {PRIVACY_MENU} from '../domain/privacy/ui-texts';
import {DASH} from '../domain/dashboard/texts';
import {PROMO_TEXTS} from '../domain/promotions/texts';
import {NEWS_TEXTS} from '../domain/recommend/texts';
import {COMPACT_MENU_TEXTS} from './compaction/compact-menu';

/** Each item names an entry point in src/entry.ts (the bundle test checks it). */
export const MENU_ITEMS: ReadonlyArray<
  {fn: string; label: Texts} | 'separator'
> = [
  {
    fn: 'openCounter',
    label: {'zh-CN': '打开收银台', 'zh-TW': '打開收銀台', en: 'Open counter'},
  },
  'separator',
  {
    fn: 'setUpShop',
    label: {'zh-CN': '设置店铺', 'zh-TW': '設定店鋪', en: 'Set up shop'},
  },
  {
    fn: 'refreshGrades',
    label: {
      'zh-CN': '刷新客户等级',
      'zh-TW': '重新整理客戶等級',
      en: 'Refresh grades',
    },
  },
  'separator',
  {
    fn: 'turnOnReminders',
    label: {
      'zh-CN': '开启每日提醒',
      'zh-TW': '開啟每日提醒',
      en: 'Turn on daily reminders',
    },
  },
  {
    fn: 'turnOffReminders',
    label: {
      'zh-CN': '关闭每日提醒',
      'zh-TW': '關閉每日提醒',
      en: 'Turn off daily reminders',
    },
  },
  {
    fn: 'sendRemindersNow',
    label: {
      'zh-CN': '立即发送今日提醒',
      'zh-TW': '立即發送今日提醒',
      en: "Send today's reminders now",
    },
  },
  'separator',
  {fn: 'judgePromotions', label: PROMO_TEXTS.menu},
  {fn: 'somethingNew', label: NEWS_TEXTS.menu},
  {fn: 'updateDashboard', label: DASH.menu},
  'separator',
  {fn: 'openImport', label: IMPORT_TEXTS.menu},
  {fn: 'compactOldSales', label: COMPACT_MENU_TEXTS.menu},
  {fn: 'customerDataMenu', label: PRIVACY_MENU.menu},
  {fn: 'checkSpreadsheet', label: CHECK_TEXTS.menu},
];

export const MENU_TITLE: Texts = {
  'zh-CN': '熟客',
  'zh-TW': '熟客',
  en: 'Shuke',
};

/**
 * Only builds the menu: in AuthMode.NONE nothing else is allowed. The menu is the
 * viewer's, so it is in their own language, whatever the book's.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  const lang = userLang();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(t(item.label, lang), item.fn);
  }
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
