/**
 * A month of mornings on the built bundle, with executions killed at any service call
 * (Sheets reads and writes, properties, mail, the lock), their unflushed sheet writes
 * lost (or, as Google may also do, partly or wholly kept), another run holding the lock,
 * and a mail quota of a few recipients a day that restarts 24 hours after its first send.
 *
 * What must hold whatever happens: no customer email twice, at most one a customer a day,
 * none without consent; nothing sent without a record; one digest a day at most; and,
 * against an oracle written from the README alone (oracle.ts), every line listed on a day
 * it was due, listed by the first clean run of the day it fell due, and in the end every
 * email due either sent, reported unsure, or expired.
 */
import fc from 'fast-check';
import {BundleApp} from '../../emulator';
import {LogRow} from '../../src/usecases/reminders-log';
import {
  dayFromIso,
  dayOf,
  DAY_MS,
  emailsDue,
  instanceOfItem,
  isoOf,
  linesDue,
  OracleCustomer,
} from './oracle';
import {cst, makeShop, OWNER, Shop} from './shop';

const START = cst('2026-02-01T06:00:00');
const DAYS = 30;

type Row = Record<string, unknown>;

function every(id: string, lastIso: string, gapDays: number, n: number): Row[] {
  return Array.from({length: n}, (_, k) => ({
    date: new Date(cst(`${lastIso}T10:00:00`).getTime() - k * gapDays * DAY_MS),
    customer: id,
    amount: 20,
    items: '瓜子',
  }));
}

const yes = (id: string, name: string, extra: Row = {}): Row => ({
  id,
  name,
  email: `${id.toLowerCase()}@example.com`,
  consent: 'yes',
  ...extra,
});

const CUSTOMERS: Row[] = [
  yes('L1', '老主顾甲'), // B regular gone since 5 Jan: lapsed 16 Feb, called 20 Feb
  yes('L2', '老主顾乙'), // A regular gone since 20 Jan: lapsed 10 Feb, back 24 Feb
  {id: 'L3', name: '老主顾丙', phone: '13800000003'}, // a C regular, no email
  yes('R1', '天天来'), // comes daily until 5 Feb: check-in, then lapsed
  {id: 'C1', name: '来过一次', phone: '13800000004'}, // E: check-in 90 days on
  {id: 'C2', name: '偶尔来', phone: '13800000005'}, // D, then E; called 10 Feb
  yes('B1', '立春后生', {birthday: '1970-02-04'}),
  yes('B2', '二月二十生', {birthday: '1985-02-20'}),
  {id: 'B3', name: '没邮箱', consent: 'yes', birthday: '1992-02-12'},
  ...[7, 9, 14, 18, 25, 27].map((d, i) =>
    yes(`S${i + 1}`, `二月${d}日生`, {
      birthday: `1990-02-${String(d).padStart(2, '0')}`,
    }),
  ),
  {
    id: 'N1',
    name: '不同意',
    email: 'n1@example.com',
    consent: 'no',
    birthday: '1990-02-10',
  },
  {
    id: 'U1',
    name: '已退订',
    email: 'u1@example.com',
    consent: 'unsubscribed',
    birthday: '1990-02-11',
  },
  yes('H1', '街坊甲'),
  yes('H2', '街坊乙'),
  {id: 'H3', name: '街坊丙', consent: 'yes', phone: '13800000006'},
  {id: 'K1', name: '投诉者', phone: '13900000000'},
];

const SALES: Row[] = [
  ...every('L1', '2026-01-05', 3, 30),
  ...every('L2', '2026-01-20', 1, 50),
  {date: cst('2026-02-24T11:00:00'), customer: 'L2', amount: 30},
  ...every('L3', '2026-01-03', 4, 20),
  ...every('R1', '2026-02-05', 1, 40), // the last five are in the month
  {date: cst('2025-11-05T10:00:00'), customer: 'C1', amount: 12},
  ...every('C2', '2026-01-22', 4, 4),
];

const CONTACTS: Row[] = [
  {date: cst('2026-02-20T15:00:00'), customer: 'L1', channel: 'phone'},
  {date: cst('2026-02-10T15:00:00'), customer: 'C2', channel: 'wechat'},
];

const FEEDBACK: Row[] = [
  {
    date: cst('2026-01-31T12:00:00'),
    customer: 'K1',
    type: 'complaint',
    text: '找错钱',
    status: 'open',
  },
  {
    date: cst('2026-02-22T12:00:00'),
    customer: 'B3',
    type: 'complaint',
    text: '太咸',
    status: 'open',
  },
];

