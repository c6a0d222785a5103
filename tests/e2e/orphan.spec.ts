/**
 * The only thing that stops a content script: the extension itself going away (updated, reloaded,
 * removed). The orphan notices at the user's next move and takes its marks, styles and card with it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { extensionArgs, findChromium } from '../../tools/chromium';
import { EXTENSION_DIR, expect, extensionWorker, test } from '../harness/extension';
import { cardText, highlightTexts, hoverMark, waitForScan } from '../harness/page-probes';
import { resetSettings } from '../harness/service-worker';

test('an orphaned content script stops itself at the next user input', async ({ fixtureUrl }) => {
  const profile = mkdtempSync(join(tmpdir(), 'yuanwen-orphan-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: extensionArgs(EXTENSION_DIR),
  });
  try {
    const worker = await extensionWorker(context);
    await resetSettings(worker);
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}/articles/zh-hans-summit.html`);
    await waitForScan(page);
    expect((await highlightTexts(page, 'yuanwen-mention')).length).toBeGreaterThan(20);
    await hoverMark(page, 'yuanwen-mention', '四方会谈');
    await expect.poll(() => cardText(page)).toContain('四方会谈');

    // The extension goes away (an unpacked extension reloaded this way does not come back here).
    await worker
      .evaluate(() =>
        (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.runtime.reload(),
      )
      .catch(() => undefined);
    await page.waitForTimeout(1000);
    await page.mouse.move(20, 20);
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('yuanwen-card').length)).toBe(0);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
