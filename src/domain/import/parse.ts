/**
 * An export's rows as purchases and customers. Blank lines are passed over; a total row
 * at the foot is listed and left out; a row that can't be read is listed with its row
 * and reason and never guessed, and the rest of its receipt is left out with it (a
 * receipt is written whole or not at all). Rows of one receipt (same number, same day,
 * sale or refund) make one purchase with its items and total.
 */
import {dayNumber} from '../dates';
import {normaliseKey} from '../keys';
import {
  againstOrder,
  AmbiguousDate,
  ambiguousBirthday,
  ambiguousDate,
  BirthdayRead,
  birthdayOrderOf,
  DayMonthOrder,
  dayMonthOrderOf,
  firstPhone,
  phoneGiven,
  readAmount,
  readBirthday,
  readContacts,
  readExportDate,
  readPhone,
  readQuantity,
  PhoneRead,
  timeOfDay,
} from './cells';
import {ExportFormat, ImportField} from './format';
import {headerKey, Recognised} from './headers';

export type ProblemReason =
  | 'date'
  | 'dateOrder'
  | 'dateMixed'
  | 'dateAgainstChoice'
  | 'noDate'
  | 'amount'
  | 'noAmount'
  | 'total'
  | 'receiptLeftOut'
  | 'noCustomer'
  | 'sameInExport'
  | 'erased'
  | KeptReason;

/**
 * A cell of a row that is imported but could not be read itself (or only in part): its
 * text goes into the notes of the customer or the sale, never guessed, never lost.
 */
export type KeptField =
  'birthday' | 'since' | 'phone' | 'time' | 'quantity' | 'points' | 'stored';
export type KeptReason =
  'keptUnreadable' | 'keptOrder' | 'keptYear' | 'keptMore' | 'keptLostDigits';

export interface Kept {
  field: KeptField;
  reason: KeptReason;
  /** The cell as the export has it. */
  value: string;
}

export interface ImportProblem {
  /** Row number as the sheet shows it. */
  row: number;
  reason: ProblemReason;
  /** The cell's text, or the receipt number. */
  value: string;
  /** For a kept cell: which one. */
  field?: KeptField;
}

/** Whether a problem left its row out (else the row is imported, a cell kept in notes). */
export function leftOut(p: ImportProblem): boolean {
  return p.field === undefined;
}

export interface CustomerRef {
  /** The first row this customer was read from. */
  row: number;
  phone: PhoneRead | null;
  memberNo: string;
  name: string;
  email: string;
  wechat: string;
  birthday: (BirthdayRead & {ok: true}) | null;
  since: Date | null;
  note: string;
  /** Cells of this customer kept as text in their notes. */
  kept: Kept[];
}

export interface Purchase {
  rows: number[];
  receipt: string;
  date: Date;
  refund: boolean;
  voided: boolean;
  amount: number;
  items: string;
  quantity: number | null;
  category: string;
  payment: string;
  staff: string;
  note: string;
  customer: CustomerRef | null;
  /** Cells of the receipt kept as text in the sale's note. */
  kept: Kept[];
  /** Rows of each kept cell, for the report. */
  keptRows: number[];
}

export interface ParsedExport {
  purchases: Purchase[];
  customers: CustomerRef[];
  problems: ImportProblem[];
  /** Data rows read (blank lines not counted). */
  rows: number;
  /**
   * The first date that reads two ways, when neither the till's format nor the tab's
   * own dates tell the order: the owner is asked, and their answer read the tab.
   */
  dateQuestion: AmbiguousDate | null;
}

const TOTAL_WORDS =
  /^(合计|合計|总计|總計|小计|小計|汇总|匯總|总额|總額|total|totals|grand total|subtotal|sum)(?![a-z])/i;

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (v instanceof Date)
    return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  return String(v).normalize('NFC').trim();
}

/** A cell kept in notes as the owner saw it: its text, on one line. */
function keptText(v: unknown): string {
  return text(v).replace(/\s*[\r\n]+\s*/g, ' ');
}

function blank(line: readonly unknown[]): boolean {
  return line.every(c => text(c) === '');
}

