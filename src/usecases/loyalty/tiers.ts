/**
 * The daily run's tier job: measures every customer on the book (points balance, spend
 * in the last 365 days, grade), moves them up or down by the Tiers tab's rules with the
 * Settings grace period (domain/loyalty/tiers-moves.ts), logs each move in the Tier log
 * and lists today's moves in the owner's digest.
 *
 * Once-only: a log row's Ref is `tier:<day>:<customer key>`, and a customer gets at most
 * one row a day. A run that dies after writing some rows and runs again the same day
 * reads them back (they are in the fold, so nothing is decided twice) and skips their
 * refs; the digest section lists every move dated today from the log itself, so the
 * moves a killed run wrote are still told.
 */
import {dayToIso} from '../../domain/dates';
import {looseNumber} from '../../domain/grading';
import {Lang, t} from '../../domain/i18n';
import {
  qualifiedTier,
  TierMeasures,
  tierNamed,
  TierTable,
} from '../../domain/loyalty/tiers';
import {
  currentTier,
  decideMove,
  foldTierLog,
  TierChange,
  TierMove,
} from '../../domain/loyalty/tiers-moves';
import {TIER_TEXTS} from '../../domain/loyalty/tiers-texts';
import {Ledger} from '../../domain/loyalty/ledger';
import {Grade} from '../../domain/followup/occasions';
import {DigestSection} from '../../domain/followup/render';
import {POINTS_LEDGER} from '../../sheets/schema-loyalty';
import {DailyJob, DailyJobContext, DailyJobResult} from '../daily/jobs';
import {ledgerOfColumns} from './ledger-tab';
import {
  BookCustomer,
  openTierLog,
  parseTierChange,
  readBookCustomers,
  readColumns,
  readTierTable,
  spendByKey,
} from './tiers-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Days in "the last 12 months" of a spend rule. */
export const SPEND_DAYS = 365;
/** The digest lists this many moves; the rest are in the Tier log. */
const MAX_LINES = 30;

export const DEFAULT_GRACE_DAYS = 30;

export function graceDaysOf(v: unknown): number {
  const n = looseNumber(v);
  return n !== null && n >= 0 ? Math.floor(n) : DEFAULT_GRACE_DAYS;
}

export function tierRef(day: number, customer: string): string {
  return `tier:${dayToIso(day)}:${customer}`;
}

/** The points ledger read whole, for balances; null when the shop has none. */
export function readPointsLedger(
  ss: Spreadsheet,
  lang: Lang,
  tz: string,
): Ledger | null {
  const keys = ['date', 'customer', 'change', 'balance', 'reason', 'requestId'];
  const c = readColumns(ss, POINTS_LEDGER, lang, keys);
  if (!c) return null;
  const cols = new Map(
    keys.map(k => [k, c.rows.map((_, i) => c.get(k, i))] as const),
  );
  return ledgerOfColumns('points', k => cols.get(k) ?? [], tz);
}

export interface Measurer {
  measures(c: BookCustomer, grade: Grade | null): TierMeasures;
}

/** Reads only what the shop's rules use: no Sales pass when no tier is reached by spend. */
export function measurer(
  ss: Spreadsheet,
  table: TierTable,
  lang: Lang,
  tz: string,
  today: number,
): Measurer {
  const uses = new Set(table.tiers.map(x => x.rule.measure));
  const ledger = uses.has('points') ? readPointsLedger(ss, lang, tz) : null;
  const spend = uses.has('spend')
    ? spendByKey(ss, lang, tz, today - SPEND_DAYS, today)
    : null;
  return {
    measures: (c, grade) => ({
      points: ledger ? ledger.balanceOfKeys([c.key, c.alias]) : 0,
      spend:
        (spend?.get(c.key) ?? 0) + (c.alias ? (spend?.get(c.alias) ?? 0) : 0),
      grade,
    }),
  };
}

function lineOf(
  lang: Lang,
  change: TierChange,
  name: string,
  from: string,
  to: string,
  downOn: string,
): string | null {
  const none = t(TIER_TEXTS.none, lang);
  switch (change) {
    case 'up':
      return t(TIER_TEXTS.up, lang, {name, to});
    case 'down':
      return to
        ? t(TIER_TEXTS.down, lang, {name, from: from || none, to})
        : t(TIER_TEXTS.downToNone, lang, {name, from: from || none});
    case 'grace':
      return t(TIER_TEXTS.grace, lang, {name, from, date: downOn});
    case 'back':
      return null;
  }
}

