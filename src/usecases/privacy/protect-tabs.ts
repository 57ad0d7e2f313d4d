/**
 * Shuke's own tabs (Settings, the logs, the ledgers) protected so that a staff editor
 * does not change a threshold or a ledger line by accident (Protection class reference,
 * developers.google.com/apps-script/reference/spreadsheet/protection).
 *
 * Warning-only, not editors-only. The counter runs as the member of staff using it and
 * writes some of these tabs itself (a sale brings Settings' "Grades as of" to today and
 * adds a ledger line, consent goes to the Privacy log, an erasure to the Erasure log); a
 * protection narrowed to the owner would refuse those writes for everyone else (Sheets:
 * "You are trying to edit a protected cell or object"), as the emulator models. With a
 * warning, anyone typing there by hand is asked to confirm first. The docs do not say
 * whether that warning could ever stop a script; every write here also works if it
 * never existed, so the counter is safe either way. Set up shop adds it once per tab
 * (found by its description) and never touches a protection the owner made.
 */
import {Lang, t} from '../../domain/i18n';
import {PROTECT_TEXTS} from '../../domain/privacy/texts';
import {TabDef, TABS} from '../../sheets/schema';
import {tabMatches} from '../../sheets/schema-labels';
import {REMINDER_LOG} from '../reminders-log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Tabs only Shuke writes, or whose edits by hand change what Shuke does. */
export const PROTECTED_TABS: ReadonlySet<TabDef['key']> = new Set([
  'settings',
  'reminderLog',
  'privacyLog',
  'erasureLog',
  'points',
  'stored',
  'tierLog',
]);

/** The start of every protection Shuke makes: how it recognises its own. */
export const PROTECTION_MARK = 'Shuke 熟客';

/** Protects the tabs not yet protected by Shuke; returns their names. */
export function protectShukeTabs(ss: Spreadsheet, lang: Lang): string[] {
  const defs = [...TABS, REMINDER_LOG].filter(d => PROTECTED_TABS.has(d.key));
  const added: string[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!defs.some(d => tabMatches(name, d))) continue;
    const mine = sheet
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .some(p => p.getDescription().startsWith(PROTECTION_MARK));
    if (mine) continue;
    sheet
      .protect()
      .setDescription(
        `${PROTECTION_MARK}: ${t(PROTECT_TEXTS.description, lang)}`,
      )
      .setWarningOnly(true);
    added.push(name);
  }
  return added;
}
