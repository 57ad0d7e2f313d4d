/**
 * A customer's data in one step, on the emulator: the copy holds every row about them and
 * nothing about anyone else; erasure leaves no cell naming them, keeps the Sales totals,
 * logs no personal data, is once-only and survives being killed at any call.
 */
import {parseCsv} from '../../src/domain/privacy/csv';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {ERASURE_LOG} from '../../src/sheets/schema-privacy';
import {
  customerExportWith,
  eraseCustomerWith,
  erasurePreviewWith,
} from '../../src/usecases/privacy/customer-data';
import {isErasedPhone} from '../../src/usecases/privacy/erased-phones';
import {rowsOf} from '../counter/shop';
import {
  allCells,
  Emu,
  HOSTILE,
  LI,
  privacyBook,
  privacyDeps,
  salesAmounts,
  ZHANG,
} from './book';

let emu: Emu;
let uninstall = () => {};
beforeEach(() => ({emu, uninstall} = privacyBook()));
afterEach(() => uninstall());

const ZHANG_MARKS = [
  ZHANG.name,
  ZHANG.phone,
  '138-0013-8000',
  ZHANG.email,
  ZHANG.wechat,
  ZHANG.id,
  ZHANG.family,
];

/**
 * Every tab's values; the phone's fingerprint masked, as each fresh book has its own salt.
 */
function endState(e: Emu): string {
  return JSON.stringify(
    e.run(() =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map(s => [s.getName(), s.getDataRange().getValues()]),
    ),
  ).replace(/[0-9a-f]{64}/g, '<fingerprint>');
}

function erase(key: string, requestId = 'erase-req-0001') {
  return emu.run(() =>
    eraseCustomerWith(
      {requestId, customerId: key, by: '小李'},
      privacyDeps(emu),
    ),
  );
}

describe('the copy of a customer (查阅复制)', () => {
  test('holds every row about them, tab by tab, and nothing of anyone else', () => {
    const copy = emu.run(() => customerExportWith('C00001', privacyDeps(emu)))!;
    expect(copy.fileName).toBe('熟客资料-C00001-2025-06-16.csv');
    expect(copy.tabs).toEqual([
      {tab: '客户', rows: 1},
      {tab: '销售', rows: 2}, // by id and by phone
      {tab: '反馈', rows: 1},
      {tab: '回访', rows: 1},
      {tab: '隐私记录', rows: 1},
      {tab: '提醒记录', rows: 1},
      {tab: '送货单', rows: 1}, // the owner's own tab, by the phone in it
    ]);
    const csv = copy.csv;
    expect(csv.startsWith('\ufeff')).toBe(true);
    for (const s of [
      '珍珠奶茶',
      '鱼丸',
      '太甜',
      '满意',
      '女儿小美',
      '东街 3 号',
    ]) {
      expect(csv).toContain(s);
    }
    for (const other of [
      LI.name,
      LI.phone,
      LI.email,
      '薯片',
      '可乐',
      HOSTILE.phone,
    ]) {
      expect(csv).not.toContain(other);
    }
  });

  test('a hostile name is exported as the text it is, never as a formula', () => {
    const copy = emu.run(() => customerExportWith('C00003', privacyDeps(emu)))!;
    const fields = parseCsv(copy.csv).flat();
    expect(fields).toContain(`'${HOSTILE.name}`);
    expect(fields).toContain("'=SUM(1,2)");
    expect(fields).toContain(HOSTILE.wechat);
    expect(fields.some(f => /^[=+@-]/.test(f))).toBe(false);
  });

  test('nobody by that key: no copy', () => {
    expect(
      emu.run(() => customerExportWith('C09999', privacyDeps(emu))),
    ).toBeNull();
  });
});

