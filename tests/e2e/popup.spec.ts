import { expect, test } from '../harness/extension';
import { cardText, highlightTexts, openFixture, waitForScan } from '../harness/page-probes';
import { OptionsPage, PopupPage, ReaderPage } from '../harness/extension-pages';
import { activeTabId, badgeText, resetSettings, serviceWorker, setSyncStorage } from '../harness/service-worker';

test.describe('popup search', () => {
  test('focuses the search box, ranks results as you type and shows the top result first', async ({
    extensionContext,
    extensionId,
  }) => {
    const popup = await PopupPage.open(extensionContext, extensionId);
    const input = popup.searchBox;
    await expect(input).toBeFocused();
    await expect(popup.searchBox).toHaveCount(1);

    for (const [query, words] of <[string, string][]>[
      ['台湾问题', '台湾问题是中美关系中最重要'],
      ['臺灣問題', '台湾问题是中美关系中最重要'],
      ['WTO', '世界贸易组织'],
      ['taiwan wenti', '台湾问题'],
      ['全面禁止核试验条例', '全面禁止核试验条约'],
    ]) {
      const started = Date.now();
      await popup.search(query);
      await expect(popup.results.first()).toContainText(words);
      console.log(`popup: "${query}" → first result in ${Date.now() - started} ms`);
    }
    await expect(popup.results.first().locator('mark').first()).toBeVisible();
    await popup.close();
  });

  test('moves through results with the arrow keys and opens the reader at the paragraph with Enter', async ({
    extensionContext,
    extensionId,
  }) => {
    const popup = await PopupPage.open(extensionContext, extensionId);
    await popup.search('四方会谈');
    await expect(popup.selectedResult).toContainText('四方会谈');
    await popup.page.keyboard.press('ArrowDown');
    await popup.page.keyboard.press('ArrowUp');
    await expect(popup.results.first()).toHaveAttribute('aria-selected', 'true');
    // The popup closes itself once the reader opens, possibly before the key press returns.
    const [reader] = await Promise.all([
      extensionContext.waitForEvent('page'),
      popup.page.keyboard.press('Enter').catch(() => undefined),
    ]);
    await expect(reader).toHaveURL(/reader\.html#p6$/);
    await expect(ReaderPage.of(reader).paragraph(6)).toHaveClass(/is-marked/);
    await reader.close();
    await popup.close();
  });

  test('suggests topics when empty and says so honestly when nothing is found', async ({
    extensionContext,
    extensionId,
  }) => {
    const popup = await PopupPage.open(extensionContext, extensionId);
    await expect(popup.suggestions).not.toHaveCount(0);
    await popup.suggestions.filter({ hasText: 'WTO' }).click();
    await expect(popup.results.first()).toContainText('世界贸易组织');
    await popup.search('篮球联赛');
    await expect(popup.resultList).toHaveCount(0);
    await expect(popup.status).toContainText('篮球联赛');
    await popup.close();
  });
});

test.describe('popup search for people, numbers and paragraphs', () => {
  test('finds names, figures and paragraph numbers, suggests by sound, and copies a result with its citation', async ({
    extensionContext,
    extensionId,
  }) => {
    const popup = await PopupPage.open(extensionContext, extensionId);
    await popup.page.evaluate(() => {
      // Record what would reach the clipboard; headless Chromium has no clipboard to read back.
      const copied: string[] = [];
      Object.defineProperty(window, '__copied', { value: copied });
      navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    });
    for (const [query, words, paragraph] of <[string, string, number][]>[
      ['Clinton', '克林顿', 1],
      ['Qian Qichen', '钱其琛', 1],
      ['1997年3月', '一九九七年三月', 11],
      ['30多个', '三十多个', 29],
      ['p12', '开发并有效利用能源', 12],
      ['第12段', '开发并有效利用能源', 12],
    ]) {
      await popup.search(query);
      await expect(popup.results.first(), query).toContainText(words);
      await expect(popup.results.first(), query).toContainText(`¶${paragraph}`);
    }

    await popup.search('导单');
    await popup.page.getByRole('button', { name: /导弹/ }).click();
    await expect(popup.searchBox).toHaveValue('导弹');
    await expect(popup.results.first()).toContainText('导弹');

    await popup.search('Albright');
    await popup.results.first().hover();
    await popup.page.getByRole('button', { name: /paragraph 1 with its citation/ }).click();
    await popup.search('四方会谈');
    await popup.searchBox.press('Control+c');
    const copied = await popup.page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied[0]).toMatch(
      /奥尔布赖特[\s\S]*\n— China–U\.S\. Joint Statement \(29 October 1997\), para\. 1 \(Yuanwen’s numbering\)$/,
    );
    expect(copied[1]).toMatch(/四方会谈[\s\S]*para\. 6 \(Yuanwen’s numbering\)$/);
    // An English interface gets Yuanwen's summary beside each result.
    await expect(popup.results.first().locator('.result-summary')).toContainText('four-party talks');
    await popup.close();
  });
});

