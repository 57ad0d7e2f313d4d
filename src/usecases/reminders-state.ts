/**
 * Whether the daily reminders are on, whose trigger runs them, and how the last run went:
 * kept in the document properties, which every editor of the spreadsheet shares.
 *
 * The state, not the trigger, is what "on" means. An installable trigger belongs to the
 * account that made it, and another account can neither see nor delete it (installable
 * triggers guide, "Restrictions"), so when a second editor turns reminders off, the first
 * one's trigger keeps firing. The handler reads this state first and does nothing while
 * it says off; a trigger of an account other than the one that turned reminders on
 * stands down the same way. Settings shows the account, since only that account can
 * remove its trigger for good.
 */
import {KeyValueStore} from '../services/properties';

export const STATE_KEY = 'shuke.reminders.state';
/** Before the explicit state: present while on, removed by turning off. */
export const SPREADSHEET_ID_KEY = 'shuke.reminders.spreadsheetId';
export const LAST_RUN_KEY = 'shuke.reminders.lastRun';

export interface LastRun {
  /** When it ended (ISO instant); '' for a record from before it was kept. */
  at: string;
  /** done, partial, quota, already, busy, noOwner, failed, noSpreadsheet… */
  outcome: string;
  /** The line shown in Settings, in the book's language. */
  text: string;
  /** Whether it did its job (false: the owner was told by Google's failure email). */
  ok: boolean;
}

export interface RemindersState {
  on: boolean;
  /** The account whose trigger runs the reminders ('' when unknown). */
  by: string;
  /** When they were last turned on or off (ISO instant), null when unknown. */
  since: string | null;
  /** The hour (0–23, the shop's time zone) the trigger was made for. */
  hour: number | null;
  /** The spreadsheet they were turned on in. */
  spreadsheetId: string | null;
  lastRun: LastRun | null;
}

interface Stored {
  on: boolean;
  by?: string;
  since?: string;
  hour?: number;
  spreadsheetId?: string;
}

function parse<T>(raw: string | null): T | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' ? (v as T) : null;
  } catch {
    return null;
  }
}

const FAILED_OUTCOMES = new Set([
  'busy',
  'noOwner',
  'failed',
  'noSpreadsheet',
  'otherSpreadsheet',
  'digestHeld',
]);

function lastRunOf(raw: string | null): LastRun | null {
  const v = parse<Record<string, unknown>>(raw);
  if (!v) return null;
  const outcome = String(v.outcome ?? '');
  return {
    at: typeof v.at === 'string' ? v.at : '',
    outcome,
    text: String(v.text ?? ''),
    ok: typeof v.ok === 'boolean' ? v.ok : !FAILED_OUTCOMES.has(outcome),
  };
}

/** The reminders' state as the properties have it; off when nothing says on. */
export function readRemindersState(props: KeyValueStore): RemindersState {
  const stored = parse<Stored>(props.get(STATE_KEY));
  const lastRun = lastRunOf(props.get(LAST_RUN_KEY));
  if (stored && typeof stored.on === 'boolean') {
    return {
      on: stored.on,
      by: typeof stored.by === 'string' ? stored.by : '',
      since: typeof stored.since === 'string' ? stored.since : null,
      hour: typeof stored.hour === 'number' ? stored.hour : null,
      spreadsheetId:
        typeof stored.spreadsheetId === 'string' ? stored.spreadsheetId : null,
      lastRun,
    };
  }
  // Turned on before the state was kept: the saved spreadsheet id meant on.
  const legacyId = props.get(SPREADSHEET_ID_KEY);
  return {
    on: !!legacyId,
    by: '',
    since: null,
    hour: null,
    spreadsheetId: legacyId,
    lastRun,
  };
}

export function writeRemindersState(
  props: KeyValueStore,
  s: Omit<RemindersState, 'lastRun'>,
): void {
  const stored: Stored = {on: s.on};
  if (s.by) stored.by = s.by;
  if (s.since) stored.since = s.since;
  if (s.hour !== null) stored.hour = s.hour;
  if (s.spreadsheetId) stored.spreadsheetId = s.spreadsheetId;
  props.set(STATE_KEY, JSON.stringify(stored));
  props.remove(SPREADSHEET_ID_KEY);
}

export function writeLastRun(props: KeyValueStore, run: LastRun): void {
  props.set(LAST_RUN_KEY, JSON.stringify(run));
}
