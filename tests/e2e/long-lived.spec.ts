/**
 * Pages left open for a long time: a feed that keeps adding and removing content must not make the
 * extension hold on to what the page removed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { extensionArgs, findChromium } from '../../tools/chromium';
import { EXTENSION_DIR, expect, test } from '../harness/extension';
import { resetSettings } from '../harness/service-worker';

/** A browser of its own: node counts are per renderer process, which no other test's page may share. */
async function launch(withExtension: boolean): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'yuanwen-long-lived-'));
  const args = extensionArgs(EXTENSION_DIR);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    // Without the extension: the same flags, less the two that load it.
    args: withExtension ? args : args.filter((arg) => !arg.includes(EXTENSION_DIR)),
  });
  if (withExtension) await resetSettings(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** DOM nodes alive in the page's renderer after full garbage collections (V8 and Blink's heap together). */
async function domNodesAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  let nodes = Infinity;
  // Collect until the count stops falling: a collection can free wrappers whose nodes the next one frees.
  for (let i = 0; i < 6; i++) {
    await session.send('HeapProfiler.collectGarbage');
    const { nodes: now } = (await session.send('Memory.getDOMCounters')) as { nodes: number };
    if (now >= nodes) break;
    nodes = now;
  }
  await session.detach();
  return nodes;
}

/** Runs the component feed to its end and counts the nodes left alive. */
async function runFeed(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.evaluate(() => (window as unknown as { feedDone: Promise<number> }).feedDone);
  // Let the extension catch up with the last batch of changes (debounce, scan, paint).
  await page.waitForTimeout(1500);
  return domNodesAfterGc(page);
}

test('a feed of web components appended and removed every 20 ms leaves no removed nodes alive', async ({
  fixtureUrl,
}) => {
  test.setTimeout(90_000);
  const url = `${fixtureUrl}/pages/shadow-feed.html?every=20&for=4000&keep=30`;

  const plain = await launch(false);
  let without: number;
  try {
    without = await runFeed(await plain.context.newPage(), url);
  } finally {
    await plain.close();
  }

  const extension = await launch(true);
  try {
    const page = await extension.context.newPage();
    const withExtension = await runFeed(page, url);

    // The extension did its work on the feed: every item still on the page is marked…
    const marks = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('yuanwen-mention') ?? [])];
      const quoteRanges = [...(CSS.highlights.get('yuanwen-quote-verbatim') ?? [])];
      const items = [...document.querySelectorAll('feed-item')];
      const marked = items.filter((item) => ranges.some((r) => item.shadowRoot!.contains(r.startContainer)));
      return {
        items: items.length,
        marked: marked.length,
        quotes: quoteRanges.length,
        // …and no highlight keeps a range on text that left the page.
        stale: [...ranges, ...quoteRanges].filter((r) => !r.startContainer.isConnected).length,
      };
    });
    expect(marks.items).toBe(30);
    expect(marks.marked).toBe(30);
    expect(marks.quotes).toBe(30);
    expect(marks.stale).toBe(0);

    console.log(`DOM nodes after GC: ${withExtension} with the extension, ${without} without`);
    expect(withExtension).toBeLessThanOrEqual(without * 1.5);
  } finally {
    await extension.close();
  }
});
