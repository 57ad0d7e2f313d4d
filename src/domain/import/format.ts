/**
 * What Shuke knows of a cash register's export: which headers say it is that export, and
 * which of its columns hold each field Shuke takes in. A format is data only, one small
 * module per export under formats/, so a new till is one file and one line in the list.
 */

/** The fields an export may carry, whatever its columns are called. */
export type ImportField =
  | 'date' // date, or date and time
  | 'time' // a separate time column (Square)
  | 'receipt' // receipt / order / transaction number
  | 'receiptType' // sale or refund
  | 'status' // closed, cancelled, refunded…
  | 'amount' // what the customer paid for the receipt, or for the line
  | 'item' // one item (line-item exports) or a description of all of them
  | 'quantity'
  | 'category'
  | 'payment'
  | 'staff'
  | 'note'
  | 'customerName'
  | 'firstName'
  | 'lastName'
  | 'phone'
  | 'contacts' // phone and/or email in one cell (Loyverse)
  | 'email'
  | 'wechat'
  | 'memberNo' // the till's own customer / member number
  | 'birthday'
  | 'birthdayKind' // 公历 / 农历 beside the birthday (银豹's 生日类型)
  | 'since' // customer since / first visit
  | 'points' // the till's points balance of a member
  | 'stored'; // the till's stored-value (储值) balance of a member

export type ImportKind = 'sales' | 'customers';

export interface ExportFormat {
  id: string;
  /** Shown to the owner: the till and the export, as the till names them. */
  name: string;
  kind: ImportKind;
  /** Headers that must all be in the header row for the tab to be this export. */
  signature: readonly string[];
  /** Headers of each field, first found wins (several spellings of one column). */
  columns: Readonly<Partial<Record<ImportField, readonly string[]>>>;
  /** One row per item: rows of one receipt make one purchase. */
  lineItems?: boolean;
  /** receiptType / status values (any case) that make a row a refund or a void. */
  refundWhen?: readonly string[];
  voidWhen?: readonly string[];
  /**
   * How the till writes a date whose day and month are both numbers (3/5/2026) when
   * the tab itself does not tell (no day above 12): 'mdy' or 'dmy'. Absent: refused.
   */
  dayMonthOrder?: 'mdy' | 'dmy';
  /** The `item` column lists several items as "2 x Tea, 1 x Bun" (Loyverse Receipts). */
  itemList?: boolean;
  /** Where the header row comes from and how sure we are (kept for the next reader). */
  source: string;
}
