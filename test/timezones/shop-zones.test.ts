/**
 * A shop in Vancouver and one in London, while the script's zone (appsscript.json) is
 * Asia/Shanghai: the formulas, the counter and the daily run through the built bundle.
 *
 * Custom functions guide ("Data types"): "If the spreadsheet and the script use different
 * time zones (a rare problem), the custom function needs to compensate." The emulator
 * carries Date cells into custom functions in the script zone's wall clock by default and
 * as instants with customFunctionDates 'instant'; the shop must be right both ways.
 *
 * The oracle is a twin: the same shop with the same wall-clock times in a spreadsheet
 * whose zone is the script's, where no conversion happens. Every sheet value shown,
 * every card and every email must be the same, and the days must be the calendar days
 * the owner typed.
 */
import {createEmulator} from '../../emulator';
import {
  CustomFunctionDates,
  LOADING,
  VOLATILE_FUNCTIONS,
} from '../../emulator/formulas';
import {instantOf} from '../../emulator/zoned';
import {dayNumber, dayToIso} from '../../src/domain/dates';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {TabDef} from '../../src/sheets/schema';
import {writeSetting} from '../../src/sheets/settings';
import {findSheet, mapColumns} from '../../src/sheets/tabs';

type Emu = ReturnType<typeof createEmulator>;

const SCRIPT_TZ = 'Asia/Shanghai';

/** The instant of a wall-clock time 'YYYY-MM-DDTHH:mm' in `tz`. */
function wall(tz: string, s: string): number {
  const [d, t] = s.split('T');
  const [y, mo, da] = d.split('-').map(Number);
  const [h, mi] = t.split(':').map(Number);
  return instantOf(tz, y, mo, da, h, mi);
}

interface Shop {
  emu: Emu;
  tz: string;
  uninstall: () => void;
  app: ReturnType<Emu['loadBundle']>;
  at(s: string): void;
}

function openShop(
  tz: string,
  locale: string,
  customFunctionDates?: CustomFunctionDates,
): Shop {
  const emu = createEmulator({
    locale,
    timeZone: tz,
    now: wall(tz, '2026-03-05T09:00'),
    customFunctionDates,
  });
  const uninstall = emu.install();
  const app = emu.loadBundle();
  app.call('setUpShop');
  const shop: Shop = {
    emu,
    tz,
    uninstall,
    app,
    at: s => emu.clock.set(wall(tz, s)),
  };
  typeRows(shop, CUSTOMERS, [
    {id: 'C1', name: 'Ann', phone: '604-555-0101', birthday: '1990-03-10'},
    {id: 'C2', name: 'Bob', phone: '604-555-0102', birthday: '1985-03-11'},
  ]);
  typeRows(shop, SALES, [
    {date: '2026-02-10', customer: 'C1', items: 'tea', amount: 10},
    {date: '2026-03-02', customer: 'C1', items: 'tea', amount: 10},
    {date: '2026-03-04 23:45', customer: 'C1', items: 'cake', amount: 20},
    {date: '2026-01-15', customer: 'C2', items: 'tea', amount: 8},
  ]);
  return shop;
}

function sheetOf(shop: Shop, def: TabDef) {
  return shop.emu.run(() => findSheet(shop.emu.gas.spreadsheet, def, 'en')!);
}

function columnsOf(shop: Shop, def: TabDef): Map<string, number> {
  return shop.emu.run(() => {
    const sheet = findSheet(shop.emu.gas.spreadsheet, def, 'en')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues();
    return mapColumns(header[0], def);
  });
}

/** Rows typed by hand under the header, one column at a time as an owner pastes them. */
function typeRows(
  shop: Shop,
  def: TabDef,
  rows: Array<Record<string, unknown>>,
): void {
  const c = columnsOf(shop, def);
  shop.emu.run(() => {
    const sheet = findSheet(shop.emu.gas.spreadsheet, def, 'en')!;
    for (const k of Object.keys(rows[0])) {
      sheet
        .getRange(2, c.get(k)! + 1, rows.length, 1)
        .setValues(rows.map(r => [r[k]]) as never);
    }
  });
}

