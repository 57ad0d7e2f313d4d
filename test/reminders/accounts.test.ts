/**
 * Turn off must stop, whoever turned them on. Installable triggers belong to the account
 * that created them; another account can neither see nor delete them (installable
 * triggers guide, https://developers.google.com/apps-script/guides/triggers/installable,
 * "Restrictions"; ScriptApp.getProjectTriggers: "the current project and current user"),
 * so "off" is the state in the document properties, which the handler reads first.
 * Driven through the built bundle, as each editor would from the menu.
 */
import {memoryStore} from '../../src/services/properties';
import {loadSettings} from '../../src/sheets/settings';
import {
  readRemindersState,
  SPREADSHEET_ID_KEY,
  STATE_KEY,
} from '../../src/usecases/reminders-state';
import {birthdayShop, Shop} from './shop';

const OWNER_ACCOUNT = 'owner@example.com'; // the emulator's first user
const HELPER = 'helper@example.com';

const settingsOf = (shop: Shop) =>
  shop.emu.run(() => loadSettings(shop.ss()).settings);

describe('reminders on and off across accounts', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('Settings names the account that turned them on; the state says on', () => {
    shop = birthdayShop();
    const app = shop.emu.loadBundle();
    app.call('turnOnReminders');
    expect(String(settingsOf(shop).remindersStatus)).toBe(
      'On: every day around 8:00 (to owner@shop.example); turned on by owner@example.com (2026-03-09)',
    );
    const state = shop.emu.run(() =>
      readRemindersState({
        get: k => shop.emu.properties.document[k] ?? null,
        set: () => undefined,
        remove: () => undefined,
      }),
    );
    expect(state).toEqual({
      on: true,
      by: OWNER_ACCOUNT,
      since: '2026-03-09T04:00:00.000Z',
      hour: 8,
      spreadsheetId: shop.emu.workbook.id,
      lastRun: null,
    });
  });

  it("off from another account: the owner's trigger, which the helper can't delete, sends nothing and removes itself", () => {
    shop = birthdayShop();
    const app = shop.emu.loadBundle();
    app.call('turnOnReminders');
    app.call('turnOffReminders', [], {user: HELPER});
    // The helper could not see the owner's trigger, let alone delete it.
    expect(shop.emu.triggers.list.map(t => t.owner)).toEqual([OWNER_ACCOUNT]);
    expect(shop.emu.ui.alerts.at(-1)?.prompt).toContain(
      'The daily trigger belongs to owner@example.com and only that account can delete it',
    );
    expect(String(settingsOf(shop).remindersStatus)).toBe('Off');

    const runs = shop.emu.advance(24 * 3600_000);
    expect(runs.map(r => [r.trigger.owner, r.ok])).toEqual([
      [OWNER_ACCOUNT, true],
    ]);
    expect(shop.emu.outbox).toEqual([]);
    expect(shop.emu.triggers.list).toEqual([]);
    expect(shop.emu.advance(3 * 24 * 3600_000)).toEqual([]);
  });

  it('on again from a second account: the first one stands down, nothing twice', () => {
    shop = birthdayShop();
    const app = shop.emu.loadBundle();
    app.call('turnOnReminders');
    app.call('turnOnReminders', [], {user: HELPER});
    expect(shop.emu.ui.alerts.at(-1)?.prompt).toContain(
      'The trigger owner@example.com made earlier no longer sends',
    );
    expect(shop.emu.triggers.list.map(t => t.owner).sort()).toEqual([
      HELPER,
      OWNER_ACCOUNT,
    ]);
    const runs = shop.emu.advance(2 * 24 * 3600_000);
    // Day one: both fire, only the helper's sends; day two: only the helper's is left.
    expect(runs.map(r => [r.trigger.owner, r.ok]).sort()).toEqual([
      [HELPER, true],
      [HELPER, true],
      [OWNER_ACCOUNT, true],
    ]);
    // The helper's trigger sends, from the helper's account; the owner's is gone.
    expect(shop.digests()).toHaveLength(1);
    expect(shop.customerMails()).toHaveLength(1);
    expect(shop.emu.outbox.every(m => m.from === HELPER)).toBe(true);
    expect(shop.emu.triggers.list.map(t => t.owner)).toEqual([HELPER]);
    expect(String(settingsOf(shop).remindersStatus)).toContain(
      `turned on by ${HELPER}`,
    );
  });

  it('off then on by the same account: exactly one trigger, one run a day', () => {
    shop = birthdayShop();
    const app = shop.emu.loadBundle();
    app.call('turnOnReminders');
    app.call('turnOffReminders');
    expect(shop.emu.triggers.list).toEqual([]);
    app.call('turnOnReminders');
    expect(shop.emu.advance(24 * 3600_000)).toHaveLength(1);
    expect(shop.digests()).toHaveLength(1);
  });
});

describe('readRemindersState', () => {
  it('is off when nothing was ever turned on', () => {
    expect(readRemindersState(memoryStore())).toEqual({
      on: false,
      by: '',
      since: null,
      hour: null,
      spreadsheetId: null,
      lastRun: null,
    });
  });

  it('reads a spreadsheet turned on before the state was kept as on', () => {
    const props = memoryStore();
    props.set(SPREADSHEET_ID_KEY, 'sheet-1');
    expect(readRemindersState(props)).toMatchObject({
      on: true,
      by: '',
      spreadsheetId: 'sheet-1',
    });
  });

  it('reads the last run, and takes a broken value as none', () => {
    const props = memoryStore();
    props.set(STATE_KEY, '{not json');
    props.set(
      'shuke.reminders.lastRun',
      JSON.stringify({
        outcome: 'noOwner',
        text: 'x',
        at: '2026-03-10T00:05:00.000Z',
      }),
    );
    expect(readRemindersState(props)).toMatchObject({
      on: false,
      lastRun: {
        at: '2026-03-10T00:05:00.000Z',
        outcome: 'noOwner',
        text: 'x',
        ok: false,
      },
    });
  });
});
