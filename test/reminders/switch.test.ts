import {documentLocker} from '../../src/services/lock';
import {documentProperties} from '../../src/services/properties';
import {scriptAppTriggers} from '../../src/services/triggers';
import {loadSettings} from '../../src/sheets/settings';
import {
  TRIGGER_HANDLER,
  turnOff,
  turnOn,
} from '../../src/usecases/reminders-menu';
import {birthdayShop, makeShop, OWNER, Shop} from './shop';

describe('turning reminders on and off', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  const deps = () => {
    const ss = shop.ss();
    const props = documentProperties();
    return {
      ss,
      props,
      triggers: scriptAppTriggers(ss, props),
      lock: documentLocker(1000),
    };
  };

  it('keeps exactly one daily trigger at the Settings hour, and shows it in Settings', () => {
    shop = makeShop({settings: {reminderHour: 7}});
    const a = shop.emu.run(() => turnOn(deps()));
    const b = shop.emu.run(() => turnOn(deps()));
    expect(a.ok && b.ok).toBe(true);
    const list = shop.emu.triggers.list;
    expect(list).toHaveLength(1);
    expect(list[0].handler).toBe(TRIGGER_HANDLER);
    expect(list[0].schedule?.atHour).toBe(7);
    expect(list[0].schedule?.everyDays).toBe(1);
    const status = shop.emu.run(
      () => loadSettings(shop.ss()).settings.remindersStatus,
    );
    expect(String(status)).toContain('已开启');
    expect(String(status)).toContain(OWNER);

    const off = shop.emu.run(() => turnOff(deps()));
    expect(off.ok).toBe(true);
    expect(shop.emu.triggers.list).toHaveLength(0);
    expect(
      String(
        shop.emu.run(() => loadSettings(shop.ss()).settings.remindersStatus),
      ),
    ).toBe('已关闭');
  });

  it('refuses to turn on without an owner email', () => {
    shop = makeShop({settings: {ownerEmail: ''}});
    const r = shop.emu.run(() => turnOn(deps()));
    expect(r.ok).toBe(false);
    expect(r.message).toContain('店长邮箱');
    expect(shop.emu.triggers.list).toHaveLength(0);
  });

  it('the built bundle: menu turns it on, the trigger fires at the hour, Settings shows the run', () => {
    shop = birthdayShop();
    const app = shop.emu.loadBundle();
    app.call('turnOnReminders');
    expect(shop.emu.ui.alerts.at(-1)?.prompt).toContain(
      'Daily reminders are on',
    );
    expect(shop.emu.triggers.list).toHaveLength(1);
    const runs = shop.emu.advance(24 * 3600_000);
    expect(runs).toHaveLength(1);
    expect(runs[0].ok).toBe(true);
    expect(shop.digests()).toHaveLength(1);
    expect(shop.digests()[0].subject).toContain('follow-ups for today');
    expect(shop.customerMails().map(m => m.to)).toEqual(['li@example.com']);
    const last = String(
      shop.emu.run(() => loadSettings(shop.ss()).settings.remindersLastRun),
    );
    expect(last).toContain('2026-03-10 08:');
    expect(last).toContain('1 customer email');
    // The morning run also moved the grades' as-of date to today.
    const asOf = shop.emu.run(() => loadSettings(shop.ss()).settings.asOf);
    expect(asOf instanceof Date && asOf.toISOString()).toBe(
      '2026-03-09T16:00:00.000Z',
    );

    // Send now, the same day: nothing twice.
    app.call('sendRemindersNow');
    expect(shop.emu.outbox).toHaveLength(2);
    app.call('turnOffReminders');
    expect(shop.emu.triggers.list).toHaveLength(0);
  });
});
