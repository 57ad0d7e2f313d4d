/**
 * What an import will write, decided before anything is written: customers matched to
 * the book by phone (any writing of it), then by member number, then by a name only
 * when the book has exactly one customer of that name and neither side has a phone;
 * never two rows for one customer. Purchases already on the book (same receipt number,
 * same day, sale or refund; without a receipt number the same minute, customer and
 * amount) are counted and left alone, so importing an export twice adds nothing.
 * Nothing on the book is changed: a match only links the purchase to the customer.
 */
import {dayNumber} from '../dates';
import {normaliseKey} from '../keys';
import {phoneKey} from './cells';
import {ExportFormat} from './format';
import {BirthdayRead} from './cells';
import {
  CustomerRef,
  ImportProblem,
  Kept,
  ParsedExport,
  Purchase,
} from './parse';

export interface BookCustomer {
  id: unknown;
  phone: unknown;
  name: unknown;
}

export interface BookSale {
  date: unknown;
  customer: unknown;
  amount: unknown;
  receipt: unknown;
}

export interface PlannedCustomer {
  id: string;
  name: string;
  phone: string;
  email: string;
  wechat: string;
  birthday: (BirthdayRead & {ok: true}) | null;
  since: Date | null;
  note: string;
  row: number;
  /** Cells kept as text in the customer's notes. */
  kept: Kept[];
}

export interface PlannedSale {
  date: Date;
  customer: string;
  items: string;
  quantity: number | null;
  amount: number;
  payment: string;
  category: string;
  receipt: string;
  staff: string;
  note: string;
  /** Why the row counts for nothing: a refund or a voided receipt; '' for a sale. */
  void: '' | 'refund' | 'void';
  rows: number[];
  /** Cells kept as text in the sale's note. */
  kept: Kept[];
}

export interface ImportPlan {
  format: ExportFormat;
  customers: PlannedCustomer[];
  sales: PlannedSale[];
  /** Customers of the export found on the book. */
  matched: number;
  /**
   * Each readable row of a customers export and the book's customer it stands for
   * (added by this import or found): what a balance in that row belongs to.
   */
  members: Array<{row: number; id: string; added: boolean}>;
  /** Purchases already on the book (an earlier import of the same export). */
  alreadyThere: number;
  refunds: number;
  voids: number;
  problems: ImportProblem[];
  rows: number;
}

/** The key a sale is known by on the book and in an export. */
export function saleKey(
  receipt: unknown,
  date: Date,
  amount: number,
  customer: string,
  tz: string,
): string {
  const r = normaliseKey(receipt);
  const kind = amount < 0 ? 'r' : 's';
  if (r) return `${r}|${dayNumber(date, tz)}|${kind}`;
  return `@${Math.floor(date.getTime() / 60_000)}|${normaliseKey(customer)}|${amount}`;
}

function nameKey(v: unknown): string {
  return normaliseKey(v).replace(/\s+/g, '');
}

function bookPhoneKey(v: unknown): string {
  const k = phoneKey(v);
  return k.length >= 5 ? k : '';
}

const OUR_ID = /^c(\d{1,15})$/;

export interface PlanInput {
  parsed: ParsedExport;
  format: ExportFormat;
  customers: readonly BookCustomer[];
  /** Keys of the sales on the book (saleKey). */
  saleKeys: ReadonlySet<string>;
  tz: string;
  /** A phone number erased from the book at its owner's request: never brought back. */
  isErased?: (phone: string) => boolean;
}

