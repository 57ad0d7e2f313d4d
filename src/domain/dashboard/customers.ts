/**
 * The customers' tables: grades and lifecycles today (the engine's, customer-stats.ts),
 * how many moved up or down since the end of last month, and the regulars at risk:
 * lapsed now (segments.ts) and graded A–C on their last visit (the same estimate as of
 * that day, as the reminders use). Only the sales are needed to know last month's grade,
 * so nothing has to be stored from one month to the next, and an owner who corrects an
 * old sale sees both sides corrected.
 */
import {round2} from '../counter/money';
import {CustomerStats, SalesSummary, statsOfKeys} from '../customer-stats';
import {dayReader} from '../dates';
import {Grade, gradeOf, gradeRank, spanDays} from '../grading';
import {normaliseKey} from '../keys';
import {Lifecycle} from '../segments';
import {DashboardInput, DashboardOptions} from './input';

export const AT_RISK_SHOWN = 15;

export interface AtRiskRow {
  name: string;
  phone: string;
  gradeThen: Grade;
  lastVisit: number;
  daysSince: number;
  spendYear: number;
}

export interface CustomerTables {
  grades: Record<Grade | 'none', number>;
  lifecycles: Record<Lifecycle, number>;
  moved: {up: number; down: number; same: number; firstGraded: number};
  atRisk: AtRiskRow[];
  atRiskTotal: number;
}

export function customerFigures(
  input: DashboardInput,
  now: SalesSummary,
  then: SalesSummary,
  opts: DashboardOptions,
  keys: readonly unknown[],
  dates: readonly unknown[],
): CustomerTables {
  const grades: Record<Grade | 'none', number> = {
    A: 0,
    B: 0,
    C: 0,
    D: 0,
    E: 0,
    none: 0,
  };
  const lifecycles: Record<Lifecycle, number> = {
    potential: 0,
    new: 0,
    active: 0,
    lapsed: 0,
  };
  const moved = {up: 0, down: 0, same: 0, firstGraded: 0};
  const c = input.customers;
  const seen = new Set<string>();
  const lapsed: Array<{
    stats: CustomerStats;
    keys: string[];
    name: string;
    phone: string;
  }> = [];
  for (let i = 0; i < c.ids.length; i++) {
    const id = normaliseKey(c.ids[i]);
    const phone = normaliseKey(c.phones[i]);
    const key = id || phone;
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const ids = [id, phone].filter(Boolean);
    const today = statsOfKeys(now, ids);
    const before = statsOfKeys(then, ids);
    if (!today) continue;
    grades[today.grade || 'none']++;
    lifecycles[today.lifecycle]++;
    const g1 = today.grade;
    const g0 = before?.grade ?? '';
    if (g1 !== '' && g0 === '') moved.firstGraded++;
    else if (g1 !== '' && g0 !== '') {
      const d = gradeRank(g0) - gradeRank(g1);
      if (d > 0) moved.up++;
      else if (d < 0) moved.down++;
      else moved.same++;
    }
    if (today.lifecycle === 'lapsed') {
      lapsed.push({
        stats: today,
        keys: ids,
        name: cellString(c.names[i]) || cellString(c.ids[i]),
        phone: cellString(c.phones[i]),
      });
    }
  }

  // Their grade on their last visit: purchases in the window before it (reminders-facts).
  const w = opts.grade.windowDays;
  const byKey = new Map<string, (typeof lapsed)[number][]>();
  for (const l of lapsed) {
    for (const k of l.keys) {
      const list = byKey.get(k);
      if (list) list.push(l);
      else byKey.set(k, [l]);
    }
  }
  const inWindowAtLast = new Map<(typeof lapsed)[number], number>();
  if (byKey.size > 0) {
    const dayOf = dayReader(opts.tz);
    const cellKeys = new Map<unknown, string>();
    for (let i = 0; i < keys.length; i++) {
      const raw = keys[i];
      if (raw === '') continue;
      let k = cellKeys.get(raw);
      if (k === undefined) {
        k = normaliseKey(raw);
        cellKeys.set(raw, k);
      }
      const found = byKey.get(k);
      if (!found) continue;
      const day = dayOf(dates[i]);
      if (day === null || day > opts.today) continue;
      for (const l of found) {
        if (l.stats.last - day < w)
          inWindowAtLast.set(l, (inWindowAtLast.get(l) ?? 0) + 1);
      }
    }
  }
  const atRisk: AtRiskRow[] = [];
  for (const l of lapsed) {
    const s = l.stats;
    const g = gradeOf(
      s.total,
      inWindowAtLast.get(l) ?? 0,
      spanDays(s.last, s.first, w),
      opts.grade.thresholds,
    );
    if (g !== 'A' && g !== 'B' && g !== 'C') continue;
    atRisk.push({
      name: l.name,
      phone: l.phone,
      gradeThen: g,
      lastVisit: s.last,
      daysSince: s.daysSinceLast,
      spendYear: round2(s.spendYear),
    });
  }
  atRisk.sort(
    (a, b) =>
      b.spendYear - a.spendYear ||
      a.daysSince - b.daysSince ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  return {
    grades,
    lifecycles,
    moved,
    atRisk: atRisk.slice(0, AT_RISK_SHOWN),
    atRiskTotal: atRisk.length,
  };
}

function cellString(v: unknown): string {
  if (typeof v === 'string') return v.trim().slice(0, 60);
  if (typeof v === 'number') return String(v);
  return '';
}
