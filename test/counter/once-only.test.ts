/**
 * Once per request id, whatever happens to the execution: the built bundle on the
 * emulator, every counter write killed at each of its service calls in turn (its unflushed
 * sheet writes lost, or kept, as Google may do either), then sent again with the same
 * request id as the sidebar does, with and without the cache forgetting in between.
 * Zero duplicates, zero lost.
 *
 * Google's side: Cache reference (entries may go before they expire, 1,000 items); Quotas
 * ("Exceeded maximum execution time"); Spreadsheet service overview and SpreadsheetApp.flush
 * (writes are batched); Lock reference, releaseLock (flush before releasing). See
 * test/emulator/faults.test.ts for the emulator's side.
 */
import {Emulator, KillOptions} from '../../emulator';
import {mapColumns} from '../../src/sheets/tabs';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {SALES} from '../../src/sheets/schema-sales';
import {TabDef} from '../../src/sheets/schema';
import {seededRandom} from '../../tools/seeded-random';
import {bundleShop} from './shop';

type Out = {ok: boolean; repeated?: boolean; value?: Record<string, unknown>};

/**
 * A shop set up by the bundle. `formulas: false` deletes the grade formulas afterwards,
 * as an owner may: every write then costs the emulator no recalculation of every grade,
 * which a long run can't afford, and once-only does not depend on them.
 */
function shop(o: {formulas?: boolean} = {}): Emulator {
  const {emu} = bundleShop();
  emu.ui.alerts.length = 0;
  if (o.formulas === false) {
    for (const sheet of emu.spreadsheet.getSheets()) {
      const formulas = sheet.getDataRange().getFormulas();
      formulas.forEach((line, i) =>
        line.forEach((f, j) => {
          if (f) sheet.getRange(i + 1, j + 1).clearContent();
        }),
      );
    }
  }
  return emu;
}

/** The tab's records by column key. */
function records(emu: Emulator, def: TabDef): Array<Record<string, unknown>> {
  const sheet = emu.spreadsheet
    .getSheets()
    .find(s => Object.values(def.names).includes(s.getName()))!;
  const values = sheet.getDataRange().getValues();
  const cols = mapColumns(
    values[0].map(v => String(v)),
    def,
  );
  return values.slice(1).map(line => {
    const r: Record<string, unknown> = {};
    for (const [k, c] of cols) r[k] = line[c];
    return r;
  });
}

function withId(emu: Emulator, def: TabDef, requestId: string) {
  return records(emu, def).filter(r => r.requestId === requestId);
}

/** Sends until the server answers; returns the answers, failures included. */
async function sendUntilAnswered(
  emu: Emulator,
  fn: string,
  request: unknown,
  before: (attempt: number) => void = () => {},
): Promise<{answer: Out; failures: number}> {
  let failures = 0;
  for (let attempt = 1; attempt < 10; attempt++) {
    before(attempt);
    try {
      const answer = (await emu.scriptRun(fn, [request])) as Out;
      return {answer, failures};
    } catch (e) {
      expect((e as Error).message).toMatch(/Exceeded maximum execution time/);
      failures++;
    }
  }
  throw new Error(`${fn} never answered`);
}

interface Kind {
  name: string;
  fn: string;
  /** The request for sweep step k (a fresh request id each time). */
  request(k: number): Record<string, unknown>;
  /** Prepares the shop once (customers, an open complaint...). */
  prepare?(emu: Emulator): Promise<void>;
  /** Checks the book holds exactly what request k meant, once. */
  check(emu: Emulator, k: number, answer: Out): void;
}

const rid = (kind: string, k: number, variant: string) =>
  `once-${kind}-${variant}-${String(k).padStart(4, '0')}`;

