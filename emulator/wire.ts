/**
 * google.script.run's rules for values crossing between the sidebar and the server
 * (HTML service reference, google.script.run, "Legal parameters"): primitives, and
 * objects and arrays made of them, are copied; a Date, a function, a DOM node or a cycle
 * makes the request fail; undefined inside an array becomes null.
 */
export class WireError extends Error {}

export function toWire(
  v: unknown,
  where = 'value',
  seen: unknown[] = [],
): unknown {
  if (v === null) return null;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) ? v : null;
    case 'undefined':
      return null;
    case 'function':
      throw new WireError(`${where} is a function`);
    case 'bigint':
    case 'symbol':
      throw new WireError(`${where} is a ${typeof v}`);
  }
  const proto = Object.prototype.toString.call(v);
  if (proto === '[object Date]') throw new WireError(`${where} is a Date`);
  if (seen.includes(v)) throw new WireError(`${where} is a circular reference`);
  const next = [...seen, v];
  if (Array.isArray(v))
    return v.map((x, i) => toWire(x, `${where}[${i}]`, next));
  if (proto !== '[object Object]')
    throw new WireError(`${where} is a ${proto.slice(8, -1)}`);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x === undefined) continue;
    out[k] = toWire(x, `${where}.${k}`, next);
  }
  return out;
}
