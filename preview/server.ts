/**
 * `npm start`: the local preview. A web page showing the demo shop's workbook, the add-on's
 * menu as buttons, the built sidebar in a 300-px panel whose google.script.run reaches the
 * built Code.js on the emulator, the emails that would have been sent, and a virtual clock.
 *
 * Plain node:http on 127.0.0.1 only. Every state-changing request is a JSON POST (a form
 * on another site can't send one without a preflight this server never answers) and the
 * Host header must name this server (no DNS rebinding onto the owners' data).
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import {AddressInfo} from 'node:net';
import {Emulator} from '../emulator';
import {LOCALES, renderFragments, renderPage} from './render';
import {PAGE} from './texts';
import {t} from '../src/domain/i18n';
import {fromClientArgs} from './wire';
import {DialogAnswer, Workbench} from './workbench';
import {PhoneDesk, phoneFrame, visitFrom} from './phone';

const ROOT = path.resolve(__dirname, '..');
const PAGE_DIR = path.join(__dirname, 'page');
const MAX_BODY = 1024 * 1024;
const MAX_ADVANCE_HOURS = 24 * 31;

export interface PreviewOptions {
  /** 0 = any free port. Default 8080. */
  port?: number;
  /** Default .preview-data/workbook.json. */
  dataFile?: string;
  /** New demo data even if the data file exists. */
  fresh?: boolean;
  /** Spreadsheet locale of a new demo shop. Default 'zh_CN'. */
  locale?: string;
  /** Virtual time a new demo shop starts at. Default: the real now. */
  now?: Date;
  /** Folder of the built Code.js and sidebar.html. Default dist/. */
  distDir?: string;
}

