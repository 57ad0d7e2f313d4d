/**
 * A new customer's phone as the book writes phones: digits only (no dashes or spaces,
 * whatever the export had), a "+" kept before a country code, and in a 繁體 book a
 * Taiwanese mobile given back the trunk 0 Sheets ate when it read 0911222333 as a number
 * (911222333). Written as text by the table, so the 0 stays.
 */
import {phoneDigits} from '../counter/ids';
import {Lang} from '../i18n';

export function bookPhoneText(phone: string, bookLang: Lang): string {
  const s = phone.normalize('NFKC').trim();
  const digits = phoneDigits(s);
  if (digits === '') return s;
  if (/^\+/.test(s)) return `+${digits}`;
  if (/^00/.test(digits)) return `+${digits.slice(2)}`;
  if (bookLang === 'zh-TW' && /^9\d{8}$/.test(digits)) return `0${digits}`;
  return digits;
}
