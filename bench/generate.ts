/**
 * Realistic shops for benchmarks and tests: a long tail of passers-by who buy once or
 * twice, a core of regulars with daily or weekly habits, monthly customers, regulars who
 * stopped coming, and what owners' sheets really hold: phone numbers as numbers in some
 * rows and as text (with stray spaces) in others, walk-in sales without a customer, dates
 * typed as text, and a few junk rows. Deterministic for a seed.
 */
import {DAY_MS, isoToDay, localToInstant} from '../src/domain/dates';
import {seededRandom} from '../tools/seeded-random';

export interface ShopData {
  tz: string;
  /** Day number of "today" for the shop. */
  asOf: number;
  /** Customer keys as the Customers tab holds them (numbers and text mixed). */
  customerIds: unknown[];
  sales: {
    customers: unknown[];
    dates: unknown[];
    amounts: unknown[];
  };
}

export interface ShopSpec {
  customers: number;
  sales: number;
  seed?: number;
  tz?: string;
  /** 'YYYY-MM-DD' of the last day with sales. */
  asOf?: string;
  /** Days of history. */
  historyDays?: number;
}

type Kind = 'passer' | 'daily' | 'weekly' | 'monthly' | 'lapsed';

interface Habit {
  kind: Kind;
  /** Visits a day while active, before scaling. */
  rate: number;
  from: number; // days ago, inclusive
  to: number; // days ago, inclusive (0 = today)
  ticket: number;
}

const KIND_SHARE: ReadonlyArray<[Kind, number]> = [
  ['passer', 0.6],
  ['daily', 0.05],
  ['weekly', 0.15],
  ['monthly', 0.12],
  ['lapsed', 0.08],
];

function phone(r: () => number, i: number): number {
  const prefixes = [130, 131, 132, 135, 136, 137, 138, 139, 150, 158, 186, 188];
  const p = prefixes[Math.floor(r() * prefixes.length)];
  // Unique by construction: the index fills the last digits.
  return p * 1e8 + ((i * 7919 + 12345) % 1e8);
}

