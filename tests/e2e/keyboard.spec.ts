import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../harness/extension';
import { cardBox, cardText, highlightTexts, openFixture, quoteVerdicts } from '../harness/page-probes';
import { pressCommand, serviceWorker } from '../harness/service-worker';

const MENTION = 'yuanwen-mention';
const CURRENT = 'yuanwen-current';

/** The text of the current mark (the one the card is open on), or null. */
async function currentMark(page: Page): Promise<string | null> {
  const texts = await highlightTexts(page, CURRENT);
  expect(texts.length).toBeLessThanOrEqual(1);
  return texts[0] ?? null;
}

/** Every mark in the order the keyboard visits them: unmatched, altered, verbatim quotations, then topics. */
async function cycleOrder(page: Page): Promise<string[]> {
  const quotes = await quoteVerdicts(page);
  return [...quotes.unmatched, ...quotes.altered, ...quotes.verbatim, ...(await highlightTexts(page, MENTION))];
}

/** The quotations article, with the keyboard command pressed once: the card is open on the first mark. */
async function onFirstMark(context: BrowserContext, extensionId: string, fixtureUrl: string) {
  const page = await openFixture(context, `${fixtureUrl}/articles/zh-hans-quotes.html`, {
    highlight: 'yuanwen-quote-verbatim',
  });
  const worker = serviceWorker(context, extensionId);
  const order = await cycleOrder(page);
  await pressCommand(worker, page, 'next-mention');
  await expect.poll(() => currentMark(page)).toBe(order[0]);
  return { page, worker, order };
}

test.describe('the keyboard', () => {
  test.beforeAll(async ({ extensionContext, fixtureUrl }) => {
    await extensionContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixtureUrl });
  });

  test('Alt+Shift+Y visits quotations, problems first, then topics, and shows the current mark', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-quotes.html`, {
      highlight: 'yuanwen-quote-verbatim',
    });
    const worker = serviceWorker(extensionContext, extensionId);
    const order = await cycleOrder(page);
    const quotes = await quoteVerdicts(page);
    expect(quotes.unmatched.length).toBeGreaterThan(0);
    expect(quotes.altered.length).toBeGreaterThan(0);
    expect(order.length).toBeGreaterThan(quotes.unmatched.length + quotes.altered.length + quotes.verbatim.length);
    expect(await currentMark(page)).toBeNull();

    for (const [i, mark] of [...order, order[0]!].entries()) {
      await pressCommand(worker, page, 'next-mention');
      await expect.poll(() => currentMark(page), { message: `step ${i + 1}` }).toBe(mark);
      await expect.poll(() => cardText(page)).not.toBeNull();
      if (i === 0) expect(await cardText(page)).toContain('Not in the statement');
    }
    // The current mark is drawn over every mark style: a line over the words (no mark uses one) on a tint.
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('#q-unmatched')!, '::highlight(yuanwen-current)');
      return { line: s.textDecorationLine, background: s.backgroundColor };
    });
    expect(style.line).toBe('overline');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');

    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    expect(await currentMark(page)).toBeNull();
    await page.close();
  });

  test('a focused card answers c, o, n, p and Escape — and a page’s synthetic keys do nothing', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const { page, order } = await onFirstMark(extensionContext, extensionId, fixtureUrl);
    await page.evaluate(() => navigator.clipboard.writeText('before'));

    // The page scripts the same keys at every target it can reach: nothing happens.
    const opened: string[] = [];
    extensionContext.on('page', (other) => opened.push(other.url()));
    await page.evaluate(() => {
      const host = document.activeElement!;
      for (const key of ['n', 'p', 'c', 'o', 'Escape']) {
        for (const target of [window, document, document.body, host]) {
          target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
        }
      }
    });
    await page.waitForTimeout(500);
    expect(await currentMark(page)).toBe(order[0]);
    expect(await cardText(page)).not.toBeNull();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    expect(opened).toEqual([]);

    // The user's keys.
    await page.keyboard.press('n');
    await expect.poll(() => currentMark(page)).toBe(order[1]);
    await page.keyboard.press('n');
    await expect.poll(() => currentMark(page)).toBe(order[2]);
    await page.keyboard.press('p');
    await expect.poll(() => currentMark(page)).toBe(order[1]);
    expect(await cardText(page)).toContain('Altered');

    await page.keyboard.press('c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('before');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The statement's words, then the citation in the interface's language (English here), numbering said to be Yuanwen's.
    expect(copied).toMatch(
      /^[^\n]*[\u4e00-\u9fff][^\n]*\n— China–U\.S\. Joint Statement \(29 October 1997\), para\. \d+ \(Yuanwen’s numbering\)$/,
    );
    const paragraph = /para\. (\d+)/.exec(copied)![1];

    const [reader] = await Promise.all([extensionContext.waitForEvent('page'), page.keyboard.press('o')]);
    await expect(reader).toHaveURL(new RegExp(`reader\\.html#p${paragraph}$`));
    await reader.close();

    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    expect(await currentMark(page)).toBeNull();
    await page.close();
  });

  test('keys are the page’s again when the card does not have focus', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const { page } = await onFirstMark(extensionContext, extensionId, fixtureUrl);
    // Focus back on the page (a click on its heading): n is the page's key.
    const keys = await page.evaluate(() => {
      const heard: string[] = [];
      document.addEventListener('keydown', (event) => heard.push(event.key));
      (window as unknown as { heard: string[] }).heard = heard;
      return heard.length;
    });
    expect(keys).toBe(0);
    await page.locator('h1').click();
    await page.keyboard.press('n');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual(['n']);
    await page.close();
  });
});

test.describe('scrolling', () => {
  test('the card follows its term, and closes once the term has left the viewport', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await extensionContext.newPage();
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(`${fixtureUrl}/pages/scroll-article.html`);
    await page.waitForFunction(() => (CSS.highlights.get('yuanwen-mention')?.size ?? 0) > 0);
    const worker = serviceWorker(extensionContext, extensionId);
    await pressCommand(worker, page, 'next-mention');
    await expect.poll(() => cardBox(page)).not.toBeNull();
    const termTop = () =>
      page.evaluate(() => {
        const r = [...CSS.highlights.get('yuanwen-current')!][0]!;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.getClientRects()[0]!.top;
      });
    await page.waitForTimeout(300);
    const before = { card: (await cardBox(page))!.y, term: await termTop() };

    await page.evaluate(() => window.scrollBy(0, 60));
    await expect.poll(async () => Math.round(before.term - (await termTop()))).toBe(60);
    // Still beside its term: moved with it.
    await expect.poll(async () => Math.round(before.card - ((await cardBox(page))?.y ?? 0))).toBe(60);

    // The term scrolls out of view: no card stays pinned over the rest of the page.
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 2));
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });
});
