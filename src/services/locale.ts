import {Lang, langFromLocale, parseLang} from '../domain/i18n';

/**
 * The language the spreadsheet's locale suggests: what Set up shop settles a new book in.
 * A book already set up has its language in Settings (loadSettings' `lang`), which no
 * later change of locale moves. `settingsLanguage` is passed by callers that read it.
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
 * The language of the person at the screen: the menu, the counter's labels and its
 * messages, alerts. Session.getActiveUserLocale() "gets the language setting of the
 * current user as a string, for example en for English" and needs no authorisation
 * (developers.google.com/apps-script/reference/base/session), so it also serves onOpen
 * in AuthMode.NONE. The reference does not say how Chinese variants are spelled (zh_CN,
 * zh-TW, zh): langFromLocale reads all of them, and anything else is English.
 */
export function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}
