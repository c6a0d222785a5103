/** Finding a Chromium to run the extension in: CHROMIUM_PATH, Debian's, or Playwright's own. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', safePlaywrightChromium()];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found. Set CHROMIUM_PATH, or install one: `apt-get install -y chromium` (gives /usr/bin/chromium).' +
      (process.env.CHROMIUM_PATH ? ` CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.` : ''),
  );
}

function safePlaywrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags for a quiet, offline, headless Chromium with one unpacked extension loaded. */
export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ];
}
