/**
 * CacheService: string values that expire in virtual time (default 600 s, at most 21,600 s;
 * keys up to 250 characters, values up to 100 KB, at most 1,000 items a cache, as the
 * Cache reference says). A cache is a hint, not a store: Google may drop an entry before
 * it expires, so tests can make it forget (`emu.cacheControl`).
 */
import {nullInWebApp} from './null-in-web-app';
import {Runtime} from './runtime';

/** Items one cache holds; a put beyond it evicts the oldest (Cache reference). */
export const MAX_ITEMS = 1000;

/** How the caches misbehave, within what Google allows. */
export class CacheControl {
  /** When true, every put is accepted and forgotten at once (an eviction each time). */
  forgetPuts = false;
  /** Entries dropped early so far (by evictAll, forgetPuts or the item cap). */
  evicted = 0;

  constructor(private readonly stores: () => CacheStores) {}

  /** Drops every entry of every cache (or of one), as an early eviction would. */
  evictAll(kind?: keyof CacheStores): void {
    const stores = this.stores();
    for (const k of kind
      ? [kind]
      : (Object.keys(stores) as Array<keyof CacheStores>)) {
      this.evicted += stores[k].size;
      stores[k].clear();
    }
  }

  /** Drops the entries whose key passes `test`. */
  evict(test: (key: string) => boolean): void {
    for (const store of Object.values(this.stores())) {
      for (const key of [...store.keys()]) {
        if (test(key)) {
          store.delete(key);
          this.evicted++;
        }
      }
    }
  }
}

export type CacheStores = Record<
  'script' | 'document' | 'user',
  Map<string, {value: string; expiresMs: number}>
>;

const MAX_KEY = 250;
const MAX_VALUE = 100 * 1024;
const MAX_TTL = 21_600;

export class Cache {
  constructor(
    private readonly rt: Runtime,
    private readonly store: Map<string, {value: string; expiresMs: number}>,
    private readonly control?: CacheControl,
  ) {}

  private g(method: string): void {
    this.rt.guard('Cache', method, 'cache');
  }
  private checkKey(key: string): string {
    const k = String(key);
    if (k.length > MAX_KEY) throw this.rt.error('Argument too large: key');
    return k;
  }
  private read(key: string): string | null {
    const e = this.store.get(key);
    if (!e) return null;
    if (this.rt.clock.nowMs() >= e.expiresMs) {
      this.store.delete(key);
      return null;
    }
    return e.value;
  }
  private write(key: string, value: unknown, ttl: number): void {
    const v = String(value);
    if (Buffer.byteLength(v) > MAX_VALUE)
      throw this.rt.error('Argument too large: value');
    const seconds = Math.min(Math.max(1, Number(ttl) || 600), MAX_TTL);
    if (this.control?.forgetPuts) {
      this.store.delete(key);
      this.control.evicted++;
      return;
    }
    // Newest last: a put moves its key to the end, the cap evicts from the front.
    this.store.delete(key);
    this.store.set(key, {
      value: v,
      expiresMs: this.rt.clock.nowMs() + seconds * 1000,
    });
    if (this.store.size > MAX_ITEMS) this.dropExpired();
    while (this.store.size > MAX_ITEMS) {
      this.store.delete(this.store.keys().next().value as string);
      if (this.control) this.control.evicted++;
    }
  }
  private dropExpired(): void {
    const now = this.rt.clock.nowMs();
    for (const [k, e] of this.store)
      if (now >= e.expiresMs) this.store.delete(k);
  }

  get(key: string): string | null {
    this.g('get');
    return this.read(this.checkKey(key));
  }
  getAll(keys: string[]): Record<string, string> {
    this.g('getAll');
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.read(this.checkKey(k));
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: unknown, expirationInSeconds = 600): void {
    this.g('put');
    this.write(this.checkKey(key), value, expirationInSeconds);
  }
  putAll(values: Record<string, unknown>, expirationInSeconds = 600): void {
    this.g('putAll');
    for (const [k, v] of Object.entries(values))
      this.write(this.checkKey(k), v, expirationInSeconds);
  }
  remove(key: string): void {
    this.g('remove');
    this.store.delete(this.checkKey(key));
  }
  removeAll(keys: string[]): void {
    this.g('removeAll');
    for (const k of keys) this.store.delete(this.checkKey(k));
  }
}

export class CacheService {
  constructor(
    private readonly rt: Runtime,
    private readonly stores: CacheStores,
    private readonly control?: CacheControl,
  ) {}

  getScriptCache(): Cache {
    this.rt.guard('CacheService', 'getScriptCache', 'cache');
    return new Cache(this.rt, this.stores.script, this.control);
  }
  /** "null if there is no containing document" (CacheService reference, getDocumentCache). */
  getDocumentCache(): Cache {
    this.rt.guard('CacheService', 'getDocumentCache', 'cache');
    if (this.rt.execution.webApp) return nullInWebApp();
    return new Cache(this.rt, this.stores.document, this.control);
  }
  getUserCache(): Cache {
    this.rt.guard('CacheService', 'getUserCache', 'cache');
    return new Cache(this.rt, this.stores.user, this.control);
  }
}
