/**
 * A web app: the phone page's `doGet` and the `google.script.run` calls its page makes,
 * as Google runs them for a standalone script project deployed as a web app.
 *
 * - Google decides who reaches the script at all from the manifest's `webapp.access`
 *   (MYSELF: only the deploying user; DOMAIN: their domain; ANYONE: any signed-in user;
 *   ANYONE_ANONYMOUS: anybody), and as whom it runs from `webapp.executeAs`
 *   (USER_DEPLOYING or USER_ACCESSING). Web apps and API executables manifest resource,
 *   developers.google.com/apps-script/manifest/web-app-api-executable.
 * - The visitor's email reaches the script only where Google allows it: "not available in
 *   any context that allows a script to run without that user's authorization, like ... a
 *   web app deployed to 'execute as me' ... However, these restrictions generally do not
 *   apply if the developer runs the script themselves or belongs to the same Google
 *   Workspace domain as the user." (User reference, getEmail). Consumer accounts
 *   (gmail.com) share no Workspace domain.
 * - There is no containing document: getActiveSpreadsheet, getDocumentLock,
 *   getDocumentCache and getDocumentProperties return null, getUi throws.
 */
import * as fs from 'node:fs';
import type {Emulator} from './index';
import {HtmlOutput} from './html';
import {WebAppIdentity} from './runtime';
import {toWire, WireError} from './wire';

export type WebAppAccess = 'MYSELF' | 'DOMAIN' | 'ANYONE' | 'ANYONE_ANONYMOUS';
export type WebAppExecuteAs = 'USER_DEPLOYING' | 'USER_ACCESSING';

export interface WebAppConfig {
  access: WebAppAccess;
  executeAs: WebAppExecuteAs;
}

const ACCESS: readonly string[] = [
  'MYSELF',
  'DOMAIN',
  'ANYONE',
  'ANYONE_ANONYMOUS',
];
const EXECUTE_AS: readonly string[] = ['USER_DEPLOYING', 'USER_ACCESSING'];

/** The `webapp` section of a manifest file; throws on values Google would refuse. */
export function manifestWebApp(file: string): WebAppConfig | null {
  if (!fs.existsSync(file)) return null;
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    webapp?: {access?: unknown; executeAs?: unknown};
  };
  if (!json.webapp) return null;
  const {access, executeAs} = json.webapp;
  if (
    !ACCESS.includes(String(access)) ||
    !EXECUTE_AS.includes(String(executeAs))
  )
    throw new Error(`${file}: webapp section not understood`);
  return {
    access: access as WebAppAccess,
    executeAs: executeAs as WebAppExecuteAs,
  };
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

const CONSUMER = new Set(['gmail.com', 'googlemail.com']);

/** Why Google itself turns a visitor away before the script runs, or null. */
export function googleRefusal(
  config: WebAppConfig,
  deployer: string,
  visitor: string,
): string | null {
  if (config.executeAs === 'USER_ACCESSING' && !visitor)
    return 'sign-in required';
  switch (config.access) {
    case 'MYSELF':
      return visitor === deployer ? null : 'you need access';
    case 'DOMAIN':
      return visitor &&
        !CONSUMER.has(domainOf(deployer)) &&
        domainOf(visitor) === domainOf(deployer)
        ? null
        : 'you need access';
    case 'ANYONE':
      return visitor ? null : 'sign-in required';
    case 'ANYONE_ANONYMOUS':
      return null;
  }
}

/** Who the script sees: the visitor's email where Google gives it, and who it runs as. */
export function webAppIdentity(
  config: WebAppConfig,
  deployer: string,
  visitor: string,
): WebAppIdentity {
  if (config.executeAs === 'USER_ACCESSING')
    return {active: visitor, effective: visitor};
  const sameWorkspace =
    visitor !== '' &&
    !CONSUMER.has(domainOf(deployer)) &&
    domainOf(visitor) === domainOf(deployer);
  return {
    active: visitor === deployer || sameWorkspace ? visitor : '',
    effective: deployer,
  };
}

export interface WebPage {
  title: string;
  content: string;
  metaTags: Array<{name: string; content: string}>;
}

export type WebResponse =
  {servedBy: 'google'; refusal: string} | {servedBy: 'script'; page: WebPage};

export class WebApp {
  constructor(
    private readonly emu: Emulator,
    readonly config: WebAppConfig,
    /** The account that deployed the web app. */
    readonly deployer: string,
  ) {}

  /** A GET of the web app's URL by `visitor` ('' = not signed in) with `parameter`. */
  get(visitor: string, parameter: Record<string, string> = {}): WebResponse {
    const refusal = googleRefusal(this.config, this.deployer, visitor);
    if (refusal) return {servedBy: 'google', refusal};
    const fn = this.emu.functions.get('doGet');
    if (!fn) throw new Error('Script function not found: doGet');
    const parameters = Object.fromEntries(
      Object.entries(parameter).map(([k, v]) => [k, [v]]),
    );
    const out = this.emu.run(
      () =>
        fn({
          parameter,
          parameters,
          queryString: new URLSearchParams(parameter).toString(),
          contextPath: '',
          contentLength: -1,
          pathInfo: '',
        }),
      this.runOptions(visitor),
    );
    if (!(out instanceof HtmlOutput))
      throw new Error('doGet must return an HtmlOutput (or TextOutput)');
    return {
      servedBy: 'script',
      page: {
        title: out.getTitle(),
        content: out.getContent(),
        metaTags: out.getMetaTags(),
      },
    };
  }

  /** google.script.run from the served page, as the same visitor. */
  async run(
    visitor: string,
    name: string,
    args: unknown[] = [],
  ): Promise<unknown> {
    const refusal = googleRefusal(this.config, this.deployer, visitor);
    if (refusal) throw new Error(`Google refused the call: ${refusal}`);
    const wireArgs = args.map((a, i) => toWire(a, `argument ${i + 1}`));
    await Promise.resolve();
    const fn = name.endsWith('_') ? undefined : this.emu.functions.get(name);
    if (!fn) throw new Error(`Script function not found: ${name}`);
    const out = await this.emu.run(
      () => fn(...wireArgs),
      this.runOptions(visitor),
    );
    try {
      return toWire(out, 'result');
    } catch (e) {
      if (e instanceof WireError) return null;
      throw e;
    }
  }

  private runOptions(visitor: string) {
    const webApp = webAppIdentity(this.config, this.deployer, visitor);
    return {
      authMode: 'FULL' as const,
      webApp,
      user: webApp.effective || undefined,
    };
  }
}
