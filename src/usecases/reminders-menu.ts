/**
 * The reminders' menu items and the trigger handler: they gather Apps Script's services
 * and hand them to the use cases (reminders.ts), which never touch a global themselves.
 *
 * On and off are the state in the document properties (reminders-state.ts), checked
 * first by the handler: a trigger of another account, which this account can neither
 * see nor delete, does nothing once reminders are off, and removes itself.
 *
 * A run that cannot do its job records why in Settings and then throws: Google emails a
 * trigger's owner about a run only when its function throws, so a quiet return would
 * leave a shop without reminders and nobody told.
 *
 * Finding the spreadsheet with nobody present: an editor add-on's clock trigger belongs
 * to the document it was created in and runs in its context, so getActiveSpreadsheet()
 * is that spreadsheet and the narrow spreadsheets.currentonly scope is enough. Opening
 * it by id instead would need https://www.googleapis.com/auth/spreadsheets, access to
 * every spreadsheet the owner has, which a customer book should not ask for. The id is
 * remembered when reminders are turned on, and a trigger that finds another (or no)
 * spreadsheet stops without sending.
 */
import {dayNumber, dayToIso} from '../domain/dates';
import {Lang, t} from '../domain/i18n';
import {RUN_TEXTS} from '../domain/followup/texts';
import {FAILURE_TEXTS, SWITCH_TEXTS} from '../domain/followup/switch-texts';
import {systemClock} from '../services/clock';
import {mailApp} from '../services/mail';
import {documentProperties, KeyValueStore} from '../services/properties';
import {BusyError, documentLocker, Locker} from '../services/lock';
import {userLang} from '../services/locale';
import {DailyTriggers, scriptAppTriggers} from '../services/triggers';
import {loadSettings, writeSetting} from '../sheets/settings';
import {refreshAsOf} from './grades/as-of';
import {lastRunText, RunReport, runFailed} from './reminders-report';
import {ReminderDeps, runDailyReminders} from './reminders';
import {
  readRemindersState,
  SPREADSHEET_ID_KEY,
  writeLastRun,
  writeRemindersState,
} from './reminders-state';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const TRIGGER_HANDLER = 'dailyReminders';
export {SPREADSHEET_ID_KEY};

/** How long a run waits for the document lock before it gives up (and says so). */
const RUN_LOCK_WAIT_MS = 30_000;

export interface SwitchDeps {
  ss: Spreadsheet;
  triggers: DailyTriggers;
  props: KeyValueStore;
  lock: Locker;
  /** The account this runs as ('' when Google does not say). */
  user?: () => string;
  now?: () => Date;
  /**
   * The language of the person who clicked: the answer is their UI chrome. What is
   * written into Settings stays in the book's language. Defaults to the book's.
   */
  viewer?: Lang;
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
  const ui = deps.viewer ?? lang;
  const email = String(read.settings.ownerEmail ?? '').trim();
  if (!email) return {ok: false, message: t(RUN_TEXTS.noOwnerEmail, ui)};
  const hour = hourOf(read.settings.reminderHour);
  const me = deps.user?.() ?? '';
  const now = deps.now?.() ?? new Date();
  return locked(deps, ui, () => {
    const before = readRemindersState(deps.props);
    deps.triggers.removeAll(TRIGGER_HANDLER);
    deps.triggers.createDaily(TRIGGER_HANDLER, hour, read.tz);
    writeRemindersState(deps.props, {
      on: true,
      by: me,
      since: now.toISOString(),
      hour,
      spreadsheetId: deps.ss.getId(),
    });
    const by = t(SWITCH_TEXTS.by, lang, {
      by: me || t(SWITCH_TEXTS.unknownAccount, lang),
      date: dayToIso(dayNumber(now, read.tz)),
    });
    writeSetting(
      deps.ss,
      'remindersStatus',
      t(RUN_TEXTS.on, lang, {hour, email}) + by,
      read,
    );
    // Another account's trigger can't be deleted from here; the state now names this
    // account, so that one stands down when it fires (dailyReminders).
    const replaced =
      before.on && before.by && me && before.by !== me
        ? ' ' + t(SWITCH_TEXTS.replaced, ui, {by: before.by})
        : '';
    return {
      ok: true,
      hour,
      email,
      message: t(RUN_TEXTS.turnedOn, ui, {hour, email}) + replaced,
    };
  });
}