/** The calendar day, in the shop's zone, of a date cell. */
function dayOf(shop: Shop, v: unknown): string {
  expect(v).toBeInstanceOf(Date);
  return dayToIso(dayNumber(v as Date, shop.tz));
}

function customerColumn(shop: Shop, key: string): unknown[] {
  const j = columnsOf(shop, CUSTOMERS).get(key)!;
  return shop.emu.run(() =>
    sheetOf(shop, CUSTOMERS)
      .getRange(2, j + 1, 2, 1)
      .getValues()
      .map(r => r[0]),
  );
}

/** Everything the Customers and Sales tabs show, as the owner sees it. */
function shown(shop: Shop): string[][][] {
  return shop.emu.run(() =>
    [CUSTOMERS, SALES].map(def =>
      sheetOf(shop, def).getDataRange().getDisplayValues(),
    ),
  );
}

/** Days since the last visit as CUSTOMER_FIGURES says it, from the installed formula. */
function daysSince(shop: Shop): unknown[] {
  const c = columnsOf(shop, CUSTOMERS);
  return shop.emu.run(() => {
    const sheet = sheetOf(shop, CUSTOMERS);
    const formula = sheet.getRange(2, c.get('grade')! + 1).getFormula();
    expect(formula).toMatch(/^=CUSTOMER_FIGURES\(.*"grade,[a-z_,]*"\)$/);
    const spare = sheet.getLastColumn() + 1;
    sheet.insertColumnAfter(sheet.getLastColumn());
    sheet
      .getRange(2, spare)
      .setFormula(formula.replace(/"grade,[a-z_,]*"\)$/, '"days_since")'));
    const out = sheet
      .getRange(2, spare, 2, 1)
      .getValues()
      .map(r => r[0]);
    sheet.deleteColumn(spare);
    return out;
  });
}

const ZONES = [
  ['America/Vancouver', 'en_US'],
  ['Europe/London', 'en_GB'],
] as const;

const MODES: ReadonlyArray<CustomFunctionDates> = [
  'script-wall-clock',
  'instant',
];

