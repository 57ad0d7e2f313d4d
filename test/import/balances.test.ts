/**
 * Points and stored-value balances of a till's members brought in through the built
 * bundle (dist/Code.js), as the import dialog calls it: one opening row per customer
 * per ledger, the card's balances equal to the export's, nothing new on a second import,
 * a different balance listed and not written, every unreadable, negative or fractional
 * balance listed and never guessed, hostile text kept as text, and an undo that takes
 * the opening rows away again.
 */
import {bundleShop, rowsOf} from '../counter/shop';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {POINTS_LEDGER, STORED_LEDGER} from '../../src/sheets/schema-loyalty';
import * as X from './exports';

type Preview = {
  ok: boolean;
  notTaken: string[];
  balances: string | null;
  balanceProblems: string[];
  balanceProblemCount: number;
  kept: string[];
  canImport: boolean;
  message?: string;
};
type Done = {
  ok: boolean;
  batch: string;
  customers: number;
  balances: number;
  message: string;
  balanceProblems: string[];
};
type Undone = {ok: boolean; balances: number; message: string};
type Card = {loyalty: {points: number; stored: number}};

function shop(locale = 'zh_CN') {
  const s = bundleShop(locale, '2026-03-25T04:00:00Z');
  const preview = (tab: string) =>
    s.app.call('previewImport', [tab]) as Preview;
  const run = (tab: string) => s.app.call('runImport', [{sheet: tab}]) as Done;
  const undo = (batch: string) => s.app.call('undoImport', [{batch}]) as Undone;
  const card = (id: string) =>
    (s.app.call('customerCard', [id]) as Card).loyalty;
  const points = () => rowsOf(s.emu, POINTS_LEDGER).filter(r => r.date !== '');
  const stored = () => rowsOf(s.emu, STORED_LEDGER).filter(r => r.date !== '');
  const customers = () =>
    rowsOf(s.emu, CUSTOMERS).filter(c => c.id !== '' || c.name !== '');
  return {...s, preview, run, undo, card, points, stored, customers};
}

const MEMBERS_HEADER = [
  '会员号',
  '会员名称',
  '手机号',
  '会员等级',
  '积分',
  '余额',
];

/** A Pospal member list with every kind of balance cell a till or a hand may leave. */
function awkwardMembers(): X.Grid {
  return [
    MEMBERS_HEADER,
    [
      '9001',
      '<script>alert(1)</script>',
      13600000001,
      '金卡',
      '1,234',
      'RM 1,234.50',
    ],
    ['9002', '=1+1', 13600000002, '普通', 12.5, '¥88'],
    ['9003', '王五', 13600000003, '普通', 'abc', '-20'],
    ['=2+2', '赵六', 13600000004, '普通', 7, 'NT$500'],
    ['9005', '孙七', 13600000005, '普通', 10, 'HK$ 10'],
    ['9005', '孙七', 13600000005, '普通', 11, 'HK$10.00'],
    ['9007', '周八', 13600000007, '普通', '', 'S$3.50'],
  ];
}

