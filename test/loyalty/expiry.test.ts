/**
 * Points expiry: first earned, first spent; the daily run writes one row per customer
 * whose oldest points passed the months in Settings, once a day, never editing old rows.
 */
import {monthsBefore, pointsToExpire} from '../../src/domain/loyalty/expiry';
import {civilDay, dayToIso} from '../../src/domain/dates';
import {POINTS_EXPIRY_JOB} from '../../src/usecases/loyalty/expiry-job';
import {POINTS_LEDGER} from '../../src/sheets/schema-loyalty';
import {mapColumns} from '../../src/sheets/tabs';
import {cst, makeShop, Shop} from '../reminders/shop';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return civilDay(y, m, d) as number;
};

describe('what expires (FIFO)', () => {
  it('counts months by the calendar, the month’s last day when shorter', () => {
    expect(dayToIso(monthsBefore(day('2026-03-10'), 12))).toBe('2025-03-10');
    expect(dayToIso(monthsBefore(day('2026-03-31'), 1))).toBe('2026-02-28');
    expect(dayToIso(monthsBefore(day('2026-01-15'), 2))).toBe('2025-11-15');
  });

  it('spends the oldest lots first and expires what is left of those before the cutoff', () => {
    const cutoff = day('2026-01-01');
    const m = (iso: string | null, units: number) => ({
      day: iso ? day(iso) : null,
      units,
    });
    // 100 in 2025-06, 50 in 2025-12, 60 spent in 2025-09: 40 of June's lot expire.
    expect(
      pointsToExpire(
        [m('2025-06-01', 100), m('2025-09-01', -60), m('2025-12-01', 50)],
        cutoff,
      ),
    ).toBe(90);
    // Spent after the cutoff still uses the old lot first.
    expect(
      pointsToExpire([m('2025-06-01', 100), m('2026-02-01', -70)], cutoff),
    ).toBe(30);
    // Kept: the newer lot, and a row without a date.
    expect(
      pointsToExpire(
        [m('2025-06-01', 10), m('2026-01-01', 20), m(null, 5)],
        cutoff,
      ),
    ).toBe(10);
    // An earlier expiry row is a deduction: nothing expires twice.
    expect(
      pointsToExpire([m('2025-06-01', 10), m('2025-12-15', -10)], cutoff),
    ).toBe(0);
    // Rows sorted by hand out of date order are read in date order.
    expect(
      pointsToExpire(
        [m('2025-12-01', 30), m('2025-06-01', 10), m('2025-07-01', -10)],
        cutoff,
      ),
    ).toBe(30);
  });
});

function ledger(shop: Shop): Array<Record<string, unknown>> {
  return shop.emu.run(() => {
    const sheet = shop
      .ss()
      .getSheets()
      .find(s => s.getName() === POINTS_LEDGER.names[shop.lang])!;
    const values = sheet.getDataRange().getValues();
    const cols = mapColumns(values[0], POINTS_LEDGER);
    return values.slice(1).map(line => {
      const r: Record<string, unknown> = {};
      for (const [k, i] of cols) r[k] = line[i];
      return r;
    });
  });
}

describe('the daily expiry', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  function expiryShop(months: unknown): Shop {
    const s = makeShop({
      now: cst('2026-03-10T08:00:00'),
      settings: {allClearEmail: false, pointsExpiryMonths: months as number},
      customers: [
        {id: 'C1', name: '王秀英', phone: '13800000001'},
        {id: 'C2', name: '李四', phone: '13800000002'},
      ],
    });
    s.append(POINTS_LEDGER, [
      {
        date: cst('2025-01-05T10:00:00'),
        customer: 'C1',
        change: 100,
        reason: '消费',
        requestId: 'a',
      },
      {
        date: cst('2025-02-05T10:00:00'),
        customer: 'C1',
        change: -30,
        reason: '兑换',
        requestId: 'a:redeem',
      },
      {
        date: cst('2025-12-05T10:00:00'),
        customer: 'C1',
        change: 50,
        reason: '消费',
        requestId: 'b',
      },
      {
        date: cst('2026-01-05T10:00:00'),
        customer: 'C2',
        change: 20,
        reason: '消费',
        requestId: 'c',
      },
    ]);
    return s;
  }

  it('writes one row per customer, once a day, and tells the digest', () => {
    shop = expiryShop(12);
    const before = ledger(shop);
    shop.run({jobs: [POINTS_EXPIRY_JOB]});
    const rows = ledger(shop);
    expect(rows.slice(0, before.length)).toEqual(before);
    expect(
      rows
        .slice(before.length)
        .map(r => [r.customer, r.change, r.balance, r.reason, r.requestId]),
    ).toEqual([['C1', -70, 50, '过期', 'expiry:2026-03-10:c1']]);
    expect(shop.digests().at(-1)?.body ?? '').toContain(
      'C1：70 分过期，余 50 分',
    );
    // Again the same day (a run killed and run again): nothing more.
    shop.run({jobs: [POINTS_EXPIRY_JOB]});
    expect(ledger(shop)).toHaveLength(rows.length);
    // The next day: nothing left of the old lot.
    shop.emu.clock.set(cst('2026-03-11T08:00:00'));
    shop.run({jobs: [POINTS_EXPIRY_JOB]});
    expect(ledger(shop)).toHaveLength(rows.length);
  });

  it('is off when the row is blank', () => {
    shop = expiryShop('');
    const before = ledger(shop).length;
    shop.run({jobs: [POINTS_EXPIRY_JOB]});
    expect(ledger(shop)).toHaveLength(before);
  });
});