export interface Preview {
  url: string;
  /** Saves the workbook and stops the server. */
  close(): Promise<void>;
  /** The emulator currently behind the page (a reset replaces it). */
  readonly emulator: Emulator;
  readonly workbench: Workbench;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const STATIC: Record<string, {file: string; type: string}> = {
  '/static/app.js': {
    file: 'app.js',
    type: 'text/javascript; charset=utf-8',
  },
  '/static/app.css': {file: 'app.css', type: 'text/css; charset=utf-8'},
  // The chart library, for the preview page only (offline, from node_modules).
  '/static/chart.js': {
    file: path.relative(
      PAGE_DIR,
      path.join(ROOT, 'node_modules/chart.js/dist/chart.umd.min.js'),
    ),
    type: 'text/javascript; charset=utf-8',
  },
};

const BUTTONS: ReadonlySet<string> = new Set([
  'OK',
  'CANCEL',
  'YES',
  'NO',
  'CLOSE',
]);

/** The answers the page collected for a menu item's alerts and prompts, checked. */
function dialogAnswers(raw: unknown): DialogAnswer[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > 20) {
    throw new HttpError(400, 'answers: expected a short list');
  }
  return raw.map(a => {
    const {button, text} = (a ?? {}) as {button?: unknown; text?: unknown};
    if (typeof button !== 'string' || !BUTTONS.has(button)) {
      throw new HttpError(400, `answers: unknown button ${String(button)}`);
    }
    if (text !== undefined && typeof text !== 'string') {
      throw new HttpError(400, 'answers: text must be a string');
    }
    return {button: button as DialogAnswer['button'], text};
  });
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const type = String(req.headers['content-type'] ?? '');
    if (!type.startsWith('application/json')) {
      reject(new HttpError(415, 'expected application/json'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'request too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new HttpError(400, 'invalid JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...extra,
  });
  res.end(body);
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

/** Puts the google.script.run shim before anything else in the sidebar's HTML. */
export function withShim(
  html: string,
  functionNames: readonly string[],
): string {
  const shim = fs
    .readFileSync(path.join(PAGE_DIR, 'shim.js'), 'utf8')
    .replace('/*SHUKE_NAMES*/ []', () =>
      JSON.stringify(functionNames).replace(/</g, '\\u003c'),
    );
  const tag = `<script>\n${shim}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + tag + html.slice(at);
  }
  return tag + html;
}

/** Serialises the requests that touch the workbook: one execution at a time. */
function queue(): <T>(fn: () => Promise<T> | T) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T> | T) => {
    const next = tail.then(fn, fn);
    tail = next.catch(() => undefined);
    return next;
  };
}

export async function startPreview(
  opts: PreviewOptions = {},
): Promise<Preview> {
  const distDir = opts.distDir ?? path.join(ROOT, 'dist');
  if (!fs.existsSync(path.join(distDir, 'Code.js'))) {
    throw new Error(`${distDir}/Code.js is missing: run npm run build first`);
  }
  const bench = Workbench.open(
    {
      dataFile: path.resolve(
        opts.dataFile ?? path.join(ROOT, '.preview-data', 'workbook.json'),
      ),
      distDir,
      manifest: path.join(ROOT, 'appsscript.json'),
      locale: opts.locale ?? 'zh_CN',
      now: opts.now,
    },
    opts.fresh ?? false,
  );
  const serial = queue();
  const phone = new PhoneDesk(bench);
  let allowedHosts = new Set<string>();

  const handle = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): Promise<void> => {
    if (!allowedHosts.has(String(req.headers.host ?? ''))) {
      throw new HttpError(421, 'unexpected Host header');
    }
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case 'GET /':
        return send(
          res,
          200,
          'text/html; charset=utf-8',
          await serial(() => renderPage(bench.view())),
        );
      case 'GET /sidebar':
        return send(
          res,
          200,
          'text/html; charset=utf-8',
          await serial(() =>
            withShim(bench.sidebarHtml(), bench.app.functions),
          ),
        );
      case 'GET /dialog': {
        // The dialog the script last showed, with the same shim as the sidebar.
        const html = await serial(() => bench.dialogHtml());
        if (html === null) throw new HttpError(404, 'no dialog shown');
        return send(
          res,
          200,
          'text/html; charset=utf-8',
          withShim(html, bench.app.functions),
        );
      }
      case 'GET /phone': {
        // The phone page (preview/phone.ts): the web app's doGet on the same book.
        const out = await serial(() =>
          phone.page(visitFrom(url), html =>
            withShim(html, bench.app.functions),
          ),
        );
        return send(res, out.status, 'text/html; charset=utf-8', out.html);
      }
      case 'GET /phone-frame':
        return send(
          res,
          200,
          'text/html; charset=utf-8',
          phoneFrame(visitFrom(url)),
        );
      case 'POST /api/phone/run': {
        const body = (await readBody(req)) as {name?: unknown; args?: unknown};
        if (typeof body.name !== 'string' || !Array.isArray(body.args)) {
          throw new HttpError(400, 'expected {name, args}');
        }
        const name = body.name;
        const args = fromClientArgs(body.args);
        return json(
          res,
          200,
          await serial(() => phone.run(visitFrom(url), name, args)),
        );
      }
      case 'GET /api/state':
        return json(
          res,
          200,
          await serial(() => {
            const v = bench.view();
            return {
              ...v,
              now: bench.emu.clock.now().toISOString(),
              alerts: bench.emu.ui.alerts,
              toasts: bench.emu.ui.toasts,
              triggerRuns: bench.emu.triggerRuns.map(r => ({
                handler: r.trigger.handler,
                at: r.at.toISOString(),
                ok: r.ok,
                error: r.error,
              })),
            };
          }),
        );
      case 'GET /api/view':
        return json(res, 200, {
          view: await serial(() => renderFragments(bench.view())),
        });
      case 'POST /api/run': {
        const body = (await readBody(req)) as {name?: unknown; args?: unknown};
        if (typeof body.name !== 'string' || !Array.isArray(body.args)) {
          throw new HttpError(400, 'expected {name, args}');
        }
        const name = body.name;
        const args = fromClientArgs(body.args);
        return json(res, 200, await serial(() => bench.scriptRun(name, args)));
      }
      case 'POST /api/menu': {
        const body = (await readBody(req)) as {fn?: unknown; answers?: unknown};
        const fn = body.fn;
        if (typeof fn !== 'string' || !bench.hasFunction(fn)) {
          throw new HttpError(404, `Script function not found: ${String(fn)}`);
        }
        const answers = dialogAnswers(body.answers);
        return json(
          res,
          200,
          await serial(() => {
            const out = bench.runMenu(fn, answers);
            const lang = bench.lang();
            return {
              ...out,
              buttonLabels: {
                OK: t(PAGE.ok, lang),
                CANCEL: t(PAGE.cancel, lang),
                YES: t(PAGE.yes, lang),
                NO: t(PAGE.no, lang),
                CLOSE: t(PAGE.close, lang),
              },
              failedLabel: t(PAGE.failed, bench.lang()),
              view: renderFragments(bench.view()),
            };
          }),
        );
      }
      case 'POST /api/toggle': {
        const body = (await readBody(req)) as {
          tab?: unknown;
          row?: unknown;
          col?: unknown;
        };
        const {tab, row, col} = body;
        if (
          typeof tab !== 'string' ||
          !Number.isInteger(row) ||
          !Number.isInteger(col) ||
          (row as number) < 1 ||
          (col as number) < 1
        ) {
          throw new HttpError(400, 'expected {tab, row, col}');
        }
        return json(
          res,
          200,
          await serial(() => {
            const out = bench.toggle(tab, row as number, col as number);
            return {
              ...out,
              failedLabel: t(PAGE.failed, bench.lang()),
              view: renderFragments(bench.view()),
            };
          }),
        );
      }
      case 'POST /api/clock': {
        const body = (await readBody(req)) as {hours?: unknown; days?: unknown};
        const hours =
          typeof body.days === 'number' ? body.days * 24 : Number(body.hours);
        if (!(hours > 0 && hours <= MAX_ADVANCE_HOURS)) {
          throw new HttpError(
            400,
            `hours must be in (0, ${MAX_ADVANCE_HOURS}]`,
          );
        }
        return json(
          res,
          200,
          await serial(() => {
            const out = bench.advance(Math.round(hours * 3_600_000));
            return {
              ...out,
              now: bench.emu.clock.now().toISOString(),
              view: renderFragments(bench.view()),
            };
          }),
        );
      }
      case 'POST /api/locale': {
        const body = (await readBody(req)) as {locale?: unknown};
        const locale = body.locale;
        if (!LOCALES.some(l => l.code === locale)) {
          throw new HttpError(400, 'unknown locale');
        }
        return json(
          res,
          200,
          await serial(() => ({
            ...bench.setLocale(locale as string),
            reload: true,
          })),
        );
      }
      case 'POST /api/reset':
        await readBody(req);
        return json(
          res,
          200,
          await serial(() => {
            bench.reset();
            return {ok: true, reload: true};
          }),
        );
    }
    const file = req.method === 'GET' ? STATIC[url.pathname] : undefined;
    if (file) {
      return send(
        res,
        200,
        file.type,
        fs.readFileSync(path.join(PAGE_DIR, file.file), 'utf8'),
      );
    }
    throw new HttpError(404, 'not found');
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 500) console.error(e);
      if (!res.headersSent) {
        json(res, status, {
          ok: false,
          error: {name: 'Error', message: (e as Error).message},
        });
      } else {
        res.end();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  let closed = false;
  return {
    url: `http://127.0.0.1:${port}/`,
    get emulator() {
      return bench.emu;
    },
    workbench: bench,
    close: async () => {
      if (closed) return;
      closed = true;
      await serial(() => bench.save());
      server.closeAllConnections();
      await new Promise<void>(resolve => server.close(() => resolve()));
    },
  };
}

async function main(): Promise<void> {
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  }
  // The book's language of a new demo shop (a fresh file, or "reset demo data").
  const locale = process.env.PREVIEW_LOCALE;
  if (locale !== undefined && !LOCALES.some(l => l.code === locale)) {
    throw new Error(
      `PREVIEW_LOCALE must be one of ${LOCALES.map(l => l.code).join(', ')}, got ${locale}`,
    );
  }
  const preview = await startPreview({port, locale});
  console.log(`Shuke 熟客 preview: ${preview.url}`);
  console.log(
    `Workbook kept in ${path.relative(process.cwd(), path.join(ROOT, '.preview-data', 'workbook.json'))}; Ctrl+C to stop.`,
  );
  const stop = () => {
    preview.close().then(
      () => process.exit(0),
      e => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch(e => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
