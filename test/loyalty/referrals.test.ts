/**
 * Referrals: "Referred by" read by id or by phone however typed, self-referrals and loops
 * refused, and the referrer rewarded once in the points ledger when the customer they
 * brought first buys, told in the digest; a run again, a day later, or killed at any call
 * and run again never pays twice.
 */
import {readReferrals} from '../../src/domain/loyalty/referrals';
import {REFERRAL_JOB} from '../../src/usecases/loyalty/referrals';
import {POINTS_LEDGER} from '../../src/sheets/schema-loyalty';
import {SALES} from '../../src/sheets/schema-sales';
import {mapColumns} from '../../src/sheets/tabs';
import {cst, makeShop, Shop} from '../reminders/shop';
import {restoreState} from '../../emulator/serialize';
import {BundleApp, Emulator} from '../../emulator';

const c = (
  key: string,
  name: string,
  phone: unknown,
  referredBy: unknown = '',
  id: unknown = key,
) => ({key: key.toLowerCase(), id, phone, name, referredBy});

describe('who brought whom', () => {
  it('by id, by phone typed as a number, with +86 or full-width digits', () => {
    const r = readReferrals(
      [
        c('C1', '王秀英', '13800000001'),
        c('C2', '李四', '13800000002', 13800000001),
        c('C3', '张三', '', ' c1 '),
        c('C4', '赵六', '', '+86 138 0000 0002'),
        c('C5', '钱七', '', '１３８０００００００１'),
      ],
      'zh-CN',
    );
    expect(r.problems).toEqual([]);
    expect(r.links.map(l => `${l.referredName}←${l.referrerName}`)).toEqual([
      '李四←王秀英',
      '张三←王秀英',
      '赵六←李四',
      '钱七←王秀英',
    ]);
  });

  it('a self-referral, a loop, an unknown and an ambiguous referrer are refused and said', () => {
    const r = readReferrals(
      [
        c('C1', '王秀英', '13800000001', 'C1'),
        c('C2', '李四', '13800000002', 'C3'),
        c('C3', '张三', '13800000003', 13800000004),
        c('C4', '赵六', '13800000004', 'c2'),
        c('C5', '钱七', '', '13800000009'),
        c('C6', '孙八', '13800000010'),
        c('C7', '周九', '13800000010'),
        c('C8', '吴十', '', '13800000010'),
        c('C9', '郑一', '', 'C4'),
      ],
      'zh-CN',
    );
    expect(r.problems.map(p => [p.customer, p.kind])).toEqual([
      ['c1', 'self'],
      ['c5', 'unknown'],
      ['c8', 'ambiguous'],
      ['c2', 'loop'],
      ['c3', 'loop'],
      ['c4', 'loop'],
    ]);
    expect(r.problems[3].message).toBe(
      '客户 李四 的推荐关系成环（李四 → 张三 → 赵六 → 李四），不予奖励',
    );
    // Brought by someone on a loop is still brought by them.
    expect(r.links.map(l => `${l.referred}←${l.referrer}`)).toEqual(['c9←c4']);
  });

  it('an id with digits in it is not read as a phone', () => {
    const r = readReferrals(
      [c('C00012', '甲', '13800000012'), c('C2', '乙', '', 'C0001')],
      'en',
    );
    expect(r.links).toEqual([]);
    expect(r.problems[0].message).toBe(
      'The referrer "C0001" of 乙 is not on the book',
    );
  });
});

function ledgerRows(shop: Shop): Array<Record<string, unknown>> {
  return shop.emu.run(() => {
    const sheet = shop
      .ss()
      .getSheets()
      .find(s => s.getName() === POINTS_LEDGER.names[shop.lang]);
    if (!sheet) throw new Error('no ledger');
    const values = sheet.getDataRange().getValues();
    const cols = mapColumns(values[0], POINTS_LEDGER);
    return values.slice(1).map(line => {
      const r: Record<string, unknown> = {};
      for (const [k, i] of cols) r[k] = line[i];
      return r;
    });
  });
}

function referralShop(): Shop {
  return makeShop({
    now: cst('2026-03-10T08:00:00'),
    settings: {allClearEmail: false, referralPoints: 100},
    customers: [
      {id: 'C1', name: '王秀英', phone: '13800000001'},
      // Typed as a number, as Sheets keeps a phone typed into a plain cell.
      {id: 'C2', name: '李四', phone: '13800000002', referredBy: 13800000001},
      {id: 'C3', name: '张三', phone: '13800000003', referredBy: 'C1'},
      {id: 'C4', name: '自荐', phone: '13800000004', referredBy: 'C4'},
    ],
    sales: [
      {date: cst('2026-03-09T10:00:00'), customer: 'C2', amount: 30},
      {date: cst('2026-03-09T11:00:00'), customer: 'C2', amount: 12},
      {date: cst('2026-03-09T12:00:00'), customer: 'C4', amount: 12},
    ],
  });
}

