/**
 * The preview's demo shop: 小林零食铺, a snack shop near a school, with about forty
 * customers and four months of sales up to the preview's "today" (most members joined in
 * the last three). Generated from a seeded random stream and the clock, so the same start
 * gives the same shop, and grades, birthdays and reminders fall on sensible days whatever
 * the date.
 *
 * The customers cover what the book must handle: daily regulars (A) down to passers-by
 * (E), a regular who stopped coming, a new customer, people on the book who never bought,
 * walk-ins without a customer, phone numbers stored as numbers, lunar birthdays, and text
 * owners really type (a note starting with "=" or "+", emoji, pasted HTML).
 */
import {DAY_MS, dateOfDay, dayNumber} from '../src/domain/dates';
import {Lang} from '../src/domain/i18n';
import {
  CONTACTS,
  CUSTOMERS,
  FEEDBACK,
  SALES,
  TabDef,
} from '../src/sheets/schema';
import {writeSetting} from '../src/sheets/settings';
import {mustOpenTable, RecordInput} from '../src/sheets/table';
import {seededRandom} from '../tools/seeded-random';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface Product {
  name: string;
  category: string;
  price: number;
  /** The preference word that makes a customer pick it. */
  tag: string;
}

const PRODUCTS: readonly Product[] = [
  {name: '卫龙大面筋', category: '辣条', price: 5.5, tag: '辣条'},
  {name: '卫龙亲嘴烧', category: '辣条', price: 3.5, tag: '辣条'},
  {name: '麻辣素牛排', category: '辣条', price: 4, tag: '辣条'},
  {name: '每日坚果', category: '坚果', price: 6.9, tag: '坚果'},
  {name: '碧根果', category: '坚果', price: 19.9, tag: '坚果'},
  {name: '盐焗腰果', category: '坚果', price: 15.8, tag: '坚果'},
  {name: '喜之郎果冻', category: '果冻', price: 8.5, tag: '果冻'},
  {name: '蒟蒻果冻', category: '果冻', price: 6.8, tag: '果冻'},
  {name: '乐事薯片 原味', category: '薯片', price: 7.5, tag: '薯片'},
  {name: '乐事薯片 黄瓜味', category: '薯片', price: 7.5, tag: '薯片'},
  {name: '可比克薯片', category: '薯片', price: 5, tag: '薯片'},
  {name: '珍珠奶茶', category: '奶茶', price: 12, tag: '奶茶'},
  {name: '杨枝甘露', category: '奶茶', price: 15, tag: '奶茶'},
  {name: '旺旺雪饼', category: '饼干', price: 6.5, tag: '饼干'},
  {name: '奥利奥', category: '饼干', price: 9.9, tag: '饼干'},
  {name: '大白兔奶糖', category: '糖果', price: 10, tag: '糖果'},
  {name: '话梅', category: '蜜饯', price: 8, tag: '话梅'},
  {name: '鸭脖', category: '卤味', price: 18, tag: '卤味'},
  {name: '农夫山泉', category: '饮料', price: 2, tag: '饮料'},
  {name: '冰红茶', category: '饮料', price: 3.5, tag: '饮料'},
];

type Pattern =
  | {kind: 'regular'; perMonth: number; startAgo: number; stopAgo?: number}
  | {kind: 'once'; ago: number}
  | {kind: 'never'};

interface DemoCustomer {
  name: string;
  phone: string;
  /** Stored as a number, as a cash-register import or a typed long number would be. */
  phoneAsNumber: boolean;
  email?: string;
  wechat?: string;
  /** Birthday: month and day; lunar ones are months and days of the lunar calendar. */
  birthday?: {y: number; m: number; d: number; lunar: boolean};
  preferences: string;
  family?: string;
  referredBy?: number;
  consent?: 'yes' | 'no' | 'unsubscribed';
  notes?: string;
  pattern: Pattern;
}

/** The owner's address: Settings' owner email and the emulated user's own. */
export const DEMO_OWNER_EMAIL = 'xiaolin.snacks@example.com';

const SHOP = {
  shopName: '小林零食铺',
  ownerName: '林小梅',
  ownerEmail: DEMO_OWNER_EMAIL,
  shopPhone: '0571-8888 6688',
};

