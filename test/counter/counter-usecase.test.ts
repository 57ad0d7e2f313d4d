import {
  counterBootstrap,
  customerCard,
  logFeedback,
  logSale,
  recordContact,
  resolveFeedback,
} from '../../src/usecases/counter';
import {CONTACTS} from '../../src/sheets/schema-contacts';
import {FEEDBACK} from '../../src/sheets/schema-feedback';
import {SaleRequest} from '../../src/domain/counter/wire';
import {
  CUSTOMERS,
  deps,
  Emu,
  LI,
  putRows,
  rowsOf,
  saleRequest,
  SALES,
  sheetOf,
  shopForTests,
  ZHANG,
} from './shop';

let emu: Emu;
let n = 0;
const rid = () => `req-${Date.now().toString(36)}-${++n}`;

shopForTests(e => (emu = e), {
  customers: [{...ZHANG, birthday: new Date('1990-06-20T00:00:00+08:00')}, LI],
});

function sale(over: Partial<SaleRequest> = {}): SaleRequest {
  return saleRequest(rid(), over);
}

describe('opening the counter', () => {
  it('gives the customer book in columns and the best sellers', () => {
    putRows(emu, SALES, [
      {
        date: new Date('2025-06-01T03:00:00Z'),
        customer: 'C00001',
        items: '奶茶, 蛋挞',
        amount: 20,
      },
      {
        date: new Date('2025-06-02T03:00:00Z'),
        customer: 'C00002',
        items: '蛋挞×2',
        amount: 12,
      },
    ]);
    const b = emu.run(() => counterBootstrap(deps(emu)));
    expect(b.lang).toBe('zh-CN');
    expect(b.customers.ids).toEqual(['C00001', 'C00002']);
    expect(b.customers.names).toEqual(['张三', '李四']);
    expect(b.customers.phones).toEqual(['13800138000', '13900139000']);
    expect(b.topItems).toEqual(['蛋挞', '奶茶']);
    expect(b.todayIso).toBe('2025-06-15');
    expect(b.notices).toEqual([]);
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });
});

