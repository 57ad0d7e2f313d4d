/**
 * How many years a shop logging 200 sales a day runs before the spreadsheet's 10,000,000
 * cells are full: without compaction (every sale stays a Sales row), and compacting once
 * a year keeping the last 13 months (the Sales tab then holds at most 14 months of sales,
 * and each compaction adds at most one Sales history row per customer). Cells are those
 * of the tabs as Set up shop and a first daily run leave them (bench/capacity.ts).
 */
import {SALES_HISTORY} from '../src/sheets/schema-history';
import {capacityFor} from './capacity';

const PER_DAY = 200;
const CUSTOMERS = [1_000, 10_000, 50_000];

export async function benchYears(): Promise<void> {
  const f = (n: number) => n.toLocaleString('en');
  const historyCols = SALES_HISTORY.columns.length;
  console.log(
    '| customers | years before the cap, no compaction | Sales rows at most (13 months kept, compacted yearly) | years with a compaction a year (every customer buying every year) |',
  );
  console.log('| --- | --- | --- | --- |');
  for (const customers of CUSTOMERS) {
    const c = capacityFor(customers, false);
    const perYear = PER_DAY * 365;
    const without = c.salesAtCap / perYear;
    // Between two yearly compactions the Sales tab grows to 13 months + 1 year.
    const kept = Math.ceil(PER_DAY * (13 * 30.44 + 365));
    const room = (c.salesAtCap - kept) * c.salesColumns;
    const withYearly = room / (customers * historyCols);
    console.log(
      `| ${f(customers)} | ${without.toFixed(1)} | ${f(kept)} | ${withYearly > 1000 ? 'over 1,000' : withYearly.toFixed(0)} |`,
    );
  }
  console.log(
    `\n${PER_DAY} sales a day, ${historyCols} cells a Sales history row; the Customers tab is counted at its size (customers don't grow here).`,
  );
}