/** Who is on the book. Phone numbers are fictitious (the 1380000xxxx style). */
function customers(): DemoCustomer[] {
  const c = (
    name: string,
    phone: string,
    pattern: Pattern,
    preferences: string,
    more: Partial<DemoCustomer> = {},
  ): DemoCustomer => ({
    name,
    phone,
    phoneAsNumber: false,
    preferences,
    pattern,
    ...more,
  });
  const r = (perMonth: number, startAgo = 92, stopAgo?: number): Pattern => ({
    kind: 'regular',
    perMonth,
    startAgo,
    stopAgo,
  });
  return [
    // Daily regulars: grade A.
    c('王秀英', '13800010001', r(24), '辣条、饮料', {
      family: '孙子在对面小学读三年级，放学常一起来',
      birthday: {y: 1962, m: 8, d: 15, lunar: true},
      consent: 'no',
      notes: '老街坊，喜欢聊天',
      phoneAsNumber: true,
    }),
    c('张伟', '13800010002', r(20), '奶茶、薯片', {
      wechat: 'zhangwei_88',
      email: 'zhangwei@example.com',
      consent: 'yes',
      birthday: {y: 1995, m: 3, d: 12, lunar: false},
      notes: '下班路过，18点左右',
    }),
    c('李娜', '13800010003', r(17), '果冻、饼干', {
      family: '两个女儿（6岁、9岁）',
      birthday: {y: 1988, m: 11, d: 2, lunar: false},
      consent: 'yes',
      email: 'lina.mom@example.com',
      wechat: 'lina_2013',
    }),
    // Nearly every other day: grade B.
    c('刘洋', '13800010004', r(12), '坚果', {
      notes: '健身，只买无糖坚果',
      phoneAsNumber: true,
    }),
    c('陈静', '13800010005', r(11), '奶茶', {
      wechat: 'chenjing_cat',
      birthday: {y: 2001, m: 6, d: 20, lunar: false},
      notes: '少糖少冰 🧋',
    }),
    c('杨帆', '13800010006', r(12), '辣条、卤味', {
      family: '室友也常来',
      referredBy: 2,
    }),
    c('赵敏', '13800010007', r(10.5), '话梅、糖果', {
      birthday: {y: 1979, m: 1, d: 8, lunar: true},
      consent: 'no',
    }),
    // Twice a week or so: grade C.
    c('黄磊', '13800010008', r(7), '薯片、饮料', {
      notes: '=小林说：他是隔壁网吧老板',
    }),
    c('周婷', '13800010009', r(6), '果冻、糖果', {
      family: '女儿对花生过敏，别推荐含花生的',
      email: 'zhouting@example.com',
      consent: 'yes',
      birthday: {y: 1990, m: 9, d: 30, lunar: false},
    }),
    c('吴刚', '13800010010', r(6.5), '卤味、饮料', {phoneAsNumber: true}),
    c('徐丽', '13800010011', r(5.5), '坚果、饼干', {
      referredBy: 3,
      notes: '+1 团购群群主，可以发活动',
    }),
    c('孙浩', '13800010012', r(6), '辣条', {
      notes: '对面中学高二学生',
    }),
    c('马晓燕', '13800010013', r(5.2), '奶茶、话梅', {
      wechat: 'xiaoyan_ma',
      birthday: {y: 1998, m: 4, d: 4, lunar: false},
    }),
    // About once a week: grade D.
    c('朱建国', '13800010014', r(4), '坚果', {
      family: '退休教师，老伴腿脚不便',
      birthday: {y: 1955, m: 9, d: 9, lunar: true},
      phoneAsNumber: true,
    }),
    c('胡小红', '13800010015', r(3.6), '果冻', {referredBy: 1}),
    // Came twice a week until three weeks ago: at risk.
    c('郭强', '13800010016', r(8, 92, 21), '饮料、薯片', {}),
    c('何梅', '13800010017', r(4.2), '饼干、糖果', {
      email: 'hemei@example.com',
      consent: 'unsubscribed',
    }),
    c('林志明', '13800010018', r(3.4), '辣条、奶茶', {
      notes: '@王姐 的外甥',
      referredBy: 1,
    }),
    c('高洁', '13800010019', r(3.8), '坚果、话梅', {
      birthday: {y: 1985, m: 12, d: 24, lunar: false},
    }),
    c('罗斌', '13800010020', r(3.2), '卤味', {}),
    // Now and then: grade E.
    c('梁雪', '13800010021', r(1.6), '奶茶', {}),
    c('宋佳', '13800010022', r(1.2), '果冻、饼干', {
      notes: '<b>周末</b>带孩子来',
    }),
    c('郑凯', '13800010023', r(1.5), '薯片', {phoneAsNumber: true}),
    c('谢芳', '13800010024', r(1.3), '糖果', {
      birthday: {y: 1993, m: 2, d: 14, lunar: false},
    }),
    c('韩磊', '13800010025', r(1.8), '辣条', {}),
    c('唐雨', '13800010026', r(1.1), '话梅', {
      wechat: 'tangyu_rain',
    }),
    c('冯涛', '13800010027', r(1.4), '饮料', {}),
    c('曹颖', '13800010028', r(1.7), '坚果、奶茶', {
      email: 'caoying@example.com',
      consent: 'yes',
    }),
    // Bought once.
    c('邓超', '13800010029', {kind: 'once', ago: 61}, '薯片', {}),
    c('许晴', '13800010030', {kind: 'once', ago: 34}, '奶茶', {
      notes: '游客，说下次还来',
    }),
    c('潘越', '13800010031', {kind: 'once', ago: 12}, '辣条', {}),
    c('蒋琳', '13800010032', {kind: 'once', ago: 3}, '果冻', {
      referredBy: 9,
    }),
    // A regular who stopped coming three months ago: lapsed, worth winning back.
    c('田亮', '13800010033', r(14, 120, 95), '卤味、辣条、饮料', {
      wechat: 'tianliang77',
      notes: '以前天天来，最近没见了',
      family: '在附近工地上班',
    }),
    // New: three purchases since the first one a few days ago (grade D by the rule).
    c('钱多多', '13800010034', r(9, 9), '奶茶、坚果', {
      notes: '新搬来的邻居',
      referredBy: 5,
      email: 'duoduo@example.com',
      consent: 'yes',
    }),
    c('姚慧', '13800010035', r(2.2, 40), '饼干', {}),
    c('邵阳', '13800010036', r(4.5, 50), '辣条、薯片', {
      birthday: {y: 2008, m: 7, d: 1, lunar: false},
      notes: '学生，用零花钱 😄',
    }),
    // On the book, never bought: potential customers.
    c('白露', '13800010037', {kind: 'never'}, '奶茶', {
      notes: '扫码入会，还没来消费',
    }),
    c('夏天', '13800010038', {kind: 'never'}, '', {
      wechat: 'summer_xia',
    }),
    c('方圆', '13800010039', {kind: 'never'}, '坚果', {referredBy: 4}),
    c('石磊', '13800010040', {kind: 'never'}, '', {}),
  ];
}

