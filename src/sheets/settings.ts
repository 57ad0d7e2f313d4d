/**
 * The Settings tab as a typed object. One row per setting: its label (in any of the three
 * languages, or an alias) in the label column, its value beside it. Owners edit values by
 * hand, so a value that can't be read falls back to the default and is reported, and a
 * missing row is simply the default.
 */
import {parseDate} from '../domain/dates';
import {FORMER_TEMPLATES} from '../domain/followup/templates';
import {
  Lang,
  LANG_NAMES,
  langFromLocale,
  LANGS,
  parseLang,
  t,
  Texts,
} from '../domain/i18n';
import {
  cellText,
  guardText,
  isBlank,
  parseBoolean,
  parseNumberText,
} from './cells';
import {normaliseLabel} from './schema-labels';
import {SETTINGS} from './schema-settings-tab';
import {ALL_SETTINGS, SettingDef, SettingType} from './settings-schema';
import {findSheet, mapColumns} from './tabs';
import {readSheetValues} from './read-values';
import {CELL_REASONS, SETTING_PROBLEM_LINE, SETTING_REASONS} from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type SettingValue = string | number | boolean | Date | null;

/**
 * The settings every feature reads, typed. KNOWN_SETTING_TYPES below must list the same
 * keys (the compiler checks that), and a test checks both against settings-schema.ts.
 */
export interface KnownSettings {
  // Shop
  shopName: string;
  ownerName: string;
  ownerEmail: string;
  shopPhone: string;
  /** The Language row as read; null when blank (SettingsRead.lang is the book's language). */
  language: Lang | null;
  currency: string;
  // Grades
  gradeA: number;
  gradeB: number;
  gradeC: number;
  gradeD: number;
  windowDays: number;
  asOf: Date | null;
  newDays: number;
  lapsedDays: number;
  lostDays: number;
  vipGrade: string;
  vipSpend: number;
  // Counter
  pointsPerUnit: number;
  /** Shown at the counter before a new customer's consent is recorded. */
  consentNotice: string;
  // Reminders
  cadenceA: number;
  cadenceB: number;
  cadenceC: number;
  cadenceD: number;
  cadenceE: number;
  reminderHour: number;
  birthdayNoticeDays: number;
  afterSaleDays: number;
  largeSale: number;
  lapsedCadences: number;
  allClearEmail: boolean;
  holidayGreetings: boolean;
  holidays: string;
  msgComplaint: string;
  msgBirthday: string;
  msgWinback: string;
  msgHoliday: string;
  msgCheckin: string;
  msgAfterSale: string;
  msgUnsubscribe: string;
  remindersStatus: string;
  remindersLastRun: string;
  // Something new
  msgSomethingNew: string;
  // Points and stored value
  pointsPerMoneyOff: number;
  topUpBonus: string;
  /** null when blank: points never expire. */
  pointsExpiryMonths: number | null;
  // Tiers and referrals
  tierGraceDays: number;
  /** null when blank: referrals earn nothing. */
  referralPoints: number | null;
  // Customers' data
  retentionMonths: number;
}

export const KNOWN_SETTING_TYPES: Readonly<
  Record<keyof KnownSettings, SettingType>
> = {
  shopName: 'text',
  ownerName: 'text',
  ownerEmail: 'email',
  shopPhone: 'text',
  language: 'lang',
  currency: 'text',
  gradeA: 'number',
  gradeB: 'number',
  gradeC: 'number',
  gradeD: 'number',
  windowDays: 'number',
  asOf: 'date',
  newDays: 'number',
  lapsedDays: 'number',
  lostDays: 'number',
  vipGrade: 'text',
  vipSpend: 'number',
  pointsPerUnit: 'number',
  consentNotice: 'template',
  cadenceA: 'number',
  cadenceB: 'number',
  cadenceC: 'number',
  cadenceD: 'number',
  cadenceE: 'number',
  reminderHour: 'number',
  birthdayNoticeDays: 'number',
  afterSaleDays: 'number',
  largeSale: 'number',
  lapsedCadences: 'number',
  allClearEmail: 'boolean',
  holidayGreetings: 'boolean',
  holidays: 'text',
  msgComplaint: 'template',
  msgBirthday: 'template',
  msgWinback: 'template',
  msgHoliday: 'template',
  msgCheckin: 'template',
  msgAfterSale: 'template',
  msgUnsubscribe: 'template',
  remindersStatus: 'status',
  remindersLastRun: 'status',
  msgSomethingNew: 'template',
  pointsPerMoneyOff: 'number',
  topUpBonus: 'text',
  pointsExpiryMonths: 'number',
  tierGraceDays: 'number',
  referralPoints: 'number',
  retentionMonths: 'number',
};

