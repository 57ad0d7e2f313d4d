/** Small text helpers shared by the follow-up rules and their messages. */

/** Labels compare without case, width, spaces or punctuation. */
export function normaliseLabel(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：/\\'"’`*#]+/g, '');
}

/** A cell's text for a message: one line, trimmed, at most `max` characters. */
export function cellText(v: unknown, max = 200): string {
  if (v === null || v === undefined) return '';
  // Control characters would break a line of the plain-text email.
  const s = String(v)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .trim();
  if (s.length <= max) return s;
  // Count characters, not UTF-16 units: an emoji is never cut in half.
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** Digits and a leading + only, for a tel: link; '' when nothing dialable remains. */
export function telHref(phone: unknown): string {
  const s = String(phone ?? '').normalize('NFKC');
  const plus = s.trim().startsWith('+') ? '+' : '';
  const digits = s.replace(/\D+/g, '');
  return digits.length >= 3 && digits.length <= 20
    ? `tel:${plus}${digits}`
    : '';
}

/** A plausible single email address (no display name, no list). */
export function isEmail(v: unknown): boolean {
  const s = String(v ?? '').trim();
  return (
    s.length <= 254 && /^[^\s@<>,;"()]+@[^\s@<>,;"()]+\.[^\s@<>,;"()]+$/.test(s)
  );
}

/**
 * Plain code-point order: stable and fast for sorting thousands of lines (localeCompare
 * goes through ICU on every call), and the owner's list is ordered by priority first.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
