/**
 * The self-check's line on who can open the book: what Shuke can see (its own tabs
 * protected) and what the owner must check by hand (sharing, which needs a Drive scope
 * the add-on does not ask for: see SHARING_TEXTS).
 */
import {Lang, t} from '../../domain/i18n';
import {PRIVACY_TEXTS, SHARING_TEXTS} from '../../domain/privacy/texts';
import {TABS} from '../../sheets/schema';
import {tabMatches} from '../../sheets/schema-labels';
import {REMINDER_LOG} from '../reminders-log';
import {PROTECTED_TABS, PROTECTION_MARK} from './protect-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function checkSharing(
  ss: Spreadsheet,
  viewer: Lang,
): {ok: boolean; text: string} {
  const defs = [...TABS, REMINDER_LOG].filter(d => PROTECTED_TABS.has(d.key));
  const missing: string[] = [];
  let count = 0;
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!defs.some(d => tabMatches(name, d))) continue;
    const mine = sheet
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .some(p => p.getDescription().startsWith(PROTECTION_MARK));
    if (mine) count++;
    else missing.push(name);
  }
  if (missing.length) {
    return {
      ok: false,
      text: t(SHARING_TEXTS.protectedMissing, viewer, {
        list: missing.join(t(PRIVACY_TEXTS.listSep, viewer)),
      }),
    };
  }
  return {ok: true, text: t(SHARING_TEXTS.protectedOk, viewer, {count})};
}
