import {SolarDay} from 'tyme4ts';
import {dayToIso} from '../../src/domain/dates';
import {day} from './rules-fixture';
import {
  lunarAnniversary,
  lunarDayName,
  lunarMonthDays,
  lunarMonthName,
  lunarOfDay,
  lunarToDay,
} from '../../src/domain/followup/lunar';

describe('lunar calendar', () => {
  it('agrees with tyme4ts on every month boundary of 1901–2099 but two known months', () => {
    // The library's table and tyme4ts's astronomy differ on one month boundary each in
    // 1933 (闰五月) and 2097: history long past and a future far away.
    const known = new Set(['1933', '2097']);
    const ref = (d: number) => {
      const [y, m, dd] = dayToIso(d).split('-').map(Number);
      const r = SolarDay.fromYmd(y, m, dd).getLunarDay();
      return {
        year: r.getYear(),
        month: Math.abs(r.getMonth()),
        day: r.getDay(),
        leap: r.getLunarMonth().isLeap(),
      };
    };
    const bad: string[] = [];
    let d = day('1901-02-19'); // 正月初一 1901
    const end = day('2099-12-31');
    while (d <= end) {
      const mine = lunarOfDay(d);
      expect(mine?.day).toBe(1);
      for (const x of [d, d - 1, d + 14]) {
        if (JSON.stringify(lunarOfDay(x)) !== JSON.stringify(ref(x))) {
          bad.push(dayToIso(x));
        }
      }
      const m = mine as NonNullable<typeof mine>;
      expect(lunarToDay(m.year, m.month, 1, m.leap)).toBe(d);
      d += lunarMonthDays(m.year, m.month, m.leap) as number;
    }
    expect(bad.filter(x => !known.has(x.slice(0, 4)))).toEqual([]);
    expect(bad.length).toBeLessThanOrEqual(8);
  });

  it('knows Spring Festival and its eve', () => {
    expect(lunarToDay(2025, 1, 1)).toBe(day('2025-01-29'));
    expect(lunarToDay(2026, 1, 1)).toBe(day('2026-02-17'));
    // 2024's 腊月 has 29 days: 除夕 2025-01-28 is 腊月廿九.
    expect(lunarToDay(2024, 12, 30)).toBeNull();
    expect(lunarAnniversary(2024, 12, 30)).toBe(day('2025-01-28'));
  });

  it('keeps a leap-month anniversary in the ordinary month', () => {
    // 2023 has 闰二月 (2023-03-22 … 2023-04-19).
    expect(lunarOfDay(day('2023-03-22'))).toEqual({
      year: 2023,
      month: 2,
      day: 1,
      leap: true,
    });
    expect(lunarAnniversary(2023, 2, 10)).toBe(lunarToDay(2023, 2, 10, false));
    expect(lunarAnniversary(2023, 2, 10)).toBeLessThan(day('2023-03-22'));
  });

  it('moves a 30th to the 29th of a short month and refuses nonsense', () => {
    // 2025's 二月 has 29 days, its 正月 30.
    expect(lunarMonthDays(2025, 2)).toBe(29);
    expect(lunarAnniversary(2025, 2, 30)).toBe(lunarToDay(2025, 2, 29));
    expect(lunarAnniversary(2025, 1, 30)).toBe(lunarToDay(2025, 1, 30));
    expect(lunarAnniversary(2025, 13, 1)).toBeNull();
    expect(lunarAnniversary(2025, 1, 31)).toBeNull();
    expect(lunarOfDay(day('1899-12-31'))).toBeNull();
    expect(lunarOfDay(NaN)).toBeNull();
  });

  it('names months and days the Chinese way', () => {
    expect(lunarMonthName(12)).toBe('腊月');
    expect(lunarMonthName(4, true)).toBe('闰四月');
    expect(['初一', '初十', '十五', '二十', '廿九', '三十'].join()).toBe(
      [1, 10, 15, 20, 29, 30].map(lunarDayName).join(),
    );
  });
});
