/**
 * Reading and writing the Privacy log (schema-privacy.ts): consent per customer and
 * purpose (the latest row wins), and the day an owner chose to keep someone past the
 * retention period.
 */
import {dayNumber, parseDay} from '../../domain/dates';
import {Lang, t} from '../../domain/i18n';
import {normaliseKey} from '../../domain/keys';
import {
  ConsentByPurpose,
  ConsentEntry,
  latestConsent,
  readPurposes,
  readStatus,
} from '../../domain/privacy/consent';
import {normaliseLabel} from '../../domain/privacy/labels';
import {PRIVACY_TEXTS as T} from '../../domain/privacy/texts';
import {LANGS} from '../../domain/i18n';
import {PRIVACY_LOG} from '../../sheets/schema-privacy';
import {openTable, Table} from '../../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type LogAction = 'consent' | 'correction' | 'kept';

const ACTION_TEXTS = {
  consent: T.actionConsent,
  correction: T.actionCorrection,
  kept: T.actionKept,
} as const;

export function actionText(a: LogAction, lang: Lang): string {
  return t(ACTION_TEXTS[a], lang);
}

export function readAction(v: unknown): LogAction | null {
  const s = normaliseLabel(v);
  if (!s) return null;
  for (const a of Object.keys(ACTION_TEXTS) as LogAction[]) {
    if (s === a || LANGS.some(l => normaliseLabel(ACTION_TEXTS[a][l]) === s)) {
      return a;
    }
  }
  return null;
}

export interface CustomerPrivacy {
  consent: ConsentByPurpose;
  /** Day number of their latest consent row, null when none. */
  recordedOn: number | null;
  /** Day number of the latest decision to keep them, null when none. */
  keptOn: number | null;
}

/** The Privacy log by customer key (normalised); empty when the tab is missing. */
export function readPrivacyLog(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
  table: Table | null = openTable(ss, PRIVACY_LOG, lang, {tz}),
): Map<string, CustomerPrivacy> {
  const entries = new Map<string, ConsentEntry[]>();
  const out = new Map<string, CustomerPrivacy>();
  const get = (k: string) => {
    let p = out.get(k);
    if (!p) {
      p = {consent: {}, recordedOn: null, keptOn: null};
      out.set(k, p);
    }
    return p;
  };
  (table?.rows ?? []).forEach((r, order) => {
    const key = normaliseKey(r.raw.customer);
    if (!key) return;
    const action = readAction(r.raw.action);
    const date = r.values.date;
    const at = date instanceof Date ? date.getTime() : 0;
    const day =
      date instanceof Date ? dayNumber(date, tz) : parseDay(r.raw.date, tz);
    if (action === 'kept') {
      const p = get(key);
      if (day !== null && (p.keptOn === null || day > p.keptOn)) p.keptOn = day;
      return;
    }
    if (action !== 'consent' && action !== null) return;
    const status = readStatus(r.raw.status);
    const purposes = readPurposes(r.raw.purposes);
    if (!status || !purposes.length) return;
    const list = entries.get(key) ?? [];
    list.push({at, order, status, purposes});
    entries.set(key, list);
    const p = get(key);
    if (day !== null && (p.recordedOn === null || day > p.recordedOn)) {
      p.recordedOn = day;
    }
  });
  for (const [k, list] of entries) get(k).consent = latestConsent(list);
  return out;
}