export function generateShop(spec: ShopSpec): ShopData {
  const r = seededRandom(spec.seed ?? 42);
  const tz = spec.tz ?? 'Asia/Shanghai';
  const asOf = isoToDay(spec.asOf ?? '2025-06-30') as number;
  const history = spec.historyDays ?? 730;
  const n = spec.customers;

  const ids: number[] = [];
  const habits: Habit[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(phone(r, i));
    let x = r();
    let kind: Kind = 'passer';
    for (const [k, share] of KIND_SHARE) {
      if (x < share) {
        kind = k;
        break;
      }
      x -= share;
    }
    const start = Math.floor(r() * history);
    const ticket = 10 + Math.floor(r() * 60);
    switch (kind) {
      case 'passer':
        habits.push({kind, rate: 0, from: start, to: start, ticket});
        break;
      case 'daily':
        habits.push({kind, rate: 0.5 + r() * 0.5, from: start, to: 0, ticket});
        break;
      case 'weekly':
        habits.push({
          kind,
          rate: 1 / 7 + r() * 0.1,
          from: start,
          to: 0,
          ticket,
        });
        break;
      case 'monthly':
        habits.push({
          kind,
          rate: 1 / 30 + r() * 0.05,
          from: start,
          to: 0,
          ticket,
        });
        break;
      case 'lapsed': {
        const stop = 45 + Math.floor(r() * 250);
        habits.push({
          kind,
          rate: 0.1 + r() * 0.4,
          from: Math.max(start, stop + 30),
          to: stop,
          ticket,
        });
        break;
      }
    }
  }

  // Scale the habits so the shop has about `spec.sales` rows: 5% are walk-ins, passers-by
  // buy once (a few twice), regulars share the rest by their habits.
  const walkIns = Math.floor(spec.sales * 0.05);
  const junk = Math.max(1, Math.floor(spec.sales * 0.001));
  let passerVisits = 0;
  let expected = 0;
  for (const h of habits) {
    if (h.kind === 'passer') passerVisits += 1.1;
    else expected += h.rate * (h.from - h.to + 1);
  }
  const budget = Math.max(0, spec.sales - walkIns - junk - passerVisits);
  const scale = expected > 0 ? budget / expected : 0;

  const visits: Array<[number, number]> = []; // [customer index, days ago]
  habits.forEach((h, i) => {
    if (h.kind === 'passer') {
      visits.push([i, h.from]);
      if (r() < 0.1) visits.push([i, Math.floor(r() * (h.from + 1))]);
      return;
    }
    const len = h.from - h.to + 1;
    const mean = h.rate * scale * len;
    const count = Math.max(1, Math.round(mean + (r() - 0.5) * Math.sqrt(mean)));
    for (let k = 0; k < count; k++) {
      visits.push([i, h.to + Math.floor(r() * len)]);
    }
  });
  while (visits.length > spec.sales - walkIns - junk && visits.length > 0) {
    visits.pop();
  }

  const customers: unknown[] = [];
  const dates: unknown[] = [];
  const amounts: unknown[] = [];
  const dayStart = (ago: number) => localToInstant((asOf - ago) * DAY_MS, tz);
  const openSeconds = 14 * 3600; // 08:00 to 22:00
  const push = (
    key: unknown,
    ago: number,
    amount: unknown,
    asText: boolean,
  ) => {
    const t =
      dayStart(ago) + 8 * 3600_000 + Math.floor(r() * openSeconds) * 1000;
    customers.push(key);
    if (asText) {
      const d = new Date(t + 8 * 3600_000); // written as Shanghai wall-clock text
      const y = d.getUTCFullYear();
      const m = d.getUTCMonth() + 1;
      const dd = d.getUTCDate();
      dates.push(r() < 0.5 ? `${y}-${m}-${dd}` : `${y}年${m}月${dd}日`);
    } else {
      dates.push(new Date(t));
    }
    amounts.push(amount);
  };
  for (const [i, ago] of visits) {
    const x = r();
    // Phone numbers: mostly numbers, some as text, a few with spaces around.
    const key = x < 0.7 ? ids[i] : x < 0.95 ? String(ids[i]) : ` ${ids[i]} `;
    const base = habits[i].ticket * (0.6 + r() * 0.8);
    const amount =
      r() < 0.02 ? `¥${base.toFixed(2)}` : Math.round(base * 100) / 100;
    push(key, ago, amount, tz === 'Asia/Shanghai' && r() < 0.02);
  }
  for (let k = 0; k < walkIns; k++) {
    push('', Math.floor(r() * history), Math.round(10 + r() * 40), false);
  }
  const junkRows: ReadonlyArray<[unknown, unknown, unknown]> = [
    [ids[0] ?? 'x', '昨天', 30],
    [ids[1] ?? 'x', '', 25],
    ['=HYPERLINK("http://x")', 'N/A', '?'],
    [ids[2] ?? 'x', '12/31', 'free'],
    ['合计', '', 99999],
  ];
  for (let k = 0; k < junk; k++) {
    const [c, d, a] = junkRows[k % junkRows.length];
    customers.push(c);
    dates.push(d);
    amounts.push(a);
  }

  // The Sales tab is mostly in time order (rows are appended), with a little disorder
  // from back-dated entries.
  const order = customers.map((_, i) => i);
  const key = (i: number) => {
    const d = dates[i];
    return d instanceof Date ? d.getTime() : 0;
  };
  order.sort((a, b) => key(a) - key(b));
  for (let k = 0; k < order.length / 100; k++) {
    const a = Math.floor(r() * order.length);
    const b = Math.floor(r() * order.length);
    [order[a], order[b]] = [order[b], order[a]];
  }

  const customerIds: unknown[] = ids.map((id, i) =>
    i % 3 === 0 ? String(id) : id,
  );
  return {
    tz,
    asOf,
    customerIds,
    // Fresh values in row order, as getValues allocates them (objects made in visit
    // order and then shuffled would measure cache misses no real sheet has).
    sales: {
      customers: order.map(i => copy(customers[i])),
      dates: order.map(i => copy(dates[i])),
      amounts: order.map(i => copy(amounts[i])),
    },
  };
}

function copy(v: unknown): unknown {
  if (v instanceof Date) return new Date(v.getTime());
  if (typeof v === 'string') return v.split('').join('');
  return v;
}
