/**
 * The currency symbol a new book starts with, from its spreadsheet's locale: a shop in
 * Taipei writes NT$, one in Kuala Lumpur RM. It is only the first value of Settings'
 * Currency row; the owner's value is never replaced by it.
 *
 * The symbols are the ones shops there write on a price tag, before the amount and
 * without a space (NT$55, HK$12.50, RM12.50), as the counter and the sheet's number
 * format put them.
 */

/** The symbol of a shop whose locale says nothing we know. */
export const FALLBACK_CURRENCY = '¥';

/** By the locale's country (ISO 3166 alpha-2, upper case). */
const BY_COUNTRY: Readonly<Record<string, string>> = {
  CN: '¥',
  TW: 'NT$',
  HK: 'HK$',
  MO: 'MOP$',
  SG: 'S$',
  MY: 'RM',
  US: '$',
  GB: '£',
  AU: 'A$',
  IE: '€',
  DE: '€',
  FR: '€',
  NL: '€',
  ES: '€',
  IT: '€',
};

/**
 * The symbol for a spreadsheet locale. Google spells a locale as a language ("en"), an
 * ISO 639-2 language ("fil") or a language and a country ("en_US") (Sheets API,
 * SpreadsheetProperties.locale); "zh-TW" and "zh_Hant_TW" are read too. A locale without
 * a country, or with one not in the table, falls back; nothing here throws.
 */
export function currencyForLocale(locale: unknown): string {
  if (typeof locale !== 'string') return FALLBACK_CURRENCY;
  const parts = locale.trim().split(/[-_]/);
  // The country is the first later part of two letters: "zh_Hant_TW" has a script first.
  const country = parts
    .slice(1)
    .find(p => /^[A-Za-z]{2}$/.test(p))
    ?.toUpperCase();
  return (country && BY_COUNTRY[country]) || FALLBACK_CURRENCY;
}
