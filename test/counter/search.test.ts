import {
  addToIndex,
  buildIndex,
  search,
  spellingOf,
  updateFigures,
} from '../../src/domain/counter/search';
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

  it('spells names with every reading of each character, Latin as itself', () => {
    expect(spellingOf('曾A', readings)).toEqual([
      expect.arrayContaining(['zeng', 'ceng']),
      ['a'],
    ]);
    expect(spellingOf('Amy', readings)).toBeNull();
  });
});

describe('pinyin that real names need', () => {
  const people = book(
    [
      '丁舒力',
      '周伯欣',
      '彭建和',
      '錢強',
      '欧阳小凤',
      '歐陽小鳳',
      '单小龙',
      '單小龍',
      '万俟明',
      '司马光',
      '諸葛亮',
      '长孙无忌',
      '區家麟',
      '仇英',
      '解缙',
      '朴树',
      '查良镛',
      '盖聂',
      '乐嘉',
      '缪斯',
      '褚时健',
      '吕布',
    ].map((name, i) => [`P${i}`, name, '']),
  );
  const pindex = buildIndex(people, readings);
  const finds = (q: string) => search(pindex, q).hits.map(i => people.names[i]);

  it('finds a full surname with the given name as initials, whatever the length', () => {
    expect(finds('dingsl')).toContain('丁舒力');
    expect(finds('dingshul')).toContain('丁舒力');
    expect(finds('dshuli')).toContain('丁舒力');
  });

  it('finds names whose reading is not the first of each character', () => {
    expect(finds('zhouboxin')).toEqual(['周伯欣']);
    expect(finds('pengjianhe')).toEqual(['彭建和']);
    expect(finds('pjh')).toEqual(['彭建和']);
  });

  it('reads traditional characters right (強, 錢)', () => {
    expect(finds('qianqiang')).toEqual(['錢強']);
    expect(finds('qq')).toEqual(['錢強']);
  });

  it('finds compound surnames by initials, full pinyin and any mix, 简体 and 繁體', () => {
    for (const q of [
      'oyxf',
      'ouyangxf',
      'ouyangx',
      'ouyangxiaofeng',
      'oyxiaof',
    ]) {
      expect({q, found: finds(q)}).toEqual({
        q,
        found: ['欧阳小凤', '歐陽小鳳'],
      });
    }
    expect(finds('moqim')).toEqual(['万俟明']);
    expect(finds('simaguang')).toEqual(['司马光']);
    expect(finds('zhugel')).toEqual(['諸葛亮']);
    expect(finds('zhangsunwj')).toEqual(['长孙无忌']);
  });

  it('finds surnames in their surname reading', () => {
    expect(finds('shanxl')).toEqual(['单小龙', '單小龍']);
    expect(finds('sxl')).toEqual(['单小龙', '單小龍']);
    expect(finds('oujl')).toEqual(['區家麟']);
    expect(finds('qiuying')).toEqual(['仇英']);
    expect(finds('xiej')).toEqual(['解缙']);
    expect(finds('piaoshu')).toEqual(['朴树']);
    expect(finds('zhaly')).toEqual(['查良镛']);
    expect(finds('genie')).toEqual(['盖聂']);
    expect(finds('yuejia')).toEqual(['乐嘉']);
    expect(finds('miaosi')).toEqual(['缪斯']);
    expect(finds('chushijian')).toEqual(['褚时健']);
  });

  it('takes lv and lu for ü', () => {
    expect(finds('lvbu')).toEqual(['吕布']);
    expect(finds('lubu')).toEqual(['吕布']);
  });

  it('does not match inside a syllable', () => {
    // "hangsan" is inside zhangsan's letters but spells no run of characters.
    expect(names('hangsan')).toEqual([]);
  });
});

