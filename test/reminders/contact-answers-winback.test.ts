/**
 * A logged contact answers today's win-back: after the owner calls a lapsed regular, the
 * card stops asking for the call and the next morning's digest does not list them again;
 * only one cadence of the grade they had later, still without a purchase, are they due
 * again (in person: no second automatic email).
 */
import {afterContact} from '../../src/domain/counter/card-update';
import {Card} from '../../src/domain/counter/wire';
import {CustomerFacts, occasionsFor} from '../../src/domain/followup/occasions';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {day, RULES} from './rules-fixture';
import {cst, makeShop, Shop} from './shop';

/** A B regular who last bought on 1 December: lapsed from 12 January (3 × 14 days). */
function regular(lastContact: number | null): CustomerFacts {
  return {
    key: 'r1',
    birthday: null,
    consent: 'yes',
    grade: 'E',
    gradeAtLastPurchase: 'B',
    firstPurchase: day('2025-09-01'),
    lastPurchase: day('2025-12-01'),
    lastContact,
    largeSales: [],
    complaints: [],
  };
}

const lapsedOn = (f: CustomerFacts, iso: string) =>
  occasionsFor(f, day(iso), RULES, []).filter(o => o.kind === 'lapsed');

describe('the rules: a contact answers the win-back', () => {
  it('without a contact the win-back stands, with its email', () => {
    const due = lapsedOn(regular(null), '2026-03-10');
    expect(due.map(o => [o.id, o.email])).toEqual([
      ['winback:2025-12-01', 'winback'],
    ]);
  });

  it('a contact today answers it, and it stays answered for the 14 days of a B', () => {
    const f = regular(day('2026-03-10'));
    expect(lapsedOn(f, '2026-03-10')).toEqual([]);
    expect(lapsedOn(f, '2026-03-23')).toEqual([]); // day 13 after the call
    const again = lapsedOn(f, '2026-03-24'); // day 14: due again, in person
    expect(again.map(o => [o.id, o.email, o.detail.days])).toEqual([
      [
        'winback:2025-12-01:2026-03-10',
        null,
        day('2026-03-24') - day('2025-12-01'),
      ],
    ]);
    // No check-in in the meantime either: the win-back is their follow-up.
    expect(
      occasionsFor(f, day('2026-03-15'), RULES, []).filter(
        o => o.kind === 'checkin',
      ),
    ).toEqual([]);
  });

  it('a contact on or before the last purchase answers nothing', () => {
    expect(lapsedOn(regular(day('2025-12-01')), '2026-03-10')).toHaveLength(1);
  });

  it('the counter card drops the win-back once a contact is logged', () => {
    const card = {
      due: [
        {kind: 'lapsed', text: '100 days since', row: null},
        {kind: 'birthday', text: 'birthday in 2 days', row: null},
      ],
    } as unknown as Card;
    expect(afterContact(card).due.map(d => d.kind)).toEqual(['birthday']);
  });
});

describe('the daily run after a call', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('the next morning does not list them again; 14 days later it does, with no email', () => {
    // 30 visits every 3 days up to 9 January: a B regular, gone 60 days on 10 March.
    shop = makeShop({
      now: cst('2026-03-10T15:00:00'),
      customers: [
        {
          id: 'R1',
          name: '老主顾',
          phone: '13800000001',
          email: 'r1@example.com',
          consent: 'yes',
        },
      ],
      sales: Array.from({length: 30}, (_, k) => ({
        date: new Date(cst('2026-01-09T10:00:00').getTime() - k * 3 * 86400000),
        customer: 'R1',
        amount: 15,
      })),
    });
    // The owner sees the card and calls before any digest listed them.
    shop.append(CONTACTS, [
      {
        date: cst('2026-03-10T15:05:00'),
        customer: 'R1',
        channel: 'phone',
        outcome: '说下周来',
      },
    ]);
    shop.emu.clock.set(cst('2026-03-11T08:00:00'));
    shop.run();
    const listed = () =>
      shop
        .log()
        .rows.filter(r => r.channel === 'line' && r.customer === 'r1')
        .map(r => r.item);
    expect(listed()).toEqual([]);
    expect(shop.customerMails()).toEqual([]);

    shop.emu.clock.set(cst('2026-03-23T08:00:00')); // 13 days after the call
    shop.run();
    expect(listed()).toEqual([]);

    shop.emu.clock.set(cst('2026-03-24T08:00:00')); // 14 days: a B's cadence
    shop.run();
    expect(listed()).toEqual(['winback:2026-01-09:2026-03-10']);
    expect(shop.digests().at(-1)?.body).toContain('老主顾');
    expect(shop.customerMails()).toEqual([]);
  });

  it('a win-back email held for the quota does not go once the owner has called', () => {
    shop = makeShop({
      now: cst('2026-03-10T08:00:00'),
      mailQuota: 1, // the owner's digest only: the greeting is held
      customers: [
        {id: 'R1', name: '老主顾', email: 'r1@example.com', consent: 'yes'},
      ],
      sales: Array.from({length: 30}, (_, k) => ({
        date: new Date(cst('2026-01-09T10:00:00').getTime() - k * 3 * 86400000),
        customer: 'R1',
        amount: 15,
      })),
    });
    const first = shop.run();
    expect(first.held).toBe(1);
    shop.append(CONTACTS, [
      {date: cst('2026-03-10T16:00:00'), customer: 'R1', channel: 'phone'},
    ]);
    shop.emu.clock.set(cst('2026-03-11T09:00:00'));
    shop.run();
    expect(shop.customerMails()).toEqual([]);
    const email = shop
      .log()
      .rows.filter(r => r.channel === 'email')
      .map(r => r.status);
    expect(email).toEqual(['held', 'expired']);
  });
});
