/**
 * Held greetings carried over against Google's mail quota as it is: per user, restarting
 * 24 hours after the first send of the window, not at midnight anywhere (Quotas for
 * Google Services, https://developers.google.com/apps-script/guides/services/quotas:
 * "Quotas are per user and reset 24 hours after the first request").
 */
import {cst, makeShop, Shop} from './shop';

describe('the mail quota window', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('holds what the window has no room for and sends it once the window restarts', () => {
    // Five birthdays on 10 March; three recipients a day, one kept for the digest.
    shop = makeShop({
      now: cst('2026-03-10T15:00:00'), // 23:00 in Los Angeles on the 9th
      mailQuota: 3,
      customers: Array.from({length: 5}, (_, i) => ({
        id: `B${i + 1}`,
        name: `寿星${i + 1}`,
        email: `b${i + 1}@example.com`,
        consent: 'yes',
        birthday: '1990-03-10',
      })),
    });
    const first = shop.run();
    expect([first.emails, first.held, first.digest]).toEqual([2, 3, 'sent']);
    expect(shop.emu.mail.remaining()).toBe(0);

    // Midnight in Los Angeles has passed: a quota that restarted then would have room.
    shop.emu.clock.set(cst('2026-03-10T17:00:00'));
    expect(shop.emu.mail.remaining()).toBe(0);
    const later = shop.run();
    expect(later.emails).toBe(0);

    // Next morning, 18 hours on: still the same window, the digest can't go either.
    shop.emu.clock.set(cst('2026-03-11T09:00:00'));
    const morning = shop.run();
    expect([morning.emails, morning.digest]).toEqual([0, 'held']);

    // 24 hours after the first send: room again; the held greetings go first, once.
    shop.emu.clock.set(cst('2026-03-11T15:00:00'));
    const after = shop.run();
    expect([after.emails, after.digest]).toEqual([2, 'sent']);
    shop.emu.clock.set(cst('2026-03-12T15:30:00'));
    const last = shop.run();
    expect(last.emails).toBe(1);
    const to = shop.customerMails().map(m => m.to);
    expect(to.sort()).toEqual([
      'b1@example.com',
      'b2@example.com',
      'b3@example.com',
      'b4@example.com',
      'b5@example.com',
    ]);
    // Sent in three windows, each within its own quota.
    const sends = shop.emu.outbox.map(m => m.at.getTime());
    for (const t of sends) {
      const window = sends.filter(x => x >= t && x < t + 24 * 3600_000);
      expect(window.length).toBeLessThanOrEqual(3);
    }
  });
});
