/**
 * The daily time-driven trigger. An editor add-on may have one
 * trigger of each type per user per document, and its clock triggers run at most hourly;
 * `atHour(h).everyDays(1)` fires once a day somewhere in the hour after h, in the
 * script's time zone unless told otherwise: the shop's zone is the spreadsheet's, so it
 * is passed explicitly (a shop in Vancouver wants 8 in the morning there).
 */
import {KeyValueStore} from './properties';

export interface DailyTriggers {
  /** How many time-driven triggers of `handler` this user has in this spreadsheet. */
  count(handler: string): number;
  /** Removes them all; returns how many there were. */
  removeAll(handler: string): number;
  createDaily(handler: string, hour: number, timeZone: string): void;
}

const IDS_KEY = 'shuke.reminders.triggerIds';

/**
 * An add-on's clock trigger belongs to the document it was made in and is listed by
 * getUserTriggers(ss); in a script bound to the sheet (how it is tried out before
 * publishing) clock triggers belong to the project instead. The ids of the triggers made
 * here are kept in the document's properties, so both are found, and a trigger of the
 * same add-on in another spreadsheet is never touched.
 */
export function scriptAppTriggers(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: KeyValueStore,
): DailyTriggers {
  const knownIds = (): string[] => {
    try {
      const v = JSON.parse(props.get(IDS_KEY) ?? '[]');
      return Array.isArray(v) ? v.map(String) : [];
    } catch {
      return [];
    }
  };
  const mine = (handler: string): GoogleAppsScript.Script.Trigger[] => {
    const isClock = (t: GoogleAppsScript.Script.Trigger) =>
      t.getHandlerFunction() === handler &&
      t.getEventType() === ScriptApp.EventType.CLOCK;
    const found = new Map<string, GoogleAppsScript.Script.Trigger>();
    for (const t of ScriptApp.getUserTriggers(ss)) {
      if (isClock(t)) found.set(t.getUniqueId(), t);
    }
    const ids = knownIds();
    if (ids.length) {
      for (const t of ScriptApp.getProjectTriggers()) {
        if (isClock(t) && ids.includes(t.getUniqueId())) {
          found.set(t.getUniqueId(), t);
        }
      }
    }
    return [...found.values()];
  };
  return {
    count: handler => mine(handler).length,
    removeAll: handler => {
      const found = mine(handler);
      for (const t of found) ScriptApp.deleteTrigger(t);
      props.remove(IDS_KEY);
      return found.length;
    },
    createDaily: (handler, hour, timeZone) => {
      const t = ScriptApp.newTrigger(handler)
        .timeBased()
        .atHour(hour)
        .everyDays(1)
        .inTimezone(timeZone)
        .create();
      props.set(IDS_KEY, JSON.stringify([...knownIds(), t.getUniqueId()]));
    },
  };
}
