/**
 * The whole project type-checks: jest only transpiles (jest.config.js), so this one test
 * runs tsc over everything tsconfig.json includes (sources, sidebar, emulator, tests,
 * tools, preview, bench) once, beside the other suites instead of before them: a type
 * error fails here with its message and does not hide every other result.
 */
import {execFile} from 'node:child_process';
import * as path from 'node:path';
import {promisify} from 'node:util';

const ROOT = path.resolve(__dirname, '..');

test('tsc --noEmit finds no type error', async () => {
  const tsc = require.resolve('typescript/bin/tsc');
  const out = await promisify(execFile)(
    process.execPath,
    [tsc, '--noEmit', '--pretty', 'false', '-p', ROOT],
    {cwd: ROOT, maxBuffer: 64 * 1024 * 1024},
  ).then(
    r => r.stdout,
    (e: {stdout?: string; message: string}) => e.stdout || e.message,
  );
  expect(out.trim().split('\n').filter(Boolean)).toEqual([]);
}, 600_000);
