/**
 * Playwright fixtures: a persistent Chromium context with the built extension,
 * its id (from the service worker's URL), and the fixture server's base URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { extensionArgs, findChromium } from '../../tools/chromium';
import { resetSettings } from './service-worker';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? 4179);
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}`;

interface WorkerFixtures {
  extensionContext: BrowserContext;
  extensionId: string;
  /** Every request the browser made during this worker's tests. */
  requests: string[];
}

/** Where a request may go: the fixture server, the extension itself, and inline data. */
export function isLocalRequest(url: string): boolean {
  return url.startsWith(`${FIXTURE_URL}/`) || /^(chrome-extension|data|blob|about):/.test(url);
}

export const test = base.extend<{ fixtureUrl: string }, WorkerFixtures>({
  extensionContext: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const userDataDir = mkdtempSync(join(tmpdir(), 'yuanwen-e2e-'));
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: findChromium(),
        headless: true,
        args: extensionArgs(EXTENSION_DIR),
      });
      await resetSettings(await extensionWorker(context));
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      (context as BrowserContext & { requestLog?: string[] }).requestLog = requests;
      await use(context);
      await context.close();
      // Nothing leaves the browser, in any test: checked once the worker's tests are done.
      const offPage = requests.filter((url) => !isLocalRequest(url));
      if (offPage.length > 0) throw new Error(`requests left the fixture server: ${offPage.join(', ')}`);
      rmSync(userDataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ extensionContext: context }, use) => {
      await use(new URL((await extensionWorker(context)).url()).host);
    },
    { scope: 'worker' },
  ],
  requests: [
    async ({ extensionContext }, use) => {
      await use((extensionContext as BrowserContext & { requestLog: string[] }).requestLog);
    },
    { scope: 'worker' },
  ],
  fixtureUrl: FIXTURE_URL,
});

export const expect = test.expect;

/** The extension's service worker in a context that has just loaded it. */
export async function extensionWorker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}
