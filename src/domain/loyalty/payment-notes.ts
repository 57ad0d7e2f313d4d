/**
 * How the money of a stored-value row moved, read back from its note. The Stored value
 * tab has no payment column: a top-up's method goes in its note as topUp writes it
 * ("微信支付付款", "paid by WeChat Pay"), a refund's with its reason ("现金退还：搬家",
 * "paid back by Cash: moving away"). The till reads them back in any of the three
 * languages, since the book's Language row may have changed since the row was written.
 * A note typed by hand may be the method alone ("现金"), or a refund's without a reason
 * ("现金退还"). Anything else names no method, and none is guessed.
 */
import {LANGS, Texts} from '../i18n';
import {LEDGER_NOTE} from './messages';

/** A note template cut around its {payment}: what comes before and after it. */
interface Shape {
  before: string;
  /** What follows the method: up to {reason} when the template has one. */
  after: string;
  /** Whether a reason follows `after`. */
  reason: boolean;
}

// Full-width and half-width forms compare alike (the owner's keyboard decides which).
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

function shapesOf(template: Texts): Shape[] {
  return LANGS.map(lang => {
    const [before, rest = ''] = fold(template[lang]).split('{payment}');
    const [after] = rest.split('{reason}');
    return {before, after, reason: rest.includes('{reason}')};
  });
}

const SHAPES = {
  topUp: shapesOf(LEDGER_NOTE.topUpPaid),
  refund: shapesOf(LEDGER_NOTE.refundPaid),
};

/** The texts that could be the method in `text`, if it has this shape. */
function methodTexts(text: string, s: Shape): string[] {
  if (!text.startsWith(s.before)) return [];
  const inside = text.slice(s.before.length);
  const out: string[] = [];
  if (!s.reason) {
    if (inside.endsWith(s.after)) {
      out.push(inside.slice(0, inside.length - s.after.length));
    }
    return out;
  }
  // The first separator ends the method: a reason may hold the separator again.
  const at = s.after ? inside.indexOf(s.after) : -1;
  if (at > 0) out.push(inside.slice(0, at));
  // Without its reason the separator's punctuation is gone too ("现金退还").
  const bare = s.after.replace(/[\s:：]+$/, '');
  if (inside.endsWith(bare)) {
    out.push(inside.slice(0, inside.length - bare.length));
  }
  return out;
}

/**
 * The payment key a top-up's or refund's note names, or null. `paymentOf` reads a method's
 * name in any language (the sheets layer knows the option names).
 */
export function paymentInNote(
  note: unknown,
  kind: keyof typeof SHAPES,
  paymentOf: (text: string) => string | null,
): string | null {
  const text = typeof note === 'string' ? fold(note).trim() : '';
  if (!text) return null;
  for (const shape of SHAPES[kind]) {
    for (const method of methodTexts(text, shape)) {
      const found = method.trim() ? paymentOf(method.trim()) : null;
      if (found) return found;
    }
  }
  return paymentOf(text);
}
