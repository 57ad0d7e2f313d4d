/**
 * Sales typed while the phone has no connection: kept on the device, shown as waiting,
 * sent when the connection is back, written once.
 *
 * Where they are kept: localStorage. The HTML service sandboxes every page in an iframe
 * with `allow-same-origin` (HTML Service: Restrictions,
 * developers.google.com/apps-script/guides/html/restrictions), so the page keeps an origin
 * of its own and with it Web Storage; Google's pages say nothing more about storage. If
 * storage is refused anyway (a private window, a browser setting), the queue lives in
 * memory only: sales still wait and are sent while the page stays open, and the bar says
 * they would be lost on a reload.
 *
 * Once only: a queued sale keeps the request id it was typed with, and the server writes
 * a request id at most once (the Request ID column, counter-append.ts). A sale whose
 * answer was lost on the way back, then queued and sent again, is found there and not
 * written a second time; so is one sent again after the page was reloaded.
 */
import {call, Answer} from './api';
import {rememberLogged} from './device';
import {h} from './dom';
import {tr} from './state';
import type {SaleRequest} from '../src/domain/counter/wire';
import type {Texts} from '../src/domain/i18n';

type SaleAnswer = Answer<'logSale'>;

const KEY = 'shuke.outbox.v1';
/** How often a waiting sale is tried again while the page believes it is online. */
const RETRY_MS = 20_000;

interface Waiting {
  request: SaleRequest;
  queuedAt: string;
  /** The customer's name as the card showed it, for the till's list once sent. */
  who?: string;
  /** Why the server refused it (it is kept until the user has seen it). */
  refused?: string;
}

export interface Queued {
  ok: false;
  queued: true;
  message: string;
  fields: Record<string, string>;
}

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const OUTBOX = {
  kept: tx(
    '没有网络：这笔销售已存在本机，联网后自动发送。',
    '沒有網路：這筆銷售已存在本機，連線後自動傳送。',
    'No connection: this sale is kept on this device and sent when the connection is back.',
  ),
  waitingOne: tx(
    '{n} 笔销售等待发送',
    '{n} 筆銷售等待傳送',
    '1 sale waiting to send',
  ),
  waitingMany: tx(
    '{n} 笔销售等待发送',
    '{n} 筆銷售等待傳送',
    '{n} sales waiting to send',
  ),
  memoryOnly: tx(
    '（本机不能保存：请勿关闭此页）',
    '（本機無法儲存：請勿關閉此頁）',
    '(this device cannot keep them: keep this page open)',
  ),
  sendNow: tx('立即发送', '立即傳送', 'Send now'),
  sent: tx(
    '已补发 {n} 笔销售',
    '已補發 {n} 筆銷售',
    'Sent {n} waiting sale(s)',
  ),
  refused: tx(
    '未记录：{items} {amount}（{reason}）',
    '未記錄：{items} {amount}（{reason}）',
    'Not saved: {items} {amount} ({reason})',
  ),
  dismiss: tx('知道了', '知道了', 'OK'),
};

// ------------------------------------------------------------------------------ storage
let memory: Waiting[] = [];
let persistent = true;

function load(): Waiting[] {
  if (!persistent) return memory;
  try {
    const text = window.localStorage.getItem(KEY);
    const list = text ? (JSON.parse(text) as unknown) : [];
    return Array.isArray(list) ? (list as Waiting[]) : [];
  } catch {
    persistent = false;
    return memory;
  }
}

function save(list: Waiting[]): void {
  memory = list;
  if (!persistent) return;
  try {
    window.localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    persistent = false;
  }
}

// ------------------------------------------------------------------------------ sending
function offline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * A failure of the transport, not of the server: google.script.run reports a lost
 * connection as an error (its wording is not documented), so the browser's own
 * online flag decides first and the usual wordings second.
 */
function isNetworkError(e: unknown): boolean {
  if (offline()) return true;
  const err = e as {name?: string; message?: string} | null;
  return /network|fetch|HTTP 0|connection|offline/i.test(
    `${err?.name ?? ''} ${err?.message ?? String(e)}`,
  );
}

function enqueue(request: SaleRequest, who: string): Queued {
  const list = load().filter(w => w.request.requestId !== request.requestId);
  list.push({request, queuedAt: new Date().toISOString(), who});
  save(list);
  render();
  schedule();
  return {ok: false, queued: true, message: tr(OUTBOX.kept), fields: {}};
}

