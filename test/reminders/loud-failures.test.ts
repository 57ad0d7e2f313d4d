/**
 * A morning run that cannot do its job says why in Settings' last-run cell, and throws:
 * Google emails a trigger's owner about a failed run only when the function throws
 * (installable triggers guide, failure notifications;
 * https://developers.google.com/apps-script/guides/triggers/installable). A quiet
 * return would leave a shop without reminders and nobody told. On the built bundle,
 * fired as the emulator fires a clock trigger.
 */
import {TriggerRun} from '../../emulator/index';
import {loadSettings} from '../../src/sheets/settings';
import {STATE_KEY} from '../../src/usecases/reminders-state';
import {cst, makeShop, Shop} from './shop';

const ACCOUNT = 'owner@example.com';

function shopOn(o: {mailQuota?: number} = {}): Shop {
  const shop = makeShop({
    now: cst('2026-03-09T12:00:00'),
    settings: {reminderHour: 8},
    ...o,
    customers: [
      {
        id: 'E1',
        name: '李太',
        email: 'li@example.com',
        consent: 'yes',
        birthday: '1970-03-10',
      },
    ],
  });
  shop.emu.loadBundle().call('turnOnReminders');
  return shop;
}

const lastRunCell = (shop: Shop) =>
  String(shop.emu.run(() => loadSettings(shop.ss()).settings.remindersLastRun));

function nextMorning(shop: Shop): TriggerRun {
  const runs = shop.emu.advance(24 * 3600_000);
  expect(runs).toHaveLength(1);
  return runs[0];
}

describe('a run that cannot do its job is recorded, then thrown', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('a run that did its job notifies nobody', () => {
    shop = shopOn();
    const run = nextMorning(shop);
    expect([run.ok, run.failureNotice]).toEqual([true, undefined]);
    expect(lastRunCell(shop)).toMatch(/^2026-03-10 08:\d\d｜完成｜/);
  });

  it('owner email missing: Settings says to fill it in, the trigger owner is emailed', () => {
    shop = shopOn();
    shop.setSettings({ownerEmail: ''});
    const run = nextMorning(shop);
    expect(run.ok).toBe(false);
    expect(run.failureNotice).toBe(ACCOUNT);
    expect(run.error).toContain('请先在「设置」中填写店长邮箱');
    expect(lastRunCell(shop)).toContain('请先在「设置」中填写店长邮箱');
    expect(shop.emu.outbox).toEqual([]);
  });

  it('no lock after waiting: recorded with the wait, thrown', () => {
    shop = shopOn();
    shop.emu.clock.set(cst('2026-03-10T07:59:00'));
    shop.emu.locks.holdByOther('document', 10 * 60_000);
    const run = nextMorning(shop);
    expect(run.ok).toBe(false);
    expect(run.failureNotice).toBe(ACCOUNT);
    expect(lastRunCell(shop)).toContain('等待 30 秒后仍有另一次运行占用表格');
    expect(shop.emu.outbox).toEqual([]);
    // Told by Google's email, the owner sends them from the menu once the lock is free.
    shop.emu.clock.set(cst('2026-03-10T09:00:00'));
    shop.emu.loadBundle().call('sendRemindersNow');
    expect(shop.digests()).toHaveLength(1);
    expect(lastRunCell(shop)).toMatch(/^2026-03-10 09:00｜完成｜/);
  });

  it('an unexpected error (the digest refused) is recorded with its message, thrown', () => {
    shop = shopOn();
    const mail = shop.emu.globals.MailApp;
    const send = mail.sendEmail.bind(mail);
    mail.sendEmail = ((m: {to?: string}) => {
      if (typeof m === 'object' && m.to === 'owner@shop.example')
        throw new Error('Service unavailable: Gmail');
      send(m);
    }) as typeof mail.sendEmail;
    const run = nextMorning(shop);
    expect(run.ok).toBe(false);
    expect(run.failureNotice).toBe(ACCOUNT);
    expect(lastRunCell(shop)).toContain('出错：Service unavailable: Gmail');
  });

  it('the mail quota used up before the digest: recorded, thrown, repeated the next day', () => {
    shop = shopOn({mailQuota: 1});
    // Something else of the owner's used today's single recipient.
    shop.emu.clock.set(cst('2026-03-10T07:00:00'));
    shop.emu.run(() =>
      shop.emu.globals.MailApp.sendEmail('friend@example.com', 'hi', 'hi'),
    );
    const run = nextMorning(shop);
    expect(run.ok).toBe(false);
    expect(lastRunCell(shop)).toContain('邮件额度用完，今天的提醒邮件没有发出');
    expect(shop.digests()).toHaveLength(0);
    // 24 hours after that first send the quota is back: the lines come the next morning.
    expect(nextMorning(shop).ok).toBe(true);
    expect(shop.digests()).toHaveLength(1);
    expect(shop.digests()[0].body).toContain('李太');
  });

  it('another spreadsheet: recorded, thrown, nothing sent', () => {
    shop = shopOn();
    const state = JSON.parse(shop.emu.properties.document[STATE_KEY]);
    shop.emu.properties.document[STATE_KEY] = JSON.stringify({
      ...state,
      spreadsheetId: 'some-other-spreadsheet',
    });
    const run = nextMorning(shop);
    expect(run.ok).toBe(false);
    expect(lastRunCell(shop)).toContain('提醒是在另一个表格中开启的');
    expect(shop.emu.outbox).toEqual([]);
  });

  it('no spreadsheet at all: thrown (there is nowhere to record it)', () => {
    shop = shopOn();
    const app = shop.emu.globals.SpreadsheetApp;
    app.getActiveSpreadsheet = (() => null) as never;
    const run = nextMorning(shop);
    expect(run.ok).toBe(false);
    expect(run.error).toContain('found no spreadsheet');
    expect(run.failureNotice).toBe(ACCOUNT);
  });
});
