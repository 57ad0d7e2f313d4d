/**
 * The counter's writes of a customer's rights: consent recorded (with the shop's notice
 * shown first, by the sidebar), their details corrected (PIPL Art. 46), and a decision to
 * keep them past the retention period. Each is one Privacy log row, once per request id,
 * under the document lock (guardedWrite).
 */
import {phoneDigits, samePhone} from '../../domain/counter/ids';
import {LIMITS} from '../../domain/counter/validate';
import {FieldErrors, Outcome} from '../../domain/counter/wire';
import {Lang, t} from '../../domain/i18n';
import {normaliseKey} from '../../domain/keys';
import {
  columnFor,
  CONSENT_HOWS,
  CONSENT_PURPOSES,
  CONSENT_STATUSES,
  ConsentPurpose,
  HOW_NAMES,
  purposesText,
  STATUS_NAMES,
} from '../../domain/privacy/consent';
import {PRIVACY_TEXTS as T} from '../../domain/privacy/texts';
import {
  ConsentDone,
  ConsentRequest,
  CorrectDone,
  CorrectionFields,
  CorrectRequest,
  KeepRequest,
} from '../../domain/privacy/wire';
import {cellText} from '../../sheets/cells';
import {CUSTOMERS} from '../../sheets/schema-customers';
import {PRIVACY_LOG} from '../../sheets/schema-privacy';
import {mustOpenTable, Table, TableRow} from '../../sheets/table';
import {CounterDeps, failure, guardedWrite} from '../counter';
import {actionText} from './privacy-log';
import {openLog} from './log-tabs';
import {whoDid} from '../../services/who';

function text(v: unknown, tz: string): string {
  return cellText(v, tz).trim();
}

function keyOfRow(r: TableRow, tz: string): string {
  const id = text(r.raw.id, tz);
  return id !== '' ? id : text(r.raw.phone, tz);
}

function customerRow(book: Table, key: string): TableRow | undefined {
  const wanted = normaliseKey(key);
  if (!wanted) return undefined;
  return book.rows.find(r => normaliseKey(keyOfRow(r, book.tz)) === wanted);
}

/** A request already in the Privacy log: written before, not again. */
function logged(log: Table, requestId: string): boolean {
  return log.rows.some(r => text(r.raw.requestId, log.tz) === requestId);
}

function short(v: unknown, max: number): string {
  return typeof v === 'string' ? v.normalize('NFC').trim().slice(0, max) : '';
}

export function recordConsent(
  request: ConsentRequest,
  deps: CounterDeps,
): Outcome<ConsentDone> {
  return guardedWrite(deps, request?.requestId, (ss, ctx, ui) => {
    const {lang, tz} = ctx;
    const status = request.status;
    const purposes = (
      Array.isArray(request.purposes) ? request.purposes : []
    ).filter((p): p is ConsentPurpose => CONSENT_PURPOSES.includes(p));
    const fields: FieldErrors = {};
    if (!CONSENT_STATUSES.includes(status)) fields.status = t(T.badStatus, ui);
    if (!CONSENT_HOWS.includes(request.how)) fields.how = t(T.badHow, ui);
    if (!purposes.length) fields.purposes = t(T.badPurpose, ui);
    if (Object.keys(fields).length)
      return failure(
        fields.status ?? fields.how ?? fields.purposes ?? '',
        fields,
      );
    const done: ConsentDone = {status, purposes};
    const log = openLog(ss, PRIVACY_LOG, lang, tz);
    if (logged(log, request.requestId))
      return {ok: true, value: done, repeated: true};
    const book = mustOpenTable(ss, CUSTOMERS, lang, {tz});
    const row = customerRow(book, request.customerId);
    if (!row) return failure(t(T.notFound, ui));
    log.append([
      {
        date: deps.now(),
        customer: keyOfRow(row, tz),
        action: actionText('consent', lang),
        status: t(STATUS_NAMES[status], lang),
        purposes: purposesText(purposes, lang),
        how: t(HOW_NAMES[request.how], lang),
        by: whoDid(request.by, LIMITS.staff),
        requestId: request.requestId,
      },
    ]);
    // The column is the current answer for email greetings (consent.ts).
    if (purposes.includes('email') && book.has('consent')) {
      book.update(row.row, {consent: columnFor(status)});
    }
    return {ok: true, value: done, repeated: false};
  });
}

const EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()"]+$/;
const CORRECTABLE: ReadonlyArray<keyof CorrectionFields> = [
  'name',
  'phone',
  'email',
  'wechat',
  'preferences',
  'family',
  'notes',
];

