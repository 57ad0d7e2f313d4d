/* global window, document, fetch, setTimeout, clearTimeout */
/*
 * The preview page: tab switching, menu buttons, clock, locale and reset. Every action is
 * a POST to the preview server; the server answers with freshly rendered (and escaped)
 * fragments, which replace the page's sections. The sidebar iframe is left alone so a
 * half-typed sale survives a menu click.
 */
(function () {
  'use strict';
  let activeTab = 0;
  let busy = false;
  const alertQueue = [];
  // The menu item waiting on an alert or prompt, and the answers given so far.
  let asking = null;

  function $(id) {
    return document.getElementById(id);
  }

  function setFragments(view) {
    if (!view) return;
    ['clock', 'menu', 'workbook', 'outbox'].forEach(key => {
      if (typeof view[key] === 'string') $(key).innerHTML = view[key];
    });
    drawCharts();
    showTab(activeTab);
  }

  // The tabs' charts: each canvas carries its chart.js configuration (chart-config.ts).
  function drawCharts() {
    if (typeof window.Chart !== 'function') return;
    document.querySelectorAll('canvas[data-chart]').forEach(canvas => {
      if (canvas.getAttribute('data-drawn')) return;
      canvas.setAttribute('data-drawn', '1');
      try {
        new window.Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
      } catch (e) {
        canvas.setAttribute('data-error', String(e));
      }
    });
  }

  // The tab strip scrolls sideways: the chosen tab is brought into it.
  function revealTab(tab) {
    const strip = tab.parentElement;
    const a = tab.getBoundingClientRect();
    const b = strip.getBoundingClientRect();
    if (a.left < b.left) strip.scrollLeft -= b.left - a.left + 8;
    else if (a.right > b.right) strip.scrollLeft += a.right - b.right + 8;
  }

  function showTab(i) {
    const tabs = document.querySelectorAll('#workbook .tab');
    if (!tabs.length) return;
    if (i >= tabs.length) i = 0;
    activeTab = i;
    tabs.forEach(t => {
      const on = Number(t.getAttribute('data-tab-index')) === i;
      t.setAttribute('aria-selected', String(on));
      if (on) revealTab(t);
    });
    document.querySelectorAll('#workbook .sheet').forEach(s => {
      s.hidden = Number(s.getAttribute('data-tab-index')) !== i;
    });
  }

  function notice(text, isError) {
    const n = $('notice');
    n.textContent = text;
    n.hidden = !text;
    n.classList.toggle('error', !!isError);
    clearTimeout(notice.timer);
    if (text && !isError) {
      notice.timer = setTimeout(() => {
        n.hidden = true;
      }, 6000);
    }
  }

  function nextAlert() {
    const dlg = $('alert');
    if (dlg.open || !alertQueue.length) return;
    const a = alertQueue.shift();
    dlg.querySelector('.alert-title').textContent = a.title || '';
    dlg.querySelector('.alert-text').textContent = a.prompt || '';
    dlg.showModal();
  }

  const BUTTON_SETS = {
    OK: ['OK'],
    OK_CANCEL: ['OK', 'CANCEL'],
    YES_NO: ['YES', 'NO'],
    YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
  };

  // Ui.prompt / a question asked with Ui.alert: the buttons the call asked for (and a
  // text field for a prompt); the answer runs the menu item again with every answer so
  // far, as the script would have carried on.
  function showAsk(ask, labels) {
    const dlg = $('ask');
    dlg.querySelector('.alert-title').textContent = ask.title || '';
    dlg.querySelector('.alert-text').textContent = ask.prompt || '';
    const input = dlg.querySelector('.ask-input');
    input.value = '';
    input.hidden = ask.kind !== 'prompt';
    const menu = dlg.querySelector('.ask-buttons');
    menu.textContent = '';
    (BUTTON_SETS[ask.buttons] || ['OK']).forEach((b, i) => {
      const btn = document.createElement('button');
      btn.value = b;
      btn.textContent = (labels && labels[b]) || b;
      if (i === 0) btn.className = 'primary';
      menu.appendChild(btn);
    });
    dlg.returnValue = '';
    dlg.showModal();
    if (ask.kind === 'prompt') input.focus();
  }

  function answerAsk() {
    const dlg = $('ask');
    const input = dlg.querySelector('.ask-input');
    const button = dlg.returnValue || 'CLOSE';
    const job = asking;
    asking = null;
    if (!job) return;
    const text = input.hidden ? undefined : input.value;
    const answers = job.answers.concat([{button: button, text: text}]);
    runMenu(job.fn, answers);
  }

  function runMenu(fn, answers) {
    asking = {fn: fn, answers: answers};
    post('/api/menu', {fn: fn, answers: answers});
  }

  function setSidebar(open, reload) {
    const side = $('side');
    if (open) side.removeAttribute('data-closed');
    else side.setAttribute('data-closed', 'true');
    if (open && reload) $('sidebar').src = '/sidebar?t=' + Date.now();
  }

  // A dialog the script showed (Ui.showModalDialog / showModelessDialog), at the size it
  // asked for but never beyond the window; its HTML comes from GET /dialog.
  function showDialog(d) {
    const dlg = $('script-dialog');
    if (dlg.open) dlg.close();
    const width = d.width || 600;
    const height = d.height || 400;
    dlg.querySelector('.dialog-title').textContent = d.title || '';
    dlg.style.width = 'min(' + (width + 32) + 'px, calc(100vw - 32px))';
    $('dialog-frame').style.height = height + 'px';
    $('dialog-frame').src = '/dialog?t=' + Date.now();
    if (d.kind === 'modeless') dlg.show();
    else dlg.showModal();
  }

  function closeDialog() {
    const dlg = $('script-dialog');
    if (dlg.open) dlg.close();
    $('dialog-frame').src = 'about:blank';
  }

  function handle(res) {
    if (res.view) setFragments(res.view);
    (res.alerts || []).forEach(a => {
      alertQueue.push(a);
    });
    nextAlert();
    const toasts = (res.toasts || []).map(t => {
      return (t.title ? t.title + ': ' : '') + t.message;
    });
    if (res.error) {
      notice((res.failedLabel || '') + ' ' + res.error.message, true);
    } else if (toasts.length) {
      notice(toasts.join(' · '), false);
    }
    if (res.sidebarShown) setSidebar(true, true);
    if (res.dialog) showDialog(res.dialog);
    if (res.ask && asking) showAsk(res.ask, res.buttonLabels);
    else asking = null;
    if (res.reload) window.location.reload();
  }

  function post(path, body) {
    if (busy) return Promise.resolve();
    busy = true;
    document.body.classList.add('busy');
    return fetch(path, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify(body || {}),
    })
      .then(r => {
        return r.json();
      })
      .then(handle, e => {
        notice(String(e), true);
      })
      .then(() => {
        busy = false;
        document.body.classList.remove('busy');
      });
  }

  function refresh() {
    return fetch('/api/view')
      .then(r => {
        return r.json();
      })
      .then(handle);
  }

  // A checkbox cell ticks or unticks on a click (or Space), as in Sheets.
  function toggle(box) {
    const td = box.closest('td[data-cell]');
    const table = box.closest('table.grid');
    if (!td || !table) return;
    const at = td.getAttribute('data-cell').split(',').map(Number);
    post('/api/toggle', {
      tab: table.getAttribute('data-tab'),
      row: at[0],
      col: at[1],
    });
  }

  document.addEventListener('keydown', ev => {
    const box = ev.target.closest && ev.target.closest('.checkbox');
    if (box && (ev.key === ' ' || ev.key === 'Enter')) {
      ev.preventDefault();
      toggle(box);
    }
  });

  document.addEventListener('click', ev => {
    const box = ev.target.closest('.checkbox');
    if (box) {
      toggle(box);
      return;
    }
    const el = ev.target.closest('button');
    if (!el) return;
    if (el.classList.contains('tab')) {
      showTab(Number(el.getAttribute('data-tab-index')));
      return;
    }
    const action = el.getAttribute('data-action');
    if (action === 'menu') {
      runMenu(el.getAttribute('data-fn'), []);
    } else if (action === 'advance') {
      post('/api/clock', {hours: Number(el.getAttribute('data-hours'))});
    } else if (el.id === 'reset') {
      if (window.confirm(el.getAttribute('data-confirm'))) {
        post('/api/reset', {});
      }
    } else if (el.id === 'close-sidebar') {
      setSidebar(false);
    } else if (el.id === 'close-dialog') {
      closeDialog();
    } else if (el.id === 'open-sidebar') {
      setSidebar(true, true);
    }
  });

  $('locale').addEventListener('change', ev => {
    post('/api/locale', {locale: ev.target.value});
  });

  $('alert').addEventListener('close', nextAlert);
  $('ask').addEventListener('close', answerAsk);
  // Enter in the text field is the first button (OK / Yes), as in Sheets' prompt.
  $('ask')
    .querySelector('.ask-input')
    .addEventListener('keydown', ev => {
      if (ev.key !== 'Enter') return;
      ev.preventDefault();
      const first = $('ask').querySelector('.ask-buttons button');
      if (first) $('ask').close(first.value);
    });
  // On a phone-wide window the sidebar sits under the sheet, and its search box taking
  // the focus would scroll the page down to it: the page opens at the top, on the sheet.
  $('sidebar').addEventListener('load', () => {
    if (window.matchMedia('(max-width: 700px)').matches) window.scrollTo(0, 0);
  });
  drawCharts();

  window.addEventListener('message', ev => {
    if (ev.origin !== window.location.origin || !ev.data) return;
    if (ev.data.shuke === 'ran') refresh();
    if (ev.data.shuke !== 'close') return;
    // google.script.host.close() closes whichever of the two asked.
    if (ev.source === $('dialog-frame').contentWindow) closeDialog();
    else setSidebar(false);
  });
})();