describe('erasure (删除)', () => {
  test('the confirmation names what will go', () => {
    expect(
      emu.run(() => erasurePreviewWith('C00001', privacyDeps(emu))),
    ).toEqual({
      name: ZHANG.name,
      removed: [
        {tab: '客户', rows: 1},
        {tab: '反馈', rows: 1},
        {tab: '回访', rows: 1},
        {tab: '隐私记录', rows: 1},
        {tab: '提醒记录', rows: 1},
      ],
      unlinked: [{tab: '销售', rows: 2}],
      // 李四娘's referrer and note, her sale's note, feedback and contact, and the
      // owner's delivery row
      mentions: 6,
      nameShared: false,
    });
  });

  test('leaves no cell naming them, keeps every amount, and logs no personal data', () => {
    const amounts = salesAmounts(emu);
    const out = erase('C00001');
    expect(out).toEqual({ok: true, repeated: false, value: {rows: 7}});
    const cells = allCells(emu);
    for (const mark of ZHANG_MARKS) {
      expect(cells.filter(c => c.includes(mark))).toEqual([]);
    }
    expect(salesAmounts(emu)).toEqual(amounts);
    // 李四娘 keeps her rows; only the mentions of 张三丰 went.
    const li = emu
      .run(() => rowsOf(emu, CUSTOMERS))
      .find(r => r.id === 'C00002')!;
    expect(li).toMatchObject({
      name: LI.name,
      referredBy: '***',
      notes: '***的同事',
    });
    const sales = emu.run(() => rowsOf(emu, SALES));
    expect(sales.map(r => r.customer)).toEqual([
      '',
      'C00002',
      '',
      '',
      'C00003',
      'C00002',
    ]);
    expect(sales[2].note).toBe('*** 说要辣');
    expect(sales[5].note).toBe('帮***带一杯');
    const log = emu.run(() => rowsOf(emu, ERASURE_LOG));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({by: '小李', rows: 7, status: '完成'});
    expect(String(log[0].phoneHash)).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(log)).not.toMatch(/张三丰|13800138000|zsf|C00001/);
    // The intent naming their email is gone; the salt stays.
    expect(Object.keys(emu.properties.document)).toEqual([
      'shuke.privacy.salt',
    ]);
  });

  test('an import recognises the erased phone, however typed, and no one else', () => {
    erase('C00001');
    emu.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      expect(isErasedPhone(ss, '+86 138 0013 8000')).toBe(true);
      expect(isErasedPhone(ss, 13800138000)).toBe(true);
      expect(isErasedPhone(ss, LI.phone)).toBe(false);
    });
  });

  test('once-only: the same request again changes nothing', () => {
    erase('C00001');
    const after = endState(emu);
    expect(erase('C00001')).toEqual({
      ok: true,
      repeated: true,
      value: {rows: 7},
    });
    // The cache forgot: the Erasure log's request id still answers.
    emu.cacheControl.evictAll();
    expect(erase('C00001')).toEqual({
      ok: true,
      repeated: true,
      value: {rows: 7},
    });
    expect(endState(emu)).toBe(after);
  });

  test('a hostile name is erased like any other, and stays text where it was', () => {
    erase('C00003', 'erase-req-0003');
    const cells = allCells(emu);
    expect(
      cells.filter(c => c.includes('HYPERLINK') || c.includes('<script>')),
    ).toEqual([]);
    // Their sale stays with its amount and its item, as text.
    const sale = emu.run(() => rowsOf(emu, SALES))[4];
    expect(sale).toMatchObject({customer: '', items: '=SUM(1,2)', amount: 8});
  });
});

test('the phone page (no document properties for the salt) sends the owner to the desk', () => {
  const out = emu.run(() =>
    eraseCustomerWith(
      {requestId: 'erase-phone-0001', customerId: 'C00001', by: ''},
      {...privacyDeps(emu), erase: null},
    ),
  );
  expect(out).toMatchObject({
    ok: false,
    message: expect.stringContaining('电脑'),
  });
  expect(allCells(emu).some(c => c.includes(ZHANG.email))).toBe(true);
});

describe('killed at any call, then run again', () => {
  test('every call of the erasure: the same end state, nothing of them left', () => {
    erase('C00001');
    const want = endState(emu);
    const calls = emu.faults.lastCalls;
    expect(calls).toBeGreaterThan(20);
    uninstall();
    for (let k = 1; k <= calls; k++) {
      ({emu, uninstall} = privacyBook());
      emu.faults.killAt(k);
      expect(() => erase('C00001')).toThrow(/Exceeded maximum execution time/);
      const again = erase('C00001');
      expect({k, ok: again.ok}).toEqual({k, ok: true});
      expect({k, state: endState(emu)}).toEqual({k, state: want});
      uninstall();
    }
    ({emu, uninstall} = privacyBook());
  });
});
