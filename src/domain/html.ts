/** Text put into HTML the product writes: dialogs, pages and emails. */

/**
 * Escapes text for HTML element content, <textarea> and quoted attribute values (where
 * the browser reads the references back to the same text); not for inside <script>.
 */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"'`]/g, c => ESC[c]);
}

const ESC: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};
