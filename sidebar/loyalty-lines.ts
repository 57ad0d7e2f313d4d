/**
 * Balances and ledger lines as the counter says them, and the card's loyalty after a
 * write, worked out from the server's answer (its before/after balances) so the card
 * follows at once without reading the ledgers again.
 */
import {money, state, tr} from './state';
import {LOYALTY} from './loyalty-texts';
import {round2} from '../src/domain/counter/money';
import {bonusAfterSpend} from '../src/domain/loyalty/refundable';
import type {
  LedgerKind,
  LedgerLine,
  LoyaltyCard,
  SaleLoyalty,
} from '../src/domain/loyalty/wire';

/**
 * Said on the document once the block has new balances (a top-up, refund or
 * adjustment), so the sale form and the owner's forms open beside it count from them.
 */
export const BALANCES_CHANGED = 'shuke-balances-changed';

/** Runs `refresh` on each change of balances while `el` is on the page. */
export function onBalancesChanged(el: Element, refresh: () => void): void {
  const listener = () => {
    // A form that left the page (another customer opened) is not shown again.
    if (!el.isConnected) {
      document.removeEventListener(BALANCES_CHANGED, listener);
      return;
    }
    refresh();
  };
  document.addEventListener(BALANCES_CHANGED, listener);
}

/** As many lines as the card lists: enough to explain today's balance aloud. */
export const RECENT_SHOWN = 6;

const MINUS = '\u2212';

export function pointsText(n: number): string {
  return String(Math.trunc(n));
}

export function signed(kind: LedgerKind, change: number): string {
  const sign = change < 0 ? MINUS : '+';
  const size = Math.abs(change);
  return `${sign}${kind === 'points' ? pointsText(size) : money(size)}`;
}

export function balanceText(kind: LedgerKind, n: number): string {
  return kind === 'points' ? pointsText(n) : money(n);
}

/** A reason key in the viewer's language; a hand-typed reason stays as typed. */
export function reasonText(line: LedgerLine): string {
  const texts = Object.prototype.hasOwnProperty.call(
    LOYALTY.reason,
    line.reason,
  )
    ? LOYALTY.reason[line.reason]
    : null;
  return texts ? tr(texts) : line.reason;
}

/** Month/day of an instant on the shop's calendar (the spreadsheet's time zone). */
export function shopDay(iso: string): string {
  const time = new Date(iso);
  if (isNaN(time.getTime())) return '';
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: state.boot?.tz,
      month: 'numeric',
      day: 'numeric',
    }).formatToParts(time);
    const part = (k: string) => parts.find(p => p.type === k)?.value ?? '';
    return `${part('month')}/${part('day')}`;
  } catch {
    return `${time.getMonth() + 1}/${time.getDate()}`;
  }
}

function withLines(
  l: LoyaltyCard,
  lines: LedgerLine[],
  change: Partial<LoyaltyCard>,
): LoyaltyCard {
  return {
    ...l,
    ...change,
    recent: [...lines, ...l.recent].slice(
      0,
      Math.max(RECENT_SHOWN, l.recent.length),
    ),
  };
}

function line(
  kind: LedgerKind,
  when: string,
  change: number,
  balanceAfter: number,
  reason: string,
): LedgerLine {
  return {kind, when, change, balanceAfter, reason};
}

/** Newest first, as the card lists them: the bonus is written after the top-up. */
export function afterTopUp(
  l: LoyaltyCard,
  d: {paid: number; bonus: number; before: number; after: number; date: string},
): LoyaltyCard {
  const lines = [line('stored', d.date, d.paid, d.before + d.paid, 'topUp')];
  if (d.bonus > 0)
    lines.unshift(line('stored', d.date, d.bonus, d.after, 'bonus'));
  return withLines(l, lines, {
    stored: d.after,
    storedBonus: round2(l.storedBonus + d.bonus),
  });
}

export function afterRefund(
  l: LoyaltyCard,
  d: {refunded: number; after: number; date: string},
): LoyaltyCard {
  return withLines(
    l,
    [line('stored', d.date, -d.refunded, d.after, 'refund')],
    // A refund takes paid money only: the bonus held stays.
    {stored: d.after, storedBonus: bonusAfterSpend(d.after, l.storedBonus)},
  );
}

export function afterAdjust(
  l: LoyaltyCard,
  d: {change: number; after: number; date: string},
): LoyaltyCard {
  return withLines(
    l,
    [line('points', d.date, d.change, d.after, 'adjustment')],
    {points: d.after},
  );
}

/** The sale's rows in the order the server writes them: pay, redeem, then earn. */
export function afterSaleLoyalty(
  l: LoyaltyCard,
  s: SaleLoyalty,
  date: string,
): LoyaltyCard {
  const lines: LedgerLine[] = [];
  // Null when the sale did not touch the stored value (its tab was not read).
  const stored = s.storedAfter ?? l.stored;
  if (s.storedPaid > 0)
    lines.push(line('stored', date, -s.storedPaid, stored, 'payment'));
  if (s.redeemed > 0)
    lines.push(
      line(
        'points',
        date,
        -s.redeemed,
        s.pointsBefore - s.redeemed,
        'redemption',
      ),
    );
  if (s.earned > 0)
    lines.push(line('points', date, s.earned, s.pointsAfter, 'sale'));
  return withLines(l, lines.reverse(), {
    points: s.pointsAfter,
    stored,
    // Paid money is spent first: the bonus is touched only below it.
    storedBonus: bonusAfterSpend(stored, l.storedBonus),
  });
}

/**
 * What a sale spent from the balances, to follow "Logged ¥36, +36 points": '' when it
 * spent nothing (the points it earned are said already, the card shows the balance).
 */
export function saleLoyaltyText(s: SaleLoyalty | null | undefined): string {
  if (!s) return '';
  const parts: string[] = [];
  if (s.redeemed > 0)
    parts.push(
      tr(LOYALTY.pointsMoved, {before: s.pointsBefore, after: s.pointsAfter}),
    );
  if (s.storedPaid > 0 && s.storedBefore !== null && s.storedAfter !== null)
    parts.push(
      tr(LOYALTY.storedMoved, {
        before: money(s.storedBefore),
        after: money(s.storedAfter),
      }),
    );
  return parts.length ? `${tr(LOYALTY.sep)}${parts.join(tr(LOYALTY.sep))}` : '';
}

/** The card after a sale, its balances from the sale's answer. */
export function withSaleLoyalty<C extends {loyalty?: LoyaltyCard | null}>(
  card: C,
  sale: {date: string; loyalty?: SaleLoyalty | null},
): C {
  if (!card.loyalty || !sale.loyalty) return card;
  return {
    ...card,
    loyalty: afterSaleLoyalty(card.loyalty, sale.loyalty, sale.date),
  };
}
