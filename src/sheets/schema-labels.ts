/** Matching headers and tab names, in any of the three languages. */
import {Lang, LANGS, Texts} from '../domain/i18n';
import type {ColumnDef, TabDef} from './schema';

/** Headers compare without case, spaces, punctuation or a trailing unit like "(元)". */
export function normaliseLabel(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]\s*$/, '')
    .replace(/[\s_\-.:：/\\'"’`*#]+/g, '');
}

export function labelsOf(def: {
  names: Texts;
  aliases?: readonly string[];
}): string[] {
  return [...LANGS.map(l => def.names[l]), ...(def.aliases ?? [])].map(
    normaliseLabel,
  );
}

/** The index of the column of `col` in `headers`, or -1. */
export function findColumn(
  headers: readonly unknown[],
  col: ColumnDef,
): number {
  const wanted = new Set(labelsOf(col));
  return headers.findIndex(h => wanted.has(normaliseLabel(h)));
}

export function tabMatches(sheetName: string, tab: TabDef): boolean {
  return labelsOf(tab).includes(normaliseLabel(sheetName));
}

export function columnName(col: ColumnDef, lang: Lang): string {
  return col.names[lang];
}
