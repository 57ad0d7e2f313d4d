/**
 * The menu's alerts are the clicker's own chrome and follow their language; what the
 * menu writes into the book (Settings) stays in the book's. An English or 繁體 viewer on a
 * 简体 book, and a 简体 viewer on an English book, through the built dist/Code.js.
 */
import * as path from 'node:path';
import {createEmulator} from '../../emulator';

const CODE = path.resolve(__dirname, '../../dist/Code.js');
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Case {
  book: string;
  viewer: string;
  settings: string;
  email: string;
  status: string;
  title: string;
  on: RegExp;
  off: RegExp;
  statusOn: RegExp;
  statusOff: string;
  sent: RegExp;
  setup: [string, string];
  grades: [string, RegExp];
  /** The self-check's title, and its line about the Settings tab. */
  check: [string, RegExp];
  /** Letters that must not appear in the viewer's alerts (the book's script). */
  notViewer: RegExp;
}

const CASES: Case[] = [
  {
    book: 'zh_CN',
    viewer: 'en',
    settings: '设置',
    email: '店长邮箱',
    status: '每日提醒状态',
    title: 'Daily reminders',
    on: /^Daily reminders are on: every day around \d+:00, to owner@shop\.example\./,
    off: /^Daily reminders are off\./,
    statusOn: /^已开启：每天 \d+ 点左右发送（owner@shop\.example）/,
    statusOff: '已关闭',
    sent: /\| \d+ reminders?, \d+ customer emails?/,
    setup: [
      'Set up shop',
      'Everything is already in place; nothing was changed.',
    ],
    grades: [
      'Customer grades',
      /^Grades updated as of 2026-03-10: 0 customers\./,
    ],
    check: ['Shuke · check of this spreadsheet', /Tab "设置" \(设置\): /],
    notViewer: /[\u4e00-\u9fff]/,
  },
  {
    book: 'zh_CN',
    viewer: 'zh_TW',
    settings: '设置',
    email: '店长邮箱',
    status: '每日提醒状态',
    title: '每日提醒',
    on: /^每日提醒已開啟：每天 \d+ 點左右，提醒郵件寄到 owner@shop\.example。/,
    off: /^每日提醒已關閉。/,
    statusOn: /^已开启：每天 \d+ 点左右发送（owner@shop\.example）/,
    statusOff: '已关闭',
    sent: /｜提醒 \d+ 條，顧客郵件 \d+ 封/,
    setup: ['設定店鋪', '店鋪試算表已經齊全，沒有需要更改的地方。'],
    grades: ['客戶等級', /^等級已依 2026-03-10 更新：0 位客戶。/],
    check: ['熟客 · 診斷', /工作表「设置」（设置）：/],
    notViewer: /[开发设邮条顾这们]/,
  },
  {
    book: 'en_US',
    viewer: 'zh_CN',
    settings: 'Settings',
    email: 'Owner email',
    status: 'Daily reminders',
    title: '每日提醒',
    on: /^每日提醒已开启：每天 \d+ 点左右，提醒邮件发到 owner@shop\.example。/,
    off: /^每日提醒已关闭。/,
    statusOn: /^On: every day around \d+:00 \(to owner@shop\.example\)/,
    statusOff: 'Off',
    sent: /｜提醒 \d+ 条，顾客邮件 \d+ 封/,
    setup: ['设置店铺', '店铺表格已经齐全，没有需要更改的地方。'],
    grades: ['客户等级', /^等级已按 2026-03-10 更新：0 位客户。/],
    check: ['熟客 · 诊断', /工作表“Settings”（Settings）：/],
    notViewer: /\b(?:Daily|reminders|every|customer)\b/,
  },
];

function rowOf(sheet: Sheet, label: string): number {
  const v = sheet.getDataRange().getValues();
  const row = v.findIndex(r => r[0] === label);
  if (row < 0) throw new Error(`no setting ${label} in ${v.map(r => r[0])}`);
  return row + 1;
}

describe.each(CASES)('a $book book, a $viewer viewer at the menu', c => {
  function shop() {
    const emu = createEmulator({
      locale: c.book,
      timeZone: 'Asia/Shanghai',
      now: '2026-03-10T01:00:00Z',
      mailQuota: 100,
    });
    const app = emu.loadBundle(CODE);
    app.call('setUpShop', []);
    const settings = emu.gas.spreadsheet.getSheetByName(c.settings)!;
    settings
      .getRange(rowOf(settings, c.email), 2)
      .setValue('owner@shop.example');
    emu.session.userLocale = c.viewer;
    const setting = (label: string) =>
      settings.getRange(rowOf(settings, label), 2).getValue();
    return {emu, app, setting};
  }

  it('reminders on, off and send-now answer in the viewer language; Settings keeps the book language', () => {
    const {emu, app, setting} = shop();
    const last = () => emu.ui.alerts.at(-1)!;

    app.call('turnOnReminders', []);
    expect(last().title).toBe(c.title);
    expect(last().prompt).toMatch(c.on);
    expect(last().prompt).not.toMatch(c.notViewer);
    expect(String(setting(c.status))).toMatch(c.statusOn);

    app.call('sendRemindersNow', []);
    expect(last().title).toBe(c.title);
    expect(last().prompt).toMatch(c.sent);

    app.call('turnOffReminders', []);
    expect(last().title).toBe(c.title);
    expect(last().prompt).toMatch(c.off);
    expect(setting(c.status)).toBe(c.statusOff);
  });

  it('Set up shop and Refresh grades answer in the viewer language', () => {
    const {emu, app} = shop();
    const last = () => emu.ui.alerts.at(-1)!;
    app.call('setUpShop', []);
    expect(last().title).toBe(c.setup[0]);
    expect(last().prompt).toBe(c.setup[1]);
    app.call('refreshGrades', []);
    expect(last().title).toBe(c.grades[0]);
    expect(last().prompt).toMatch(c.grades[1]);
    expect(last().prompt).not.toMatch(c.notViewer);
  });

  it('the self-check dialog is in the viewer language and names the tabs as the book does', () => {
    const {emu, app} = shop();
    const report = app.call('checkSpreadsheet', []) as {
      title: string;
      text: string;
    };
    const dialog = emu.ui.shown.at(-1)!;
    expect(dialog.title).toBe(report.title);
    expect(report.title).toBe(c.check[0]);
    expect(report.text).toMatch(c.check[1]);
  });
});
