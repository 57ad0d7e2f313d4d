/** The global setup rebuilds dist/ exactly when a test would otherwise load a stale one. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {staleReason} from '../global-setup';

describe('when dist/ must be built again', () => {
  let root: string;
  const at = (rel: string, seconds: number) => {
    const f = path.join(root, rel);
    fs.mkdirSync(path.dirname(f), {recursive: true});
    if (!fs.existsSync(f)) fs.writeFileSync(f, '');
    fs.utimesSync(f, seconds, seconds);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-stale-'));
    at('src/domain/grade.ts', 1000);
    at('sidebar/main.ts', 1000);
    at('tools/build.ts', 1000);
    at('appsscript.json', 1000);
    at('package-lock.json', 1000);
    for (const d of ['src/domain', 'src', 'sidebar']) at(d, 1000);
  });
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}));

  it('when an output is missing', () => {
    at('dist/Code.js', 2000);
    at('dist/sidebar.html', 2000);
    expect(staleReason(root)).toBe('dist/appsscript.json is missing');
  });

  it('not when every output is newer than every input', () => {
    for (const f of ['Code.js', 'sidebar.html', 'appsscript.json']) {
      at(`dist/${f}`, 2000);
    }
    expect(staleReason(root)).toBeUndefined();
  });

  it('when a source deep in src/ changed after the oldest output', () => {
    at('dist/Code.js', 2000);
    at('dist/sidebar.html', 3000);
    at('dist/appsscript.json', 3000);
    at('src/domain/grade.ts', 2500);
    expect(staleReason(root)).toBe('src changed since the last build');
  });

  it('when the dependencies changed', () => {
    for (const f of ['Code.js', 'sidebar.html', 'appsscript.json']) {
      at(`dist/${f}`, 2000);
    }
    at('package-lock.json', 2001);
    expect(staleReason(root)).toBe(
      'package-lock.json changed since the last build',
    );
  });
});