/**
 * Known keys typed; keys a feature adds to settings-schema.ts before they are listed in
 * KnownSettings are still there, as the union type.
 */
export type Settings = KnownSettings & Readonly<Record<string, SettingValue>>;

export interface SettingProblem {
  key: string;
  /** Row number as the sheet shows it. */
  row: number;
  label: string;
  value: string;
  message: string;
}

export interface SettingsRead {
  settings: Settings;
  problems: SettingProblem[];
  /**
   * The book's language: everything written into the spreadsheet and every email uses
   * it. The Language row first; a blank one (books set up before the row was filled in)
   * is the language the Settings labels were written in; the locale only for a book with
   * neither.
   */
  lang: Lang;
  tz: string;
  /** key → row number of the settings present in the tab. */
  rows: Map<string, number>;
  sheet: Sheet | null;
  /** 0-based columns of label, value and help in the tab. */
  layout: SettingsLayout;
}

export interface SettingsLayout {
  label: number;
  value: number;
  help: number;
  /** True when row 1 is a header row (not a setting). */
  header: boolean;
}

function settingLabels(def: SettingDef): string[] {
  return [...LANGS.map(l => def.label[l]), ...(def.aliases ?? [])].map(
    normaliseLabel,
  );
}

let labelIndex: Map<string, SettingDef> | null = null;

/** The setting a label names, in any language. */
export function settingOfLabel(label: unknown): SettingDef | undefined {
  if (!labelIndex) {
    labelIndex = new Map();
    for (const def of ALL_SETTINGS) {
      for (const l of settingLabels(def)) {
        if (l && !labelIndex.has(l)) labelIndex.set(l, def);
      }
    }
  }
  return labelIndex.get(normaliseLabel(label));
}

/** A setting's default in a language (per-language defaults for texts and templates). */
export function settingDefault(def: SettingDef, lang: Lang): SettingValue {
  // The Language row is written with the book's language, in its own name.
  if (def.type === 'lang') return LANG_NAMES[lang];
  const d = def.def;
  if (d !== null && typeof d === 'object') return (d as Texts)[lang];
  if (d === null) {
    if (def.type === 'number') return 0;
    if (def.type === 'boolean') return false;
    if (def.type === 'date') return null;
    return '';
  }
  return d;
}

/** The default as text for a cell or a message. */
export function settingDefaultText(def: SettingDef, lang: Lang): string {
  const v = settingDefault(def, lang);
  return v === null ? '' : cellText(v, 'UTC');
}

const EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()"]+$/;
const NUMBER_UNIT =
  /\s*(?:天|日|次|点|點|点钟|點鐘|时|時|小时|小時|元|%|days?|times?|hours?|h|pts|points)$/i;

type Parsed = {ok: true; value: SettingValue} | {ok: false; reason: Texts};

/** Reads one setting's cell; blank is the default, anything unreadable a reason. */
export function parseSetting(
  def: SettingDef,
  raw: unknown,
  tz: string,
): Parsed {
  switch (def.type) {
    case 'number': {
      if (typeof raw === 'number' && Number.isFinite(raw)) {
        return {ok: true, value: raw};
      }
      const n =
        typeof raw === 'string'
          ? parseNumberText(
              raw.normalize('NFKC').trim().replace(NUMBER_UNIT, ''),
              true,
            )
          : null;
      return n === null
        ? {ok: false, reason: CELL_REASONS.number}
        : {ok: true, value: n};
    }
    case 'date': {
      const d = parseDate(raw, tz);
      return d ? {ok: true, value: d} : {ok: false, reason: CELL_REASONS.date};
    }
    case 'boolean': {
      const b = parseBoolean(raw);
      return b === null
        ? {ok: false, reason: CELL_REASONS.boolean}
        : {ok: true, value: b};
    }
    case 'lang': {
      const l = parseLang(cellText(raw, tz).normalize('NFKC'));
      return l
        ? {ok: true, value: l}
        : {ok: false, reason: SETTING_REASONS.lang};
    }
    case 'email': {
      const list = cellText(raw, tz)
        .split(/[,;，；\s]+/)
        .filter(Boolean);
      return list.every(e => EMAIL.test(e))
        ? {ok: true, value: list.join(', ')}
        : {ok: false, reason: SETTING_REASONS.email};
    }
    default:
      return {
        ok: true,
        value: typeof raw === 'string' ? raw.trim() : cellText(raw, tz),
      };
  }
}

