import {generateShop} from './generate';
import {summariseSales} from '../src/domain/customer-stats';
const shop = generateShop({customers: 50000, sales: 1000000});
const g = (globalThis as any).gc;
for (let k = 0; k < 6; k++) {
  if (g && k % 2) g();
  const t = performance.now();
  summariseSales(shop.sales, {asOf: shop.asOf, tz: shop.tz});
  console.log(k % 2 ? 'after gc' : 'no gc', (performance.now() - t).toFixed(0));
}
const t = performance.now();
summariseSales({customers: shop.sales.customers, dates: shop.sales.dates}, {asOf: shop.asOf, tz: shop.tz});
console.log('no amounts', (performance.now() - t).toFixed(0));
