/**
 * Renders the demo shop's morning: the owner's digest and a customer's birthday greeting,
 * in Chinese and English, and screenshots them with Debian's Chromium.
 *   npx tsx test/reminders/screenshots.ts   → docs/screenshots/digest-*.png, greeting-*.png
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {launchChromium} from '../../tools/chromium';
import {cst, makeShop, OWNER} from './shop';

const DAY = 86_400_000;

function demo(locale: string) {
  const en = locale.startsWith('en');
  const sales = (
    id: string,
    lastIso: string,
    every: number,
    n: number,
    item: string,
  ) =>
    Array.from({length: n}, (_, k) => ({
      date: new Date(cst(`${lastIso}T10:30:00`).getTime() - k * every * DAY),
      customer: id,
      items: item,
      amount: 18 + (k % 5) * 3,
    }));
  const shop = makeShop({
    locale,
    now: cst('2026-02-16T08:10:00'),
    settings: en
      ? {
          shopName: "Wang's Snacks",
          ownerName: 'Mrs Wang',
          shopPhone: '021-5555 0101',
        }
      : {},
    customers: [
      {
        id: '13800138000',
        name: en ? 'Auntie Zhang' : '张阿姨',
        phone: '13800138000',
        wechat: 'zhang_ayi',
        email: 'zhang@example.com',
        consent: 'yes',
        birthday: '农历腊月三十',
        preferences: en ? 'sunflower seeds, plums' : '五香瓜子、话梅',
      },
      {
        id: '13912345678',
        name: en ? 'Mr Chen' : '陈先生',
        phone: '139 1234 5678',
        wechat: 'chen88',
      },
      {
        id: '13698765432',
        name: en ? 'Xiao Li' : '小李',
        phone: '13698765432',
        email: 'li@example.com',
        consent: 'yes',
        wechat: 'xiaoli_2000',
      },
      {
        id: '13755556666',
        name: en ? 'Grandpa Zhou' : '周大爷',
        phone: '13755556666',
        birthday: '1950-02-19',
        preferences: en ? 'peanut brittle' : '花生糖',
      },
      {
        id: '15000001111',
        name: '<script>alert(1)</script>',
        phone: '15000001111',
        consent: 'yes',
        email: 'x@example.com',
      },
    ],
    sales: [
      ...sales(
        '13800138000',
        '2026-02-14',
        2,
        40,
        en ? 'sunflower seeds' : '五香瓜子',
      ),
      ...sales(
        '13912345678',
        '2025-12-20',
        3,
        30,
        en ? 'dried mango' : '芒果干',
      ),
      ...sales(
        '13698765432',
        '2026-02-05',
        5,
        12,
        en ? 'spicy strips' : '辣条',
      ),
      ...sales(
        '13755556666',
        '2026-02-12',
        6,
        10,
        en ? 'peanut brittle' : '花生糖',
      ),
      ...sales('15000001111', '2026-02-13', 30, 1, en ? 'chips' : '薯片'),
    ],
    feedback: [
      {
        date: cst('2026-02-14T19:20:00'),
        customer: '13698765432',
        type: 'complaint',
        text: en ? 'Spicy strips were past their date' : '辣条过期了',
        status: 'open',
      },
    ],
  });
  shop.append(CONTACTS, [
    {
      date: cst('2026-02-01T10:00:00'),
      customer: '13755556666',
      channel: 'phone',
      outcome: en ? 'fine' : '挺好',
    },
  ]);
  shop.run();
  const digest = shop.emu.outbox.find(m => m.to.includes(OWNER));
  const greeting = shop.emu.outbox.find(m =>
    m.to.includes('zhang@example.com'),
  );
  shop.uninstall();
  if (!digest?.htmlBody || !greeting?.htmlBody)
    throw new Error('demo sent nothing');
  return {digest: digest.htmlBody, greeting: greeting.htmlBody};
}

async function main(): Promise<void> {
  const out = path.resolve('docs/screenshots');
  fs.mkdirSync(out, {recursive: true});
  const browser = await launchChromium();
  try {
    for (const [locale, suffix] of [
      ['zh_CN', 'zh'],
      ['zh_TW', 'zh-TW'],
      ['en_US', 'en'],
    ]) {
      const html = demo(locale);
      for (const [name, body, width] of [
        ['digest', html.digest, 640],
        ['greeting', html.greeting, 560],
      ] as const) {
        const page = await browser.newPage({
          viewport: {width: width + 40, height: 600},
          deviceScaleFactor: 1,
        });
        await page.setContent(body, {waitUntil: 'load'});
        const file = path.join(out, `${name}-${suffix}.png`);
        await page.screenshot({path: file, fullPage: true});
        fs.writeFileSync(path.join('/tmp', `${name}-${suffix}.html`), body);
        await page.close();
        console.log(file);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
