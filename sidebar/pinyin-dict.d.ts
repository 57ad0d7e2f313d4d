declare module 'pinyin-match/src/simplified_dict.js' {
  /** pinyin syllable (no tone) → the characters read that way. */
  export const dict: Record<string, string>;
}
