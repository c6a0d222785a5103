/**
 * The Firefox build in a real Firefox (Debian's firefox-esr), driven by puppeteer-core over
 * WebDriver BiDi: one browser and one fixture server (on an ephemeral port) for the suite.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startStaticServer } from '../../tools/static-server';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));

export function findFirefox(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (path): path is string => !!path && existsSync(path),
  );
  if (found) return found;
  throw new Error('No Firefox found. Set FIREFOX_PATH, or install one: `apt-get install -y firefox-esr`.');
}

interface Fixtures {
  firefox: Browser;
  fixtureUrl: string;
}

export const test = base.extend<object, Fixtures>({
  fixtureUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      // Port 0: the system picks a free ephemeral port, which Firefox never refuses.
      const server: Server = await startStaticServer(fileURLToPath(new URL('../fixtures', import.meta.url)), 0);
      await use(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
      server.close();
    },
    { scope: 'worker' },
  ],
  firefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true });
      await browser.installExtension(FIREFOX_EXTENSION_DIR);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
});
export const expect = test.expect;

export async function openPage(firefox: Browser, url: string, highlight = 'yuanwen-mention'): Promise<Page> {
  const page = await firefox.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(url);
  await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, { timeout: 15_000 }, highlight);
  // The first marks are painted as soon as a slice finds some; the rest follow (those whose word boundaries
  // the background's segmenter decides come a round trip later): read once the count stops changing.
  const count = () => page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, highlight);
  for (let last = await count(), same = 0, waited = 0; same < 3 && waited < 5000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await count();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return page;
}

/** The text of each range in a named highlight (read from the page, as any script could). */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    return [...(CSS.highlights.get(name) ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString().replace(/\s+/g, ' ');
    });
  }, name);
}

/** Viewport coordinates of the first mark of `name` reading `text`, scrolled into view. */
export async function pointOfMark(page: Page, name: string, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (name, text) => {
      for (const r of CSS.highlights.get(name) ?? []) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString().replace(/\s+/g, ' ') !== text) continue;
        (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 };
      }
      return null;
    },
    name,
    text,
  );
  if (!point) throw new Error(`no ${name} mark on "${text}"`);
  return point;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { result: BidiValue } }>;
}
interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

/**
 * Runs `fn` on the card's shadow root, open or closed. Firefox has no DevTools protocol; WebDriver
 * BiDi serialises closed shadow roots to the test driver (`includeShadowTree: 'all'`), never to the page.
 * Returns null while there is no card.
 */
export async function onCardRoot<T>(page: Page, fn: string): Promise<T | null> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const host = await connection.send('script.evaluate', {
    expression: 'document.querySelector("yuanwen-card")',
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const root = (host.result.result.value as { shadowRoot?: BidiValue } | undefined)?.shadowRoot;
  if (!root?.sharedId) return null;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: fn,
    arguments: [{ sharedId: root.sharedId }],
    target: { context },
    awaitPromise: false,
  });
  return result.result.type === 'string' ? (JSON.parse(result.result.value as string) as T) : null;
}

/** The card's visible text, or null while it is closed (as tests/harness/page-probes.ts reads it in Chromium). */
export function cardText(page: Page): Promise<string | null> {
  return onCardRoot<string | null>(page, `(root) => JSON.stringify(root.querySelector('.card')?.innerText ?? null)`);
}

/** The centre of the first element in the card matching `selector`, in viewport coordinates. */
export function pointInCard(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  return onCardRoot(
    page,
    `(root) => { const r = root.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
      return JSON.stringify(r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null); }`,
  );
}
