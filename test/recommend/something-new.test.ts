/**
 * "Something new": fans by purchases and preferences, consent deciding how (and whether)
 * they are told, a message to copy in the book's language, once per item a day, hostile
 * names kept as text, and the digest's list of who is still to tell.
 */
import {NEWS_TEXTS} from '../../src/domain/recommend/texts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {SOMETHING_NEW} from '../../src/sheets/schema-promotions';
import {openTable} from '../../src/sheets/table';
import {tellFansAtCounter} from '../../src/usecases/recommend/counter-news';
import {
  listFans,
  newsSummary,
  somethingNew,
} from '../../src/usecases/recommend/something-new';
import {recordConsent} from '../../src/usecases/privacy/rights';
import {deps} from '../counter/shop';
import {makeShop, Shop} from '../reminders/shop';

const when = new Date('2026-03-01T03:00:00Z');
const HOSTILE = '=HYPERLINK("http://evil.example","点我")';

/** Messages consent as the counter records it in the Privacy log. */
function consent(
  shop: Shop,
  customerId: string,
  status: 'agreed' | 'withdrawn',
) {
  const out = shop.emu.run(() =>
    recordConsent(
      {
        requestId: `req-consent-${customerId}`,
        customerId,
        status,
        how: 'counter',
        purposes: ['messages'],
        by: '',
      },
      deps(shop.emu),
    ),
  );
  if (!out.ok) throw new Error(out.message);
}

function fanShop(lang: 'zh_CN' | 'en_US' = 'zh_CN'): Shop {
  const shop = makeShop({
    locale: lang,
    // A digest every morning, even one with nothing else to say.
    settings: {allClearEmail: true},
    customers: [
      {
        id: 'C00001',
        name: '张三',
        phone: '13800138000',
        email: 'zs@example.com',
        consent: '同意',
      },
      {
        id: 'C00002',
        name: '李四',
        phone: '13900139000',
        wechat: 'lisi_wx',
        consent: '同意',
      },
      {
        id: 'C00003',
        name: '王五',
        phone: '13700137000',
        preferences: '珍珠奶茶、蛋挞',
      },
      {
        id: 'C00004',
        name: '赵六',
        phone: '13600136000',
        email: 'zl@example.com',
        consent: '不同意',
      },
      {
        id: 'C00005',
        name: '钱七',
        phone: '13500135000',
        email: 'qq@example.com',
        consent: '已退订',
      },
      {
        id: 'C00006',
        name: HOSTILE,
        phone: '13400134000',
        consent: '同意',
        wechat: '<script>x</script>',
      },
      {id: 'C00007', name: '孙八', phone: '13300133000'},
      {id: 'C00008', name: '周九', phone: '13200132000'},
    ],
    sales: [
      {date: when, customer: 'C00008', items: '奶茶', amount: 10},
      {date: when, customer: 'C00001', items: '奶茶×2、蛋挞', amount: 20},
      {date: when, customer: 'C00001', items: '奶茶', amount: 10},
      {date: when, customer: '13900139000', items: '珍珠奶茶', amount: 12}, // by phone
      {date: when, customer: 'C00004', items: '奶茶', amount: 10},
      {date: when, customer: 'C00005', items: '奶茶', amount: 10},
      {date: when, customer: 'C00006', items: '奶茶', amount: 10},
      {date: when, customer: 'C00007', items: '奶茶', amount: 10, void: '作废'},
      {date: when, customer: 'C00007', items: '薯片', amount: 10},
    ],
  });
  // 李四 and the hostile name agreed to messages; 周九 withdrew them.
  consent(shop, 'C00002', 'agreed');
  consent(shop, 'C00006', 'agreed');
  consent(shop, 'C00008', 'withdrawn');
  return shop;
}

