/**
 * Erased customers must not come back silently (an import of an old cash-register export,
 * say). The book keeps no phone of theirs: the Erasure log keeps a salted SHA-256 of the
 * phone's local digits, and an importer asks isErasedPhone.
 *
 * The salt lives in the document's properties, not in a cell: someone with only a copy of
 * the spreadsheet can't test phone numbers against the log. With the salt, 11-digit
 * numbers can still be tried one by one, so the fingerprint is a safeguard against
 * bringing someone back by accident, not a secret; the README says so. A book whose
 * properties were lost (a copied file) recognises no one erased before the copy.
 */
import {localPhone, phoneDigits} from '../../domain/counter/ids';
import {phoneKey} from '../../domain/import/cells';
import {Lang} from '../../domain/i18n';
import {ERASURE_LOG} from '../../sheets/schema-privacy';
import {openTable} from '../../sheets/table';
import {cellText} from '../../sheets/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SALT_PROPERTY = 'shuke.privacy.salt';

export interface SaltStore {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
}

function documentStore(): SaltStore {
  return PropertiesService.getDocumentProperties();
}

/** The book's salt, made once (before the first fingerprint is written). */
export function bookSalt(store: SaltStore = documentStore()): string {
  const have = store.getProperty(SALT_PROPERTY);
  if (have) return have;
  const salt = Utilities.getUuid();
  store.setProperty(SALT_PROPERTY, salt);
  return salt;
}

/**
 * '' for a phone too short to be one. The digits hashed are the import's phone key (no
 * trunk 0, no country code of the region), so 0933100105, 933100105 (the number cell
 * Sheets made of it) and +886 933 100 105 are one fingerprint, as they are one customer
 * to the import.
 */
export function phoneFingerprint(phone: unknown, salt: string): string {
  return digitsFingerprint(phoneKey(phone), salt);
}

/**
 * Fingerprints written before the key above hashed the local digits as written (a trunk
 * 0 kept): a phone is also tried in those forms, so no earlier erasure is forgotten.
 */
function earlierFingerprints(phone: unknown, salt: string): string[] {
  const key = phoneKey(phone);
  const forms = new Set([localPhone(phoneDigits(phone)), key, `0${key}`]);
  return [...forms].map(d => digitsFingerprint(d, salt)).filter(f => f !== '');
}

function digitsFingerprint(digits: string, salt: string): string {
  if (digits.length < 5) return '';
  const bytes = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    `${salt}:${digits}`,
    Utilities.Charset.UTF_8,
  );
  return bytes
    .map(b => ((b + 256) % 256).toString(16).padStart(2, '0'))
    .join('');
}

/**
 * A checker reading the Erasure log once, for an import of many rows: true when the
 * phone is one an erasure recorded.
 */
export function erasedPhoneChecker(
  ss: Spreadsheet,
  lang: Lang,
  store: SaltStore = documentStore(),
): (phone: unknown) => boolean {
  const salt = store.getProperty(SALT_PROPERTY);
  if (!salt) return () => false;
  const log = openTable(ss, ERASURE_LOG, lang);
  const seen = new Set(
    (log?.rows ?? [])
      .map(r => cellText(r.raw.phoneHash, 'UTC').trim())
      .filter(h => h !== ''),
  );
  if (!seen.size) return () => false;
  return phone => {
    const f = phoneFingerprint(phone, salt);
    if (f !== '' && seen.has(f)) return true;
    return earlierFingerprints(phone, salt).some(e => seen.has(e));
  };
}

/** One phone: erased before? (For many, erasedPhoneChecker reads the log once.) */
export function isErasedPhone(
  ss: Spreadsheet,
  phone: unknown,
  lang: Lang = 'zh-CN',
): boolean {
  return erasedPhoneChecker(ss, lang)(phone);
}