function shown(v: unknown): string {
  const s = text(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** "2 x Tea, 1 x Bun" or "Tea x 2, Bun" as items and a count. */
export function itemList(desc: string): {items: Map<string, number>} {
  const items = new Map<string, number>();
  // A quoted newline in the cell separates items as a comma does.
  for (const part of desc.split(/\s*[,，;；\r\n]\s*/)) {
    const p = part.trim();
    if (!p) continue;
    const before = /^(\d+(?:\.\d+)?)\s*[x×*]\s*(.+)$/i.exec(p);
    const after = /^(.+?)\s*[x×*]\s*(\d+(?:\.\d+)?)$/i.exec(p);
    const [name, n] = before
      ? [before[2], Number(before[1])]
      : after
        ? [after[1], Number(after[2])]
        : [p, 1];
    items.set(name.trim(), (items.get(name.trim()) ?? 0) + n);
  }
  return {items};
}

/**
 * Items as the counter writes them: "冰红茶 ×2、豆浆", joined with the book's separator
 * (the counter's itemSeparator) so imported and typed sales read alike.
 */
export function itemsText(
  items: ReadonlyMap<string, number>,
  separator = ', ',
): string {
  return [...items]
    .map(([name, n]) => (n === 1 ? name : `${name} ×${n}`))
    .join(separator);
}

/**
 * A phone that arrived as a number ending in four or more zeros: most likely a
 * spreadsheet rounded it ("1.20656E+09" typed or saved becomes 1206560000), and the
 * digits it lost are not in the cell. Real numbers end so too, so it is imported as
 * written, but said and kept in the notes, never passed silently.
 */
export function mayHaveLostDigits(v: unknown): boolean {
  return (
    typeof v === 'number' &&
    Number.isInteger(v) &&
    /[1-9]0{4,}$/.test(String(v))
  );
}

/** Whether a type or status cell says one of `words`; the few values of a column memoised. */
function matcher(
  words: readonly string[] | undefined,
): (v: unknown) => boolean {
  if (!words || !words.length) return () => false;
  const wanted = new Set(words.map(headerKey));
  const memo = new Map<unknown, boolean>();
  return v => {
    let hit = memo.get(v);
    if (hit === undefined) {
      hit = wanted.has(headerKey(v)) && headerKey(v) !== '';
      if (memo.size < 1000) memo.set(v, hit);
    }
    return hit;
  };
}

interface Group {
  rows: number[];
  receipt: string;
  date: Date;
  refund: boolean;
  voided: boolean;
  amount: number;
  items: Map<string, number>;
  quantity: number | null;
  category: string;
  payment: string;
  staff: string;
  note: string;
  customer: CustomerRef | null;
  /** A line's quantity could not be read: the Quantity cell is left blank. */
  quantityUnknown: boolean;
  kept: Kept[];
  keptRows: number[];
}

/** Reads the tab's values (as getValues gives them) for the recognised export. */
export function parseExport(
  values: readonly (readonly unknown[])[],
  rec: Recognised,
  tz: string,
  /** How the owner said the tab's dates read, when the tab itself can't tell. */
  chosen: DayMonthOrder | null = null,
  /** Between items of one receipt: the book's (the counter's itemSeparator). */
  itemSeparator = ', ',
): ParsedExport {
  const f: ExportFormat = rec.format;
  const col = (line: readonly unknown[], field: ImportField): unknown => {
    const i = rec.columns[field];
    return i === undefined ? '' : (line[i] ?? '');
  };
  const problems: ImportProblem[] = [];
  const data: Array<{row: number; line: readonly unknown[]}> = [];
  for (let i = rec.headerRow + 1; i < values.length; i++) {
    if (!blank(values[i])) data.push({row: i + 1, line: values[i]});
  }
  // Birthdays and customer-since dates are read in the order the till writes them, else
  // the one their own column shows; a date neither tells is kept, not guessed.
  const orderIn = (field: ImportField, of = dayMonthOrderOf) => {
    if (f.dayMonthOrder) return f.dayMonthOrder;
    if (rec.columns[field] === undefined) return null;
    const o = of(data.map(d => col(d.line, field)));
    return o === 'mixed' ? null : o;
  };
  let birthdayOrder = orderIn('birthday', birthdayOrderOf);
  let sinceOrder = orderIn('since');
  // A customers tab whose birthdays or since dates read two ways asks as a sales tab
  // does; unanswered, those cells are kept in the notes.
  const customerQuestion =
    f.kind !== 'customers' || f.dayMonthOrder
      ? null
      : (!birthdayOrder &&
          ambiguousBirthday(data.map(d => col(d.line, 'birthday')))) ||
        (!sinceOrder && ambiguousDate(data.map(d => col(d.line, 'since')))) ||
        null;
  if (customerQuestion && chosen) {
    birthdayOrder ??= chosen;
    sinceOrder ??= chosen;
  }
  /** What customerOf kept of a row naming no customer (a walk-in's unreadable phone). */
  let orphanKept: Kept[] = [];
  const customerOf = (
    row: number,
    line: readonly unknown[],
  ): CustomerRef | null => {
    const kept: Kept[] = [];
    orphanKept = kept;
    const keep = (field: KeptField, reason: KeptReason, v: unknown) =>
      kept.push({field, reason, value: keptText(v)});
    const contacts =
      rec.columns.contacts !== undefined
        ? readContacts(col(line, 'contacts'))
        : {phone: null, email: '', rest: ''};
    const rawPhone = col(line, 'phone');
    let phone = readPhone(rawPhone) ?? contacts.phone;
    // Two numbers in one cell ("138… / 139…"): the first is the customer's phone, the
    // cell as written goes to the notes so the other is not lost.
    const first = phone ? null : firstPhone(rawPhone);
    if (first) {
      phone = first;
      keep('phone', 'keptMore', rawPhone);
    }
    if (phone && mayHaveLostDigits(rawPhone))
      keep('phone', 'keptLostDigits', rawPhone);
    if (!phone) {
      if (phoneGiven(rawPhone)) keep('phone', 'keptUnreadable', rawPhone);
      else if (phoneGiven(contacts.rest))
        keep('phone', 'keptUnreadable', contacts.rest);
    }
    const memberNo = text(col(line, 'memberNo'));
    const name =
      text(col(line, 'customerName')) ||
      [text(col(line, 'firstName')), text(col(line, 'lastName'))]
        .filter(Boolean)
        .join(' ');
    if (!phone && !memberNo && !name) return null;
    const rawBirthday = col(line, 'birthday');
    const b = readBirthday(
      rawBirthday,
      col(line, 'birthdayKind'),
      birthdayOrder,
      tz,
    );
    if (b && !b.ok)
      keep(
        'birthday',
        b.why === 'order' ? 'keptOrder' : 'keptUnreadable',
        rawBirthday,
      );
    if (b?.ok && b.keep) keep('birthday', 'keptYear', rawBirthday);
    const rawSince = col(line, 'since');
    const since = readExportDate(rawSince, '', sinceOrder, tz);
    if (since === 'order') keep('since', 'keptOrder', rawSince);
    else if (since === null && text(rawSince) !== '')
      keep('since', 'keptUnreadable', rawSince);
    return {
      row,
      phone,
      memberNo,
      name,
      email: text(col(line, 'email')) || contacts.email,
      wechat: text(col(line, 'wechat')),
      birthday: b?.ok ? b : null,
      since: since instanceof Date ? since : null,
      // A sales export's note is the sale's ("團購"), never the customer's.
      note: f.kind === 'customers' ? text(col(line, 'note')) : '',
      kept,
    };
  };

  if (f.kind === 'customers') {
    const customers: CustomerRef[] = [];
    for (const {row, line} of data) {
      const first = line.map(text).find(Boolean) ?? '';
      const c = TOTAL_WORDS.test(first) ? null : customerOf(row, line);
      if (!c) {
        problems.push({
          row,
          reason: TOTAL_WORDS.test(first) ? 'total' : 'noCustomer',
          value: shown(first),
        });
        continue;
      }
      customers.push(c);
    }
    return {
      purchases: [],
      customers,
      problems,
      rows: data.length,
      dateQuestion: customerQuestion,
    };
  }

  let order = f.dayMonthOrder ?? null;
  const dates = data.map(d => col(d.line, 'date'));
  const seen = dayMonthOrderOf(dates);
  let mixed = false;
  if (seen === 'mixed') mixed = true;
  else if (seen) order = seen;
  // Neither the till nor the tab tells: never guessed, the owner says once for the
  // whole tab, and a row that can't be read their way is listed, not read the other.
  const dateQuestion = f.dayMonthOrder || order ? null : ambiguousDate(dates);
  const byChoice = dateQuestion !== null && chosen !== null;
  if (byChoice) {
    order = chosen;
    mixed = false;
  }

  const isRefund = matcher(f.refundWhen);
  const isVoided = matcher(f.voidWhen);
  const groups = new Map<string, Group>();
  const leftOut = new Map<string, number>();
  const keyOfReceipt = (r: string) => normaliseKey(r);
  for (const {row, line} of data) {
    const receipt = text(col(line, 'receipt'));
    const rawDate = col(line, 'date');
    const fail = (reason: ProblemReason, value: unknown) => {
      problems.push({row, reason, value: shown(value)});
      if (receipt) leftOut.set(keyOfReceipt(receipt), row);
    };
    const first = line.map(text).find(Boolean) ?? '';
    // A footer's word may stand in the receipt column ("合計" under 單號) or before a
    // blank date: either way the row sums others and is no sale.
    if (
      TOTAL_WORDS.test(first) &&
      (!receipt || TOTAL_WORDS.test(receipt) || text(rawDate) === '')
    ) {
      problems.push({row, reason: 'total', value: shown(first)});
      continue;
    }
    if (text(rawDate) === '') {
      if (!receipt && line.filter(c => text(c) !== '').length <= 2) {
        problems.push({row, reason: 'total', value: shown(first)});
      } else fail('noDate', receipt);
      continue;
    }
    if (byChoice && chosen && againstOrder(rawDate, chosen)) {
      fail('dateAgainstChoice', rawDate);
      continue;
    }
    const date = readExportDate(
      rawDate,
      col(line, 'time'),
      mixed ? null : order,
      tz,
    );
    if (date === 'order') {
      fail(mixed ? 'dateMixed' : 'dateOrder', rawDate);
      continue;
    }
    if (!date) {
      fail('date', rawDate);
      continue;
    }
    const rawAmount = col(line, 'amount');
    const amount = readAmount(rawAmount);
    if (!amount.ok) {
      fail(amount.reason === 'empty' ? 'noAmount' : 'amount', rawAmount);
      continue;
    }
    const refund =
      isRefund(col(line, 'receiptType')) || isRefund(col(line, 'status'));
    const voided =
      isVoided(col(line, 'status')) || isVoided(col(line, 'receiptType'));
    const day = dayNumber(date, tz);
    const customer = customerOf(row, line);
    const key = receipt
      ? `${keyOfReceipt(receipt)}|${day}|${refund ? 'r' : 's'}`
      : `@${row}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        rows: [],
        receipt,
        date,
        refund,
        voided: false,
        amount: 0,
        items: new Map(),
        quantity: null,
        category: text(col(line, 'category')),
        payment: text(col(line, 'payment')),
        staff: text(col(line, 'staff')),
        note: text(col(line, 'note')),
        customer,
        quantityUnknown: false,
        kept: [],
        keptRows: [],
      };
      groups.set(key, g);
    } else if (!f.lineItems) {
      problems.push({row, reason: 'sameInExport', value: receipt});
      continue;
    }
    g.rows.push(row);
    g.voided ||= voided;
    g.customer ??= customer;
    const keep = (field: KeptField, v: unknown) => {
      (g as Group).kept.push({
        field,
        reason: 'keptUnreadable',
        value: keptText(v),
      });
      (g as Group).keptRows.push(row);
    };
    // A sale naming no customer keeps the phone it could not read in its own note.
    if (!customer) for (const k of orphanKept) keep(k.field, k.value);
    orphanKept = [];
    // A time the till wrote but that can't be read: the sale is kept at its day.
    const rawTime = col(line, 'time');
    if (text(rawTime) !== '' && timeOfDay(rawTime, tz) === null)
      keep('time', rawTime);
    // Cents, added as whole numbers so 0.1 + 0.2 stays 0.30.
    g.amount = Math.round(g.amount * 100 + amount.value * 100) / 100;
    const rawQty = col(line, 'quantity');
    const read = readQuantity(rawQty);
    const qty = typeof read === 'number' ? read : null;
    if (read === 'unreadable') {
      keep('quantity', rawQty);
      g.quantityUnknown = true;
    }
    const item = text(col(line, 'item'));
    if (f.itemList && item) {
      for (const [name, n] of itemList(item).items)
        g.items.set(name, (g.items.get(name) ?? 0) + n);
    } else if (item) {
      g.items.set(item, (g.items.get(item) ?? 0) + Math.abs(qty ?? 1));
    }
    if (qty !== null) g.quantity = (g.quantity ?? 0) + Math.abs(qty);
  }
  const purchases: Purchase[] = [];
  for (const g of groups.values()) {
    const k = g.receipt ? keyOfReceipt(g.receipt) : '';
    if (k && leftOut.has(k)) {
      problems.push({
        row: g.rows[0],
        reason: 'receiptLeftOut',
        value: g.receipt,
      });
      continue;
    }
    let quantity = g.quantityUnknown ? null : g.quantity;
    if (quantity === null && !g.quantityUnknown && f.itemList && g.items.size) {
      quantity = [...g.items.values()].reduce((a, b) => a + b, 0);
    }
    purchases.push({
      rows: g.rows,
      receipt: g.receipt,
      date: g.date,
      // A receipt that takes money back is a refund even where the tab has no type
      // column to say so: counted as a visit, it would be a purchase of minus ¥25.
      refund: g.refund || g.amount < 0,
      voided: g.voided,
      // A refund is money going back, whichever sign the till printed.
      amount: g.refund || g.amount < 0 ? -Math.abs(g.amount) : g.amount,
      items: itemsText(g.items, itemSeparator),
      quantity,
      category: g.category,
      payment: g.payment,
      staff: g.staff,
      note: g.note,
      customer: g.customer,
      kept: g.kept,
      keptRows: g.keptRows,
    });
  }
  problems.sort((a, b) => a.row - b.row);
  return {
    purchases,
    customers: [],
    problems,
    rows: data.length,
    dateQuestion,
  };
}
