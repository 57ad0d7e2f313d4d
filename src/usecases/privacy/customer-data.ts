/**
 * A customer's data from the counter card: the use cases with their services passed in
 * (tests hand in the emulator), and the entry points the sidebar calls.
 */
import {Outcome} from '../../domain/counter/wire';
import {t} from '../../domain/i18n';
import {PRIVACY_TEXTS as T} from '../../domain/privacy/texts';
import {
  ConsentDone,
  ConsentRequest,
  CorrectDone,
  CorrectRequest,
  CustomerExport,
  EraseDone,
  EraseRequest,
  ErasurePreview,
  KeepRequest,
} from '../../domain/privacy/wire';
import {LIMITS} from '../../domain/counter/validate';
import {documentLocker} from '../../services/lock';
import {userLang} from '../../services/locale';
import {CounterDeps, failure, guardedWrite} from '../counter';
import {counterContext, documentCache} from '../counter-context';
import {scanBook} from './book-scan';
import {eraseCustomerIn, EraseDeps, previewOf} from './erase';
import {customerExportIn} from './export';
import * as rights from './rights';
import {phoneBook, scriptCache, scriptLocker} from '../../webapp/book';
import {whoDid} from '../../services/who';

export interface PrivacyDeps extends CounterDeps {
  /**
   * Null on the phone page: a web app has no document properties (PropertiesService
   * reference), where the erased numbers' salt is kept, so erasing is done at the desk.
   */
  erase: Pick<EraseDeps, 'salt' | 'forget' | 'properties'> | null;
}

export function customerExportWith(
  key: string,
  deps: CounterDeps,
): CustomerExport | null {
  const ss = deps.spreadsheet();
  const ctx = counterContext(() => ss, deps.cache);
  return customerExportIn(ss, String(key ?? ''), {
    lang: ctx.lang,
    tz: ctx.tz,
    now: deps.now(),
    shopName: ctx.shopName,
  });
}

export function erasurePreviewWith(
  key: string,
  deps: CounterDeps & {erase?: PrivacyDeps['erase']},
): ErasurePreview | null {
  const ss = deps.spreadsheet();
  const ctx = counterContext(() => ss, deps.cache);
  const scan = scanBook(ss, String(key ?? ''), ctx.lang, ctx.tz);
  if (!scan) return null;
  const preview = previewOf(scan);
  // Said before the red button, not after it is pressed: on a phone the refusal would
  // come below the fold and look like nothing happened.
  if (deps.erase === null) {
    preview.atDesk = t(T.eraseAtDesk, deps.viewerLang?.() ?? ctx.lang);
  }
  return preview;
}

export function eraseCustomerWith(
  request: EraseRequest,
  deps: PrivacyDeps,
): Outcome<EraseDone> {
  const erase = deps.erase;
  return guardedWrite(deps, request?.requestId, (ss, ctx, ui) => {
    if (!erase) return failure(t(T.eraseAtDesk, ui));
    const by = whoDid(request.by, LIMITS.staff);
    const out = eraseCustomerIn(
      String(request.customerId ?? ''),
      request.requestId,
      by,
      {
        ss,
        lang: ctx.lang,
        tz: ctx.tz,
        now: deps.now,
        flush: deps.flush,
        ...erase,
      },
    );
    if (!out) return failure(t(T.notFound, ui));
    return {ok: true, value: {rows: out.rows}, repeated: out.repeated};
  });
}

// ---------------------------------------------------------------------------------------
// Entry points: the real services, built per call (nothing at load time).

function liveDeps(): PrivacyDeps {
  const docCache = CacheService.getDocumentCache();
  // The phone page has no containing document (counter-api.ts tells them apart the same way).
  if (!docCache) {
    const book = phoneBook();
    return {
      spreadsheet: book.open,
      locker: scriptLocker(),
      cache: scriptCache(),
      now: () => new Date(),
      flush: () => SpreadsheetApp.flush(),
      viewerLang: userLang,
      erase: null,
    };
  }
  return {
    spreadsheet: () => SpreadsheetApp.getActiveSpreadsheet(),
    locker: documentLocker(),
    cache: documentCache(docCache),
    now: () => new Date(),
    flush: () => SpreadsheetApp.flush(),
    viewerLang: userLang,
    erase: {
      salt: PropertiesService.getDocumentProperties(),
      properties: PropertiesService.getDocumentProperties(),
      forget: keys => docCache?.removeAll(keys),
    },
  };
}

export function customerExport(key: string): CustomerExport | null {
  return customerExportWith(key, liveDeps());
}

export function erasurePreview(key: string): ErasurePreview | null {
  return erasurePreviewWith(key, liveDeps());
}

export function eraseCustomer(request: EraseRequest): Outcome<EraseDone> {
  return eraseCustomerWith(request, liveDeps());
}

export function recordConsent(request: ConsentRequest): Outcome<ConsentDone> {
  return rights.recordConsent(request, liveDeps());
}

export function correctCustomer(request: CorrectRequest): Outcome<CorrectDone> {
  return rights.correctCustomer(request, liveDeps());
}

export function keepCustomer(request: KeepRequest): Outcome<{keptOn: string}> {
  return rights.keepCustomer(request, liveDeps());
}
