/**
 * The phone page in the local preview: /phone serves what the phone project's doGet
 * serves, on the same emulated book as the sidebar, as the web app would run it
 * (emulator/webapp.ts: no containing document, the phone manifest's scopes, Google's
 * access check). `?as=` visits as another account and `?access=` widens the deployment,
 * so a refusal can be tried too; the real manifest (phone/appsscript.json) is the default.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {WebAppConfig} from '../emulator';
import {Workbench} from './workbench';

const ROOT = path.resolve(__dirname, '..');
export const PHONE_MANIFEST = path.join(ROOT, 'phone/appsscript.json');
const SPREADSHEET_ID_PROPERTY = 'SHUKE_SPREADSHEET_ID';

const ACCESS = ['MYSELF', 'DOMAIN', 'ANYONE', 'ANYONE_ANONYMOUS'] as const;

interface Manifest {
  oauthScopes: string[];
  webapp: WebAppConfig;
}

function manifest(): Manifest {
  return JSON.parse(fs.readFileSync(PHONE_MANIFEST, 'utf8')) as Manifest;
}

export interface Visit {
  /** The visiting account; '' = not signed in; undefined = the owner. */
  as?: string;
  access?: string;
}

export function visitFrom(url: URL): Visit {
  return {
    as: url.searchParams.get('as') ?? undefined,
    access: url.searchParams.get('access') ?? undefined,
  };
}

function query(v: Visit): string {
  const q = new URLSearchParams();
  if (v.as !== undefined) q.set('as', v.as);
  if (v.access) q.set('access', v.access);
  const s = q.toString();
  return s ? `?${s}` : '';
}

const GOOGLE_REFUSED = `<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Google Drive</title></head>
<body style="font:16px system-ui;padding:24px"><main id="google-refused"><h1>Google Drive</h1>
<p>You need access / 您需要获得访问权限 (shown by Google, not by Shuke: the deployment does not let this account in).</p></main></body></html>`;

/** /phone in a phone-sized frame, for a desktop browser. */
export function phoneFrame(v: Visit): string {
  // Border-box with max-width: the bezel counts in the width, so on a screen narrower than
  // the frame (a 390-px phone) the frame shrinks instead of scrolling sideways; on a
  // desktop the screen inside stays 390 × 844.
  return `<!doctype html><html><head><meta charset="utf-8"><title>Shuke · phone</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;min-height:100vh;display:grid;place-items:center;background:#e7e5e4;font:14px system-ui}
iframe{box-sizing:border-box;width:414px;height:868px;max-width:100%;border:12px solid #1c1917;border-radius:36px;background:#fff}</style></head>
<body><iframe id="phone" title="390 × 844" src="/phone${esc(query(v))}"></iframe></body></html>`;
}

export class PhoneDesk {
  constructor(private readonly bench: Workbench) {}

  private config(v: Visit): WebAppConfig {
    const c = manifest().webapp;
    const access = ACCESS.find(a => a === v.access);
    return access ? {...c, access} : c;
  }

  /**
   * Runs with the phone project's scopes and its Script property set, as a deployed phone
   * project would have them; the add-on's own scopes are back afterwards.
   */
  private within<T>(fn: () => T): T {
    const emu = this.bench.emu;
    const before = emu.rt.scopes;
    emu.rt.scopes = new Set(manifest().oauthScopes);
    emu.properties.script[SPREADSHEET_ID_PROPERTY] ??= emu.workbook.id;
    try {
      const out = fn();
      if (out instanceof Promise) {
        return out.finally(() => {
          emu.rt.scopes = before;
        }) as T;
      }
      emu.rt.scopes = before;
      return out;
    } catch (e) {
      emu.rt.scopes = before;
      throw e;
    }
  }

  private visitor(v: Visit): string {
    return v.as ?? this.bench.emu.webApp(this.config(v)).deployer;
  }

  /** The page for the phone, with the preview's google.script.run in front of it. */
  page(
    v: Visit,
    withShim: (html: string) => string,
  ): {status: number; html: string} {
    return this.within(() => {
      const web = this.bench.emu.webApp(this.config(v));
      const r = web.get(this.visitor(v));
      this.bench.save();
      if (r.servedBy === 'google') return {status: 403, html: GOOGLE_REFUSED};
      // Google puts the meta tags of an HtmlOutput on the page around it.
      const meta = r.page.metaTags
        .map(m => `<meta name="${esc(m.name)}" content="${esc(m.content)}">`)
        .join('');
      const title = `<title>${esc(r.page.title)}</title>`;
      const html = withShim(r.page.content).replace(
        "'/api/run'",
        () => `'/api/phone/run${query(v)}'`,
      );
      const head = /<head[^>]*>/i.exec(html);
      const at = head ? head.index + head[0].length : 0;
      return {
        status: 200,
        html: html.slice(0, at) + meta + title + html.slice(at),
      };
    });
  }

  /** google.script.run from the phone page. */
  async run(
    v: Visit,
    name: string,
    args: unknown[],
  ): Promise<
    | {ok: true; value: unknown}
    | {ok: false; error: {name: string; message: string}}
  > {
    try {
      const value = await this.within(() =>
        this.bench.emu.webApp(this.config(v)).run(this.visitor(v), name, args),
      );
      return {ok: true, value: value === undefined ? null : value};
    } catch (e) {
      const err = e as {name?: string; message?: string};
      return {
        ok: false,
        error: {name: err?.name ?? 'Error', message: err?.message ?? String(e)},
      };
    } finally {
      this.bench.save();
    }
  }
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}
