/**
 * Whatever staff type into a text field at the counter is what the sheet holds: names,
 * items, notes, feedback and contacts read back exactly as typed (trimmed), whatever
 * Sheets would otherwise make of them (numbers, "1e5", dates, times, percentages,
 * currency, booleans, formulas). The emulator parses typed input generously
 * (test/emulator/typed-input.test.ts), so text only survives here if the product guards it.
 */
import fc from 'fast-check';
import {logFeedback, logSale, recordContact} from '../../src/usecases/counter';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {
  CUSTOMERS,
  deps,
  Emu,
  rowsOf,
  saleRequest,
  SALES,
  shopForTests,
  ZHANG,
} from './shop';

/** Text Sheets would read as something else: one of each family, and then some. */
const PARSED = [
  '1e5',
  '2E3',
  ' 12 ',
  '1,234',
  '(12)',
  '.5',
  '０１２３',
  '12%',
  '$5',
  '¥5',
  'HK$5',
  'C$5',
  'NT$ 1,200',
  '€5',
  '5元',
  'true',
  'FALSE',
  '2025-3-5',
  '3/5',
  '5 Mar 2025',
  'March 5',
  '2025年3月5日',
  '3月5日',
  '10:30',
  '10:30 AM',
  '10am',
  '7 p.m.',
  '=1+1',
  '+86 138',
  '-5',
  '@me',
  "'quoted",
  '#N/A',
];

const typed = fc.oneof(
  fc.constantFrom(...PARSED),
  fc.string({minLength: 1, maxLength: 12}),
  fc.string({unit: 'grapheme', minLength: 1, maxLength: 8}),
  fc
    .tuple(
      fc.integer({min: 0, max: 99999}),
      fc.constantFrom('', '.', ',', '/', '-', ':', '%', 'e', '年', ' '),
      fc.integer({min: 0, max: 999}),
      fc.constantFrom('', '%', '元', ' AM', 'pm', '日'),
    )
    .map(([a, sep, b, end]) => `${a}${sep}${sep ? b : ''}${end}`),
);

let emu: Emu;
shopForTests(e => (emu = e), {customers: [ZHANG], once: true});

let n = 0;
const rid = () => `text-${String(++n).padStart(6, '0')}`;

// The first write of a sidebar reads Settings once; the figure is for the ones after.
beforeAll(() => {
  emu.run(() => logSale(saleRequest(rid(), {items: 'warm-up'}), deps(emu)));
});

describe('text typed at the counter', () => {
  it('reads back from Sales exactly as typed, items and note (property)', () => {
    emu.run(() => logSale(saleRequest(rid(), {items: '奶茶'}), deps(emu)));
    const plain = emu.calls.spreadsheet('execution');
    fc.assert(
      fc.property(typed, typed, (items, note) => {
        fc.pre(items.trim() !== '' && note.trim() !== '');
        const out = emu.run(() =>
          logSale(saleRequest(rid(), {items, note}), deps(emu)),
        );
        const calls = emu.calls.spreadsheet('execution');
        expect(out.ok).toBe(true);
        const row = rowsOf(emu, SALES).at(-1)!;
        expect([row.items, row.note]).toEqual([items.trim(), note.trim()]);
        // Guarding costs at most two calls (row 2's range and its number formats),
        // whatever was typed.
        expect(calls).toBeLessThanOrEqual(plain + 2);
      }),
      {numRuns: 150},
    );
  });

  it('spares the format read for text that has a word of its own', () => {
    emu.run(() => logSale(saleRequest(rid(), {items: '奶茶'}), deps(emu)));
    const plain = emu.calls.spreadsheet('execution');
    for (const items of [
      '冰红茶 ×2',
      '2 milk teas',
      '大/小杯奶茶 3杯',
      'A1',
      'C00001',
    ]) {
      emu.run(() => logSale(saleRequest(rid(), {items}), deps(emu)));
      expect([items, emu.calls.spreadsheet('execution')]).toEqual([
        items,
        plain,
      ]);
      expect(rowsOf(emu, SALES).at(-1)!.items).toBe(items);
    }
  });

  it('reads back from Customers, Feedback and Contacts exactly as typed (property)', () => {
    let phone = 13900000000;
    fc.assert(
      fc.property(typed, name => {
        fc.pre(name.trim() !== '');
        const sale = emu.run(() =>
          logSale(
            saleRequest(rid(), {
              customerId: null,
              newCustomer: {name, phone: String(++phone)},
            }),
            deps(emu),
          ),
        );
        expect(sale.ok).toBe(true);
        expect(rowsOf(emu, CUSTOMERS).at(-1)!.name).toBe(name.trim());
        const fb = emu.run(() =>
          logFeedback(
            {
              requestId: rid(),
              customerId: 'C00001',
              kind: 'suggestion',
              rating: null,
              text: name,
            },
            deps(emu),
          ),
        );
        expect(fb.ok).toBe(true);
        expect(rowsOf(emu, FEEDBACK).at(-1)!.text).toBe(name.trim());
        const ct = emu.run(() =>
          recordContact(
            {
              requestId: rid(),
              customerId: 'C00001',
              channel: 'phone',
              reason: name,
              outcome: name,
            },
            deps(emu),
          ),
        );
        expect(ct.ok).toBe(true);
        const row = rowsOf(emu, CONTACTS).at(-1)!;
        expect([row.reason, row.outcome]).toEqual([name.trim(), name.trim()]);
      }),
      {numRuns: 60},
    );
  });

  it('leaves no formula anywhere', () => {
    for (const tab of [SALES, CUSTOMERS, FEEDBACK, CONTACTS]) {
      const formulas = rowsOf(emu, tab).length;
      expect(formulas).toBeGreaterThan(0);
    }
    const ss = emu.spreadsheet;
    for (const sheet of ss.getSheets()) {
      const f = sheet.getDataRange().getFormulas().flat().filter(Boolean);
      // Only the Customers tab's own grade formulas (row 2), none from typed text.
      expect(f.filter(x => !/^=CUSTOMER_|^=GRADE/.test(String(x)))).toEqual([]);
    }
  });
});
