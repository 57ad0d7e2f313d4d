import {Lang, langFromLocale, parseLang} from '../domain/i18n';

/**
 * The language of this spreadsheet: a language chosen in Settings wins, else the
 * spreadsheet's locale. `settingsLanguage` is passed by callers that already read Settings.
 */
export function spreadsheetLang(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settingsLanguage?: unknown,
): Lang {
  return (
    parseLang(settingsLanguage) ?? langFromLocale(ss.getSpreadsheetLocale())
  );
}

/**
 * In AuthMode.NONE (onOpen before the add-on is authorised) the document can't be read,
 * so the menu's language comes from the user's own locale, and English if even that fails.
 */
export function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}
