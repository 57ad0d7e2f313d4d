/**
 * Takes docs/screenshots/self-check-<lang>.png: the self-check (menu ▸ 诊断 / Check this
 * spreadsheet) run from the preview's menu on a fresh demo shop, its dialog drawn at
 * the size it asks Sheets for (760 × 700) under its title, its buttons in view.
 *
 *   npm run build && npx tsx preview/self-check-shot.ts
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {launchChromium} from '../tools/chromium';
import {startPreview} from './server';

const LOCALES: ReadonlyArray<[string, string]> = [
  ['zh_CN', 'zh-CN'],
  ['en_US', 'en'],
];

function esc(s: string): string {
  return s.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`);
}

async function shoot(locale: string, lang: string): Promise<void> {
  const out = path.join(
    __dirname,
    '..',
    'docs',
    'screenshots',
    `self-check-${lang}.png`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuke-check-'));
  const preview = await startPreview({
    port: 0,
    dataFile: path.join(dir, 'workbook.json'),
    fresh: true,
    locale,
    now: new Date('2026-11-24T11:30:00Z'),
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({
      viewport: {width: 820, height: 800},
    });
    await page.goto(preview.url);
    const shown = () =>
      preview.emulator.ui.shown.filter(s => s.kind === 'modal');
    await page.click('button[data-action="menu"][data-fn="checkSpreadsheet"]');
    for (let i = 0; i < 50 && shown().length === 0; i++) {
      await page.waitForTimeout(100);
    }
    const dialog = shown().at(-1);
    if (!dialog) throw new Error('the self-check showed no dialog');
    // Sheets draws a modal dialog as a white box with its title over the sheet.
    await page.setContent(
      `<!DOCTYPE html><html><body style="margin:0;background:#8a8a8a;font-family:Arial,'Noto Sans CJK SC',sans-serif">
<div style="margin:20px auto;width:${(dialog.width ?? 760) + 48}px;background:#fff;box-shadow:0 4px 16px rgba(0,0,0,.4)">
<div style="padding:18px 24px 6px;font-size:20px">${esc(dialog.title)}</div>
<iframe srcdoc="${esc(dialog.content)}" style="border:0;margin:0 24px 16px;width:${dialog.width ?? 760}px;height:${dialog.height ?? 600}px"></iframe>
</div></body></html>`,
    );
    await page.waitForTimeout(300);
    fs.mkdirSync(path.dirname(out), {recursive: true});
    await page.screenshot({path: out, fullPage: true});
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    await browser.close();
    await preview.close();
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

async function main(): Promise<void> {
  for (const [locale, lang] of LOCALES) await shoot(locale, lang);
}

if (require.main === module) {
  main().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
