/**
 * `npm run bench`: figures, not asserts. Each section prints its own table.
 */
import {benchCapacity} from './capacity';
import {benchImport} from './import';
import {benchGrades} from './grades';
import {benchCounter} from './counter';
import {benchReminders} from './reminders';
import {benchRecalc} from './recalc';
import {benchYears} from './years';
import {benchRecommend} from './recommend';
import {benchDashboard} from './dashboard';
import {benchLoyalty} from './loyalty';
import {benchCalls} from './calls';

async function main(): Promise<void> {
  const only = process.argv[2];
  const sections: Array<[string, () => Promise<void>]> = [
    ['capacity', benchCapacity],
    ['import', benchImport],
    ['grades', benchGrades],
    ['counter', benchCounter],
    ['reminders', benchReminders],
    ['recalc', benchRecalc],
    ['years', benchYears],
    ['recommend', benchRecommend],
    ['dashboard', benchDashboard],
    ['loyalty', benchLoyalty],
    ['calls', benchCalls],
  ];
  for (const [name, run] of sections) {
    if (only && only !== name) continue;
    console.log(`\n## ${name}\n`);
    await run();
  }
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
