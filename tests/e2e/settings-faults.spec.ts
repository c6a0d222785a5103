import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { extensionArgs, findChromium } from '../../tools/chromium';
import { EXTENSION_DIR, expect, test } from '../harness/extension';
import { OptionsPage, PopupPage } from '../harness/extension-pages';
import { activeTabId, setSyncStorage } from '../harness/service-worker';
import { highlightTexts, waitForScan } from '../harness/page-probes';

type Chrome = typeof import('webextension-polyfill');

// Its own browser: exhausting the sync write quota would make the other specs' saves fail for a minute.
test('when storage refuses a save, the popup and the options page say so and keep the settings in use', async ({
  fixtureUrl,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'yuanwen-faults-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: extensionArgs(EXTENSION_DIR),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    // A newer version on another device wrote a field this version does not know.
    await setSyncStorage(worker, { settings: { version: 9, cardDelay: 300, futureField: 'kept' } });

    const page = await context.newPage();
    await page.goto(`${fixtureUrl}/articles/zh-hans-summit.html`);
    await waitForScan(page);
    const marks = (await highlightTexts(page, 'yuanwen-mention')).length;
    expect(marks).toBeGreaterThan(20);
    const tabId = await activeTabId(worker, page);

    // A save that succeeds keeps the unknown field and the newer version.
    const options = await OptionsPage.open(context, extensionId);
    await options.field('quoteChecking').uncheck();
    await expect(options.status).toContainText('Saved');
    const stored = await worker.evaluate(
      async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get('settings')).settings,
    );
    expect(stored).toMatchObject({ futureField: 'kept', version: 9, quoteChecking: false, cardDelay: 300 });

    // Use up the sync area's write quota (120 writes a minute), as a busy synced profile can.
    await worker.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
      for (let i = 0; i < 130; i++) await storage.sync.set({ filler: i }).catch(() => undefined);
    });

    // click, not check(): the form goes back to the stored value at once, which check() reads as a failed click.
    await options.field('quoteChecking').click();
    await expect(options.status).toContainText('previous settings stay in use');
    await expect(options.field('quoteChecking')).not.toBeChecked();

    const popup = await PopupPage.open(context, extensionId, tabId);
    await expect(popup.siteToggle).toBeChecked();
    await popup.siteToggle.click();
    await expect(popup.page.getByRole('alert')).toContainText('Could not save');
    await expect(popup.siteToggle).toBeChecked();
    // The page was never turned off.
    expect((await highlightTexts(page, 'yuanwen-mention')).length).toBe(marks);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
