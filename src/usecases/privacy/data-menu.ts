/**
 * Menu ▸ A customer's data: asks for a phone or customer ID and shows the copy in a
 * dialog, to download or to copy, for an owner at the desk without the counter open.
 * Corrections, consent and erasure stay on the card, where the customer is in view.
 */
import {escapeHtml} from '../../domain/html';
import {t} from '../../domain/i18n';
import {
  PRIVACY_MENU as M,
  PRIVACY_UI as P,
} from '../../domain/privacy/ui-texts';
import {CustomerExport} from '../../domain/privacy/wire';
import {userLang} from '../../services/locale';
import {loadSettings} from '../../sheets/settings';
import {customerExportIn} from './export';
import {MENU_TITLE} from '../menu';

/** The dialog: the tabs and rows, a download link made in the page, the text to copy. */
export function exportDialogHtml(
  copy: CustomerExport,
  lang: ReturnType<typeof userLang>,
): string {
  const e = escapeHtml;
  const rows = copy.tabs
    .map(x => `<li>${e(t(P.tabRows, lang, {tab: x.tab, rows: x.rows}))}</li>`)
    .join('');
  // JSON in a script block: "</" is escaped so no text can close the block.
  const data = JSON.stringify({csv: copy.csv, name: copy.fileName}).replace(
    /<\//g,
    '<\\/',
  );
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font:13px/1.45 Arial,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;padding:12px 16px;color:#202124}
textarea{width:100%;box-sizing:border-box;height:120px;font:12px/1.4 monospace}a{font-weight:600}
button{margin:6px 8px 0 0;padding:6px 14px;font-size:13px}
</style></head><body>
<p>${e(t(P.exportReady, lang))}</p><ul>${rows}</ul>
<p><a id="download" href="#">${e(t(P.download, lang, {file: copy.fileName}))}</a></p>
<p>${e(t(P.exportHint, lang))}</p>
<textarea id="text" readonly>${e(copy.csv.replace(/^\ufeff/, ''))}</textarea>
<p>${e(t(M.more, lang))}</p>
<button onclick="google.script.host.close()">${e(t(M.close, lang))}</button>
<script>
var data = ${data};
var a = document.getElementById('download');
a.href = URL.createObjectURL(new Blob([data.csv], {type: 'text/csv;charset=utf-8'}));
a.download = data.name;
</script></body></html>`;
}

export function customerDataMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const viewer = userLang();
  const title = `${t(MENU_TITLE, viewer)} · ${t(M.menu, viewer)}`;
  const asked = ui.prompt(title, t(M.ask, viewer), ui.ButtonSet.OK_CANCEL);
  if (asked.getSelectedButton() !== ui.Button.OK) return;
  const key = asked.getResponseText().trim();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const read = loadSettings(ss);
  const copy = key
    ? customerExportIn(ss, key, {
        lang: read.lang,
        tz: read.tz,
        now: new Date(),
        shopName: String(read.settings.shopName ?? ''),
      })
    : null;
  if (!copy) {
    ui.alert(title, t(M.notFound, viewer, {key}), ui.ButtonSet.OK);
    return;
  }
  ui.showModalDialog(
    HtmlService.createHtmlOutput(exportDialogHtml(copy, viewer))
      .setWidth(520)
      .setHeight(460),
    title,
  );
}
