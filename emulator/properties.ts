/**
 * PropertiesService: script, document and user stores of strings (values are turned into
 * text, as Apps Script does). Quotas page: 9 KB a value, 500 KB a store.
 */
import {nullInWebApp} from './null-in-web-app';
import {Runtime} from './runtime';

export type PropertyStores = Record<
  'script' | 'document' | 'user',
  Record<string, string>
>;

const MAX_VALUE = 9 * 1024;
const MAX_TOTAL = 500 * 1024;

export class Properties {
  constructor(
    private readonly rt: Runtime,
    private readonly store: Record<string, string>,
  ) {}

  private g(method: string): void {
    this.rt.guard('Properties', method, 'props');
  }
  private check(
    key: string,
    value: string,
    extra: Record<string, string> = {},
  ): void {
    if (Buffer.byteLength(value) > MAX_VALUE)
      throw this.rt.error('Argument too large: value');
    const next = {...this.store, ...extra, [key]: value};
    let total = 0;
    for (const [k, v] of Object.entries(next))
      total += Buffer.byteLength(k) + Buffer.byteLength(v);
    if (total > MAX_TOTAL) {
      throw this.rt.error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }

  getProperty(key: string): string | null {
    this.g('getProperty');
    const k = String(key);
    return Object.prototype.hasOwnProperty.call(this.store, k)
      ? this.store[k]
      : null;
  }
  setProperty(key: string, value: unknown): Properties {
    this.g('setProperty');
    const v = String(value);
    this.check(String(key), v);
    this.store[String(key)] = v;
    return this;
  }
  setProperties(
    properties: Record<string, unknown>,
    deleteAllOthers = false,
  ): Properties {
    this.g('setProperties');
    const entries = Object.entries(properties).map(
      ([k, v]) => [k, String(v)] as const,
    );
    if (deleteAllOthers)
      for (const k of Object.keys(this.store)) delete this.store[k];
    for (const [k, v] of entries) this.check(k, v);
    for (const [k, v] of entries) this.store[k] = v;
    return this;
  }
  getProperties(): Record<string, string> {
    this.g('getProperties');
    return {...this.store};
  }
  getKeys(): string[] {
    this.g('getKeys');
    return Object.keys(this.store);
  }
  deleteProperty(key: string): Properties {
    this.g('deleteProperty');
    delete this.store[String(key)];
    return this;
  }
  deleteAllProperties(): Properties {
    this.g('deleteAllProperties');
    for (const k of Object.keys(this.store)) delete this.store[k];
    return this;
  }
}

export class PropertiesService {
  constructor(
    private readonly rt: Runtime,
    private readonly stores: PropertyStores,
  ) {}

  getScriptProperties(): Properties {
    this.rt.guard('PropertiesService', 'getScriptProperties', 'props');
    return new Properties(this.rt, this.stores.script);
  }
  /** "null if the script is not published as an add-on or bound to a container" (PropertiesService reference). */
  getDocumentProperties(): Properties {
    this.rt.guard('PropertiesService', 'getDocumentProperties', 'props');
    if (this.rt.execution.webApp) return nullInWebApp();
    return new Properties(this.rt, this.stores.document);
  }
  getUserProperties(): Properties {
    this.rt.guard('PropertiesService', 'getUserProperties', 'props');
    return new Properties(this.rt, this.stores.user);
  }
}
