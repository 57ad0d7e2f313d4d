/**
 * Loyverse POS: Back office ▸ Reports ▸ Receipts (Export), the same by item, and
 * Customers (Export). Receipts and Receipts by item: header rows as published in public
 * code that reads real exports (several independent repositories agree, from 2025–2026
 * exports): "Date,Receipt number,Receipt type,Gross sales,Discounts,Net sales,Taxes,Total
 * collected,Cost of goods,Gross profit,Payment type,Description,Dining option,POS,Store,
 * Cashier name,Customer name,Customer contacts,Status" and "Date,Receipt number,Receipt
 * type,Category,SKU,Item,Variant,Modifiers applied,Quantity,Gross sales,Discounts,Net
 * sales,Cost of goods,Gross profit,Taxes,POS,Store,Cashier name,Customer name,Customer
 * contacts,Comment,Status": sure. Receipt type is Sale or Refund, Status Closed or
 * Cancelled. Dates follow the account's locale (7/28/26 1:33 PM in the US, 01/10/2026
 * 23:50 elsewhere), so day and month are told from the tab's own dates.
 * Customers: from Loyverse's customer import/export template as we know it (Customer
 * name, Email, Phone, …, Customer code, Note, First visit, …, Points balance): fairly
 * sure of the names, not of their order, which does not matter here.
 */
import {ExportFormat} from '../format';

const SOURCE_RECEIPTS =
  'Loyverse Back office receipts export; header row seen in public code reading real exports (sure)';

export const LOYVERSE_RECEIPTS: ExportFormat = {
  id: 'loyverse-receipts',
  name: 'Loyverse · Receipts',
  kind: 'sales',
  signature: ['Receipt number', 'Receipt type', 'Total collected'],
  columns: {
    date: ['Date'],
    receipt: ['Receipt number'],
    receiptType: ['Receipt type'],
    status: ['Status'],
    amount: ['Total collected', 'Net sales'],
    item: ['Description'],
    payment: ['Payment type'],
    staff: ['Cashier name'],
    customerName: ['Customer name'],
    contacts: ['Customer contacts'],
    note: ['Comment'],
  },
  itemList: true,
  refundWhen: ['refund'],
  voidWhen: ['cancelled', 'canceled'],
  source: SOURCE_RECEIPTS,
};

export const LOYVERSE_RECEIPTS_BY_ITEM: ExportFormat = {
  id: 'loyverse-items',
  name: 'Loyverse · Receipts by item',
  kind: 'sales',
  signature: ['Receipt number', 'Receipt type', 'Item', 'Quantity'],
  columns: {
    date: ['Date'],
    receipt: ['Receipt number'],
    receiptType: ['Receipt type'],
    status: ['Status'],
    amount: ['Net sales', 'Gross sales'],
    item: ['Item'],
    quantity: ['Quantity'],
    category: ['Category'],
    staff: ['Cashier name'],
    customerName: ['Customer name'],
    contacts: ['Customer contacts'],
    note: ['Comment'],
  },
  lineItems: true,
  refundWhen: ['refund'],
  voidWhen: ['cancelled', 'canceled'],
  source: SOURCE_RECEIPTS,
};

export const LOYVERSE_CUSTOMERS: ExportFormat = {
  id: 'loyverse-customers',
  name: 'Loyverse · Customers',
  kind: 'customers',
  signature: ['Customer name', 'Customer code'],
  columns: {
    customerName: ['Customer name'],
    email: ['Email'],
    phone: ['Phone'],
    memberNo: ['Customer code'],
    note: ['Note'],
    since: ['First visit'],
    points: ['Points balance'],
  },
  source:
    'Loyverse customers export/import template as we know it (fairly sure of the names)',
};
