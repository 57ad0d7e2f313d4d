/**
 * Labels compared as schema-labels.ts compares headers (no case, spaces or punctuation), kept
 * here so the privacy rules stay pure and free of the sheets layer.
 */
export function normaliseLabel(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]\s*$/, '')
    .replace(/[\s_\-.:：/\\'"’`*#]+/g, '');
}
