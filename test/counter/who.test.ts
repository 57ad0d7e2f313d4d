/**
 * Who made a change, when the device has no staff name: the account at the keyboard,
 * never a blank Who when Google tells us who it is. Through the built Code.js.
 *
 * Google's side: User.getEmail "returns a blank string" when "security policies do not
 * allow access to the user's email address" (Class User,
 * https://developers.google.com/apps-script/reference/base/user); the emulator's
 * `activeUserWithheld` is that case, pinned here first.
 */
import {SALES, saleRequest} from './shop';
import {
  loyaltyShop,
  Out,
  rid,
  rowsOf,
  STORED_LEDGER,
} from '../loyalty/loyalty-shop';

describe('the emulator withholds the active user as Google may', () => {
  it('getActiveUser is blank, getEffectiveUser names the person (Class User, getEmail)', async () => {
    const {emu} = await loyaltyShop({locale: 'en_US'});
    const g = emu.globals as unknown as {
      Session: GoogleAppsScript.Base.Session;
    };
    expect(g.Session.getActiveUser().getEmail()).toBe('owner@example.com');
    emu.session.activeUserWithheld = true;
    expect(g.Session.getActiveUser().getEmail()).toBe('');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('owner@example.com');
  });
});

describe('Who is never blank when something is known', () => {
  it.each([
    ['the active user', false],
    ['the effective user when the active one is withheld', true],
  ])(
    'no staff name: the ledger and the Sales row take %s',
    async (_, withheld) => {
      const {emu} = await loyaltyShop({locale: 'en_US'});
      emu.session.activeUserWithheld = withheld;
      const top = (await emu.scriptRun('topUp', [
        {requestId: rid(), customerId: 'C00001', amount: '50', payment: 'cash'},
      ])) as Out<unknown>;
      expect(top.ok).toBe(true);
      const refund = (await emu.scriptRun('refundStored', [
        {
          requestId: rid(),
          customerId: 'C00001',
          amount: '5',
          payment: 'cash',
          reason: 'change',
          staff: '   ',
        },
      ])) as Out<unknown>;
      expect(refund.ok).toBe(true);
      const rows = rowsOf(emu as never, STORED_LEDGER);
      expect(rows.map(r => r.staff)).toEqual([
        'owner@example.com',
        'owner@example.com',
      ]);
    },
  );

  it('a staff name set on the device is kept', async () => {
    const {emu} = await loyaltyShop({locale: 'en_US'});
    await emu.scriptRun('topUp', [
      {
        requestId: rid(),
        customerId: 'C00001',
        amount: '50',
        payment: 'cash',
        staff: 'Amy',
      },
    ]);
    expect(rowsOf(emu as never, STORED_LEDGER)[0].staff).toBe('Amy');
  });

  it('a sale without a staff name names the account', async () => {
    const {emu} = await loyaltyShop({locale: 'en_US'});
    const out = (await emu.scriptRun('logSale', [
      saleRequest(rid(), {items: 'Iced tea'}),
    ])) as Out<unknown>;
    expect(out.ok).toBe(true);
    const sales = rowsOf(emu as never, SALES);
    expect(sales.at(-1)?.staff).toBe('owner@example.com');
  });
});
