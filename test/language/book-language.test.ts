/**
 * The book has one language: settled in Settings when the shop is set up, and used for
 * everything written into the spreadsheet and every email, whatever the spreadsheet's
 * locale becomes later and whoever opens it. Only the counter's own chrome follows the
 * viewer. Driven through the built dist/Code.js, as Google would run it.
 */
import * as path from 'node:path';
import {createEmulator} from '../../emulator';
import {saleRequest} from '../counter/shop';

const CODE = path.resolve(__dirname, '../../dist/Code.js');
type Emu = ReturnType<typeof createEmulator>;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheetNamed(emu: Emu, names: string[]): Sheet {
  const ss = emu.gas.spreadsheet;
  for (const n of names) {
    const s = ss.getSheetByName(n);
    if (s) return s;
  }
  throw new Error(`no tab among ${names.join(', ')}`);
}

function rowsOf(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** The cell of `header` in the last row of the tab. */
function lastCell(sheet: Sheet, header: string): unknown {
  const v = rowsOf(sheet);
  const col = v[0].indexOf(header);
  if (col < 0) throw new Error(`no column ${header} in ${String(v[0])}`);
  return v[v.length - 1][col];
}

function setSetting(emu: Emu, label: string, value: unknown): void {
  const s = sheetNamed(emu, ['设置', '設定', 'Settings']);
  const v = rowsOf(s);
  const row = v.findIndex(r => r[0] === label);
  if (row < 0) throw new Error(`no setting ${label}`);
  s.getRange(row + 1, 2).setValue(value as string);
}

interface BookCase {
  locale: string;
  later: string;
  viewer: string;
  viewerLang: string;
  tabs: {
    sales: string;
    feedback: string;
    customers: string;
    settings: string;
    log: string;
  };
  headers: {payment: string; type: string; status: string};
  values: {alipay: string; complaint: string; open: string};
  settings: {email: string; shop: string; owner: string; lang: string};
  langName: string;
  log: {kinds: string[]; statuses: string[]};
  mail: RegExp;
  greeting: RegExp;
  notMail: RegExp;
}

const HAN = /[\u4e00-\u9fff]/;

const CASES: BookCase[] = [
  {
    locale: 'zh_CN',
    later: 'en_US',
    viewer: 'en',
    viewerLang: 'en',
    tabs: {
      sales: '销售',
      feedback: '反馈',
      customers: '客户',
      settings: '设置',
      log: '提醒记录',
    },
    headers: {payment: '支付方式', type: '类型', status: '状态'},
    values: {alipay: '支付宝', complaint: '投诉', open: '未解决'},
    settings: {email: '店长邮箱', shop: '店名', owner: '店长', lang: '语言'},
    langName: '简体中文',
    log: {
      kinds: ['提醒', '顾客邮件', '店长日报'],
      statuses: ['已列出', '已发送'],
    },
    mail: /今日回访提醒/,
    greeting: /生日快乐/,
    notMail: /[A-Za-z]{4,} (?:for|today|customers|days)\b/,
  },
  {
    locale: 'en_US',
    later: 'zh_CN',
    viewer: 'zh_CN',
    viewerLang: 'zh-CN',
    tabs: {
      sales: 'Sales',
      feedback: 'Feedback',
      customers: 'Customers',
      settings: 'Settings',
      log: 'Reminder log',
    },
    headers: {payment: 'Payment', type: 'Type', status: 'Status'},
    values: {alipay: 'Alipay', complaint: 'Complaint', open: 'Open'},
    settings: {
      email: 'Owner email',
      shop: 'Shop name',
      owner: 'Owner name',
      lang: 'Language',
    },
    langName: 'English',
    log: {
      kinds: ['Reminder', 'Customer email', 'Owner digest'],
      statuses: ['Listed', 'Sent'],
    },
    mail: /follow-ups for today/,
    greeting: /happy birthday/i,
    notMail: HAN,
  },
  {
    locale: 'zh_TW',
    later: 'en_GB',
    viewer: 'zh_CN',
    viewerLang: 'zh-CN',
    tabs: {
      sales: '銷售',
      feedback: '回饋',
      customers: '客戶',
      settings: '設定',
      log: '提醒紀錄',
    },
    headers: {payment: '付款方式', type: '類型', status: '狀態'},
    values: {alipay: '支付寶', complaint: '投訴', open: '未解決'},
    settings: {
      email: '店長電子郵件',
      shop: '店名',
      owner: '店長',
      lang: '語言',
    },
    langName: '繁體中文',
    log: {
      kinds: ['提醒', '顧客郵件', '店長日報'],
      statuses: ['已列出', '已寄出'],
    },
    mail: /今日回訪提醒/,
    greeting: /生日快樂/,
    notMail: /[顾这发们给题]/,
  },
];

describe.each(CASES)(
  'a $locale book, later opened as $later by a $viewer viewer',
  c => {
    function shop() {
      const emu = createEmulator({
        locale: c.locale,
        timeZone: 'Asia/Shanghai',
        now: '2026-03-10T01:00:00Z',
        mailQuota: 100,
      });
      const app = emu.loadBundle(CODE);
      app.call('setUpShop', []);
      setSetting(emu, c.settings.email, 'owner@shop.example');
      setSetting(emu, c.settings.shop, 'Lucky');
      setSetting(emu, c.settings.owner, 'Lin');
      const customers = sheetNamed(emu, [c.tabs.customers]);
      const head = rowsOf(customers)[0] as string[];
      const line = new Array(head.length).fill('');
      const put = (i: number, v: unknown) => (line[i] = v);
      // id, name, phone, email, wechat, birthday (today), kind, …, consent
      put(0, 'C00001');
      put(1, 'Mei');
      put(2, '0912345678');
      put(3, 'mei@example.com');
      put(5, '1990-03-10');
      put(10, c.values.alipay === 'Alipay' ? 'Yes' : '同意');
      const wei = [...line];
      wei[0] = 'C00002';
      wei[1] = 'Wei';
      wei[2] = '0922333444';
      wei[3] = 'wei@example.com';
      customers
        .getRange(2, 1, 2, 11)
        .setValues([line.slice(0, 11), wei.slice(0, 11)]);
      // The owner's locale changes after set-up, and someone else opens the sidebar.
      emu.spreadsheet.setSpreadsheetLocale(c.later);
      emu.session.userLocale = c.viewer;
      return {emu, app};
    }

    it('settles the language in Settings at set-up', () => {
      const {emu} = shop();
      const s = sheetNamed(emu, [c.tabs.settings]);
      const row = rowsOf(s).find(r => r[0] === c.settings.lang);
      expect(row?.[1]).toBe(c.langName);
    });

    it('writes option values, the reminder log and every email in the book language; the sidebar speaks the viewer', async () => {
      const {emu, app} = shop();
      const boot = (await emu.scriptRun('counterBootstrap', [])) as {
        lang: string;
        bookLang: string;
      };
      expect(boot.lang).toBe(c.viewerLang);
      expect(boot.bookLang).toBe(
        {zh_CN: 'zh-CN', zh_TW: 'zh-TW', en_US: 'en'}[c.locale],
      );
      const sale = (await emu.scriptRun('logSale', [
        saleRequest('lang-sale-0001', {
          items: 'Tea',
          amount: '12',
          payment: 'alipay',
        }),
      ])) as {ok: boolean};
      expect(sale.ok).toBe(true);
      const fb = (await emu.scriptRun('logFeedback', [
        {
          requestId: 'lang-fb-0001',
          customerId: 'C00001',
          kind: 'complaint',
          rating: 2,
          text: 'cold',
        },
      ])) as {ok: boolean};
      expect(fb.ok).toBe(true);
      const sales = sheetNamed(emu, [c.tabs.sales]);
      expect(lastCell(sales, c.headers.payment)).toBe(c.values.alipay);
      const feedback = sheetNamed(emu, [c.tabs.feedback]);
      expect(lastCell(feedback, c.headers.type)).toBe(c.values.complaint);
      expect(lastCell(feedback, c.headers.status)).toBe(c.values.open);

      app.call('sendRemindersNow', []);
      // One reminder log, named in the book language, kinds and states in it too.
      const names = emu.gas.spreadsheet.getSheets().map(s => s.getName());
      expect(names.filter(n => /提醒|reminder/i.test(n))).toEqual([c.tabs.log]);
      const log = rowsOf(sheetNamed(emu, [c.tabs.log]));
      const kinds = new Set(log.slice(1).map(r => r[4]));
      const states = new Set(log.slice(1).map(r => r[6]));
      for (const k of kinds) expect(c.log.kinds).toContain(k);
      for (const s of states) expect(c.log.statuses).toContain(s);
      expect(kinds.size).toBeGreaterThan(1);
      // Times show as every other tab shows them.
      const logSheet = sheetNamed(emu, [c.tabs.log]);
      const at = logSheet.getRange(2, 1).getDisplayValue();
      expect(at).toMatch(/^2026-03-10 \d\d:\d\d$/);
      expect(logSheet.getRange(2, 2).getDisplayValue()).toBe('2026-03-10');

      const to = (who: string) => emu.outbox.filter(m => m.to.includes(who));
      const [digest] = to('owner@shop.example');
      expect(digest).toBeDefined();
      expect(digest.subject).toMatch(c.mail);
      const own = (s: string) => s.replace(/Shuke 熟客/g, '');
      expect(own(digest.subject + digest.body)).not.toMatch(c.notMail);
      // Mei has an open complaint: no greeting until it is resolved. Wei is greeted,
      // subject and body in the book language.
      expect(to('mei@example.com')).toEqual([]);
      const [greeting] = to('wei@example.com');
      expect(greeting.subject).toMatch(c.greeting);
      expect(own(greeting.subject + greeting.body)).not.toMatch(c.notMail);
      if (process.env.SHOW_MAIL)
        console.log(
          digest.subject,
          digest.body,
          greeting.subject,
          greeting.body,
        );
    });
  },
);
