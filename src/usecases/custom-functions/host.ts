/**
 * What a custom function may ask of its surroundings. Custom functions run read-only: the
 * only services used are the spreadsheet's time zone and locale and the script's time
 * zone, behind `CustomFunctionHost`, so tests hand in any host.
 */
import {Lang, langFromLocale} from '../../domain/i18n';

export type Cell = string | number | boolean | Date;
export type Grid = Cell[][];

/** What a custom function may ask of its surroundings. */
export interface CustomFunctionHost {
  /** The spreadsheet's time zone: the shop's calendar. */
  timeZone(): string;
  /** The script's time zone (appsscript.json); the spreadsheet's when left out. */
  scriptTimeZone?(): string;
  lang(): Lang;
  now(): Date;
}

/** The script's time zone; '' if Session can't tell (the caller then keeps the sheet's). */
function scriptZone(): string {
  try {
    return Session.getScriptTimeZone() || '';
  } catch {
    return '';
  }
}

/** The spreadsheet's time zone and locale, read-only, as custom functions may. */
export const appsScriptHost: CustomFunctionHost = {
  timeZone() {
    try {
      const tz = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
      if (tz) return tz;
    } catch {
      // fall through: no active spreadsheet in this context
    }
    return scriptZone() || 'UTC';
  },
  scriptTimeZone: scriptZone,
  lang() {
    try {
      return langFromLocale(
        SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale(),
      );
    } catch {
      return 'en';
    }
  },
  now() {
    return new Date();
  },
};