describe('Something new', () => {
  let shop: Shop;
  afterEach(() => shop.uninstall());

  const list = () =>
    shop.emu.run(() => openTable(shop.ss(), SOMETHING_NEW, shop.lang)!.rows);

  test('fans by purchases and preferences; consent decides how; refusals left off', () => {
    shop = fanShop();
    const o = shop.emu.run(() =>
      listFans(shop.ss(), '奶茶', shop.emu.clock.now()),
    );
    expect(o).toMatchObject({
      item: '奶茶',
      tab: '上新通知',
      listed: 5,
      already: 0,
      // 钱七 unsubscribed, 周九 withdrew messages in the Privacy log.
      withheld: 2,
    });
    const rows = list();
    expect(
      rows.map(r => [r.raw.customer, r.raw.name, r.values.how, r.raw.contact]),
    ).toEqual([
      ['C00001', '张三', '邮件', 'zs@example.com'], // bought twice
      ['C00006', HOSTILE, '微信', '<script>x</script>'],
      ['C00002', '李四', '微信', 'lisi_wx'],
      // Declined email, never asked about messages: in person.
      ['C00004', '赵六', '下次到店时当面告知（未记录营销同意）', ''],
      ['C00003', '王五', '下次到店时当面告知（未记录营销同意）', ''],
    ]);
    expect(rows[0].values.why).toBe('买过 奶茶（2 次）');
    expect(rows[4].values.why).toBe('喜好：珍珠奶茶');
    expect(rows[0].values.message).toBe(
      '张三您好！老王零食铺新到了奶茶。您常买这款，想您会喜欢，欢迎来尝尝。不想再收到此类消息，回复“退订”即可。',
    );
    expect(String(rows[1].values.message)).toMatch(/^=HYPERLINK/);
    expect(rows.every(r => r.values.done === false)).toBe(true);
    // Nothing a customer typed became a formula.
    const sheet = shop.emu.spreadsheet.getSheetByName('上新通知')!;
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual(
      [],
    );
    // The Done column is a checkbox.
    const done = sheet.getRange(2, 9, 5, 1).getDataValidations();
    expect(done.flat().map(v => String(v?.getCriteriaType()))).toEqual(
      Array(5).fill('CHECKBOX'),
    );
  });

  test('twice the same day lists nobody twice; another day lists them again', () => {
    shop = fanShop();
    const run = () =>
      shop.emu.run(() => listFans(shop.ss(), ' 奶茶 ', shop.emu.clock.now()));
    run();
    const again = run();
    expect(again).toMatchObject({listed: 0, already: 5});
    expect(list()).toHaveLength(5);
    // The retry says why nobody new was listed, in words a zero reads well in.
    expect(newsSummary(again, 'en')).toMatch(
      /: 0 customers newly listed in the "上新通知" tab\. Already listed today \(not repeated\): 5\. Left off for refusing marketing: 2\.$/,
    );
    expect(newsSummary(again, 'zh-CN')).toMatch(
      /：新列入「上新通知」表 0 位客户。今天已列过、不重复列：5 位；不同意营销、未列入：2 位。$/,
    );
    shop.emu.clock.advance(86_400_000);
    expect(run()).toMatchObject({listed: 5, already: 0});
    expect(list()).toHaveLength(10);
  });

  test('a retry after an execution died part way completes the list, once', () => {
    shop = fanShop();
    shop.emu.faults.killAt(c => c.method === 'setDataValidation');
    expect(() =>
      shop.emu.run(() => listFans(shop.ss(), '奶茶', shop.emu.clock.now())),
    ).toThrow(/Exceeded maximum execution time/);
    shop.emu.run(() => listFans(shop.ss(), '奶茶', shop.emu.clock.now()));
    expect(list().map(r => r.raw.customer)).toEqual([
      'C00001',
      'C00006',
      'C00002',
      'C00004',
      'C00003',
    ]);
  });

  test('a retry after a death whose rows Google had kept adds none', () => {
    shop = fanShop();
    shop.emu.faults.killAt(c => c.method === 'setDataValidation', {
      keepUnflushed: 'all',
    });
    expect(() =>
      shop.emu.run(() => listFans(shop.ss(), '奶茶', shop.emu.clock.now())),
    ).toThrow();
    const again = shop.emu.run(() =>
      listFans(shop.ss(), '奶茶', shop.emu.clock.now()),
    );
    expect(again).toMatchObject({listed: 0, already: 5});
    expect(list()).toHaveLength(5);
  });

  test('the menu asks in the viewer language and writes in the book language', () => {
    shop = fanShop();
    shop.emu.ui.answer('OK', '蛋挞');
    shop.emu.session.userLocale = 'en';
    shop.emu.run(() => somethingNew());
    const [prompt, alert] = shop.emu.ui.alerts.slice(-2);
    expect(prompt.kind).toBe('prompt');
    expect(prompt.title).toBe('Something new');
    expect(alert.prompt).toBe(
      '"蛋挞": 2 customers newly listed in the "上新通知" tab. Already listed today (not repeated): 0. Left off for refusing marketing: 0.',
    );
    expect(list().map(r => r.values.why)).toEqual([
      '买过 蛋挞（1 次）',
      '喜好：蛋挞',
    ]);
  });

  test('the menu: cancelled does nothing, blank is refused', () => {
    shop = fanShop();
    shop.emu.ui.answer('CANCEL', '奶茶');
    shop.emu.run(() => somethingNew());
    shop.emu.ui.answer('OK', '   ');
    shop.emu.run(() => somethingNew());
    expect(shop.emu.ui.alerts.at(-1)?.prompt).toBe(NEWS_TEXTS.empty['zh-CN']);
    expect(shop.emu.spreadsheet.getSheetByName('上新通知')).toBeNull();
  });

  test('from the counter, under its request id, the same list', () => {
    shop = fanShop();
    const d = {...deps(shop.emu), viewerLang: () => 'zh-TW' as const};
    const out = shop.emu.run(() =>
      tellFansAtCounter({requestId: 'req-news-0001', item: '薯片'}, d),
    );
    expect(out).toMatchObject({ok: true, value: {listed: 1, withheld: 0}});
    if (out.ok)
      expect(out.value.summary).toMatch(
        /^「薯片」：新列入「上新通知」表 1 位客戶。/,
      );
    const bad = shop.emu.run(() =>
      tellFansAtCounter({requestId: 'req-news-0002', item: ''}, d),
    );
    expect(bad).toMatchObject({
      ok: false,
      fields: {item: '請輸入商品或品類名稱。'},
    });
  });

  test('the digest lists what is still to tell until every row is ticked', () => {
    shop = fanShop();
    shop.emu.run(() => listFans(shop.ss(), '奶茶', shop.emu.clock.now()));
    shop.run();
    const [d] = shop.digests();
    expect(d.body).toContain('== 上新通知：还没告知的 ==');
    expect(d.body).toContain(
      '* 奶茶（2026-03-10 列出）：还有 5 位没告知，共 5 位',
    );
    // The owner ticks them all; the next morning says nothing of it.
    shop.emu.run(() => {
      const t = openTable(shop.ss(), SOMETHING_NEW, shop.lang)!;
      t.updateMany(t.rows.map(r => ({row: r.row, values: {done: true}})));
    });
    shop.emu.clock.advance(86_400_000);
    shop.run();
    expect(shop.digests()).toHaveLength(2);
    expect(shop.digests()[1].body).not.toContain('还没告知');
    expect(CUSTOMERS.key).toBe('customers');
    expect(SALES.key).toBe('sales');
  });
});
