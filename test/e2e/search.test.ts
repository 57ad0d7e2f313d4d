/**
 * The counter's search in the built sidebar, in Chromium: the pinyin tables as bundled
 * (simplified, traditional, surnames), the browser's collation for rare characters, and
 * the order of hits from the figures counterBootstrap sends. The preview's demo shop is
 * there too; these customers' phones start with 177, which none of its phones does.
 */
import {Browser, Page} from 'playwright-core';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {launchChromium} from '../../tools/chromium';
import {openSidebar, preview, Preview, putRows} from './counter-helpers';

jest.setTimeout(90_000);

const NOW = new Date('2026-03-10T06:00:00Z');
const DAY = 86_400_000;

let browser: Browser;
let p: Preview;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  p = await preview('zh_TW', NOW);
  const names = [
    '丁舒力',
    '錢強',
    '歐陽小鳳',
    '單小龍',
    '万俟明',
    '褚時健',
    '區家麟',
    '王喆',
    '周伯欣',
  ];
  const people = names.map((name, i) => ({
    id: `C${String(i + 1).padStart(5, '0')}`,
    name,
    phone: `177000000${String(i + 1).padStart(2, '0')}`,
  }));
  people.push({id: 'C00099', name: '老主顧王阿姨', phone: '17712345678'});
  putRows(p.emulator, CUSTOMERS, people);
  const sales = [];
  for (let d = 1; d <= 60; d += 3) {
    sales.push({
      date: new Date(NOW.getTime() - d * DAY),
      customer: 'C00099',
      items: '奶茶',
      amount: 12,
    });
  }
  putRows(p.emulator, SALES, sales);
  ({page} = await openSidebar(browser, p));
});

afterAll(async () => {
  await browser?.close();
  await p?.close();
});

async function search(q: string): Promise<string[]> {
  await page.fill('#q', q);
  await page.waitForSelector('[data-role=results], [data-role=no-match]');
  return page
    .locator('button.result')
    .evaluateAll(bs => bs.map(b => (b as HTMLElement).dataset.id ?? ''));
}

describe('the counter search in the browser', () => {
  it.each([
    ['dingsl', 'C00001'],
    ['qianqiang', 'C00002'],
    ['qq', 'C00002'],
    ['oyxf', 'C00003'],
    ['ouyangx', 'C00003'],
    ['shanxl', 'C00004'],
    ['moqim', 'C00005'],
    ['chushijian', 'C00006'],
    ['oujl', 'C00007'],
    ['wangzhe', 'C00008'],
    ['zhouboxin', 'C00009'],
  ])('finds "%s"', async (q, id) => {
    expect(await search(q)).toEqual([id]);
  });

  it('shows the regular first when every phone starts alike', async () => {
    const ids = await search('177');
    expect(ids[0]).toBe('C00099');
    expect(ids.slice(1, 10).sort()).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(n => `C0000${n}`),
    );
  });
});