/** The same shop as the oracle sees it: from the rows above, not from the sheet. */
function oracleCustomers(): OracleCustomer[] {
  const daysOf = (rows: Row[], id: string) =>
    rows.filter(r => r.customer === id).map(r => dayOf(r.date as Date));
  return CUSTOMERS.map(c => {
    const id = String(c.id);
    const b = typeof c.birthday === 'string' ? c.birthday.split('-') : null;
    return {
      key: id.toLowerCase(),
      saleDays: daysOf(SALES, id),
      contactDays: daysOf(CONTACTS, id),
      birthday: b ? {month: Number(b[1]), day: Number(b[2])} : undefined,
      consent: (c.consent as OracleCustomer['consent']) ?? null,
      email: typeof c.email === 'string',
      complaints: daysOf(FEEDBACK, id),
    };
  });
}

const RISKY = [
  'sendEmail',
  'sendEmail',
  'sendEmail',
  'deleteProperty',
  'deleteProperty',
  'setValues',
  'setValues',
  'setValue',
  'setProperty',
  'deleteProperty',
  'flush',
  'getValues',
  'tryLock',
];

interface RunRecord {
  day: number;
  killed: boolean;
  busy: boolean;
}

/** One trigger run on the bundle; what became of it. */
function fire(shop: Shop, app: BundleApp): {killed: boolean; error?: string} {
  try {
    app.call('dailyReminders', [{authMode: 'FULL', triggerUid: 'month'}], {
      trigger: true,
    });
  } catch (e) {
    return {killed: shop.emu.faults.lastKilled, error: (e as Error).message};
  }
  return {killed: shop.emu.faults.lastKilled};
}

