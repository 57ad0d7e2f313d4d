/**
 * The preview page as HTML. Everything that comes from the workbook, the menu or an email
 * is the owners' (or their customers') text, so every value goes through `esc`; email
 * bodies are shown in iframes sandboxed without scripts.
 */
import {Lang, t} from '../src/domain/i18n';
import {chartConfig, mix} from './chart-config';
import {overflowSpans} from './grid-overflow';
import {CellLook, DEFAULT_COLUMN_WIDTH, TabSnapshot} from './snapshot';
import {PAGE} from './texts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function esc(v: unknown): string {
  return String(v ?? '').replace(/[&<>"']/g, ch => ESCAPES[ch]);
}

export type MenuItemView = {label: string; fn: string} | {separator: true};

export interface MailView {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  at: string;
}

export interface TriggerView {
  handler: string;
  description: string;
}

export interface PageView {
  lang: Lang;
  locale: string;
  shopName: string;
  timeZone: string;
  /** Wall time in the spreadsheet's time zone: 'YYYY-MM-DD HH:mm'. */
  wallTime: string;
  weekday: string;
  menuTitle: string;
  menu: MenuItemView[];
  tabs: TabSnapshot[];
  outbox: MailView[];
  triggers: TriggerView[];
  sidebarOpen: boolean;
}

export const LOCALES: ReadonlyArray<{code: string; label: string}> = [
  {code: 'zh_CN', label: '简体中文 (zh_CN)'},
  {code: 'zh_TW', label: '繁體中文 (zh_TW)'},
  {code: 'en_US', label: 'English (en_US)'},
];

const HTML_LANG: Record<Lang, string> = {
  'zh-CN': 'zh-Hans',
  'zh-TW': 'zh-Hant',
  en: 'en',
};

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) {
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  }
  return s;
}

export function renderClock(v: PageView): string {
  const trig = v.triggers.length
    ? v.triggers.map(x => esc(x.description)).join('；')
    : esc(t(PAGE.noTriggers, v.lang));
  return (
    `<span class="clock-label">${esc(t(PAGE.clock, v.lang))}</span> ` +
    `<time id="now" class="now">${esc(v.wallTime)}</time> ` +
    `<span class="weekday">${esc(v.weekday)}</span> ` +
    `<span class="tz">${esc(v.timeZone)}</span> ` +
    `<button type="button" data-action="advance" data-hours="1">${esc(t(PAGE.plusHour, v.lang))}</button>` +
    `<button type="button" data-action="advance" data-hours="24">${esc(t(PAGE.plusDay, v.lang))}</button>` +
    `<span class="triggers">${esc(t(PAGE.triggers, v.lang))}: ${trig}</span>`
  );
}

export function renderMenu(v: PageView): string {
  if (!v.menu.length) {
    return `<span class="muted">${esc(t(PAGE.noMenu, v.lang))}</span>`;
  }
  const items = v.menu
    .map(m =>
      'separator' in m
        ? '<span class="sep" aria-hidden="true"></span>'
        : `<button type="button" data-action="menu" data-fn="${esc(m.fn)}">${esc(m.label)}</button>`,
    )
    .join('');
  return `<span class="menu-title">${esc(v.menuTitle)} ▸</span>${items}`;
}

/** Background colours of the cells under gradient rules: "row,col" → colour. */
function heatColours(tab: TabSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of tab.heat) {
    const cells: Array<[number, number, number]> = [];
    for (let r = h.row; r < h.row + h.rows; r++) {
      for (let c = h.col; c < h.col + h.cols; c++) {
        const n = Number(tab.values[r - 1]?.[c - 1]);
        if (tab.kinds[r - 1]?.[c - 1] === 'n' && Number.isFinite(n))
          cells.push([r, c, n]);
      }
    }
    const lo = Math.min(...cells.map(x => x[2]));
    const hi = Math.max(...cells.map(x => x[2]));
    for (const [r, c, n] of cells) {
      out.set(
        `${r},${c}`,
        mix(h.min, h.max, hi > lo ? (n - lo) / (hi - lo) : 0),
      );
    }
  }
  return out;
}

