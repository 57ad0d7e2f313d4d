/**
 * How the phone page reaches the shop's spreadsheet. A web app is a standalone script:
 * SpreadsheetApp.getActiveSpreadsheet() is null there, and so are
 * LockService.getDocumentLock() ("If this method is called outside of the context of a
 * containing document (such as from a standalone script or webapp), null is returned",
 * LockService reference) and CacheService.getDocumentCache(). So the phone project opens
 * the book by id (SpreadsheetApp.openById, which needs the full
 * https://www.googleapis.com/auth/spreadsheets scope: phone/appsscript.json), holds the
 * script lock and uses the script cache. The phone project serves one book, so its
 * script-wide lock and cache are that book's.
 *
 * The id is a Script property the owner sets once in the phone project; it is never read
 * from the request, so a URL parameter cannot point the page at another file.
 */
import {Locker, lockerOf} from '../services/lock';
import {documentCache, KeyValueCache} from '../usecases/counter-context';
import {userLang} from '../services/locale';
import {Refusal, visitor} from './access';
import {refusalText} from './texts';

export const SPREADSHEET_ID_PROPERTY = 'SHUKE_SPREADSHEET_ID';

export class RefusedError extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly who: string,
  ) {
    // The message crosses google.script.run to the page as it is: in the visitor's words.
    super(refusalText(refusal, who, userLang()));
    this.name = 'RefusedError';
  }
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Script property's id, trimmed; '' when the owner has not set it. */
export function bookId(): string {
  const v = PropertiesService.getScriptProperties().getProperty(
    SPREADSHEET_ID_PROPERTY,
  );
  return String(v ?? '').trim();
}

/**
 * Checks the visitor (Session only: a refused visitor costs the book nothing), then
 * returns a function that opens the book once, refusing a visitor it is not shared with.
 */
export function phoneBook(): {email: string; open: () => Spreadsheet} {
  const v = visitor();
  if (v.refusal) throw new RefusedError(v.refusal, v.email);
  const id = bookId();
  if (!id) throw new RefusedError('not-connected', v.email);
  let ss: Spreadsheet | undefined;
  return {
    email: v.email,
    open: () => {
      if (!ss) {
        try {
          ss = SpreadsheetApp.openById(id);
        } catch {
          throw new RefusedError('no-access', v.email);
        }
      }
      return ss;
    },
  };
}

/**
 * The script lock: where there is no document lock, the only lock every execution of
 * this project shares. The add-on's sidebar holds its own project's document lock, so a
 * sale from the phone and one from the sidebar are not serialised against each other;
 * each appends its own rows and finds its own request id (counter-append.ts), which is
 * what once-only needs.
 */
export function scriptLocker(waitMs = 10_000): Locker {
  return lockerOf(() => LockService.getScriptLock(), waitMs);
}

export function scriptCache(): KeyValueCache {
  return documentCache(CacheService.getScriptCache());
}
