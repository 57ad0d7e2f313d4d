/**
 * ScriptApp: time-based triggers and the enums. Add-on rules (installable triggers guide,
 * "Restrictions" and the editor add-on triggers page): an add-on's time-driven trigger runs
 * at most once an hour, and an add-on may have only one trigger of each type per user per
 * document; a script has at most 20 triggers per user. Triggers fire when a test asks
 * (`emu.fireDueTriggers()` after moving the clock, or `emu.fireTrigger(id)`).
 *
 * Triggers belong to the account that made them (installable triggers guide,
 * https://developers.google.com/apps-script/guides/triggers/installable, "Restrictions":
 * "Installable triggers always run under the account of the person who created them" and
 * "A given account can't see triggers installed from a second account, even though the
 * first account can still activate those triggers"; ScriptApp.getProjectTriggers: "all
 * installable triggers associated with the current project and current user"). So
 * listing, counting against the limits and deleting see only the current user's own, and
 * a trigger runs as its owner (emulator: `emu.run(fn, {user})`, `emu.fireTrigger`).
 */
import {MSG} from './errors';
import {Runtime, SCOPES} from './runtime';
import {isDate} from './values';
import {instantOf, isValidTimeZone, wallOf} from './zoned';

export interface TriggerData {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  /** For clock triggers. */
  schedule?: {
    everyMinutes?: number;
    everyHours?: number;
    everyDays?: number;
    everyWeeks?: number;
    onWeekDay?: number;
    atHour?: number;
    nearMinute?: number;
    atMs?: number;
    timeZone: string;
  };
  nextMs?: number;
  createdMs: number;
  /** The account that created it (absent in old snapshots: the emulator's first user). */
  owner?: string;
}

export interface TriggerState {
  list: TriggerData[];
  nextId: number;
}

const MAX_TRIGGERS = 20;
const HOUR = 3_600_000;
const DAY = 86_400_000;

export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;

const WEEKDAYS = [
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
];

/**
 * The first time the schedule fires strictly after `afterMs`; after a run at `firedMs`,
 * a schedule of every n days (or weeks) skips the n-1 days (weeks) in between.
 */
export function nextFire(
  s: NonNullable<TriggerData['schedule']>,
  afterMs: number,
  firedMs?: number,
): number | undefined {
  if (s.atMs !== undefined) return s.atMs > afterMs ? s.atMs : undefined;
  if (s.everyMinutes) return afterMs + s.everyMinutes * 60_000;
  if (s.everyHours) return afterMs + s.everyHours * HOUR;
  const tz = s.timeZone;
  const days = s.everyWeeks ? 7 * s.everyWeeks : (s.everyDays ?? 1);
  const from =
    firedMs === undefined
      ? afterMs
      : Math.max(afterMs, firedMs + (days - 1) * DAY);
  const w = wallOf(from, tz);
  const hour = s.atHour ?? w.hour;
  const minute = s.nearMinute ?? 0;
  for (let d = 0; d <= 8; d++) {
    const t = instantOf(tz, w.year, w.month, w.day + d, hour, minute);
    if (t <= from) continue;
    if (s.onWeekDay !== undefined && wallOf(t, tz).weekday !== s.onWeekDay)
      continue;
    return t;
  }
  return undefined;
}

export class Trigger {
  constructor(
    private readonly rt: Runtime,
    readonly data: TriggerData,
  ) {}
  getHandlerFunction(): string {
    this.rt.guard('Trigger', 'getHandlerFunction', 'free');
    return this.data.handler;
  }
  getUniqueId(): string {
    this.rt.guard('Trigger', 'getUniqueId', 'free');
    return this.data.id;
  }
  getEventType(): string {
    this.rt.guard('Trigger', 'getEventType', 'free');
    return this.data.eventType;
  }
  getTriggerSource(): string {
    this.rt.guard('Trigger', 'getTriggerSource', 'free');
    return this.data.source;
  }
  getTriggerSourceId(): string | null {
    this.rt.guard('Trigger', 'getTriggerSourceId', 'free');
    return null;
  }
}

