import {CONTACTS} from '../../src/sheets/schema-contacts';
import {CUSTOMERS} from '../../src/sheets/schema-customers';
import {SALES} from '../../src/sheets/schema-sales';
import {mapColumns} from '../../src/sheets/tabs';

describe('finding columns by header', () => {
  test('any order, any of the three languages, spacing and units ignored', () => {
    const cols = mapColumns(
      ['Amount (元)', '  客戶 ', 'DATE', '付款方式', 'my own', '商品名称'],
      SALES,
    );
    expect(Object.fromEntries(cols)).toEqual({
      amount: 0,
      customer: 1,
      date: 2,
      payment: 3,
      items: 5,
    });
  });

  test('an exact name wins over another column listing it as an alias', () => {
    // "反馈" is Contacts' alias for Outcome; "结果" is Outcome's own name.
    const cols = mapColumns(['反馈', '结果'], CONTACTS);
    expect(cols.get('outcome')).toBe(1);
    // "会员号" names the id (alias); with both present each column keeps its own.
    const c = mapColumns(['手机', '会员号', '电话'], CUSTOMERS);
    expect(c.get('phone')).toBe(0);
    expect(c.get('id')).toBe(1);
  });

  test('a header is claimed once; blank headers never match', () => {
    const cols = mapColumns(['', '备注', '备注'], CUSTOMERS);
    expect(cols.get('notes')).toBe(1);
    expect([...cols.values()].filter(i => i === 2)).toEqual([]);
  });
});