/**
 * Logs a sale now, or keeps it for later when the connection is down. `who` is the
 * customer's name, kept with a queued sale so the till can list it once it is sent.
 */
export async function sendSale(
  request: SaleRequest,
  who = '',
): Promise<SaleAnswer | Queued> {
  if (offline()) return enqueue(request, who);
  try {
    return await call('logSale', request);
  } catch (e) {
    if (isNetworkError(e)) return enqueue(request, who);
    throw e;
  }
}

/** A refusal that sending again cannot change: the sale as typed is wrong. */
function final(answer: SaleAnswer): boolean {
  if (answer.ok) return true;
  const a = answer as {fields?: Record<string, string>; duplicate?: unknown};
  return Object.keys(a.fields ?? {}).length > 0 || Boolean(a.duplicate);
}

let flushing: Promise<void> | null = null;

/** Sends what waits, oldest first; stops at the first network failure. */
export function flushOutbox(): Promise<void> {
  if (!flushing) flushing = flush().finally(() => (flushing = null));
  return flushing;
}

async function flush(): Promise<void> {
  if (offline()) return;
  let sent = 0;
  for (const w of load()) {
    if (w.refused) continue;
    let answer: SaleAnswer;
    try {
      answer = await call('logSale', w.request);
    } catch (e) {
      if (isNetworkError(e)) break;
      // A server error (time out, quota): the sale stays and is tried again later.
      break;
    }
    if (!final(answer)) break; // busy: later
    const list = load();
    const i = list.findIndex(x => x.request.requestId === w.request.requestId);
    if (i >= 0) {
      if (answer.ok) list.splice(i, 1);
      else list[i] = {...list[i], refused: answer.message};
      save(list);
    }
    if (answer.ok) {
      // Written now (or found written, its first answer lost): voidable from the till
      // like a sale sent at once.
      rememberLogged(w.request.requestId, answer.value, w.who ?? '');
      sent++;
    }
  }
  if (sent > 0) onSent?.(tr(OUTBOX.sent, {n: sent}));
  render();
  schedule();
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (load().some(w => !w.refused))
    timer = setTimeout(() => void flushOutbox(), RETRY_MS);
}

// ------------------------------------------------------------------------------ the bar
let bar: HTMLElement | null = null;
let onSent: ((message: string) => void) | undefined;

function render(): void {
  if (!bar) return;
  const list = load();
  const waiting = list.filter(w => !w.refused).length;
  const refused = list.filter(w => w.refused);
  bar.replaceChildren();
  bar.hidden = waiting === 0 && refused.length === 0;
  if (waiting > 0) {
    const line = h(
      'div',
      {class: 'outbox', 'data-role': 'outbox-waiting'},
      h(
        'span',
        {},
        h('span', {class: 'count'}, String(waiting)),
        ' ',
        tr(waiting === 1 ? OUTBOX.waitingOne : OUTBOX.waitingMany, {
          n: waiting,
        }).replace(/^\d+\s*/, ''),
        persistent ? '' : ` ${tr(OUTBOX.memoryOnly)}`,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          on: {click: () => void flushOutbox()},
        },
        tr(OUTBOX.sendNow),
      ),
    );
    bar.append(line);
  }
  for (const w of refused) {
    bar.append(
      h(
        'div',
        {class: 'outbox', 'data-role': 'outbox-refused'},
        h(
          'span',
          {},
          tr(OUTBOX.refused, {
            items: w.request.items,
            amount: w.request.amount,
            reason: w.refused ?? '',
          }),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'small',
            on: {
              click: () => {
                save(
                  load().filter(
                    x => x.request.requestId !== w.request.requestId,
                  ),
                );
                render();
              },
            },
          },
          tr(OUTBOX.dismiss),
        ),
      ),
    );
  }
}

/**
 * The bar under the search box, and the moments a waiting sale is sent: now (the page was
 * reloaded with sales waiting), when the browser says it is online again, and every
 * RETRY_MS while any wait.
 */
export function outboxBar(sent: (message: string) => void): HTMLElement {
  onSent = sent;
  bar = h('div', {id: 'outbox', 'aria-live': 'polite'});
  render();
  window.addEventListener('online', () => void flushOutbox());
  void flushOutbox();
  return bar;
}
