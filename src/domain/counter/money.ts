/**
 * An amount typed at the counter. Staff type on phones and tills set to different
 * conventions: "12,5" is twelve and a half to a German keyboard and 125 to a Chinese
 * till, so a comma is taken only where it can mean one thing, between groups of three
 * ("1,234.50", "12,345"), and anything else that could mean two amounts is refused
 * rather than guessed. A price has cents, not thousandths, so "1.234" (one thousand two
 * hundred and thirty-four to half of Europe) is refused too. Full-width digits and
 * punctuation (１２．５) are read as their ASCII forms.
 */

export type MoneyInput =
  | {ok: true; value: number}
  | {ok: false; reason: 'empty' | 'invalid' | 'ambiguous' | 'decimals'};

// A symbol is the shop's own (Settings' Currency: NT$, HK$, S$, MOP$, RM, £…) or a code;
// letters before "$" belong to it.
const BEFORE =
  /^(?:[a-z]{0,3}\$|rmb|cny|hkd|ntd|twd|usd|sgd|myr|gbp|aud|eur|mop|rm|[¥€£])\s*/i;
const AFTER =
  /\s*(?:元|块|塊|圆|圓|rmb|cny|hkd|usd|sgd|myr|gbp|aud|eur|rm|[¥$€£])$/i;
const PLAIN = /^(\d*)(?:\.(\d*))?$/;
const GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.(\d*))?$/;

export function parseMoneyInput(raw: unknown): MoneyInput {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? {ok: true, value: raw} : invalid();
  }
  if (typeof raw !== 'string') return {ok: false, reason: 'empty'};
  // NFKC maps full-width digits, "，" and "．" to ASCII; the ideographic "。" is not a
  // decimal point anyone types into an amount, so it stays and is refused.
  let s = raw.normalize('NFKC').trim();
  if (s === '') return {ok: false, reason: 'empty'};
  let negative = false;
  if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(BEFORE, '').replace(AFTER, '');
  if (/^[-−]/.test(s) && !negative) {
    negative = true;
    s = s.slice(1).trim();
  }
  let digits: string;
  let fraction: string;
  if (s.includes(',')) {
    const g = GROUPED.exec(s);
    if (!g) return /^[\d.,]+$/.test(s) ? ambiguous() : invalid();
    digits = s.replace(/,/g, '');
    fraction = g[1] ?? '';
  } else {
    const p = PLAIN.exec(s);
    if (!p || (p[1] === '' && !p[2])) return invalid();
    digits = s;
    fraction = p[2] ?? '';
  }
  // "1.234" is 1234 where a dot groups thousands: as ambiguous as "12,5".
  if (fraction.length === 3 && !s.includes(',')) return ambiguous();
  if (fraction.length > 2) return {ok: false, reason: 'decimals'};
  const n = Number(digits);
  if (!Number.isFinite(n)) return invalid();
  return {ok: true, value: negative ? -n : n};
}

function invalid(): MoneyInput {
  return {ok: false, reason: 'invalid'};
}

function ambiguous(): MoneyInput {
  return {ok: false, reason: 'ambiguous'};
}

/** To the cent: sums of prices drift in binary (0.1 + 0.2), and no till shows 0.30000000000000004. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** An amount as a note or message shows it: to the cent, with no ".00" on whole amounts. */
export function moneyText(n: number): string {
  return round2(n).toFixed(2).replace(/\.00$/, '');
}
