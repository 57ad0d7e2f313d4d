/**
 * What the card and the sale form do with items: the same best seller tapped twice is
 * one item ×2, the Sales row carries the quantity, an item with "/" in its name is one
 * favourite, and an open complaint shows once (in the complaints block, where it is
 * resolved), not a second time among what is due.
 */
import {
  addItem,
  quantityOf,
  splitItems,
  topItems,
} from '../../src/domain/counter/items';
import {customerCard, logFeedback, logSale} from '../../src/usecases/counter';
import {
  deps,
  Emu,
  rowsOf,
  saleRequest,
  SALES,
  shopForTests,
  ZHANG,
} from './shop';

describe('a best seller tapped into the items', () => {
  it('counts up instead of repeating the name', () => {
    expect(addItem('', '冰红茶', 'zh-CN')).toBe('冰红茶');
    expect(addItem('冰红茶', '冰红茶', 'zh-CN')).toBe('冰红茶 ×2');
    expect(
      addItem(addItem('冰红茶', '冰红茶', 'zh-CN'), '冰红茶', 'zh-CN'),
    ).toBe('冰红茶 ×3');
    expect(addItem('冰红茶 ×2、蛋挞', '蛋挞', 'zh-CN')).toBe(
      '冰红茶 ×2、蛋挞 ×2',
    );
    expect(addItem('蛋挞2个', '蛋挞', 'zh-CN')).toBe('蛋挞 ×3');
    expect(addItem('Iced tea x2', 'iced tea', 'en')).toBe('Iced tea ×3');
  });
  it('keeps what staff typed and adds a new item after it', () => {
    expect(addItem('奶茶, 蛋挞', '薯片', 'zh-CN')).toBe('奶茶, 蛋挞、薯片');
    expect(addItem('奶茶 ', '奶茶', 'zh-CN')).toBe('奶茶 ×2');
    expect(addItem('大/小杯奶茶', '大/小杯奶茶', 'zh-CN')).toBe(
      '大/小杯奶茶 ×2',
    );
  });
});

describe('the separator follows the book’s language', () => {
  it('an English book gets ", ", a Chinese one "、", whoever taps', () => {
    expect(addItem('Bubble tea ×2', 'Iced tea', 'en')).toBe(
      'Bubble tea ×2, Iced tea',
    );
    expect(addItem('珍珠奶茶', '紅茶', 'zh-TW')).toBe('珍珠奶茶、紅茶');
    expect(addItem('', 'Iced tea', 'en')).toBe('Iced tea');
  });
  it('reads every separator whatever the book', () => {
    for (const text of [
      'Bubble tea ×2, Iced tea',
      'Bubble tea ×2、Iced tea',
      'Bubble tea ×2，Iced tea',
      'Bubble tea ×2; Iced tea',
    ]) {
      expect(splitItems(text)).toEqual(['Bubble tea', 'Iced tea']);
      expect(quantityOf(text)).toBe(3);
    }
  });
});

describe('quantities', () => {
  it('add up the items of a sale', () => {
    expect(quantityOf('冰红茶 ×2、蛋挞')).toBe(3);
    expect(quantityOf('奶茶, 蛋挞×2、薯片；可乐 x3')).toBe(7);
    expect(quantityOf('蛋挞2个')).toBe(2);
    expect(quantityOf('')).toBe(0);
    expect(quantityOf('  ')).toBe(0);
  });
});

describe('an item with "/" in its name', () => {
  it('is one item and one favourite', () => {
    expect(splitItems('大/小杯奶茶、1/2打蛋挞')).toEqual([
      '大/小杯奶茶',
      '1/2打蛋挞',
    ]);
    expect(topItems(['大/小杯奶茶', '大/小杯奶茶 ×2'], 5)).toEqual([
      {item: '大/小杯奶茶', count: 2},
    ]);
  });
});

describe('at the counter', () => {
  let emu: Emu;
  shopForTests(e => (emu = e), {customers: [ZHANG]});

  it('writes the quantity into the Sales tab', () => {
    const out = emu.run(() =>
      logSale(
        saleRequest('items-00001', {items: '冰红茶 ×2、蛋挞', amount: '9'}),
        deps(emu),
      ),
    );
    expect(out.ok).toBe(true);
    expect(rowsOf(emu, SALES)[0]).toMatchObject({
      items: '冰红茶 ×2、蛋挞',
      quantity: 3,
    });
    emu.run(() => logSale(saleRequest('items-00002', {items: ''}), deps(emu)));
    expect(rowsOf(emu, SALES)[1].quantity).toBe('');
  });

  it('shows an open complaint once, where it can be resolved', () => {
    // Old enough that the complaint is also a follow-up due today.
    emu.clock.set('2025-06-12T04:00:00Z');
    emu.run(() =>
      logFeedback(
        {
          requestId: 'complaint-1',
          customerId: 'C00001',
          kind: 'complaint',
          rating: 1,
          text: '奶茶太甜',
        },
        deps(emu),
      ),
    );
    emu.clock.set('2025-06-15T04:00:00Z');
    const card = emu.run(() => customerCard('C00001', deps(emu)));
    expect(card?.complaints.map(k => k.text)).toEqual(['奶茶太甜']);
    expect(card?.due.filter(d => d.kind === 'complaint')).toEqual([]);
    const shown = JSON.stringify(card?.due);
    expect(shown).not.toContain('奶茶太甜');
  });
});
