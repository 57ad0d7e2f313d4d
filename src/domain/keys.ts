/**
 * Customer keys. A customer is matched by a key (usually the phone number) that arrives
 * from the sheet as a number when the cell looks numeric and as text otherwise, typed by
 * hand with stray spaces, capitals or full-width characters from a Chinese IME.
 *
 * Rule: compared as text, trimmed, case-insensitive, after Unicode NFKC (so full-width
 * "１３８００１３８０００" or "ＶＩＰ０１" match what a cash-register export writes); a
 * number and the same digits as text are one key. Blank, null and non-finite numbers give
 * '' (no key). Inner spaces and dashes are kept: "138-0013-8000" is a different key from
 * 13800138000, because the rule compares text and guessing what a separator means would
 * merge keys the owner meant to keep apart.
 */

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/** Digits of a number as Sheets shows an integer: never an exponent. */
function numberKey(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  if (!s.includes('e')) return s;
  // Only beyond 1e21 (or below 1e-7) does JS print an exponent. Integers print their
  // digits; tiny fractions keep JS's form, since no one keys a customer by 1e-9.
  if (Number.isInteger(n)) return BigInt(n).toString();
  return s.toLowerCase();
}

function textKey(s: string): string {
  if (ASCII_PRINTABLE.test(s)) return s.trim().toLowerCase();
  // Upper then lower case approximates Unicode case folding (ß and SS, ᾀ and ἈΙ are one
  // key). NFKC and case mapping can each undo the other's fixed point for a few exotic
  // characters; repeating until stable keeps the key idempotent for every input.
  let k = s;
  for (let i = 0; i < 4; i++) {
    const next = k.normalize('NFKC').toUpperCase().toLowerCase().trim();
    if (next === k) break;
    k = next;
  }
  return k;
}

/** The key a value from a key column stands for; '' when there is none. */
export function normaliseKey(v: unknown): string {
  if (typeof v === 'string') return textKey(v);
  if (typeof v === 'number') return numberKey(v);
  if (v === null || v === undefined) return '';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? '' : v.toISOString().toLowerCase();
  }
  return textKey(String(v));
}

/** True when two cell values name the same customer (both non-blank). */
export function sameKey(a: unknown, b: unknown): boolean {
  const ka = normaliseKey(a);
  return ka !== '' && ka === normaliseKey(b);
}