/** The tab's charts, drawn by chart.js in the page from their data (chart-config.ts). */
function renderCharts(tab: TabSnapshot): string {
  if (!tab.charts.length) return '';
  const figures = tab.charts
    .map(
      c =>
        `<figure class="chart"><canvas width="520" height="280" data-chart="${esc(JSON.stringify(chartConfig(c)))}" aria-label="${esc(c.title)}"></canvas></figure>`,
    )
    .join('');
  return `<div class="charts">${figures}</div>`;
}

/** Cell padding left and right, and the border: what a cell's text has less than its column. */
const CELL_INSET = 2 * 4 + 1;
const ROW_HEAD_WIDTH = 46;

function lookStyle(look: CellLook | null, heat: string | undefined): string {
  const css: string[] = [];
  const background = heat ?? look?.background;
  if (
    background &&
    /^#[0-9a-f]{3,8}$|^[a-z]+$|^rgba?\([\d\s.,%]+\)$/i.test(background)
  ) {
    css.push(`background:${background}`);
  }
  if (look?.color && /^#[0-9a-f]{3,8}$|^[a-z]+$/i.test(look.color)) {
    css.push(`color:${look.color}`);
  }
  if (look?.bold) css.push('font-weight:700');
  if (look?.italic) css.push('font-style:italic');
  if (look?.strike) css.push('text-decoration:line-through');
  if (look?.align) css.push(`text-align:${look.align}`);
  // Escaped too: the colours come from the book, and a style is an attribute.
  return css.length ? ` style="${esc(css.join(';'))}"` : '';
}

/**
 * A checkbox as Sheets draws it: a ticked or empty box, not TRUE/FALSE. Clicking it
 * ticks or unticks it, as in Sheets (POST /api/toggle).
 */
function renderCheckbox(ticked: boolean, text: string): string {
  return `<span class="checkbox" role="checkbox" tabindex="0" aria-checked="${ticked}" aria-label="${esc(text)}"></span>`;
}

/**
 * The tab as Sheets draws it: its columns at their widths, text running over empty
 * neighbours (grid-overflow.ts), wrapped where the cell wraps, checkboxes as boxes.
 */
