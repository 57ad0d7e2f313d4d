/**
 * Items of the last 30 days against the 30 before: the most sold by count and by
 * revenue, and the ones rising and falling most. An item's revenue is the sale's amount
 * shared among its items by quantity (one sale of "奶茶 ×2、蛋挞" for 30 gives 奶茶 20 and
 * 蛋挞 10): a till keeps no price per item.
 */
import {itemEntries} from '../counter/items';
import {round2} from '../counter/money';

export const ITEM_DAYS = 30;
export const TOP_ITEMS = 10;
export const MOVERS = 5;

export interface ItemRow {
  item: string;
  now: number;
  before: number;
}

export interface ItemTables {
  byCount: ItemRow[];
  byRevenue: ItemRow[];
  risers: ItemRow[];
  fallers: ItemRow[];
}

interface ItemAcc {
  item: string;
  countNow: number;
  countBefore: number;
  revenueNow: number;
  revenueBefore: number;
}

function rank(rows: ItemAcc[], now: keyof ItemAcc, before: keyof ItemAcc) {
  return rows
    .filter(r => (r[now] as number) > 0)
    .sort(
      (a, b) =>
        (b[now] as number) - (a[now] as number) ||
        (a.item < b.item ? -1 : a.item > b.item ? 1 : 0),
    )
    .slice(0, TOP_ITEMS)
    .map(r => ({
      item: r.item,
      now: r[now] as number,
      before: r[before] as number,
    }));
}

/** The items' tables, fed one counted sale at a time with its Items cell. */
export function itemTable(today: number) {
  const items = new Map<string, ItemAcc>();
  const itemsNowFrom = today - ITEM_DAYS + 1;
  const itemsBeforeFrom = itemsNowFrom - ITEM_DAYS;
  return {
    add(day: number, cell: unknown, amount: number): void {
      if (day < itemsBeforeFrom) return;
      const entries = itemEntries(cell);
      const qty = entries.reduce((a, e) => a + e.count, 0);
      const now = day >= itemsNowFrom;
      for (const e of entries) {
        let acc = items.get(e.key);
        if (!acc) {
          acc = {
            item: e.item,
            countNow: 0,
            countBefore: 0,
            revenueNow: 0,
            revenueBefore: 0,
          };
          items.set(e.key, acc);
        }
        const share = qty > 0 ? (amount * e.count) / qty : 0;
        if (now) {
          acc.countNow += e.count;
          acc.revenueNow += share;
        } else {
          acc.countBefore += e.count;
          acc.revenueBefore += share;
        }
      }
    },
    tables(): ItemTables {
      const itemRows = [...items.values()];
      for (const r of itemRows) {
        r.revenueNow = round2(r.revenueNow);
        r.revenueBefore = round2(r.revenueBefore);
      }
      const byCount = rank(itemRows, 'countNow', 'countBefore');
      const byRevenue = rank(itemRows, 'revenueNow', 'revenueBefore');
      const change = (r: ItemAcc) => r.countNow - r.countBefore;
      const moverOrder = (a: ItemAcc, b: ItemAcc) =>
        Math.abs(change(b)) - Math.abs(change(a)) ||
        (a.item < b.item ? -1 : a.item > b.item ? 1 : 0);
      const asRow = (r: ItemAcc): ItemRow => ({
        item: r.item,
        now: r.countNow,
        before: r.countBefore,
      });
      const risers = itemRows
        .filter(r => change(r) > 0)
        .sort(moverOrder)
        .slice(0, MOVERS)
        .map(asRow);
      const fallers = itemRows
        .filter(r => change(r) < 0)
        .sort(moverOrder)
        .slice(0, MOVERS)
        .map(asRow);
      return {byCount, byRevenue, risers, fallers};
    },
  };
}
