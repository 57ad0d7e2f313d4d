/**
 * Runs once before any test file: the tests that load dist/ (the artefact clasp pushes)
 * get a dist/ built from the sources they are run against, and the browser tests get a
 * Chromium ready, so parallel workers neither skip, nor test a stale bundle, nor unpack
 * the browser several times at once.
 */
import {execFileSync} from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {findChromium} from '../tools/chromium';

const ROOT = path.resolve(__dirname, '..');
const OUTPUTS = ['Code.js', 'sidebar.html', 'appsscript.json'].map(f =>
  path.join('dist', f),
);
/** What tools/build.ts reads: the sources, the sidebar, itself, the manifest, the deps. */
const INPUTS = [
  'src',
  'sidebar',
  'tools/build.ts',
  'appsscript.json',
  'package-lock.json',
];

function newestMtime(p: string): number {
  const st = fs.statSync(p, {throwIfNoEntry: false});
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  return fs
    .readdirSync(p)
    .reduce((m, f) => Math.max(m, newestMtime(path.join(p, f))), st.mtimeMs);
}

/** Why dist/ must be built again, or undefined when it is newer than all it is built from. */
export function staleReason(root = ROOT): string | undefined {
  const missing = OUTPUTS.find(f => !fs.existsSync(path.join(root, f)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(
    ...OUTPUTS.map(f => fs.statSync(path.join(root, f)).mtimeMs),
  );
  const changed = INPUTS.find(f => newestMtime(path.join(root, f)) > built);
  return changed ? `${changed} changed since the last build` : undefined;
}

export default async function globalSetup(): Promise<void> {
  const reason = staleReason();
  if (reason) {
    process.stderr.write(`\nBuilding dist/: ${reason}\n`);
    // The build's own report goes to stderr: stdout may be jest's --json.
    execFileSync('npm', ['run', '-s', 'build'], {cwd: ROOT, stdio: [0, 2, 2]});
  }
  try {
    const found = await findChromium();
    process.stderr.write(
      `Chromium (${found.source}): ${found.executablePath}\n`,
    );
  } catch (e) {
    // Only the browser tests need it; they fail on their own, with this message.
    process.stderr.write(`No Chromium for the browser tests: ${String(e)}\n`);
  }
}