function kinds(variant: string): Kind[] {
  return [
    {
      name: 'sale',
      fn: 'logSale',
      request: k => ({
        requestId: rid('sale', k, variant),
        customerId: 'C00001',
        newCustomer: null,
        items: `奶茶 ${k}`,
        amount: String(10 + k),
        payment: 'cash',
        note: '',
      }),
      async prepare(emu) {
        await emu.scriptRun('logSale', [
          {
            requestId: `prep-${variant}-customer`,
            customerId: null,
            newCustomer: {name: '张三', phone: '13800000000'},
            items: '奶茶',
            amount: '18',
            payment: 'cash',
            note: '',
          },
        ]);
      },
      check(emu, k, answer) {
        const rows = withId(emu, SALES, rid('sale', k, variant));
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({customer: 'C00001', amount: 10 + k});
        expect(answer.value).toMatchObject({
          amount: 10 + k,
          customerId: 'C00001',
        });
      },
    },
    {
      name: 'new customer and first sale',
      fn: 'logSale',
      request: k => ({
        requestId: rid('new', k, variant),
        customerId: null,
        newCustomer: {
          name: `新客${k}`,
          phone: `139${String(k).padStart(8, '0')}`,
        },
        items: '豆浆',
        amount: '5',
        payment: 'wechat',
        note: '',
      }),
      check(emu, k, answer) {
        const phone = `139${String(k).padStart(8, '0')}`;
        const people = records(emu, CUSTOMERS).filter(
          c => String(c.phone) === phone,
        );
        expect(people).toHaveLength(1);
        const sales = withId(emu, SALES, rid('new', k, variant));
        expect(sales).toHaveLength(1);
        expect(sales[0].customer).toBe(people[0].id);
        expect(people[0].name).toBe(`新客${k}`);
        expect(answer.value).toMatchObject({
          customerId: people[0].id,
          created: {id: people[0].id, name: `新客${k}`, phone},
        });
      },
    },
    {
      name: 'feedback',
      fn: 'logFeedback',
      request: k => ({
        requestId: rid('feedback', k, variant),
        customerId: null,
        kind: 'suggestion',
        rating: 4,
        text: `建议 ${k}`,
      }),
      check(emu, k) {
        const rows = withId(emu, FEEDBACK, rid('feedback', k, variant));
        expect(rows).toHaveLength(1);
        expect(rows[0].text).toBe(`建议 ${k}`);
      },
    },
    {
      name: 'contact',
      fn: 'recordContact',
      request: k => ({
        requestId: rid('contact', k, variant),
        customerId: 'C00001',
        channel: 'phone',
        reason: `回访 ${k}`,
        outcome: '',
      }),
      check(emu, k) {
        const rows = withId(emu, CONTACTS, rid('contact', k, variant));
        expect(rows).toHaveLength(1);
        expect(rows[0].reason).toBe(`回访 ${k}`);
      },
    },
  ];
}

/** Every write killed at call 1, 2, ... n (n = the calls it makes), then sent again. */
async function sweep(
  kind: Kind,
  variant: string,
  o: KillOptions,
  evict: boolean,
) {
  // The grade formulas stay in one variant; the others skip recalculating them.
  const emu = shop({formulas: variant === 'lost'});
  const setUp = emu.locks.unflushedReleases.length;
  await kind.prepare?.(emu);
  // A clean run tells how many service calls a write makes (the second: the counter's
  // context is cached by then, as it is for every write after the sidebar opens).
  const clean = await sendUntilAnswered(emu, kind.fn, kind.request(0));
  expect(clean.answer.ok).toBe(true);
  kind.check(emu, 0, clean.answer);
  await sendUntilAnswered(emu, kind.fn, kind.request(-1));
  const n = emu.faults.lastCalls;
  expect(n).toBeGreaterThan(3);
  let killed = 0;
  for (let k = 1; k <= n + 1; k++) {
    const {answer, failures} = await sendUntilAnswered(
      emu,
      kind.fn,
      kind.request(k),
      attempt => {
        if (attempt === 1) emu.faults.killAt(k, o);
        else if (evict) emu.cacheControl.evictAll();
      },
    );
    killed += failures;
    expect(answer.ok).toBe(true);
    kind.check(emu, k, answer);
  }
  expect(killed).toBeGreaterThanOrEqual(n);
  // Every write flushed before letting go of the lock: the next till sees its row.
  expect(emu.locks.unflushedReleases.slice(setUp)).toEqual([]);
}

const KINDS = kinds('x').map(k => k.name);

describe.each([
  ['lost', {keepUnflushed: 0}, false],
  ['lost, cache evicted', {keepUnflushed: 0}, true],
  ['applied', {keepUnflushed: 'all'}, false],
  ['applied, cache evicted', {keepUnflushed: 'all'}, true],
  ['half applied, cache evicted', {keepUnflushed: 1}, true],
] as Array<[string, KillOptions, boolean]>)(
  'killed at every service call, unflushed writes %s, then sent again',
  (variant, o, evict) => {
    test.each(KINDS)('%s: written exactly once', async name => {
      const v = variant.replace(/\W+/g, '');
      const kind = kinds(v).find(k => k.name === name)!;
      await sweep(kind, v, o, evict);
    });
  },
);

