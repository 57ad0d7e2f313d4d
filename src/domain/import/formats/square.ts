/**
 * Square: Dashboard ▸ Transactions ▸ Export (Transactions CSV, Item Details CSV) and
 * Customers ▸ Directory ▸ Export. Header rows as public code reading real exports has
 * them (several repositories, 2016–2026: columns were added over the years, never
 * renamed, so only long-standing ones are relied on): Transactions "Date,Time,Time
 * Zone,Gross Sales,…,Total Collected,…,Transaction ID,Payment ID,…,Staff Name,…,
 * Description,Event Type,Location,Dining Option,Customer ID,Customer Name,Customer
 * Reference ID,…,Transaction Status"; Items "Date,Time,Time Zone,Category,Item,Qty,Price
 * Point Name,SKU,Modifiers Applied,Gross Sales,Discounts,Net Sales,Tax,Transaction ID,
 * Payment ID,Device Name,Notes,Details,Event Type,Location,Dining Option,Customer ID,
 * Customer Name,Customer Reference ID"; Customers "First Name,Last Name,Email Address,
 * Phone Number,…,Birthday,Memo,Square Customer ID,Creation Source,First Visit,…": sure.
 * Square's Customer ID links a sale to its customer (transactions carry no phone), so a
 * Square customer's Shuke id is their Square Customer ID. Event Type is Payment or
 * Refund. US dashboards write dates month first (10/05/2026) when not ISO.
 */
import {ExportFormat} from '../format';

const SOURCE =
  'Square Dashboard exports; header rows seen in public code reading real exports (sure)';

export const SQUARE_TRANSACTIONS: ExportFormat = {
  id: 'square-transactions',
  name: 'Square · Transactions',
  kind: 'sales',
  signature: ['Transaction ID', 'Total Collected', 'Event Type'],
  columns: {
    date: ['Date'],
    time: ['Time'],
    receipt: ['Transaction ID'],
    receiptType: ['Event Type'],
    status: ['Transaction Status'],
    amount: ['Total Collected', 'Net Sales'],
    item: ['Description'],
    staff: ['Staff Name'],
    customerName: ['Customer Name'],
    memberNo: ['Customer ID'],
  },
  itemList: true,
  refundWhen: ['refund'],
  voidWhen: ['voided', 'canceled', 'cancelled', 'failed'],
  dayMonthOrder: 'mdy',
  source: SOURCE,
};

export const SQUARE_ITEMS: ExportFormat = {
  id: 'square-items',
  name: 'Square · Items',
  kind: 'sales',
  signature: ['Transaction ID', 'Item', 'Qty', 'Event Type'],
  columns: {
    date: ['Date'],
    time: ['Time'],
    receipt: ['Transaction ID'],
    receiptType: ['Event Type'],
    amount: ['Net Sales', 'Gross Sales'],
    item: ['Item'],
    quantity: ['Qty'],
    category: ['Category'],
    note: ['Notes'],
    customerName: ['Customer Name'],
    memberNo: ['Customer ID'],
  },
  lineItems: true,
  refundWhen: ['refund'],
  dayMonthOrder: 'mdy',
  source: SOURCE,
};

export const SQUARE_CUSTOMERS: ExportFormat = {
  id: 'square-customers',
  name: 'Square · Customers',
  kind: 'customers',
  signature: ['Square Customer ID', 'First Name', 'Last Name'],
  columns: {
    firstName: ['First Name'],
    lastName: ['Last Name'],
    email: ['Email Address'],
    phone: ['Phone Number'],
    memberNo: ['Square Customer ID'],
    birthday: ['Birthday'],
    note: ['Memo'],
    since: ['First Visit', 'Creation Date'],
  },
  dayMonthOrder: 'mdy',
  source: SOURCE,
};
