/**
 * The one way the sidebar talks to the server: google.script.run as a promise, typed from
 * the server's entry list. Arguments and results are the wire forms (Jsonify) of the
 * server functions' own types, so a change on the server breaks this build, not a user.
 */
import type {EntryPoints} from '../src/entry';
import type {Jsonify} from '../src/domain/counter/wire';

type Server = {[K in keyof EntryPoints]: EntryPoints[K]['fn']};
export type ServerName = keyof Server;
export type Answer<K extends ServerName> = Jsonify<ReturnType<Server[K]>>;

interface Runner {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: unknown) => void): Runner;
  [name: string]: unknown;
}

declare const google: {script: {run: Runner}};

export function call<K extends ServerName>(
  name: K,
  ...args: Parameters<Server[K]>
): Promise<Answer<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler(v => resolve(v as Answer<K>))
      .withFailureHandler(e =>
        reject(e instanceof Error ? e : new Error(String(e))),
      );
    const fn = runner[name] as (...a: unknown[]) => void;
    fn.apply(runner, args);
  });
}

/** An id for one submission of a form: kept when it fails, so a retry writes once. */
export function newRequestId(): string {
  const c = (globalThis as {crypto?: Crypto}).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  let s = '';
  for (let i = 0; i < 24; i++) s += Math.floor(Math.random() * 36).toString(36);
  return `r-${Date.now().toString(36)}-${s}`;
}
