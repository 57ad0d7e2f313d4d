/**
 * Building the DOM with text only: every string becomes a text node, so a customer named
 * `<img src=x onerror=…>` is shown as those characters. There is no innerHTML here.
 */
type Child = Node | string | number | null | undefined | false;
type Handlers = Partial<Record<string, (e: Event) => void>>;
type Attrs = {
  [name: string]: string | number | boolean | null | undefined | Handlers;
};

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'on') {
        for (const [ev, f] of Object.entries((v as Handlers) ?? {})) {
          if (f) el.addEventListener(ev, f);
        }
      } else if (v === true) {
        el.setAttribute(k, '');
      } else if (v !== false && v !== null && v !== undefined) {
        el.setAttribute(k, String(v));
      }
    }
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : String(c));
  }
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el;
}