/**
 * The language a Settings tab's labels are written in (Set up shop writes them in the
 * book's language): each label names its language, labels the same in two languages
 * count for both, and a tie goes to the locale's language when it is among the tied.
 */
function labelsLang(
  values: readonly (readonly unknown[])[],
  layout: SettingsLayout,
  localeLang: Lang,
): Lang {
  const votes = new Map<Lang, number>(LANGS.map(l => [l, 0]));
  const vote = (names: Texts, label: string) => {
    const langs = LANGS.filter(l => normaliseLabel(names[l]) === label);
    if (langs.length === LANGS.length) return;
    for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1);
  };
  if (layout.header) {
    for (const col of SETTINGS.columns) {
      vote(col.names, normaliseLabel(values[0]?.[layout[col.key as 'label']]));
    }
  }
  for (let i = layout.header ? 1 : 0; i < values.length; i++) {
    const label = normaliseLabel(values[i][layout.label]);
    const def = label ? settingOfLabel(label) : undefined;
    if (def) vote(def.label, label);
  }
  const best = Math.max(...votes.values());
  if (best === 0) return localeLang;
  const top = LANGS.filter(l => votes.get(l) === best);
  return top.includes(localeLang) ? localeLang : top[0];
}

function sameText(a: unknown, b: string): boolean {
  const norm = (x: unknown) =>
    String(x ?? '')
      .normalize('NFKC')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/**
 * True when a message cell holds a default Shuke wrote (this version's in any language,
 * or an earlier version's) rather than the owner's own words: it then reads as today's
 * default in the book's language, so a book whose language changed, or whose defaults
 * said something untrue, never mixes languages or repeats the old wording.
 */
export function isUntouchedTemplate(def: SettingDef, raw: unknown): boolean {
  if (def.type !== 'template') return false;
  const current =
    def.def !== null && typeof def.def === 'object'
      ? LANGS.map(l => (def.def as Texts)[l])
      : [];
  const former = FORMER_TEMPLATES[def.key as keyof typeof FORMER_TEMPLATES];
  return [...current, ...(former ?? [])].some(d => sameText(raw, d));
}

/**
 * Value cells Set up shop brings up to date without touching anything the owner wrote:
 * a blank Language row gets the book's language (books set up before it was settled
 * there), and a message still holding a default of another language or an earlier
 * version gets today's default in the book's language. Row numbers as the sheet shows.
 */
export function settingsToSettle(
  read: SettingsRead,
  values: readonly (readonly unknown[])[],
): Array<{row: number; value: string}> {
  const out: Array<{row: number; value: string}> = [];
  for (const def of ALL_SETTINGS) {
    const row = read.rows.get(def.key);
    if (row === undefined) continue;
    const raw = values[row - 1]?.[read.layout.value];
    if (def.type === 'lang' && isBlank(raw)) {
      out.push({row, value: LANG_NAMES[read.lang]});
    } else if (def.type === 'template' && isUntouchedTemplate(def, raw)) {
      const value = settingDefaultText(def, read.lang);
      if (!sameText(raw, value)) out.push({row, value});
    }
  }
  return out;
}

/** Where label and value are: by the header row when there is one, else A and B. */
function layoutOf(values: readonly (readonly unknown[])[]): SettingsLayout {
  const cols = mapColumns(values[0] ?? [], SETTINGS);
  if (cols.has('label') && cols.has('value')) {
    return {
      label: cols.get('label') as number,
      value: cols.get('value') as number,
      help: cols.get('help') ?? -1,
      header: true,
    };
  }
  return {label: 0, value: 1, help: 2, header: false};
}

export interface ReadSettingsOptions {
  /** The spreadsheet's time zone, when the caller already has it. */
  tz?: string;
  /** The spreadsheet's locale, when the caller already has it. */
  locale?: string;
  sheet?: Sheet | null;
  /** The Settings tab's values from A1, when already read. */
  values?: unknown[][];
}

/**
 * Reads the Settings tab: four calls (locale, time zone, the tab, its values) or fewer
 * when the caller passes what it has.
 */
export function loadSettings(
  ss: Spreadsheet,
  opts: ReadSettingsOptions = {},
): SettingsRead {
  const localeLang = langFromLocale(opts.locale ?? ss.getSpreadsheetLocale());
  const tz = opts.tz ?? ss.getSpreadsheetTimeZone();
  const sheet =
    opts.sheet === undefined ? findSheet(ss, SETTINGS, localeLang) : opts.sheet;
  const values = opts.values ?? (sheet ? readSheetValues(sheet) : []);
  return settingsFromValues(values, localeLang, tz, sheet);
}

/** The same as loadSettings, from values already read. */
export function settingsFromValues(
  values: readonly (readonly unknown[])[],
  localeLang: Lang,
  tz: string,
  sheet: Sheet | null = null,
): SettingsRead {
  const layout = layoutOf(values);
  const found = new Map<string, {row: number; raw: unknown; label: string}>();
  for (let i = layout.header ? 1 : 0; i < values.length; i++) {
    const label = values[i][layout.label];
    if (isBlank(label)) continue;
    const def = settingOfLabel(label);
    if (!def || found.has(def.key)) continue;
    found.set(def.key, {
      row: i + 1,
      raw: values[i][layout.value] ?? '',
      label: cellText(label, tz).trim(),
    });
  }
  const chosen = found.get('language');
  const lang =
    (chosen && parseLang(cellText(chosen.raw, tz).normalize('NFKC'))) ||
    labelsLang(values, layout, localeLang);
  const out: Record<string, SettingValue> = {};
  const problems: SettingProblem[] = [];
  for (const def of ALL_SETTINGS) {
    const cell = found.get(def.key);
    // A blank Language row reads as blank: `lang` says what the book is in.
    const fallback = def.type === 'lang' ? null : settingDefault(def, lang);
    if (!cell || isBlank(cell.raw)) {
      out[def.key] = fallback;
      continue;
    }
    if (def.type === 'template' && isUntouchedTemplate(def, cell.raw)) {
      out[def.key] = fallback;
      continue;
    }
    const p = parseSetting(def, cell.raw, tz);
    if (p.ok) {
      out[def.key] = p.value;
      continue;
    }
    out[def.key] = fallback;
    let value = cellText(cell.raw, tz);
    if (value.length > 40) value = `${value.slice(0, 39)}…`;
    problems.push({
      key: def.key,
      row: cell.row,
      label: cell.label,
      value,
      message: t(SETTING_PROBLEM_LINE, lang, {
        label: cell.label,
        reason: t(p.reason, lang),
        value,
        def: settingDefaultText(def, lang) || '—',
      }),
    });
  }
  return {
    settings: out as Settings,
    problems,
    lang,
    tz,
    rows: new Map([...found].map(([k, v]) => [k, v.row])),
    sheet,
    layout,
  };
}

/** The settings, typed; see loadSettings for the problems and the language. */
export function readSettings(
  ss: Spreadsheet,
  opts: ReadSettingsOptions = {},
): Settings {
  return loadSettings(ss, opts).settings;
}

function settingDef(key: string): SettingDef {
  const def = ALL_SETTINGS.find(d => d.key === key);
  if (!def) throw new Error(`Unknown setting ${key}`);
  return def;
}

/**
 * Writes one value Shuke keeps in Settings (the grades' date, the reminders' status and
 * last run). The row is found by its label in any language; a missing row is added at the
 * end with its label and help in the sheet's language. Returns false when there is no
 * Settings tab (Set up shop creates it).
 */
export function writeSetting(
  ss: Spreadsheet,
  key: string,
  value: SettingValue,
  read: SettingsRead = loadSettings(ss),
): boolean {
  const def = settingDef(key);
  const sheet = read.sheet;
  if (!sheet) return false;
  const cell: string | number | boolean | Date =
    value === null ? '' : typeof value === 'string' ? guardText(value) : value;
  const row = read.rows.get(key);
  const {layout} = read;
  if (row !== undefined) {
    sheet.getRange(row, layout.value + 1).setValue(cell);
  } else {
    const width = Math.max(layout.label, layout.value, layout.help) + 1;
    const line: Array<string | number | boolean | Date> = new Array(width).fill(
      '',
    );
    line[layout.label] = guardText(def.label[read.lang]);
    line[layout.value] = cell;
    if (layout.help >= 0 && def.help)
      line[layout.help] = guardText(def.help[read.lang]);
    // appendRow grows a full grid itself and lands after the last row with content.
    sheet.appendRow(line);
    read.rows.set(key, sheet.getLastRow());
  }
  (read.settings as Record<string, SettingValue>)[key] = value;
  return true;
}

/** Several values at once (a run's status and its summary), reading the tab once. */
export function writeSettings(
  ss: Spreadsheet,
  values: Readonly<Record<string, SettingValue>>,
  read: SettingsRead = loadSettings(ss),
): boolean {
  let ok = true;
  for (const [key, value] of Object.entries(values)) {
    ok = writeSetting(ss, key, value, read) && ok;
  }
  return ok;
}