class ClockTriggerBuilder {
  private s: NonNullable<TriggerData['schedule']>;
  constructor(
    private readonly svc: ScriptApp,
    private readonly handler: string,
    timeZone: string,
  ) {
    this.s = {timeZone};
  }
  private g(method: string): this {
    this.svc.rt.guard('ClockTriggerBuilder', method, 'free');
    return this;
  }
  private bad(what: string): Error {
    return this.svc.rt.error(MSG.invalidArgument(what));
  }
  everyMinutes(n: number): this {
    this.g('everyMinutes');
    if (![1, 5, 10, 15, 30].includes(n)) throw this.bad('minutes');
    this.s.everyMinutes = n;
    return this;
  }
  everyHours(n: number): this {
    this.g('everyHours');
    if (!Number.isInteger(n) || n < 1) throw this.bad('hours');
    this.s.everyHours = n;
    return this;
  }
  everyDays(n: number): this {
    this.g('everyDays');
    if (!Number.isInteger(n) || n < 1) throw this.bad('days');
    this.s.everyDays = n;
    return this;
  }
  everyWeeks(n: number): this {
    this.g('everyWeeks');
    if (!Number.isInteger(n) || n < 1) throw this.bad('weeks');
    this.s.everyWeeks = n;
    return this;
  }
  onWeekDay(day: string): this {
    this.g('onWeekDay');
    const i = WEEKDAYS.indexOf(String(day));
    if (i < 0) throw this.bad('day');
    this.s.onWeekDay = i;
    return this;
  }
  atHour(hour: number): this {
    this.g('atHour');
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      throw this.bad('hour');
    this.s.atHour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    this.g('nearMinute');
    if (!Number.isInteger(minute) || minute < 0 || minute > 59)
      throw this.bad('minute');
    this.s.nearMinute = minute;
    return this;
  }
  inTimezone(timezone: string): this {
    this.g('inTimezone');
    if (!isValidTimeZone(timezone)) throw this.bad('timezone');
    this.s.timeZone = timezone;
    return this;
  }
  at(date: Date): this {
    this.g('at');
    if (!isDate(date)) throw this.bad('date');
    this.s.atMs = date.getTime();
    return this;
  }
  after(durationMilliseconds: number): this {
    this.g('after');
    this.s.atMs = this.svc.rt.clock.nowMs() + Number(durationMilliseconds);
    return this;
  }
  create(): Trigger {
    this.svc.rt.guard(
      'ClockTriggerBuilder',
      'create',
      'auth',
      SCOPES.scriptApp,
    );
    const s = this.s;
    const periodic =
      s.everyMinutes || s.everyHours || s.everyDays || s.everyWeeks;
    if (!periodic && s.atMs === undefined) {
      throw this.svc.rt.error(
        'A time-based trigger needs a schedule: everyHours, everyDays, everyWeeks, at or after.',
      );
    }
    if (this.svc.addon && s.everyMinutes) {
      throw this.svc.rt.error(
        'Add-ons can only create time-based triggers that run at most once per hour.',
      );
    }
    if (s.everyWeeks && s.onWeekDay === undefined) {
      // Weekly without a weekday: the weekday it was created on.
      s.onWeekDay = wallOf(this.svc.rt.clock.nowMs(), s.timeZone).weekday;
    }
    return this.svc.add({
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      schedule: {...s},
      nextMs: nextFire(s, this.svc.rt.clock.nowMs()),
    });
  }
}

class SpreadsheetTriggerBuilder {
  constructor(
    private readonly svc: ScriptApp,
    private readonly handler: string,
  ) {}
  private make(type: TriggerData['eventType']): {create(): Trigger} {
    return {
      create: () => {
        this.svc.rt.guard(
          'SpreadsheetTriggerBuilder',
          'create',
          'auth',
          SCOPES.scriptApp,
        );
        return this.svc.add({
          handler: this.handler,
          eventType: type,
          source: 'SPREADSHEETS',
        });
      },
    };
  }
  onOpen() {
    return this.make('ON_OPEN');
  }
  onEdit() {
    return this.make('ON_EDIT');
  }
  onChange() {
    return this.make('ON_CHANGE');
  }
  onFormSubmit() {
    return this.make('ON_FORM_SUBMIT');
  }
}

