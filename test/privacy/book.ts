/**
 * A book for the privacy tests: customers with every identifier, their rows on every tab
 * (by id and by phone), someone else's rows that mention them, an owner's own tab, and
 * the deps the counter and the erasure use on the emulator.
 */
import {
  Emu,
  deps as counterDeps,
  newShop,
  putRows,
  sheetOf,
} from '../counter/shop';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {SALES} from '../../src/sheets/schema-sales';
import {PRIVACY_LOG} from '../../src/sheets/schema-privacy';
import {REMINDER_LOG} from '../../src/usecases/reminders-log';
import {PrivacyDeps} from '../../src/usecases/privacy/customer-data';

export {Emu, putRows, sheetOf};

export function privacyDeps(emu: Emu): PrivacyDeps {
  return {
    ...counterDeps(emu),
    erase: {
      salt: PropertiesService.getDocumentProperties(),
      properties: PropertiesService.getDocumentProperties(),
      forget: keys => CacheService.getDocumentCache()?.removeAll(keys),
    },
  };
}

export const ZHANG = {
  id: 'C00001',
  name: '张三丰',
  phone: '13800138000',
  email: 'zsf@example.com',
  wechat: 'zsf_wx88',
  family: '女儿小美',
};
export const LI = {
  id: 'C00002',
  name: '李四娘',
  phone: '13900139000',
  email: 'lsn@example.com',
  wechat: 'lsn_wx',
  referredBy: 'C00001',
  notes: '张三丰的同事',
};
export const HOSTILE = {
  id: 'C00003',
  name: '=HYPERLINK("http://evil.example","点我")',
  phone: '13700137000',
  email: 'evil@example.com',
  wechat: '<script>alert(1)</script>',
};

const at = (iso: string) => new Date(`${iso}+08:00`);

/** The whole fixture on a fresh shop (emulator installed; call uninstall). */
export function privacyBook(): {emu: Emu; uninstall: () => void} {
  const shop = newShop('zh_CN', '2025-06-16T04:00:00Z');
  const {emu} = shop;
  emu.run(() => {
    // As the counter stores them: an apostrophe keeps typed text as text.
    putRows(emu, CUSTOMERS, [
      ZHANG,
      LI,
      {...HOSTILE, name: `'${HOSTILE.name}`},
    ]);
    putRows(emu, SALES, [
      {
        date: at('2025-06-01T10:00:00'),
        customer: 'C00001',
        items: '珍珠奶茶',
        amount: 12.5,
        payment: '现金',
        requestId: 'req-zhang-1',
      },
      {
        date: at('2025-06-02T10:00:00'),
        customer: 'C00002',
        items: '薯片',
        amount: 6,
        payment: '现金',
      },
      {
        date: at('2025-06-03T10:00:00'),
        customer: '13800138000',
        items: '鱼丸',
        amount: 20,
        payment: '微信支付',
        note: '张三丰 说要辣',
      },
      {
        date: at('2025-06-04T10:00:00'),
        customer: '',
        items: '可乐',
        amount: 3,
        payment: '现金',
      },
      {
        date: at('2025-06-05T10:00:00'),
        customer: 'C00003',
        items: "'=SUM(1,2)",
        amount: 8,
        payment: '现金',
      },
      {
        date: at('2025-06-06T10:00:00'),
        customer: 'C00002',
        items: '奶茶',
        amount: 10,
        payment: '现金',
        note: '帮13800138000带一杯',
      },
    ]);
    putRows(emu, FEEDBACK, [
      {
        date: at('2025-06-01T11:00:00'),
        customer: 'C00001',
        type: '投诉',
        rating: 2,
        text: '太甜',
        status: '未解决',
      },
      {
        date: at('2025-06-02T11:00:00'),
        customer: 'C00002',
        type: '表扬',
        rating: 5,
        text: '和张三丰一起来的，很好',
      },
    ]);
    putRows(emu, CONTACTS, [
      {
        date: at('2025-06-05T12:00:00'),
        customer: 'C00001',
        channel: '电话',
        reason: '回访',
        outcome: '满意',
      },
      {
        date: at('2025-06-05T12:30:00'),
        customer: 'C00002',
        channel: '微信',
        reason: '回访',
        outcome: '问zsf@example.com是谁',
      },
    ]);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const log = ss.insertSheet(REMINDER_LOG.names['zh-CN']);
    log
      .getRange(1, 1, 1, REMINDER_LOG.columns.length)
      .setValues([REMINDER_LOG.columns.map(c => c.names['zh-CN'])]);
    putRows(emu, REMINDER_LOG, [
      {
        at: at('2025-06-10T08:00:00'),
        day: '2025-06-10',
        customer: 'C00001',
        name: '张三丰',
        channel: 'line',
        item: 'checkin:2025-06-10',
        status: 'listed',
      },
      {
        at: at('2025-06-10T08:00:00'),
        day: '2025-06-10',
        customer: 'C00002',
        name: '李四娘',
        channel: 'line',
        item: 'checkin:2025-06-10',
        status: 'listed',
      },
    ]);
    putRows(emu, PRIVACY_LOG, [
      {
        date: at('2025-05-01T09:00:00'),
        customer: 'C00001',
        action: '同意记录',
        status: '同意',
        purposes: '邮件问候',
        how: '店内当面',
      },
      {
        date: at('2025-05-01T09:00:00'),
        customer: 'C00002',
        action: '同意记录',
        status: '不同意',
        purposes: '邮件问候',
        how: '店内当面',
      },
    ]);
    const own = ss.insertSheet('送货单');
    own.getRange(1, 1, 3, 3).setValues([
      ['地址', '电话', '备注'],
      ['东街 3 号', '138-0013-8000', '每周二'],
      ['西街 9 号', '13900139000', '李四娘'],
    ]);
    PropertiesService.getDocumentProperties().setProperty(
      'shuke.intent.x',
      JSON.stringify({to: 'zsf@example.com'}),
    );
  });
  return shop;
}

/** Every cell of every tab as text (what "no cell contains" looks at). */
export function allCells(emu: Emu): string[] {
  return emu.run(() =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .flatMap(s => {
        const r = s.getDataRange();
        return [
          ...r
            .getValues()
            .flat()
            .map(v => (v instanceof Date ? v.toISOString() : String(v))),
          ...r
            .getFormulas()
            .flat()
            .filter(f => f !== ''),
        ];
      }),
  );
}

/** The Sales tab's amounts, in order. */
export function salesAmounts(emu: Emu): number[] {
  return emu.run(() => {
    const s = sheetOf(emu, SALES);
    const v = s.getDataRange().getValues();
    const i = v[0].indexOf('金额');
    return v
      .slice(1)
      .filter(r => r.some(x => x !== ''))
      .map(r => Number(r[i]));
  });
}
