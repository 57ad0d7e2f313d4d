/** Inverting pinyin-match's dictionary (pinyin → characters) into readings per character. */

/** char → its readings, built on first use from pinyin → characters. */
export function readingsFrom(
  d: Readonly<Record<string, string>>,
): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const syllable of Object.keys(d)) {
    // The dictionary also lists ü spellings (lü) next to v ones (lv); keep one, typed as v.
    const typed = syllable.replace(/ü/g, 'v');
    for (const ch of d[syllable]) {
      const list = m.get(ch);
      if (!list) m.set(ch, [typed]);
      else if (!list.includes(typed)) list.push(typed);
    }
  }
  return m;
}
