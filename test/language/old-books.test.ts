/**
 * Books set up before the language was settled in Settings, or holding the defaults of an
 * earlier version: they keep their language when the locale changes, their untouched
 * default messages are brought up to date, and the owner's own words stay.
 */
import {createEmulator} from '../../emulator';
import {
  DEFAULT_TEMPLATES,
  FORMER_TEMPLATES,
} from '../../src/domain/followup/templates';
import {TABS} from '../../src/sheets/schema';
import {settingsFromValues, settingsToSettle} from '../../src/sheets/settings';
import {ReminderLog} from '../../src/usecases/reminders-log';
import {bundleShop, saleRequest} from '../counter/shop';

type Emu = ReturnType<typeof createEmulator>;

const OWN_WINBACK = '{name}，好久不见！这周回来买两杯送一杯。';

function settingsRows(emu: Emu): unknown[][] {
  return emu.gas.spreadsheet.getSheetByName('设置')!.getDataRange().getValues();
}

function setSetting(emu: Emu, label: string, value: string): void {
  const s = emu.gas.spreadsheet.getSheetByName('设置')!;
  const row = settingsRows(emu).findIndex(r => r[0] === label);
  if (row < 0) throw new Error(`no ${label}`);
  s.getRange(row + 1, 2).setValue(value);
}

function valueOf(emu: Emu, label: string): unknown {
  return settingsRows(emu).find(r => r[0] === label)?.[1];
}

describe('a 简体 book from an earlier version, opened after the locale became en_US', () => {
  function oldBook() {
    const {emu, app} = bundleShop('zh_CN', '2026-03-10T01:00:00Z');
    // What an earlier version left: a blank Language row and its own default wording.
    setSetting(emu, '语言', '');
    setSetting(emu, '话术：生日祝福', FORMER_TEMPLATES.msgBirthday![0]);
    setSetting(emu, '话术：老顾客挽回', OWN_WINBACK);
    setSetting(emu, '话术：日常回访', FORMER_TEMPLATES.msgCheckin![2]);
    setSetting(emu, '店长邮箱', 'owner@shop.example');
    const customers = emu.gas.spreadsheet.getSheetByName('客户')!;
    customers
      .getRange(2, 1, 1, 6)
      .setValues([['C00001', '小美', '0912345678', '', '', '1990-03-10']]);
    emu.spreadsheet.setSpreadsheetLocale('en_US');
    emu.session.userLocale = 'en';
    return {emu, app};
  }

  it('still writes in 简体 and sends the new wording, not the old promise of a gift', async () => {
    const {emu, app} = oldBook();
    const sale = (await emu.scriptRun('logSale', [
      saleRequest('old-book-sale-1', {amount: '12', payment: 'alipay'}),
    ])) as {ok: boolean};
    expect(sale.ok).toBe(true);
    const sales = emu.gas.spreadsheet
      .getSheetByName('销售')!
      .getDataRange()
      .getValues();
    expect(sales[1][sales[0].indexOf('支付方式')]).toBe('支付宝');
    expect(emu.gas.spreadsheet.getSheetByName('Sales')).toBeNull();

    app.call('sendRemindersNow', []);
    const [digest] = emu.outbox.filter(m =>
      m.to.includes('owner@shop.example'),
    );
    expect(digest.subject).toMatch(/今日回访提醒/);
    expect(digest.body).toContain('祝您生日快乐，身体健康，天天开心！');
    expect(digest.body).not.toMatch(/礼物|gift/);
    expect(emu.gas.spreadsheet.getSheetByName('提醒记录')).not.toBeNull();
    expect(emu.gas.spreadsheet.getSheetByName('Reminder log')).toBeNull();
  });

  it('Set up shop settles the language and replaces only the untouched defaults', () => {
    const {emu, app} = oldBook();
    app.call('setUpShop', []);
    expect(valueOf(emu, '语言')).toBe('简体中文');
    expect(valueOf(emu, '话术：生日祝福')).toBe(
      DEFAULT_TEMPLATES.msgBirthday['zh-CN'],
    );
    expect(valueOf(emu, '话术：日常回访')).toBe(
      DEFAULT_TEMPLATES.msgCheckin['zh-CN'],
    );
    expect(valueOf(emu, '话术：老顾客挽回')).toBe(OWN_WINBACK);
    // No second Settings, no English tab appeared.
    const names = emu.gas.spreadsheet.getSheets().map(s => s.getName());
    expect(names).toEqual(TABS.map(d => d.names['zh-CN']));
  });
});