function renderTable(tab: TabSnapshot, index: number, lang: Lang): string {
  if (!tab.values.length) {
    return `<p class="muted">${esc(t(PAGE.empty, lang))}</p>`;
  }
  const heat = heatColours(tab);
  const width = tab.values[0].length;
  const widths = Array.from(
    {length: width},
    (_, c) => tab.widths[c] ?? DEFAULT_COLUMN_WIDTH,
  );
  const shown = widths.map(w => w > 0);
  const {spans, open} = overflowSpans(tab);
  const cols = [`<col style="width:${ROW_HEAD_WIDTH}px">`];
  const head = ['<th class="corner"></th>'];
  for (let c = 1; c <= width; c++) {
    if (!shown[c - 1]) continue;
    cols.push(`<col style="width:${widths[c - 1]}px">`);
    head.push(`<th>${columnLetter(c)}</th>`);
  }
  const tableWidth =
    ROW_HEAD_WIDTH + widths.reduce((sum, w) => sum + Math.max(0, w), 0);
  const body = tab.values.map((row, r) => {
    const cells: string[] = [];
    row.forEach((text, c) => {
      if (!shown[c]) return;
      const classes: string[] = [];
      const kind = tab.kinds[r]?.[c] ?? '';
      const look = tab.looks[r]?.[c] ?? null;
      if (kind === 'n' || kind === 'd') classes.push('num');
      if (kind === 'b') classes.push('bool');
      if (look?.wrap === 'wrap') classes.push('wrap');
      const formula = tab.formulas[r]?.[c] ?? '';
      // Sheets shows a selected cell's whole content in the formula bar; a tooltip
      // stands in for it, so text cut at a filled neighbour can still be read.
      const bar = formula || (kind === '' && text.length > 6 ? text : '');
      const title = bar ? ` title="${esc(bar)}"` : '';
      const style = lookStyle(look, heat.get(`${r + 1},${c + 1}`));
      let content = esc(text);
      let at = '';
      if (kind === 'x' || kind === 'o') {
        classes.push('check');
        content = renderCheckbox(kind === 'x', text);
        at = ` data-cell="${r + 1},${c + 1}"`;
      } else if (spans[r][c] === 0) {
        classes.push('under');
        if (spans[r][c + 1] === 0) classes.push('under-mid');
      } else if (spans[r][c] > 1 || open[r][c]) {
        // The text runs on over the empty cells to its right.
        let room = 0;
        for (let k = c; k < c + spans[r][c]; k++) room += widths[k];
        classes.push('spill');
        if (spans[r][c] > 1) classes.push('covers');
        const w = room - CELL_INSET;
        content = open[r][c]
          ? `<div class="run open" style="min-width:${w}px">${content}</div>`
          : `<div class="run" style="width:${w}px">${content}</div>`;
      }
      const cls = classes.length ? ` class="${classes.join(' ')}"` : '';
      cells.push(`<td${cls}${at}${title}${style}>${content}</td>`);
    });
    const frozen =
      r < tab.frozenRows
        ? r === tab.frozenRows - 1
          ? ' class="frozen frozen-last"'
          : ' class="frozen"'
        : '';
    return `<tr${frozen}><th>${r + 1}</th>${cells.join('')}</tr>`;
  });
  return (
    `<table class="grid" id="grid-${index}" data-tab="${esc(tab.name)}" style="width:${tableWidth}px">` +
    `<colgroup>${cols.join('')}</colgroup>` +
    `<thead><tr>${head.join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`
  );
}

/** Rows below the header that show anything. */
function dataRows(tab: TabSnapshot): number {
  return tab.values.slice(1).filter(r => r.some(v => v !== '')).length;
}

export function renderWorkbook(v: PageView, active = 0): string {
  if (!v.tabs.length)
    return `<p class="muted">${esc(t(PAGE.noTabs, v.lang))}</p>`;
  const current = Math.min(Math.max(0, active), v.tabs.length - 1);
  const strip = v.tabs
    .map(
      (tab, i) =>
        `<button type="button" role="tab" class="tab" data-tab-index="${i}" aria-selected="${i === current}">` +
        `${esc(tab.name)} <span class="count">${dataRows(tab)}</span></button>`,
    )
    .join('');
  const panels = v.tabs
    .map(
      (tab, i) =>
        `<div class="sheet" role="tabpanel" data-tab-index="${i}"${i === current ? '' : ' hidden'}>` +
        `${renderCharts(tab)}${renderTable(tab, i, v.lang)}</div>`,
    )
    .join('');
  return `<div class="tabs" role="tablist">${strip}</div>${panels}`;
}

export function renderOutbox(v: PageView): string {
  const head = `<h2>${esc(t(PAGE.outbox, v.lang))} <span class="count">${v.outbox.length}</span></h2>`;
  if (!v.outbox.length) {
    return `${head}<p class="muted">${esc(t(PAGE.outboxEmpty, v.lang))}</p>`;
  }
  const mails = [...v.outbox]
    .reverse()
    .map((m, i) => {
      const to = [...m.to, ...m.cc, ...m.bcc].join(', ');
      const body = m.htmlBody
        ? // No allow-scripts, no allow-same-origin: a script in a body can't run.
          `<iframe class="mail-body" sandbox="" referrerpolicy="no-referrer" srcdoc="${esc(m.htmlBody)}"></iframe>`
        : `<pre class="mail-text">${esc(m.body)}</pre>`;
      return (
        `<details class="mail"${i === 0 ? ' open' : ''}><summary>` +
        `<span class="subject">${esc(m.subject)}</span> ` +
        `<span class="to">${esc(t(PAGE.to, v.lang))}: ${esc(to)}</span> ` +
        `<time>${esc(m.at)}</time></summary>${body}</details>`
      );
    })
    .join('');
  return head + mails;
}

