import {cst, makeShop, OWNER, Shop} from './shop';

describe('daily reminders on the emulator', () => {
  let shop: Shop;
  afterEach(() => shop?.uninstall());

  it('sends one digest with a complaint first and a birthday greeting by email', () => {
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
          wechat: 'zhang_ayi',
          preferences: '瓜子、话梅',
        },
        {
          id: 'C2',
          name: '<script>alert(1)</script>',
          phone: '=HYPERLINK("x")',
          consent: 'no',
        },
      ],
      sales: [
        {
          date: cst('2026-02-01T10:00:00'),
          customer: 'C1',
          items: '瓜子',
          amount: 20,
        },
        {
          date: cst('2026-02-20T10:00:00'),
          customer: 'C2',
          items: '薯片',
          amount: 12,
        },
      ],
      feedback: [
        {
          date: cst('2026-03-08T12:00:00'),
          customer: 'C2',
          type: 'complaint',
          text: '薯片受潮',
          status: 'open',
        },
      ],
    });
    const r = shop.run();
    expect(r.outcome).toBe('done');
    expect(r.digest).toBe('sent');
    expect(r.emails).toBe(1);
    const digests = shop.digests();
    expect(digests).toHaveLength(1);
    const d = digests[0];
    expect(d.to).toBe(OWNER);
    // Complaint first, then birthday.
    expect(d.body.indexOf('薯片受潮')).toBeLessThan(d.body.indexOf('今天生日'));
    expect(d.html).not.toContain('<script>alert(1)</script>');
    expect(d.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(d.html).toContain('href="tel:13800138000"');
    const mails = shop.customerMails();
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe('zhang@example.com');
    expect(mails[0].body).toContain('生日快乐');
    expect(mails[0].body).toContain('退订');

    // A second run the same day sends nothing more.
    const again = shop.run();
    expect(again.emails).toBe(0);
    expect(again.digest).toBe('already');
    expect(shop.emu.outbox).toHaveLength(2);
  });

  it('keeps regulars who come daily off the list and lists one gone a week', () => {
    const daily = Array.from({length: 40}, (_, i) => ({
      date: cst(`2026-03-${String(10 - (i % 9)).padStart(2, '0')}T09:00:00`),
      customer: 'R1',
      amount: 10,
    }));
    const weekAgo = Array.from({length: 40}, (_, i) => ({
      date: new Date(
        cst('2026-03-02T09:00:00').getTime() - (i % 30) * 86400000,
      ),
      customer: 'R2',
      amount: 10,
    }));
    shop = makeShop({
      now: cst('2026-03-10T08:00:00'),
      customers: [
        {id: 'R1', name: '天天来'},
        {id: 'R2', name: '一周没来'},
      ],
      sales: [...daily, ...weekAgo],
    });
    shop.run();
    const d = shop.digests()[0];
    expect(d.body).toContain('一周没来');
    expect(d.body).not.toContain('天天来');
  });

  it('sends nothing when nothing is due, unless the owner asked for an all-clear', () => {
    shop = makeShop({customers: [{id: 'Q', name: '安静的顾客'}]});
    const r = shop.run();
    expect(r.digest).toBe('none');
    expect(shop.emu.outbox).toHaveLength(0);
    shop.setSettings({allClearEmail: true});
    shop.emu.clock.advance(86_400_000);
    shop.run();
    expect(shop.digests()).toHaveLength(1);
    expect(shop.digests()[0].subject).toContain('今日无需回访');
  });

  it('without an owner email it sends nothing and says why in Settings', () => {
    shop = makeShop({
      settings: {ownerEmail: ''},
      customers: [
        {
          id: 'B',
          name: '寿星',
          email: 'b@example.com',
          consent: 'yes',
          birthday: '1990-03-10',
        },
      ],
      now: cst('2026-03-10T08:00:00'),
    });
    expect(shop.run().outcome).toBe('noOwner');
    expect(shop.emu.outbox).toHaveLength(0);
  });

  it('speaks English in an English sheet and Traditional Chinese in a Taiwanese one', () => {
    const customers = [
      {
        id: 'B',
        name: 'Amy',
        email: 'amy@example.com',
        consent: 'yes',
        birthday: '1990-03-10',
      },
    ];
    shop = makeShop({
      locale: 'en_US',
      customers,
      now: cst('2026-03-10T08:00:00'),
    });
    shop.run();
    expect(shop.digests()[0].subject).toContain('follow-ups for today');
    expect(shop.customerMails()[0].body).toContain('Happy birthday');
    expect(shop.customerMails()[0].body).toContain('unsubscribe');
    shop.uninstall();
    shop = makeShop({
      locale: 'zh_TW',
      customers,
      now: cst('2026-03-10T08:00:00'),
    });
    shop.run();
    expect(shop.digests()[0].subject).toContain('今日回訪提醒');
    expect(shop.customerMails()[0].body).toContain('生日快樂');
  });
});
