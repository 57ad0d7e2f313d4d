/**
 * The import as Apps Script runs it: the menu item opening the dialog, and the three
 * calls the dialog makes. Each builds the real services; nothing runs at load time.
 */
import {t} from '../../domain/i18n';
import {IMPORT_TEXTS as T} from '../../domain/import/texts';
import {lockerOf} from '../../services/lock';
import {userLang} from '../../services/locale';
import {loadSettings} from '../../sheets/settings';
import {erasedCheck} from './erased';
import {
  Failure,
  ImportDeps,
  ImportDone,
  ImportPreview,
  ImportRequest,
  listBatches,
  previewTab,
  writeImport,
  undoBatch,
  UndoDone,
} from './import';
import {dialogHtml} from './import-dialog';
import {sourceTabs} from './source-tabs';

/** An import waits longer for the lock than a sale: the owner is at the screen. */
const LOCK_WAIT_MS = 30_000;

function deps(): ImportDeps {
  return {
    spreadsheet: () => SpreadsheetApp.getActiveSpreadsheet(),
    locker: lockerOf(() => LockService.getDocumentLock(), LOCK_WAIT_MS),
    now: () => new Date(),
    flush: () => SpreadsheetApp.flush(),
    viewerLang: userLang,
    tag: () => Utilities.getUuid().replace(/-/g, '').slice(0, 4),
    erased: erasedCheck,
  };
}

/** Menu ▸ Import sales / customers from a tab. */
export function openImport(): {tabs: string[]} {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang();
  const tabs = sourceTabs(ss, loadSettings(ss).lang);
  const html = HtmlService.createHtmlOutput(
    dialogHtml(lang, tabs, listBatches(deps())),
  )
    .setWidth(760)
    .setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(html, t(T.title, lang));
  return {tabs};
}

export function previewImport(
  request: string | ImportRequest,
): ImportPreview | Failure {
  return previewTab(request, deps());
}

export function runImport(request: ImportRequest): ImportDone | Failure {
  return writeImport(request, deps());
}

export function undoImport(request: {batch: string}): UndoDone | Failure {
  return undoBatch(request, deps());
}
