/** Driving the extension from its service worker, as its own handlers (commands, menus) do. */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { ToContent } from '../../core/messages';

type Chrome = typeof import('webextension-polyfill');

export function serviceWorker(context: BrowserContext, extensionId: string): Worker {
  return context.serviceWorkers().find((worker) => worker.url().includes(extensionId))!;
}

/** Brings the page to the front and returns its tab id. */
export async function activeTabId(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** Sends a message to the page's content script, as the background's command and menu handlers do. */
export async function sendToPage(worker: Worker, page: Page, message: ToContent): Promise<void> {
  const tabId = await activeTabId(worker, page);
  await worker.evaluate(
    ({ tabId, message }) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(tabId, message),
    { tabId, message },
  );
}

/** Sends a message to the page's content script and returns its reply. */
export async function askPage<T>(worker: Worker, page: Page, message: ToContent): Promise<T> {
  const tabId = await activeTabId(worker, page);
  return worker.evaluate(
    ({ tabId, message }) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(tabId, message),
    { tabId, message },
  ) as Promise<T>;
}

export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate(
    (tabId) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId }),
    tabId,
  );
}

/**
 * The settings every e2e browser starts with: `diagnostics` on, so scans write the `yuanwen:scan`
 * measures that `waitForScan` and `scanTime` read (off, the default, the page's timeline stays empty).
 */
export const TEST_SETTINGS = { diagnostics: true };

/** Puts the test settings back (after a test changed or corrupted them). */
export function resetSettings(worker: Worker): Promise<void> {
  return setSyncStorage(worker, { settings: TEST_SETTINGS });
}

/** Writes raw values into extension storage (to test corrupt values), or clears it with `null`. */
export function setSyncStorage(worker: Worker, values: Record<string, unknown> | null): Promise<void> {
  return worker.evaluate((values) => {
    const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return values ? storage.sync.set(values) : storage.sync.clear();
  }, values);
}
