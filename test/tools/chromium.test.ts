/**
 * The browser finder: its order, its refusal of a wrong CHROMIUM_PATH, and that the
 * browser it finds starts and draws Chinese with real glyphs (screenshots of a Chinese
 * shop full of empty boxes would pass every other test).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  findChromium,
  fontConfig,
  launchChromium,
  systemCandidates,
} from '../../tools/chromium';

jest.setTimeout(120_000);

describe('finding a browser', () => {
  it('refuses a CHROMIUM_PATH that names no file instead of picking another', async () => {
    await expect(
      findChromium({CHROMIUM_PATH: '/no/such/chromium'}),
    ).rejects.toThrow('CHROMIUM_PATH=/no/such/chromium is not a file');
  });

  it('takes CHROMIUM_PATH first when it names a file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-chromium-'));
    const fake = path.join(dir, 'my-chrome');
    fs.writeFileSync(fake, '');
    try {
      const found = await findChromium({CHROMIUM_PATH: fake});
      expect(found).toMatchObject({
        executablePath: fake,
        source: 'CHROMIUM_PATH',
      });
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });

  it('knows where Chrome and Chromium live on Linux, macOS and Windows', () => {
    expect(systemCandidates('linux')).toEqual(
      expect.arrayContaining([
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/snap/bin/chromium',
      ]),
    );
    expect(systemCandidates('darwin')).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(
      systemCandidates('win32', {PROGRAMFILES: 'C:\\Program Files'}),
    ).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(systemCandidates('aix')).toEqual([]);
  });

  it('adds the shipped CJK font folder to the system fonts, escaped as XML', () => {
    const conf = fontConfig(['/fonts/a&b'], '/cache');
    expect(conf).toContain(
      '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    );
    expect(conf).toContain('<dir>/fonts/a&amp;b</dir>');
    expect(conf).toContain('<cachedir>/cache</cachedir>');
    // A system browser keeps the system's choice of sans-serif.
    expect(conf).not.toContain('<alias>');
    expect(
      fontConfig([], '/cache', ['Open Sans', 'Noto Sans S Chinese']),
    ).toContain(
      '<alias><family>sans-serif</family><prefer><family>Open Sans</family>' +
        '<family>Noto Sans S Chinese</family></prefer></alias>',
    );
  });

  it('finds one on this machine without anything but npm ci', async () => {
    const found = await findChromium({});
    expect(fs.existsSync(found.executablePath)).toBe(true);
    // Where no system browser exists, the one from the npm package is used.
    if (!systemCandidates().some(p => fs.existsSync(p))) {
      expect(found.source).toBe('npm');
    }
  });
});

describe('the browser it launches', () => {
  it('draws Chinese (simplified and traditional) with glyphs, not empty boxes', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      // Each character drawn on a canvas in the page's default sans-serif, compared
      // with U+FFFF (a noncharacter no font has): a character with no font falls back
      // to the same empty box and draws identically.
      const same = await page.evaluate((chars: string[]) => {
        const draw = (ch: string): string => {
          const c = document.createElement('canvas');
          c.width = 40;
          c.height = 40;
          const g = c.getContext('2d')!;
          g.font = '32px sans-serif';
          g.fillText(ch, 2, 32);
          return c.toDataURL();
        };
        const box = draw('\uffff');
        return chars.filter(ch => draw(ch) === box);
      }, Array.from('熟客收银台陳大文強錢'));
      expect(same).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
