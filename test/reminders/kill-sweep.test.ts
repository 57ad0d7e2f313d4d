/**
 * A morning's run killed at every one of its service calls in turn, on the built bundle:
 * Apps Script may end an execution at any call and lose the sheet writes it had not
 * flushed (Spreadsheet service: writes are batched until flush or the end; Quotas:
 * "Exceeded maximum execution time"). After each kill the next runs of the day must
 * finish the job: every customer greeted once (or reported unsure), no digest twice, no
 * line lost. A second sweep kills the run that recovers from a kill mid-send.
 */
import {BundleApp, deserializeEmulator, Emulator} from '../../emulator';
import {restoreState} from '../../emulator/serialize';
import {ReminderLog} from '../../src/usecases/reminders-log';
import {cst, makeShop, OWNER} from './shop';

const TRIGGER = [{authMode: 'FULL', triggerUid: 'sweep'}];

/** A shop on its birthday morning: three greetings and a complaint for the owner. */
function morning(): string {
  const shop = makeShop({
    now: cst('2026-03-10T07:00:00'),
    customers: [
      ...[1, 2, 3].map(i => ({
        id: `B${i}`,
        name: `寿星${i}`,
        email: `b${i}@example.com`,
        consent: 'yes',
        birthday: '1990-03-10',
      })),
      {id: 'K1', name: '投诉者', phone: '13900000000'},
    ],
    feedback: [
      {
        date: cst('2026-03-08T12:00:00'),
        customer: 'K1',
        type: 'complaint',
        text: '找错钱',
        status: 'open',
      },
    ],
  });
  shop.emu.loadBundle().call('turnOnReminders');
  const json = shop.emu.serialize();
  shop.uninstall();
  return json;
}

interface Outcome {
  customerMails: string[];
  digests: number;
  digestsOnTheDay: number;
  emailStatuses: Record<string, string[]>;
  pendingLines: number;
  lineItems: string[];
}

/** The bundle's code, compiled once per emulator (the slow part of a run here). */
const apps = new WeakMap<Emulator, BundleApp>();

/** Puts `emu` back to a saved state in place, keeping its loaded bundle. */
function resetTo(emu: Emulator, json: string): Emulator {
  emu.outbox.length = 0;
  for (const store of Object.values(emu.properties))
    for (const k of Object.keys(store)) delete store[k];
  for (const cache of Object.values(emu.caches)) cache.clear();
  emu.faults.clear();
  restoreState(emu, JSON.parse(json));
  return emu;
}

/** Fires the daily handler; a kill or a loud failure is what the test expects. */
function fire(emu: Emulator, at: string): void {
  emu.clock.set(cst(at));
  let app = apps.get(emu);
  if (!app) apps.set(emu, (app = emu.loadBundle()));
  try {
    app.call('dailyReminders', TRIGGER, {trigger: true});
  } catch {
    // killed, or a run that throws to tell the owner: the next run carries on
  }
}

/**
 * The calls of one run that change something (a sheet, a property, the lock, mail). A kill
 * at a read leaves what a kill at the next of these leaves, so sweeping these (and the
 * first call) covers every outcome at a fraction of the runs.
 */
const CHANGES =
  /^(set|append|insert|delete|remove|clear|flush|sendEmail|tryLock|waitLock|releaseLock|create)/;

function changingCalls(emu: Emulator, at: string): number[] {
  const out: number[] = [1];
  emu.faults.killAt(c => {
    if (CHANGES.test(c.method) && c.n > 1) out.push(c.n);
    return false;
  });
  fire(emu, at);
  emu.faults.clear();
  return out;
}

/** The rest of the day, and the next morning for a digest that may not have gone. */
function carryOn(emu: Emulator): void {
  fire(emu, '2026-03-10T09:00:00');
  fire(emu, '2026-03-10T10:00:00');
  fire(emu, '2026-03-11T08:00:00');
}

