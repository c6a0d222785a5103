/**
 * What a page with nothing to mark pays: only the small first stage (content-gate) runs there; the
 * main script is loaded once something could be marked — at once, or when the page adds it later.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/extension';
import { highlightTexts, waitForScan } from '../harness/page-probes';

/** The extension scripts the page's renderer compiled, in any world (the DevTools protocol sees isolated ones). */
async function recordScripts(page: Page): Promise<string[]> {
  const urls: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith('chrome-extension://')) urls.push(url.replace(/^chrome-extension:\/\/[^/]+\//, ''));
  });
  await cdp.send('Debugger.enable');
  return urls;
}

test('a page with nothing to mark runs only the first stage, and the main script comes with the first topic', async ({
  extensionContext,
  fixtureUrl,
}) => {
  const page = await extensionContext.newPage();
  const scripts = await recordScripts(page);
  await page.goto(`${fixtureUrl}/articles/unrelated-sports.html`);
  await waitForScan(page);
  await page.waitForTimeout(500);
  expect(scripts).toContain('content-gate.js');
  expect(scripts).not.toContain('content-main.js');

  // The page adds a paragraph naming a topic: the first stage sees it, the main script marks it (and,
  // the page now being about China–US relations, its general topics too).
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '另据报道，双方在会上谈到了全面禁止核试验条约。';
    document.body.append(p);
  });
  await expect.poll(() => highlightTexts(page, 'yuanwen-mention')).toContain('全面禁止核试验条约');
  expect(scripts).toContain('content-main.js');
  await page.close();
});

test('a page with a topic loads the main script once', async ({ extensionContext, fixtureUrl }) => {
  const page = await extensionContext.newPage();
  const scripts = await recordScripts(page);
  await page.goto(`${fixtureUrl}/articles/zh-hans-summit.html`);
  await waitForScan(page);
  expect((await highlightTexts(page, 'yuanwen-mention')).length).toBeGreaterThan(20);
  expect(scripts.filter((url) => url === 'content-main.js')).toHaveLength(1);
  await page.close();
});
