/**
 * The phone page through the artefact the phone project pushes (dist-phone/Code.js) on
 * the emulator's web app (emulator/webapp.ts): what doGet serves, who is refused, and
 * that a sale from the phone is written once under the script lock.
 *
 * Google's pages relied on: Web apps and API executables manifest resource
 * (developers.google.com/apps-script/manifest/web-app-api-executable: access MYSELF /
 * DOMAIN / ANYONE / ANYONE_ANONYMOUS, executeAs USER_DEPLOYING / USER_ACCESSING);
 * User reference, getEmail (blank where the identity is withheld, e.g. "a web app
 * deployed to 'execute as me'"); Session reference, getEffectiveUser; LockService
 * reference, getDocumentLock (null "from a standalone script or webapp").
 */
import {OWNER, phoneShop, sale} from './shop';
import {Emulator, WebResponse} from '../../emulator';

/** The book itself (cells, formats, tabs): caches may change, the book must not. */
function book(emu: Emulator): string {
  return JSON.stringify(
    (JSON.parse(emu.serialize()) as {workbook: unknown}).workbook,
  );
}

function page(r: WebResponse) {
  if (r.servedBy !== 'script') throw new Error(`Google refused: ${r.refusal}`);
  return r.page;
}

describe('the phone page (doGet) for the owner', () => {
  it('serves the counter itself with a phone viewport, titled in the viewer language', () => {
    const {web} = phoneShop({userLocale: 'en_US'});
    const p = page(web.get(OWNER));
    expect(p.content).toContain('<div id="app">');
    expect(p.title).toBe('Shuke · Counter');
    expect(p.metaTags).toContainEqual({
      name: 'viewport',
      content: expect.stringContaining('width=device-width'),
    });
  });

  it('logs a sale from the phone once, with 8 spreadsheet calls with points and at most 5 for a walk-in, retried or not', async () => {
    const {emu, web} = phoneShop();
    await web.run(OWNER, 'counterBootstrap');
    const first = (await web.run(OWNER, 'logSale', [sale('phone-0001')])) as {
      ok: boolean;
    };
    expect(first.ok).toBe(true);
    // A second sale to an existing customer: the cost the stall pays every time. The
    // sale's own 5 (openById, the tab, its data in one call, the row, the flush) and the
    // 3 of the points it earns (the Points tab, its data in one call, the row), as the
    // README's Figures say.
    await web.run(OWNER, 'logSale', [
      sale('phone-0002', {customerId: 'C00001', newCustomer: null}),
    ]);
    expect(emu.calls.spreadsheet('execution')).toBe(8);
    expect(emu.calls.of('openById', 'execution')).toBe(1);
    expect(emu.calls.of('getScriptLock', 'execution')).toBe(1);
    expect(emu.calls.of('appendRow', 'execution')).toBe(2);
    // A walk-in earns nothing and touches no ledger: the sale's own calls only.
    await web.run(OWNER, 'logSale', [
      sale('phone-0003', {customerId: null, newCustomer: null}),
    ]);
    expect(emu.calls.spreadsheet('execution')).toBeLessThanOrEqual(5);
    expect(emu.calls.of('openById', 'execution')).toBe(1);
    expect(emu.calls.of('appendRow', 'execution')).toBe(1);
    // The answer was lost on a bad network: the phone sends the same request again.
    emu.cacheControl.evictAll();
    const again = (await web.run(OWNER, 'logSale', [sale('phone-0001')])) as {
      ok: boolean;
    };
    expect(again.ok).toBe(true);
    const ss = emu.spreadsheet;
    const salesTab = ss.getSheets().find(s => s.getName().includes('销售'))!;
    const ids = salesTab
      .getDataRange()
      .getValues()
      .flat()
      .filter(v => String(v).startsWith('phone-'));
    expect(ids.sort()).toEqual(['phone-0001', 'phone-0002', 'phone-0003']);
  });

  it('writes a sale once when the execution dies at any service call and the phone sends it again', async () => {
    const {emu, web} = phoneShop();
    await web.run(OWNER, 'logSale', [sale('phone-warm-up')]);
    await web.run(OWNER, 'logSale', [
      sale('phone-probe', {customerId: 'C00001', newCustomer: null}),
    ]);
    const calls = emu.faults.lastCalls;
    expect(calls).toBeGreaterThan(5);
    const salesTab = emu.spreadsheet
      .getSheets()
      .find(s => s.getName().includes('销售'))!;
    const count = (id: string) =>
      salesTab
        .getDataRange()
        .getValues()
        .flat()
        .filter(v => v === id).length;
    for (let n = 1; n <= calls; n++) {
      const id = `phone-kill-${n}`;
      const req = sale(id, {customerId: 'C00001', newCustomer: null});
      emu.faults.killAt(n);
      await web.run(OWNER, 'logSale', [req]).catch(() => undefined);
      if (n % 2) emu.cacheControl.evictAll();
      const again = (await web.run(OWNER, 'logSale', [req])) as {ok: boolean};
      expect(again.ok).toBe(true);
      expect(count(id)).toBe(1);
    }
  });

  it('says the book is busy when the script lock is held, and writes nothing', async () => {
    const {emu, web} = phoneShop({userLocale: 'en_US'});
    const before = book(emu);
    emu.locks.holdByOther('script');
    const out = (await web.run(OWNER, 'logSale', [sale('phone-busy')])) as {
      ok: boolean;
      message: string;
    };
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/busy/);
    expect(book(emu) === before).toBe(true);
  });

  it('ignores a spreadsheet id in the URL: the book is the Script property', () => {
    const {emu, web} = phoneShop({connect: false, userLocale: 'en_US'});
    const p = page(web.get(OWNER, {id: emu.workbook.id}));
    expect(p.content).toContain('id="refused"');
    expect(p.content).toContain('SHUKE_SPREADSHEET_ID');
    expect(emu.calls.spreadsheet('execution')).toBe(0);
  });
});