test('resolving a complaint, killed at every call and sent again: resolved once, with its text and date', async () => {
  const emu = shop();
  await emu.scriptRun('logSale', [
    {
      requestId: 'prep-customer',
      customerId: null,
      newCustomer: {name: '李四', phone: '13900000000'},
      items: '奶茶',
      amount: '18',
      payment: 'cash',
      note: '',
    },
  ]);
  const complaint = async (k: number) => {
    await emu.scriptRun('logFeedback', [
      {
        requestId: `complaint-${k}`,
        customerId: 'C00001',
        kind: 'complaint',
        rating: 1,
        text: `太甜了 ${k}`,
      },
    ]);
    const rows = records(emu, FEEDBACK);
    return rows.findIndex(r => r.requestId === `complaint-${k}`) + 2;
  };
  const resolve = (k: number, row: number) => ({
    requestId: `resolve-${k}`,
    customerId: 'C00001',
    row,
    resolution: `道歉并退款 ${k}`,
  });
  const first = await complaint(0);
  await emu.scriptRun('resolveFeedback', [resolve(0, first)]);
  const n = emu.faults.lastCalls;
  for (let k = 1; k <= n + 1; k++) {
    for (const keep of [0, 1, 'all'] as const) {
      const kk = k * 10 + (keep === 'all' ? 2 : keep);
      const row = await complaint(kk);
      const before = records(emu, FEEDBACK).length;
      const {answer} = await sendUntilAnswered(
        emu,
        'resolveFeedback',
        resolve(kk, row),
        attempt => {
          if (attempt === 1) emu.faults.killAt(k, {keepUnflushed: keep});
          else emu.cacheControl.evictAll();
        },
      );
      expect(answer.ok).toBe(true);
      const rows = records(emu, FEEDBACK);
      expect(rows).toHaveLength(before);
      const r = rows[row - 2];
      expect(r.status).toBe('已解决');
      expect(r.resolution).toBe(`道歉并退款 ${kk}`);
      expect(r.resolvedOn).toBeInstanceOf(Date);
    }
  }
});

test('a randomized run of 2,000 counter writes with kills, lost or kept writes, evictions and retries: none twice, none lost', async () => {
  const emu = shop({formulas: false});
  const random = seededRandom(20260310);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const ks = kinds('rnd');
  await ks[0].prepare!(emu);
  const sent: Array<{kind: Kind; k: number; answer: Out}> = [];
  let kills = 0;
  let calls = 30;
  for (let k = 1; k <= 2000; k++) {
    const kind = random() < 0.7 ? ks[0] : pick(ks.slice(1));
    const {answer, failures} = await sendUntilAnswered(
      emu,
      kind.fn,
      kind.request(k),
      () => {
        if (random() < 0.5)
          emu.faults.killAt(1 + Math.floor(random() * calls), {
            keepUnflushed: pick([0, 1, 2, 'all'] as const),
          });
        if (random() < 0.2) emu.cacheControl.evictAll();
      },
    );
    if (!emu.faults.lastKilled) calls = Math.max(calls, emu.faults.lastCalls);
    kills += failures;
    expect(answer.ok).toBe(true);
    sent.push({kind, k, answer});
    if (random() < 0.01) emu.advance(3_600_000);
  }
  for (const {kind, k, answer} of sent) kind.check(emu, k, answer);
  expect(kills).toBeGreaterThan(500);
}, 600_000);

test('reading the Request ID column costs no extra call: the same SpreadsheetApp calls a sale at any size, keys kept as typed', async () => {
  const counts: number[] = [];
  for (const rows of [10, 20_000]) {
    const emu = shop({formulas: false});
    const sales = emu.spreadsheet
      .getSheets()
      .find(s => Object.values(SALES.names).includes(s.getName()))!;
    const width = sales.getLastColumn();
    const header = sales.getRange(1, 1, 1, width).getValues()[0];
    const cols = mapColumns(
      header.map(h => String(h)),
      SALES,
    );
    const grid = Array.from({length: rows}, (_, i) => {
      const line: unknown[] = new Array(width).fill('');
      line[cols.get('date')!] = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
      line[cols.get('customer')!] = `C${String((i % 50) + 1).padStart(5, '0')}`;
      line[cols.get('amount')!] = 10;
      line[cols.get('requestId')!] = `old-${i}`;
      return line;
    });
    sales.insertRowsAfter(sales.getMaxRows(), rows);
    // Rows inserted in Sheets take the formats of the row above; the emulator's don't.
    const formats = sales.getRange(2, 1, 1, width).getNumberFormats()[0];
    sales
      .getRange(2, 1, sales.getMaxRows() - 1, width)
      .setNumberFormats(
        Array.from({length: sales.getMaxRows() - 1}, () => formats),
      );
    sales.getRange(2, 1, rows, width).setValues(grid);
    await emu.scriptRun('counterBootstrap', []);
    for (const customerId of ['C00001', '0912345678']) {
      const out = (await emu.scriptRun('logSale', [
        {
          requestId: `cost-${rows}-${customerId}`,
          customerId,
          newCustomer: null,
          items: '奶茶',
          amount: '18',
          payment: 'cash',
          note: '',
        },
      ])) as Out;
      expect(out.ok).toBe(true);
      counts.push(emu.calls.spreadsheet('execution'));
      expect(withId(emu, SALES, `cost-${rows}-${customerId}`)).toMatchObject([
        {customer: customerId},
      ]);
    }
  }
  // 5 for the Sales tab, and 3 for the points the sale earns: the Points tab, its data
  // in one call, its row. A customer keyed by a phone with a leading 0 needs the Points
  // tab's row 2 number formats too (the range, its formats), to keep the key as text
  // (counter-append.ts).
  expect(counts).toEqual([8, 10, 8, 10]);
});
