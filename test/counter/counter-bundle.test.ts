/**
 * The counter through the artefact that would be pushed: dist/Code.js in node:vm on the
 * emulator, called the way the sidebar calls it (google.script.run's rules).
 */
import {bundleShop as shop} from './shop';

// jest's global setup builds dist/ when it is missing or stale: never skipped.
describe('the counter in the built bundle', () => {
  it('opens the sidebar from the menu, 300 px wide, titled in the sheet language', () => {
    const {emu, app} = shop('zh_TW');
    app.call('openCounter', []);
    const [sidebar] = emu.ui.sidebars;
    expect(sidebar.title).toBe('熟客 · 收銀台');
    expect(sidebar.width).toBe(300);
    expect(sidebar.content).toContain('<div id="app">');
  });

  it('answers google.script.run with plain JSON: no Dates, ISO text instead', async () => {
    const {emu} = shop('zh_TW');
    const boot = (await emu.scriptRun('counterBootstrap', [])) as {
      lang: string;
      todayIso: string;
    };
    expect(boot).not.toBeNull();
    expect(boot.lang).toBe('zh-TW');
    expect(boot.todayIso).toBe('2026-03-10');
    const sale = (await emu.scriptRun('logSale', [
      {
        requestId: 'bundle-test-0001',
        customerId: null,
        newCustomer: {name: '陳大文', phone: '0912345678'},
        items: '珍珠奶茶',
        amount: '55',
        payment: 'cash',
        note: '',
      },
    ])) as {ok: boolean; value: {date: string; created: {id: string}}};
    expect(sale.ok).toBe(true);
    expect(sale.value.date).toBe('2026-03-10T06:00:00.000Z');
    expect(sale.value.created.id).toBe('C00001');
    const card = (await emu.scriptRun('customerCard', ['C00001'])) as {
      name: string;
      phone: string;
      grade: string;
      visits: number;
    };
    expect(card).toMatchObject({
      name: '陳大文',
      phone: '0912345678',
      grade: 'E',
      visits: 1,
    });
  });

  it('says what is wrong in 繁體中文', async () => {
    const {emu} = shop('zh_TW');
    const out = (await emu.scriptRun('logSale', [
      {
        requestId: 'bundle-test-0002',
        customerId: 'C00001',
        newCustomer: null,
        items: '',
        amount: '',
        payment: 'cash',
        note: '',
      },
    ])) as {ok: boolean; message: string; fields: Record<string, string>};
    expect(out).toMatchObject({
      ok: false,
      message: '請修改標紅的內容',
      fields: {amount: '請填寫金額'},
    });
  });
});
