/** What the open sidebar knows: the bootstrap answer, the search index, the language. */
import type {Answer} from './api';
import type {SearchIndex} from '../src/domain/counter/search';
import {t, Texts} from '../src/domain/i18n';
import type {Lang} from '../src/domain/i18n';

export type Boot = Answer<'counterBootstrap'>;
export type CardData = NonNullable<Answer<'customerCard'>>;

export const state: {
  boot: Boot | null;
  index: SearchIndex | null;
  lang: Lang;
  /** Last payment chosen: the next sale usually pays the same way. */
  payment: string;
} = {boot: null, index: null, lang: 'en', payment: ''};

export function tr(
  texts: Texts,
  values?: Record<string, string | number>,
): string {
  return t(texts, state.lang, values);
}

export function money(n: number): string {
  const cur = state.boot?.currency ?? '';
  const s = Number.isInteger(n) ? String(n) : n.toFixed(2);
  return `${cur}${s}`;
}

export function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
