/**
 * Playwright fixtures: a persistent Chromium context with the built extension,
 * its id (from the service worker's URL), and the fixture server's base URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { extensionArgs, findChromium } from './chromium';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const FIXTURE_PORT = Number(process.env.FIXTURE_PORT ?? 4179);
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}`;

interface WorkerFixtures {
  extensionContext: BrowserContext;
  extensionId: string;
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
      await use(context);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ extensionContext: context }, use) => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await use(new URL(worker.url()).host);
    },
    { scope: 'worker' },
  ],
  fixtureUrl: FIXTURE_URL,
});

export const expect = test.expect;
