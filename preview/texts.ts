/** The preview page's own words, in the language of the person at the screen. */
import {Texts} from '../src/domain/i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const PAGE = {
  title: tx('熟客 · 本地预览', '熟客 · 本地預覽', 'Shuke · local preview'),
  menu: tx('菜单', '選單', 'Menu'),
  noMenu: tx(
    '菜单还没建好（onOpen 没有运行成功）',
    '選單尚未建立（onOpen 沒有執行成功）',
    'No menu yet (onOpen did not run)',
  ),
  clock: tx('模拟时间', '模擬時間', 'Virtual time'),
  plusHour: tx('+1 小时', '+1 小時', '+1 hour'),
  plusDay: tx('+1 天', '+1 天', '+1 day'),
  // The viewer's language (menu, counter, this page); the book keeps its own.
  language: tx('我的语言', '我的語言', 'My language'),
  reset: tx('重置演示数据', '重設示範資料', 'Reset demo data'),
  resetConfirm: tx(
    '用新的演示数据替换当前工作簿？',
    '用新的示範資料取代目前的活頁簿？',
    'Replace the workbook with fresh demo data?',
  ),
  sidebar: tx('侧边栏', '側邊欄', 'Sidebar'),
  phonePage: tx('手机收银页', '手機收銀頁', 'Phone page'),
  sidebarClosed: tx(
    '侧边栏已关闭。',
    '側邊欄已關閉。',
    'The sidebar is closed.',
  ),
  openSidebar: tx('打开侧边栏', '打開側邊欄', 'Open the sidebar'),
  outbox: tx(
    '发件箱（模拟：邮件不会真的发出）',
    '寄件匣（模擬：郵件不會真的寄出）',
    'Outbox (simulated: nothing is really sent)',
  ),
  outboxEmpty: tx('还没有邮件。', '還沒有郵件。', 'No email yet.'),
  to: tx('收件人', '收件人', 'To'),
  empty: tx('（空白工作表）', '（空白工作表）', '(empty sheet)'),
  noTabs: tx(
    '工作簿里还没有工作表。',
    '活頁簿裡還沒有工作表。',
    'The workbook has no tabs yet.',
  ),
  ok: tx('确定', '確定', 'OK'),
  // The buttons of an alert or prompt, as Sheets labels them for the viewer.
  cancel: tx('取消', '取消', 'Cancel'),
  yes: tx('是', '是', 'Yes'),
  no: tx('否', '否', 'No'),
  close: tx('关闭', '關閉', 'Close'),
  failed: tx('运行出错', '執行出錯', 'Failed'),
  triggers: tx('触发器', '觸發器', 'Triggers'),
  noTriggers: tx('没有触发器', '沒有觸發器', 'No triggers'),
  ran: tx('已运行', '已執行', 'Ran'),
};
