/**
 * A new customer, whole: name and phone, and optionally a birthday (solar or lunar 农历),
 * WeChat id, email and marketing consent, checked field by field in the viewer's
 * language and written in the book's; the shop's notice comes with the counter.
 */
import {counterBootstrap, logSale} from '../../src/usecases/counter';
import {checkSale} from '../../src/domain/counter/validate';
import {parseBirthday} from '../../src/domain/followup/birthday';
import {
  deps,
  Emu,
  newShop,
  rowsOf,
  CUSTOMERS,
  saleRequest,
  sheetOf,
} from './shop';
import {NewCustomerInput} from '../../src/domain/counter/wire';

const base = (n: Partial<NewCustomerInput>) =>
  saleRequest('new-whole-0001', {
    customerId: null,
    newCustomer: {name: '李阿姨', phone: '13812345678', ...n},
  });

describe('checking the optional fields', () => {
  it('says what is wrong beside each field, in the viewer’s language', () => {
    const out = checkSale(
      base({
        birthday: '八月卅五',
        email: 'not-an-email',
        wechat: 'x'.repeat(101),
      }),
      'en',
    );
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.fields.birthday).toMatch(/birthday/i);
    expect(out.fields.email).toMatch(/email/i);
    expect(out.fields.wechat).toMatch(/too long/i);
    const zh = checkSale(base({birthday: '2001-02-30'}), 'zh-CN');
    expect(!zh.ok && zh.fields.birthday).toContain('生日');
  });
  it('accepts a lunar 30th that has no solar date, kept as typed', () => {
    const out = checkSale(
      base({birthday: '1990-02-30', birthdayKind: 'lunar'}),
      'zh-CN',
    );
    expect(out.ok && out.value.newCustomer).toMatchObject({
      birthday: '1990-02-30',
      birthdayKind: 'lunar',
    });
  });
});

describe('writing a whole new customer', () => {
  let emu: Emu;
  let uninstall: () => void;
  afterEach(() => uninstall());

  it('writes birthday, calendar, WeChat, email and consent in the book’s language', () => {
    ({emu, uninstall} = newShop('zh_CN', '2025-06-15T04:00:00Z'));
    const out = emu.run(() =>
      logSale(
        base({
          birthday: '八月十五',
          birthdayKind: 'lunar',
          wechat: '=li_ayi',
          email: 'li@example.com',
          consent: 'yes',
        }),
        {...deps(emu), viewerLang: () => 'en'},
      ),
    );
    expect(out.ok).toBe(true);
    const [c] = rowsOf(emu, CUSTOMERS);
    expect(c).toMatchObject({
      name: '李阿姨',
      birthday: '八月十五',
      birthdayKind: '农历',
      wechat: '=li_ayi',
      email: 'li@example.com',
      consent: '同意',
    });
    const formulas = sheetOf(emu, CUSTOMERS).getDataRange().getFormulas()[1];
    expect(formulas.filter(f => f && !/CUSTOMER_|GRADE/.test(f))).toEqual([]);
    expect(parseBirthday(c.birthday, 'lunar', 'Asia/Shanghai')).toMatchObject({
      calendar: 'lunar',
      month: 8,
      day: 15,
    });
  });

  it('writes a solar birthday with its year as a date of the shop’s calendar; nothing unasked', () => {
    ({emu, uninstall} = newShop('en_US', '2025-06-15T04:00:00Z'));
    emu.run(() => logSale(base({birthday: '1990-08-15'}), deps(emu)));
    const [c] = rowsOf(emu, CUSTOMERS);
    expect(c.birthday).toBeInstanceOf(Date);
    expect(parseBirthday(c.birthday, null, 'Asia/Shanghai')).toMatchObject({
      month: 8,
      day: 15,
      calendar: 'solar',
    });
    expect(c.birthdayKind).toBe('Solar');
    expect(c.consent).toBe('');
  });

  it('hands the shop’s notice to the counter in the book’s language', () => {
    ({emu, uninstall} = newShop('zh_TW', '2025-06-15T04:00:00Z'));
    const boot = emu.run(() =>
      counterBootstrap({...deps(emu), viewerLang: () => 'en'}),
    );
    expect(boot.lang).toBe('en');
    expect(boot.consentNotice).toContain('刪除');
  });
});
