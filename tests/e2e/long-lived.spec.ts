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
import { waitForScan } from '../harness/page-probes';
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

/** Mentions registered in the highlight: how many, how far from the viewport, and paragraphs on screen left unmarked. */
function markWindow(page: Page) {
  return page.evaluate(() => {
    const feed = document.getElementById('feed')!;
    // The feed's marks (the heading has one of its own), and any left on text that left the page.
    const all = [...(CSS.highlights.get('yuanwen-mention') ?? [])];
    const ranges = all.filter((r) => feed.contains(r.startContainer));
    const marked = new Set<Element | null>(ranges.map((r) => r.startContainer.parentElement));
    const height = window.innerHeight;
    const farthest = Math.max(
      0,
      ...ranges.map((r) => {
        const box = r.startContainer.parentElement!.getBoundingClientRect();
        return box.top > height ? box.top - height : Math.max(0, -box.bottom);
      }),
    );
    const unmarkedOnScreen = [...document.querySelectorAll('#feed p')]
      .filter((p) => {
        const box = p.getBoundingClientRect();
        return box.bottom > 0 && box.top < height;
      })
      .filter((p) => !marked.has(p))
      .map((p) => p.textContent!.slice(0, 8));
    return {
      registered: ranges.length,
      screensAway: farthest / height,
      unmarkedOnScreen,
      stale: all.filter((r) => !r.startContainer.isConnected).length,
    };
  });
}

test('while a page with many marks keeps changing, only marks near the viewport stay registered; all come back once it is quiet', async ({
  extensionContext,
  fixtureUrl,
}) => {
  test.setTimeout(60_000);
  const page = await extensionContext.newPage();
  await page.goto(`${fixtureUrl}/pages/busy-feed.html`);
  await waitForScan(page);
  // A page that does not change keeps every mark registered.
  expect((await markWindow(page)).registered).toBe(300);

  const feed = page.evaluate(() =>
    (window as unknown as { startFeed: (every: number, ms: number) => Promise<number> }).startFeed(50, 5000),
  );
  // Changing twenty times a second: Chromium would rebuild all 300 markers at every change.
  await expect.poll(async () => (await markWindow(page)).registered, { timeout: 3000 }).toBeLessThan(150);
  const busy = await markWindow(page);
  expect(busy.screensAway).toBeLessThanOrEqual(4);
  expect(busy.unmarkedOnScreen).toEqual([]);

  // Scrolled elsewhere while it runs: the text on screen is marked.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect.poll(async () => (await markWindow(page)).unmarkedOnScreen, { timeout: 1000 }).toEqual([]);

  await feed;
  // Quiet again: every mark of the 300 paragraphs on the page is registered, none of those removed.
  await expect.poll(async () => (await markWindow(page)).registered, { timeout: 5000 }).toBe(300);
  expect((await markWindow(page)).stale).toBe(0);
  await page.close();
});

test('a page with many marks whose clock ticks keeps every mark registered: only a feed of new marks narrows them', async ({
  extensionContext,
  fixtureUrl,
}) => {
  test.setTimeout(30_000);
  const page = await extensionContext.newPage();
  await page.goto(`${fixtureUrl}/pages/busy-feed.html`);
  await waitForScan(page);
  expect((await markWindow(page)).registered).toBe(300);
  const clock = page.evaluate(() =>
    (window as unknown as { startClock: (every: number, ms: number) => Promise<void> }).startClock(100, 4000),
  );
  // Sampled while the clock runs: a reader (or a checker) reading the highlights sees every mark.
  const seen: number[] = [];
  for (let i = 0; i < 12; i++) {
    await page.waitForTimeout(250);
    seen.push((await markWindow(page)).registered);
  }
  await clock;
  expect(Math.min(...seen)).toBe(300);
  await page.close();
});
