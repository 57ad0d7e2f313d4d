/**
 * Retention (Settings ▸ 资料保存月数): Monday's digest lists customers whose last visit
 * (or joining, when they never bought) is older than the period, unless the owner kept
 * them with a reason within the period; 0 turns it off.
 */
import {
  monthsBefore,
  isPastRetention,
} from '../../src/domain/privacy/retention';
import {isoToDay} from '../../src/domain/dates';
import {isMonday} from '../../src/usecases/privacy/retention-job';
import {keepCustomer} from '../../src/usecases/privacy/rights';
import {deps as counterDeps} from '../counter/shop';
import {cst, makeShop, Shop} from '../reminders/shop';

const day = (iso: string) => isoToDay(iso) as number;

describe('the rule', () => {
  test('calendar months back, the 31st falling to the month end', () => {
    expect(monthsBefore(day('2026-03-09'), 24)).toBe(day('2024-03-09'));
    expect(monthsBefore(day('2026-03-31'), 1)).toBe(day('2026-02-28'));
    expect(monthsBefore(day('2024-02-29'), 12)).toBe(day('2023-02-28'));
  });
  test('past, kept within the period, kept too long ago, off', () => {
    const today = day('2026-03-09');
    const old = day('2024-03-08');
    expect(isPastRetention({lastSeen: old, keptOn: null}, today, 24)).toBe(
      true,
    );
    expect(
      isPastRetention({lastSeen: day('2024-03-09'), keptOn: null}, today, 24),
    ).toBe(false);
    expect(
      isPastRetention({lastSeen: old, keptOn: day('2025-01-01')}, today, 24),
    ).toBe(false);
    expect(
      isPastRetention({lastSeen: old, keptOn: day('2024-01-01')}, today, 24),
    ).toBe(true);
    expect(isPastRetention({lastSeen: old, keptOn: null}, today, 0)).toBe(
      false,
    );
    expect(isPastRetention({lastSeen: null, keptOn: null}, today, 24)).toBe(
      false,
    );
  });
  test('Mondays by day number', () => {
    expect(isMonday(day('2026-03-09'))).toBe(true);
    expect(isMonday(day('2026-03-10'))).toBe(false);
    expect(isMonday(0)).toBe(false); // 1970-01-01 was a Thursday
  });
});

describe("in Monday's digest", () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  function book(now: string, settings = {}): Shop {
    return makeShop({
      now: cst(now),
      settings,
      customers: [
        {id: 'C1', name: '老客甲', phone: '13800000001'},
        {id: 'C2', name: '常客乙', phone: '13800000002'},
        {
          id: 'C3',
          name: '没买过丙',
          phone: '13800000003',
          since: cst('2023-01-02T00:00:00'),
        },
        {
          id: 'C4',
          name: '新客丁',
          phone: '13800000004',
          since: cst('2026-02-02T00:00:00'),
        },
      ],
      sales: [
        {
          date: cst('2023-11-20T10:00:00'),
          customer: 'C1',
          items: '茶',
          amount: 10,
        },
        {
          date: cst('2023-11-20T10:00:00'),
          customer: 'C2',
          items: '茶',
          amount: 10,
        },
        {
          date: cst('2026-02-20T10:00:00'),
          customer: 'C2',
          items: '茶',
          amount: 10,
        },
      ],
    });
  }

  const section = (s: Shop) => {
    const body = s.digests()[0]?.body ?? '';
    const i = body.indexOf('超过保存期限的客户');
    return i < 0
      ? ''
      : body.slice(
          i,
          body.indexOf('\n\n', i) > 0 ? body.indexOf('\n\n', i) : undefined,
        );
  };

  test('lists who is past the period, with their last visit, and how to act', () => {
    shop = book('2026-03-09T08:05:00'); // a Monday
    shop.run();
    const s = section(shop);
    expect(s).toContain('超过保存期限的客户（24 个月未到店）');
    expect(s).toContain('老客甲（C1）最后一次：2023-11-20');
    expect(s).toContain('没买过丙（C3）最后一次：2023-01-02');
    expect(s).not.toContain('常客乙');
    expect(s).not.toContain('新客丁');
    expect(s).toContain('“删除资料”');
  });

  test('not on other days of the week', () => {
    shop = book('2026-03-10T08:05:00');
    shop.run();
    expect(section(shop)).toBe('');
  });

  test('kept with a reason: not listed again within the period', () => {
    shop = book('2026-03-09T08:05:00');
    const kept = shop.emu.run(() =>
      keepCustomer(
        {
          requestId: 'keep-c1-0001',
          customerId: 'C1',
          reason: '储值卡还有余额',
          by: '王姐',
        },
        counterDeps(shop.emu),
      ),
    );
    expect(kept.ok).toBe(true);
    shop.run();
    const s = section(shop);
    expect(s).not.toContain('老客甲');
    expect(s).toContain('没买过丙');
  });

  test('0 months: never listed', () => {
    shop = book('2026-03-09T08:05:00', {retentionMonths: 0});
    shop.run();
    expect(section(shop)).toBe('');
  });
});