describe.each(ZONES)('a shop in %s, the script in Shanghai', (tz, locale) => {
  it.each(MODES)(
    'grades, last visit and days since are the calendar days typed (Dates carried as %s)',
    mode => {
      const shop = openShop(tz, locale, mode);
      const twin = openShop(SCRIPT_TZ, locale, mode);
      try {
        expect(
          shop.emu.run(() => shop.emu.globals.Session.getScriptTimeZone()),
        ).toBe(SCRIPT_TZ);
        for (const s of [shop, twin]) {
          s.at('2026-03-09T23:30');
          s.app.call('refreshGrades');
        }
        const last = customerColumn(shop, 'lastVisit');
        expect(last.map(v => dayOf(shop, v))).toEqual([
          '2026-03-04',
          '2026-01-15',
        ]);
        expect(daysSince(shop)).toEqual([5, 53]);
        expect(customerColumn(shop, 'grade')).toEqual(
          customerColumn(twin, 'grade'),
        );
        expect(shown(shop)).toEqual(shown(twin));
      } finally {
        shop.uninstall();
        twin.uninstall();
      }
    },
  );

  it('the counter at 23:30 logs the sale on that day, and the formulas count it there', async () => {
    const shop = openShop(tz, locale);
    const twin = openShop(SCRIPT_TZ, locale);
    try {
      const cards: unknown[] = [];
      for (const s of [shop, twin]) {
        s.at('2026-03-09T23:30');
        const boot = (await s.emu.scriptRun('counterBootstrap', [])) as {
          todayIso: string;
        };
        expect(boot.todayIso).toBe('2026-03-09');
        const sale = (await s.emu.scriptRun('logSale', [
          {
            requestId: 'zone-sale-0001',
            customerId: 'C2',
            newCustomer: null,
            items: 'tea',
            amount: '12',
            payment: 'cash',
            note: '',
          },
        ])) as {ok: boolean};
        expect(sale.ok).toBe(true);
        s.app.call('refreshGrades');
        const card = (await s.emu.scriptRun('customerCard', ['C2'])) as {
          loyalty?: {recent: Array<{when: string}>};
        };
        // A ledger line carries its instant (the sidebar shows it in the shop's zone):
        // the same wall-clock 23:30 is another instant in each zone, so compare that.
        for (const line of card.loyalty?.recent ?? []) {
          line.when = s.emu.run(() =>
            Utilities.formatDate(
              new Date(line.when),
              s === shop ? tz : SCRIPT_TZ,
              'yyyy-MM-dd HH:mm',
            ),
          );
        }
        cards.push(card);
      }
      expect(
        (cards[0] as {loyalty: {recent: Array<{when: string}>}}).loyalty
          .recent[0].when,
      ).toBe('2026-03-09 23:30');
      const dates = columnsOf(shop, SALES).get('date')!;
      const logged = shop.emu.run(
        () =>
          sheetOf(shop, SALES)
            .getRange(6, dates + 1)
            .getValue() as Date,
      );
      expect(dayOf(shop, logged)).toBe('2026-03-09');
      expect(
        customerColumn(shop, 'lastVisit').map(v => dayOf(shop, v)),
      ).toEqual(['2026-03-04', '2026-03-09']);
      expect(daysSince(shop)).toEqual([5, 0]);
      expect(cards[0]).toMatchObject({lastVisitDaysAgo: 0, visits: 2});
      expect(cards[0]).toEqual(cards[1]);
      expect(shown(shop)).toEqual(shown(twin));
    } finally {
      shop.uninstall();
      twin.uninstall();
    }
  });

  it('the daily run at 20:00 sends what a shop in the script zone would at its 20:00', () => {
    const shop = openShop(tz, locale);
    const twin = openShop(SCRIPT_TZ, locale);
    try {
      for (const s of [shop, twin]) {
        s.emu.run(() => {
          const ss = s.emu.gas.spreadsheet;
          writeSetting(ss, 'ownerEmail', 'owner@shop.example');
          writeSetting(ss, 'reminderHour', 20);
        });
        s.at('2026-03-09T21:00');
        s.app.call('turnOnReminders');
        const runs = s.emu.advance(24 * 3600_000);
        expect(runs.map(r => dayToIso(dayNumber(r.at, s.tz)))).toEqual([
          '2026-03-10',
        ]);
      }
      const mails = (s: Shop) =>
        s.emu.outbox.map(m => ({to: m.to, subject: m.subject, body: m.body}));
      const digest = mails(shop).find(m => m.to.includes('owner@shop.example'));
      expect(digest?.body).toContain('Ann');
      expect(mails(shop)).toEqual(mails(twin));
      expect(shown(shop)).toEqual(shown(twin));
    } finally {
      shop.uninstall();
      twin.uninstall();
    }
  });
});

test('Shuke writes no volatile function into any formula, and no grade cell waits to load', () => {
  const shop = openShop('Europe/London', 'en_GB');
  try {
    shop.at('2026-03-09T10:00');
    shop.app.call('refreshGrades');
    const found: string[] = [];
    const values: unknown[] = [];
    shop.emu.run(() => {
      for (const sheet of shop.emu.gas.spreadsheet.getSheets()) {
        const range = sheet.getDataRange();
        range
          .getFormulas()
          .flat()
          .filter(f => f !== '')
          .forEach(f => found.push(f));
        values.push(...range.getValues().flat());
      }
    });
    expect(found.length).toBeGreaterThan(0);
    const volatile = new RegExp(
      `\\b(${[...VOLATILE_FUNCTIONS].join('|')})\\s*\\(`,
      'i',
    );
    expect(found.filter(f => volatile.test(f))).toEqual([]);
    expect(values).not.toContain(LOADING);
  } finally {
    shop.uninstall();
  }
});