describe('reading Settings: the book language without a Language row', () => {
  const rows = (labels: string[]) => labels.map(l => [l, '']);
  it('is the language the labels are written in, whatever the locale', () => {
    const zhTW = settingsFromValues(
      [['項目', '值', '說明'], ...rows(['店名', '店長電子郵件', '語言'])],
      'en',
      'Asia/Taipei',
    );
    expect(zhTW.lang).toBe('zh-TW');
    const en = settingsFromValues(
      rows(['Shop name', 'Owner email', 'Language']),
      'zh-CN',
      'UTC',
    );
    expect(en.lang).toBe('en');
    // Labels the same in 简体 and 繁體 leave it to the locale.
    expect(settingsFromValues(rows(['店名']), 'zh-TW', 'UTC').lang).toBe(
      'zh-TW',
    );
    expect(settingsFromValues([], 'zh-TW', 'UTC').lang).toBe('zh-TW');
  });
  it('the Language row wins over the labels', () => {
    const read = settingsFromValues(
      [
        ['店名', ''],
        ['语言', 'English'],
      ],
      'zh-CN',
      'UTC',
    );
    expect(read.lang).toBe('en');
    expect(read.settings.language).toBe('en');
  });
  it('a message still holding a default of another language reads in the book language', () => {
    const read = settingsFromValues(
      [
        ['语言', '简体中文'],
        ['话术：节日问候', DEFAULT_TEMPLATES.msgHoliday.en],
        ['话术：投诉回访', '  ' + FORMER_TEMPLATES.msgComplaint![0] + ' '],
        ['话术：购买后回访', '{name}，谢谢惠顾！'],
      ],
      'en',
      'UTC',
    );
    expect(read.settings.msgHoliday).toBe(
      DEFAULT_TEMPLATES.msgHoliday['zh-CN'],
    );
    expect(read.settings.msgComplaint).toBe(
      DEFAULT_TEMPLATES.msgComplaint['zh-CN'],
    );
    expect(read.settings.msgAfterSale).toBe('{name}，谢谢惠顾！');
    const values = [
      ['语言', ''],
      ['话术：节日问候', DEFAULT_TEMPLATES.msgHoliday.en],
      ['话术：购买后回访', '{name}，谢谢惠顾！'],
      ['话术：日常回访', DEFAULT_TEMPLATES.msgCheckin['zh-CN']],
    ];
    const settle = settingsToSettle(
      settingsFromValues(values, 'zh-CN', 'UTC'),
      values,
    );
    expect(settle).toEqual([
      {row: 1, value: '简体中文'},
      {row: 2, value: DEFAULT_TEMPLATES.msgHoliday['zh-CN']},
    ]);
  });
});

describe('the reminder log of an earlier version', () => {
  it('reads kinds and states written as codes or in any language, and writes them in the book language', () => {
    const emu = createEmulator({locale: 'en_US', timeZone: 'Asia/Shanghai'});
    const uninstall = emu.install();
    try {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.insertSheet('提醒记录');
      const at = new Date('2026-03-09T01:00:00Z');
      sheet.getRange(1, 1, 4, 8).setValues([
        ['时间', '日期', '客户', '姓名', '类别', '事项编号', '状态', '说明'],
        [at, "'2026-03-09", 'C1', 'A', 'line', 'x1', 'pending', ''],
        [at, "'2026-03-09", 'C2', 'B', 'Customer email', 'x2', 'Held', ''],
        [at, "'2026-03-09", 'C3', 'C', '提醒', 'x3', '已列出', ''],
      ]);
      const log = ReminderLog.open(ss, 'zh-CN');
      expect(log.rows.map(r => [r.channel, r.status])).toEqual([
        ['line', 'pending'],
        ['email', 'held'],
        ['line', 'listed'],
      ]);
      log.setStatus([log.rows[0]], 'listed');
      expect(sheet.getRange(2, 7).getValue()).toBe('已列出');
      const [added] = log.append([
        {
          at: new Date('2026-03-10T01:00:00Z'),
          day: '2026-03-10',
          customer: 'C4',
          name: 'D',
          channel: 'digest',
          item: 'd',
          status: 'sent',
          note: '',
        },
      ]);
      expect(sheet.getRange(added.row, 5).getValue()).toBe('店长日报');
      expect(sheet.getRange(added.row, 7).getValue()).toBe('已发送');
      expect(sheet.getRange(added.row, 1).getDisplayValue()).toBe(
        '2026-03-10 09:00',
      );
      expect(ss.getSheets().map(s => s.getName())).toEqual([
        'Sheet1',
        '提醒记录',
      ]);
    } finally {
      uninstall();
    }
  });
});