export function turnOff(deps: SwitchDeps): SwitchResult {
  const read = loadSettings(deps.ss);
  const {lang} = read;
  const ui = deps.viewer ?? lang;
  const me = deps.user?.() ?? '';
  const now = deps.now?.() ?? new Date();
  return locked(deps, ui, () => {
    const before = readRemindersState(deps.props);
    // Off first: should deleting the trigger fail, the state already stops every run.
    writeRemindersState(deps.props, {
      on: false,
      by: me,
      since: now.toISOString(),
      hour: null,
      spreadsheetId: null,
    });
    deps.triggers.removeAll(TRIGGER_HANDLER);
    writeSetting(deps.ss, 'remindersStatus', t(RUN_TEXTS.off, lang), read);
    const others =
      before.on && before.by !== me
        ? ' ' +
          t(SWITCH_TEXTS.otherTrigger, ui, {
            by: before.by || t(SWITCH_TEXTS.unknownAccount, ui),
          })
        : '';
    return {
      ok: true,
      hour: -1,
      email: '',
      message: t(RUN_TEXTS.turnedOff, ui) + others,
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
    lock: documentLocker(RUN_LOCK_WAIT_MS),
    lockWaitMs: RUN_LOCK_WAIT_MS,
    flush: () => SpreadsheetApp.flush(),
    refreshAsOf: (s, now, read) => {
      refreshAsOf(s, now, read);
    },
  };
}

/**
 * The account the script runs as: in a trigger, the trigger's creator (Session reference,
 * getEffectiveUser). Needs the userinfo.email scope; '' when Google withholds it, and the
 * reminders then work without naming the account.
 */
export function effectiveUserEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

function switchDeps(): SwitchDeps {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = documentProperties();
  return {
    ss,
    props,
    triggers: scriptAppTriggers(ss, props),
    lock: documentLocker(30_000),
    user: effectiveUserEmail,
    viewer: userLang(),
  };
}

/** The menu's answers are the clicker's own chrome: in their language, not the book's. */
function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(RUN_TEXTS.title, userLang()), message, ui.ButtonSet.OK);
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
  const viewer = userLang();
  const last = documentProperties().get('shuke.reminders.lastRun');
  let text = t(RUN_TEXTS.sentNow, viewer, {lines: r.lines, emails: r.emails});
  if (last) {
    try {
      // Settings holds this run's summary in the book's language; the viewer reads the
      // same summary in theirs.
      const at = String((JSON.parse(last) as {at?: string}).at ?? '');
      const when = at ? new Date(at) : new Date();
      text = lastRunText(
        viewer,
        when,
        ss.getSpreadsheetTimeZone(),
        r,
        RUN_LOCK_WAIT_MS,
      );
    } catch {
      // keep the summary above
    }
  }
  alert(r.outcome === 'busy' ? t(RUN_TEXTS.busy, viewer) : text);
}

/** Why a trigger run stood down without running (nothing to tell anyone). */
export type StandDown = 'off' | 'otherAccount';

/**
 * The clock trigger's handler: nobody is at the screen, so no UI. Off (or a trigger of an
 * account that no longer runs them) does nothing, and removes the trigger, which its own
 * account may; a run that can't do its job records why and throws, so Google emails the
 * trigger's owner.
 */
export function dailyReminders(e?: unknown): RunReport | StandDown {
  void e;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) {
    // No document: no Settings and no document properties to record it in either.
    throw new Error(
      'Shuke reminders: the trigger found no spreadsheet to run in; turn reminders on again from the spreadsheet.',
    );
  }
  const props = documentProperties();
  const state = readRemindersState(props);
  const me = effectiveUserEmail();
  if (!state.on || (state.by && me && state.by !== me)) {
    try {
      scriptAppTriggers(ss, props).removeAll(TRIGGER_HANDLER);
    } catch (err) {
      // Staying quiet is what matters; the trigger is removed another day.
      console.warn(
        'Shuke reminders: could not remove a stood-down trigger',
        err,
      );
    }
    return state.on ? 'otherAccount' : 'off';
  }
  if (state.spreadsheetId && state.spreadsheetId !== ss.getId()) {
    const read = loadSettings(ss);
    const text = t(FAILURE_TEXTS.otherSpreadsheet, read.lang);
    writeLastRun(props, {
      at: new Date().toISOString(),
      outcome: 'otherSpreadsheet',
      text,
      ok: false,
    });
    writeSetting(ss, 'remindersLastRun', text, read);
    SpreadsheetApp.flush();
    throw new Error(`Shuke reminders: ${text}`);
  }
  // An unexpected error is recorded by the run itself and rethrown from there.
  const report = runDailyReminders(liveDeps(ss));
  if (runFailed(report)) {
    const last = readRemindersState(props).lastRun;
    throw new Error(`Shuke reminders: ${last?.text ?? report.outcome}`);
  }
  return report;
}
