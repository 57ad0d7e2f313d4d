import {addToIndex, buildIndex, search} from '../../src/domain/counter/search';
import {CustomerIndex} from '../../src/domain/counter/wire';
import {testReadings} from './pinyin-dict';

const readings = testReadings();

function book(rows: Array<[string, string, string]>): CustomerIndex {
  return {
    ids: rows.map(r => r[0]),
    names: rows.map(r => r[1]),
    phones: rows.map(r => r[2]),
    grades: rows.map(() => ''),
    perMonth: rows.map(() => 0),
    daysSince: rows.map(() => null),
  };
}

const customers = book([
  ['C00001', '张三', '13800138000'],
  ['C00002', '李四', '13900139000'],
  ['C00003', '张三丰', '+86 137 0013 7000'],
  ['C00004', 'Amy Wong', '85291234567'],
  ['C00005', '曾小红', '13600136000'],
  ['C00006', '<img src=x onerror=alert(1)>', '13500135000'],
  ['C00007', '赵四', '13800999999'],
]);
const index = buildIndex(customers, readings);
const names = (q: string) => search(index, q).hits.map(i => customers.names[i]);

describe('searching the customer book', () => {
  it('finds by pinyin initials, shortest name first', () => {
    expect(names('zs')).toEqual(['张三', '赵四', '张三丰']);
    expect(names('zsf')).toEqual(['张三丰']);
    expect(names('ZS')).toEqual(names('zs'));
  });

  it('finds by full pinyin and its start', () => {
    expect(names('zhangsan')).toEqual(['张三', '张三丰']);
    expect(names('zhang')).toEqual(['张三', '张三丰']);
    expect(names('zhang san')).toEqual(['张三', '张三丰']);
  });

  it('knows both readings of a polyphonic surname', () => {
    expect(names('zxh')).toEqual(['曾小红']);
    expect(names('cxh')).toEqual(['曾小红']);
  });

  it('finds by any part of the phone, ignoring spaces and +86', () => {
    expect(names('138')).toEqual(['张三', '赵四']);
    expect(names('0013 7')).toEqual(['张三丰']);
    expect(names('9999')).toEqual(['赵四']);
    expect(names('137 0013')).toEqual(['张三丰']);
  });

  it('finds by name text, Latin names and ids', () => {
    expect(names('张三')).toEqual(['张三', '张三丰']);
    expect(names('wong')).toEqual(['Amy Wong']);
    expect(names('c00002')).toEqual(['李四']);
    expect(names('<img')).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('finds nothing for blank text and reports the total beyond the limit', () => {
    expect(search(index, '   ').hits).toEqual([]);
    const r = search(index, '1', 2);
    expect(r.hits).toHaveLength(2);
    expect(r.total).toBe(7);
  });

  it('takes a customer added at the counter', () => {
    const i = addToIndex(
      index,
      {id: 'C00008', name: '王五', phone: '13700000000', grade: 'E'},
      readings,
    );
    expect(search(index, 'ww').hits).toEqual([i]);
  });
});
