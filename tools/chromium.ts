/**
 * Debian's Chromium driven by playwright-core, launched one way for the browser tests,
 * the benchmark and the screenshots: headless, no sandbox, nothing reaching the network
 * on its own. `CHROMIUM_PATH` points at another binary.
 */
import {Browser, chromium} from 'playwright-core';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