export function runTierJob(ctx: DailyJobContext): DailyJobResult {
  const {ss, lang, tz, today} = ctx;
  const table = readTierTable(ss, lang, tz);
  if (!table || table.tiers.length + table.problems.length === 0) return {};
  if (!table.movable) {
    const first = table.problems.find(p => p.rule) ?? table.problems[0];
    return {notices: [t(TIER_TEXTS.notMoved, lang, {problem: first.message})]};
  }
  const notices = table.problems.map(p => p.message);
  const log = openTierLog(ss, lang, tz);
  if (!log) return {notices};
  const grace = graceDaysOf(ctx.read.settings.tierGraceDays);
  const states = foldTierLog(log.rows);
  const grades = new Map<string, Grade | null>();
  for (const card of ctx.facts.customers)
    grades.set(card.key, card.facts.grade);
  const measure = measurer(ss, table, lang, tz, today);
  const moves: Array<{c: BookCustomer; move: TierMove}> = [];
  const birthdayNotes: Record<string, string> = Object.create(null);
  for (const c of readBookCustomers(ss, lang, tz)) {
    const state = states.get(c.key);
    let move: TierMove | null = null;
    if (!log.hasRef(tierRef(today, c.key))) {
      const m = measure.measures(c, grades.get(c.key) ?? null);
      move = decideMove(
        table.tiers,
        state,
        qualifiedTier(table.tiers, m),
        today,
        grace,
      );
      if (move) moves.push({c, move});
    }
    const tier = move
      ? tierNamed(table.tiers, move.to)
      : currentTier(table.tiers, state);
    if (tier?.birthdayGift) {
      birthdayNotes[c.key] = t(TIER_TEXTS.birthdayGift, lang, {
        tier: tier.name,
        gift: tier.birthdayGift,
      });
    }
  }
  if (moves.length) {
    const at = ctx.start;
    log.table.append(
      moves.map(({c, move}) => ({
        date: at,
        customer: c.bookKey,
        name: c.name,
        from: move.from,
        to: move.to,
        change: t(TIER_TEXTS.change[move.change], lang),
        note:
          move.downOn !== undefined
            ? (lineOf(
                lang,
                'grace',
                c.name,
                move.from,
                move.to,
                dayToIso(move.downOn),
              ) ?? '')
            : '',
        requestId: tierRef(today, c.key),
      })),
    );
    ctx.flush();
  }
  return {
    sections: [todaysSection(ctx, log.table.rows)],
    notices,
    birthdayNotes,
  };
}

/** Every move logged today (by this run or an earlier one today), as digest lines. */
function todaysSection(
  ctx: DailyJobContext,
  rows: ReadonlyArray<{raw: Record<string, unknown>}>,
): DigestSection {
  const {lang, today} = ctx;
  const prefix = `tier:${dayToIso(today)}:`;
  const downOn = dayToIso(today + graceDaysOf(ctx.read.settings.tierGraceDays));
  const ups: string[] = [];
  const others: string[] = [];
  for (const r of rows) {
    const ref = String(r.raw.requestId ?? '');
    if (!ref.startsWith(prefix)) continue;
    const change = parseTierChange(r.raw.change);
    if (!change) continue;
    const name = String(r.raw.name ?? '') || ref.slice(prefix.length);
    const from = String(r.raw.from ?? '');
    const to = String(r.raw.to ?? '');
    const line = lineOf(lang, change, name, from, to, downOn);
    // Ups first: those are the ones to tell at the counter today.
    if (line) (change === 'up' ? ups : others).push(line);
  }
  const lines = [...ups, ...others];
  const shown = lines.slice(0, MAX_LINES);
  if (lines.length > MAX_LINES) {
    shown.push(t(TIER_TEXTS.more, lang, {count: lines.length - MAX_LINES}));
  }
  return {title: t(TIER_TEXTS.sectionTitle, lang), lines: shown};
}

export const TIER_JOB: DailyJob = {
  id: 'tiers',
  name: TIER_TEXTS.sectionTitle,
  run: runTierJob,
};
