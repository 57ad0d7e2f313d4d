/**
 * The sidebar's arguments over the preview's JSON transport. JSON can't carry a Date, a
 * function, undefined or a cycle, so the page's google.script.run (page/shim.js) marks
 * them and this rebuilds the real thing: the emulator's scriptRun then accepts or refuses
 * them exactly as google.script.run would, instead of the transport deciding.
 */
export const TAG = '\u0000shuke';

function rebuild(v: unknown, parents: object[]): unknown {
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    const next = [...parents, out];
    for (const x of v) out.push(rebuild(x, next));
    return out;
  }
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (typeof o[TAG] === 'string') {
    switch (o[TAG]) {
      case 'undefined':
        return undefined;
      case 'Date':
        return new Date(typeof o.v === 'string' ? o.v : NaN);
      case 'Function':
        return function clientFunction() {};
      case 'Cycle':
        // Points back at the object that contained it, as the client's value did.
        return parents[parents.length - 1] ?? {};
      case 'number':
        return Number(o.v);
      case 'Element':
        return new ClientElement();
      default:
        return Symbol(String(o[TAG]));
    }
  }
  const out: Record<string, unknown> = {};
  const next = [...parents, out];
  for (const [k, x] of Object.entries(o)) out[k] = rebuild(x, next);
  return out;
}

/** A DOM node the page tried to send: not a plain object, so it is refused. */
class ClientElement {}

export function fromClientArgs(args: readonly unknown[]): unknown[] {
  return args.map(a => rebuild(a, []));
}
