/**
 * `npm run demo`: serves the sample articles on 127.0.0.1 and opens Chromium with
 * the built extension on them. Without a display it says so and explains how to
 * load the extension by hand.
 */
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { extensionArgs, findChromium } from '../tools/chromium';
import { startStaticServer } from '../tools/static-server';

const port = Number(process.env.DEMO_PORT ?? 4180);
const root = fileURLToPath(new URL('../tests/fixtures', import.meta.url));
const extensionDir = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const articles = ['zh-hans-summit', 'zh-hant-trade', 'en-analysis', 'zh-hans-quotes'].map(
  (name) => `http://127.0.0.1:${port}/articles/${name}.html`,
);

const server = await startStaticServer(root, port);
console.log(`Sample articles: http://127.0.0.1:${port}/`);

const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
if (!hasDisplay) {
  console.log(`
No display found, so no browser window can open here.
To try Yuanwen by hand on a machine with a display:
  1. Open chrome://extensions in Chrome or Chromium and turn on Developer mode.
  2. Click "Load unpacked" and choose ${extensionDir}
  3. Open the sample articles above (this server keeps running until Ctrl+C).`);
  if (!process.stdin.isTTY) server.close();
} else {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'yuanwen-demo-')), {
    executablePath: findChromium(),
    headless: false,
    viewport: null,
    args: extensionArgs(extensionDir).filter((arg) => arg !== '--disable-gpu'),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const [first] = context.pages();
  for (const [i, url] of articles.entries()) {
    const page = i === 0 && first ? first : await context.newPage();
    await page.goto(url);
  }
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/reader.html#p4`);
  console.log('Chromium is open with Yuanwen loaded. Close the browser window to stop.');
  context.on('close', () => server.close());
}
