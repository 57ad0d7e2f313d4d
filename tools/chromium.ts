/**
 * One way to get a Chromium for the browser tests, the benchmark and the screenshots,
 * driven by playwright-core: headless, no sandbox, nothing reaching the network on its own.
 *
 * The browser is found, not assumed, so `npm ci && npm test` works on a machine with
 * nothing but Node:
 *   1. `CHROMIUM_PATH` (an error if it names no file: a typo must not silently pick
 *      another browser);
 *   2. a system Chrome or Chromium (Linux, macOS, Windows paths);
 *   3. the Chromium shipped inside the `@sparticuz/chromium` npm package (Linux x64; the
 *      binary is in the package, no install script, no download). It is extracted once
 *      into `node_modules/.cache/` and runs with the NSS libraries the package ships, so it
 *      needs no system library beyond glibc.
 *
 * Fonts: the npm Chromium ships only Open Sans, so Chinese would be empty boxes. Every
 * launch gets a fontconfig file that adds Noto Sans S Chinese from `@embedpdf/fonts-sc`
 * (about 30,000 ideographs, simplified and traditional) to whatever the system has, so
 * screenshots are legible without installing fonts. Windows and macOS browsers do not
 * read fontconfig and use their own fonts.
 */
import {execFile} from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {pathToFileURL} from 'node:url';
import {promisify} from 'node:util';
import {Browser, chromium} from 'playwright-core';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'shuke-chromium');

/** The npm Chromium's own Latin font, then the shipped CJK one. */
const NPM_FONTS = ['Open Sans', 'Noto Sans S Chinese'];

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'npm';

export interface FoundChromium {
  executablePath: string;
  source: ChromiumSource;
  /** Variables the browser process needs on top of the caller's environment. */
  env: Record<string, string>;
}

/** Where Chrome and Chromium are installed by the usual packages, per platform. */
export function systemCandidates(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  if (platform === 'linux') {
    return [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/usr/lib/chromium/chromium',
      '/opt/google/chrome/chrome',
    ];
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    ];
  }
  if (platform === 'win32') {
    const roots = [
      env['PROGRAMFILES'] ?? 'C:\\Program Files',
      env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
      env['LOCALAPPDATA'],
    ].filter((r): r is string => Boolean(r));
    return roots.flatMap(r => [
      path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(r, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [];
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A package's folder, found the way Node finds it (its `exports` hide package.json). */
function packageDir(name: string): string | undefined {
  for (const dir of require.resolve.paths(name) ?? []) {
    if (isFile(path.join(dir, name, 'package.json')))
      return path.join(dir, name);
  }
  return undefined;
}

function cjkFontDir(): string | undefined {
  const dir = packageDir('@embedpdf/fonts-sc');
  return dir && fs.existsSync(path.join(dir, 'fonts'))
    ? path.join(dir, 'fonts')
    : undefined;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Writes a file whole or not at all, so a parallel reader never sees half of it. */
function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), {recursive: true});
  const tmp = `${file}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/**
 * A fontconfig file: the system's own configuration if there is one, plus the given font
 * folders. `prefer` names the generic sans-serif fonts, for a browser that has no system
 * configuration to say so (the npm one); a system browser keeps the system's choice and
 * falls back to the shipped CJK font only for characters no system font has.
 */
export function fontConfig(
  dirs: string[],
  cacheDir: string,
  prefer: string[] = [],
): string {
  const families = prefer.map(f => `<family>${xml(f)}</family>`).join('');
  const lines = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...dirs.map(d => `  <dir>${xml(d)}</dir>`),
    `  <cachedir>${xml(cacheDir)}</cachedir>`,
    ...(prefer.length === 0 ? [] : ['sans-serif', 'system-ui']).map(
      generic =>
        `  <alias><family>${generic}</family><prefer>${families}</prefer></alias>`,
    ),
    '</fontconfig>',
    '',
  ];
  return lines.join('\n');
}

function fontEnv(
  source: ChromiumSource,
  extraDirs: string[],
  prefer: string[] = [],
): Record<string, string> {
  const dirs = [...extraDirs];
  const cjk = cjkFontDir();
  if (cjk) dirs.push(cjk);
  if (dirs.length === 0) return {};
  const file = path.join(CACHE, `fonts-${source}.conf`);
  const text = fontConfig(dirs, path.join(CACHE, 'fontconfig-cache'), prefer);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
    writeAtomically(file, text);
  }
  return {FONTCONFIG_FILE: file};
}

/**
 * Extracts the npm package's Chromium once per package version. The package is an ES
 * module (which ts-jest's CommonJS cannot import), so a child Node does the extraction,
 * into a private folder that is renamed into place when complete: parallel test workers
 * either find a whole browser or make their own and keep the first.
 */
async function extractNpmChromium(pkg: string): Promise<string> {
  const version = (
    JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const target = path.join(CACHE, `sparticuz-${version}`);
  if (isFile(path.join(target, 'chromium'))) return target;

  fs.mkdirSync(CACHE, {recursive: true});
  const work = fs.mkdtempSync(path.join(CACHE, `.extract-${version}-`));
  const script = `
    const m = await import(${JSON.stringify(pathToFileURL(path.join(pkg, 'build', 'index.js')).href)});
    const bin = ${JSON.stringify(path.join(pkg, 'bin'))};
    await m.default.executablePath(bin);
    await m.inflate(bin + '/al2023.tar.br');
  `;
  try {
    await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', script],
      // The package extracts into os.tmpdir(): point that at the private folder.
      {env: {...process.env, TMPDIR: work, TMP: work, TEMP: work}},
    );
    try {
      fs.renameSync(work, target);
    } catch (e) {
      // Another worker finished first; its copy is as good as ours.
      if (!isFile(path.join(target, 'chromium'))) throw e;
    }
  } finally {
    fs.rmSync(work, {recursive: true, force: true});
  }
  return target;
}

async function npmChromium(): Promise<FoundChromium | undefined> {
  // The package ships one binary, for Linux on x64.
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const pkg = packageDir('@sparticuz/chromium');
  if (!pkg) return undefined;
  const dir = await extractNpmChromium(pkg);
  const libs = path.join(dir, 'al2023', 'lib');
  const ld = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return {
    executablePath: path.join(dir, 'chromium'),
    source: 'npm',
    env: {
      LD_LIBRARY_PATH: ld,
      ...fontEnv('npm', [path.join(dir, 'fonts')], NPM_FONTS),
    },
  };
}

/** The browser to use, in the order above; an error that says what to do if none. */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
): Promise<FoundChromium> {
  const given = env.CHROMIUM_PATH;
  if (given) {
    if (!isFile(given)) {
      throw new Error(`CHROMIUM_PATH=${given} is not a file`);
    }
    return {
      executablePath: given,
      source: 'CHROMIUM_PATH',
      env: fontEnv('CHROMIUM_PATH', []),
    };
  }
  const system = systemCandidates().find(isFile);
  if (system) {
    return {
      executablePath: system,
      source: 'system',
      env: fontEnv('system', []),
    };
  }
  const shipped = await npmChromium();
  if (shipped) return shipped;
  throw new Error(
    'No Chromium found: set CHROMIUM_PATH, install Chrome or Chromium, ' +
      'or run npm ci (the @sparticuz/chromium package ships one for Linux x64).',
  );
}

export async function launchChromium(): Promise<Browser> {
  const found = await findChromium();
  return chromium.launch({
    executablePath: found.executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    env: {...process.env, ...found.env} as Record<string, string>,
  });
}
