/** Driving the extension from its service worker: the browser's events dispatched to the background's listeners. */
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

export type DispatchableEvent = { dispatch(...args: unknown[]): void; hasListeners(): boolean };

/**
 * Presses a keyboard command as the browser does: `chrome.commands.onCommand` is dispatched to the
 * background's own listeners (Chromium's events can be dispatched from the worker; headless Chromium
 * has no way to press an extension shortcut). With no listener, nothing happens.
 */
export async function pressCommand(worker: Worker, page: Page, command: string): Promise<void> {
  await activeTabId(worker, page); // the page in front, as when the user presses the keys
  await worker.evaluate((command) => {
    const { commands } = (globalThis as unknown as { chrome: { commands: { onCommand: DispatchableEvent } } }).chrome;
    commands.onCommand.dispatch(command, undefined);
  }, command);
}

/** Clicks a context-menu item as the browser does: `contextMenus.onClicked` with the click's info and the tab. */
export async function clickMenuItem(
  worker: Worker,
  page: Page,
  info: { menuItemId: string; selectionText?: string },
): Promise<void> {
  const tabId = await activeTabId(worker, page);
  await worker.evaluate(
    async ({ tabId, info }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { get(id: number): Promise<unknown> }; contextMenus: { onClicked: DispatchableEvent } };
      };
      const tab = await chrome.tabs.get(tabId);
      chrome.contextMenus.onClicked.dispatch({ editable: false, pageUrl: (tab as { url: string }).url, ...info }, tab);
    },
    { tabId, info },
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
