import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/extension';
import { cardText, clickCardButton, hoverMark, openFixture } from '../harness/page-probes';
import { PopupPage, SidePanelPage } from '../harness/extension-pages';
import { activeTabId, clickMenuItem, serviceWorker } from '../harness/service-worker';
import { citation } from '../../core/cite';

const FIXTURE = '/pages/side-panel.html';
const QUOTES = {
  verbatim: '中方强调，台湾问题是中美关系中最重要、最敏感的核心问题。',
  unmatched: '美国将逐步减少对台湾的武器出售，并经过一段时间导致最后的解决。',
  altered: '自一九七九年以来，中美之间达成了二十多个双边科技合作协议',
  passage: '两国元首准备采取积极和有效的措施扩大中美贸易和经济关系。',
};

/** Whether an element of the page is inside its viewport. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return top >= 0 && bottom <= window.innerHeight;
  });

test.describe('side panel', () => {
  test('lists every check problems first, reports it, leads to it on the page and follows the page', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}${FIXTURE}`, { highlight: 'yuanwen-quote-altered' });
    const tabId = await activeTabId(serviceWorker(extensionContext, extensionId), page);
    await extensionContext.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = await SidePanelPage.open(extensionContext, extensionId, tabId);

    // Unmatched and altered first, then verbatim, then the reproduced passage, each with its verdict.
    await expect(panel.rows).toHaveCount(4);
    await expect(panel.list).toBeVisible();
    await expect(panel.verdicts).toHaveText([
      /Not in the statement/,
      /Altered/,
      /Verbatim/,
      /Reproduces the statement's wording/,
    ]);
    await expect(panel.rows.nth(0)).toContainText(QUOTES.unmatched);
    await expect(panel.rows.nth(1)).toContainText(QUOTES.altered);
    await expect(panel.rows.nth(2)).toContainText(QUOTES.verbatim);
    await expect(panel.rows.nth(3)).toContainText(QUOTES.passage);
    // The altered row marks the changed number on both lines; the verdict has its shape beside its words.
    await expect(panel.rows.nth(1).locator('ins')).toContainText(['二十']);
    await expect(panel.rows.nth(1).locator('del')).toContainText(['三十']);
    await expect(panel.rows.nth(1).locator('.check-shape')).toHaveText('≠');
    await expect(panel.rows.nth(1)).toContainText('¶29');
    // The topics with counts, and the statement with the quoted paragraphs marked and linked back.
    await expect(panel.topics.filter({ hasText: '台湾问题' })).toBeVisible();
    await expect(panel.page.locator('#p4.is-referenced')).toBeVisible();
    await expect(panel.page.locator('#p29.is-referenced .paragraph-refs a').first()).toHaveAttribute(
      'href',
      '#check-' + (await panel.rows.nth(1).getAttribute('id'))!.replace('check-', ''),
    );
    await panel.page.locator('#p29.is-referenced .paragraph-refs a').first().click();
    await expect(panel.rows.nth(1)).toBeFocused();

    // Copy report and Download give the same Markdown: the URL, every quotation, its verdict and citation.
    await panel.copyButton.click();
    await expect(panel.status).toContainText('copied');
    const copied = await panel.page.evaluate(() => navigator.clipboard.readText());
    const [download] = await Promise.all([panel.page.waitForEvent('download'), panel.downloadButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^yuanwen-report-127\.0\.0\.1-[\d-]+\.md$/);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved).toBe(copied);
    expect(copied).toContain(`<${fixtureUrl}${FIXTURE}>`);
    expect(copied).toContain('核查：一篇报道里的四种引法');
    expect(copied).toMatch(/Checked at: \d{4}-\d\d-\d\dT/);
    expect(copied).toMatch(/Checked with: Yuanwen \d+\.\d+\.\d+/);
    for (const quote of Object.values(QUOTES)) expect(copied).toContain(quote);
    const sections = copied.split(/^### /m).slice(1);
    expect(sections.map((section) => section.split('\n')[0])).toEqual([
      '1. ✗ Not in the statement',
      '2. ≠ Altered',
      '3. ✓ Verbatim',
      "4. ✓ Reproduces the statement's wording",
    ]);
    // The English interface cites in English, in the form copy-with-citation uses.
    expect(sections[1]).toContain(`> ${citation(29, 'en')}`);
    expect(sections[2]).toContain(`> ${citation(4, 'en')}`);
    expect(sections[1]).toContain('- “三十” changed to “二十”');
    const [json] = await Promise.all([panel.page.waitForEvent('download'), panel.downloadJsonButton.click()]);
    const report = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(report.page.url).toBe(`${fixtureUrl}${FIXTURE}`);
    expect(report.checks.map((check: { verdict: string }) => check.verdict)).toEqual([
      'unmatched',
      'altered',
      'verbatim',
      'verbatim',
    ]);

    // Clicking the altered row (far down the article) scrolls the page to it and opens its card there.
    expect(await inView(page, '#q-altered')).toBe(false);
    await panel.rows.nth(1).click();
    await expect.poll(() => inView(page, '#q-altered')).toBe(true);
    await expect.poll(() => cardText(page)).toContain('Altered');
    expect(await cardText(page)).toContain('三十多个双边科技合作协议');

    // The keyboard: arrows move between rows, Enter shows the row on the page.
    await panel.page.bringToFront();
    await panel.rows.nth(1).focus();
    await panel.page.keyboard.press('ArrowUp');
    await expect(panel.rows.nth(0)).toBeFocused();
    await panel.page.keyboard.press('End');
    await expect(panel.rows.nth(3)).toBeFocused();
    await panel.page.keyboard.press('ArrowUp');
    await panel.page.keyboard.press('Enter');
    await expect.poll(() => cardText(page)).toContain('Verbatim');
    await expect.poll(() => inView(page, '#q-verbatim')).toBe(true);

    // The page replaces its article (a single-page site's navigation): the panel shows the new checks.
    await page.evaluate(() => (window as unknown as { replaceArticle: () => void }).replaceArticle());
    await expect(panel.rows).toHaveCount(2);
    await expect(panel.verdicts).toHaveText([/Altered/, /Verbatim/]);
    await expect(panel.rows.nth(0)).toContainText('早日生效');
    await expect(panel.page.locator('.panel-page')).toContainText('第二篇');

    await panel.close();
    await page.close();
  });

  test('follows the active tab when opened without ?tab=', async ({ extensionContext, extensionId, fixtureUrl }) => {
    // A side panel speaks about the active tab of its window; opened as a tab, that is the panel itself.
    const panel = await SidePanelPage.open(extensionContext, extensionId);
    await expect(panel.note).toContainText('cannot run on this page');
    const page = await openFixture(extensionContext, `${fixtureUrl}${FIXTURE}`, { highlight: 'yuanwen-quote-altered' });
    await activeTabId(serviceWorker(extensionContext, extensionId), page);
    // Switching tabs is followed: now the article is the active tab.
    await expect(panel.rows).toHaveCount(4);
    await page.close();
    await panel.close();
  });

  test('opens from the popup, the card and the context menu (as a side panel, or where refused as a tab)', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}${FIXTURE}`, { highlight: 'yuanwen-quote-altered' });
    const worker = serviceWorker(extensionContext, extensionId);
    const tabId = await activeTabId(worker, page);
    /** Side panel documents open now (chrome.runtime.getContexts, Chrome 116+). */
    const sidePanels = () =>
      worker.evaluate(async () => {
        const { runtime } = (
          globalThis as unknown as {
            chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } };
          }
        ).chrome;
        return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl ?? '');
      });
    /** Runs an action and says where the panel opened: a side panel, or the panel page in a tab. */
    const whereItOpens = async (action: () => Promise<unknown>) => {
      const before = (await sidePanels()).length;
      const tab = extensionContext.waitForEvent('page', { timeout: 5000 }).catch(() => null);
      await action();
      const opened = await Promise.race([
        tab.then((page) => (page ? { tab: page } : null)),
        expect
          .poll(sidePanels, { timeout: 5000 })
          .toHaveLength(before + 1)
          .then(() => ({ panel: true }))
          .catch(() => null),
      ]);
      if (opened && 'tab' in opened) {
        await expect(opened.tab).toHaveURL(new RegExp(`sidepanel\\.html\\?tab=${tabId}$`));
        await expect(SidePanelPage.of(opened.tab).rows).toHaveCount(4);
        await opened.tab.close();
        return 'tab';
      }
      if (!opened) return 'nothing';
      // Closed again (chrome.sidePanel.close, Chrome 141+), so that the next way in is seen opening it.
      await worker.evaluate(async (tabId) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            tabs: { get(id: number): Promise<{ windowId: number }> };
            sidePanel: { close(options: { windowId: number }): Promise<void> };
          };
        };
        await chrome.sidePanel.close({ windowId: (await chrome.tabs.get(tabId)).windowId });
      }, tabId);
      await expect.poll(sidePanels).toHaveLength(before);
      return 'side panel';
    };

    // The card's button: a trusted click in a content script, passed on to the background by message.
    const fromCard = await whereItOpens(async () => {
      await page.bringToFront();
      await hoverMark(page, 'yuanwen-quote-unmatched', QUOTES.unmatched, 0.2);
      await expect.poll(() => cardText(page)).toContain('Check the whole page');
      await clickCardButton(page, 'Check the whole page');
    });
    // Chrome counts the click as the user's action through the message: the side panel itself opens.
    expect(fromCard).toBe('side panel');

    // The context menu, dispatched by the test (no user gesture: Chrome refuses the side panel then).
    const fromMenu = await whereItOpens(() => clickMenuItem(worker, page, { menuItemId: 'check-page' }));
    expect(fromMenu).toBe('tab');

    // The popup's button, a click in the extension's own page.
    const popup = await PopupPage.open(extensionContext, extensionId, tabId);
    const button = popup.page.getByRole('button', { name: 'Check the whole page' });
    await expect(button).toBeVisible();
    const fromPopup = await whereItOpens(() => button.click());
    expect(fromPopup).toBe('side panel');
    await popup.close();
    await page.close();
  });
});
