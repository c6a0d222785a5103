/**
 * The Firefox build, running in Firefox: marks, the card, quotation verdicts, the reader and
 * the popup search, and what changes on a Firefox older than 146. (Key events sent over BiDi do
 * not reach Firefox's extension shortcuts: the keyboard command is tested in Chromium.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import {
  cardText,
  expect,
  FIREFOX_EXTENSION_DIR,
  highlightTexts,
  openPage,
  pointInCard,
  pointOfMark,
  test,
} from './firefox';

const MENTION = 'yuanwen-mention';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function hover(page: Page, name: string, text: string): Promise<void> {
  const { x, y } = await pointOfMark(page, name, text);
  await page.mouse.move(x, y - 30);
  await page.mouse.move(x, y, { steps: 3 });
}

test.describe('Firefox', () => {
  test('marks topics on a Chinese page and an English page', async ({ firefox, fixtureUrl }) => {
    const zh = await openPage(firefox, `${fixtureUrl}/articles/zh-hans-summit.html`);
    expect(await highlightTexts(zh, MENTION)).toEqual(expect.arrayContaining(['台湾问题', '中美三个联合公报']));
    // Firefox 146 and later draw the underline: no tint fallback is registered.
    expect(await zh.evaluate(() => CSS.highlights.has('yuanwen-mention-tint'))).toBe(false);
    await zh.close();
    const en = await openPage(firefox, `${fixtureUrl}/articles/en-analysis.html`);
    expect(await highlightTexts(en, MENTION)).toEqual(expect.arrayContaining(['four-party talks', 'state visit']));
    await en.close();
  });

  test('gives quotations their verdicts', async ({ firefox, fixtureUrl }) => {
    const page = await openPage(firefox, `${fixtureUrl}/articles/zh-hans-quotes.html`, 'yuanwen-quote-verbatim');
    await expect.poll(() => highlightTexts(page, 'yuanwen-quote-unmatched')).toHaveLength(1);
    expect(await highlightTexts(page, 'yuanwen-quote-verbatim')).toContain(
      '中方强调，台湾问题是中美关系中最重要、最敏感的核心问题。',
    );
    expect(await highlightTexts(page, 'yuanwen-quote-altered')).toContain('致力于促使《全面禁止核试验条约》早日生效');
    expect(await highlightTexts(page, 'yuanwen-quote-unmatched')).toEqual([
      '美国将逐步减少对台湾的武器出售，并经过一段时间导致最后的解决。',
    ]);
    await page.close();
  });

  test('hovering a mark opens the card over it; its link opens the reader; the popup searches', async ({
    firefox,
    fixtureUrl,
  }) => {
    const page = await openPage(firefox, `${fixtureUrl}/articles/en-analysis.html`);
    await hover(page, MENTION, 'four-party talks');
    await expect.poll(() => cardText(page)).toContain('四方会谈');
    // The card sits on top: its host is what the page finds under the card's own link.
    const link = (await pointInCard(page, '.card-link'))!;
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, link)).toBe('yuanwen-card');

    const opened = firefox.waitForTarget((target) => target.url().includes('reader.html'), { timeout: 10_000 });
    await page.mouse.move(link.x, link.y, { steps: 3 });
    await page.mouse.click(link.x, link.y);
    // WebDriver BiDi may report the new tab as about:blank until asked: look at the last tab too.
    const reader = await Promise.race([
      opened.then((target) => target.page()),
      pause(3000).then(async () => (await firefox.pages()).at(-1)!),
    ]);
    await expect.poll(() => reader!.evaluate(() => location.href)).toMatch(/\/reader\.html#p6$/);
    await reader!.waitForSelector('#p6.is-marked');
    expect(await reader!.evaluate(() => document.querySelectorAll('[id^="p"]').length)).toBeGreaterThanOrEqual(31);

    // moz-extension pages cannot be opened through BiDi: the reader leads to the popup page itself.
    await reader!.evaluate(() => location.assign('popup.html'));
    await reader!.waitForSelector('input[type="search"]');
    await reader!.type('input[type="search"]', 'shijie maoyi zuzhi');
    await expect
      .poll(() => reader!.evaluate(() => document.querySelector('li')?.textContent ?? ''))
      .toContain('世界贸易组织');
    await reader!.close();
    await page.close();
  });

  test('the sidebar: declared, and its page opened from the card lists the page’s checks', async ({
    firefox,
    fixtureUrl,
  }) => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });

    const page = await openPage(firefox, `${fixtureUrl}/pages/side-panel.html`, 'yuanwen-quote-altered');
    await hover(page, 'yuanwen-quote-unmatched', '美国将逐步减少对台湾的武器出售，并经过一段时间导致最后的解决。');
    await expect.poll(() => cardText(page)).toContain('Check the whole page');
    // Firefox refuses sidebarAction.open for a click in a content script passed on by message (and BiDi
    // cannot reach the sidebar itself): the panel page opens in a tab, speaking about this one.
    const opened = firefox.waitForTarget((target) => target.url().includes('sidepanel.html'), { timeout: 10_000 });
    const button = (await pointInCard(page, '.card-check-page button'))!;
    await page.mouse.move(button.x, button.y, { steps: 3 });
    await page.mouse.click(button.x, button.y);
    const panel = await Promise.race([
      opened.then((target) => target.page()),
      pause(3000).then(async () => (await firefox.pages()).at(-1)!),
    ]);
    await expect.poll(() => panel!.evaluate(() => location.href)).toMatch(/\/sidepanel\.html\?tab=\d+$/);
    const verdicts = () =>
      panel!.evaluate(() => [...document.querySelectorAll('.check-row .check-verdict')].map((v) => v.textContent));
    await expect
      .poll(verdicts)
      .toEqual(['✗ Not in the statement', '≠ Altered', '✓ Verbatim', "✓ Reproduces the statement's wording"]);
    await panel!.close();
    await page.close();
  });

  test('on a Firefox older than 146, marks are tinted and the popup says so', async ({ firefox, fixtureUrl }) => {
    const firefox140 = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
    const page = await firefox.newPage();
    await page.setUserAgent(firefox140);
    await page.goto(`${fixtureUrl}/articles/zh-hans-quotes.html`);
    await page.waitForFunction(() => (CSS.highlights.get('yuanwen-quote-verbatim')?.size ?? 0) > 0);
    // The underline-only highlights are also painted as tints, over the same ranges.
    const same = await page.evaluate(() =>
      [
        ['yuanwen-mention', 'yuanwen-mention-tint'],
        ['yuanwen-quote-verbatim', 'yuanwen-quote-verbatim-tint'],
      ].map(([name, tint]) => CSS.highlights.get(name!) === CSS.highlights.get(tint!)),
    );
    expect(same).toEqual([true, true]);
    const tint = await page.evaluate(() => {
      const probe = document.createElement('span'); // a detached probe: the page is not changed
      return getComputedStyle(probe, '::highlight(yuanwen-quote-verbatim-tint)').backgroundColor;
    });
    expect(tint).not.toBe('rgba(0, 0, 0, 0)');

    // The popup (reached through the reader, from the card) tells the reader what this Firefox lacks.
    await hover(page, 'yuanwen-quote-verbatim', '中方强调，台湾问题是中美关系中最重要、最敏感的核心问题。');
    await expect.poll(() => cardText(page)).toContain('Verbatim');
    const link = (await pointInCard(page, '.card-link'))!;
    await page.mouse.move(link.x, link.y, { steps: 3 });
    await page.mouse.click(link.x, link.y);
    await pause(1500);
    const reader = (await firefox.pages()).at(-1)!;
    await expect.poll(() => reader.evaluate(() => location.pathname)).toBe('/reader.html');
    await reader.setUserAgent(firefox140);
    await reader.evaluate(() => location.assign('popup.html'));
    await reader.waitForSelector('.browser-gap');
    const notes = await reader.evaluate(() => [...document.querySelectorAll('.browser-gap')].map((n) => n.textContent));
    expect(notes.join(' ')).toMatch(/tinted instead|底色/);
    await reader.close();
    await page.close();
  });
});