describe('a month of daily runs killed at any service call', () => {
  let shop: Shop;
  afterAll(() => shop?.uninstall());

  it('never sends twice, never loses a reminder, and lists each on the day it falls due', () => {
    shop = makeShop({
      now: START,
      mailQuota: 6,
      customers: CUSTOMERS,
      sales: SALES,
      contacts: CONTACTS,
      feedback: FEEDBACK,
    });
    const {emu} = shop;
    const app = emu.loadBundle();
    app.call('turnOnReminders');
    emu.triggers.list = []; // the month's runs are fired below, several a day

    let seed = fc.sample(fc.integer({min: 1, max: 2 ** 30}), {
      numRuns: 1,
      seed: 20260201,
    })[0];
    const rand = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return ((seed >>> 0) % 1_000_000) / 1_000_000;
    };

    const runs: RunRecord[] = [];
    let calls = 100; // service calls of the largest clean run so far
    const firstDay = dayOf(START);
    for (let d = 0; d < DAYS; d++) {
      const perDay = 4 + Math.floor(rand() * 4);
      for (let r = 0; r < perDay; r++) {
        // Spread over the day: 06:00 to about 23:00.
        emu.clock.set(
          (firstDay + d) * DAY_MS -
            8 * 3_600_000 +
            (6 + (r * 17) / perDay + rand() * 2) * 3_600_000,
        );
        const kill = rand() < (r < 3 ? 0.55 : 0.3);
        if (kill) {
          const x = rand();
          const keepUnflushed =
            x < 0.6 ? 0 : x < 0.8 ? Math.floor(rand() * 6) : 'all';
          if (rand() < 0.5) {
            emu.faults.killAt(1 + Math.floor(rand() * calls), {keepUnflushed});
          } else {
            // The calls where an ordering bug would show: the n-th send, write, flush…
            const method = RISKY[Math.floor(rand() * RISKY.length)];
            const nth = 1 + Math.floor(rand() * 2);
            let seen = 0;
            emu.faults.killAt(c => c.method === method && ++seen === nth, {
              keepUnflushed,
            });
          }
        }
        const busy = !kill && rand() < 0.06;
        if (busy) emu.locks.holdByOther('document', 45_000);
        const out = fire(shop, app);
        if (busy) emu.locks.release('document');
        if (!out.killed && out.error && !busy && !/quota|额度/.test(out.error))
          throw new Error(`unexpected failure: ${out.error}`);
        if (!out.killed && !busy) calls = Math.max(calls, emu.faults.lastCalls);
        runs.push({day: firstDay + d, killed: out.killed, busy});
      }
    }
    // Afterwards: a quota to spare and three clean mornings carry everything through.
    emu.mail.quota = 1000;
    for (let d = DAYS; d < DAYS + 3; d++) {
      emu.clock.set((firstDay + d) * DAY_MS + 3_600_000);
      expect(fire(shop, app).error).toBeUndefined();
    }

    const killed = runs.filter(r => r.killed).length;
    expect(killed).toBeGreaterThan(30);
    expect(runs.filter(r => r.busy).length).toBeGreaterThan(2);
    const killedAt = new Set(emu.faults.kills.map(k => k.call));
    expect([...killedAt]).toEqual(
      expect.arrayContaining([
        'Range.getValues',
        'Range.setValues',
        'MailApp.sendEmail',
        'Properties.setProperty',
        'Properties.deleteProperty',
        'SpreadsheetApp.flush',
        'Lock.tryLock',
      ]),
    );

    const log = shop.log();
    const customers = oracleCustomers();
    const lineRows = log.rows.filter(r => r.channel === 'line');
    const emailRows = log.rows.filter(r => r.channel === 'email');
    const cleanDays = new Set(
      runs.filter(r => !r.killed && !r.busy).map(r => r.day),
    );

    // 1. Every line listed on a day the oracle has it due for that customer.
    const wrong: string[] = [];
    for (const r of lineRows) {
      const c = customers.find(x => x.key === r.customer);
      const day = dayFromIso(r.day);
      const due = c ? linesDue(c, day) : [];
      if (!due.includes(instanceOfItem(r.item, r.day)))
        wrong.push(`${r.day} ${r.customer} ${r.item}`);
    }
    expect(wrong).toEqual([]);

    // 2. Listed no later than the first clean run on or after the day it fell due.
    const late: string[] = [];
    let streaks = 0;
    for (const c of customers) {
      const dueOn = new Map<string, number[]>();
      for (let d = 0; d < DAYS; d++) {
        for (const k of linesDue(c, firstDay + d)) {
          const list = dueOn.get(k) ?? [];
          list.push(firstDay + d);
          dueOn.set(k, list);
        }
      }
      const rows = lineRows.filter(r => r.customer === c.key);
      for (const [instance, days] of dueOn) {
        for (const streak of streaksOf(days)) {
          const firstClean = streak.find(d => cleanDays.has(d));
          if (firstClean === undefined) continue;
          streaks++;
          const listed = firstListed(rows, instance, streak);
          if (listed === undefined || listed > firstClean)
            late.push(
              `${c.key} ${instance} due ${isoOf(streak[0])}, clean run ${isoOf(firstClean)}, listed ${listed === undefined ? 'never' : isoOf(listed)}`,
            );
        }
      }
    }
    expect(late).toEqual([]);
    expect(streaks).toBeGreaterThan(40);
    const kinds = new Set(
      lineRows.map(r => instanceOfItem(r.item, r.day).split(/[:@]/)[0]),
    );
    expect([...kinds].sort()).toEqual(
      [
        'birthday',
        'birthday-notice',
        'checkin',
        'complaint',
        'holiday',
        'lapsed',
      ].sort(),
    );
    // Nothing left pending after the clean mornings.
    expect(lineRows.filter(r => r.status === 'pending')).toEqual([]);

    // 3. Customer email: once, one a day, only with consent; nothing without a record.
    const customerMail = emu.outbox.filter(m => !m.to.includes(OWNER));
    const perDay = customerMail.map(m => `${m.to.join()}|${dayOf(m.at)}`);
    expect(new Set(perDay).size).toBe(perDay.length);
    expect(customerMail.some(m => /n1@|u1@|b3@/.test(m.to.join()))).toBe(false);
    for (const c of customers.filter(x => x.email)) {
      const out = customerMail.filter(m =>
        m.to.includes(`${c.key}@example.com`),
      ).length;
      const rows = emailRows.filter(r => r.customer === c.key);
      const sent = rows.filter(r => r.status === 'sent');
      const unsure = rows.filter(r => r.status === 'unsure');
      expect(new Set(sent.map(r => r.item)).size).toBe(sent.length);
      expect(sent.length).toBeLessThanOrEqual(out);
      expect(out).toBeLessThanOrEqual(sent.length + unsure.length);
    }
    expect(customerMail.length).toBeGreaterThan(15);

    // 4. Every email due on a day with a clean run was sent, reported, or expired.
    const settled = new Set(
      emailRows
        .filter(r => r.status !== 'held')
        .map(r => `${r.customer}|${instanceOfItem(r.item, r.day)}`),
    );
    const lost: string[] = [];
    for (const c of customers) {
      for (const d of cleanDays) {
        for (const k of emailsDue(c, d)) {
          if (!settled.has(`${c.key}|${k}`))
            lost.push(`${isoOf(d)} ${c.key} ${k}`);
        }
      }
    }
    expect(lost).toEqual([]);

    // 5. One digest a day at most.
    const digestDays = emu.outbox
      .filter(m => m.to.includes(OWNER))
      .map(m => dayOf(m.at));
    expect(new Set(digestDays).size).toBe(digestDays.length);
  });
});

/** Runs of consecutive days. */
function streaksOf(days: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const d of [...days].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && last[last.length - 1] === d - 1) last.push(d);
    else out.push([d]);
  }
  return out;
}

/** The first day within `streak` a line of `instance` was listed. */
function firstListed(
  rows: readonly LogRow[],
  instance: string,
  streak: readonly number[],
): number | undefined {
  const days = rows
    .filter(r => instanceOfItem(r.item, r.day) === instance)
    .map(r => dayFromIso(r.day))
    .filter(d => d >= streak[0] && d <= streak[streak.length - 1]);
  return days.length ? Math.min(...days) : undefined;
}
