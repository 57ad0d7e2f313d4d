import {cst, makeShop, Shop} from './shop';

// A birthday greeting to a customer whose complaint is still open would make it worse:
// no email goes, and the owner's list shows both, complaint first.
describe('an open complaint holds greeting emails back', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('sends no birthday email while the complaint is open, and lists both', () => {
    shop = makeShop({
      now: cst('2026-03-10T08:05:00'),
      customers: [
        {
          id: 'C1',
          name: '张阿姨',
          phone: '13800138000',
          email: 'zhang@example.com',
          consent: 'yes',
          birthday: '1960-03-10',
          birthdayKind: 'solar',
        },
      ],
      sales: [
        {
          date: cst('2026-02-01T10:00:00'),
          customer: 'C1',
          items: '瓜子',
          amount: 20,
        },
      ],
      feedback: [
        {
          date: cst('2026-03-08T12:00:00'),
          customer: 'C1',
          type: 'complaint',
          text: '瓜子受潮',
          status: 'open',
        },
      ],
    });
    const r = shop.run();
    expect(r.outcome).toBe('done');
    expect(shop.customerMails()).toHaveLength(0);
    const [digest] = shop.digests();
    expect(digest.body).toContain('瓜子受潮');
    expect(digest.body).toContain('今天生日');
    expect(digest.body.indexOf('瓜子受潮')).toBeLessThan(
      digest.body.indexOf('今天生日'),
    );
  });
});