describe('logging a sale', () => {
  it('appends one row with points, payment in the sheet language and the request id', () => {
    const r = sale({amount: '¥18.50'});
    const out = emu.run(() => logSale(r, deps(emu)));
    expect(out).toMatchObject({
      ok: true,
      repeated: false,
      value: {amount: 18.5, points: 18},
    });
    const rows = rowsOf(emu, SALES);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      customer: 'C00001',
      items: '奶茶',
      amount: 18.5,
      payment: '微信支付',
      points: 18,
      requestId: r.requestId,
    });
    expect(rows[0].date).toEqual(emu.clock.now());
  });

  it('writes once when the same request comes twice (a double click)', () => {
    const r = sale();
    const first = emu.run(() => logSale(r, deps(emu)));
    const second = emu.run(() => logSale(r, deps(emu)));
    expect(first.ok && second.ok).toBe(true);
    expect(second).toMatchObject({repeated: true});
    expect(rowsOf(emu, SALES)).toHaveLength(1);
  });

  it('costs the same few SpreadsheetApp calls on 100 and on 100,000 sales', () => {
    const counts: number[] = [];
    for (const size of [100, 100_000]) {
      const rows = [];
      for (let i = 0; i < size; i++) {
        rows.push({
          date: new Date(Date.UTC(2025, 0, 1) + i * 60_000),
          customer: `C${String((i % 2) + 1).padStart(5, '0')}`,
          amount: 10,
        });
      }
      const existing = sheetOf(emu, SALES).getLastRow();
      if (existing > 1)
        sheetOf(emu, SALES)
          .getRange(2, 1, existing - 1, 1)
          .clearContent();
      putRows(emu, SALES, rows);
      emu.run(() => counterBootstrap(deps(emu)));
      emu.run(() =>
        logSale(sale({items: '=HYPERLINK("http://x")'}), deps(emu)),
      );
      counts.push(emu.calls.spreadsheet('execution'));
    }
    expect(counts[0]).toBe(counts[1]);
    // 5, and the 2 of row 2's number formats the plain-text guard needs (the range,
    // its formats); and 3 for the points it earns: the Points tab, its data in one
    // call, its row.
    expect(counts[0]).toBe(10);
  });

  it('reads Settings once when its cached context has expired, then is back to 5 calls', () => {
    const walkIn = () => sale({customerId: null});
    emu.run(() => logSale(walkIn(), deps(emu)));
    expect(emu.calls.spreadsheet('execution')).toBeLessThanOrEqual(12);
    emu.run(() => logSale(walkIn(), deps(emu)));
    // The tab's header and Request ID column in one call (Sheet.getSheetValues); the
    // row; the flush before the lock goes (Lock reference, releaseLock).
    expect(emu.calls.byMethod('execution')).toMatchObject({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getSheetValues': 1,
      'Sheet.appendRow': 1,
      'SpreadsheetApp.flush': 1,
    });
    expect(emu.calls.spreadsheet('execution')).toBe(5);
  });

  it('keeps hostile text as text', () => {
    const hostile = [
      '=HYPERLINK("http://evil","x")',
      '+1+1',
      '-2',
      '@me',
      '<img src=x onerror=alert(1)>',
      '😀'.repeat(3),
      'x'.repeat(2000),
    ];
    for (const items of hostile) {
      expect(emu.run(() => logSale(sale({items}), deps(emu))).ok).toBe(true);
    }
    const sheet = sheetOf(emu, SALES);
    const rows = rowsOf(emu, SALES);
    expect(rows.map(r => r.items)).toEqual(hostile);
    const formulas = sheet.getDataRange().getFormulas().flat().filter(Boolean);
    expect(formulas).toEqual([]);
  });

  it('says which field is wrong, in the sheet language, and writes nothing', () => {
    const out = emu.run(() =>
      logSale(sale({amount: 'abc', payment: 'gold'}), deps(emu)),
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.fields.amount).toMatch(/金额应为数字/);
    expect(out.fields.payment).toMatch(/支付方式/);
    expect(rowsOf(emu, SALES)).toHaveLength(0);
  });

  it('allows a walk-in sale without a customer and without points', () => {
    const out = emu.run(() => logSale(sale({customerId: null}), deps(emu)));
    expect(out).toMatchObject({ok: true, value: {points: 0, customerId: null}});
    expect(rowsOf(emu, SALES)[0]).toMatchObject({customer: '', points: ''});
  });

  it('adds a new customer with a generated id, and catches a phone already on the book', () => {
    const out = emu.run(() =>
      logSale(
        sale({
          customerId: null,
          newCustomer: {name: '王五', phone: '13700137000'},
        }),
        deps(emu),
      ),
    );
    expect(out).toMatchObject({
      ok: true,
      value: {created: {id: 'C00003', name: '王五'}, customerId: 'C00003'},
    });
    const book = rowsOf(emu, CUSTOMERS);
    expect(book[2]).toMatchObject({
      id: 'C00003',
      name: '王五',
      phone: '13700137000',
    });
    expect(rowsOf(emu, SALES)[0].customer).toBe('C00003');

    const dup = emu.run(() =>
      logSale(
        sale({
          customerId: null,
          newCustomer: {name: '张三丰', phone: '+86 138 0013 8000'},
        }),
        deps(emu),
      ),
    );
    expect(dup).toMatchObject({
      ok: false,
      duplicate: {id: 'C00001', name: '张三'},
    });
    expect(rowsOf(emu, CUSTOMERS)).toHaveLength(3);
    expect(rowsOf(emu, SALES)).toHaveLength(1);
  });

  it('tells the user when the sheet is busy, writes nothing, and writes once on retry', () => {
    emu.locks.holdByOther('document'); // another till is saving and does not let go
    const r = sale();
    const out = emu.run(() => logSale(r, deps(emu)));
    expect(out).toMatchObject({ok: false});
    if (!out.ok) expect(out.message).toMatch(/表格正忙/);
    expect(rowsOf(emu, SALES)).toHaveLength(0);
    emu.locks.release('document');
    expect(emu.run(() => logSale(r, deps(emu)))).toMatchObject({
      ok: true,
      repeated: false,
    });
    expect(emu.run(() => logSale(r, deps(emu)))).toMatchObject({
      ok: true,
      repeated: true,
    });
    expect(rowsOf(emu, SALES)).toHaveLength(1);
  });

  it('waits for a lock held briefly by another till', () => {
    emu.locks.holdByOther('document', 500);
    expect(emu.run(() => logSale(sale(), deps(emu))).ok).toBe(true);
    expect(rowsOf(emu, SALES)).toHaveLength(1);
  });
});