export interface DemoShop {
  settings: typeof SHOP;
  customers: RecordInput[];
  sales: RecordInput[];
  feedback: RecordInput[];
  contacts: RecordInput[];
  /** Rows whose phone (and id) cells are written as numbers: 0-based customer index. */
  numericPhones: number[];
}

const STAFF = ['林小梅', '阿芳', '小周'];

/**
 * The shop's rows, by column key. Sales are in time order and end before `now`; every
 * purchase is one row (one visit, one receipt). Customer keys are the phone numbers,
 * the member number at a Chinese counter.
 */
export function demoShop(now: Date, tz: string, seed = 20260301): DemoShop {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(rand() * list.length)];
  const today = dayNumber(now, tz);
  const people = customers();
  const at = (day: number, minutes: number): Date =>
    new Date(dateOfDay(day, tz).getTime() + minutes * 60_000);

  type Visit = {when: Date; who: number | null};
  const visits: Visit[] = [];
  const firstDay = new Map<number, number>();
  // Busy after school and after work (哪些时段是销售高峰期): peaks at 16–18h and 19–21h.
  const minuteOfDay = (): number => {
    const u = rand();
    const hour =
      u < 0.15
        ? 9 + rand() * 3
        : u < 0.3
          ? 12 + rand() * 2
          : u < 0.7
            ? 16 + rand() * 2.5
            : 19 + rand() * 2.5;
    return Math.floor(hour * 60);
  };
  const nowMinutes = Math.floor(
    (now.getTime() - dateOfDay(today, tz).getTime()) / 60_000,
  );
  const addVisit = (day: number, who: number | null) => {
    let m = minuteOfDay();
    if (day === today) {
      if (nowMinutes < 9 * 60 + 5) return;
      m = Math.min(m, nowMinutes - 1);
    }
    visits.push({when: at(day, m), who});
    if (who !== null && !(firstDay.get(who)! <= day)) firstDay.set(who, day);
  };

  people.forEach((p, i) => {
    const pat = p.pattern;
    if (pat.kind === 'once') addVisit(today - pat.ago, i);
    if (pat.kind !== 'regular') return;
    const start = today - pat.startAgo;
    const stop = today - (pat.stopAgo ?? 0);
    const chance = Math.min(0.95, pat.perMonth / 30);
    for (let d = start; d <= stop; d++) if (rand() < chance) addVisit(d, i);
  });
  // Walk-ins without a customer: a few every day since the shop began keeping the book.
  for (let d = today - 120; d <= today; d++) {
    const n = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) addVisit(d, null);
  }
  visits.sort((a, b) => a.when.getTime() - b.when.getTime());

  const receiptSeq = new Map<number, number>();
  const promoDays = new Set([today - 70, today - 69, today - 40, today - 39]);
  const sales: RecordInput[] = visits.map(v => {
    const p = v.who === null ? null : people[v.who];
    const tags = p?.preferences ? p.preferences.split('、') : [];
    const liked = PRODUCTS.filter(x => tags.includes(x.tag));
    const lines = 1 + (rand() < 0.35 ? 1 : 0) + (rand() < 0.1 ? 1 : 0);
    const chosen: Product[] = [];
    for (let k = 0; k < lines; k++) {
      const prod = liked.length && rand() < 0.8 ? pick(liked) : pick(PRODUCTS);
      if (!chosen.includes(prod)) chosen.push(prod);
    }
    let quantity = 0;
    let amount = 0;
    const names: string[] = [];
    for (const prod of chosen) {
      const q = rand() < 0.25 ? 2 : 1;
      quantity += q;
      amount += prod.price * q;
      names.push(q > 1 ? `${prod.name}×${q}` : prod.name);
    }
    const day = dayNumber(v.when, tz);
    const promo = promoDays.has(day) && rand() < 0.5 ? 'MANJIAN20' : '';
    if (promo && amount >= 20) amount -= 3;
    amount = Math.round(amount * 100) / 100;
    const seq = (receiptSeq.get(day) ?? 0) + 1;
    receiptSeq.set(day, seq);
    const iso = new Date(day * DAY_MS)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    const u = rand();
    const payment =
      u < 0.55 ? 'wechat' : u < 0.85 ? 'alipay' : u < 0.97 ? 'cash' : 'card';
    return {
      date: v.when,
      customer: p ? p.phone : '',
      items: names.join('、'),
      category: chosen[0].category,
      quantity,
      amount,
      payment,
      promo,
      points: p ? Math.floor(amount) : '',
      receipt: `XL${iso}-${String(seq).padStart(3, '0')}`,
      staff: pick(STAFF),
      note: '',
    };
  });

  const customerRows: RecordInput[] = people.map((p, i) => {
    const first = firstDay.get(i);
    const since =
      first !== undefined
        ? first - Math.floor(rand() * 3)
        : today - 5 - Math.floor(rand() * 60);
    return {
      id: p.phone,
      name: p.name,
      phone: p.phone,
      email: p.email ?? '',
      wechat: p.wechat ?? '',
      birthday: p.birthday
        ? dateOfDay(civil(p.birthday.y, p.birthday.m, p.birthday.d), tz)
        : '',
      birthdayKind: p.birthday ? (p.birthday.lunar ? 'lunar' : 'solar') : '',
      preferences: p.preferences,
      family: p.family ?? '',
      referredBy: p.referredBy ? people[p.referredBy - 1].phone : '',
      consent: p.consent ?? '',
      notes: p.notes ?? '',
      since: dateOfDay(since, tz),
    };
  });
  // A birthday in three days, so the reminders have someone to greet whatever the date,
  // and tomorrow's for 张伟 (email and consent given), so the first "+1 day" in the
  // preview shows a customer greeting in the outbox beside the owner's digest.
  const birthdayIn = (row: number, days: number, year: number) => {
    const d = new Date((today + days) * DAY_MS);
    (customerRows[row] as Record<string, unknown>).birthday = dateOfDay(
      civil(year, d.getUTCMonth() + 1, d.getUTCDate()), // a leap year: any day exists
      tz,
    );
  };
  birthdayIn(4, 3, 2000);
  birthdayIn(1, 1, 1996);

  const phoneOf = (n: number) => people[n - 1].phone;
  const feedback: RecordInput[] = [
    {
      date: at(today - 2, 17 * 60 + 40),
      customer: phoneOf(9),
      type: 'complaint',
      rating: 2,
      text: '上周买的喜之郎果冻有一盒快过期了，孩子吃了说味道不对。希望进货时注意日期。',
      status: 'open',
      resolution: '',
      resolvedOn: '',
    },
    {
      date: at(today - 30, 19 * 60 + 5),
      customer: phoneOf(2),
      type: 'complaint',
      rating: 3,
      text: '奶茶等了十五分钟',
      status: 'resolved',
      resolution: '道歉并送了一杯，已加一台封口机',
      resolvedOn: dateOfDay(today - 29, tz),
    },
    {
      date: at(today - 21, 16 * 60 + 20),
      customer: phoneOf(3),
      type: 'praise',
      rating: 5,
      text: '店员很耐心，孩子挑了半天也没催 👍',
      status: '',
      resolution: '',
      resolvedOn: '',
    },
    {
      date: at(today - 14, 12 * 60 + 30),
      customer: phoneOf(4),
      type: 'suggestion',
      rating: 4,
      text: '希望多进一些无糖坚果和低卡零食',
      status: 'open',
      resolution: '',
      resolvedOn: '',
    },
    {
      date: at(today - 45, 20 * 60),
      customer: '',
      type: 'survey',
      rating: 4,
      text: '<script>alert(1)</script> 价格可以再实惠点',
      status: 'resolved',
      resolution: '下月起满20减3',
      resolvedOn: dateOfDay(today - 40, tz),
    },
  ];
  const contacts: RecordInput[] = [
    {
      date: at(today - 60, 10 * 60),
      customer: phoneOf(33),
      channel: 'wechat',
      reason: '好久没来，问候一下',
      outcome: '说最近加班，有空就来',
      by: '林小梅',
    },
    {
      date: at(today - 29, 11 * 60),
      customer: phoneOf(2),
      channel: 'phone',
      reason: '投诉回访',
      outcome: '满意，已解决',
      by: '林小梅',
    },
    {
      date: at(today - 10, 15 * 60),
      customer: phoneOf(14),
      channel: 'inPerson',
      reason: '新到碧根果，告诉他',
      outcome: '买了两包',
      by: '阿芳',
    },
    {
      date: at(today - 5, 9 * 60 + 30),
      customer: phoneOf(11),
      channel: 'sms',
      reason: '团购活动通知',
      outcome: '未回复',
      by: '小周',
    },
  ];

  const byDate = (a: RecordInput, b: RecordInput) =>
    (a.date as Date).getTime() - (b.date as Date).getTime();
  return {
    settings: {...SHOP},
    customers: customerRows,
    sales,
    feedback: feedback.sort(byDate),
    contacts: contacts.sort(byDate),
    numericPhones: people.flatMap((p, i) => (p.phoneAsNumber ? [i] : [])),
  };
}

