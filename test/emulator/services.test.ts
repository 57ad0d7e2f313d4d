/**
 * PropertiesService, LockService, CacheService, Session, Utilities, Logger, HtmlService, Ui.
 * Docs: Properties ("values are stored as strings"; quotas: 9 KB a value, 500 KB total),
 * Lock (waitLock "throws an exception if the lock could not be obtained":
 * "Lock timeout: another process was holding the lock for too long."), Cache (expiration
 * "default 600 seconds… maximum 21600"), Utilities.formatDate (SimpleDateFormat patterns),
 * Utilities.sleep (maximum 300000 ms).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {createEmulator, MSG} from '../../emulator';

const emulator = (o = {}) =>
  createEmulator({now: '2025-03-05T02:00:00Z', scopes: 'all', ...o});

test('properties are strings, per store', () => {
  const emu = emulator();
  const {PropertiesService} = emu.globals;
  const doc = PropertiesService.getDocumentProperties();
  doc.setProperty('n', 42 as never);
  doc.setProperties({a: true as never, b: 'x'});
  expect(doc.getProperty('n')).toBe('42');
  expect(doc.getProperties()).toEqual({n: '42', a: 'true', b: 'x'});
  expect(PropertiesService.getScriptProperties().getProperty('n')).toBeNull();
  doc.deleteProperty('n');
  expect(doc.getKeys().sort()).toEqual(['a', 'b']);
  expect(() => doc.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
    'Argument too large: value',
  );
});

test('a lock held by another execution makes waitLock throw after its timeout, in virtual time', () => {
  const emu = emulator();
  const {LockService} = emu.globals;
  emu.locks.holdByOther('document');
  const t0 = emu.clock.nowMs();
  emu.run(() => {
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(10_000)).toThrow(MSG.lockTimeout);
    expect(lock.hasLock()).toBe(false);
  });
  expect(emu.clock.nowMs() - t0).toBe(11_000);
});

test('a lock released by the other execution within the timeout is obtained', () => {
  const emu = emulator();
  emu.locks.holdByOther('script', 2_000);
  emu.run(() => {
    const lock = emu.globals.LockService.getScriptLock();
    lock.waitLock(5_000);
    expect(lock.hasLock()).toBe(true);
  });
  // released when the execution ended
  expect(emu.locks.heldBy('script')).toBeNull();
});

test('cache entries expire with the virtual clock', () => {
  const emu = emulator();
  const cache = emu.globals.CacheService.getDocumentCache();
  cache.put('k', 'v', 60);
  cache.putAll({a: '1', b: '2'});
  expect(cache.getAll(['a', 'b', 'c'])).toEqual({a: '1', b: '2'});
  emu.clock.advance(59_000);
  expect(cache.get('k')).toBe('v');
  emu.clock.advance(1_000);
  expect(cache.get('k')).toBeNull();
  emu.clock.advance(600_000);
  expect(cache.get('a')).toBeNull();
});

test('Session gives the user, locale and script time zone', () => {
  const emu = emulator({
    userEmail: 'boss@example.com',
    locale: 'zh_TW',
    scriptTimeZone: 'Asia/Taipei',
  });
  const {Session} = emu.globals;
  expect(Session.getActiveUser().getEmail()).toBe('boss@example.com');
  expect(Session.getActiveUserLocale()).toBe('zh_TW');
  expect(Session.getScriptTimeZone()).toBe('Asia/Taipei');
});

test('Utilities.formatDate follows SimpleDateFormat in the given zone', () => {
  const {Utilities} = emulator().globals;
  const d = new Date('2025-03-05T16:07:08.009Z');
  expect(
    Utilities.formatDate(
      d,
      'Asia/Shanghai',
      "yyyy-MM-dd HH:mm:ss.SSS EEE a 'at' h",
    ),
  ).toBe('2025-03-06 00:07:08.009 Thu AM at 12');
  expect(
    Utilities.formatDate(d, 'America/Los_Angeles', 'EEEE d MMMM yy, Z'),
  ).toBe('Wednesday 5 March 25, -0800');
  expect(Utilities.formatDate(d, 'Asia/Shanghai', "''yyyyMMdd''")).toBe(
    "'20250306'",
  );
  expect(() =>
    Utilities.formatDate('2025-03-05' as never, 'UTC', 'yyyy'),
  ).toThrow(/don't match the method signature for Utilities.formatDate/);
});

test('Utilities.sleep advances the clock, up to 5 minutes at a time', () => {
  const emu = emulator();
  const t0 = emu.clock.nowMs();
  emu.globals.Utilities.sleep(1500);
  expect(emu.clock.nowMs() - t0).toBe(1500);
  expect(() => emu.globals.Utilities.sleep(300_001)).toThrow(
    'Invalid argument: milliseconds',
  );
  expect(emu.globals.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
});

test('HtmlService serves files from the build folder; the Ui records sidebars, alerts and toasts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-html-'));
  fs.writeFileSync(path.join(dir, 'sidebar.html'), '<p>counter</p>');
  const emu = emulator({htmlDir: dir});
  const {HtmlService, SpreadsheetApp} = emu.globals;
  emu.run(() => {
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(
      HtmlService.createHtmlOutputFromFile('sidebar').setTitle('熟客'),
    );
    emu.ui.answer('NO');
    expect(ui.alert('Title', 'Send?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.alert('Done')).toBe('OK');
    SpreadsheetApp.getActiveSpreadsheet().toast('Saved', 'Shuke');
  });
  expect(emu.ui.sidebars).toMatchObject([
    {title: '熟客', content: '<p>counter</p>'},
  ]);
  expect(emu.ui.alerts.map(a => [a.title, a.prompt, a.answer])).toEqual([
    ['Title', 'Send?', 'NO'],
    ['', 'Done', 'OK'],
  ]);
  expect(emu.ui.toasts[0]).toMatchObject({message: 'Saved', title: 'Shuke'});
  expect(() => HtmlService.createHtmlOutputFromFile('../secret')).toThrow(
    /No HTML file/,
  );
});

test('templates print escaped with <?= ?>, raw with <?!= ?>, and run code', () => {
  const {HtmlService} = emulator().globals;
  const t = HtmlService.createTemplate(
    '<p><?= name ?></p><? for (const x of items) { ?><i><?!= x ?></i><? } ?>',
  );
  t.name = '<script>alert(1)</script>';
  t.items = ['<b>1</b>', '2'];
  expect(t.evaluate().getContent()).toBe(
    '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><i><b>1</b></i><i>2</i>',
  );
});

test('Logger keeps lines', () => {
  const emu = emulator();
  emu.globals.Logger.log('sent %s of %s', 3, 4);
  expect(emu.logs).toEqual(['sent 3 of 4']);
});
