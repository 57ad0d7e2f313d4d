/**
 * The reminders' menu items and the trigger handler: they gather Apps Script's services
 * and hand them to the use cases (reminders.ts), which never touch a global themselves.
 *
 * Finding the spreadsheet with nobody present: an editor add-on's clock trigger belongs
 * to the document it was created in and runs in its context, so getActiveSpreadsheet()
 * is that spreadsheet and the narrow spreadsheets.currentonly scope is enough. Opening
 * it by id instead would need https://www.googleapis.com/auth/spreadsheets, access to
 * every spreadsheet the owner has, which a customer book should not ask for. The id is
 * remembered when reminders are turned on, and a trigger that finds another (or no)
 * spreadsheet stops without sending.
 */
import {Lang, t} from '../domain/i18n';
import {RUN_TEXTS} from '../domain/followup/texts';
import {systemClock} from '../services/clock';
import {mailApp} from '../services/mail';
import {documentProperties, KeyValueStore} from '../services/properties';
import {BusyError, documentLocker, Locker} from '../services/lock';
import {DailyTriggers, scriptAppTriggers} from '../services/triggers';
import {loadSettings, writeSetting} from '../sheets/settings';
import {refreshAsOf} from './grades';
import {ReminderDeps, RunReport, runDailyReminders} from './reminders';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const TRIGGER_HANDLER = 'dailyReminders';
export const SPREADSHEET_ID_KEY = 'shuke.reminders.spreadsheetId';

export interface SwitchDeps {
  ss: Spreadsheet;
  triggers: DailyTriggers;
  props: KeyValueStore;
  lock: Locker;
}

export type SwitchResult =
  | {ok: true; hour: number; email: string; message: string}
  | {ok: false; message: string};

function hourOf(v: unknown): number {
  const n = typeof v === 'number' && Number.isFinite(v) ? Math.floor(v) : 8;
  return Math.min(23, Math.max(0, n));
}

/**
 * Exactly one daily trigger at the Settings hour: any earlier ones of this user in this
 * spreadsheet are removed first, under the document lock, so turning on twice (or two
 * people at once) still leaves one.
 */
export function turnOn(deps: SwitchDeps): SwitchResult {
  const read = loadSettings(deps.ss);
  const {lang} = read;
  const email = String(read.settings.ownerEmail ?? '').trim();
  if (!email) return {ok: false, message: t(RUN_TEXTS.noOwnerEmail, lang)};
  const hour = hourOf(read.settings.reminderHour);
  return locked(deps, lang, () => {
    deps.triggers.removeAll(TRIGGER_HANDLER);
    deps.triggers.createDaily(TRIGGER_HANDLER, hour, read.tz);
    deps.props.set(SPREADSHEET_ID_KEY, deps.ss.getId());
    writeSetting(
      deps.ss,
      'remindersStatus',
      t(RUN_TEXTS.on, lang, {hour, email}),
      read,
    );
    return {
      ok: true,
      hour,
      email,
      message: t(RUN_TEXTS.turnedOn, lang, {hour, email}),
    };
  });
}

export function turnOff(deps: SwitchDeps): SwitchResult {
  const read = loadSettings(deps.ss);
  const {lang} = read;
  return locked(deps, lang, () => {
    deps.triggers.removeAll(TRIGGER_HANDLER);
    deps.props.remove(SPREADSHEET_ID_KEY);
    writeSetting(deps.ss, 'remindersStatus', t(RUN_TEXTS.off, lang), read);
    return {
      ok: true,
      hour: -1,
      email: '',
      message: t(RUN_TEXTS.turnedOff, lang),
    };
  });
}

function locked(
  deps: SwitchDeps,
  lang: Lang,
  fn: () => SwitchResult,
): SwitchResult {
  try {
    return deps.lock.withLock(fn);
  } catch (err) {
    if (err instanceof BusyError) {
      return {ok: false, message: t(RUN_TEXTS.busy, lang)};
    }
    throw err;
  }
}

// --- What Apps Script calls ---------------------------------------------------------

function liveDeps(ss: Spreadsheet): ReminderDeps {
  return {
    ss,
    clock: systemClock,
    mail: mailApp(),
    props: documentProperties(),
    lock: documentLocker(30_000),
    flush: () => SpreadsheetApp.flush(),
    refreshAsOf: (s, now, read) => {
      refreshAsOf(s, now, read);
    },
  };
}

function switchDeps(): SwitchDeps {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = documentProperties();
  return {
    ss,
    props,
    triggers: scriptAppTriggers(ss, props),
    lock: documentLocker(30_000),
  };
}

function alert(message: string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = loadSettings(ss).lang;
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(RUN_TEXTS.title, lang), message, ui.ButtonSet.OK);
}

/** Shuke ▸ Turn on daily reminders. */
export function turnOnReminders(): void {
  alert(turnOn(switchDeps()).message);
}

/** Shuke ▸ Turn off daily reminders. */
export function turnOffReminders(): void {
  alert(turnOff(switchDeps()).message);
}

/** Shuke ▸ Send today's reminders now: the same run as the morning's. */
export function sendRemindersNow(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const r = runDailyReminders(liveDeps(ss));
  const lang = loadSettings(ss).lang;
  const last = documentProperties().get('shuke.reminders.lastRun');
  let text = t(RUN_TEXTS.sentNow, lang, {lines: r.lines, emails: r.emails});
  if (last) {
    try {
      text = String((JSON.parse(last) as {text?: string}).text ?? text);
    } catch {
      // keep the summary above
    }
  }
  alert(r.outcome === 'busy' ? t(RUN_TEXTS.busy, lang) : text);
}

/** The clock trigger's handler: nobody is at the screen, so no UI. */
export function dailyReminders(e?: unknown): RunReport | null {
  void e;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) {
    console.error('Shuke reminders: the trigger found no spreadsheet');
    return null;
  }
  const props = documentProperties();
  const expected = props.get(SPREADSHEET_ID_KEY);
  if (expected && expected !== ss.getId()) {
    console.error('Shuke reminders: the trigger ran in another spreadsheet');
    return null;
  }
  return runDailyReminders(liveDeps(ss));
}
