/**
 * Promotions and recommendations at size: 20,000 customers and 300,000 sales rows, the
 * built Code.js on the emulator. The counter card with its recommendations the first time
 * (the model built from the Sales tab the card reads) and then with the model cached; the
 * model's size in the cache; "Judge promotions" and "Something new" over the same book.
 * SpreadsheetApp calls are counted per execution.
 */
import * as path from 'node:path';
import {performance} from 'node:perf_hooks';
import {createEmulator} from '../emulator';
import {CUSTOMERS} from '../src/sheets/schema-customers';
import {SALES} from '../src/sheets/schema-sales';
import {PROMOTIONS} from '../src/sheets/schema-promotions';
import {
  cardRecommendations,
  MODEL_KEY,
  modelOfRows,
} from '../src/usecases/recommend/card-recommend';
import {documentCache} from '../src/usecases/counter-context';
import {openTable} from '../src/sheets/table';
import {customers, putRows} from '../test/counter/shop';

const ROOT = path.resolve(__dirname, '..');
const DAY = 86_400_000;
const CUSTOMERS_N = 20_000;
const SALES_N = 300_000;

/** 60 items in 6 tastes; each customer keeps to two tastes, mostly one. */
const TASTES = [
  [
    '珍珠奶茶',
    '奶茶',
    '蛋挞',
    '红豆饼',
    '椰奶',
    '双皮奶',
    '布丁',
    '烧仙草',
    '杨枝甘露',
    '芋圆',
  ],
  [
    '可乐',
    '薯片',
    '辣条',
    '鸡翅',
    '汉堡',
    '雪碧',
    '爆米花',
    '炸鸡',
    '薯条',
    '芬达',
  ],
  [
    '面包',
    '牛奶',
    '三明治',
    '咖啡',
    '贝果',
    '酸奶',
    '燕麦',
    '吐司',
    '拿铁',
    '可颂',
  ],
  [
    '冰红茶',
    '绿茶',
    '乌龙茶',
    '柠檬茶',
    '花茶',
    '普洱',
    '龙井',
    '铁观音',
    '菊花茶',
    '大麦茶',
  ],
  [
    '鸭脖',
    '卤蛋',
    '豆干',
    '凤爪',
    '花生',
    '瓜子',
    '牛肉干',
    '鱼豆腐',
    '海苔',
    '锅巴',
  ],
  [
    '冰淇淋',
    '雪糕',
    '冰棍',
    '刨冰',
    '甜筒',
    '圣代',
    '冰沙',
    '奶昔',
    '绵绵冰',
    '冰粉',
  ],
];

function rand(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sales(now: number): Array<Record<string, unknown>> {
  const r = rand(13);
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < SALES_N; i++) {
    const c = Math.floor(r() * CUSTOMERS_N);
    const taste = TASTES[r() < 0.8 ? c % 6 : (c * 7 + 3) % 6];
    const n = 1 + Math.floor(r() * 3);
    const items = Array.from(
      {length: n},
      () => taste[Math.floor(r() * r() * 10)],
    );
    out.push({
      date: new Date(now - Math.floor(r() * 400) * DAY - (i % 600) * 60_000),
      customer: `C${String(c + 1).padStart(5, '0')}`,
      items: items.join('、'),
      amount: 5 + (i % 40),
      payment: '现金',
    });
  }
  return out;
}

/**
 * Wall time and this process's CPU time: the bench shares its machine, and CPU time is
 * what the work itself costs (the emulator runs in this one thread).
 */
function timed<T>(f: () => T): {ms: number; cpu: number; value: T} {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = f();
  const c = process.cpuUsage(c0);
  return {
    ms: Math.round(performance.now() - t0),
    cpu: Math.round((c.user + c.system) / 1000),
    value,
  };
}

export async function benchRecommend(): Promise<void> {
  const now = new Date('2026-03-10T06:00:00Z');
  const emu = createEmulator({locale: 'zh_CN', timeZone: 'Asia/Shanghai', now});
  const app = emu.loadBundle(path.join(ROOT, 'dist', 'Code.js'));
  app.call('setUpShop', []);
  putRows(emu, CUSTOMERS, customers(CUSTOMERS_N));
  putRows(emu, SALES, sales(now.getTime()));
  const day = (iso: string) => new Date(`${iso}T00:00:00+08:00`);
  putRows(emu, PROMOTIONS, [
    {
      name: '开学季',
      start: day('2026-02-23'),
      end: day('2026-03-01'),
      items: '全部',
    },
    {
      name: '奶茶第二杯半价',
      start: day('2026-03-02'),
      end: day('2026-03-15'),
      items: '奶茶, 珍珠奶茶',
    },
  ]);
  const rows: string[][] = [];
  const card = (label: string, key: string) => {
    const t = timed(
      () => app.call('customerCard', [key]) as {recommended?: unknown[]},
    );
    rows.push([
      label,
      String(t.ms),
      String(t.cpu),
      String(emu.calls.spreadsheet('execution')),
      JSON.stringify((t.value.recommended ?? []).length),
    ]);
  };
  card('card, first (model built)', 'C00001');
  const cached = emu.run(() =>
    emu.globals.CacheService.getDocumentCache()!.get(MODEL_KEY),
  );
  card('card, model cached', 'C00002');
  card('card, model cached', 'C00003');
  emu.cacheControl.evictAll();
  card('card, cache evicted', 'C00004');
  const judged = timed(() => app.call('judgePromotions', []));
  rows.push([
    'Judge promotions (2)',
    String(judged.ms),
    String(judged.cpu),
    String(emu.calls.spreadsheet('execution')),
    '',
  ]);
  emu.ui.answer('OK', '奶茶');
  const news = timed(() => app.call('somethingNew', []));
  const listed = emu.spreadsheet.getSheetByName('上新通知')?.getLastRow() ?? 1;
  rows.push([
    'Something new: 奶茶',
    String(news.ms),
    String(news.cpu),
    String(emu.calls.spreadsheet('execution')),
    String(listed - 1),
  ]);
  console.log(
    `${CUSTOMERS_N.toLocaleString('en')} customers, ${SALES_N.toLocaleString('en')} sales rows (emulator, built Code.js)\n`,
  );
  console.log(
    '| what | wall ms | CPU ms | SpreadsheetApp calls | recommended / listed |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  // The recommendations' own share of a card: the same rows the card reads.
  const uninstall = emu.install();
  try {
    const part = emu.run(() => {
      const ss =
        emu.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
      const table = openTable(ss, SALES, 'zh-CN')!;
      const mine = table.rows.filter(r => r.raw.customer === 'C00005');
      const cache = documentCache();
      const cold = timed(() => modelOfRows(table.rows));
      const warm = timed(() => cardRecommendations(table.rows, mine, cache));
      return {cold, warm};
    });
    console.log(
      `\nrecommendations alone (CPU ms): model built ${part.cold.cpu}, from the cached model ${part.warm.cpu}`,
    );
  } finally {
    uninstall();
  }
  console.log(
    `\nmodel in the document cache: ${cached ? cached.length.toLocaleString('en') : 'not kept'} characters`,
  );
}
