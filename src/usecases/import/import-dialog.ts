/**
 * The import dialog: pick a tab, check it (the columns Shuke found, the first rows as
 * they would be written, every row it can't read), import, and undo any earlier import.
 * Drawn by the server like the self-check's dialog, in the viewer's language; every
 * value from the sheet is escaped (tab names and cells are the owner's own text, and an
 * export may hold anything), and the script builds rows with textContent only.
 */
import {escapeHtml as esc} from '../../domain/html';
import {Lang, t} from '../../domain/i18n';
import {IMPORT_TEXTS as T} from '../../domain/import/texts';
import {BALANCE_TEXTS as B} from '../../domain/import/balance-texts';
import {BatchCount} from './import-book';

/** JSON safe inside a <script>: no "</script>" or "<!--" can close it. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function dialogHtml(
  lang: Lang,
  tabs: readonly string[],
  batches: readonly BatchCount[],
): string {
  const words: Record<string, string> = {};
  for (const k of Object.keys(T) as Array<keyof typeof T>)
    words[k] = t(T[k], lang);
  words.balanceProblems = t(B.title, lang);
  words.batchBalances = t(B.batchBalances, lang);
  const options = tabs
    .map(n => `<option value="${esc(n)}">${esc(n)}</option>`)
    .join('');
  const htmlLang = lang === 'en' ? 'en' : lang;
  return `<!DOCTYPE html><html lang="${htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><style>
body{font:13px/1.45 Arial,"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei",sans-serif;margin:0;padding:10px 14px;color:#202124}
p{margin:6px 0}.row{display:flex;gap:8px;flex-wrap:wrap;align-items:center}
select{flex:1;min-width:160px;padding:6px;font-size:13px}
button{padding:6px 14px;font-size:13px;cursor:pointer}button.primary{background:#1a73e8;color:#fff;border:0;border-radius:4px}
h3{font-size:13px;margin:12px 0 4px}.found{font-weight:bold;color:#1e8e3e}.bad{color:#d93025}
table{border-collapse:collapse;width:100%;font-size:12px}td,th{border:1px solid #dadce0;padding:3px 5px;text-align:left;vertical-align:top;word-break:break-word}
th{background:#f1f3f4}.wrap{overflow-x:auto}ul{margin:4px 0;padding-left:18px}li{margin:2px 0}
.problems li{color:#b3261e}.problems.kept li{color:#7a4f01}.balances{font-weight:bold}.note{color:#5f6368;font-size:12px}.msg{padding:8px;background:#e6f4ea;border-radius:4px;margin:8px 0}
.msg.bad{background:#fce8e6}
.ask{border:1px solid #f9ab00;background:#fef7e0;border-radius:4px;padding:6px 8px;margin:8px 0}.ask h3{margin:2px 0 6px}
.ask button{margin:2px 6px 2px 0;background:#fff;border:1px solid #dadce0;border-radius:4px}.ask button[aria-pressed=true]{background:#1a73e8;color:#fff;border-color:#1a73e8}
.chips{display:flex;flex-wrap:wrap;gap:4px}.chip{border:1px solid #dadce0;border-radius:12px;padding:1px 8px;font-size:12px;background:#f8f9fa}
.chip b{font-weight:normal;color:#5f6368;margin-right:5px}.chip b::after{content:" ←"}
.actions{position:sticky;bottom:0;background:#fff;padding:8px 0;margin-top:8px;border-top:1px solid #eee;display:flex;gap:8px}
</style></head><body>
<p class="note">${esc(words.intro)}</p>
<div class="row"><label for="tab">${esc(words.pickTab)}</label><select id="tab">${options}</select><button id="check">${esc(words.check)}</button></div>
<div id="out"></div>
<div id="batches"></div>
<div class="actions" id="actions"><button onclick="google.script.host.close()">${esc(words.close)}</button></div>
<script>
var W = ${scriptJson(words)};
var BATCHES = ${scriptJson(batches)};
function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = String(text); if (cls) e.className = cls; return e; }
function fill(t, v) { return String(t).replace(/\\{(\\w+)(?:\\|([^{}|]*)\\|([^{}|]*))?\\}/g, function (m, k, one, other) { if (!(k in v)) return m; if (one === undefined) return v[k]; return Number(v[k]) === 1 ? one : other; }); }
function table(head, rows) {
  var w = el('div', null, 'wrap'), tb = el('table'), tr = el('tr');
  head.forEach(function (h) { tr.appendChild(el('th', h)); }); tb.appendChild(tr);
  rows.forEach(function (r) { var x = el('tr'); r.forEach(function (c) { x.appendChild(el('td', c)); }); tb.appendChild(x); });
  w.appendChild(tb); return w;
}
function message(text, bad) { var m = el('div', text, bad ? 'msg bad' : 'msg'); return m; }
function problems(list, count, title) {
  var box = el('div');
  if (!count) return box;
  box.appendChild(el('h3', fill(title || W.problems, {n: count})));
  // Cells kept in notes came in with their row: listed apart, not in the red of a row left out.
  var ul = el('ul', null, title ? 'problems kept' : 'problems'); list.forEach(function (p) { ul.appendChild(el('li', p)); });
  box.appendChild(ul);
  if (count > list.length) box.appendChild(el('p', fill(W.more, {n: count - list.length}), 'note'));
  return box;
}
function busy(b) { document.querySelectorAll('button').forEach(function (x) { x.disabled = b; }); }
function showBatches(list) {
  var box = document.getElementById('batches'); box.textContent = '';
  if (!list || !list.length) return;
  box.appendChild(el('h3', W.batches));
  list.slice().reverse().forEach(function (b) {
    var r = el('div', null, 'row');
    r.appendChild(el('span', fill(W.batchLine, {batch: b.batch, sales: b.sales, customers: b.customers}) + (b.balances ? fill(W.batchBalances, {n: b.balances}) : '')));
    var u = el('button', W.undo); u.className = 'undo';
    u.onclick = function () {
      if (!confirm(W.undoConfirm)) return;
      busy(true);
      google.script.run.withSuccessHandler(function (res) {
        busy(false);
        var out = document.getElementById('out'); out.textContent = '';
        out.appendChild(message(res.message, !res.ok));
        if (res.ok) showBatches(BATCHES = BATCHES.filter(function (x) { return x.batch !== b.batch || res.kept; }));
      }).withFailureHandler(function (e) { busy(false); document.getElementById('out').appendChild(message(String(e && e.message || e), true)); }).undoImport({batch: b.batch});
    };
    r.appendChild(u); box.appendChild(r);
  });
}
function dropImport() { var b = document.getElementById('import'); if (b) b.parentNode.removeChild(b); }
function showPreview(p) {
  dropImport();
  var out = document.getElementById('out'); out.textContent = '';
  if (!p.ok) { out.appendChild(message(p.message, true)); return; }
  out.appendChild(el('p', fill(W.recognised, {name: p.format}), 'found'));
  out.appendChild(el('h3', W.mapping));
  var chips = el('div', null, 'chips');
  p.mapping.forEach(function (m) { var c = el('span', null, 'chip'); c.appendChild(el('b', m.field)); c.appendChild(el('span', m.header)); chips.appendChild(c); });
  out.appendChild(chips);
  if (p.notTaken && p.notTaken.length) out.appendChild(el('p', fill(W.notTaken, {list: p.notTaken.join(' · ')}), 'note'));
  if (p.dateQuestion) out.appendChild(ask(p));
  if (p.customerColumn) out.appendChild(offerColumn(p));
  // No readable row: an empty table would look like a failed load; the problems say why.
  if (p.sample.length) {
    out.appendChild(el('h3', W.preview));
    out.appendChild(table([''].concat(p.sampleHeaders), p.sample.map(function (s) { return [s.row].concat(s.cells); })));
  }
  out.appendChild(el('p', p.summary));
  if (p.balances) { var bl = el('p', p.balances, 'balances'); bl.id = 'balances'; out.appendChild(bl); }
  // Nothing read is no success: say so in red above the reasons, never "nothing new".
  var unanswered = p.dateQuestion && !p.dateQuestion.chosen;
  if (!p.canImport && (unanswered || p.unreadable)) out.appendChild(message(unanswered ? W.chooseFirst : W.nothingRead, true));
  out.appendChild(problems(p.problems, p.problemCount));
  out.appendChild(problems(p.kept, p.keptCount, W.kept));
  out.appendChild(problems(p.balanceProblems || [], p.balanceProblemCount, W.balanceProblems));
  if (p.canImport) {
    var go = el('button', W.runButton, 'primary'); go.id = 'import';
    go.onclick = function () {
      busy(true); go.textContent = W.working;
      google.script.run.withSuccessHandler(function (res) {
        busy(false); out.textContent = ''; dropImport();
        out.appendChild(message(res.message, !res.ok));
        // What was left out or kept in notes stays listed after the import.
        if (res.ok) { out.appendChild(problems(res.problems, res.problemCount)); out.appendChild(problems(res.kept, res.keptCount, W.kept)); out.appendChild(problems(res.balanceProblems || [], res.balanceProblemCount, W.balanceProblems)); }
        if (res.ok) { BATCHES.push({batch: res.batch, sales: res.sales, customers: res.customers, balances: res.balances}); showBatches(BATCHES); }
      }).withFailureHandler(function (e) { busy(false); out.appendChild(message(String(e && e.message || e), true)); }).runImport({sheet: p.sheet, order: p.order || '', phoneColumn: p.phoneColumn || ''});
    };
    var bar = document.getElementById('actions');
    bar.insertBefore(go, bar.firstChild);
  } else if (!unanswered && !p.unreadable) out.appendChild(message(W.nothingNew, false));
}
// The tab's dates read two ways: asked once, and the answer reads the whole tab again.
function ask(p) {
  var q = p.dateQuestion, box = el('div', null, 'ask'); box.id = 'date-question';
  box.appendChild(el('h3', q.question));
  q.choices.forEach(function (c) {
    var b = el('button', c.label); b.setAttribute('aria-pressed', String(q.chosen === c.order));
    b.onclick = function () { check(p.sheet, c.order, p.phoneColumn); };
    box.appendChild(b);
  });
  box.appendChild(el('p', W.dateQuestionNote, 'note'));
  if (p.kind === 'customers') box.appendChild(el('p', W.dateQuestionKeep, 'note'));
  return box;
}
// No customer column, but one that holds phones: offered, never taken without asking.
function offerColumn(p) {
  var h = p.customerColumn, box = el('div', null, 'ask'); box.id = 'customer-column';
  box.appendChild(el('h3', fill(W.noCustomerColumn, {header: h})));
  var b = el('button', fill(W.useColumn, {header: h}));
  b.onclick = function () { check(p.sheet, p.order, h); };
  box.appendChild(b);
  return box;
}
function check(name, order, phoneColumn) {
  busy(true); var out = document.getElementById('out'); out.textContent = ''; out.appendChild(el('p', W.working, 'note'));
  google.script.run.withSuccessHandler(function (p) { busy(false); showPreview(p); })
    .withFailureHandler(function (e) { busy(false); out.textContent = ''; out.appendChild(message(String(e && e.message || e), true)); })
    .previewImport({sheet: name, order: order || '', phoneColumn: phoneColumn || ''});
}
document.getElementById('check').onclick = function () {
  var name = document.getElementById('tab').value; if (name) check(name, '');
};
showBatches(BATCHES);
</script></body></html>`;
}