function outcome(emu: Emulator): Outcome {
  const uninstall = emu.install();
  try {
    const log = emu.run(() =>
      ReminderLog.open(
        emu.globals.SpreadsheetApp.getActiveSpreadsheet() as never,
        'zh-CN',
      ),
    );
    const emailStatuses: Record<string, string[]> = {};
    for (const r of log.rows.filter(x => x.channel === 'email'))
      (emailStatuses[r.customer] ??= []).push(r.status);
    return {
      customerMails: emu.outbox
        .filter(m => !m.to.includes(OWNER))
        .map(m => m.to.join()),
      digests: emu.outbox.filter(m => m.to.includes(OWNER)).length,
      digestsOnTheDay: emu.outbox.filter(
        m =>
          m.to.includes(OWNER) &&
          m.at.getTime() < cst('2026-03-11T00:00:00').getTime(),
      ).length,
      emailStatuses,
      pendingLines: log.rows.filter(
        r => r.channel === 'line' && r.status === 'pending',
      ).length,
      lineItems: log.rows
        .filter(r => r.channel === 'line')
        .map(r => `${r.customer} ${r.item.replace(/:.*:/, ':')}`)
        .sort(),
    };
  } finally {
    uninstall();
  }
}

function expectSettled(o: Outcome, where: string): void {
  // Each customer greeted at most once; one not greeted is recorded as unsure.
  expect({where, mails: new Set(o.customerMails).size}).toEqual({
    where,
    mails: o.customerMails.length,
  });
  for (const id of ['b1', 'b2', 'b3']) {
    const got = o.customerMails.includes(`${id}@example.com`);
    const st = o.emailStatuses[id] ?? [];
    expect({
      where,
      id,
      ok: got
        ? st.includes('sent') || st.includes('unsure')
        : st.includes('unsure'),
    }).toEqual({where, id, ok: true});
  }
  // One digest on the day; none only when the run died sending it (its lines then
  // come in the next morning's).
  expect({where, digestsOnTheDay: o.digestsOnTheDay <= 1}).toEqual({
    where,
    digestsOnTheDay: true,
  });
  expect({where, digests: o.digests >= 1}).toEqual({where, digests: true});
  expect({where, pending: o.pendingLines}).toEqual({where, pending: 0});
  expect({where, lines: o.lineItems}).toEqual({
    where,
    lines: [
      'b1 birthday:2026-03-10',
      'b2 birthday:2026-03-10',
      'b3 birthday:2026-03-10',
      'k1 complaint:2026-03-10',
      'k1 complaint:2026-03-11',
    ],
  });
}

describe('a morning killed at every service call', () => {
  const start = morning();

  it('first run killed at call n (writes lost, or kept): the day still ends right', () => {
    const clean = deserializeEmulator(start);
    const points = changingCalls(clean, '2026-03-10T08:00:00');
    carryOn(clean);
    expect(clean.faults.lastCalls).toBeGreaterThan(40);
    expect(points.length).toBeGreaterThan(15);
    expectSettled(outcome(clean), 'no kill');
    const emu = deserializeEmulator(start);
    for (const [i, n] of points.entries()) {
      for (const keepUnflushed of i % 3 === 0 ? [0, 'all' as const] : [0]) {
        resetTo(emu, start);
        emu.faults.killAt(n, {keepUnflushed});
        fire(emu, '2026-03-10T08:00:00');
        expect(emu.faults.lastKilled).toBe(true);
        carryOn(emu);
        expectSettled(outcome(emu), `kill at ${n}, keep ${keepUnflushed}`);
      }
    }
  });

  it('the run that recovers from a kill mid-send, killed at every call too', () => {
    // First run dies right after its second greeting went.
    const base = deserializeEmulator(start);
    let sends = 0;
    base.faults.killAt(c => c.method === 'sendEmail' && ++sends === 3);
    fire(base, '2026-03-10T08:00:00');
    expect(base.outbox).toHaveLength(2);
    const afterKill = base.serialize();
    const points = changingCalls(
      deserializeEmulator(afterKill),
      '2026-03-10T09:00:00',
    );
    const emu = deserializeEmulator(afterKill);
    for (const n of points) {
      resetTo(emu, afterKill);
      emu.faults.killAt(n);
      fire(emu, '2026-03-10T09:00:00');
      carryOn(emu);
      expectSettled(outcome(emu), `recovery killed at ${n}`);
    }
  });
});
