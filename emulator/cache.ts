/**
 * CacheService: string values that expire in virtual time (default 600 s, at most 21,600 s;
 * keys up to 250 characters, values up to 100 KB, as the Cache reference says).
 */
import {Runtime} from './runtime';

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
    this.store.set(key, {
      value: v,
      expiresMs: this.rt.clock.nowMs() + seconds * 1000,
    });
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
  ) {}

  getScriptCache(): Cache {
    this.rt.guard('CacheService', 'getScriptCache', 'cache');
    return new Cache(this.rt, this.stores.script);
  }
  getDocumentCache(): Cache {
    this.rt.guard('CacheService', 'getDocumentCache', 'cache');
    return new Cache(this.rt, this.stores.document);
  }
  getUserCache(): Cache {
    this.rt.guard('CacheService', 'getUserCache', 'cache');
    return new Cache(this.rt, this.stores.user);
  }
}