test.describe('popup on this page, settings and badge', () => {
  test('lists what the page shows and leads to it', async ({ extensionContext, extensionId, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-quotes.html`, {
      highlight: 'yuanwen-quote-verbatim',
    });
    const tabId = await activeTabId(serviceWorker(extensionContext, extensionId), page);

    const popup = await PopupPage.open(extensionContext, extensionId, tabId);
    const onPage = popup.onThisPage;
    await expect(onPage).toContainText('双边科技合作协议');
    await expect(popup.quotesWithVerdict('altered')).toHaveCount(2);
    await expect(popup.quotesWithVerdict('unmatched')).toHaveCount(1);
    await expect(popup.quotesWithVerdict('verbatim')).toHaveCount(2);
    // Problems first: not in the statement, altered, then verbatim quotations, then the topics.
    await expect(onPage.locator('h3')).toHaveText(['Quotations', 'Topics']);
    const kinds = await onPage
      .locator('.page-list button')
      .evaluateAll((buttons) => buttons.map((b) => /verdict-(\w+)/.exec(b.className)?.[1] ?? 'topic'));
    expect(kinds.slice(0, 5)).toEqual(['unmatched', 'altered', 'altered', 'verbatim', 'verbatim']);
    expect(kinds.slice(5).every((kind) => kind === 'topic')).toBe(true);
    // While a query is typed, the first <li> on the popup is still the top result.
    await popup.search('WTO');
    await expect(popup.results.first()).toContainText('世界贸易组织');

    await popup.quotesWithVerdict('unmatched').click();
    await expect.poll(() => cardText(page)).toContain('Not in the statement');
    await popup.close();
    await page.close();
  });

  test('says so on pages where the content script cannot run', async ({ extensionContext, extensionId }) => {
    const { page } = await ReaderPage.open(extensionContext, extensionId);
    const tabId = await activeTabId(serviceWorker(extensionContext, extensionId), page);
    const popup = await PopupPage.open(extensionContext, extensionId, tabId);
    await expect(popup.pageNote).toContainText('cannot run on this page');
    await popup.close();
    await page.close();
  });

  test('offers to reload a tab where its content script is not running and the address is not its to read', async ({
    extensionContext,
    extensionId,
  }) => {
    // Such a tab is, on the web, most likely one opened before Yuanwen was installed or updated.
    const page = await extensionContext.newPage();
    await page.goto('about:blank');
    const tabId = await activeTabId(serviceWorker(extensionContext, extensionId), page);
    const popup = await PopupPage.open(extensionContext, extensionId, tabId);
    await expect(popup.pageNote).toContainText('opened before Yuanwen was installed or updated');
    const reloaded = page.waitForEvent('load');
    await popup.reloadTabButton.click();
    await reloaded;
    await popup.close();
    await page.close();
  });

  test('shows altered and unmatched quotations on the badge', async ({ extensionContext, extensionId, fixtureUrl }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-quotes.html`, {
      highlight: 'yuanwen-quote-verbatim',
    });
    const worker = serviceWorker(extensionContext, extensionId);
    const tabId = await activeTabId(worker, page);
    const badge = (id: number) => badgeText(worker, id);
    await expect.poll(() => badge(tabId)).toBe('3');

    const plain = await extensionContext.newPage();
    await plain.goto(`${fixtureUrl}/articles/en-analysis.html`);
    await waitForScan(plain);
    expect(await badge(await activeTabId(worker, plain))).toBe('');
    await plain.close();
    await page.close();
  });

  test('turning a site off removes its marks at once, and on again brings them back', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-summit.html`);
    expect((await highlightTexts(page, 'yuanwen-mention')).length).toBeGreaterThan(20);
    const tabId = await activeTabId(serviceWorker(extensionContext, extensionId), page);

    const popup = await PopupPage.open(extensionContext, extensionId, tabId);
    const toggle = popup.siteToggle;
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect.poll(() => highlightTexts(page, 'yuanwen-mention'), { timeout: 1000 }).toEqual([]);
    await expect(popup.pageNote).toContainText('turned off');

    // It stays off after a reload.
    await page.reload();
    await page.waitForTimeout(600);
    expect(await highlightTexts(page, 'yuanwen-mention')).toEqual([]);

    await toggle.check();
    await expect
      .poll(() => highlightTexts(page, 'yuanwen-mention').then((t) => t.length), { timeout: 2000 })
      .toBeGreaterThan(20);
    await popup.close();
    await page.close();
  });

  test('applies settings live, and a corrupt stored value falls back to defaults without an error', async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const page = await extensionContext.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${fixtureUrl}/articles/zh-hans-quotes.html`);
    await waitForScan(page, 'yuanwen-quote-verbatim');

    const options = await OptionsPage.open(extensionContext, extensionId);
    await options.field('quoteChecking').uncheck();
    await expect(options.status).toContainText(/Saved|已保存|已儲存/);
    await expect.poll(() => highlightTexts(page, 'yuanwen-quote-altered'), { timeout: 1000 }).toEqual([]);
    await options.field('quoteChecking').check();
    await expect
      .poll(() => highlightTexts(page, 'yuanwen-quote-altered').then((t) => t.length), { timeout: 2000 })
      .toBe(2);

    await options.field('highlightStyle', 'tint').check();
    await expect
      .poll(() => highlightTexts(page, 'yuanwen-mention-tint').then((t) => t.length), { timeout: 2000 })
      .toBeGreaterThan(0);
    await options.field('highlightStyle', 'underline').check();

    const worker = serviceWorker(extensionContext, extensionId);
    await setSyncStorage(worker, { settings: '{not json' });
    await page.reload();
    await waitForScan(page, 'yuanwen-quote-verbatim');
    expect((await highlightTexts(page, 'yuanwen-quote-altered')).length).toBe(2);
    await expect(options.field('generalTopics', 'auto')).toBeChecked();
    expect(errors).toEqual([]);
    await resetSettings(worker);
    await options.close();
    await page.close();
  });
});
