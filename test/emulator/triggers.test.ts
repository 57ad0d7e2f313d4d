/**
 * ScriptApp triggers.
 * Docs: Installable triggers guide ("an add-on can use a time-driven trigger once per hour
 * at most"); Triggers in editor add-ons, restrictions ("Each add-on can only have one
 * trigger of each type, per user, per document"); Quotas ("Triggers: 20 / user / script").
 */
import {createEmulator, MSG} from '../../emulator';

function emulator(addon = true) {
  return createEmulator({now: '2025-03-05T02:00:00Z', scopes: 'all', addon}); // 10:00 in Shanghai
}

test('a daily trigger is created, listed, fired on time and deleted', () => {
  const emu = emulator();
  const {ScriptApp} = emu.globals;
  const fired: unknown[] = [];
  emu.functions.set('dailyReminders', (e: unknown) => {
    fired.push(e);
  });
  const t = emu.run(() =>
    ScriptApp.newTrigger('dailyReminders')
      .timeBased()
      .atHour(9)
      .everyDays(1)
      .inTimezone('Asia/Shanghai')
      .create(),
  );
  const list = emu.run(() => ScriptApp.getProjectTriggers());
  expect(
    list.map(x => [
      x.getHandlerFunction(),
      x.getEventType(),
      x.getTriggerSource(),
    ]),
  ).toEqual([['dailyReminders', 'CLOCK', 'CLOCK']]);
  expect(list[0].getUniqueId()).toBe(t.getUniqueId());
  // Next 09:00 Shanghai is tomorrow 01:00 UTC.
  expect(emu.triggers.list[0].nextMs).toBe(Date.parse('2025-03-06T01:00:00Z'));
  expect(emu.fireDueTriggers()).toEqual([]);
  const runs = emu.advance(2 * 86_400_000);
  expect(runs.map(r => r.at.toISOString())).toEqual([
    '2025-03-06T01:00:00.000Z',
    '2025-03-07T01:00:00.000Z',
  ]);
  expect(runs.every(r => r.ok)).toBe(true);
  expect((fired[0] as {authMode: string}).authMode).toBe('FULL');
  emu.run(() => ScriptApp.deleteTrigger(list[0]));
  expect(emu.run(() => ScriptApp.getProjectTriggers())).toHaveLength(0);
});

test('every 2 days and weekly schedules keep their rhythm', () => {
  const emu = emulator(false);
  const {ScriptApp} = emu.globals;
  emu.functions.set('h', () => undefined);
  emu.run(() => {
    ScriptApp.newTrigger('h').timeBased().atHour(9).everyDays(2).create();
    ScriptApp.newTrigger('h').timeBased().atHour(9).everyWeeks(1).create();
  });
  const runs = emu.advance(15 * 86_400_000);
  const at = (id: string) =>
    runs
      .filter(r => r.trigger.id === id)
      .map(r => r.at.toISOString().slice(0, 10));
  // created Wednesday 5 March, 10:00 in Shanghai
  expect(at('1')).toEqual([
    '2025-03-06',
    '2025-03-08',
    '2025-03-10',
    '2025-03-12',
    '2025-03-14',
    '2025-03-16',
    '2025-03-18',
    '2025-03-20',
  ]);
  expect(at('2')).toEqual(['2025-03-12', '2025-03-19']);
});

test('an add-on gets one time-based trigger per document and user', () => {
  const emu = emulator();
  const {ScriptApp} = emu.globals;
  emu.run(() => ScriptApp.newTrigger('a').timeBased().everyHours(1).create());
  expect(() =>
    emu.run(() =>
      ScriptApp.newTrigger('b').timeBased().atHour(8).everyDays(1).create(),
    ),
  ).toThrow(MSG.tooManyTriggers);
});

test('an add-on trigger runs at most hourly', () => {
  const emu = emulator();
  expect(() =>
    emu.run(() =>
      emu.globals.ScriptApp.newTrigger('a')
        .timeBased()
        .everyMinutes(5)
        .create(),
    ),
  ).toThrow(/once per hour/);
  const plain = emulator(false);
  plain.run(() =>
    plain.globals.ScriptApp.newTrigger('a')
      .timeBased()
      .everyMinutes(5)
      .create(),
  );
});

