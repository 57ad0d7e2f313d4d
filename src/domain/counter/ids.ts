/**
 * Ids for customers added at the counter: "C" and five or more digits, one past the
 * largest such id on the book. A letter first keeps the id text whatever the column's
 * format (Sheets would read a bare "00042" as the number 42), and owners' own ids of any
 * other shape are left alone and never collide.
 */
import {normaliseKey} from '../keys';

const OURS = /^c(\d{1,15})$/;

export function nextCustomerId(existing: Iterable<unknown>): string {
  let max = 0;
  for (const v of existing) {
    const m = OURS.exec(normaliseKey(v));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `C${String(max + 1).padStart(5, '0')}`;
}

/** The digits of a phone number, the form phones are compared in. */
export function phoneDigits(v: unknown): string {
  const s =
    typeof v === 'number' && Number.isFinite(v)
      ? String(v)
      : String(v ?? '').normalize('NFKC');
  return s.replace(/\D+/g, '');
}

/**
 * True when two phone numbers are one: the same digits, or the same 11-digit mobile
 * number with and without China's +86 / 0086 prefix.
 */
export function samePhone(a: unknown, b: unknown): boolean {
  const x = localPhone(phoneDigits(a));
  return x.length >= 5 && x === localPhone(phoneDigits(b));
}

export function localPhone(d: string): string {
  if (d.length === 13 && d.startsWith('86')) return d.slice(2);
  if (d.length === 15 && d.startsWith('0086')) return d.slice(4);
  return d;
}