function checkCorrection(
  f: CorrectionFields,
  row: TableRow,
  book: Table,
  ui: Lang,
): {clean: Record<string, string>; fields: FieldErrors} {
  const fields: FieldErrors = {};
  const clean: Record<string, string> = {};
  const tz = book.tz;
  for (const k of CORRECTABLE) {
    const v = f?.[k];
    if (v === undefined || v === null || !book.has(k)) continue;
    if (typeof v !== 'string') continue;
    const s = v.normalize('NFC').trim();
    const max =
      k === 'name' || k === 'phone' || k === 'email' || k === 'wechat'
        ? 200
        : LIMITS.short;
    if (s.length > max) {
      fields[k] = t(T.tooLong, ui, {max});
      continue;
    }
    if (s === text(row.raw[k], tz)) continue;
    if (k === 'name' && s === '') fields.name = t(T.nameRequired, ui);
    if (k === 'email' && s !== '' && !EMAIL.test(s))
      fields.email = t(T.badEmail, ui);
    if (k === 'phone') {
      if (text(row.raw.id, tz) === '') fields.phone = t(T.phoneIsKey, ui);
      else if (s !== '' && phoneDigits(s).length < 5)
        fields.phone = t(T.badPhone, ui);
      else {
        const other = book.rows.find(
          r => r !== row && s !== '' && samePhone(r.raw.phone, s),
        );
        if (other)
          fields.phone = t(T.phoneTaken, ui, {name: text(other.raw.name, tz)});
      }
    }
    clean[k] = s;
  }
  return {clean, fields};
}

export function correctCustomer(
  request: CorrectRequest,
  deps: CounterDeps,
): Outcome<CorrectDone> {
  return guardedWrite(deps, request?.requestId, (ss, ctx, ui) => {
    const {lang, tz} = ctx;
    const log = openLog(ss, PRIVACY_LOG, lang, tz);
    const book = mustOpenTable(ss, CUSTOMERS, lang, {tz});
    if (logged(log, request.requestId)) {
      const row = customerRow(book, request.customerId);
      return {
        ok: true,
        value: {
          changed: [],
          customerId: row ? keyOfRow(row, tz) : request.customerId,
        },
        repeated: true,
      };
    }
    const row = customerRow(book, request.customerId);
    if (!row) return failure(t(T.notFound, ui));
    const {clean, fields} = checkCorrection(request.fields, row, book, ui);
    if (Object.keys(fields).length) {
      return failure(Object.values(fields)[0] ?? '', fields);
    }
    const changed = Object.keys(clean);
    if (!changed.length) return failure(t(T.nothingChanged, ui));
    // Which fields, never what they held: the log must not keep what was corrected away.
    const names = changed
      .map(k => CUSTOMERS.columns.find(c => c.key === k)?.names[lang] ?? k)
      .join(t(T.listSep, lang));
    book.update(row.row, clean);
    log.append([
      {
        date: deps.now(),
        customer: keyOfRow(row, tz),
        action: actionText('correction', lang),
        detail: names,
        by: whoDid(request.by, LIMITS.staff),
        requestId: request.requestId,
      },
    ]);
    return {
      ok: true,
      value: {changed, customerId: keyOfRow(book.rowAt(row.row) ?? row, tz)},
      repeated: false,
    };
  });
}

export function keepCustomer(
  request: KeepRequest,
  deps: CounterDeps,
): Outcome<{keptOn: string}> {
  return guardedWrite(deps, request?.requestId, (ss, ctx, ui) => {
    const {lang, tz} = ctx;
    const reason = short(request.reason, LIMITS.short);
    if (!reason)
      return failure(t(T.reasonRequired, ui), {
        reason: t(T.reasonRequired, ui),
      });
    const log = openLog(ss, PRIVACY_LOG, lang, tz);
    const now = deps.now();
    const keptOn = cellText(now, tz).slice(0, 10);
    if (logged(log, request.requestId))
      return {ok: true, value: {keptOn}, repeated: true};
    const book = mustOpenTable(ss, CUSTOMERS, lang, {tz});
    const row = customerRow(book, request.customerId);
    if (!row) return failure(t(T.notFound, ui));
    log.append([
      {
        date: now,
        customer: keyOfRow(row, tz),
        action: actionText('kept', lang),
        detail: reason,
        by: whoDid(request.by, LIMITS.staff),
        requestId: request.requestId,
      },
    ]);
    return {ok: true, value: {keptOn}, repeated: false};
  });
}