test('a trigger handler runs as a trigger execution: no UI, errors recorded', () => {
  const emu = emulator();
  emu.functions.set('noisy', () => emu.globals.SpreadsheetApp.getUi());
  const t = emu.run(() =>
    emu.globals.ScriptApp.newTrigger('noisy')
      .timeBased()
      .everyHours(1)
      .create(),
  );
  const run = emu.fireTrigger(t.getUniqueId());
  expect(run.ok).toBe(false);
  expect(run.error).toBe(MSG.uiContext('SpreadsheetApp.getUi()'));
});

// Installable triggers guide, Restrictions
// (https://developers.google.com/apps-script/guides/triggers/installable): "Installable
// triggers always run under the account of the person who created them"; "A given
// account can't see triggers installed from a second account, even though the first
// account can still activate those triggers". ScriptApp.getProjectTriggers(): "all
// installable triggers associated with the current project and current user".
test('triggers belong to the account that made them: others neither see nor delete them', () => {
  const emu = emulator();
  const {ScriptApp, Session} = emu.globals;
  const ranAs: string[] = [];
  emu.functions.set('daily', () => {
    ranAs.push(Session.getEffectiveUser().getEmail());
  });
  const mine = emu.run(() =>
    ScriptApp.newTrigger('daily').timeBased().atHour(9).everyDays(1).create(),
  );
  const helper = {user: 'helper@example.com'};
  // The helper sees none of the owner's triggers and can't delete the one they hold.
  expect(emu.run(() => ScriptApp.getProjectTriggers(), helper)).toEqual([]);
  expect(
    emu.run(() => ScriptApp.getUserTriggers(emu.gas.spreadsheet), helper),
  ).toEqual([]);
  expect(() => emu.run(() => ScriptApp.deleteTrigger(mine), helper)).toThrow(
    'Invalid argument: trigger',
  );
  // The one-per-document add-on limit is per user: the helper may make their own.
  emu.run(
    () =>
      ScriptApp.newTrigger('daily').timeBased().atHour(9).everyDays(1).create(),
    helper,
  );
  expect(emu.triggers.list.map(t => t.owner)).toEqual([
    'owner@example.com',
    'helper@example.com',
  ]);
  expect(emu.run(() => ScriptApp.getProjectTriggers())).toHaveLength(1);
  // Both fire, each as its owner, whoever is at the screen.
  emu.advance(86_400_000);
  expect(ranAs.sort()).toEqual(['helper@example.com', 'owner@example.com']);
  // Each deletes only its own.
  emu.run(() =>
    ScriptApp.getProjectTriggers().forEach(t => ScriptApp.deleteTrigger(t)),
  );
  expect(emu.triggers.list.map(t => t.owner)).toEqual(['helper@example.com']);
});

// Installable triggers guide: a failing trigger's owner gets Google's failure
// notification email ("Failure notification settings"); one that returns is a success.
test('a trigger that throws notifies its owner; one that returns notifies nobody', () => {
  const emu = emulator();
  emu.functions.set('fails', () => {
    throw new Error('no owner email');
  });
  emu.functions.set('quiet', () => undefined);
  const a = emu.run(
    () =>
      emu.globals.ScriptApp.newTrigger('fails')
        .timeBased()
        .everyHours(1)
        .create(),
    {user: 'helper@example.com'},
  );
  const b = emu.run(() =>
    emu.globals.ScriptApp.newTrigger('quiet')
      .timeBased()
      .everyHours(2)
      .create(),
  );
  const failed = emu.fireTrigger(a.getUniqueId());
  const fine = emu.fireTrigger(b.getUniqueId());
  expect([failed.ok, failed.error, failed.failureNotice]).toEqual([
    false,
    'no owner email',
    'helper@example.com',
  ]);
  expect([fine.ok, fine.failureNotice]).toEqual([true, undefined]);
});