export function planImport(input: PlanInput): ImportPlan {
  const {parsed, format, tz} = input;
  const problems = [...parsed.problems];
  const byPhone = new Map<string, string>();
  const byId = new Map<string, string>();
  const byName = new Map<string, string | null>();
  let maxOurs = 0;
  for (const c of input.customers) {
    const id = normaliseKey(c.id) ? String(c.id).trim() : '';
    const key = id || bookPhoneKey(c.phone);
    if (!key) continue;
    const p = bookPhoneKey(c.phone);
    if (p && !byPhone.has(p)) byPhone.set(p, key);
    if (id && !byId.has(normaliseKey(id))) byId.set(normaliseKey(id), key);
    const n = nameKey(c.name);
    if (n && !p) byName.set(n, byName.has(n) ? null : key);
    const m = OUR_ID.exec(normaliseKey(id));
    if (m) maxOurs = Math.max(maxOurs, Number(m[1]));
  }
  const created: PlannedCustomer[] = [];
  const createdIds = new Set<string>();
  let matched = 0;
  const seenBook = new Set<string>();

  const report = (rows: readonly number[], kept: readonly Kept[]) =>
    kept.forEach((k, i) =>
      problems.push({
        row: rows[Math.min(i, rows.length - 1)],
        reason: k.reason,
        value: k.value,
        field: k.field,
      }),
    );
  /** Whether the last resolve added the customer (their kept cells go to their notes). */
  let added = false;
  const resolve = (ref: CustomerRef): string | null => {
    added = false;
    const p = ref.phone?.key ?? '';
    const m = normaliseKey(ref.memberNo);
    const n = nameKey(ref.name);
    const found =
      (p && byPhone.get(p)) ||
      (m && byId.get(m)) ||
      (!p && n && byName.get(n)) ||
      null;
    if (found) {
      if (!seenBook.has(found)) {
        seenBook.add(found);
        if (!createdIds.has(found)) matched++;
      }
      return found;
    }
    if (ref.phone && input.isErased?.(ref.phone.text)) {
      problems.push({
        row: ref.row,
        reason: 'erased',
        value: ref.phone?.text ?? '',
      });
      return null;
    }
    const id =
      m && !byId.has(m)
        ? ref.memberNo.trim()
        : `C${String(++maxOurs).padStart(5, '0')}`;
    const c: PlannedCustomer = {
      id,
      name: ref.name,
      phone: ref.phone?.text ?? '',
      email: ref.email,
      wechat: ref.wechat,
      birthday: ref.birthday,
      since: ref.since,
      note: ref.note,
      row: ref.row,
      kept: ref.kept,
    };
    report([ref.row], ref.kept);
    added = true;
    created.push(c);
    createdIds.add(id);
    if (p) byPhone.set(p, id);
    byId.set(normaliseKey(id), id);
    if (n && !p) byName.set(n, byName.has(n) ? null : id);
    return id;
  };

  const members: ImportPlan['members'] = [];
  if (format.kind === 'customers') {
    for (const ref of parsed.customers) {
      const before = created.length;
      const beforeMatched = matched;
      const id = resolve(ref);
      if (id) members.push({row: ref.row, id, added});
      // The same customer twice in one export is one customer.
      if (id && created.length === before && matched === beforeMatched) {
        problems.push({
          row: ref.row,
          reason: 'sameInExport',
          value: ref.name || ref.memberNo,
        });
      }
    }
    problems.sort((a, b) => a.row - b.row);
    return {
      format,
      customers: created,
      sales: [],
      matched,
      members,
      alreadyThere: 0,
      refunds: 0,
      voids: 0,
      problems,
      rows: parsed.rows,
    };
  }

  const sales: PlannedSale[] = [];
  const keys = new Set(input.saleKeys);
  let alreadyThere = 0;
  let refunds = 0;
  let voids = 0;
  for (const p of parsed.purchases) {
    const customer = p.customer ? (resolve(p.customer) ?? '') : '';
    const key = saleKey(p.receipt, p.date, p.amount, customer, tz);
    if (keys.has(key)) {
      alreadyThere++;
      continue;
    }
    keys.add(key);
    if (p.refund) refunds++;
    else if (p.voided) voids++;
    // The customer's unreadable cells are kept with them when this sale adds them,
    // else (a customer already known) in the sale's own note: never dropped.
    const own = p.customer && !added ? p.customer.kept : [];
    if (own.length && p.customer) report([p.customer.row], own);
    report(p.keptRows, p.kept);
    sales.push({...toSale(p, customer), kept: [...own, ...p.kept]});
  }
  returnedWhole(sales);
  sales.sort((a, b) => a.date.getTime() - b.date.getTime());
  problems.sort((a, b) => a.row - b.row);
  return {
    format,
    customers: created,
    sales,
    matched,
    members,
    alreadyThere,
    refunds,
    voids,
    problems,
    rows: parsed.rows,
  };
}

/**
 * A receipt bought and then returned whole (a refund row under the same receipt number,
 * that day or later, for all it cost) was never a purchase: its sale is marked refunded
 * like the refund row, so it adds no spend and no visit. A part returned leaves the
 * sale as it was (the refund row, marked, counts nothing either way).
 */
function returnedWhole(sales: PlannedSale[]): void {
  const cents = (n: number) => Math.round(Math.abs(n) * 100);
  const bought = new Map<string, number>();
  const returned = new Map<string, number>();
  for (const s of sales) {
    const r = normaliseKey(s.receipt);
    if (!r || s.void === 'void') continue;
    const into = s.void === 'refund' ? returned : bought;
    into.set(r, (into.get(r) ?? 0) + cents(s.amount));
  }
  for (const s of sales) {
    const r = normaliseKey(s.receipt);
    if (!r || s.void !== '') continue;
    const paid = bought.get(r) ?? 0;
    if (paid > 0 && (returned.get(r) ?? 0) >= paid) s.void = 'refund';
  }
}

function toSale(p: Purchase, customer: string): PlannedSale {
  return {
    date: p.date,
    customer,
    items: p.items,
    quantity: p.quantity,
    amount: p.amount,
    payment: p.payment,
    category: p.category,
    receipt: p.receipt,
    staff: p.staff,
    note: p.note,
    void: p.refund ? 'refund' : p.voided ? 'void' : '',
    rows: p.rows,
    kept: p.kept,
  };
}
