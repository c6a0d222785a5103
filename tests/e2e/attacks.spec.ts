/**
 * Pages that script against Yuanwen (tests/fixtures/hostile/): each attack is written as the page
 * would write it, in the page's own scripts; the test plays the user and reads the card from outside.
 */
import type { Page } from '@playwright/test';
import type { PageSummary } from '../../core/messages';
import { expect, test } from '../harness/extension';
import {
  cardBox,
  cardText,
  highlightTexts,
  hoverMark,
  openFixture,
  waitForQuiet,
  waitForScan,
} from '../harness/page-probes';
import { askPage, clickMenuItem, resetSettings, serviceWorker, setSyncStorage } from '../harness/service-worker';

const MENTION = 'yuanwen-mention';
const MISQUOTE = '自一九七九年以来，中美之间达成了二十多个双边科技合作协议';

/** Appends a paragraph, as a live page would. */
const append = (page: Page, text: string) =>
  page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  }, text);

/** What the page itself finds at a few points of the card: the host (the card on top) or its own elements. */
async function topmostOverCard(page: Page): Promise<string[]> {
  const box = (await cardBox(page))!;
  const points = [
    [box.x + box.width / 2, box.y + box.height / 2],
    [box.x + 6, box.y + box.height - 6],
    [box.x + box.width - 6, box.y + box.height - 6],
  ];
  return page.evaluate(
    (points) => points.map(([x, y]) => document.elementFromPoint(x!, y!)?.localName ?? 'nothing'),
    points,
  );
}

test.describe('a hostile page cannot switch Yuanwen off', () => {
  test('replaying what it observes, or forging the start-up announcement with the public id, stops nothing', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await extensionContext.newPage();
    await page.goto(`${fixtureUrl}/hostile/kill-switch.html?id=${extensionId}`);
    await waitForScan(page);
    const marks = await highlightTexts(page, MENTION);
    expect(marks.length).toBeGreaterThanOrEqual(6);
    await page.waitForTimeout(5500); // two seconds' wait, then three of replays and forgeries
    expect(await highlightTexts(page, MENTION)).toEqual(marks);
    // Still scanning, and still answering.
    await append(page, '双方同意建立加强海上军事安全磋商机制。');
    await expect.poll(() => highlightTexts(page, MENTION), { timeout: 3000 }).toContain('加强海上军事安全磋商机制');
    const summary = await askPage<PageSummary>(serviceWorker(extensionContext, extensionId), page, {
      type: 'page-summary',
    });
    expect(summary.topics.length).toBeGreaterThan(5);
    // The page saw nothing to replay.
    expect(await page.evaluate(() => (window as unknown as { __seen: unknown[] }).__seen)).toEqual([]);
    await page.close();
  });
});