describe('balances from a Pospal member list', () => {
  test('one opening row per customer per ledger; the card shows the export’s balances', () => {
    const s = shop();
    X.putExport(s.emu, '会员列表', X.pospalMembers());
    const p = s.preview('会员列表');
    // 积分 and 余额 are taken now: only the level is left.
    expect(p.notTaken).toEqual(['会员等级']);
    expect(p.balances).toBe(
      '带入余额：1 位客户的积分共 320 分，1 位客户的储值共 1,000.00。',
    );
    expect(s.points()).toEqual([]);
    const done = s.run('会员列表');
    expect(done).toMatchObject({ok: true, customers: 2, balances: 2});
    expect(done.message).toContain('1 位客户的积分共 320 分');
    const ref = `opening|${done.batch}|8001`;
    const note = '从收银机带过来的余额（银豹 Pospal · 会员）';
    expect(s.points()).toEqual([
      expect.objectContaining({
        customer: '8001',
        change: 320,
        balance: 320,
        reason: '调整',
        requestId: ref,
        note,
      }),
    ]);
    expect(s.stored()).toEqual([
      expect.objectContaining({
        customer: '8001',
        change: 1000,
        balance: 1000,
        reason: '调整',
        requestId: ref,
        note,
      }),
    ]);
    expect(s.card('8001')).toMatchObject({points: 320, stored: 1000});
    // 欧阳小凤's balances are 0: nothing to carry, no row.
    expect(s.card('8002')).toMatchObject({points: 0, stored: 0});
  });

  test('imported again: nothing new; a different balance is listed, never written', () => {
    const s = shop();
    X.putExport(s.emu, '会员列表', X.pospalMembers());
    s.run('会员列表');
    const again = s.preview('会员列表');
    expect(again.canImport).toBe(false);
    expect(again.balances).toBe(
      '没有要带入的余额。 已带入过的 2 个余额不再重复。',
    );
    expect(s.run('会员列表').ok).toBe(false);
    const changed = X.pospalMembers();
    changed[1][4] = 400;
    X.putExport(s.emu, '会员列表2', changed);
    const p = s.preview('会员列表2');
    expect(p.balanceProblems).toEqual([
      '第 2 行：导出里的积分余额与账本里已带入的不同：导出 400，账本 320；未改动，请核对',
    ]);
    expect(p.canImport).toBe(false);
    expect(s.run('会员列表2').ok).toBe(false);
    expect(s.points()).toHaveLength(1);
    expect(s.stored()).toHaveLength(1);
    expect(s.card('8001')).toMatchObject({points: 320, stored: 1000});
  });

  test('undo removes the opening rows with the customers; balances back to before; once only', () => {
    const s = shop();
    X.putExport(s.emu, '会员列表', X.pospalMembers());
    const done = s.run('会员列表');
    const undone = s.undo(done.batch);
    expect(undone).toMatchObject({ok: true, balances: 2});
    expect(undone.message).toContain('删除 2 个带入的余额');
    expect(s.points()).toEqual([]);
    expect(s.stored()).toEqual([]);
    expect(s.customers()).toEqual([]);
    expect(s.undo(done.batch).ok).toBe(false);
    // Brought in again after the undo: the rows come back once.
    expect(s.run('会员列表').balances).toBe(2);
    expect(s.card('8001')).toMatchObject({points: 320, stored: 1000});
  });

  test('a balance spent from since the import stays when the import is undone', () => {
    const s = shop();
    X.putExport(s.emu, '会员列表', X.pospalMembers());
    const done = s.run('会员列表');
    const paid = s.app.call('adjustPoints', [
      {
        requestId: 'opening-000001-test',
        customerId: '8001',
        change: -20,
        reason: '兑换礼品',
      },
    ]) as {ok: boolean};
    expect(paid.ok).toBe(true);
    const undone = s.undo(done.batch);
    expect(undone.balances).toBe(1); // the stored-value row; the points one is used
    expect(undone.message).toContain('1 个带入的余额保留');
    // 陈大文 stays with the points he has used; 欧阳小凤 (nothing used) goes.
    expect(s.customers().map(c => c.id)).toEqual(['8001']);
    expect(s.card('8001')).toMatchObject({points: 300, stored: 0});
  });

  test('balances an owner must see: unreadable, negative, fractional, two in one export; hostile text stays text', () => {
    const s = shop();
    X.putExport(s.emu, 'members', awkwardMembers());
    const p = s.preview('members');
    expect(p.balances).toBe(
      '带入余额：2 位客户的积分共 1241 分，5 位客户的储值共 1,836.00。',
    );
    expect(p.balanceProblems).toEqual([
      '第 3 行：积分不是整数，未带入（不四舍五入）：12.5（原文记在备注）',
      '第 4 行：积分余额读不懂，未带入：abc（原文记在备注）',
      '第 4 行：储值余额是负数，未带入：-20（原文记在备注）',
      '第 6 行：同一位客户在导出里有两个不同的积分余额，都未带入：10',
      '第 7 行：同一位客户在导出里有两个不同的积分余额，都未带入：11',
    ]);
    const done = s.run('members');
    expect(done.balances).toBe(7);
    expect(done.balanceProblems).toHaveLength(5);
    const byId = (id: string) => s.card(id);
    expect(byId('9001')).toMatchObject({points: 1234, stored: 1234.5});
    expect(byId('9002')).toMatchObject({points: 0, stored: 88});
    expect(byId('9003')).toMatchObject({points: 0, stored: 0});
    expect(byId('=2+2')).toMatchObject({points: 7, stored: 500});
    expect(byId('9005')).toMatchObject({points: 0, stored: 10});
    expect(byId('9007')).toMatchObject({points: 0, stored: 3.5});
    const cs = s.customers();
    expect(cs.map(c => c.name)).toEqual([
      '<script>alert(1)</script>',
      '=1+1',
      '王五',
      '赵六',
      '孙七',
      '周八',
    ]);
    expect(cs[1].notes).toBe('积分余额（导入原文）：12.5');
    expect(cs[2].notes).toBe(
      '积分余额（导入时读不懂）：abc；储值余额（导入原文）：-20',
    );
    // The hostile member number is the customer's key on both ledgers, as text.
    expect(s.points().map(r => r.customer)).toEqual(['9001', '=2+2']);
    expect(s.stored().map(r => r.customer)).toEqual([
      '9001',
      '9002',
      '=2+2',
      '9005',
      '9007',
    ]);
  });
});

