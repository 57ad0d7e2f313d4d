/**
 * The Void cell of a Sales row: blank for a sale that stands, otherwise who voided it
 * and when, in the book's language ("作废 · 小王 · 2026-11-30 14:05"). Anything an owner
 * types there by hand (an "x", "作废") voids the row too: a non-blank cell is the mark.
 */
import {Lang, t} from '../i18n';

const WORD = {'zh-CN': '作废', 'zh-TW': '作廢', en: 'Void'} as const;

export function isVoid(cell: unknown): boolean {
  if (cell === null || cell === undefined || cell === false) return false;
  if (cell instanceof Date) return true;
  return String(cell).trim() !== '';
}

/** The text written into the Void cell; `when` already in the shop's time zone. */
export function voidMark(lang: Lang, by: string, when: string): string {
  const who = by.trim();
  return [t(WORD, lang), who, when].filter(s => s !== '').join(' · ');
}
