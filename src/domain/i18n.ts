/**
 * Shuke speaks 简体中文, 繁體中文 and English. A book has one language, kept in the Settings
 * tab (written there by Set up shop from the spreadsheet's locale at the time): every tab,
 * header, option value, log line and email is in it, whoever opens the spreadsheet and
 * whatever its locale becomes. Only what is shown to the person at the screen (the menu,
 * the counter's labels and messages, alerts) follows that person's own language. Each
 * feature keeps its own catalogue of texts next to its code, as `Record<key, Texts>`, so
 * adding a message never touches another feature's file.
 */
export type Lang = 'zh-CN' | 'zh-TW' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'zh-TW', 'en'];

export type Texts = Readonly<Record<Lang, string>>;

/** How each language names itself: what the Settings tab's Language row holds. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
};

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

/**
 * Fills `{name}` placeholders; unknown placeholders stay visible so a typo shows.
 * `{n|day|days}` is a plural: the first word when the value of `n` is exactly 1, else
 * the second (English has only these two forms; Chinese needs none).
 */
export function fill(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(
    /\{(\w+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g,
    (whole, key: string, one?: string, other?: string) => {
      if (!(key in values)) return whole;
      if (one === undefined) return String(values[key]);
      return Number(values[key]) === 1 ? one : (other as string);
    },
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