describe('the card, feedback and contacts', () => {
  it('shows grade, visits, spend, points, favourites and the birthday; a sale moves the grade', () => {
    const days = [1, 3, 5, 8];
    putRows(
      emu,
      SALES,
      days.map(d => ({
        date: new Date(Date.UTC(2025, 5, 15 - d, 3)),
        customer: 'C00001',
        items: '奶茶, 蛋挞',
        amount: 10,
        points: 10,
      })),
    );
    const card = emu.run(() => customerCard('c00001', deps(emu)));
    expect(card).toMatchObject({
      id: 'C00001',
      name: '张三',
      grade: 'D',
      visits: 4,
      spend: 40,
      points: 40,
      lastVisitDaysAgo: 1,
    });
    expect(card?.perMonth).toBe(4);
    expect(card?.favourites[0]).toEqual({item: '奶茶', count: 4});
    expect(card?.birthday).toMatchObject({date: '2025-06-20', inDays: 5});
    emu.run(() => logSale(sale(), deps(emu)));
    const again = emu.run(() => customerCard('C00001', deps(emu)));
    expect(again?.visits).toBe(5);
    expect(again?.grade).toBe('C');
  });

  it('logs a complaint, shows it open on the card, and resolves it with a date', () => {
    const out = emu.run(() =>
      logFeedback(
        {
          requestId: rid(),
          customerId: 'C00001',
          kind: 'complaint',
          rating: 2,
          text: '奶茶太甜',
        },
        deps(emu),
      ),
    );
    expect(out.ok).toBe(true);
    const card = emu.run(() => customerCard('C00001', deps(emu)));
    expect(card?.complaints).toHaveLength(1);
    const k = card!.complaints[0];
    expect(k).toMatchObject({text: '奶茶太甜', rating: 2, date: '2025-06-15'});
    const res = emu.run(() =>
      resolveFeedback(
        {
          requestId: rid(),
          customerId: 'C00001',
          row: k.row,
          resolution: '送一杯少糖的',
        },
        deps(emu),
      ),
    );
    expect(res).toMatchObject({ok: true, value: {resolvedOn: '2025-06-15'}});
    const fb = rowsOf(emu, FEEDBACK)[0];
    expect(fb).toMatchObject({status: '已解决', resolution: '送一杯少糖的'});
    expect(
      emu.run(() => customerCard('C00001', deps(emu)))?.complaints,
    ).toEqual([]);
  });

  it("refuses to resolve a row that is not that customer's complaint", () => {
    emu.run(() =>
      logFeedback(
        {
          requestId: rid(),
          customerId: 'C00002',
          kind: 'complaint',
          rating: null,
          text: 'x',
        },
        deps(emu),
      ),
    );
    const res = emu.run(() =>
      resolveFeedback(
        {requestId: rid(), customerId: 'C00001', row: 2, resolution: 'y'},
        deps(emu),
      ),
    );
    expect(res.ok).toBe(false);
  });

  it('records a contact, which restarts the follow-up clock', () => {
    // Ten visits 40 to 31 days ago: grade C (every 30 days), so a check-in is due.
    putRows(
      emu,
      SALES,
      Array.from({length: 10}, (_, i) => ({
        date: new Date(Date.UTC(2025, 5, 15 - 40 + i, 3)),
        customer: 'C00002',
        amount: 10,
      })),
    );
    const before = emu.run(() => customerCard('C00002', deps(emu)));
    expect(before?.due.map(d => d.kind)).toContain('checkin');
    const out = emu.run(() =>
      recordContact(
        {
          requestId: rid(),
          customerId: 'C00002',
          channel: 'wechat',
          reason: '新品',
          outcome: '下周来',
        },
        deps(emu),
      ),
    );
    expect(out.ok).toBe(true);
    expect(rowsOf(emu, CONTACTS)[0]).toMatchObject({
      customer: 'C00002',
      channel: '微信',
      reason: '新品',
      outcome: '下周来',
    });
    const after = emu.run(() => customerCard('C00002', deps(emu)));
    expect(after?.due.map(d => d.kind)).not.toContain('checkin');
  });
});
