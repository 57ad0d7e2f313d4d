/**
 * A complaint followed up: once a contact is recorded on or after the complaint's day,
 * the owner has called, so the morning list keeps the complaint (it is open until
 * resolved, first on the list) but asks for it to be marked resolved instead of
 * suggesting the call again with the generic message. A contact before the complaint
 * answers nothing.
 */
import {
  CustomerFacts,
  Occasion,
  occasionsFor,
} from '../../src/domain/followup/occasions';
import {reasonText} from '../../src/domain/followup/render';
import {DEFAULT_TEMPLATES} from '../../src/domain/followup/templates';
import {day, RULES} from './rules-fixture';
import {cst, makeShop, Shop} from './shop';

function withComplaint(lastContact: number | null): CustomerFacts {
  return {
    key: 'c1',
    birthday: null,
    consent: 'yes',
    grade: 'C',
    gradeAtLastPurchase: 'C',
    firstPurchase: day('2026-01-01'),
    lastPurchase: day('2026-03-01'),
    lastContact,
    largeSales: [],
    complaints: [{id: 'k1', day: day('2026-03-08'), text: '奶茶太甜'}],
  };
}

const complaintOn = (f: CustomerFacts, iso: string): Occasion[] =>
  occasionsFor(f, day(iso), RULES, []).filter(o => o.kind === 'complaint');

describe('the rule: a contact after a complaint followed it up', () => {
  it('no contact: the complaint asks for the call', () => {
    const [o] = complaintOn(withComplaint(null), '2026-03-10');
    expect(o.detail.followedUp).toBeUndefined();
    expect(reasonText(o, 'zh-CN')).toBe('投诉已 2 天未解决：奶茶太甜');
  });

  it('a contact before the complaint answers nothing', () => {
    const [o] = complaintOn(withComplaint(day('2026-03-07')), '2026-03-10');
    expect(o.detail.followedUp).toBeUndefined();
  });

  it('a contact the same day or later: still listed, as followed up', () => {
    for (const iso of ['2026-03-08', '2026-03-09']) {
      const due = complaintOn(withComplaint(day(iso)), '2026-03-10');
      expect(due).toHaveLength(1);
      expect(due[0].detail.followedUp).toBe(iso);
      expect(reasonText(due[0], 'en')).toBe(
        `complaint followed up on ${iso}, not marked resolved yet: 奶茶太甜 (mark it resolved at the counter once settled)`,
      );
    }
  });
});

describe('the morning digest after the follow-up call', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  const spec = (contacts: Array<Record<string, unknown>>) => ({
    now: cst('2026-03-10T08:05:00'),
    customers: [{id: 'C1', name: '李娜', phone: '13800138000'}],
    sales: [
      {
        date: cst('2026-03-01T10:00:00'),
        customer: 'C1',
        items: '奶茶',
        amount: 12,
      },
    ],
    feedback: [
      {
        date: cst('2026-03-08T12:00:00'),
        customer: 'C1',
        type: 'complaint',
        text: '奶茶太甜',
        status: 'open',
      },
    ],
    contacts,
  });
  // The template's words after its {name}{shop}{owner} opening.
  const generic = DEFAULT_TEMPLATES.msgComplaint['zh-CN'].split('。')[1];

  it('without a contact, the generic call message is suggested', () => {
    shop = makeShop(spec([]));
    expect(shop.run().outcome).toBe('done');
    const [digest] = shop.digests();
    expect(digest.body).toContain('奶茶太甜');
    expect(digest.body).toContain(generic);
  });

  it('after a call the day after, it asks for the complaint to be resolved, with no message', () => {
    shop = makeShop(
      spec([
        {
          date: cst('2026-03-09T16:00:00'),
          customer: 'C1',
          channel: 'phone',
          reason: '投诉跟进',
          outcome: '已道歉，下次送一杯少糖',
        },
      ]),
    );
    expect(shop.run().outcome).toBe('done');
    const [digest] = shop.digests();
    expect(digest.body).toContain(
      '投诉已于 2026-03-09 回访跟进，仍未标记解决：奶茶太甜',
    );
    expect(digest.body).not.toContain(generic);
    expect(digest.html).not.toContain(generic);
  });
});
