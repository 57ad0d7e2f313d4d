import {generateShop} from './generate';
import {summariseSales} from '../src/domain/customer-stats';
const shop = generateShop({customers: 50000, sales: 1000000});
for (let k = 0; k < 6; k++) {
  const t = performance.now();
  summariseSales(shop.sales, {asOf: shop.asOf, tz: shop.tz});
  console.log('engine', (performance.now() - t).toFixed(0));
}
