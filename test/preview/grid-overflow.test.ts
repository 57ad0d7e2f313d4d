/**
 * Text runs over empty neighbours as Sheets' default wrap strategy draws it: "Overflow
 * lines into the next cell, so long as that cell is empty. If the next cell over is
 * non-empty, this behaves the same as CLIP" (Enum WrapStrategy reference,
 * developers.google.com/apps-script/reference/spreadsheet/wrap-strategy).
 */
import {overflowSpans, OverflowInput} from '../../preview/grid-overflow';

function tab(
  values: string[][],
  more: Partial<OverflowInput> = {},
): OverflowInput {
  const blank = <T>(v: T) => values.map(r => r.map(() => v));
  return {
    values,
    formulas: blank(''),
    kinds: blank(''),
    widths: values[0].map(() => 100),
    looks: blank(null),
    ...more,
  };
}

describe('overflowSpans', () => {
  it('runs text over the empty cells to its right and stops at the first filled one', () => {
    const {spans, open} = overflowSpans(
      tab([['a long note', '', '', 'next', '']]),
    );
    expect(spans[0]).toEqual([3, 0, 0, 2, 0]);
    expect(open[0]).toEqual([false, false, false, true, false]);
  });

  it('lets the last text of a row run on past the columns read', () => {
    const {spans, open} = overflowSpans(tab([['x', 'help text', '', '']]));
    expect(spans[0]).toEqual([1, 3, 0, 0]);
    expect(open[0]).toEqual([false, true, false, false]);
  });

  it('keeps numbers, dates, wrapped, centred and right-aligned text in their cell', () => {
    const {spans} = overflowSpans(
      tab([['12', '', 'wrapped', '', 'right', '', 'centre', '']], {
        kinds: [['n', '', '', '', '', '', '', '']],
        looks: [
          [
            null,
            null,
            {wrap: 'wrap'},
            null,
            {align: 'right'},
            null,
            {align: 'center'},
            null,
          ],
        ],
      }),
    );
    expect(spans[0]).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('counts a formula showing nothing and a checkbox as content', () => {
    const {spans} = overflowSpans(
      tab([['text', '', 'more', '', 'end']], {
        formulas: [['', '=IFERROR(1/0,"")', '', '', '']],
        kinds: [['', '', '', 'o', '']],
      }),
    );
    expect(spans[0]).toEqual([1, 1, 1, 1, 1]);
  });
});
