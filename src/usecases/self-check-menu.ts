/**
 * The self-check as Apps Script runs it: the menu item with its dialog, and the tiny
 * custom function the date probe calls. The checks themselves are in self-check.ts.
 */
import {escapeHtml} from '../domain/html';
import {Lang, t} from '../domain/i18n';
import {userLang} from '../services/locale';
import {documentProperties} from '../services/properties';
import {scriptAppTriggers} from '../services/triggers';
import {probeDateArgument, probeValue} from '../sheets/date-probe';
import {loadSettings} from '../sheets/settings';
import {SelfCheckDeps, selfCheckIn, SelfCheckReport} from './self-check';
import {CHECK_TEXTS as T} from './self-check-texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DAILY_HANDLER = 'dailyReminders';

/**
 * The dialog: each line marked OK or TO DO, and the same report as plain text in a box
 * with a copy button, since that text is what an owner sends. The buttons stay at the
 * foot of the dialog while a long report scrolls behind them. Every value is escaped
 * (tab names and setting values are the owner's own text).
 */
export function reportHtml(r: SelfCheckReport): string {
  const e = escapeHtml;
  const items = r.lines
    .map(
      l =>
        `<li class="${l.ok ? 'ok' : 'todo'}"><b>${e(t(l.ok ? T.ok : T.todo, r.lang))}</b> ${e(l.text)}</li>`,
    )
    .join('');
  const lang = r.lang === 'en' ? 'en' : r.lang;
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><style>
body{font:13px/1.45 Arial,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;padding:12px 16px;color:#202124}
ul{list-style:none;padding:0;margin:8px 0}li{padding:5px 8px;margin:3px 0;border-left:4px solid #1e8e3e;background:#f1f8f3}
li.todo{border-color:#d93025;background:#fdf0ef}li b{margin-right:6px}li.ok b{color:#1e8e3e}li.todo b{color:#d93025}
textarea{width:100%;box-sizing:border-box;height:96px;font:12px/1.4 monospace}
button{margin:6px 8px 0 0;padding:6px 14px;font-size:13px}
.actions{position:sticky;bottom:0;background:#fff;padding:0 0 8px;margin-bottom:-8px}
</style></head><body>
<p>${e(t(T.intro, r.lang))}</p>
<ul>${items}</ul>
<textarea id="report" readonly>${e(r.text)}</textarea>
<div class="actions"><button id="copy">${e(t(T.copy, r.lang))}</button><button onclick="google.script.host.close()">${e(t(T.close, r.lang))}</button></div>
<script>
document.getElementById('copy').onclick = function () {
  var box = document.getElementById('report');
  box.select();
  var done = function () { document.getElementById('copy').textContent = ${JSON.stringify(t(T.copied, r.lang))}; };
  if (navigator.clipboard) navigator.clipboard.writeText(box.value).then(done, function () { document.execCommand('copy'); done(); });
  else { document.execCommand('copy'); done(); }
};
</script></body></html>`;
}

/** The checks' services on Apps Script (tests hand in the emulator's, or fakes). */
export function hostDeps(ss: Spreadsheet): SelfCheckDeps {
  const props = documentProperties();
  let lang: Lang;
  try {
    lang = loadSettings(ss).lang;
  } catch {
    lang = userLang();
  }
  return {
    ss,
    lang,
    // The dialog is the viewer's chrome (Session locale); tab names stay the book's.
    viewer: userLang(),
    now: new Date(),
    scriptTimeZone: () => Session.getScriptTimeZone(),
    mailQuota: () => MailApp.getRemainingDailyQuota(),
    props,
    dailyTriggers: () => scriptAppTriggers(ss, props).count(DAILY_HANDLER),
    probeDate: () =>
      probeDateArgument(ss, {
        flush: () => SpreadsheetApp.flush(),
        sleep: ms => Utilities.sleep(ms),
      }),
  };
}

/** Menu ▸ 诊断 / Check this spreadsheet. */
export function checkSpreadsheet(): SelfCheckReport {
  const report = selfCheckIn(hostDeps(SpreadsheetApp.getActiveSpreadsheet()));
  const html = HtmlService.createHtmlOutput(reportHtml(report))
    .setWidth(760)
    .setHeight(700);
  SpreadsheetApp.getUi().showModalDialog(html, report.title);
  return report;
}

/** Used by the self-check's date probe: says what a cell handed it (date:ms, or type:value). */
export function SHUKE_PROBE(value: unknown): string {
  return probeValue(value);
}
