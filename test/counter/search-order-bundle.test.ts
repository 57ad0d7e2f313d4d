/**
 * The order of search hits with the figures the built bundle sends: counterBootstrap
 * reads the Customers tab's grade, purchases-a-month and last-visit columns (the grade
 * formulas over the Sales tab) and the sidebar's search ranks by them. Searching "138"
 * in a shop where every phone starts with 138 shows the regular first.
 */
import {buildIndex, search} from '../../src/domain/counter/search';
import {CustomerIndex} from '../../src/domain/counter/wire';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {testReadings} from './pinyin-dict';
import {bundleShop, putRows} from './shop';

const DAY = 86_400_000;

describe('search order with the bundle’s figures', () => {
  it('puts the regular first among fifteen phones starting with 138', async () => {
    const now = Date.parse('2026-03-10T06:00:00Z');
    const {emu} = bundleShop('zh_CN', new Date(now));
    const people = [];
    for (let i = 1; i <= 14; i++) {
      people.push({
        id: `C${String(i).padStart(5, '0')}`,
        name: `顾客${i}`,
        phone: `138000000${String(i).padStart(2, '0')}`,
      });
    }
    people.push({id: 'C00015', name: '老主顾王阿姨', phone: '13812345678'});
    putRows(emu, CUSTOMERS, people);
    const sales = [];
    // Everyone bought once, a year ago; the regular twice a week for two months.
    for (const p of people) {
      sales.push({
        date: new Date(now - 365 * DAY),
        customer: p.id,
        items: '奶茶',
        amount: 12,
        payment: '现金',
      });
    }
    for (let d = 1; d <= 60; d += 3) {
      sales.push({
        date: new Date(now - d * DAY),
        customer: 'C00015',
        items: '奶茶',
        amount: 12,
        payment: '现金',
      });
    }
    putRows(emu, SALES, sales);
    const boot = (await emu.scriptRun('counterBootstrap', [])) as {
      customers: CustomerIndex;
    };
    const c = boot.customers;
    const regular = c.ids.indexOf('C00015');
    // 20 purchases in the 90-day window: 20 × 30 ÷ 90 a month, grade C (README).
    expect(c.grades[regular]).toBe('C');
    expect(c.perMonth[regular]).toBe(6.7);
    expect(c.grades[0]).toBe('E');
    expect(c.daysSince[regular]).toBe(1);
    expect(c.daysSince[0]).toBe(365);
    const index = buildIndex(c, testReadings());
    const shown = search(index, '138', 10);
    expect(shown.total).toBe(15);
    expect(c.names[shown.hits[0]]).toBe('老主顾王阿姨');
  });
});
