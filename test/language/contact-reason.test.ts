/**
 * A contact reason picked from the counter's chips is shown in the viewer's language but
 * written in the book's: an English viewer on a 简体 book tapping "Regular check-in"
 * leaves 定期回访 in the 回访 tab. A reason typed by hand stays exactly as typed. Driven
 * through the built dist/Code.js with the chips the sidebar itself shows.
 */
import * as path from 'node:path';
import {createEmulator} from '../../emulator';
import {CONTACT_REASONS, CHANNEL_LABELS} from '../../sidebar/options';
import type {Lang} from '../../src/domain/i18n';

const CODE = path.resolve(__dirname, '../../dist/Code.js');
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Book {
  locale: string;
  lang: Lang;
  customers: string;
  contacts: string;
  reason: string;
  channel: string;
}

const BOOKS: Book[] = [
  {
    locale: 'zh_CN',
    lang: 'zh-CN',
    customers: '客户',
    contacts: '回访',
    reason: '原因',
    channel: '方式',
  },
  {
    locale: 'zh_TW',
    lang: 'zh-TW',
    customers: '客戶',
    contacts: '回訪',
    reason: '原因',
    channel: '方式',
  },
  {
    locale: 'en_US',
    lang: 'en',
    customers: 'Customers',
    contacts: 'Contacts',
    reason: 'Reason',
    channel: 'Channel',
  },
];

const VIEWERS: Array<{locale: string; lang: Lang}> = [
  {locale: 'en', lang: 'en'},
  {locale: 'zh_TW', lang: 'zh-TW'},
  {locale: 'zh_CN', lang: 'zh-CN'},
];

function shop(book: Book, viewer: string) {
  const emu = createEmulator({
    locale: book.locale,
    timeZone: 'Asia/Shanghai',
    now: '2026-03-10T01:00:00Z',
  });
  const app = emu.loadBundle(CODE);
  app.call('setUpShop', []);
  const customers = emu.gas.spreadsheet.getSheetByName(book.customers);
  if (!customers) throw new Error(`no ${book.customers} tab`);
  customers.getRange(2, 1, 1, 3).setValues([['C00001', 'Mei', '0912345678']]);
  emu.session.userLocale = viewer;
  return emu;
}

function lastCell(sheet: Sheet, header: string): unknown {
  const v = sheet.getDataRange().getValues();
  const col = v[0].indexOf(header);
  if (col < 0) throw new Error(`no column ${header} in ${String(v[0])}`);
  return v[v.length - 1][col];
}

let seq = 0;
async function contact(
  emu: ReturnType<typeof createEmulator>,
  reason: string,
  channel = 'phone',
) {
  const answer = (await emu.scriptRun('recordContact', [
    {
      requestId: `reason-${String(++seq).padStart(6, '0')}`,
      customerId: 'C00001',
      channel,
      reason,
      outcome: '',
    },
  ])) as {ok: boolean};
  expect(answer).toMatchObject({ok: true});
}

describe.each(BOOKS)('a $locale book', book => {
  it.each(VIEWERS)(
    'a $locale viewer tapping each reason chip writes it in the book language',
    async viewer => {
      const emu = shop(book, viewer.locale);
      const sheet = () => emu.gas.spreadsheet.getSheetByName(book.contacts)!;
      for (const r of CONTACT_REASONS) {
        // What the chip puts into the reason field for this viewer.
        await contact(emu, r[viewer.lang]);
        expect(lastCell(sheet(), book.reason)).toBe(r[book.lang]);
      }
      const phone = CHANNEL_LABELS.find(([k]) => k === 'phone')![1];
      expect(lastCell(sheet(), book.channel)).toBe(phone[book.lang]);
    },
  );

  it('keeps a typed reason exactly as typed, even beside a chip word', async () => {
    const emu = shop(book, 'en');
    const sheet = () => emu.gas.spreadsheet.getSheetByName(book.contacts)!;
    for (const typed of [
      'Regular check-in and new tea',
      '定期回访，顺便问问新茶',
      '=Regular check-in',
    ]) {
      await contact(emu, typed);
      expect(lastCell(sheet(), book.reason)).toBe(typed);
    }
  });
});