describe('search order', () => {
  interface Row {
    name: string;
    phone: string;
    grade?: string;
    perMonth?: number;
    daysSince?: number | null;
  }
  function ranked(rows: Row[]) {
    const c: CustomerIndex = {
      ids: rows.map((_, i) => `C${String(i + 1).padStart(5, '0')}`),
      names: rows.map(r => r.name),
      phones: rows.map(r => r.phone),
      grades: rows.map(r => r.grade ?? ''),
      perMonth: rows.map(r => r.perMonth ?? 0),
      daysSince: rows.map(r => r.daysSince ?? null),
    };
    const ix = buildIndex(c, readings);
    return {
      ix,
      c,
      top: (q: string, limit = 10) =>
        search(ix, q, limit).hits.map(i => c.names[i]),
    };
  }

  it('shows the best customer first among many phones starting with 138', () => {
    const rows: Row[] = [];
    for (let i = 0; i < 14; i++) {
      rows.push({
        name: `顾客${i}`,
        phone: `138${String(i).padStart(8, '0')}`,
        grade: 'E',
        perMonth: 0.3,
        daysSince: 200,
      });
    }
    rows.push({
      name: '老主顾王阿姨',
      phone: '13812345678',
      grade: 'A',
      perMonth: 20,
      daysSince: 1,
    });
    const {top} = ranked(rows);
    expect(top('138')[0]).toBe('老主顾王阿姨');
  });

  it('ranks exact, then start, then inside; within each by grade, visits, last visit', () => {
    const {top} = ranked([
      {name: '甲', phone: '13900001380', grade: 'A', perMonth: 30},
      {name: '乙', phone: '13800000001', grade: 'C', perMonth: 6, daysSince: 3},
      {name: '丙', phone: '13800000002', grade: 'C', perMonth: 6, daysSince: 1},
      {
        name: '丁',
        phone: '13800000003',
        grade: 'B',
        perMonth: 11,
        daysSince: 40,
      },
      {
        name: '戊',
        phone: '13800000004',
        grade: 'C',
        perMonth: 8,
        daysSince: 90,
      },
      {name: '己', phone: '13800000005'},
      {name: '庚', phone: '138', grade: 'E'},
    ]);
    expect(top('138')).toEqual(['庚', '丁', '戊', '丙', '乙', '己', '甲']);
  });

  it('ranks the last four digits of the phone with its start', () => {
    const {top} = ranked([
      {name: '甲', phone: '13912345678', grade: 'A', perMonth: 20},
      {name: '乙', phone: '13956781234', grade: 'E'},
      {name: '丙', phone: '13800005678', grade: 'B', perMonth: 12},
    ]);
    expect(top('5678')).toEqual(['甲', '丙', '乙']);
  });

  it('puts a whole name before a longer one, then the regular before the stranger', () => {
    const {top} = ranked([
      {name: '张三丰', phone: '', grade: 'A', perMonth: 25, daysSince: 0},
      {name: '张三', phone: '', grade: 'E'},
      {name: '赵四', phone: '', grade: 'B', perMonth: 10},
      {name: '张思', phone: ''},
    ]);
    expect(top('zs')).toEqual(['赵四', '张三', '张思', '张三丰']);
    expect(top('张')).toEqual(['张三丰', '张三', '张思']);
  });

  it('places a customer added at the counter by their visits', () => {
    const {ix, c, top} = ranked([
      {name: '王一', phone: '13800000001', grade: 'C', perMonth: 5},
      {name: '王二', phone: '13800000002', grade: 'E', perMonth: 1},
    ]);
    addToIndex(
      ix,
      {id: 'C00099', name: '王三', phone: '13800000003', grade: 'E'},
      readings,
    );
    addToIndex(
      ix,
      {
        id: 'C00100',
        name: '王四',
        phone: '13800000004',
        grade: 'E',
        perMonth: 2,
      },
      readings,
    );
    expect(c.names).toHaveLength(4);
    expect(c.daysSince.slice(2)).toEqual([0, 0]);
    expect(top('wang')).toEqual(['王一', '王四', '王二', '王三']);
    expect(top('138')).toEqual(['王一', '王四', '王二', '王三']);
    expect(top('ws')).toEqual(['王四', '王三']);
  });

  it('moves a customer up once a sale at the counter changes their figures', () => {
    const {ix, top} = ranked([
      {name: '王一', phone: '13800000001', grade: 'C', perMonth: 5},
      {name: '王二', phone: '13800000002', grade: 'D', perMonth: 3},
    ]);
    expect(top('138')).toEqual(['王一', '王二']);
    updateFigures(ix, 1, {grade: 'C', perMonth: 5, daysSince: 0});
    expect(top('138')).toEqual(['王二', '王一']);
  });
});