describe('the referral reward', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('is one ledger row for the referrer at the first purchase, told in the digest, never again', () => {
    shop = referralShop();
    shop.run({jobs: [REFERRAL_JOB]});
    const rows = ledgerRows(shop);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      customer: 'C1',
      change: 100,
      balance: 100,
      reason: '推荐',
      requestId: 'referral:c2',
      note: '推荐 李四 首次消费',
    });
    const body = shop.digests()[0].body;
    expect(body).toContain(
      '== 推荐奖励 ==\n* 王秀英 +100 积分：推荐的 李四 首次消费',
    );
    expect(body).toContain('客户 自荐 的推荐人是自己，不予奖励');

    // Again the same day, the next day, and when 张三 buys: one more row, for 张三.
    shop.emu.clock.set(cst('2026-03-10T18:00:00'));
    shop.run({jobs: [REFERRAL_JOB]});
    shop.emu.clock.set(cst('2026-03-11T08:00:00'));
    shop.run({jobs: [REFERRAL_JOB]});
    expect(ledgerRows(shop)).toHaveLength(1);
    shop.append(SALES, [
      {date: cst('2026-03-11T09:00:00'), customer: 13800000003, amount: 8},
    ]);
    shop.emu.clock.set(cst('2026-03-12T08:00:00'));
    shop.run({jobs: [REFERRAL_JOB]});
    expect(
      ledgerRows(shop).map(r => [r.customer, r.requestId, r.balance]),
    ).toEqual([
      ['C1', 'referral:c2', 100],
      ['C1', 'referral:c3', 200],
    ]);
  });

  it('is off while Settings has no reward', () => {
    shop = referralShop();
    shop.setSettings({referralPoints: ''});
    shop.run({jobs: [REFERRAL_JOB]});
    expect(ledgerRows(shop)).toEqual([]);
  });
});

describe('the referral reward under kills (the built bundle, the real daily trigger)', () => {
  const TRIGGER = [{authMode: 'FULL', triggerUid: 'referral-sweep'}];
  const CHANGES =
    /^(set|append|insert|delete|remove|clear|flush|sendEmail|tryLock|waitLock|releaseLock|create)/;

  it('a run killed at any call that changes something, then run again, pays once', () => {
    const shop = referralShop();
    shop.emu.loadBundle().call('turnOnReminders');
    const saved = shop.emu.serialize();
    shop.uninstall();
    const emu: Emulator = shop.emu;
    const app: BundleApp = emu.loadBundle();
    const reset = () => {
      emu.outbox.length = 0;
      for (const store of Object.values(emu.properties))
        for (const k of Object.keys(store)) delete store[k];
      for (const cache of Object.values(emu.caches)) cache.clear();
      emu.faults.clear();
      restoreState(emu, JSON.parse(saved));
    };
    const fire = (at: string) => {
      emu.clock.set(cst(at));
      try {
        app.call('dailyReminders', TRIGGER, {trigger: true});
      } catch {
        // killed: the next run carries on
      }
    };
    reset();
    const points: number[] = [1];
    emu.faults.killAt(call => {
      if (CHANGES.test(call.method) && call.n > 1) points.push(call.n);
      return false;
    });
    fire('2026-03-10T08:00:00');
    emu.faults.clear();
    expect(points.length).toBeGreaterThan(5);
    // The referral job runs late in the morning (after the other jobs, which write
    // much): every one of the last 30 changing calls (it, the tier job, the emails and
    // the digest), one in eight before, to keep the sweep to a minute; a run with 30 or
    // fewer is swept whole.
    const sweep = points.filter(
      (_, i) => i >= points.length - 30 || i % 8 === 0,
    );
    const rowsOf = () => {
      const uninstall = emu.install();
      try {
        return ledgerRows({...shop, emu} as Shop).filter(r =>
          String(r.requestId).startsWith('referral:'),
        );
      } finally {
        uninstall();
      }
    };
    let killedBeforeWrite = 0;
    for (const n of sweep) {
      reset();
      emu.faults.killAt(n);
      fire('2026-03-10T08:00:00');
      if (rowsOf().length === 0) killedBeforeWrite++;
      fire('2026-03-10T09:00:00');
      const rows = rowsOf();
      expect({kill: n, rows: rows.map(r => r.requestId)}).toEqual({
        kill: n,
        rows: ['referral:c2'],
      });
    }
    // Some kills did land before the row was written: the sweep tested the retry.
    expect(killedBeforeWrite).toBeGreaterThan(0);
  });
});