describe('balances from a Loyverse customers export (English book)', () => {
  test('Points balance brought in; the note in the book’s language; names stay text', () => {
    const s = shop('en_US');
    X.putExport(s.emu, 'loyverse-customers', X.loyverseCustomers());
    const p = s.preview('loyverse-customers');
    expect(p.balances).toBe(
      'Balances carried over: points of 2 customers, 123 in all.',
    );
    const done = s.run('loyverse-customers');
    expect(done).toMatchObject({customers: 3, balances: 2});
    expect(
      s.points().map(r => [r.customer, r.change, r.reason, r.note]),
    ).toEqual([
      [
        'L001',
        120,
        'Adjustment',
        'Balance carried over from the till (Loyverse · Customers)',
      ],
      [
        'L002',
        3,
        'Adjustment',
        'Balance carried over from the till (Loyverse · Customers)',
      ],
    ]);
    expect(s.card('L001')).toMatchObject({points: 120, stored: 0});
    expect(s.card('L002')).toMatchObject({points: 3});
    expect(s.customers()[2].name).toBe('=HYPERLINK("http://x","点我")');
    expect(s.run('loyverse-customers').ok).toBe(false);
    expect(s.points()).toHaveLength(2);
  });

  test('customers already on the book get their balances once, in an import of their own to undo', () => {
    const s = shop('en_US');
    X.putExport(s.emu, 'loyverse-customers', X.loyverseCustomers());
    const first = X.loyverseCustomers().map(r => r.slice(0, 14));
    X.putExport(s.emu, 'no-points', first);
    expect(s.run('no-points').customers).toBe(3);
    const p = s.preview('loyverse-customers');
    expect(p.canImport).toBe(true);
    const done = s.run('loyverse-customers');
    expect(done).toMatchObject({ok: true, customers: 0, balances: 2});
    // The dialog lists it among the earlier imports, with its balances, to be undone.
    const shown = s.emu.ui.shown.length;
    s.app.call('openImport', []);
    expect(s.emu.ui.shown[shown].content).toContain(
      JSON.stringify({batch: done.batch, sales: 0, customers: 0, balances: 2}),
    );
    expect(s.undo(done.batch)).toMatchObject({ok: true, balances: 2});
    expect(s.customers()).toHaveLength(3);
    expect(s.card('L001')).toMatchObject({points: 0});
  });
});
