import {createEmulator} from '../../emulator';
import {setUpShopIn} from '../../src/usecases/setup-shop';
import {writeSetting} from '../../src/sheets/settings';

// The script's zone (appsscript.json) is Asia/Shanghai; a shop in Vancouver still wants
// its reminders at 8 in the morning there, not at 8 in Shanghai.
test('the daily trigger fires at the Settings hour in the spreadsheet time zone', () => {
  const emu = createEmulator({
    locale: 'en_US',
    timeZone: 'America/Vancouver',
    scriptTimeZone: 'Asia/Shanghai',
    now: '2026-03-09T12:00:00-07:00',
  });
  const uninstall = emu.install();
  try {
    emu.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      setUpShopIn({ss, installFormulas: () => undefined});
      writeSetting(ss, 'ownerEmail', 'owner@shop.example');
      writeSetting(ss, 'reminderHour', 8);
    });
    const app = emu.loadBundle();
    app.call('turnOnReminders');
    expect(emu.triggers.list).toHaveLength(1);
    const runs = emu.advance(24 * 3600_000);
    expect(runs).toHaveLength(1);
    const local = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/Vancouver',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(runs[0].at));
    expect(local).toBe('08');
  } finally {
    uninstall();
  }
});