export function renderFragments(
  v: PageView,
  activeTab = 0,
): Record<'clock' | 'menu' | 'workbook' | 'outbox', string> {
  return {
    clock: renderClock(v),
    menu: renderMenu(v),
    workbook: renderWorkbook(v, activeTab),
    outbox: renderOutbox(v),
  };
}

export function renderPage(v: PageView): string {
  const f = renderFragments(v);
  const locales = LOCALES.map(
    l =>
      `<option value="${esc(l.code)}"${l.code === v.locale ? ' selected' : ''}>${esc(l.label)}</option>`,
  ).join('');
  return `<!DOCTYPE html>
<html lang="${HTML_LANG[v.lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(v.shopName ? `${v.shopName} · ` : '')}${esc(t(PAGE.title, v.lang))}</title>
<link rel="stylesheet" href="/static/app.css">
</head>
<body>
<header class="top">
  <div class="brand"><strong id="shop-name">${esc(v.shopName || 'Shuke 熟客')}</strong> <span class="muted">${esc(t(PAGE.title, v.lang))}</span></div>
  <div id="clock" class="clock">${f.clock}</div>
  <label class="locale">${esc(t(PAGE.language, v.lang))} <select id="locale">${locales}</select></label>
  <a id="phone-link" href="/phone-frame" target="_blank" rel="noopener">${esc(t(PAGE.phonePage, v.lang))}</a>
  <button type="button" id="reset" data-confirm="${esc(t(PAGE.resetConfirm, v.lang))}">${esc(t(PAGE.reset, v.lang))}</button>
</header>
<nav id="menu" class="menu" aria-label="${esc(t(PAGE.menu, v.lang))}">${f.menu}</nav>
<div id="notice" class="notice" role="status" aria-live="polite" hidden></div>
<main class="layout">
  <section id="workbook" class="workbook">${f.workbook}</section>
  <aside id="side" class="side"${v.sidebarOpen ? '' : ' data-closed="true"'}>
    <div class="side-head"><span>${esc(t(PAGE.sidebar, v.lang))}</span><button type="button" id="close-sidebar" aria-label="close">×</button></div>
    <iframe id="sidebar" title="${esc(t(PAGE.sidebar, v.lang))}" src="/sidebar"></iframe>
    <div class="side-closed"><p>${esc(t(PAGE.sidebarClosed, v.lang))}</p><button type="button" id="open-sidebar">${esc(t(PAGE.openSidebar, v.lang))}</button></div>
  </aside>
</main>
<section id="outbox" class="outbox">${f.outbox}</section>
<dialog id="script-dialog" class="script-dialog"><div class="dialog-head"><h2 class="dialog-title"></h2><button type="button" id="close-dialog" aria-label="close">×</button></div><iframe id="dialog-frame" title="dialog" sandbox="allow-scripts allow-same-origin allow-forms allow-modals allow-popups" allow="clipboard-write"></iframe></dialog>
<dialog id="ask"><form method="dialog"><h2 class="alert-title"></h2><p class="alert-text"></p><input class="ask-input" type="text" autocomplete="off"><menu class="ask-buttons"></menu></form></dialog>
<dialog id="alert"><form method="dialog"><h2 class="alert-title"></h2><p class="alert-text"></p><menu><button value="ok">${esc(t(PAGE.ok, v.lang))}</button></menu></form></dialog>
<script src="/static/chart.js"></script>
<script src="/static/app.js"></script>
</body>
</html>
`;
}
