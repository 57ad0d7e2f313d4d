import {generateShop} from './generate';
import {dayReader} from '../src/domain/dates';
import {parseAmount} from '../src/domain/customer-stats';
const shop = generateShop({customers: 50000, sales: 1000000});
const {customers, dates, amounts} = shop.sales;
for (let k = 0; k < 3; k++) {
  let t = performance.now(); let x = 0;
  const m = new Map<unknown, number>();
  for (let i = 0; i < customers.length; i++) { const c = customers[i]; if (typeof c === 'string') { const v = m.get(c); if (v === undefined) m.set(c, i); else x += v; } }
  const a = performance.now() - t; t = performance.now();
  const dr = dayReader(shop.tz);
  for (let i = 0; i < dates.length; i++) x += dr(dates[i]) ?? 0;
  const b = performance.now() - t; t = performance.now();
  for (let i = 0; i < amounts.length; i++) x += parseAmount(amounts[i]) ?? 0;
  const c = performance.now() - t;
  console.log('strings', a.toFixed(0), 'dates', b.toFixed(0), 'amounts', c.toFixed(0), x > 0);
}
