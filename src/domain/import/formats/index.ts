/** Every export Shuke recognises, most specific first; add a till with one line. */
import {ExportFormat} from '../format';
import {GENERIC_CUSTOMERS, GENERIC_SALES} from './generic';
import {
  LOYVERSE_CUSTOMERS,
  LOYVERSE_RECEIPTS,
  LOYVERSE_RECEIPTS_BY_ITEM,
} from './loyverse';
import {POSPAL_MEMBERS, POSPAL_SALES} from './pospal';
import {SQUARE_CUSTOMERS, SQUARE_ITEMS, SQUARE_TRANSACTIONS} from './square';
import {YOUZAN_CUSTOMERS, YOUZAN_ORDERS} from './youzan';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  LOYVERSE_RECEIPTS,
  LOYVERSE_RECEIPTS_BY_ITEM,
  LOYVERSE_CUSTOMERS,
  SQUARE_TRANSACTIONS,
  SQUARE_ITEMS,
  SQUARE_CUSTOMERS,
  POSPAL_MEMBERS,
  POSPAL_SALES,
  YOUZAN_ORDERS,
  YOUZAN_CUSTOMERS,
];

export const GENERIC_FORMATS = {
  sales: GENERIC_SALES,
  customers: GENERIC_CUSTOMERS,
};
