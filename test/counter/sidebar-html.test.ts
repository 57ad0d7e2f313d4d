/** The built sidebar: one self-contained file that never parses data as HTML. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const HTML = path.resolve(__dirname, '../../dist/sidebar.html');
const SOURCES = path.resolve(__dirname, '../../sidebar');

// jest's global setup builds dist/ when it is missing or stale: never skipped.
describe('dist/sidebar.html', () => {
  const html = fs.readFileSync(HTML, 'utf8');

  it('inlines its styles and script and loads nothing from elsewhere', () => {
    expect(html).not.toContain('<!--STYLES-->');
    expect(html).not.toContain('<!--SCRIPT-->');
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
  });

  it('has no way to turn text into markup', () => {
    for (const f of fs.readdirSync(SOURCES).filter(n => n.endsWith('.ts'))) {
      const src = fs.readFileSync(path.join(SOURCES, f), 'utf8');
      expect([
        f,
        /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write/.test(
          src,
        ),
      ]).toEqual([f, false]);
    }
    expect(html).not.toMatch(
      /\.innerHTML\s*=|insertAdjacentHTML|document\.write/,
    );
  });

  it('carries the pinyin readings it searches with', () => {
    expect(html).toContain('zhang');
  });
});