describe('who can open it', () => {
  it('by default (only myself) Google refuses anyone else before any code runs', () => {
    const {emu, web} = phoneShop();
    const calls = emu.calls.count('total');
    const r = web.get('stranger@gmail.com');
    expect(r).toEqual({servedBy: 'google', refusal: 'you need access'});
    expect(emu.calls.count('total')).toBe(calls);
  });

  it.each([
    [
      'a stranger on a widened deployment (identity withheld)',
      'stranger@gmail.com',
      'ANYONE',
      '登录',
    ],
    [
      'anyone at all on an anonymous deployment',
      '',
      'ANYONE_ANONYMOUS',
      '登录',
    ],
  ] as const)(
    'refuses %s with a clear page in their language, touching nothing',
    async (_, who, access, word) => {
      const {emu, web} = phoneShop({
        userLocale: 'zh_CN',
        webapp: {executeAs: 'USER_DEPLOYING', access},
      });
      const before = book(emu);
      const p = page(web.get(who));
      expect(p.content).toContain('id="refused"');
      expect(p.content).toContain(word);
      expect(p.content).not.toContain('<div id="app">');
      expect(emu.calls.spreadsheet('execution')).toBe(0);
      // Calling the server API directly does no better.
      await expect(web.run(who, 'logSale', [sale('x-1')])).rejects.toThrow(
        /登录/,
      );
      await expect(web.run(who, 'customerCard', ['C00001'])).rejects.toThrow();
      expect(emu.calls.spreadsheet('execution')).toBe(0);
      expect(book(emu) === before).toBe(true);
    },
  );

  it('refuses a colleague of a Workspace owner when it runs as the owner', () => {
    const boss = 'boss@shop.example';
    const {emu, web} = phoneShop({
      owner: boss,
      userLocale: 'en_US',
      webapp: {executeAs: 'USER_DEPLOYING', access: 'DOMAIN'},
    });
    const p = page(web.get('clerk@shop.example'));
    expect(p.content).toContain('shop owner&#39;s own Google account');
    expect(p.content).toContain('clerk@shop.example');
    expect(emu.calls.spreadsheet('execution')).toBe(0);
  });

  it('staff option: each signs in, runs as themselves, and needs the book shared with them', async () => {
    const {emu, web} = phoneShop({
      userLocale: 'en_US',
      webapp: {executeAs: 'USER_ACCESSING', access: 'ANYONE'},
    });
    emu.workbook.editors = [OWNER, 'ming@gmail.com'];
    expect(page(web.get('ming@gmail.com')).content).toContain('<div id="app">');
    const ok = (await web.run('ming@gmail.com', 'logSale', [
      sale('staff-0001'),
    ])) as {ok: boolean};
    expect(ok.ok).toBe(true);

    const before = book(emu);
    const p = page(web.get('walker@gmail.com'));
    expect(p.content).toContain('cannot edit this customer book');
    await expect(
      web.run('walker@gmail.com', 'logSale', [sale('staff-0002')]),
    ).rejects.toThrow(/cannot edit/);
    expect(book(emu) === before).toBe(true);
    // Not signed in at all: Google asks for a sign-in first.
    expect(web.get('')).toEqual({
      servedBy: 'google',
      refusal: 'sign-in required',
    });
  });
});
