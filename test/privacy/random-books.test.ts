/**
 * Random books (fast-check): for any customer, the copy holds exactly their rows of every
 * tab and no identifier of anyone else; erasing them leaves no cell with any of theirs,
 * the Sales amounts as they were, and everyone else's rows where they were.
 */
import fc from 'fast-check';
import {parseCsv} from '../../src/domain/privacy/csv';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {SALES} from '../../src/sheets/schema-sales';
import {
  customerExportWith,
  eraseCustomerWith,
} from '../../src/usecases/privacy/customer-data';
import {rowsOf} from '../counter/shop';
import {allCells, Emu, privacyDeps, putRows, salesAmounts} from './book';
import {newShop} from '../counter/shop';

// Names, phones, emails and WeChat IDs that never contain one another.
const NAMES = ['甲乙丙', '丁戊己', '庚辛壬', '癸子丑', '寅卯辰'];
const person = (i: number) => ({
  id: `C1000${i}`,
  name: NAMES[i],
  phone: `1390000${1000 + i * 1111}`,
  email: `p${i}x@example.com`,
  wechat: `wx_p${i}_q`,
});

const row = fc.record({
  who: fc.integer({min: 0, max: 5}), // 5: a walk-in / nobody
  byPhone: fc.boolean(),
  amount: fc.integer({min: 1, max: 500}),
  tab: fc.constantFrom('sales', 'feedback', 'contacts'),
  text: fc.constantFrom('好吃', "'=1+1", '<b>x</b>', '要辣', ''),
});

const book = fc.record({
  n: fc.integer({min: 2, max: 5}),
  rows: fc.array(row, {maxLength: 14}),
  pick: fc.nat(),
});

let shop: {emu: Emu; uninstall: () => void} | null = null;
afterEach(() => shop?.uninstall());

test('export is exactly theirs; erasure leaves nothing of theirs and the accounts whole', () => {
  fc.assert(
    fc.property(book, ({n, rows, pick}) => {
      shop?.uninstall();
      shop = newShop('zh_CN', '2025-06-16T04:00:00Z');
      const {emu} = shop;
      const people = Array.from({length: n}, (_, i) => person(i));
      const c = pick % n;
      const keyOf = (r: {who: number; byPhone: boolean}) =>
        r.who >= n ? '' : r.byPhone ? people[r.who].phone : people[r.who].id;
      emu.run(() => {
        putRows(emu, CUSTOMERS, people);
        const at = new Date('2025-06-01T02:00:00Z');
        putRows(
          emu,
          SALES,
          rows
            .filter(r => r.tab === 'sales')
            .map(r => ({
              date: at,
              customer: keyOf(r),
              items: r.text,
              amount: r.amount,
            })),
        );
        putRows(
          emu,
          FEEDBACK,
          rows
            .filter(r => r.tab === 'feedback' && r.who < n)
            .map(r => ({
              date: at,
              customer: keyOf(r),
              type: '建议',
              text: r.text,
            })),
        );
        putRows(
          emu,
          CONTACTS,
          rows
            .filter(r => r.tab === 'contacts' && r.who < n)
            .map(r => ({
              date: at,
              customer: keyOf(r),
              channel: '电话',
              reason: r.text,
            })),
        );
      });
      const mine = (tab: string) =>
        rows.filter(r => r.tab === tab && r.who === c).length;
      const copy = emu.run(() =>
        customerExportWith(people[c].id, privacyDeps(emu)),
      )!;
      const counts = Object.fromEntries(copy.tabs.map(t => [t.tab, t.rows]));
      expect(counts).toEqual(
        Object.fromEntries(
          [
            ['客户', 1],
            ['销售', mine('sales')],
            ['反馈', mine('feedback')],
            ['回访', mine('contacts')],
          ].filter(([, k]) => k),
        ),
      );
      const fields = parseCsv(copy.csv).flat().join('\n');
      for (const other of people.filter((_, i) => i !== c)) {
        for (const v of [
          other.id,
          other.name,
          other.phone,
          other.email,
          other.wechat,
        ]) {
          expect(fields).not.toContain(v);
        }
      }
      // Erase them.
      const amounts = salesAmounts(emu);
      const othersBefore = emu.run(() =>
        rowsOf(emu, FEEDBACK).filter(
          r =>
            r.customer !== '' &&
            r.customer !== keyOf({who: c, byPhone: false}) &&
            r.customer !== people[c].phone,
        ),
      ).length;
      const out = emu.run(() =>
        eraseCustomerWith(
          {requestId: 'random-erase-1', customerId: people[c].id, by: ''},
          privacyDeps(emu),
        ),
      );
      expect(out.ok).toBe(true);
      const cells = allCells(emu).join('\n');
      for (const v of Object.values(people[c])) expect(cells).not.toContain(v);
      expect(salesAmounts(emu)).toEqual(amounts);
      expect(
        emu.run(() => rowsOf(emu, FEEDBACK).filter(r => r.customer !== ''))
          .length,
      ).toBe(othersBefore);
      for (const other of people.filter((_, i) => i !== c)) {
        expect(cells).toContain(other.name);
      }
    }),
    {numRuns: 12, seed: 14},
  );
});
