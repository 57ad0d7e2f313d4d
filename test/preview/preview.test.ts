/**
 * The local preview (`npm start`): served page, google.script.run over HTTP with its
 * rules, the workbook surviving a restart. Runs against the built dist/ (npm test builds
 * first).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as http from 'node:http';
import {Preview, startPreview} from '../../preview/server';
import {TAG} from '../../preview/wire';

const NOW = new Date('2026-11-24T03:30:00Z'); // 11:30 in Shanghai

interface State {
  now: string;
  locale: string;
  menu: Array<{label?: string; fn?: string}>;
  tabs: Array<{name: string; values: string[][]}>;
  outbox: unknown[];
}

async function post(
  url: string,
  body: unknown,
): Promise<{status: number; json: Record<string, unknown>}> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    json: (await res.json()) as Record<string, unknown>,
  };
}

async function state(p: Preview): Promise<State> {
  return (await (await fetch(`${p.url}api/state`)).json()) as State;
}

/** A raw request, to send a Host header fetch would not let us choose. */
function rawGet(
  url: string,
  host: string,
): Promise<{status: number; body: string}> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = http.request(
      {hostname: u.hostname, port: u.port, path: '/', headers: {host}},
      res => {
        let body = '';
        res.on('data', c => (body += c));
        res.on('end', () => resolve({status: res.statusCode ?? 0, body}));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('local preview', () => {
  let dir: string;
  let dataFile: string;
  let preview: Preview | undefined;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-preview-'));
    dataFile = path.join(dir, 'workbook.json');
    preview = await startPreview({port: 0, dataFile, fresh: true, now: NOW});
  });

  afterAll(async () => {
    await preview?.close();
    fs.rmSync(dir, {recursive: true, force: true});
  });

  it('listens on 127.0.0.1 only and saves the workbook at once', () => {
    expect(preview!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(fs.existsSync(dataFile)).toBe(true);
  });

  it('serves the page with every tab, the menu and the sidebar panel', async () => {
    const res = await fetch(preview!.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    for (const tab of ['客户', '销售', '反馈', '回访', '设置']) {
      expect(html).toContain(`>${tab} <span class="count">`);
    }
    expect(html).toContain('小林零食铺');
    expect(html).toContain('data-fn="setUpShop"');
    expect(html).toContain('<iframe id="sidebar"');
  });

  it('escapes what owners typed: cells never become markup', async () => {
    const html = await (await fetch(preview!.url)).text();
    // Demo rows hold "<script>alert(1)</script>" (feedback) and "<b>周末</b>" (a note).
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<b>周末</b>');
    expect(html).toContain('&lt;b&gt;周末&lt;/b&gt;');
    // A note starting with "=" stays text, shown as typed.
    expect(html).toContain('=小林说：他是隔壁网吧老板');
  });

  it('has a realistic demo shop, with sales up to the virtual today', async () => {
    const s = await state(preview!);
    const count = (name: string) =>
      s.tabs
        .find(t => t.name === name)!
        .values.slice(1)
        .filter(r => r.some(v => v !== '')).length;
    expect(count('客户')).toBe(40);
    expect(count('销售')).toBeGreaterThan(500);
    expect(count('反馈')).toBe(5);
    expect(count('回访')).toBe(4);
    const sales = s.tabs.find(t => t.name === '销售')!.values;
    const dates = sales.slice(1).map(r => r[0]);
    expect(dates.every(d => d <= '2026-11-24 11:30')).toBe(true);
    expect(dates.some(d => d.startsWith('2026-11-24'))).toBe(true);
    expect(dates.some(d => d < '2026-09-01')).toBe(true);
  });

  it('runs a server function through google.script.run over HTTP', async () => {
    const {status, json} = await post(`${preview!.url}api/run`, {
      name: 'setUpShop',
      args: [],
    });
    expect(status).toBe(200);
    expect(json.ok).toBe(true);
    // The shop is already set up: a second run changes nothing and says so.
    expect((json.value as {unchanged: boolean}).unchanged).toBe(true);
  });

  it('refuses a Date argument as google.script.run does', async () => {
    const {json} = await post(`${preview!.url}api/run`, {
      name: 'setUpShop',
      args: [{[TAG]: 'Date', v: '2026-11-24T00:00:00.000Z'}],
    });
    expect(json.ok).toBe(false);
    expect((json.error as {message: string}).message).toMatch(/Date/);
  });

  it('refuses a function and a cycle, and reports an unknown function', async () => {
    for (const arg of [{[TAG]: 'Function'}, {a: {[TAG]: 'Cycle'}}]) {
      const {json} = await post(`${preview!.url}api/run`, {
        name: 'setUpShop',
        args: [arg],
      });
      expect(json.ok).toBe(false);
    }
    const {json} = await post(`${preview!.url}api/run`, {
      name: 'noSuchFunction',
      args: [],
    });
    expect(json.ok).toBe(false);
    expect((json.error as {message: string}).message).toMatch(/noSuchFunction/);
  });

  it('runs a menu item and returns its alert', async () => {
    const {status, json} = await post(`${preview!.url}api/menu`, {
      fn: 'setUpShop',
    });
    expect(status).toBe(200);
    expect(json.ok).toBe(true);
    expect((json.alerts as unknown[]).length).toBe(1);
    expect(typeof (json.view as {workbook: string}).workbook).toBe('string');
    const missing = await post(`${preview!.url}api/menu`, {fn: 'eval'});
    expect(missing.status).toBe(404);
  });

  it('serves the sidebar with google.script.run injected first', async () => {
    const html = await (await fetch(`${preview!.url}sidebar`)).text();
    const shim = html.indexOf('window.google.script');
    expect(shim).toBeGreaterThan(0);
    expect(html.indexOf('"setUpShop"')).toBeGreaterThan(0);
    // The shim comes before the sidebar's own script.
    const own = html.indexOf('<script', shim + 1);
    expect(own === -1 || own > shim).toBe(true);
  });

  it('draws the dialog a menu item shows (the self-check), its HTML with the shim', async () => {
    // No dialog yet: nothing to draw.
    expect((await fetch(`${preview!.url}dialog`)).status).toBe(404);
    const {status, json} = await post(`${preview!.url}api/menu`, {
      fn: 'checkSpreadsheet',
    });
    expect(status).toBe(200);
    expect(json.ok).toBe(true);
    // The size the script asked for (self-check-menu.ts), for the page to draw.
    expect(json.dialog).toMatchObject({kind: 'modal', width: 760, height: 700});
    expect(String((json.dialog as {title: string}).title)).not.toBe('');
    const res = await fetch(`${preview!.url}dialog`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const shim = html.indexOf('window.google.script');
    expect(shim).toBeGreaterThan(0);
    expect(html).toContain('id="copy"');
    expect(html.indexOf('google.script.host.close()')).toBeGreaterThan(shim);
    // A menu item that shows no dialog reports none.
    const plain = await post(`${preview!.url}api/menu`, {fn: 'setUpShop'});
    expect(plain.json.dialog).toBeUndefined();
  });

  // Ui.prompt answers with the text typed and the button pressed (PromptResponse:
  // https://developers.google.com/apps-script/reference/base/prompt-response).
  it('stops a menu item at its prompt, changes nothing, and runs it again with the answer', async () => {
    const url = `${preview!.url}api/menu`;
    const before = await state(preview!);
    const asked = await post(url, {fn: 'customerDataMenu'});
    expect(asked.json.ok).toBe(true);
    expect(asked.json.ask).toMatchObject({
      kind: 'prompt',
      buttons: 'OK_CANCEL',
    });
    expect(asked.json.dialog).toBeUndefined();
    expect((asked.json.buttonLabels as {CANCEL: string}).CANCEL).toBe('取消');
    expect((await state(preview!)).tabs).toEqual(before.tabs);

    const customers = before.tabs.find(x => x.name === '客户')!.values;
    const phone = customers[1][customers[0].indexOf('手机号')];
    expect(phone).toBeTruthy();
    const found = await post(url, {
      fn: 'customerDataMenu',
      answers: [{button: 'OK', text: phone}],
    });
    expect(found.json.ask).toBeUndefined();
    expect(found.json.dialog).toMatchObject({kind: 'modal'});

    const nobody = await post(url, {
      fn: 'customerDataMenu',
      answers: [{button: 'OK', text: '没有这个人'}],
    });
    expect(nobody.json.dialog).toBeUndefined();
    expect(JSON.stringify(nobody.json.alerts)).toContain('没有这个人');

    // Cancel: the script returns at once, the text typed notwithstanding.
    const cancelled = await post(url, {
      fn: 'customerDataMenu',
      answers: [{button: 'CANCEL', text: phone}],
    });
    expect(cancelled.json).toMatchObject({ok: true, alerts: []});
    expect(cancelled.json.dialog).toBeUndefined();

    const bad = await post(url, {
      fn: 'customerDataMenu',
      answers: [{button: 'MAYBE'}],
    });
    expect(bad.status).toBe(400);
  });

  it('keeps the phone frame within a narrow screen (max-width)', async () => {
    const html = await (await fetch(`${preview!.url}phone-frame`)).text();
    expect(html).toMatch(/name="viewport"/);
    expect(html).toMatch(/iframe\{[^}]*max-width:100%/);
  });

  it('moves the virtual clock forward only', async () => {
    const before = await state(preview!);
    const {json} = await post(`${preview!.url}api/clock`, {hours: 24});
    expect(json.ok).toBe(true);
    expect(Date.parse(json.now as string) - Date.parse(before.now)).toBe(
      86_400_000,
    );
    const back = await post(`${preview!.url}api/clock`, {hours: -1});
    expect(back.status).toBe(400);
  });

  it('refuses requests that a page on another site could forge', async () => {
    const form = await fetch(`${preview!.url}api/reset`, {
      method: 'POST',
      headers: {'content-type': 'application/x-www-form-urlencoded'},
      body: 'x=1',
    });
    expect(form.status).toBe(415);
    const rebound = await rawGet(preview!.url, 'evil.example:80');
    expect(rebound.status).toBe(421);
  });

  it('keeps the workbook across a restart', async () => {
    const before = await state(preview!);
    await preview!.close();
    // A saved workbook wins over `now`: the virtual clock carries on where it was.
    preview = await startPreview({port: 0, dataFile, now: NOW});
    const after = await state(preview);
    expect(after.now).toBe(before.now);
    expect(after.locale).toBe(before.locale);
    expect(after.tabs).toEqual(before.tabs);
    expect(after.outbox).toEqual(before.outbox);
    // The menu is rebuilt by onOpen when the spreadsheet is opened again.
    expect(after.menu).toEqual(before.menu);
  });

  it('switches the spreadsheet locale and rebuilds the menu in it', async () => {
    const {json} = await post(`${preview!.url}api/locale`, {locale: 'en_US'});
    expect(json.ok).toBe(true);
    const s = await state(preview!);
    expect(s.locale).toBe('en_US');
    expect(s.menu.some(m => m.label === 'Set up shop')).toBe(true);
    const bad = await post(`${preview!.url}api/locale`, {locale: 'xx'});
    expect(bad.status).toBe(400);
  });

  it('opens the book in the language the viewer chose after a restart without a locale', async () => {
    await post(`${preview!.url}api/locale`, {locale: 'en_US'});
    await preview!.close();
    // Started as `npm start` would be, without PREVIEW_LOCALE: the default is zh_CN.
    preview = await startPreview({port: 0, dataFile, now: NOW});
    const s = await state(preview);
    expect(s.locale).toBe('en_US');
    expect(s.menu.some(m => m.label === 'Set up shop')).toBe(true);
    expect(s.menu.some(m => m.label === '设置店铺')).toBe(false);
  });

  it('resets to a fresh demo shop at the start time', async () => {
    await post(`${preview!.url}api/clock`, {hours: 48});
    const {json} = await post(`${preview!.url}api/reset`, {});
    expect(json.ok).toBe(true);
    const s = await state(preview!);
    expect(s.now).toBe(NOW.toISOString());
    expect(s.locale).toBe('zh_CN');
    expect(s.outbox).toEqual([]);
    expect(s.tabs.find(t => t.name === '客户')!.values.length).toBeGreaterThan(
      40,
    );
  });
});