export class ScriptApp {
  readonly AuthMode = AuthMode;
  readonly EventType = {
    CLOCK: 'CLOCK',
    ON_OPEN: 'ON_OPEN',
    ON_EDIT: 'ON_EDIT',
    ON_CHANGE: 'ON_CHANGE',
    ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  };
  readonly TriggerSource = {
    SPREADSHEETS: 'SPREADSHEETS',
    CLOCK: 'CLOCK',
    FORMS: 'FORMS',
    DOCUMENTS: 'DOCUMENTS',
    CALENDAR: 'CALENDAR',
  };
  readonly WeekDay = Object.fromEntries(WEEKDAYS.map(d => [d, d]));
  readonly AuthorizationStatus = {
    REQUIRED: 'REQUIRED',
    NOT_REQUIRED: 'NOT_REQUIRED',
  };

  constructor(
    readonly rt: Runtime,
    private readonly state: TriggerState,
    private readonly scriptTimeZone: () => string,
    readonly addon: boolean,
    private readonly scriptId: string,
    /** The account the current execution runs as. */
    private readonly user: () => string,
    /** Owner of triggers saved without one. */
    private readonly defaultOwner: () => string = user,
  ) {}

  /** The current user's triggers: nobody sees another account's. */
  private mine(): TriggerData[] {
    const me = this.user();
    return this.state.list.filter(d => (d.owner ?? this.defaultOwner()) === me);
  }

  add(t: Omit<TriggerData, 'id' | 'createdMs'>): Trigger {
    const mine = this.mine();
    if (this.addon && mine.some(x => x.eventType === t.eventType)) {
      throw this.rt.error(
        t.eventType === 'CLOCK'
          ? MSG.tooManyTriggers
          : `This add-on has created too many ${t.eventType} triggers in this document for this Google user account.`,
      );
    }
    if (mine.length >= MAX_TRIGGERS) {
      throw this.rt.error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const data: TriggerData = {
      ...t,
      id: String(this.state.nextId++),
      createdMs: this.rt.clock.nowMs(),
      owner: this.user(),
    };
    this.state.list.push(data);
    return new Trigger(this.rt, data);
  }

  newTrigger(functionName: string): {
    timeBased(): ClockTriggerBuilder;
    forSpreadsheet(ss: unknown): SpreadsheetTriggerBuilder;
  } {
    this.rt.guard('ScriptApp', 'newTrigger', 'auth', SCOPES.scriptApp);
    if (typeof functionName !== 'string' || !functionName) {
      throw this.rt.error(MSG.invalidArgument('functionName'));
    }
    return {
      timeBased: () =>
        new ClockTriggerBuilder(this, functionName, this.scriptTimeZone()),
      forSpreadsheet: (ss: unknown) => {
        void ss;
        return new SpreadsheetTriggerBuilder(this, functionName);
      },
    };
  }
  getProjectTriggers(): Trigger[] {
    this.rt.guard('ScriptApp', 'getProjectTriggers', 'auth', SCOPES.scriptApp);
    return this.mine().map(d => new Trigger(this.rt, d));
  }
  getUserTriggers(container: unknown): Trigger[] {
    this.rt.guard('ScriptApp', 'getUserTriggers', 'auth', SCOPES.scriptApp);
    void container;
    return this.mine().map(d => new Trigger(this.rt, d));
  }
  deleteTrigger(trigger: Trigger): void {
    this.rt.guard('ScriptApp', 'deleteTrigger', 'auth', SCOPES.scriptApp);
    const id = trigger?.data?.id;
    // Another account's trigger is not this user's to delete: as unknown as a deleted one.
    const d = this.mine().find(x => x.id === id);
    if (!d) throw this.rt.error('Invalid argument: trigger');
    this.state.list.splice(this.state.list.indexOf(d), 1);
  }
  getScriptId(): string {
    this.rt.guard('ScriptApp', 'getScriptId', 'free');
    return this.scriptId;
  }
  getOAuthToken(): string {
    this.rt.guard('ScriptApp', 'getOAuthToken', 'auth');
    return 'emulated-oauth-token';
  }
  getAuthorizationInfo(authMode: string): {
    getAuthorizationStatus(): string;
    getAuthorizationUrl(): string | null;
  } {
    this.rt.guard('ScriptApp', 'getAuthorizationInfo', 'free');
    void authMode;
    return {
      getAuthorizationStatus: () => 'NOT_REQUIRED',
      getAuthorizationUrl: () => null,
    };
  }
}
