/**
 * Small persistent values for one spreadsheet: PropertiesService's document properties
 * (each add-on install keeps its own per document), behind a tiny interface.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function documentProperties(): KeyValueStore {
  const p = PropertiesService.getDocumentProperties();
  return {
    get: k => p.getProperty(k),
    set: (k, v) => {
      p.setProperty(k, v);
    },
    remove: k => {
      p.deleteProperty(k);
    },
  };
}

/** An in-memory store, for previews and tests that need no persistence. */
export function memoryStore(): KeyValueStore & {data: Map<string, string>} {
  const data = new Map<string, string>();
  return {
    data,
    get: k => data.get(k) ?? null,
    set: (k, v) => {
      data.set(k, v);
    },
    remove: k => {
      data.delete(k);
    },
  };
}
