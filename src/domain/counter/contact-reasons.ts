/**
 * The contact reasons staff pick with one tap. The chip shows the viewer's language, but
 * the book has one language: whichever language the chip was picked in, the 回访 tab gets
 * the reason in the book's. Text typed by hand is the owner's own and is kept as typed.
 */
import type {Lang, Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const CONTACT_REASONS: readonly Texts[] = [
  tx('定期回访', '定期回訪', 'Regular check-in'),
  tx('生日祝福', '生日祝福', 'Birthday wishes'),
  tx('新品通知', '新品通知', 'New product'),
  tx('投诉跟进', '投訴跟進', 'Complaint follow-up'),
  tx('好久不见', '好久不見', 'Win-back'),
];

/**
 * `reason` in the book's language when it is one of the canned reasons in any language
 * (recognised by text, so a sale queued on a phone before this rule, or an older sidebar,
 * lands right too); anything else unchanged.
 */
export function reasonInBook(reason: string, book: Lang): string {
  const key = reason.trim().toLowerCase();
  if (key === '') return reason;
  for (const r of CONTACT_REASONS) {
    if (Object.values(r).some(v => v.toLowerCase() === key)) return r[book];
  }
  return reason;
}
