/** What the phone page says when it will not open, in the visitor's language. */
import {Lang, t, Texts} from '../domain/i18n';
import {Refusal} from './access';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const PHONE = {
  title: tx('熟客 · 收银台', '熟客 · 收銀台', 'Shuke · Counter'),
  refusedTitle: tx('打不开收银台', '打不開收銀台', 'The counter did not open'),
  nothingTouched: tx(
    '客户簿没有被读取或改动。',
    '客戶簿沒有被讀取或改動。',
    'Nothing in the customer book was read or changed.',
  ),
};

export const REFUSALS: Readonly<Record<Refusal, Texts>> = {
  'no-identity': tx(
    '这个收银页只给登录了 Google 账号、并获准使用的人。请用店主给你的账号登录后再打开。',
    '這個收銀頁只給登入了 Google 帳號、並獲准使用的人。請用店主給你的帳號登入後再開啟。',
    'This counter page is only for people signed in with a Google account the shop allows. Sign in with that account and open it again.',
  ),
  'not-owner': tx(
    '这个收银页只给店主本人的 Google 账号（{who}不在其中）。如需让店员使用，请店主按说明改为“以访问者身份运行”。',
    '這個收銀頁只給店主本人的 Google 帳號（{who}不在其中）。如需讓店員使用，請店主依說明改為「以存取者身分執行」。',
    "This counter page is for the shop owner's own Google account only ({who} is not it). For staff, the owner can deploy it to run as the user accessing it (see the README).",
  ),
  'not-connected': tx(
    '收银页还没有连上客户簿：请店主在 Apps Script 项目设置 ▸ 脚本属性中添加 SHUKE_SPREADSHEET_ID（客户簿网址中 /d/ 后面的那一段）。',
    '收銀頁還沒有連上客戶簿：請店主在 Apps Script 專案設定 ▸ 指令碼屬性中新增 SHUKE_SPREADSHEET_ID（客戶簿網址中 /d/ 後面的那一段）。',
    "The counter page is not connected to a customer book yet: the owner adds SHUKE_SPREADSHEET_ID (the part after /d/ in the book's address) under Apps Script ▸ Project Settings ▸ Script properties.",
  ),
  'no-access': tx(
    '你的 Google 账号（{who}）没有这本客户簿的编辑权限。请店主在表格的“共享”里把你加为编辑者。',
    '你的 Google 帳號（{who}）沒有這本客戶簿的編輯權限。請店主在試算表的「共用」裡把你加為編輯者。',
    'Your Google account ({who}) cannot edit this customer book. Ask the owner to share the spreadsheet with you as an editor.',
  ),
};

export function refusalText(refusal: Refusal, who: string, lang: Lang): string {
  return t(REFUSALS[refusal], lang).replace('{who}', who || '?');
}
