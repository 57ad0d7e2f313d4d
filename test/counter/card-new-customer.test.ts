/**
 * A customer added at the counter with a lunar birthday (八月十五, 农历), on the book the
 * preview serves from the built dist/Code.js with its grade formulas: the card shows the
 * birthday as stored even when it is months away, and the card, the search list (the
 * bootstrap, read from the Customers tab) and the Customers tab's grade cell tell one
 * grade. The sale is made early in the morning, before the daily trigger has moved
 * "Grades as of" to the new day: the formulas used to leave that sale out (a blank
 * grade) while the card, counted as of today, said E.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {Preview, startPreview} from '../../preview/server';
import {lunarOfDay} from '../../src/domain/followup/lunar';
import {dayNumber} from '../../src/domain/dates';
import {Card} from '../../src/domain/counter/wire';

interface Tab {
  name: string;
  values: string[][];
}

async function post(
  url: string,
  body: unknown,
): Promise<{ok: boolean; value: unknown}> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify(body),
  });
  return (await res.json()) as {ok: boolean; value: unknown};
}

describe('a new customer with a lunar birthday, added at the counter', () => {
  let dir: string;
  let preview: Preview;
  const run = async (name: string, args: unknown[]) => {
    const out = await post(`${preview.url}api/run`, {name, args});
    expect(out.ok).toBe(true);
    return out.value;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-card-new-'));
    preview = await startPreview({
      port: 0,
      dataFile: path.join(dir, 'workbook.json'),
      fresh: true,
      now: new Date('2026-11-24T03:30:00Z'), // 11:30 in Shanghai
    });
  });

  afterAll(async () => {
    await preview?.close();
    fs.rmSync(dir, {recursive: true, force: true});
  });

  it('shows the birthday months away and one grade on card, list and sheet', async () => {
    // 07:30 the next day: the daily trigger (8:00) has not run yet.
    await post(`${preview.url}api/clock`, {hours: 20});
    const sale = (await run('logSale', [
      {
        requestId: 'req-lunar-newcust-01',
        customerId: null,
        newCustomer: {
          name: '王五',
          phone: '13712345678',
          birthday: '八月十五',
          birthdayKind: 'lunar',
        },
        items: '奶茶',
        amount: '18',
        payment: 'cash',
        note: '',
      },
    ])) as {ok: boolean; value: {customerId: string}};
    expect(sale.ok).toBe(true);

    const boot = (await run('counterBootstrap', [])) as {
      customers: {ids: string[]; grades: string[]};
    };
    const list = boot.customers;
    const i = list.ids.findIndex(
      id => id === sale.value.customerId || id === '13712345678',
    );
    expect(i).toBeGreaterThanOrEqual(0);
    const card = (await run('customerCard', [list.ids[i]])) as Card;
    expect(card).not.toBeNull();
    if (!card.birthday) throw new Error('no birthday on the card');

    // The birthday, as stored: lunar 8/15, next on a solar day that is lunar 8/15.
    expect(card.birthday).toMatchObject({lunar: true, month: 8, day: 15});
    expect(card.birthday.inDays).toBeGreaterThan(30);
    const next = dayNumber(new Date(`${card.birthday.date}T00:00:00Z`), 'UTC');
    expect(lunarOfDay(next)).toMatchObject({month: 8, day: 15});
    expect(next - card.today).toBe(card.birthday.inDays);

    // One grade: the card's, the list's and the Customers tab's cell.
    const state = (await (await fetch(`${preview.url}api/state`)).json()) as {
      tabs: Tab[];
    };
    const customers = state.tabs[0].values;
    const gradeCol = customers[0].indexOf('等级');
    const row = customers.find(r => r.includes('13712345678'))!;
    expect(card.grade).toBe('E');
    expect(list.grades[i]).toBe('E');
    expect(row[gradeCol]).toBe('E');
  });
});