test.describe('a hostile page cannot forge what the card says', () => {
  test('the card cannot be read, rewritten or pressed by page scripts', async ({ extensionContext, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/hostile/card-tamper.html`, {
      highlight: 'yuanwen-quote-altered',
    });
    const pages = extensionContext.pages().length;
    await hoverMark(page, 'yuanwen-quote-altered', MISQUOTE, 'start');
    await expect.poll(() => cardText(page)).toContain('Altered');
    await page.waitForTimeout(1000); // twenty rounds of the page's attack
    const text = await cardText(page);
    expect(text).toContain('Altered');
    expect(text).not.toContain('Verbatim');
    expect(extensionContext.pages().length).toBe(pages); // no reader tab opened by scripted clicks
    expect(await page.evaluate(() => (window as unknown as { __attacks: object }).__attacks)).toEqual({
      rewritten: 0,
      clicked: 0,
    });
    await page.close();
  });

  test('synthetic pointer events do not open the card; the user’s pointer does', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/hostile/synthetic-open.html`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __dispatched: number }).__dispatched), {
        timeout: 10_000,
      })
      .toBeGreaterThan(5);
    await page.waitForTimeout(500);
    expect(await cardText(page)).toBeNull();
    await hoverMark(page, MENTION, '台湾问题');
    await expect.poll(() => cardText(page)).toContain('台湾问题是中美关系中最重要');
    await page.close();
  });

  test('the card stays above the page’s fixed overlays and its own top-layer popovers', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/hostile/cover.html`);
    const point = await hoverMark(page, MENTION, '台湾问题');
    await expect.poll(() => cardText(page)).toContain('台湾问题是中美关系中最重要');
    expect(await topmostOverCard(page)).toEqual(['yuanwen-card', 'yuanwen-card', 'yuanwen-card']);
    // The page brings its popover back over the card; the user's next move on the term puts the card on top again.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __raised?: boolean }).__raised)).toBe(true);
    await page.mouse.move(point.x + 2, point.y);
    await expect.poll(() => topmostOverCard(page)).toEqual(['yuanwen-card', 'yuanwen-card', 'yuanwen-card']);
    await page.close();
  });

  test('the menu check uses the text the menu was opened on, not a selection the page swapped in', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/hostile/selection-swap.html`);
    await page.evaluate(() => document.getSelection()!.selectAllChildren(document.getElementById('misquote')!));
    const box = (await page.locator('#misquote').boundingBox())!;
    await page.mouse.click(box.x + 20, box.y + box.height / 2, { button: 'right' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __swapped?: boolean }).__swapped)).toBe(true);
    // The menu item is clicked with the menu's own `selectionText` (what was selected when it opened).
    await clickMenuItem(serviceWorker(extensionContext, extensionId), page, {
      menuItemId: 'check-selection',
      selectionText: MISQUOTE,
    });
    await expect.poll(() => cardText(page)).toContain('Altered');
    expect(await cardText(page)).not.toContain('Verbatim');
    await page.close();
  });
});

test.describe('a hostile page cannot swallow the events the card needs', () => {
  test('capture listeners the page registers first on window stop nothing the card hears', async ({
    extensionContext,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/hostile/swallow.html`);
    await hoverMark(page, MENTION, '台湾问题');
    await expect.poll(() => cardText(page)).toContain('台湾问题是中美关系中最重要');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });
});

test.describe('a hostile page cannot tell that Yuanwen is installed', () => {
  test('on a page with nothing to mark it leaves no trace, yet is running', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const worker = serviceWorker(extensionContext, extensionId);
    await setSyncStorage(worker, { settings: {} }); // the defaults: diagnostics off
    try {
      const page = await extensionContext.newPage();
      await page.goto(`${fixtureUrl}/hostile/fingerprint.html?id=${extensionId}`);
      await waitForQuiet(page, 2500);
      // The content script is there and has read the page: it answers for it.
      const summary = await askPage<PageSummary>(worker, page, { type: 'page-summary' });
      expect(summary).toMatchObject({ hostname: '127.0.0.1', topics: [], quotes: [] });
      expect(summary.disabled).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { fingerprint: () => object }).fingerprint())).toEqual({
        messages: [],
        events: [],
        mutations: [],
        timeline: [],
        highlights: [],
        highlightStyles: [],
        adoptedStyleSheets: 0,
        nodes: 0,
        children: ['head', 'body'],
      });
      // Once there is something to mark, it is marked (and then, by nature of the API, visible).
      await append(page, '双方将推动全面禁止核试验条约早日生效。');
      await expect.poll(() => highlightTexts(page, MENTION), { timeout: 3000 }).toContain('全面禁止核试验条约');
      const style = await page.evaluate(() => {
        const s = getComputedStyle(document.body.lastElementChild!, '::highlight(yuanwen-mention)');
        return `${s.textDecorationLine} ${s.textDecorationStyle}`;
      });
      expect(style).toBe('underline dotted'); // the marks' styles, added with the first mark
      await page.close();
    } finally {
      await resetSettings(worker);
    }
  });
});
