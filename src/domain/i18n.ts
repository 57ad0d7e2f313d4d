/**
 * Shuke speaks 简体中文, 繁體中文 and English. The language comes from the spreadsheet's
 * locale (or the Settings tab, when the owner chose one); everything else falls back to
 * English. Each feature keeps its own catalogue of texts next to its code, as
 * `Record<key, Texts>`, so adding a message never touches another feature's file.
 */
export type Lang = 'zh-CN' | 'zh-TW' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'zh-TW', 'en'];

export type Texts = Readonly<Record<Lang, string>>;

/** Spreadsheet locales look like `zh_CN`, `zh_TW`, `zh_HK`, `en_US`, `en`. */
export function langFromLocale(locale: string | null | undefined): Lang {
  const l = String(locale ?? '')
    .trim()
    .replace('_', '-')
    .toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(l) || l === 'zh-hant') return 'zh-TW';
  if (l.startsWith('zh')) return 'zh-CN';
  return 'en';
}

/** Accepts a language the owner typed in Settings: a code or a name in any of the three. */
export function parseLang(text: unknown): Lang | null {
  const t = String(text ?? '')
    .trim()
    .toLowerCase();
  if (!t) return null;
  if (
    [
      'zh-cn',
      'zh_cn',
      'zh',
      'zh-hans',
      '简体中文',
      '简体',
      '簡體中文',
      'chinese',
    ].includes(t)
  ) {
    return 'zh-CN';
  }
  if (
    [
      'zh-tw',
      'zh_tw',
      'zh-hk',
      'zh-hant',
      '繁體中文',
      '繁体中文',
      '繁體',
      '繁体',
    ].includes(t)
  ) {
    return 'zh-TW';
  }
  if (['en', 'en-us', 'en_us', 'english', '英文', '英语', '英語'].includes(t))
    return 'en';
  return null;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a typo shows. */
export function fill(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

export function t(
  texts: Texts,
  lang: Lang,
  values?: Readonly<Record<string, string | number>>,
): string {
  const s = texts[lang] ?? texts.en;
  return values ? fill(s, values) : s;
}
