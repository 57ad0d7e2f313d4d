/**
 * A cell's colours reach the preview's HTML only as colours: a background or font colour
 * that is anything else (text a sheet holds where a colour is expected) is left out, so
 * it can never close the style attribute and add markup of its own.
 */
import {PageView, renderWorkbook} from '../../preview/render';
import {TabSnapshot} from '../../preview/snapshot';

function page(background: string): PageView {
  const tab: TabSnapshot = {
    name: 'T',
    values: [['a']],
    formulas: [['']],
    kinds: [['']],
    widths: [100],
    looks: [[{background, color: '#123456'}]],
    frozenRows: 0,
    charts: [],
    heat: [],
  };
  return {tabs: [tab], lang: 'en'} as unknown as PageView;
}

test('a colour is drawn', () => {
  expect(renderWorkbook(page('rgb(1, 2, 3)'))).toContain(
    'style="background:rgb(1, 2, 3);color:#123456"',
  );
  expect(renderWorkbook(page('#fce8e6'))).toContain('background:#fce8e6');
});

test('anything else is left out, never markup', () => {
  const html = renderWorkbook(
    page('rgb(0,0,0)" onmouseover="alert(1)"><img src=x onerror=alert(2)>'),
  );
  expect(html).not.toContain('onmouseover="');
  expect(html).not.toContain('<img');
  expect(html).toContain('style="color:#123456"');
});
