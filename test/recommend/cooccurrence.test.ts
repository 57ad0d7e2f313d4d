/** Recommendations by item co-occurrence, on baskets whose answer is worked out by hand. */
import {
  buildModel,
  recKey,
  recommend,
} from '../../src/domain/recommend/cooccurrence';

function model(baskets: string[][]) {
  const names = new Map<string, string>();
  const sets = baskets.map(b => {
    for (const i of b) if (!names.has(recKey(i))) names.set(recKey(i), i);
    return new Set(b.map(recKey));
  });
  return buildModel(sets, names);
}

describe('item co-occurrence', () => {
  // Tea drinkers also take egg tarts; crisp eaters also take cola.
  const shop = model([
    ['奶茶', '蛋挞'],
    ['奶茶', '蛋挞', '薯片'],
    ['奶茶', '蛋挞'],
    ['薯片', '可乐'],
    ['薯片', '可乐'],
    ['薯片', '可乐', '奶茶'],
    ['奶茶'],
  ]);

  test('what customers with baskets like theirs buy, and they have not', () => {
    const r = recommend(shop, new Set([recKey('奶茶')]));
    // 蛋挞: together 3, √(5 × 3) → 0.775; 薯片: 2/√(5×4) → 0.447; 可乐: 1 (< 2) dropped.
    expect(r.map(x => [x.item, x.because, x.score])).toEqual([
      ['蛋挞', '奶茶', 775],
      ['薯片', '奶茶', 447],
    ]);
  });

  test('nothing they already bought, and sums over their items', () => {
    const r = recommend(shop, new Set([recKey('薯片'), recKey('蛋挞')]));
    expect(r.map(x => x.item)).toEqual(['奶茶', '可乐']);
    expect(r.every(x => x.item !== '薯片' && x.item !== '蛋挞')).toBe(true);
  });

  test('a customer who bought nothing the model knows gets nothing', () => {
    expect(recommend(shop, new Set())).toEqual([]);
    expect(recommend(shop, new Set([recKey('榴莲')]))).toEqual([]);
  });

  test('items compare without case or width; names kept as first written', () => {
    const m = model([
      ['Cola', 'Crisps'],
      ['ＣＯＬＡ', 'crisps'],
      ['cola ', 'CRISPS'],
    ]);
    expect(recommend(m, new Set([recKey('COLA')])).map(x => x.item)).toEqual([
      'Crisps',
    ]);
  });

  test('hostile item names are only names', () => {
    const m = model([
      ['=HYPERLINK("x")', '<script>'],
      ['=HYPERLINK("x")', '<script>'],
    ]);
    expect(recommend(m, new Set([recKey('<script>')]))[0].item).toBe(
      '=HYPERLINK("x")',
    );
  });
});