function civil(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export interface DemoSummary {
  customers: number;
  sales: number;
  feedback: number;
  contacts: number;
}

/**
 * Fills a spreadsheet that Set up shop has prepared (the tabs must exist) with the demo
 * shop, through the same table code the add-on uses, so the cells look like Shuke's own.
 */
export function writeDemoShop(
  ss: Spreadsheet,
  lang: Lang,
  now: Date,
  seed?: number,
): DemoSummary {
  const tz = ss.getSpreadsheetTimeZone();
  const shop = demoShop(now, tz, seed);
  const append = (def: TabDef, rows: RecordInput[]) => {
    const table = mustOpenTable(ss, def, lang, {tz, headerOnly: true});
    return {table, rows: table.append(rows)};
  };
  const cust = append(CUSTOMERS, shop.customers);
  // Some phone numbers arrive as numbers (typed as a long number, or imported): the
  // grade and the counter must treat 13800010001 and "13800010001" as one customer.
  const idCol = cust.table.columns.get('id');
  const phoneCol = cust.table.columns.get('phone');
  for (const i of shop.numericPhones) {
    const row = cust.rows[i];
    const digits = Number(shop.customers[i].phone);
    for (const col of [idCol, phoneCol]) {
      if (col !== undefined) {
        cust.table.sheet.getRange(row, col + 1).setValue(digits);
      }
    }
  }
  append(SALES, shop.sales);
  append(FEEDBACK, shop.feedback);
  append(CONTACTS, shop.contacts);
  for (const [key, value] of Object.entries(shop.settings)) {
    writeSetting(ss, key, value);
  }
  return {
    customers: shop.customers.length,
    sales: shop.sales.length,
    feedback: shop.feedback.length,
    contacts: shop.contacts.length,
  };
}
